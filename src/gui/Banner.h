#pragma once

#include <QLabel>

namespace ita {
class Workspace;
}

namespace ita::gui {

/// The strip above everything that says what the user must know about the open file: that
/// it is read-only and why, that it was changed outside ITA Planner, that its audit trail is
/// broken. It follows the workspace's signals itself (another file, a lost or returned
/// server connection) and is hidden when there is nothing to say.
class Banner : public QLabel {
    Q_OBJECT
public:
    Banner(Workspace &workspace, QWidget *parent);
    /// The words for the workspace as it stands now, in the interface's language.
    void update();

protected:
    void changeEvent(QEvent *event) override;

private:
    Workspace &m_workspace;
};

} // namespace ita::gui
