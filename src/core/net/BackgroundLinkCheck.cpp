#include "BackgroundLinkCheck.h"

namespace ita {

BackgroundLinkCheck::BackgroundLinkCheck(const LinkChecker::Options &options, QObject *parent)
    : QObject(parent)
    , m_checker(new LinkChecker(options)) {
    m_thread.setObjectName(QStringLiteral("link check"));
    m_checker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_checker, &QObject::deleteLater);
    connect(m_checker, &LinkChecker::checked, this, &BackgroundLinkCheck::checked);
    connect(m_checker, &LinkChecker::progress, this, &BackgroundLinkCheck::progress);
    connect(m_checker, &LinkChecker::finished, this, [this](bool cancelled) {
        m_running = false;
        emit finished(cancelled);
    });
    m_thread.start();
}

BackgroundLinkCheck::~BackgroundLinkCheck() {
    QMetaObject::invokeMethod(m_checker, &LinkChecker::cancel, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundLinkCheck::start(const QStringList &urls) {
    m_running = true;
    QMetaObject::invokeMethod(
        m_checker, [checker = m_checker, urls] { checker->start(urls); }, Qt::QueuedConnection);
}

void BackgroundLinkCheck::cancel() {
    QMetaObject::invokeMethod(m_checker, &LinkChecker::cancel, Qt::QueuedConnection);
}

} // namespace ita
