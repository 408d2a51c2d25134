#include "DraftDialog.h"

#include "domain/FiscalCalendar.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ita::gui {

namespace {
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kCandidateRole = Qt::UserRole + 2;

/// "ไตรมาส 1–2" / "Q1–Q2" of a step's fiscal months.
QString quarters(const Step &s, bool thai) {
    if (!s.isScheduled())
        return {};
    const int q0 = (s.startMonth - 1) / 3 + 1;
    const int q1 = (std::min(s.endMonth, 12) - 1) / 3 + 1;
    const QString span = q0 == q1 ? QString::number(q0) : QStringLiteral("%1–%2").arg(q0).arg(q1);
    return thai ? QStringLiteral("ไตรมาส %1").arg(span) : QStringLiteral("Q%1").arg(span);
}
} // namespace

DraftDialog::DraftDialog(std::vector<DraftGroup> groups, bool thai, QWidget *parent)
    : QDialog(parent)
    , m_groups(std::move(groups))
    , m_thai(thai)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_roles(new QLabel(this)) {
    setObjectName(QStringLiteral("draftDialog"));
    setWindowTitle(tr("Draft Measures"));
    m_tree->setObjectName(QStringLiteral("draftTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels(
        {tr("Proposal and its steps"), tr("Answers"), tr("When"), tr("Who"), tr("Fit")});
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(1, 130);
    m_tree->setColumnWidth(3, 220);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    m_summary->setWordWrap(true);
    m_roles->setObjectName(QStringLiteral("draftRoles"));
    m_roles->setWordWrap(true);

    auto *intro = new QLabel(tr("Proposals from the measures library and last year's plan for the "
                                "items that no measure answers yet, best first. The best are "
                                "ticked; tick what to take. Every drafted cell stays marked in "
                                "the plan until someone edits or accepts it."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *take =
        buttons->addButton(tr("Take the Ticked Measures"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeDrafts"));
    QPushButton *none = buttons->addButton(tr("Untick All"), QDialogButtonBox::ResetRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(none, &QPushButton::clicked, this, [this] {
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
            for (int c = 0; c < m_tree->topLevelItem(g)->childCount(); ++c)
                m_tree->topLevelItem(g)->child(c)->setCheckState(0, Qt::Unchecked);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { updateSummary(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_roles);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    fill();
    updateSummary();
    resize(1100, 640);
}

void DraftDialog::fill() {
    const QSignalBlocker blocker(m_tree);
    QStringList unmapped;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const DraftGroup &group = m_groups[g];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, m_thai ? QStringLiteral("ตัวชี้วัดที่ %1 %2").arg(group.indicator, group.title)
                               : tr("Indicator %1 %2").arg(group.indicator, group.title));
        top->setText(1, group.codes.join(QStringLiteral(", ")));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(false);
        for (size_t k = 0; k < group.candidates.size(); ++k) {
            const DraftCandidate &c = group.candidates[k];
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, kGroupRole, int(g));
            item->setData(0, kCandidateRole, int(k));
            QString title = c.measure.title;
            if (c.kind == DraftCandidate::Kind::CarriedForward)
                title = (c.keepMonitoring ? tr("Keep monitoring (last year's): %1")
                                          : tr("Last year's: %1"))
                            .arg(title);
            item->setText(0, title);
            item->setText(1, c.answers.isEmpty() ? c.measure.codes.join(QStringLiteral(", "))
                                                 : c.answers.join(QStringLiteral(", ")));
            item->setText(4, QString::number(c.score, 'f', 1));
            item->setToolTip(4, tr("The matching rule's score (data/library/README.md): the "
                                   "more items it answers, and the more closely, the higher."));
            item->setToolTip(0, c.reasons.join(u'\n'));
            item->setToolTip(1, c.reasons.join(u'\n'));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool best =
                std::find(group.best.begin(), group.best.end(), int(k)) != group.best.end();
            item->setCheckState(0, best ? Qt::Checked : Qt::Unchecked);
            for (size_t s = 0; s < c.measure.steps.size(); ++s) {
                const Step &step = c.measure.steps[s];
                auto *row = new QTreeWidgetItem(item);
                row->setText(0, QStringLiteral("%1) %2").arg(s + 1).arg(step.text));
                row->setText(2, quarters(step, m_thai));
                row->setText(3, step.units.join(QStringLiteral(", ")));
                row->setToolTip(0, step.text);
            }
            if (!c.measure.monitoring.isEmpty()) {
                auto *row = new QTreeWidgetItem(item);
                row->setText(
                    0, tr("Monitoring: %1").arg(c.measure.monitoring.join(QStringLiteral("; "))));
                row->setText(2, cadenceLabel(c.measure.cadence, m_thai));
                row->setText(3, c.measure.reportTo);
            }
            for (const QString &role : c.unmappedRoles)
                if (!unmapped.contains(role))
                    unmapped << role;
            // The proposals taken by default show their steps at once.
            item->setExpanded(best);
        }
        top->setExpanded(true);
    }
    QStringList names;
    for (const QString &key : unmapped)
        if (const auto role = unitRoleFromKey(key))
            names << unitRoleTitle(*role).in(m_thai);
    m_roles->setText(names.isEmpty()
                         ? QString()
                         : tr("No unit of the agency takes these roles yet, so the drafts name "
                              "the roles themselves: %1. Give each role to a unit (the plan's "
                              "units) and draft again, or edit the units cell.")
                               .arg(names.join(QStringLiteral(", "))));
    m_roles->setVisible(!names.isEmpty());
}

void DraftDialog::updateSummary() {
    int measures = 0;
    int steps = 0;
    QStringList codes;
    for (const Measure &m : chosen()) {
        ++measures;
        steps += int(m.steps.size());
        for (const QString &c : m.codes)
            if (!codes.contains(c))
                codes << c;
    }
    int open = 0;
    for (const DraftGroup &g : m_groups)
        for (const QString &c : g.codes)
            open += !codes.contains(c);
    m_summary->setText(tr("Ticked: %1 measures, %2 steps, answering %3 items; %4 items would stay "
                          "without a measure.")
                           .arg(measures)
                           .arg(steps)
                           .arg(codes.size())
                           .arg(open));
}

std::vector<Measure> DraftDialog::chosen() const {
    std::vector<Measure> out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(g);
        for (int c = 0; c < top->childCount(); ++c) {
            const QTreeWidgetItem *item = top->child(c);
            if (item->checkState(0) != Qt::Checked)
                continue;
            const DraftGroup &group = m_groups[size_t(item->data(0, kGroupRole).toInt())];
            out.push_back(group.candidates[size_t(item->data(0, kCandidateRole).toInt())].measure);
        }
    }
    return out;
}

} // namespace ita::gui
