#include "Banner.h"

#include "document/Workspace.h"

#include <QEvent>

namespace ita::gui {

Banner::Banner(Workspace &workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("banner"));
    setWordWrap(true);
    setMargin(6);
    setStyleSheet(
        QStringLiteral("#banner { background: #fff3cd; color: #5c4400; border-bottom: 1px solid "
                       "#e0c060; }"));
    hide();
    connect(&workspace, &Workspace::fileChanged, this, &Banner::update);
    // A server's connection lost: read-only, with the reason, until it returns.
    connect(&workspace, &Workspace::connectionChanged, this, &Banner::update);
}

void Banner::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

void Banner::update() {
    QStringList lines;
    if (m_workspace.database() && !m_workspace.database()->readOnlyReason().isEmpty())
        lines << tr("Read-only: %1. You can look at everything and export it; nothing can be "
                    "changed.")
                     .arg(m_workspace.database()->readOnlyReason());
    else if (m_workspace.database() && m_workspace.database()->isReadOnly())
        lines << (m_workspace.readOnlyBecauseUnwritable()
                      ? tr("Read-only: this file (or its folder) cannot be written. You can "
                           "look at everything and export it; nothing can be changed.")
                      : tr("Read-only: the file was opened for reading. You can look at "
                           "everything and export it; nothing can be changed."));
    const AuditLog::Verification &audit = m_workspace.auditVerification();
    if (m_workspace.database() && !audit.ok && !audit.outside.isEmpty()) {
        QStringList shown = audit.outside.mid(0, 5);
        if (audit.outside.size() > 5)
            shown << tr("and %n more", nullptr, int(audit.outside.size() - 5));
        lines << tr("This file was changed outside ITA Planner, and its audit trail does not "
                    "account for it: %1. What the window shows may not be what the group "
                    "recorded.")
                     .arg(shown.join(QStringLiteral("; ")));
    } else if (m_workspace.database() && !audit.ok) {
        lines << tr("The audit trail of this file is broken: %1. Records may have been changed "
                    "outside ITA Planner; View → Audit Trail shows them.")
                     .arg(audit.message);
    }
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
}

} // namespace ita::gui
