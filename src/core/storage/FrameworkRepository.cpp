#include "FrameworkRepository.h"

#include "AssessmentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "StateLedger.h"
#include "io/FrameworkWriter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace ita {

namespace {

QString yearsText(const std::vector<int> &years) {
    QStringList out;
    for (int y : years)
        out << QString::number(y);
    return out.join(QStringLiteral(", "));
}

QString levelText(const RatingLevel &l) {
    QString text = QStringLiteral("%1 ≥ %2").arg(l.label.th, l.minimum.toString());
    if (l.allToolsMinimum)
        text += QStringLiteral(", every tool ≥ %1").arg(l.allToolsMinimum->toString());
    if (!l.label.en.isEmpty())
        text += QStringLiteral(" (%1)").arg(l.label.en);
    if (l.pass)
        text += QStringLiteral(", pass");
    return text;
}

QString ratingText(const RatingScheme &r) {
    QStringList levels;
    for (const auto &l : r.levels)
        levels << levelText(l);
    return wordingKey(r.wording) + QStringLiteral(": ") + levels.join(QStringLiteral("; "));
}

QString weightText(qint64 w) {
    return QString::number(double(w) / 10000.0, 'f', 4);
}

} // namespace

std::vector<AuditChange> frameworkChanges(const Framework *before, const Framework &after) {
    const QString scope = QStringLiteral("framework %1").arg(after.id);
    std::vector<AuditChange> out;
    const auto add = [&](const QString &target, const QString &field, const QString &was,
                         const QString &now) {
        if (was != now)
            out.push_back({scope, target, field, was, now});
    };
    if (!before) {
        out.push_back({scope, QStringLiteral("framework"), QStringLiteral("created"), QString(),
                       QStringLiteral("%1 nodes, years %2")
                           .arg(after.nodes.size())
                           .arg(yearsText(after.fiscalYears))});
        return out;
    }
    const QString fw = QStringLiteral("framework");
    add(fw, QStringLiteral("title"), before->title.th, after.title.th);
    add(fw, QStringLiteral("title_en"), before->title.en, after.title.en);
    add(fw, QStringLiteral("years"), yearsText(before->fiscalYears), yearsText(after.fiscalYears));
    add(fw, QStringLiteral("source"), before->source, after.source);
    add(fw, QStringLiteral("fixed threshold"), before->fixedThreshold.toString(),
        after.fixedThreshold.toString());
    add(fw, QStringLiteral("tolerance"), before->tolerance.toString(), after.tolerance.toString());
    add(fw, QStringLiteral("rating"), ratingText(before->rating), ratingText(after.rating));
    for (const auto &n : after.nodes) {
        const int i = before->indexOf(n.code);
        if (i < 0) {
            add(n.code, QStringLiteral("added"), QString(),
                QStringLiteral("%1 under %2: %3")
                    .arg(levelKey(n.level), after.node(n.parent).code, n.title.th));
            continue;
        }
        const auto &b = before->node(i);
        add(n.code, QStringLiteral("title"), b.title.th, n.title.th);
        add(n.code, QStringLiteral("title_en"), b.title.en, n.title.en);
        add(n.code, QStringLiteral("weight"), weightText(b.weight), weightText(n.weight));
        add(n.code, QStringLiteral("role"), roleKey(b.role), roleKey(n.role));
        if (b.parent >= 0 && n.parent >= 0)
            add(n.code, QStringLiteral("parent"), before->node(b.parent).code,
                after.node(n.parent).code);
    }
    // The order of a node's children (the manual's order, which reports follow).
    for (const auto &n : after.nodes) {
        const int i = before->indexOf(n.code);
        if (i < 0)
            continue;
        QStringList was, now;
        for (int c : before->node(i).children)
            was << before->node(c).code;
        for (int c : n.children)
            now << after.node(c).code;
        if (was != now &&
            QSet<QString>(was.begin(), was.end()) == QSet<QString>(now.begin(), now.end()))
            add(n.code, QStringLiteral("order"), was.join(u' '), now.join(u' '));
    }
    for (const auto &b : before->nodes)
        if (after.indexOf(b.code) < 0)
            add(b.code, QStringLiteral("removed"),
                QStringLiteral("%1: %2").arg(levelKey(b.level), b.title.th), QString());
    return out;
}

