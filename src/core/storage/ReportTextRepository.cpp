#include "ReportTextRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "StateLedger.h"

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
        m_db.touch(StateLedger::assessmentKey(assessmentId));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT g.name, a.fiscal_year, coalesce((SELECT text FROM "
                                 "report_texts WHERE assessment_id = a.id AND key = ?), '') "
                                 "FROM assessments a JOIN agencies g ON g.id = a.agency_id "
                                 "WHERE a.id = ?"));
        q.addBindValue(key);
        q.addBindValue(assessmentId);
        if (!q.exec())
            return q.lastError().text();
        if (!q.next())
            return QStringLiteral("no assessment with id %1").arg(assessmentId);
        if (q.value(2).toString() == text)
            return QString(); // unchanged: nothing to store or record
        if (QString e = AuditLog(m_db).append(
                {{QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(q.value(1).toInt()),
                  QStringLiteral("report"), key, q.value(2).toString(), text}});
            !e.isEmpty())
            return e;
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
        q.prepare(QStringLiteral("SELECT full_name, id FROM agencies WHERE name = ?"));
        q.addBindValue(agency);
        if (!q.exec())
            return q.lastError().text();
        if (q.next() && q.value(0).toString() == fullName)
            return QString();
        const QString before = q.isValid() ? q.value(0).toString() : QString();
        if (q.isValid())
            m_db.touch(StateLedger::agencyKey(q.value(1).toLongLong()));
        if (QString e = AuditLog(m_db).append({{agency, QStringLiteral("agency"),
                                                QStringLiteral("full_name"), before, fullName}});
            !e.isEmpty())
            return e;
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
