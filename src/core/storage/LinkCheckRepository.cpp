#include "LinkCheckRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace ita {

namespace {

QString dateTimeText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(u""_qs);
}

QDateTime dateTimeFrom(const QVariant &v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QString LinkCheckRepository::load(const QStringList &urls, QHash<QString, LinkCheck> *out) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT checked_at, http_status, final_url, failure, error, "
                             "content_type, size, last_modified, years, text_searched "
                             "FROM link_checks WHERE url = ?"));
    for (const QString &url : urls) {
        if (out->contains(url))
            continue;
        q.addBindValue(url);
        if (!q.exec())
            return q.lastError().text();
        if (!q.next())
            continue;
        LinkCheck c;
        c.url = url;
        c.checkedAt = dateTimeFrom(q.value(0));
        c.httpStatus = q.value(1).toInt();
        c.finalUrl = q.value(2).toString();
        c.failure = failureFromKey(q.value(3).toString()).value_or(LinkCheck::Failure::Network);
        c.error = q.value(4).toString();
        c.contentType = q.value(5).toString();
        c.size = q.value(6).toLongLong();
        c.lastModified = dateTimeFrom(q.value(7));
        for (const QString &y : q.value(8).toString().split(u',', Qt::SkipEmptyParts))
            c.years << y.toInt();
        c.textSearched = q.value(9).toInt() != 0;
        out->insert(url, c);
    }
    return {};
}

QString LinkCheckRepository::save(const std::vector<LinkCheck> &results) {
    return m_db.transact([&]() -> QString {
        QSqlQuery remove(m_db.connection());
        remove.prepare(QStringLiteral("DELETE FROM link_checks WHERE url = ?"));
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO link_checks (url, checked_at, http_status, final_url, failure, error, "
            "content_type, size, last_modified, years, text_searched) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)"));
        for (const LinkCheck &c : results) {
            remove.addBindValue(c.url);
            if (!remove.exec())
                return remove.lastError().text();
            QStringList years;
            for (int y : c.years)
                years << QString::number(y);
            for (const QVariant &v :
                 {QVariant(c.url), QVariant(dateTimeText(c.checkedAt)), QVariant(c.httpStatus),
                  QVariant(c.finalUrl.isNull() ? u""_qs : c.finalUrl),
                  QVariant(failureKey(c.failure).isNull() ? u""_qs : failureKey(c.failure)),
                  QVariant(c.error.isNull() ? u""_qs : c.error),
                  QVariant(c.contentType.isNull() ? u""_qs : c.contentType), QVariant(c.size),
                  QVariant(dateTimeText(c.lastModified)),
                  QVariant(years.isEmpty() ? u""_qs : years.join(u',')),
                  QVariant(c.textSearched ? 1 : 0)})
                insert.addBindValue(v);
            if (!insert.exec())
                return insert.lastError().text();
        }
        return {};
    });
}

} // namespace ita