Result<Framework> FrameworkRepository::readStored(const Database &db, const QString &id,
                                                  const QByteArray &definition, bool checked) {
    const QString source = tr("framework %1").arg(id);
    auto fw =
        checked ? readFramework(definition, source) : readFrameworkUnchecked(definition, source);
    if (!fw)
        return Result<Framework>::failure(Database::damaged(db.path(), fw.error()));
    return fw;
}

Result<std::vector<FrameworkRepository::Entry>> FrameworkRepository::list() const {
    using R = Result<std::vector<Entry>>;
    std::map<QString, QStringList> usedBy;
    QSqlQuery uses(m_db.connection());
    if (!uses.exec(QStringLiteral("SELECT a.framework_id, g.name, a.fiscal_year FROM assessments a "
                                  "JOIN agencies g ON g.id = a.agency_id ORDER BY g.name, "
                                  "a.fiscal_year")))
        return R::failure(uses.lastError().text());
    while (uses.next())
        usedBy[uses.value(0).toString()]
            << QStringLiteral("%1 %2").arg(uses.value(1).toString()).arg(uses.value(2).toInt());

    std::vector<Entry> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, definition FROM frameworks ORDER BY id")))
        return R::failure(q.lastError().text());
    QSet<QString> ids;
    while (q.next()) {
        const QString id = q.value(0).toString();
        auto fw = readStored(m_db, id, q.value(1).toString().toUtf8(), false);
        if (!fw)
            return R::failure(fw.error());
        ids.insert(id.toUpper());
        out.push_back({fw.take(), true, usedBy[id]});
    }
    for (const Framework *fw : FrameworkRegistry::builtIn().all())
        if (!ids.contains(fw->id.toUpper()))
            out.push_back({*fw, false, usedBy[fw->id]});
    return out;
}

Result<FrameworkRegistry> FrameworkRepository::registry() const {
    auto entries = list();
    if (!entries)
        return Result<FrameworkRegistry>::failure(entries.error());
    FrameworkRegistry r;
    // The file's frameworks come first, so a year the file claims finds the file's.
    for (auto &e : *entries)
        r.add(e.framework, writeFrameworkJson(e.framework));
    return r;
}

Result<Framework> FrameworkRepository::find(const QString &id) const {
    auto entries = list();
    if (!entries)
        return Result<Framework>::failure(entries.error());
    for (auto &e : *entries)
        if (e.framework.id.compare(id, Qt::CaseInsensitive) == 0)
            return e.framework;
    return Result<Framework>::failure(
        tr("%1: framework \"%2\" is neither stored in the file nor built in").arg(m_db.path(), id));
}

std::vector<FrameworkProblem> FrameworkRepository::problems(const Framework &framework) const {
    std::vector<FrameworkProblem> out = checkFramework(framework);
    auto entries = list();
    if (!entries) {
        // Unreadable stored frameworks would hide their year claims: say so, store nothing.
        out.push_back(
            {{},
             {QStringLiteral("อ่านกรอบการประเมินที่บันทึกในแฟ้มไม่ได้: %1").arg(entries.error()),
              QStringLiteral("the file's frameworks cannot be read: %1").arg(entries.error())},
             FrameworkProblem::Area::Identity});
        return out;
    }
    std::vector<const Framework *> others;
    for (const auto &e : *entries) {
        if (!e.stored) // the file's own claims decide; a built-in year can be taken over
            continue;
        others.push_back(&e.framework);
        // Ids are compared without letter case everywhere; one spelling per framework.
        if (e.framework.id != framework.id &&
            e.framework.id.compare(framework.id, Qt::CaseInsensitive) == 0)
            out.push_back(
                {{},
                 {QStringLiteral("แฟ้มมีกรอบการประเมิน %1 อยู่แล้ว ใช้รหัสนั้นหรือรหัสอื่น").arg(e.framework.id),
                  QStringLiteral("the file already holds framework %1: use that id, or "
                                 "another")
                      .arg(e.framework.id)},
                 FrameworkProblem::Area::Identity});
    }
    for (auto &p : checkYearClaims(framework, others))
        out.push_back(p);
    return out;
}

