#pragma once

#include "domain/Plan.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace ita::gui {

/// Which of the agency's units take each of the library's roles (งานพัสดุ → ฝ่าย บอ.): set once,
/// then every draft names the agency's own units. A role left empty is named by the role itself
/// in drafts, and said so. A unit typed that the registry lacks (a unit renamed or gone since,
/// or a full name typed for an abbreviation) is asked about on Save, never silently added.
class UnitRolesDialog : public QDialog {
    Q_OBJECT
public:
    UnitRolesDialog(const std::vector<Unit> &units, bool thai, QWidget *parent = nullptr);
    /// Role key → the units (abbreviations) typed for it.
    QHash<QString, QStringList> roles() const;
    QTableWidget *table() const { return m_table; }
    /// Save: when units not in the registry are typed, asks whether to add them as new units
    /// or go back; going back keeps the dialog open with the first such cell current.
    void accept() override;

private:
    std::vector<Unit> m_units;
    QTableWidget *m_table;
};

} // namespace ita::gui
