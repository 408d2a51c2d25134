#pragma once

#include "domain/Assessment.h"

#include <QDialog>

class QLineEdit;

namespace ita {
class Database;
}

namespace ita::gui {

/// An agency's province, group and parent organisation, as portfolios select and group by
/// them. Each field offers the values the file already has, so "เชียงใหม่" is not typed
/// three ways.
class AgencyDialog : public QDialog {
    Q_OBJECT
public:
    AgencyDialog(Database &database, const QString &agency, QWidget *parent = nullptr);
    AgencyAttributes attributes() const;
    QLineEdit *provinceEdit() const { return m_province; }
    QLineEdit *groupEdit() const { return m_group; }
    QLineEdit *parentEdit() const { return m_parent; }

private:
    QLineEdit *m_province;
    QLineEdit *m_group;
    QLineEdit *m_parent;
};

} // namespace ita::gui
