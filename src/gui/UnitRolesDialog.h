#pragma once

#include "domain/Plan.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace ita::gui {

/// Which of the agency's units take each of the library's roles (งานพัสดุ → ฝ่าย บอ.): set once,
/// then every draft names the agency's own units. A role left empty is named by the role itself
/// in drafts, and said so.
class UnitRolesDialog : public QDialog {
    Q_OBJECT
public:
    UnitRolesDialog(const std::vector<Unit> &units, bool thai, QWidget *parent = nullptr);
    /// Role key → the units (abbreviations) typed for it.
    QHash<QString, QStringList> roles() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ita::gui
