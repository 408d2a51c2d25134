#include "AgencyRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "StateLedger.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::AgencyRepository)
};

/// The column of each field; "group" is a keyword of SQL.
const char *columnOf(AgencyRepository::Field field) {
    switch (field) {
    case AgencyRepository::Field::Province:
        return "province";
    case AgencyRepository::Field::Group:
        return "agency_group";
    case AgencyRepository::Field::Parent:
        return "parent";
    }
    return "province";
}

} // namespace

QString AgencyRepository::attributeColumns(const Database &database, const QString &alias) {
    if (database.version() < 9)
        return QStringLiteral("'', '', ''");
    return QStringLiteral("%1.province, %1.agency_group, %1.parent").arg(alias);
}

Result<AgencyAttributes> AgencyRepository::attributes(const QString &agency) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT province, agency_group, parent FROM agencies WHERE name = ?"));
    q.addBindValue(agency);
    if (!q.exec())
        return Result<AgencyAttributes>::failure(q.lastError().text());
    if (!q.next())
        return AgencyAttributes{};
    return AgencyAttributes{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QString AgencyRepository::setAttributes(const QString &agency, const AgencyAttributes &attributes,
                                        Empty empty) {
    return m_db.transact([&]() -> QString {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT id, province, agency_group, parent FROM agencies WHERE name = ?"));
        q.addBindValue(agency);
        if (!q.exec())
            return q.lastError().text();
        if (!q.next())
            return Messages::tr("no agency named \"%1\" in %2").arg(agency, m_db.path());
        const qint64 id = q.value(0).toLongLong();
        const AgencyAttributes before{q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString()};
        AgencyAttributes after = attributes;
        for (const auto &[key, member] : AgencyAttributes::fields)
            after.*member = (after.*member).simplified();
        if (empty == Empty::Keeps)
            after = before.mergedWith(after);
        if (after == before)
            return QString();
        const std::vector<AuditChange> changes = AgencyRepository::changes(agency, before, after);
        if (QString e = AuditLog(m_db).append(changes); !e.isEmpty())
            return e;
        q.prepare(QStringLiteral(
            "UPDATE agencies SET province = ?, agency_group = ?, parent = ? WHERE id = ?"));
        // Qt binds a null QString as SQL NULL; the columns are NOT NULL DEFAULT ''.
        for (const QString *value : {&after.province, &after.group, &after.parent})
            q.addBindValue(value->isNull() ? QStringLiteral("") : *value);
        q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
        m_db.touch(StateLedger::agencyKey(id));
        return QString();
    });
}

Result<std::vector<AgencyRepository::Conflict>>
AgencyRepository::conflicts(const std::vector<Assessment> &assessments) const {
    std::vector<std::pair<QString, AgencyAttributes>> incoming;
    for (const Assessment &a : assessments)
        incoming.emplace_back(a.agency, a.attributes);
    return conflicts(incoming);
}

Result<std::vector<AgencyRepository::Conflict>> AgencyRepository::conflicts(
    const std::vector<std::pair<QString, AgencyAttributes>> &incoming) const {
    std::vector<Conflict> out;
    QSet<QString> seen;
    for (const auto &[agency, given] : incoming) {
        if (given.isEmpty() || seen.contains(agency))
            continue;
        seen.insert(agency);
        auto stored = attributes(agency);
        if (!stored)
            return Result<std::vector<Conflict>>::failure(stored.error());
        if (!stored->conflictsWith(given).empty())
            out.push_back({agency, *stored, given});
    }
    return out;
}

std::vector<AuditChange> AgencyRepository::changes(const QString &agency,
                                                   const AgencyAttributes &before,
                                                   const AgencyAttributes &after) {
    std::vector<AuditChange> out;
    for (const auto &[key, member] : AgencyAttributes::fields)
        if (before.*member != after.*member)
            out.push_back({agency, QStringLiteral("agency"), QString::fromLatin1(key),
                           before.*member, after.*member});
    return out;
}

Result<QStringList> AgencyRepository::values(Field field) const {
    const QString column = QString::fromLatin1(columnOf(field));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM agencies WHERE %1 <> '' ORDER BY %1")
                    .arg(column)))
        return Result<QStringList>::failure(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace ita
