#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ita {
class Workspace;
}

namespace ita::gui {

/// The strip above everything that says what the user must know about the open file: that
/// it is being checked (with the check's progress and Cancel: the window is usable
/// meanwhile), that it is read-only and why, that it was changed outside ITA Planner, that its
/// audit trail is broken, that the check was stopped. It follows the workspace's signals
/// itself and is hidden when there is nothing to say.
class Banner : public QFrame {
    Q_OBJECT
public:
    Banner(Workspace &workspace, QWidget *parent);
    /// The words for the workspace as it stands now, in the interface's language.
    void update();
    QLabel *text() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    Workspace &m_workspace;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace ita::gui
