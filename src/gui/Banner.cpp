#include "Banner.h"

#include "document/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace ita::gui {

Banner::Banner(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("bannerFrame"));
    setStyleSheet(
        QStringLiteral("#bannerFrame { background: #fff3cd; border-bottom: 1px solid #e0c060; } "
                       "#banner { color: #5c4400; }"));
    m_text->setObjectName(QStringLiteral("banner"));
    m_text->setWordWrap(true);
    m_text->setMargin(6);
    m_progress->setObjectName(QStringLiteral("bannerProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("bannerCancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();
    connect(&workspace, &Workspace::fileChanged, this, &Banner::update);
    // A server's connection lost: read-only, with the reason, until it returns.
    connect(&workspace, &Workspace::connectionChanged, this, &Banner::update);
    // The integrity check: its progress while it runs, then what it found.
    connect(&workspace, &Workspace::verificationChanged, this, &Banner::update);
    const auto &verifier = workspace.verifier();
    connect(&verifier, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&verifier, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, &workspace, &Workspace::cancelVerification);
}

void Banner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

void Banner::update() {
    QStringList lines;
    const bool checking = m_workspace.database() && m_workspace.isVerifying();
    if (checking)
        lines << tr("Checking this file: its pages, its audit trail and the seal of every "
                    "stored record. "
                    "You can work meanwhile; a change made outside ITA Planner is shown here "
                    "when the check finds it.");
    const AuditLog::Verification &audit = m_workspace.auditVerification();
    const bool damaged = m_workspace.database() && !checking && audit.damaged;
    if (damaged)
        lines << tr("%1 The window shows what can still be read, and it can be exported; "
                    "nothing more is written to this file.")
                     .arg(audit.message);
    else if (m_workspace.database() && !m_workspace.database()->readOnlyReason().isEmpty())
        lines << tr("Read-only: %1. You can look at everything and export it; nothing can be "
                    "changed.")
                     .arg(m_workspace.database()->readOnlyReason());
    else if (m_workspace.database() && m_workspace.database()->isReadOnly())
        lines << (m_workspace.readOnlyBecauseUnwritable()
                      ? tr("Read-only: this file (or its folder) cannot be written. You can "
                           "look at everything and export it; nothing can be changed.")
                      : tr("Read-only: the file was opened for reading. You can look at "
                           "everything and export it; nothing can be changed."));
    if (checking || damaged) {
        // Nothing is known yet.
    } else if (m_workspace.database() && audit.cancelled) {
        lines << tr("The integrity check was stopped, so this file is not checked this time. "
                    "Opening the file again checks it.");
    } else if (m_workspace.database() && !audit.ok && !audit.outside.isEmpty()) {
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
    m_text->setText(lines.join(u'\n'));
    m_progress->setVisible(checking);
    m_cancel->setVisible(checking);
    m_cancel->setText(tr("Stop the Check"));
    setVisible(!lines.isEmpty());
}

} // namespace ita::gui
