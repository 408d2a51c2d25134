#include "TestHttpServer.h"

#include "TestPdf.h"

#include <QTcpSocket>

namespace ita::test {

namespace {

QByteArray answer(int status, const QByteArray &reason, const QByteArray &headers,
                  const QByteArray &body) {
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

QByteArray html(const QString &text) {
    return answer(200, "OK", "Content-Type: text/html; charset=utf-8\r\n",
                  QStringLiteral("<!doctype html><html><body>%1</body></html>").arg(text).toUtf8());
}

QByteArray redirect(int status, const QByteArray &to) {
    return answer(status, "Moved", "Location: " + to + "\r\n", {});
}

/// A PDF of the plan for 2569, padded past 8 KB with a comment after its end.
QByteArray paddedPdf() {
    return simplePdf({QStringLiteral("Action plan, fiscal year 2569")}) + '%' +
           QByteArray(8192, 'x') + '\n';
}

QByteArray respond(const QByteArray &path) {
    if (path == "/ok-2569")
        return html(QStringLiteral("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569"));
    if (path == "/thai-2569")
        return html(QStringLiteral("รายงานประจำปีงบประมาณ พ.ศ. ๒๕๖๙"));
    if (path == "/ok-2567")
        return html(QStringLiteral("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2567"));
    if (path == "/error")
        return answer(500, "Internal Server Error", "Content-Type: text/html\r\n", "error");
    if (path == "/r1")
        return redirect(302, "/r2");
    if (path == "/r2")
        return redirect(301, "/r3");
    if (path == "/r3")
        return redirect(302, "/ok-2569");
    if (path == "/loop")
        return redirect(302, "/loop");
    if (path == "/report.pdf")
        return html(QStringLiteral("<form action=/login>ชื่อผู้ใช้ <input name=u></form>"));
    if (path == "/real.pdf")
        return answer(200, "OK",
                      "Content-Type: application/pdf\r\nLast-Modified: Tue, 04 Nov 2025 08:00:00 "
                      "GMT\r\n",
                      QByteArray("%PDF-1.4\n") + QByteArray(4096, 'x'));
    if (path == "/plan-2569.pdf")
        return answer(200, "OK", "Content-Type: application/pdf\r\n",
                      simplePdf({QStringLiteral("Action plan, fiscal year 2569")}));
    if (path == "/plan-2567.pdf")
        return answer(200, "OK", "Content-Type: application/pdf\r\n",
                      simplePdf({QStringLiteral("Action plan, fiscal year 2567")}));
    if (path == "/download.php?id=7")
        return answer(200, "OK",
                      "Content-Type: application/octet-stream\r\nContent-Disposition: "
                      "attachment; filename=\"report.pdf\"\r\n",
                      thaiPdf(QStringLiteral("รายงานผลการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๘")));
    if (path == "/big.pdf")
        return answer(200, "OK", "Content-Type: application/pdf\r\n", paddedPdf());
    if (path == "/unsized.pdf") // no Content-Length: the body ends when the connection does
        return "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nConnection: close\r\n\r\n" +
               paddedPdf();
    if (path.startsWith("/page/"))
        return html(QStringLiteral("หน้า %1 ปี 2569").arg(QString::fromLatin1(path.mid(6))));
    return answer(404, "Not Found", "Content-Type: text/html\r\n", "not found");
}

} // namespace

HttpServer::HttpServer() {
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray all = socket->property("buffer").toByteArray() + socket->readAll();
                socket->setProperty("buffer", all);
                if (!all.contains("\r\n\r\n"))
                    return;
                const QByteArray path = all.left(all.indexOf("\r\n")).split(' ').value(1);
                {
                    QMutexLocker lock(&m_mutex);
                    requests << QString::fromUtf8(path);
                }
                if (path == "/slow")
                    return; // keeps the connection open and never answers
                if (path == "/slow.pdf") {
                    // The headers and the start of a document, then nothing more.
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n"
                                  "Content-Length: 100000\r\n\r\n%PDF-1.7\n");
                    return;
                }
                socket->write(respond(path));
                socket->disconnectFromHost();
            });
        }
    });
}

QStringList HttpServer::requestsSoFar() const {
    QMutexLocker lock(&m_mutex);
    return requests;
}

HttpServerThread::HttpServerThread()
    : m_server(new HttpServer) {
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

HttpServerThread::~HttpServerThread() {
    m_thread.quit();
    m_thread.wait();
}

QString HttpServer::url(const QString &path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
}

quint16 closedPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace ita::test
