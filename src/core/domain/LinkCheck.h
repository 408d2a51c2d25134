#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ita {

/// What checking one address on the web found (net/LinkChecker fills it, storage keeps it).
struct LinkCheck {
    /// Why no page came back, when none did.
    enum class Failure {
        None,
        NotWeb,           ///< javascript:, file:, mailto: …: not a page the NACC can open
        Malformed,        ///< not an http(s) address with a host
        HostNotFound,     ///< DNS: no such host
        Refused,          ///< the port is closed
        Tls,              ///< the certificate or the TLS handshake failed
        Timeout,          ///< no answer within the time allowed
        TooManyRedirects, ///< a redirect loop or a chain too long
        Network,          ///< any other failure of the connection
    };
    QString url;
    QDateTime checkedAt; ///< UTC
    Failure failure = Failure::None;
    QString error;      ///< the network's own words, when it failed
    int httpStatus = 0; ///< of the last answer (after redirects); 0 when there was none
    QString finalUrl;   ///< where the redirects ended
    QString contentType;
    qint64 size = -1;          ///< Content-Length, or the bytes read; -1 unknown
    QDateTime lastModified;    ///< the server's Last-Modified, UTC; invalid when not sent
    bool textSearched = false; ///< a page or a PDF whose text was searched for years
    QList<int> years;          ///< Buddhist Era years the text mentions (2500–2699), sorted

    bool operator==(const LinkCheck &) const = default;
    /// No failure and a status below 400.
    bool reached() const { return failure == Failure::None && httpStatus > 0 && httpStatus < 400; }
};

QString failureKey(LinkCheck::Failure failure); ///< "", "not_web", "malformed", "host_not_found", …
std::optional<LinkCheck::Failure> failureFromKey(const QString &key);

/// What `url` is without asking the web: NotWeb (javascript:, file:, mailto:, data:, tel:),
/// Malformed (not an http or https address with a host), else None.
LinkCheck::Failure classifyAddress(const QString &url);

/// Whether *Check again* asks for an address again: never checked, not reached last time
/// (a failure or a status from 400), or checked more than a day before `now`.
bool needsCheck(const LinkCheck *stored, const QDateTime &now);

/// The Buddhist Era years (2500–2699) a text mentions, in Arabic or Thai digits, or as the
/// Christian Era year (1957–2156, counted as its BE year): sorted, each once.
QList<int> yearsMentioned(QStringView text);

} // namespace ita
