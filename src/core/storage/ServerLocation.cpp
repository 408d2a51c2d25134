#include "ServerLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ita {

namespace {

/// This file's messages; the context they always had (they were Database's).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::Database)
};

QString decode(const QString &s) {
    return QUrl::fromPercentEncoding(s.toUtf8());
}

/// Percent-encoded but for the characters in `keep` (a socket folder's "/" stays readable).
QString encode(const QString &s, const QByteArray &keep = {}) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s, keep));
}

} // namespace

bool ServerLocation::isServer(const QString &location) {
    return location.startsWith(QStringLiteral("postgresql://")) ||
           location.startsWith(QStringLiteral("postgres://"));
}

Result<ServerLocation> ServerLocation::parse(const QString &location) {
    using R = Result<ServerLocation>;
    static const QRegularExpression shape(
        QStringLiteral("^postgres(?:ql)?://(?:([^@/?]*)@)?([^/?]*)(?:/([^?]*))?(?:\\?(.*))?$"));
    const auto m = shape.match(location);
    if (!m.hasMatch())
        return R::failure(Messages::tr("not a server address; write it like "
                                       "postgresql://user@host:5432/database?sslmode=require"));
    ServerLocation a;
    const QString userInfo = m.captured(1);
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    a.user = decode(colon < 0 ? userInfo : userInfo.left(colon));
    if (colon >= 0)
        a.password = decode(userInfo.mid(colon + 1));
    QString hostPort = m.captured(2);
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        a.host = hostPort.mid(1, close - 1);
        hostPort = hostPort.mid(close + 1);
        if (hostPort.startsWith(QLatin1Char(':')))
            portText = hostPort.mid(1);
    } else {
        const qsizetype c = hostPort.lastIndexOf(QLatin1Char(':'));
        a.host = decode(c < 0 ? hostPort : hostPort.left(c));
        if (c >= 0)
            portText = hostPort.mid(c + 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        a.port = portText.toInt(&ok);
        if (!ok || a.port <= 0 || a.port > 65535)
            // Not quoted: a password with an unescaped "/" ends up here.
            return R::failure(Messages::tr("the port is not a number from 1 to 65535 (a "
                                           "password with \"/\", \"@\" or \":\" must be "
                                           "written %-encoded)"));
    }
    a.database = decode(m.captured(3));
    static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
    for (const QString &pair : m.captured(4).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (!keyword.match(key).hasMatch())
            return R::failure(Messages::tr("\"%1\" is not a connection parameter").arg(key));
        if (key == u"host")
            a.host = value;
        else if (key == u"port")
            a.port = value.toInt();
        else if (key == u"user")
            a.user = value;
        else if (key == u"password")
            a.password = value;
        else if (key == u"dbname")
            a.database = value;
        else
            a.parameters.emplace_back(key, value);
    }
    return a;
}

QString ServerLocation::compose(bool withPassword) const {
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty() || (withPassword && !password.isEmpty())) {
        url += encode(user);
        if (withPassword && !password.isEmpty())
            url += QLatin1Char(':') + encode(password);
        url += QLatin1Char('@');
    }
    QStringList query;
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (socket) // a Unix socket folder goes among the parameters
        query << QStringLiteral("host=") + encode(host, "/");
    else if (host.contains(QLatin1Char(':')))
        url += QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    else
        url += encode(host);
    if (port > 0)
        url += QStringLiteral(":%1").arg(port);
    if (!database.isEmpty())
        url += QLatin1Char('/') + encode(database);
    for (const auto &[key, value] : parameters)
        query << key + QLatin1Char('=') + encode(value, "/:");
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QString ServerLocation::display(const QString &location) {
    if (!isServer(location))
        return location;
    if (const auto parsed = parse(location))
        return parsed->compose(false);
    static const QRegularExpression userPart(QStringLiteral("^(postgres(?:ql)?://)[^?]*@"));
    QString shown = location;
    shown.replace(userPart, QStringLiteral("\\1…@"));
    static const QRegularExpression inQuery(QStringLiteral("([?&])password=[^&]*(&?)"));
    shown.replace(inQuery, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    return shown;
}

QString ServerLocation::withPassword(const QString &location, const QString &password) {
    auto parsed = parse(location);
    if (!parsed || password.isEmpty())
        return location;
    parsed->password = password;
    return parsed->compose(true);
}

QString ServerLocation::parameter(const QString &key) const {
    for (const auto &[k, v] : parameters)
        if (k == key)
            return v;
    return {};
}

} // namespace ita
