#include "ReportTextRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

Result<QString> ReportTextRepository::text(qint64 assessmentId, const QString &key) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM report_texts WHERE assessment_id = ? AND key = ?"));
    q.addBindValue(assessmentId);
    q.addBindValue(key);
    if (!q.exec())
        return Result<QString>::failure(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

QString ReportTextRepository::setText(qint64 assessmentId, const QString &key,
                                      const QString &text) {
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        if (text.isEmpty()) {
            q.prepare(
                QStringLiteral("DELETE FROM report_texts WHERE assessment_id = ? AND key = ?"));
            q.addBindValue(assessmentId);
            q.addBindValue(key);
        } else {
            q.prepare(QStringLiteral("INSERT INTO report_texts (assessment_id, key, text) VALUES "
                                     "(?, ?, ?) ON CONFLICT (assessment_id, key) DO UPDATE SET "
                                     "text = excluded.text"));
            q.addBindValue(assessmentId);
            q.addBindValue(key);
            q.addBindValue(text);
        }
        return q.exec() ? QString() : q.lastError().text();
    });
}

Result<QString> ReportTextRepository::agencyFullName(const QString &agency) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT full_name FROM agencies WHERE name = ?"));
    q.addBindValue(agency);
    if (!q.exec())
        return Result<QString>::failure(q.lastError().text());
    return q.next() ? q.value(0).toString() : QString();
}

QString ReportTextRepository::setAgencyFullName(const QString &agency, const QString &fullName) {
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE agencies SET full_name = ? WHERE name = ?"));
        q.addBindValue(fullName);
        q.addBindValue(agency);
        if (!q.exec())
            return q.lastError().text();
        return q.numRowsAffected() == 1 ? QString()
                                        : QStringLiteral("no agency named \"%1\"").arg(agency);
    });
}

} // namespace ita
