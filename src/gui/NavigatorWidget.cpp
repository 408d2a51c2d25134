#include "NavigatorWidget.h"

#include "Language.h"

#include "analysis/Portfolio.h"
#include "document/Workspace.h"
#include "io/PortfolioWriters.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <map>

namespace ita::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int AgencyRole = Qt::UserRole + 1;
constexpr int YearRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3; ///< what the search box matches
} // namespace

NavigatorWidget::NavigatorWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_searchDelay(new QTimer(this))
    , m_newAgency(new QPushButton(this))
    , m_newYear(new QPushButton(this)) {
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // a match keeps its group visible
    m_proxy->setAutoAcceptChildRows(true);       // and an agency its years
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // 40,000 rows lay out without measuring each
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_grouping);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newAgency);
    buttons->addWidget(m_newYear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &NavigatorWidget::applySearch);
    connect(m_grouping, &QComboBox::activated, this, &NavigatorWidget::reload);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(IdRole).toLongLong();
                if (id > 0)
                    emit assessmentChosen(id);
            });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QString agency = m_tree->indexAt(at).data(AgencyRole).toString();
        if (agency.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Agency details…"), this,
                       [this, agency] { emit agencyDetailsRequested(agency); });
        menu.addAction(tr("New fiscal year…"), this,
                       [this, agency] { emit newYearRequested(agency); });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_newAgency, &QPushButton::clicked, this, &NavigatorWidget::newAgencyRequested);
    connect(m_newYear, &QPushButton::clicked, this,
            [this] { emit newYearRequested(currentAgency()); });
    retranslate();
}

QString NavigatorWidget::currentAgency() const {
    return m_tree->currentIndex().data(AgencyRole).toString();
}

void NavigatorWidget::applySearch() {
    m_searchDelay->stop();
    m_proxy->setFilterFixedString(m_search->text().simplified());
    if (!m_search->text().isEmpty())
        m_tree->expandAll();
}

struct NavigatorWidget::Wording {
    int by = -1; ///< the grouping: an AgencyField, or -1 for none
    bool thai = true;
    QString year; ///< "Fiscal year %1 BE" in the program's language
    QString header;
};

NavigatorWidget::Wording NavigatorWidget::wording() const {
    return {m_grouping->currentData().toInt(), uiIsThai(), tr("Fiscal year %1 BE"),
            tr("Agency and fiscal year")};
}

NavigatorWidget::Tree NavigatorWidget::build(const AssessmentList &assessments,
                                             const Wording &wording) {
    // Built apart from the view and swapped in whole: inserting 50,000 rows one by one into
    // a model the proxy and the view watch costs them a notification each.
    Tree tree;
    tree.model = new QStandardItemModel;
    tree.rows.reserve(qsizetype(assessments.size()));
    QStandardItem *root = tree.model->invisibleRootItem();
    QHash<int, QString> yearText;
    std::map<QString, QStandardItem *> groups; // by name; (none) last
    QStandardItem *agencyItem = nullptr;
    for (const AssessmentSummary &s : assessments) {
        if (!agencyItem || agencyItem->data(AgencyRole).toString() != s.agency) {
            QStandardItem *parent = root;
            if (wording.by >= 0) {
                const QString name = attributeOf(s.attributes, AgencyField(wording.by));
                auto &group = groups[name];
                if (!group) {
                    group = new QStandardItem(results::groupLabel(name, wording.thai));
                    group->setData(name, SearchRole);
                    group->setEditable(false);
                }
                parent = group;
            }
            agencyItem = new QStandardItem(s.agency);
            agencyItem->setData(s.agency, AgencyRole);
            agencyItem->setData(QStringList{s.agency, s.attributes.province, s.attributes.group,
                                            s.attributes.parent}
                                    .join(u'\x1f'),
                                SearchRole);
            QStringList known;
            for (const QString *field :
                 {&s.attributes.province, &s.attributes.group, &s.attributes.parent})
                if (!field->isEmpty())
                    known << *field;
            agencyItem->setToolTip(known.join(QStringLiteral(" · ")));
            parent->appendRow(agencyItem);
        }
        auto found = yearText.constFind(s.fiscalYear);
        if (found == yearText.cend())
            found = yearText.insert(s.fiscalYear, wording.year.arg(s.fiscalYear));
        auto *year = new QStandardItem(*found);
        year->setData(s.id, IdRole);
        year->setData(s.agency, AgencyRole);
        year->setData(s.fiscalYear, YearRole);
        year->setToolTip(s.frameworkId);
        agencyItem->appendRow(year);
        tree.rows.insert(s.id, year);
    }
    // Groups in Thai dictionary order (as the portfolio's subgroups), those without a value
    // last; each group's agencies stay in the file's order.
    std::vector<std::pair<QString, QStandardItem *>> named(groups.begin(), groups.end());
    QCollator thaiOrder{QLocale(QLocale::Thai, QLocale::Thailand)};
    std::stable_sort(named.begin(), named.end(), [&](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return thaiOrder.compare(a.first, b.first) < 0;
    });
    for (const auto &[name, group] : named)
        root->appendRow(group);
    tree.model->setHorizontalHeaderLabels({wording.header});
    return tree;
}

