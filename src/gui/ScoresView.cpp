#include "ScoresView.h"
#include "Language.h"
#include "document/Workspace.h"

#include "WrappingDelegate.h"
#include "analysis/Analysis.h"
#include "document/AssessmentDocument.h"
#include "io/PasteParser.h"
#include "models/ScoresFilterProxy.h"
#include "models/ScoresTreeModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace ita::gui {

namespace {

/// Score cells edit in a line edit that says what it expects; grade cells in a list of the
/// framework's grades.
class ScoreDelegate : public WrappingDelegate {
public:
    explicit ScoreDelegate(QTreeView *view)
        : WrappingDelegate(view, {ScoresTreeModel::TitleColumn}) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override {
        if (index.column() == ScoresTreeModel::GradeColumn) {
            auto *combo = new QComboBox(parent);
            combo->addItem(QString());
            combo->addItems({QStringLiteral("AA"), QStringLiteral("A"), QStringLiteral("B"),
                             QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"),
                             QStringLiteral("F")});
            return combo;
        }
        auto *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor);
            line && index.column() == ScoresTreeModel::StatedColumn) {
            line->setPlaceholderText(QStringLiteral("85.00"));
            line->setToolTip(ScoresView::tr("A number from 0 to 100, such as 85.00; empty to "
                                            "compute it from its parts"));
        }
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentText(index.data(Qt::EditRole).toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

ScoresView::ScoresView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new ScoresTreeModel(this))
    , m_proxy(new ScoresFilterProxy(this))
    , m_tree(new QTreeView(this))
    , m_bucket(new QComboBox(this))
    , m_tool(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_filterLabel(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new ScoreDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder); // tree order until a header is clicked
    m_tree->setAlternatingRowColors(true);
    wrapColumnsOf(m_tree);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ScoresTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->setObjectName(QStringLiteral("scoresTree"));

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("scoresSearch"));
    m_bucket->setObjectName(QStringLiteral("bucketFilter"));
    m_tool->setObjectName(QStringLiteral("toolFilter"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_bucket);
    bar->addWidget(m_tool);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setBucket(m_bucket->currentData().toInt()); });
    connect(m_tool, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTool(m_tool->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ScoresFilterProxy::setText);
    connect(m_model, &ScoresTreeModel::editRejected, this, [this](const QString &text) {
        QToolTip::showText(m_tree->viewport()->mapToGlobal(
                               m_tree->visualRect(m_tree->currentIndex()).bottomLeft()),
                           text, m_tree);
        emit message(text);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandToDepth(1); });
    retranslate();
    connect(&workspace, &Workspace::documentChanged, this,
            [this, &workspace] { setDocument(workspace.document()); });
    setThai(uiIsThai());
}

void ScoresView::setDocument(AssessmentDocument *document) {
    m_model->setDocument(document);
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(ScoresTreeModel::CodeColumn);
    for (int c : {ScoresTreeModel::StatedColumn, ScoresTreeModel::ComputedColumn,
                  ScoresTreeModel::GradeColumn, ScoresTreeModel::BucketColumn})
        m_tree->resizeColumnToContents(c);
}

void ScoresView::setThai(bool thai) {
    m_model->setThai(thai);
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(ScoresTreeModel::BucketColumn);
}

void ScoresView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setThai(uiIsThai());
    }
    QWidget::changeEvent(event);
}

void ScoresView::retranslate() {
    m_filterLabel->setText(tr("Show:"));
    m_search->setPlaceholderText(tr("Search code or title"));
    fillFilters();
}

void ScoresView::fillFilters() {
    const int bucket = m_bucket->currentIndex();
    const int tool = m_tool->currentIndex();
    const QSignalBlocker b1(m_bucket);
    const QSignalBlocker b2(m_tool);
    m_bucket->clear();
    m_bucket->addItem(tr("All buckets"), 0);
    for (Bucket b : {Bucket::Maintain, Bucket::Improve, Bucket::Urgent})
        m_bucket->addItem(bucketLabel(b, uiIsThai()), int(b));
    m_tool->clear();
    m_tool->addItem(tr("All tools"), QString());
    m_tool->addItem(tr("IIT internal"), QStringLiteral("IIT"));
    m_tool->addItem(tr("EIT external"), QStringLiteral("EIT"));
    m_tool->addItem(tr("OIT open data"), QStringLiteral("OIT"));
    m_bucket->setCurrentIndex(qMax(0, bucket));
    m_tool->setCurrentIndex(qMax(0, tool));
}

void ScoresView::showCode(const QString &code) {
    QModelIndex source = m_model->indexOfCode(code);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // hidden by a filter: show everything again
        m_bucket->setCurrentIndex(0);
        m_tool->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    m_tree->setFocus();
}

QString ScoresView::currentCode() const {
    return m_model->codeAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

ScoresView::PasteOutcome ScoresView::pasteText(const QString &text) {
    PasteOutcome outcome;
    AssessmentDocument *doc = m_model->document();
    if (!doc) {
        outcome.error = tr("Open an assessment first.");
        return outcome;
    }
    const PastedScores pasted = parsePastedScores(text, doc->framework());
    for (const auto &[row, why] : pasted.skipped)
        outcome.skipped << tr("row %1: %2").arg(row).arg(why);
    if (pasted.scores.empty()) {
        outcome.error = tr("Nothing to paste: copy two columns, code and score, from a "
                           "spreadsheet.");
        return outcome;
    }
    outcome.error =
        doc->editScores(pasted.scores, tr("Paste %n score(s)", nullptr, int(pasted.scores.size())));
    if (outcome.error.isEmpty())
        outcome.applied = int(pasted.scores.size());
    return outcome;
}

} // namespace ita::gui
