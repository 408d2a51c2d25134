#include "StoreCopy.h"

#include "AssessmentRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "RowBatch.h"
#include "ServerLocation.h"
#include "StateLedger.h"
#include "analysis/Analysis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ita {

namespace {
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::StoreCopy)
};

qint64 countRows(Database &db, const QString &table, QString *error) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString copyTable(Database &source, Database &destination, const QString &table, qint64 *copied) {
    QSqlQuery read(source.connection());
    read.setForwardOnly(true); // another connection writes: nothing cuts the read off
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return QStringLiteral("%1: %2").arg(table, read.lastError().text());
    const QSqlRecord record = read.record();
    QStringList columns;
    for (int c = 0; c < record.count(); ++c)
        columns << record.fieldName(c);
    RowBatch insert(destination.connection(),
                    QStringLiteral("INSERT INTO %1 (%2)").arg(table, columns.join(u',')),
                    int(columns.size()));
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c)
            row << read.value(c);
        if (QString e = insert.add(row); !e.isEmpty())
            return QStringLiteral("%1: %2").arg(table, e);
    }
    if (read.lastError().isValid())
        return QStringLiteral("%1: %2").arg(table, read.lastError().text());
    if (QString e = insert.flush(); !e.isEmpty())
        return QStringLiteral("%1: %2").arg(table, e);
    *copied = insert.written();
    return {};
}

/// What must agree for an assessment to "classify the same".
QString classification(const Analysis &a) {
    QStringList parts;
    parts << (a.overall ? a.overall->toString() : QStringLiteral("-"));
    for (const NodeResult &n : a.nodes)
        parts << QStringLiteral("%1=%2/%3/%4")
                     .arg(n.code, n.used ? n.used->toString() : QStringLiteral("-"), n.grade)
                     .arg(int(n.bucket));
    return parts.join(u' ');
}

Result<QString> classify(Database &db, qint64 id) {
    AssessmentRepository repository(db);
    auto assessment = repository.load(id);
    if (!assessment)
        return Result<QString>::failure(assessment.error());
    auto framework = repository.framework(assessment->frameworkId);
    if (!framework)
        return Result<QString>::failure(framework.error());
    return classification(analyse(*framework, *assessment, Findings::Skipped));
}
} // namespace

const QStringList &StoreCopy::tables() {
    static const QStringList t = {
        QStringLiteral("frameworks"),
        QStringLiteral("agencies"),
        QStringLiteral("assessments"),
        QStringLiteral("score_nodes"),
        QStringLiteral("units"),
        QStringLiteral("plans"),
        QStringLiteral("measures"),
        QStringLiteral("measure_items"),
        QStringLiteral("monitoring_actions"),
        QStringLiteral("steps"),
        QStringLiteral("step_units"),
        QStringLiteral("step_evidence"),
        QStringLiteral("oit_publications"),
        QStringLiteral("oit_links"),
        QStringLiteral("recommendations"),
        QStringLiteral("scenarios"),
        QStringLiteral("report_texts"),
        QStringLiteral("library_entries"),
        QStringLiteral("link_checks"),
        QStringLiteral("audit_log"),
        QStringLiteral("audit_seal"),
        QStringLiteral("state_digests"),
    };
    return t;
}

Result<StoreCopy::Report> StoreCopy::copyTo(Database &source, const QString &location) {
    const bool created = !ServerLocation::isServer(location) && !QFileInfo::exists(location);
    Database::Options options;
    options.initialise = true;
    Result<Report> report = Result<Report>::failure(QString());
    {
        auto destination = Database::open(location, options);
        report = destination ? copy(source, **destination)
                             : Result<Report>::failure(destination.error());
    } // closed before a failed new file is removed
    if (!report && created)
        Database::removeFile(location);
    return report;
}

Result<StoreCopy::Report> StoreCopy::copy(Database &source, Database &destination) {
    using R = Result<Report>;
    if (source.version() != Database::schemaVersion)
        return R::failure(Messages::tr("%1 has schema %2; open it once with this program (schema "
                                       "%3) to upgrade it, then copy it")
                              .arg(source.path())
                              .arg(source.version())
                              .arg(Database::schemaVersion));
    const AuditLog::Verification before = AuditLog(source).verify();
    if (!before.ok)
        return R::failure(Messages::tr("%1 is not copied: %2").arg(source.path(), before.message));
    QString error;
    std::vector<qint64> counts;
    for (const QString &table : tables()) {
        const qint64 n = countRows(destination, table, &error);
        if (n < 0)
            return R::failure(QStringLiteral("%1: %2").arg(destination.path(), error));
        if (n > 0)
            return R::failure(Messages::tr("%1 already holds data (%2 rows in %3); a copy goes "
                                           "only into an empty database or a new file")
                                  .arg(destination.path())
                                  .arg(n)
                                  .arg(table));
        const qint64 s = countRows(source, table, &error);
        if (s < 0)
            return R::failure(QStringLiteral("%1: %2").arg(source.path(), error));
        counts.push_back(s);
    }
    Report report;
    const QString failure = destination.transact([&]() -> QString {
        for (int i = 0; i < tables().size(); ++i) {
            qint64 copied = 0;
            if (QString e = copyTable(source, destination, tables()[i], &copied); !e.isEmpty())
                return e;
            if (QString e = destination.afterExplicitIds(tables()[i]); !e.isEmpty())
                return e;
            report.rows += copied;
            report.tables << QStringLiteral("%1 %2").arg(tables()[i]).arg(copied);
        }
        // The checks read the destination inside the transaction: what they pass is what
        // commits.
        for (int i = 0; i < tables().size(); ++i) {
            QString e;
            const qint64 n = countRows(destination, tables()[i], &e);
            if (n != counts[size_t(i)])
                return Messages::tr("%1 holds %2 rows after the copy, the source %3 %4")
                    .arg(tables()[i])
                    .arg(n)
                    .arg(counts[size_t(i)])
                    .arg(e);
        }
        const AuditLog::Verification after = AuditLog(destination).verify();
        if (!after.ok || after.head != before.head || after.records != before.records)
            return Messages::tr("the copied audit trail does not verify as the source's: %1")
                .arg(after.message);
        report.auditRecords = after.records;
        auto list = AssessmentRepository(source).list();
        if (!list)
            return list.error();
        for (const AssessmentSummary &s : *list) {
            auto was = classify(source, s.id);
            auto is = classify(destination, s.id);
            if (!was)
                return was.error();
            if (!is)
                return is.error();
            if (*was != *is)
                return Messages::tr("%1, fiscal year %2 classifies differently after the copy")
                    .arg(s.agency)
                    .arg(s.fiscalYear);
            ++report.assessments;
        }
        return {};
    });
    if (!failure.isEmpty())
        return R::failure(
            Messages::tr("%1: nothing was copied: %2").arg(destination.path(), failure));
    return report;
}

} // namespace ita