NavigatorWidget::~NavigatorWidget() {
    // A background read holds its own connection and builds a model no one else owns: let it
    // end, then drop what it built.
    for (QFutureWatcher<Tree> *pending : m_pending) {
        pending->waitForFinished();
        if (pending->future().resultCount() > 0)
            delete pending->result().model;
    }
}

void NavigatorWidget::reload() {
    const int generation = ++m_generation;
    const Wording words = wording();
    const Database *db = m_workspace.database();
    const QString location = db ? db->location() : QString();
    const qint64 count = db ? m_workspace.assessmentCount() : 0;
    if (count < m_backgroundFrom) {
        install(build(m_workspace.assessments(), words));
        return;
    }
    // A large file: the list is read on its own connection while the window goes on. The
    // tree keeps showing this file's assessments meanwhile (a change elsewhere, a new
    // grouping); another file's would open the wrong ids, so it says it is reading instead.
    if (m_shownLocation != location) {
        Tree reading;
        reading.model = new QStandardItemModel;
        auto *note = new QStandardItem(tr("Reading %n assessment(s)…", nullptr, int(count)));
        note->setEnabled(false);
        reading.model->appendRow(note);
        reading.model->setHorizontalHeaderLabels({words.header});
        install(std::move(reading), Announce::No); // loaded() when the list is in
    }
    QThread *gui = thread();
    QFuture<Tree> future = QtConcurrent::run([location, words, gui] {
        Database::Options options;
        options.readOnly = true;
        options.checkIntegrity = false; // the workspace's background check does that
        Tree tree;
        auto reader = Database::open(location, options);
        auto list = reader ? AssessmentRepository(**reader).list()
                           : Result<std::vector<AssessmentSummary>>::failure(reader.error());
        if (list)
            tree = build(AssessmentList(list.take()), words);
        else {
            tree.model = new QStandardItemModel;
            tree.error = list.error();
        }
        tree.model->moveToThread(gui); // built here, shown there
        return tree;
    });
    auto *watcher = new QFutureWatcher<Tree>(this);
    m_pending.append(watcher);
    connect(watcher, &QFutureWatcher<Tree>::finished, this, [this, watcher, generation] {
        const QFuture<Tree> done = watcher->future();
        watcher->deleteLater();
        m_pending.removeOne(watcher);
        Tree tree = done.result();
        if (generation != m_generation) { // another reload() came since: its tree will do
            delete tree.model;
            return;
        }
        install(std::move(tree));
    });
    watcher->setFuture(future);
}

void NavigatorWidget::install(Tree tree, Announce announce) {
    const QSignalBlocker blocker(m_tree->selectionModel());
    tree.model->setParent(this);
    m_proxy->setSourceModel(tree.model);
    delete m_model;
    m_model = tree.model;
    m_rows = std::move(tree.rows);
    m_shownLocation = m_workspace.database() ? m_workspace.database()->location() : QString();
    // A handful of agencies opens expanded; a national file opens folded (expanding 40,000
    // rows would be the pause this view is built to avoid).
    if (m_rows.size() <= 200)
        m_tree->expandAll();
    if (m_workspace.document())
        select(m_workspace.document()->id());
    applySearch();
    if (announce == Announce::Yes)
        emit loaded(tree.error);
}

QModelIndex NavigatorWidget::find(qint64 assessmentId) const {
    QStandardItem *row = m_rows.value(assessmentId);
    return row ? m_proxy->mapFromSource(row->index()) : QModelIndex();
}

void NavigatorWidget::select(qint64 assessmentId) {
    const QSignalBlocker blocker(m_tree->selectionModel());
    const QModelIndex index = find(assessmentId);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void NavigatorWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigatorWidget::retranslate() {
    m_model->setHorizontalHeaderLabels({tr("Agency and fiscal year")});
    m_search->setPlaceholderText(tr("Search agencies…"));
    const int by = m_grouping->currentIndex();
    m_grouping->clear();
    m_grouping->addItem(tr("All"), -1);
    m_grouping->addItem(tr("By parent"), int(AgencyField::Parent));
    m_grouping->addItem(tr("By province"), int(AgencyField::Province));
    m_grouping->addItem(tr("By group"), int(AgencyField::Group));
    m_grouping->setCurrentIndex(std::max(0, by));
    m_newAgency->setText(tr("New agency…"));
    m_newYear->setText(tr("New fiscal year…"));
    // Year rows: their text follows the language; found through the model, not the view.
    std::function<void(QStandardItem *)> visit = [&](QStandardItem *item) {
        for (int r = 0; r < item->rowCount(); ++r) {
            QStandardItem *child = item->child(r);
            if (child->data(IdRole).toLongLong() > 0)
                child->setText(tr("Fiscal year %1 BE").arg(child->data(YearRole).toInt()));
            else
                visit(child);
        }
    };
    visit(m_model->invisibleRootItem());
}

} // namespace ita::gui
