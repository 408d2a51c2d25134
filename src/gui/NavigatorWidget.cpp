#include "NavigatorWidget.h"

#include "Language.h"

#include "analysis/Portfolio.h"
#include "document/Workspace.h"
#include "io/PortfolioWriters.h"

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

#include <QRegularExpression>

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

void NavigatorWidget::reload() {
    const QSignalBlocker blocker(m_tree->selectionModel());
    const bool thai = uiIsThai();
    const int by = m_grouping->currentData().toInt();
    // Built apart from the view and swapped in whole: inserting 50,000 rows one by one into
    // a model the proxy and the view watch costs them a notification each.
    auto *model = new QStandardItemModel(this);
    QStandardItem *root = model->invisibleRootItem();
    QHash<int, QString> yearText;
    std::map<QString, QStandardItem *> groups; // by name; (none) last
    QStandardItem *agencyItem = nullptr;
    const auto assessments = m_workspace.assessments();
    for (const AssessmentSummary &s : assessments) {
        if (!agencyItem || agencyItem->data(AgencyRole).toString() != s.agency) {
            QStandardItem *parent = root;
            if (by >= 0) {
                const QString name = attributeOf(s.attributes, AgencyField(by));
                auto &group = groups[name];
                if (!group) {
                    group = new QStandardItem(results::groupLabel(name, thai));
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
            agencyItem->setToolTip(
                QStringList{s.attributes.province, s.attributes.group, s.attributes.parent}
                    .filter(QRegularExpression(QStringLiteral(".")))
                    .join(QStringLiteral(" · ")));
            parent->appendRow(agencyItem);
        }
        auto found = yearText.constFind(s.fiscalYear);
        if (found == yearText.cend())
            found = yearText.insert(s.fiscalYear, tr("Fiscal year %1 BE").arg(s.fiscalYear));
        auto *year = new QStandardItem(*found);
        year->setData(s.id, IdRole);
        year->setData(s.agency, AgencyRole);
        year->setData(s.fiscalYear, YearRole);
        year->setToolTip(s.frameworkId);
        agencyItem->appendRow(year);
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
    model->setHorizontalHeaderLabels({tr("Agency and fiscal year")});
    m_proxy->setSourceModel(model);
    delete m_model;
    m_model = model;
    // A handful of agencies opens expanded; a national file opens folded (expanding 40,000
    // rows would be the pause this view is built to avoid).
    if (assessments.size() <= 200)
        m_tree->expandAll();
    if (m_workspace.document())
        select(m_workspace.document()->id());
    applySearch();
}

QModelIndex NavigatorWidget::find(qint64 assessmentId) const {
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), IdRole, assessmentId, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : m_proxy->mapFromSource(hits.front());
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
