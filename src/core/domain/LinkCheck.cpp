#include "LinkCheck.h"

#include <QUrl>

#include <algorithm>
#include <array>

namespace ita {

namespace {

constexpr std::array<std::pair<LinkCheck::Failure, const char *>, 9> kFailures{{
    {LinkCheck::Failure::None, ""},
    {LinkCheck::Failure::NotWeb, "not_web"},
    {LinkCheck::Failure::Malformed, "malformed"},
    {LinkCheck::Failure::HostNotFound, "host_not_found"},
    {LinkCheck::Failure::Refused, "refused"},
    {LinkCheck::Failure::Tls, "tls"},
    {LinkCheck::Failure::Timeout, "timeout"},
    {LinkCheck::Failure::TooManyRedirects, "too_many_redirects"},
    {LinkCheck::Failure::Network, "network"},
}};

/// 0–9 for an Arabic or Thai digit, -1 otherwise.
int digit(QChar c) {
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
        return c.unicode() - 0x0E50;
    return -1;
}

} // namespace

QString failureKey(LinkCheck::Failure failure) {
    for (const auto &[f, key] : kFailures)
        if (f == failure)
            return QString::fromLatin1(key);
    return {};
}

std::optional<LinkCheck::Failure> failureFromKey(const QString &key) {
    for (const auto &[f, k] : kFailures)
        if (key == QLatin1String(k))
            return f;
    return std::nullopt;
}

LinkCheck::Failure classifyAddress(const QString &url) {
    const QString trimmed = url.trimmed();
    const QString scheme = trimmed.section(u':', 0, 0).toLower();
    if (trimmed.contains(u':') && (scheme == u"javascript" || scheme == u"file" ||
                                   scheme == u"mailto" || scheme == u"data" || scheme == u"tel"))
        return LinkCheck::Failure::NotWeb;
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !parsed.isValid() ||
        (parsed.scheme() != u"http" && parsed.scheme() != u"https") || parsed.host().isEmpty())
        return LinkCheck::Failure::Malformed;
    return LinkCheck::Failure::None;
}

bool needsCheck(const LinkCheck *stored, const QDateTime &now) {
    return !stored || !stored->reached() || !stored->checkedAt.isValid() ||
           stored->checkedAt.secsTo(now) > 24 * 60 * 60;
}

QList<int> yearsMentioned(QStringView text) {
    QList<int> years;
    qsizetype i = 0;
    while (i < text.size()) {
        if (digit(text[i]) < 0) {
            ++i;
            continue;
        }
        // A run of digits: a year is exactly four of them.
        qsizetype end = i;
        int value = 0;
        while (end < text.size() && digit(text[end]) >= 0) {
            value = value * 10 + digit(text[end]);
            ++end;
            if (end - i > 4)
                value = 10000; // longer than a year
        }
        if (end - i == 4) {
            int be = 0;
            if (value >= 2500 && value <= 2699)
                be = value;
            else if (value >= 1957 && value <= 2156)
                be = value + 543;
            if (be && !years.contains(be))
                years.append(be);
        }
        i = end;
    }
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace ita
