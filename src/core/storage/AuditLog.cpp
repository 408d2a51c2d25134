#include "AuditLog.h"
#include "Migrations.h"

#include "domain/Text.h"

#include "Database.h"
#include "StateLedger.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h> // GetUserNameW, from Advapi32 (linked by core_storage on Windows)
#endif

namespace ita {

namespace {

/// `sqliteText`: a file's record, whose U+FFFE/U+FFFF SQLite reads back as U+FFFD (hashed so
/// both when written and when read); a server gives them back as written.
QString hashOf(const QString &previous, qint64 id, const QString &at, const QString &who,
               const AuditChange &c, bool sqliteText) {
    // Unit separators keep fields apart, so moving text between fields changes the hash.
    const QString text =
        QStringList{previous, QString::number(id), at, who, c.scope, c.target, c.field, c.before,
                    c.after}
            .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash((sqliteText ? textAsStored(text) : text).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString join(const QStringList &list) {
    return list.join(QStringLiteral(", "));
}

QString span(const Step &s) {
    return s.isScheduled() ? QStringLiteral("%1–%2").arg(s.startMonth).arg(s.endMonth) : QString();
}

QString date(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString systemUserName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
#if defined(Q_OS_UNIX)
    if (name.isEmpty())
        if (const passwd *pw = getpwuid(getuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
#elif defined(Q_OS_WIN)
    // USERNAME above is normally set on Windows (tests/core/PlatformTests.cpp clears it).
    if (name.isEmpty()) {
        wchar_t buffer[257];
        DWORD size = 257;
        if (GetUserNameW(buffer, &size) && size > 0)
            name = QString::fromWCharArray(buffer, int(size) - 1);
    }
#endif
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString AuditLog::append(const std::vector<AuditChange> &changes) {
    if (changes.empty())
        return {};
    QSqlQuery q = m_db.prepared(QStringLiteral("SELECT count, head FROM audit_seal WHERE id = 1"));
    if (!q.exec())
        return q.lastError().text();
    qint64 count = 0;
    QString previous;
    if (q.next()) {
        count = q.value(0).toLongLong();
        previous = q.value(1).toString();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString who = m_db.actor();
    // Prepared once: an import appends a record per assessment, 41,500 for a national file.
    QSqlQuery insert = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log (id, at, who, scope, target, field, before, after, "
                       "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditChange &c : changes) {
        const qint64 id = count + 1;
        const QString hash =
            hashOf(previous, id, at, who, c, m_db.backend() == Database::Backend::File);
        // A null QString binds as SQL NULL; the columns hold text, empty when there is none.
        const auto text = [](const QString &t) {
            return QVariant(t.isNull() ? QStringLiteral("") : t);
        };
        int column = 0;
        insert.bindValue(column++, id);
        for (const QString *t : std::initializer_list<const QString *>{
                 &at, &who, &c.scope, &c.target, &c.field, &c.before, &c.after, &previous, &hash})
            insert.bindValue(column++, text(*t));
        if (!insert.exec())
            return insert.lastError().text();
        previous = hash;
        count = id;
    }
    q = m_db.prepared(QStringLiteral("INSERT INTO audit_seal (id, count, head) VALUES (1, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET count = excluded.count, "
                                     "head = excluded.head"));
    q.addBindValue(count);
    q.addBindValue(previous);
    return q.exec() ? QString() : q.lastError().text();
}

Result<std::vector<AuditRecord>> AuditLog::list(const QString &scopePrefix) const {
    QSqlQuery q(m_db.connection());
    const QString select = QStringLiteral("SELECT id, at, who, scope, target, field, before, "
                                          "after, previous_hash, hash FROM audit_log ");
    if (scopePrefix.isEmpty()) {
        q.prepare(select + QStringLiteral("ORDER BY id"));
    } else {
        q.prepare(select + QStringLiteral("WHERE substr(scope, 1, ?) = ? ORDER BY id"));
        q.addBindValue(scopePrefix.size());
        q.addBindValue(scopePrefix);
    }
    if (!q.exec())
        return Result<std::vector<AuditRecord>>::failure(q.lastError().text());
    std::vector<AuditRecord> out;
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toString();
        r.who = q.value(2).toString();
        r.change = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString()};
        r.previousHash = q.value(8).toString();
        r.hash = q.value(9).toString();
        out.push_back(std::move(r));
    }
    return out;
}

AuditLog::Verification AuditLog::verify(const std::function<bool(int, int)> &progress) const {
    Verification v;
    {
        if (!m_db.hasTable(QStringLiteral("audit_log"))) {
            v.message = QStringLiteral("the file predates the audit trail (opened read-only, not "
                                       "upgraded): there is nothing to verify");
            return v;
        }
    }
    auto records = list();
    if (!records) {
        v.ok = false;
        v.message = records.error();
        return v;
    }
    QString previous;
    qint64 expectedId = 1;
    for (const AuditRecord &r : *records) {
        ++v.records;
        if (r.id != expectedId) {
            v.ok = false;
            v.brokenAt = r.id;
            v.message = QStringLiteral("the audit trail is broken: record %1 is missing (the "
                                       "next is %2)")
                            .arg(expectedId)
                            .arg(r.id);
            return v;
        }
        if (r.previousHash != previous ||
            hashOf(previous, r.id, r.at, r.who, r.change,
                   m_db.backend() == Database::Backend::File) != r.hash) {
            v.ok = false;
            v.brokenAt = r.id;
            v.message = QStringLiteral("the audit trail is broken at record %1: it was changed "
                                       "after it was written")
                            .arg(r.id);
            return v;
        }
        previous = r.hash;
        ++expectedId;
    }
    QSqlQuery q(m_db.connection());
    qint64 sealed = 0;
    QString head;
    if (q.exec(QStringLiteral("SELECT count, head FROM audit_seal WHERE id = 1")) && q.next()) {
        sealed = q.value(0).toLongLong();
        head = q.value(1).toString();
    }
    if (sealed != v.records || head != previous) {
        v.ok = false;
        v.brokenAt = v.records + 1;
        v.message = QStringLiteral("the audit trail is broken: it should hold %1 records and "
                                   "holds %2; the newest were removed")
                        .arg(sealed)
                        .arg(v.records);
        return v;
    }
    // In a file the trail is append-only by triggers (schema 12 on): one missing was dropped by
    // hand, which only getting past them needs. A trail erased that way holds a consistent 0
    // records with no seal, so this is what says it.
    if (!m_db.isServer() && m_db.version() >= 12) {
        QSqlQuery t(m_db.connection());
        QStringList missing = auditTrailTriggers();
        if (t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            while (t.next())
                missing.removeAll(t.value(0).toString());
        if (!missing.isEmpty()) {
            v.ok = false;
            v.brokenAt = v.records + 1;
            v.message = QStringLiteral("the audit trail is broken: the file's guard that keeps it "
                                       "append-only was removed (%1), so records may have been "
                                       "erased; it holds %2 records")
                            .arg(missing.join(QStringLiteral(", ")))
                            .arg(v.records);
            return v;
        }
    }
    v.head = previous;
    // The chain vouches for the changes it records; the ledger, that the file holds nothing
    // else: every stored score, grade, threshold, plan field and framework is as the program
    // left it.
    if (m_db.hasTable(m_db.version() >= StateLedger::packedSince
                          ? QStringLiteral("state_digests")
                          : QStringLiteral("state_ledger"))) {
        auto mismatches =
            StateLedger(m_db, m_db.version()).verify(progress); // a read-only older file too
        if (!mismatches) {
            v.cancelled = mismatches.error() == StateLedger::cancelled();
            v.ok = false; // stopped: not vouched for (`cancelled` says it is not broken)
            v.message = mismatches.error();
            return v;
        }
        for (const auto &m : *mismatches)
            v.outside << m.text();
        if (!v.outside.isEmpty()) {
            v.ok = false;
            v.message =
                QStringLiteral("the file was changed outside ITA Planner, and the audit "
                               "trail does not account for it: %1")
                    .arg(v.outside.size() <= 5
                             ? v.outside.join(QStringLiteral("; "))
                             : QStringList(v.outside.mid(0, 5)).join(QStringLiteral("; ")) +
                                   QStringLiteral("; and %1 more").arg(v.outside.size() - 5));
            return v;
        }
    }
    v.message = QStringLiteral("the audit trail is intact: %1 records, head %2")
                    .arg(v.records)
                    .arg(previous.isEmpty() ? QStringLiteral("(none)") : previous.left(16));
    return v;
}

QString AuditLog::describe(const AuditRecord &r) {
    const AuditChange &c = r.change;
    QString text = QStringLiteral("%1 %2 %3").arg(c.scope, c.target, c.field);
    if (!c.before.isEmpty() || !c.after.isEmpty())
        text += QStringLiteral(": %1 → %2")
                    .arg(c.before.isEmpty() ? QStringLiteral("∅") : c.before,
                         c.after.isEmpty() ? QStringLiteral("∅") : c.after);
    return text + QStringLiteral(" (%1, %2)").arg(r.who, r.at);
}

std::vector<AuditChange> planChanges(const Plan &before, const Plan &after) {
    std::vector<AuditChange> out;
    const QString scope = QStringLiteral("%1 plan %2").arg(after.agency).arg(after.fiscalYear);
    auto add = [&](const QString &target, const QString &field, const QString &a,
                   const QString &b) {
        if (a != b)
            out.push_back({scope, target, field, a, b});
    };
    QStringList unitsBefore, unitsAfter;
    const auto unitText = [](const Unit &u) {
        QString t = u.name.isEmpty() ? u.abbreviation : u.abbreviation + u'=' + u.name;
        if (!u.roles.isEmpty())
            t += QStringLiteral(" [%1]").arg(u.roles.join(u' '));
        return t;
    };
    for (const Unit &u : before.units)
        unitsBefore << unitText(u);
    for (const Unit &u : after.units)
        unitsAfter << unitText(u);
    add(QStringLiteral("units"), QStringLiteral("list"), join(unitsBefore), join(unitsAfter));

    const size_t measures = std::max(before.measures.size(), after.measures.size());
    for (size_t m = 0; m < measures; ++m) {
        const Measure *a = m < before.measures.size() ? &before.measures[m] : nullptr;
        const Measure *b = m < after.measures.size() ? &after.measures[m] : nullptr;
        // An unchanged measure gives no line: not compared field by field, nor its steps (a
        // drag of one bar in a 2,000-step plan comes here, issue 28).
        if (a && b && *a == *b)
            continue;
        const QString mt = QStringLiteral("measure %1").arg(m + 1);
        if (!a) {
            add(mt, QStringLiteral("added"), QString(),
                b->title.isEmpty() ? b->codes.join(u' ') : b->title);
        } else if (!b) {
            add(mt, QStringLiteral("removed"), a->title.isEmpty() ? a->codes.join(u' ') : a->title,
                QString());
            continue;
        }
        const Measure empty;
        const Measure &x = a ? *a : empty;
        const Measure &y = *b;
        add(mt, QStringLiteral("title"), x.title, y.title);
        add(mt, QStringLiteral("items"), x.codes.join(u' '), y.codes.join(u' '));
        add(mt, QStringLiteral("monitoring"), x.monitoring.join(u'\n'), y.monitoring.join(u'\n'));
        add(mt, QStringLiteral("reporting"),
            a ? cadenceKey(x.cadence) + u' ' + x.reportTo : QString(),
            cadenceKey(y.cadence) + u' ' + y.reportTo);
        add(mt, QStringLiteral("notes"), x.notes, y.notes);
        add(mt, QStringLiteral("origin"), x.origin, y.origin);
        add(mt, QStringLiteral("draft"), join(x.draft), join(y.draft));
        const size_t steps = std::max(x.steps.size(), y.steps.size());
        for (size_t s = 0; s < steps; ++s) {
            const Step *p = s < x.steps.size() ? &x.steps[s] : nullptr;
            const Step *n = s < y.steps.size() ? &y.steps[s] : nullptr;
            if (p && n && *p == *n)
                continue;
            const QString st = QStringLiteral("%1 step %2").arg(mt).arg(s + 1);
            if (!n) {
                add(st, QStringLiteral("removed"), p->text, QString());
                continue;
            }
            if (!p)
                add(st, QStringLiteral("added"), QString(), n->text);
            const Step none;
            const Step &o = p ? *p : none;
            if (p)
                add(st, QStringLiteral("text"), o.text, n->text);
            add(st, QStringLiteral("span"), span(o), span(*n));
            add(st, QStringLiteral("units"), join(o.units), join(n->units));
            add(st, QStringLiteral("status"), p ? statusKey(o.status) : QString(),
                statusKey(n->status));
            add(st, QStringLiteral("percent"), p ? QString::number(o.percent) : QString(),
                QString::number(n->percent));
            add(st, QStringLiteral("actual_start"), date(o.actualStart), date(n->actualStart));
            add(st, QStringLiteral("actual_finish"), date(o.actualFinish), date(n->actualFinish));
            add(st, QStringLiteral("evidence"), o.evidence.join(u'\n'), n->evidence.join(u'\n'));
            add(st, QStringLiteral("draft"), join(o.draft), join(n->draft));
        }
    }
    QStringList pubBefore, pubAfter;
    auto pub = [](const OitPublication &p) {
        QString line = QStringLiteral("%1|%2|%3|%4|%5|%6")
                           .arg(p.code, p.preparer, p.collector, p.frequency, p.url(),
                                p.done ? QStringLiteral("done") : QString());
        // The checklist (schema 13), written only when there is one: older records read alike.
        for (size_t i = 1; i < p.links.size(); ++i)
            line += QStringLiteral("|link %1").arg(p.links[i].url);
        for (const OitLink &l : p.links)
            if (!l.file.isEmpty() || !l.title.isEmpty() || l.infoDate.isValid() || l.coversYear)
                line += QStringLiteral("|%1 %2 %3 %4 %5")
                            .arg(l.url, l.file, l.title, l.infoDate.toString(Qt::ISODate))
                            .arg(l.coversYear);
        if (!p.elementsDone.isEmpty())
            line += QStringLiteral("|elements %1").arg(p.elementsDone.join(u';'));
        if (!p.explanation.isEmpty())
            line += QStringLiteral("|explanation %1").arg(p.explanation);
        return line;
    };
    for (const auto &p : before.publications)
        pubBefore << pub(p);
    for (const auto &p : after.publications)
        pubAfter << pub(p);
    add(QStringLiteral("publications"), QStringLiteral("list"), pubBefore.join(u'\n'),
        pubAfter.join(u'\n'));
    add(QStringLiteral("plan"), QStringLiteral("website"), before.website, after.website);
    return out;
}

} // namespace ita