Result<QStringList> FrameworkRepository::detachedScores(const QString &id,
                                                        const Framework &after) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT s.code, g.name, a.fiscal_year FROM score_nodes s JOIN assessments a ON "
        "a.id = s.assessment_id JOIN agencies g ON g.id = a.agency_id WHERE a.framework_id = ? "
        "AND (s.stated_score IS NOT NULL OR s.stated_grade <> '') ORDER BY s.code, g.name"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QStringList>::failure(q.lastError().text());
    std::map<QString, QStringList> lost;
    while (q.next()) {
        QString code = q.value(0).toString();
        // A sub-item (I18.1) stays attached while its item does.
        const QString owner =
            code.contains(u'.') && !code.front().isDigit() ? code.section(u'.', 0, 0) : code;
        if (after.indexOf(owner) >= 0)
            continue;
        lost[code] << QStringLiteral("%1 %2").arg(q.value(1).toString()).arg(q.value(2).toInt());
    }
    QStringList out;
    for (const auto &[code, where] : lost)
        out << QStringLiteral("%1 (%2)").arg(code, where.join(QStringLiteral(", ")));
    // A stated level the new scheme no longer has would lose its meaning too.
    QSqlQuery g(m_db.connection());
    g.prepare(QStringLiteral(
        "SELECT DISTINCT s.stated_grade, g.name, a.fiscal_year FROM score_nodes s JOIN "
        "assessments a ON a.id = s.assessment_id JOIN agencies g ON g.id = a.agency_id WHERE "
        "a.framework_id = ? AND s.stated_grade <> '' ORDER BY s.stated_grade, g.name"));
    g.addBindValue(id);
    if (!g.exec())
        return Result<QStringList>::failure(g.lastError().text());
    std::map<QString, QStringList> unknown;
    while (g.next())
        if (after.rating.canonical(g.value(0).toString()).isEmpty())
            unknown[g.value(0).toString()]
                << QStringLiteral("%1 %2").arg(g.value(1).toString()).arg(g.value(2).toInt());
    for (const auto &[level, where] : unknown)
        out << tr("level %1 (%2)").arg(level, where.join(QStringLiteral(", ")));
    return out;
}

namespace {
/// Whether two definitions compute every score alike: the same nodes in the same tree with the
/// same weights (titles, roles and the rating do not enter the computed scores).
bool computesAlike(const Framework &a, const Framework &b) {
    if (a.nodes.size() != b.nodes.size())
        return false;
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        const Framework::Node &x = a.nodes[i];
        const Framework::Node &y = b.nodes[i];
        if (x.code != y.code || x.level != y.level || x.parent != y.parent || x.weight != y.weight)
            return false;
    }
    return true;
}
} // namespace

QString FrameworkRepository::save(const Framework &framework) {
    return m_db.transact([&]() -> QString {
        if (const auto found = problems(framework); !found.empty()) {
            QStringList lines;
            for (const auto &p : found)
                lines << p.text(false);
            return tr("framework %1 was not stored: %2")
                .arg(framework.id, lines.join(QStringLiteral("; ")));
        }
        std::optional<Framework> before;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT definition FROM frameworks WHERE id = ?"));
        q.addBindValue(framework.id);
        if (!q.exec())
            return q.lastError().text();
        if (q.next()) {
            auto fw = readStored(m_db, framework.id, q.value(0).toString().toUtf8(), false);
            if (!fw)
                return fw.error();
            before = fw.take();
        }
        auto detached = detachedScores(framework.id, framework);
        if (!detached)
            return detached.error();
        if (!detached->isEmpty())
            return tr("framework %1 was not stored: stored scores would lose their place. "
                      "Remove them first, or keep these codes and levels: %2")
                .arg(framework.id, detached->join(QStringLiteral("; ")));
        m_db.touch(StateLedger::frameworkKey(framework.id));
        const auto changes = frameworkChanges(before ? &*before : nullptr, framework);
        if (changes.empty())
            return QString();
        q.prepare(
            QStringLiteral("INSERT INTO frameworks (id, definition) VALUES (?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET definition = excluded.definition"));
        q.addBindValue(framework.id);
        q.addBindValue(QString::fromUtf8(writeFrameworkJson(framework)));
        if (!q.exec())
            return q.lastError().text();
        // The computed scores stored with the assessments of this framework (the file's
        // `computed_score`, for whoever reads the file with SQL) follow a change of what they
        // are computed from: the tree and its weights.
        if (before && !computesAlike(*before, framework))
            if (QString e = AssessmentRepository(m_db).refreshComputedOf(framework.id);
                !e.isEmpty())
                return e;
        return AuditLog(m_db).append(changes);
    });
}

} // namespace ita
