#include "LinkChecker.h"

#include "PdfText.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QStringDecoder>
#include <QTimer>
#include <QUrl>

namespace ita {

namespace {

/// The media type of a Content-Type header, lower case ("text/html").
QString mediaType(const QString &contentType) {
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

bool isText(const QString &contentType) {
    const QString t = mediaType(contentType);
    return t.startsWith(u"text/") || t == u"application/xhtml+xml";
}

/// The body as text: the header's charset (TIS-620 and windows-874 are common on Thai
/// agencies' older sites), else UTF-8.
QString decode(const QByteArray &body, const QString &contentType) {
    const int at = contentType.indexOf(QStringLiteral("charset="), 0, Qt::CaseInsensitive);
    if (at >= 0) {
        const QString charset = contentType.mid(at + 8).section(u';', 0, 0).remove(u'"').trimmed();
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(body);
    }
    return QString::fromUtf8(body);
}

/// A PDF by its type, or a download of a file named .pdf (many agencies' sites send their
/// documents as application/octet-stream through a download script).
bool isPdf(const QString &contentType, const QNetworkReply *reply) {
    const QString t = mediaType(contentType);
    if (t == u"application/pdf" || t == u"application/x-pdf")
        return true;
    if (t != u"application/octet-stream" && t != u"binary/octet-stream" &&
        t != u"application/force-download" && t != u"application/download" && !t.isEmpty())
        return false;
    const QString disposition = QString::fromLatin1(reply->rawHeader("Content-Disposition"));
    return reply->url().path().endsWith(u".pdf", Qt::CaseInsensitive) ||
           disposition.contains(u".pdf", Qt::CaseInsensitive);
}

LinkCheck::Failure failureOf(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return LinkCheck::Failure::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return LinkCheck::Failure::Refused;
    case QNetworkReply::SslHandshakeFailedError:
        return LinkCheck::Failure::Tls;
    case QNetworkReply::TimeoutError:
        return LinkCheck::Failure::Timeout;
    case QNetworkReply::TooManyRedirectsError:
        return LinkCheck::Failure::TooManyRedirects;
    default:
        return LinkCheck::Failure::Network;
    }
}

} // namespace

LinkChecker::LinkChecker(QObject *parent)
    : LinkChecker(Options(), parent) {}

LinkChecker::LinkChecker(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {
    // The office's proxy, as the system sets it (the environment's http_proxy on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

LinkChecker::~LinkChecker() {
    m_cancelled = true;
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void LinkChecker::start(const QStringList &urls) {
    if (m_finishedSent || (m_total == 0 && m_running.isEmpty())) { // a new run
        m_total = m_done = 0;
        m_cancelled = false;
        m_finishedSent = false;
    }
    QSet<QString> seen(m_queue.begin(), m_queue.end());
    for (const QString &url : urls) {
        const QString u = url.trimmed();
        if (seen.contains(u))
            continue;
        seen.insert(u);
        m_queue.push_back(u);
        ++m_total;
    }
    pump();
}

void LinkChecker::cancel() {
    if (!isRunning())
        return;
    m_cancelled = true;
    m_done += int(m_queue.size());
    m_queue.clear();
    const auto replies = m_running.keys();
    for (QNetworkReply *reply : replies)
        reply->abort(); // finished() follows for each, which counts it
    finishIfDone();
}

void LinkChecker::pump() {
    while (!m_cancelled && !m_queue.empty() && m_running.size() < std::max(1, m_options.parallel)) {
        const QString url = m_queue.front();
        m_queue.pop_front();
        if (const auto f = classifyAddress(url); f != LinkCheck::Failure::None) {
            LinkCheck result;
            result.url = url;
            result.checkedAt = QDateTime::currentDateTimeUtc();
            result.failure = f;
            complete(result);
            continue;
        }
        launch(url);
    }
    finishIfDone();
}

void LinkChecker::launch(const QString &url) {
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        m_network->setCookieJar(nullptr); // nothing is kept between requests
    }
    QNetworkRequest request(QUrl(url, QUrl::StrictMode));
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("ITA Planner link check (Qt)"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    Running &r = m_running[reply];
    r.result.url = url;
    r.result.checkedAt = QDateTime::currentDateTimeUtc();
    r.timer = new QTimer(reply);
    r.timer->setSingleShot(true);
    connect(r.timer, &QTimer::timeout, this, [this, reply] {
        if (auto it = m_running.find(reply); it != m_running.end()) {
            if (it->kind == Body::Pdf) {
                // The server answered; only the document is slow to come. Its headers stand.
                it->enough = it->unread = true;
            } else {
                it->timedOut = true;
            }
            reply->abort();
        }
    });
    r.timer->start(m_options.timeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void LinkChecker::onMetaData(QNetworkReply *reply) {
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    // A redirect's own headers come first; only the last answer's count.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    it->kind = Body::None;
    if (isText(type)) {
        it->kind = Body::Text;
    } else if (status > 0 && status < 400 && isPdf(type, reply)) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxPdfBytes)
            it->unread = true;
        else
            it->kind = Body::Pdf;
    }
    if (it->kind == Body::None && status > 0) {
        // A document not read: its headers say what the check needs; its body is not wanted.
        it->enough = true;
        reply->abort();
    }
}

void LinkChecker::onReadyRead(QNetworkReply *reply) {
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    if (it->kind == Body::None) {
        reply->skip(reply->bytesAvailable());
        return;
    }
    if (it->kind == Body::Text) {
        it->body += reply->read(std::max<qint64>(0, m_options.maxBytes - it->body.size()));
        if (it->body.size() >= m_options.maxBytes) {
            it->enough = true;
            reply->abort();
        }
        return;
    }
    // A PDF is read whole or not at all: one byte past the limit says it is too long.
    it->body += reply->read(std::max<qint64>(0, m_options.maxPdfBytes + 1 - it->body.size()));
    if (it->body.size() > m_options.maxPdfBytes) {
        it->enough = it->unread = true;
        it->body.clear();
        reply->abort();
    }
}

void LinkChecker::onFinished(QNetworkReply *reply) {
    auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    if (it->kind != Body::None && reply->isOpen() && !it->unread)
        it->body += reply->read(std::max<qint64>(
            0, (it->kind == Body::Text ? m_options.maxBytes : m_options.maxPdfBytes + 1) -
                   it->body.size()));
    Running r = std::move(*it);
    m_running.erase(it);
    r.timer->stop();
    LinkCheck &c = r.result;
    c.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    c.finalUrl = reply->url().toString();
    c.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    c.size = length.isValid()                    ? length.toLongLong()
             : r.kind != Body::None && !r.enough ? qint64(r.body.size())
                                                 : -1;
    const QDateTime modified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
    if (modified.isValid())
        c.lastModified = modified.toUTC();
    const QNetworkReply::NetworkError error = reply->error();
    if (r.timedOut) {
        c.failure = LinkCheck::Failure::Timeout;
        c.error = QStringLiteral("no answer within %1 s").arg(m_options.timeoutMs / 1000.0);
    } else if (error != QNetworkReply::NoError && !r.enough && c.httpStatus == 0) {
        // An answer with a status (404, 500) is not a failure to connect: the status says it.
        c.failure = failureOf(error);
        c.error = reply->errorString();
    } else if (error == QNetworkReply::TooManyRedirectsError ||
               error == QNetworkReply::InsecureRedirectError) {
        c.failure = error == QNetworkReply::TooManyRedirectsError
                        ? LinkCheck::Failure::TooManyRedirects
                        : LinkCheck::Failure::Network;
        c.error = reply->errorString();
    }
    if (r.kind == Body::Text && c.failure == LinkCheck::Failure::None && c.httpStatus > 0) {
        c.textSearched = true;
        c.years = yearsMentioned(decode(r.body, c.contentType));
    } else if (r.kind == Body::Pdf && !r.unread && c.failure == LinkCheck::Failure::None &&
               error == QNetworkReply::NoError && r.body.size() <= m_options.maxPdfBytes) {
        // Encrypted and scanned PDFs have no text to search: not searched, no warning.
        const PdfText pdf = readPdfText(r.body);
        if (pdf.outcome == PdfText::Outcome::Read) {
            c.textSearched = true;
            c.years = yearsMentioned(pdf.text);
        }
    }
    reply->deleteLater();
    if (m_cancelled && !r.enough && error == QNetworkReply::OperationCanceledError && !r.timedOut) {
        ++m_done; // stopped by cancel(): no result to keep
        emit progress(m_done, m_total);
    } else {
        complete(c);
    }
    pump();
}

void LinkChecker::complete(const LinkCheck &result) {
    ++m_done;
    emit checked(result);
    emit progress(m_done, m_total);
}

void LinkChecker::finishIfDone() {
    if (m_finishedSent || !m_running.isEmpty() || !m_queue.empty() || m_done < m_total)
        return;
    m_finishedSent = true;
    emit finished(m_cancelled);
}

std::vector<LinkCheck> LinkChecker::checkAll(const QStringList &urls, const Options &options,
                                             const std::function<void(int, int)> &progress,
                                             const std::function<bool()> &cancelled) {
    std::vector<LinkCheck> out;
    LinkChecker checker(options);
    QEventLoop loop;
    connect(&checker, &LinkChecker::checked, &loop, [&](const LinkCheck &c) { out.push_back(c); });
    connect(&checker, &LinkChecker::progress, &loop, [&](int done, int total) {
        if (progress)
            progress(done, total);
        if (cancelled && cancelled())
            checker.cancel();
    });
    connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    bool done = false;
    connect(&checker, &LinkChecker::finished, &loop, [&] { done = true; });
    checker.start(urls);
    if (!done)
        loop.exec();
    return out;
}

} // namespace ita
