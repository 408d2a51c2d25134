// The OIT link check at scale: N addresses on a server on 127.0.0.1 (nothing leaves the
// machine), checked by LinkChecker as `oit check` and the OIT tab check them, against the
// baseline of the same GETs through a bare QNetworkAccessManager, the same number at once,
// that keeps nothing. Prints both times, their ratio, and the resident memory the check adds
// (peak, from /proc/self/status). Asserts nothing.
//
//   build/bin/link-check-bench [--links 10000] [--parallel 4]

#include "net/LinkChecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <deque>

namespace {

/// A page a path, on its own thread so the client's event loop is not also the server's.
class Server : public QTcpServer {
public:
    Server() {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    QByteArray all = s->property("b").toByteArray() + s->readAll();
                    s->setProperty("b", all);
                    if (!all.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = "<html><body>หน้า ปีงบประมาณ พ.ศ. 2569 " +
                                            QByteArray(2000, 'x') + "</body></html>";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                             "Connection: close\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
    }
};

long rssKb(const char *key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// The baseline: the same GETs, `parallel` at once, the body read and dropped.
qint64 bare(const QStringList &urls, int parallel) {
    QElapsedTimer t;
    t.start();
    QNetworkAccessManager nam;
    std::deque<QString> queue(urls.begin(), urls.end());
    int running = 0;
    QEventLoop loop;
    std::function<void()> pump = [&] {
        while (running < parallel && !queue.empty()) {
            QNetworkReply *r = nam.get(QNetworkRequest(QUrl(queue.front())));
            queue.pop_front();
            ++running;
            QObject::connect(r, &QNetworkReply::finished, &loop, [&, r] {
                r->readAll();
                r->deleteLater();
                --running;
                if (queue.empty() && running == 0)
                    loop.quit();
                else
                    pump();
            });
        }
    };
    pump();
    loop.exec();
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int links = 10000, parallel = 4;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--links")
            links = args[i + 1].toInt();
        else if (args[i] == u"--parallel")
            parallel = args[i + 1].toInt();
    }
    QThread serverThread;
    auto *server = new Server;
    const quint16 port = server->serverPort();
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    QStringList urls;
    for (int i = 0; i < links; ++i)
        urls << QStringLiteral("http://127.0.0.1:%1/page/%2").arg(port).arg(i);

    // The check first, so the peak is its own; the baseline after it.
    const long before = rssKb("VmRSS:");
    ita::LinkChecker::Options options;
    options.parallel = parallel;
    QElapsedTimer t;
    t.start();
    const auto results = ita::LinkChecker::checkAll(urls, options);
    const qint64 checked = t.elapsed();
    const long peak = rssKb("VmHWM:");
    const qint64 baseline = bare(urls, parallel);
    int reached = 0;
    for (const auto &c : results)
        reached += c.reached();
    std::printf("links %d (%d reached), %d at once\n", links, reached, parallel);
    std::printf("link check %lld ms, bare GETs %lld ms: ratio %.2f\n", (long long)checked,
                (long long)baseline, baseline > 0 ? double(checked) / double(baseline) : 0.0);
    std::printf("resident before the check %ld KB, peak %ld KB (results: %zu)\n", before, peak,
                results.size());
    serverThread.quit();
    serverThread.wait();
    return 0;
}
