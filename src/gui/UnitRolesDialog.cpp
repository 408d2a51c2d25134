#include "UnitRolesDialog.h"

#include "domain/Library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ita::gui {

UnitRolesDialog::UnitRolesDialog(const std::vector<Unit> &units, bool thai, QWidget *parent)
    : QDialog(parent)
    , m_units(units)
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("unitRolesDialog"));
    setWindowTitle(tr("Units and Their Roles"));
    QStringList names;
    for (const Unit &u : units)
        names << u.abbreviation;
    auto *intro =
        new QLabel(tr("For each role the measures library names, the agency's units "
                      "that take it, separated by commas (%1). Drafts then name these "
                      "units; a role left empty is named by the role itself.")
                       .arg(names.isEmpty() ? tr("no unit yet") : names.join(QStringLiteral(", "))),
                   this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("unitRolesTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Units")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const std::vector<UnitRole> &roles = allUnitRoles();
    m_table->setRowCount(int(roles.size()));
    for (int r = 0; r < int(roles.size()); ++r) {
        const QString key = unitRoleKey(roles[size_t(r)]);
        auto *role = new QTableWidgetItem(unitRoleTitle(roles[size_t(r)]).in(thai));
        role->setFlags(role->flags() & ~Qt::ItemIsEditable);
        role->setData(Qt::UserRole, key);
        m_table->setItem(r, 0, role);
        QStringList taking;
        for (const Unit &u : units)
            if (u.roles.contains(key))
                taking << u.abbreviation;
        m_table->setItem(r, 1, new QTableWidgetItem(taking.join(QStringLiteral(", "))));
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("saveUnitRoles"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

void UnitRolesDialog::accept() {
    // Each unit the registry lacks, with the roles it was typed for, in the table's order.
    QStringList unknown;
    QHash<QString, QStringList> rolesOf;
    int firstRow = -1;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (const QString &u : splitUnits(m_table->item(r, 1)->text())) {
            const bool known = std::any_of(m_units.begin(), m_units.end(),
                                           [&](const Unit &x) { return x.abbreviation == u; });
            if (known)
                continue;
            if (!unknown.contains(u))
                unknown << u;
            rolesOf[u] << m_table->item(r, 0)->text();
            if (firstRow < 0)
                firstRow = r;
        }
    if (unknown.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    for (const QString &u : unknown) {
        QString line = tr("%1 (for %2)").arg(u, rolesOf.value(u).join(QStringLiteral(", ")));
        if (const QString likely = likelyUnit(m_units, u); !likely.isEmpty())
            line += QStringLiteral(" ") + tr("(did you mean %1?)").arg(likely);
        lines << QStringLiteral("• ") + line;
    }
    QMessageBox box(
        QMessageBox::Question, windowTitle(),
        tr("%n unit(s) typed here are not among the plan's units:", nullptr, int(unknown.size())) +
            u'\n' + lines.join(u'\n') + QStringLiteral("\n\n") +
            tr("Add them as new units of the plan, or go back and correct them?"),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("newUnitsQuestion"));
    QPushButton *add = box.addButton(tr("Add as new units"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addNewUnits"));
    QPushButton *back = box.addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBack"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == add) {
        QDialog::accept();
        return;
    }
    m_table->setCurrentCell(firstRow, 1);
    m_table->setFocus();
}

QHash<QString, QStringList> UnitRolesDialog::roles() const {
    QHash<QString, QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.insert(m_table->item(r, 0)->data(Qt::UserRole).toString(),
                   splitUnits(m_table->item(r, 1)->text()));
    return out;
}

} // namespace ita::gui
