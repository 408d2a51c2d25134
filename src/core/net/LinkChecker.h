#pragma once

#include "domain/LinkCheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ita {

/// Checks web addresses: each is fetched with a GET (redirects followed, the final address
/// kept), at most a few at once, each within a time limit. Per address it records the HTTP
/// status or why there was none (DNS, refused, TLS, timeout, a redirect loop), the content
/// type and size, Last-Modified, and, for an HTML or text page or a PDF, the years its text
/// mentions. An HTML or text page is read up to `Options::maxBytes`; a PDF up to
/// `Options::maxPdfBytes` and its text read by readPdfText (a longer PDF, or one still coming
/// when the time is up, is judged by its headers, as Word and Excel files always are).
///
/// Runs in the thread it lives in, driven by that thread's event loop (BackgroundLinkCheck
/// gives it a thread of its own for the window; the CLI and tests call checkAll()).
/// Addresses that are not http(s) pages (javascript:, file:, malformed) are answered at once
/// without a request. Nothing else is ever sent: no cookies are kept, no form is filled.
class LinkChecker : public QObject {
    Q_OBJECT
public:
    struct Options {
        int parallel = 4;             ///< requests at once (a small agency web server is shared)
        int timeoutMs = 20000;        ///< per address, from the request to the last byte read
        int maxRedirects = 8;         ///< more is a loop
        qint64 maxBytes = 512 * 1024; ///< of an HTML or text page searched for years
        /// Of a PDF read for its text. Agencies' plans and reports are mostly under 5 MB; at
        /// most `parallel` of them are held at once.
        qint64 maxPdfBytes = 8 * 1024 * 1024;
    };

    explicit LinkChecker(QObject *parent = nullptr);
    LinkChecker(const Options &options, QObject *parent = nullptr);
    ~LinkChecker() override;

    /// Checks `urls` (each address once, in order); `checked` comes per address and `finished`
    /// at the end. A start while running adds to the queue.
    void start(const QStringList &urls);
    /// Stops: no more requests start, those running are aborted, `finished(true)` follows.
    void cancel();
    bool isRunning() const { return !m_finishedSent && m_total > 0; }

    /// Checks every address with an event loop of its own (the calling thread's events run
    /// meanwhile). `progress(done, total)` after each; `cancelled()` asked between them.
    static std::vector<LinkCheck> checkAll(const QStringList &urls, const Options &options,
                                           const std::function<void(int, int)> &progress = {},
                                           const std::function<bool()> &cancelled = {});

signals:
    void checked(const ita::LinkCheck &result);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    /// What of an answer's body is read.
    enum class Body {
        None, ///< nothing: the headers say what is needed
        Text, ///< an HTML or text page, up to maxBytes
        Pdf,  ///< a PDF, whole, up to maxPdfBytes
    };
    struct Running {
        LinkCheck result;
        QByteArray body;
        QTimer *timer = nullptr;
        Body kind = Body::None;
        bool timedOut = false;
        bool enough = false; ///< aborted on purpose: the headers or the text read suffice
        bool unread = false; ///< a PDF not read whole (too long, or still coming at the limit)
    };

    void pump();
    void launch(const QString &url);
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void complete(const LinkCheck &result);
    void finishIfDone();

    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::deque<QString> m_queue;
    QHash<QNetworkReply *, Running> m_running;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
    bool m_finishedSent = false;
};

} // namespace ita
