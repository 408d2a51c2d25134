#pragma once

#include "LinkChecker.h"

#include <QObject>
#include <QThread>

namespace ita {

/// A LinkChecker on a thread of its own, for the window: start() and cancel() from the
/// window's thread; `checked`, `progress` and `finished` arrive there (queued), so a slow site
/// never holds up the window. Destroying it cancels what runs and waits for the thread.
class BackgroundLinkCheck : public QObject {
    Q_OBJECT
public:
    explicit BackgroundLinkCheck(const LinkChecker::Options &options = {},
                                 QObject *parent = nullptr);
    ~BackgroundLinkCheck() override;

    void start(const QStringList &urls);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void checked(const ita::LinkCheck &result);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    QThread m_thread;
    LinkChecker *m_checker; ///< lives in m_thread
    bool m_running = false;
};

} // namespace ita
