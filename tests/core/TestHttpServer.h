#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QTcpServer>
#include <QThread>

namespace ita::test {

/// A small HTTP server on 127.0.0.1 for the link check's tests: nothing leaves the machine.
/// It runs in the thread that makes it (its sockets are served by that thread's event loop,
/// which LinkChecker::checkAll and QSignalSpy::wait run). Paths:
///   /ok-2569      200 text/html, a page that mentions พ.ศ. 2569
///   /thai-2569    200 text/html, the year in Thai digits (๒๕๖๙)
///   /ok-2567      200 text/html, a page of 2567 only
///   /missing      404;   /error  500
///   /r1 → /r2 → /r3 → /ok-2569   a chain of redirects (302, 301, 302)
///   /loop         302 to itself
///   /slow         never answers (the connection stays open)
///   /report.pdf   200 text/html: a login page where a PDF was linked
///   /real.pdf     200 application/pdf, with Content-Length and Last-Modified, not a real PDF
///   /plan-2569.pdf, /plan-2567.pdf   200 application/pdf, a plan of that year (TestPdf.h)
///   /download.php?id=7   200 application/octet-stream named report.pdf: a report of ๒๕๖๘
///                 in a Type0 font (thaiPdf)
///   /big.pdf      200 application/pdf, the plan of 2569 padded past 8 KB
///   /unsized.pdf  the same without Content-Length
///   /slow.pdf     200 application/pdf, the headers and 9 bytes, then nothing
///   /page/N       200 text/html (any N): for many links
/// Any other path is 404. Every request's path is recorded in `requests`.
class HttpServer : public QTcpServer {
public:
    HttpServer();
    QString url(const QString &path) const;
    QString url(const char *path) const { return url(QString::fromUtf8(path)); }
    QStringList requests; ///< read it from the server's own thread, or through requestsSoFar()
    QStringList requestsSoFar() const;

private:
    mutable QMutex m_mutex;
};

/// The same server on a thread of its own, for tests that wait on another process (the CLI)
/// without running an event loop meanwhile.
class HttpServerThread {
public:
    HttpServerThread();
    ~HttpServerThread();
    QString url(const QString &path) const { return m_server->url(path); }
    QString url(const char *path) const { return m_server->url(QString::fromUtf8(path)); }
    QStringList requests() const { return m_server->requestsSoFar(); }

private:
    QThread m_thread;
    HttpServer *m_server;
};

/// A port on 127.0.0.1 that nothing listens on (bound, then closed).
quint16 closedPort();

} // namespace ita::test
