#include "PlanJson.h"
#include "domain/ItemCodes.h"
#include "domain/Library.h"

#include "FrameworkReader.h"
#include "JsonFields.h"
#include "JsonUtil.h"
#include "ScoreRows.h"

#include <QSet>

namespace ita {

namespace {

using ojson = nlohmann::ordered_json;

using Reader = json::FieldReader;

ojson textOrNull(const QString &t) {
    return ojson(json::toStd(t));
}

ojson stringList(const QStringList &list) {
    auto a = ojson::array();
    for (const QString &s : list)
        a.push_back(json::toStd(s));
    return a;
}

ojson dateOrNull(const QDate &d) {
    return d.isValid() ? ojson(json::toStd(d.toString(Qt::ISODate))) : ojson(nullptr);
}

/// A "draft" list: each key one of `allowed`, once.
QStringList draftList(Reader &r, const nlohmann::json &obj, const QString &where,
                      std::initializer_list<const char16_t *> allowed) {
    QStringList out;
    for (const QString &key : r.list(obj, "draft", where)) {
        bool known = false;
        for (const char16_t *a : allowed)
            known = known || key == QStringView(a);
        if (!known)
            r.error(where, QStringLiteral("\"draft\" names \"%1\", which is not a field that "
                                          "can be drafted here")
                               .arg(key));
        else if (!out.contains(key))
            out << key;
    }
    return out;
}

} // namespace

static PlanImport readPlanJsonUnguarded(const QByteArray &bytes, const QString &fileName,
                                        const FrameworkRegistry &registry) {
    PlanImport out;
    Reader r(fileName, out.diagnostics);
    QString parseError;
    int errorLine = 0;
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const auto doc = json::parse(body, &parseError, &errorLine);
    if (!doc) {
        r.line = errorLine;
        r.error(QString(), parseError);
        return out;
    }
    r.line = 1;
    if (!doc->is_object() || doc->value("format", std::string()) != "ita-planner-plan" ||
        !doc->contains("version") || !(*doc)["version"].is_number_integer() ||
        (*doc)["version"].get<int>() != 1) {
        r.error(QString(), QStringLiteral("not an ITA Planner plan version 1 (expected \"format\": "
                                          "\"ita-planner-plan\", \"version\": 1)"));
        return out;
    }
    Plan &plan = out.plan;
    plan.agency = r.text(*doc, "agency", QString()).simplified();
    if (plan.agency.isEmpty())
        r.error(QString(), QStringLiteral("the plan needs an \"agency\""));
    plan.fiscalYear = r.integer(*doc, "fiscal_year", QString(), 2400, 2800, 0);
    plan.basedOnYear = r.integer(*doc, "based_on_year", QString(), 2400, 2800, plan.fiscalYear - 1);
    plan.website = r.text(*doc, "website", QString()).trimmed();
    if (plan.fiscalYear == 0) {
        r.error(QString(), QStringLiteral("the plan needs a \"fiscal_year\" (Buddhist Era)"));
        return out;
    }
    const Framework *fw = registry.forYear(plan.basedOnYear);
    if (!fw)
        r.error(QString(), QStringLiteral("no framework for fiscal year %1, which the plan answers")
                               .arg(plan.basedOnYear));

    QSet<QString> unitNames;
    if (doc->contains("units") && (*doc)["units"].is_array()) {
        for (const auto &u : (*doc)["units"]) {
            if (!u.is_object()) {
                r.error(QStringLiteral("units"), QStringLiteral("each unit is an object"));
                continue;
            }
            Unit unit{r.text(u, "abbreviation", QStringLiteral("units")).simplified(),
                      r.text(u, "name", QStringLiteral("units")),
                      r.list(u, "roles", QStringLiteral("units"))};
            for (const QString &role : unit.roles)
                if (!unitRoleFromKey(role))
                    r.error(QStringLiteral("units"),
                            QStringLiteral("unit \"%1\": role \"%2\" is not one of the library's "
                                           "roles")
                                .arg(unit.abbreviation, role));
            if (unit.abbreviation.isEmpty())
                r.error(QStringLiteral("units"),
                        QStringLiteral("a unit needs an \"abbreviation\""));
            else if (unitNames.contains(unit.abbreviation))
                r.error(QStringLiteral("units"),
                        QStringLiteral("unit \"%1\" is listed twice").arg(unit.abbreviation));
            else {
                unitNames.insert(unit.abbreviation);
                plan.units.push_back(unit);
            }
        }
    }

    const std::vector<int> measureLines = json::arrayElementLines(body, "measures");
    if (doc->contains("measures") && !(*doc)["measures"].is_array())
        r.error(QStringLiteral("measures"), QStringLiteral("must be a list"));
    size_t mIndex = 0;
    for (const auto &m : doc->value("measures", nlohmann::json::array())) {
        r.line = mIndex < measureLines.size() ? measureLines[mIndex] : 1;
        const QString where = QStringLiteral("measures[%1]").arg(mIndex++);
        if (!m.is_object()) {
            r.error(where, QStringLiteral("each measure is an object"));
            continue;
        }
        Measure measure;
        measure.title = r.text(m, "title", where);
        for (const QString &raw : r.list(m, "codes", where)) {
            const QString code = codes::normalise(raw);
            QString problem;
            if (fw && !codes::check(*fw, code, &problem))
                r.error(where, problem);
            else
                measure.codes << code;
        }
        int sIndex = 0;
        for (const auto &s : m.value("steps", nlohmann::json::array())) {
            const QString sw = QStringLiteral("%1.steps[%2]").arg(where).arg(sIndex++);
            if (!s.is_object()) {
                r.error(sw, QStringLiteral("each step is an object"));
                continue;
            }
            Step step;
            step.text = r.text(s, "text", sw);
            step.startMonth = r.integer(s, "start_month", sw, 1, 24, 0);
            step.endMonth = r.integer(s, "end_month", sw, 1, 24, 0);
            if ((step.startMonth == 0) != (step.endMonth == 0) ||
                (step.startMonth > 0 && step.endMonth < step.startMonth))
                r.error(sw, QStringLiteral("a span needs start_month ≤ end_month (fiscal months, "
                                           "1 = October)"));
            step.units = r.list(s, "units", sw);
            for (const QString &u : step.units)
                if (!unitNames.contains(u))
                    r.error(sw, QStringLiteral("unit \"%1\" is not in the plan's units").arg(u));
            const QString status = r.text(s, "status", sw);
            if (!status.isEmpty()) {
                if (auto st = statusFromKey(status))
                    step.status = *st;
                else
                    r.error(sw, QStringLiteral("status \"%1\" is not one of not_started, "
                                               "in_progress, done, cancelled")
                                    .arg(status));
            }
            step.percent = r.integer(s, "percent", sw, 0, 100, 0);
            step.actualStart = r.date(s, "actual_start", sw);
            step.actualFinish = r.date(s, "actual_finish", sw);
            step.evidence = r.list(s, "evidence", sw);
            step.draft =
                draftList(r, s, sw, {draftField::text, draftField::span, draftField::units});
            measure.steps.push_back(step);
        }
        measure.monitoring = r.list(m, "monitoring", where);
        if (m.contains("reporting") && m["reporting"].is_object()) {
            const QString cadence = r.text(m["reporting"], "cadence", where);
            if (!cadence.isEmpty()) {
                if (auto c = cadenceFromKey(cadence))
                    measure.cadence = *c;
                else
                    r.error(where, QStringLiteral("cadence \"%1\" is not one of quarterly, "
                                                  "semiannual, yearly")
                                       .arg(cadence));
            }
            measure.reportTo = r.text(m["reporting"], "to", where);
        }
        measure.notes = r.text(m, "notes", where);
        measure.draft = draftList(
            r, m, where,
            {draftField::title, draftField::codes, draftField::monitoring, draftField::reporting});
        measure.origin = r.text(m, "origin", where);
        plan.measures.push_back(measure);
    }

    r.line = 1;
    QSet<QString> published;
    for (const auto &p : doc->value("oit_publications", nlohmann::json::array())) {
        if (!p.is_object())
            continue;
        OitPublication pub;
        pub.code = codes::normalise(r.text(p, "code", QStringLiteral("oit_publications")));
        QString problem;
        if (fw && (!codes::check(*fw, pub.code, &problem) || !pub.code.startsWith(u'O')))
            r.error(QStringLiteral("oit_publications"),
                    QStringLiteral("\"%1\" is not an OIT item of %2").arg(pub.code, fw->id));
        if (published.contains(pub.code))
            r.error(QStringLiteral("oit_publications"),
                    QStringLiteral("%1 is listed twice").arg(pub.code));
        published.insert(pub.code);
        pub.preparer = r.text(p, "preparer", QStringLiteral("oit_publications"));
        pub.collector = r.text(p, "collector", QStringLiteral("oit_publications"));
        pub.frequency = r.text(p, "frequency", QStringLiteral("oit_publications"));
        const QString where = QStringLiteral("oit_publications %1").arg(pub.code);
        const QString url = r.text(p, "url", where);
        if (p.contains("links") && p["links"].is_array()) {
            for (const auto &l : p["links"]) {
                if (!l.is_object()) {
                    r.error(where, QStringLiteral("each of \"links\" is an object"));
                    continue;
                }
                OitLink link;
                link.url = r.text(l, "url", where).trimmed();
                link.file = r.text(l, "file", where);
                link.title = r.text(l, "title", where);
                link.infoDate = r.date(l, "date", where);
                link.coversYear = r.integer(l, "covers_year", where, 2400, 2800, 0);
                if (link.url.isEmpty() && link.file.isEmpty())
                    r.error(where, QStringLiteral("a link needs a \"url\" or a \"file\""));
                pub.links.push_back(link);
            }
            if (!url.isEmpty() && url != pub.url())
                r.error(where,
                        QStringLiteral("\"url\" is not the first of \"links\" (%1)").arg(url));
        } else {
            pub.setUrl(url.trimmed());
        }
        pub.elementsDone = r.list(p, "elements_done", where);
        pub.explanation = r.text(p, "explanation", where);
        pub.done = p.value("done", false);
        plan.publications.push_back(pub);
    }
    return out;
}

PlanImport readPlanJson(const QByteArray &bytes, const QString &fileName,
                        const FrameworkRegistry &registry) {
    return json::guarded<PlanImport>(
        fileName, [&] { return readPlanJsonUnguarded(bytes, fileName, registry); });
}

static RecommendationsImport readRecommendationsJsonUnguarded(const QByteArray &bytes,
                                                              const QString &fileName,
                                                              const FrameworkRegistry &registry) {
    RecommendationsImport out;
    Reader r(fileName, out.diagnostics);
    QString parseError;
    int errorLine = 0;
    const auto doc = json::parse(bytes, &parseError, &errorLine);
    if (!doc) {
        r.line = errorLine;
        r.error(QString(), parseError);
        return out;
    }
    r.line = 1;
    if (!doc->is_object() || doc->value("format", std::string()) != "ita-planner-recommendations") {
        r.error(QString(), QStringLiteral("not an ITA Planner recommendations file"));
        return out;
    }
    out.agency = r.text(*doc, "agency", QString()).simplified();
    out.fiscalYear = r.integer(*doc, "fiscal_year", QString(), 2400, 2800, 0);
    const Framework *fw = registry.forYear(out.fiscalYear);
    const std::vector<int> lines = json::arrayElementLines(bytes, "recommendations");
    size_t i = 0;
    for (const auto &item : doc->value("recommendations", nlohmann::json::array())) {
        r.line = i < lines.size() ? lines[i] : 1;
        const QString where = QStringLiteral("recommendations[%1]").arg(i++);
        Recommendation rec{codes::normalise(r.text(item, "code", where)),
                           r.text(item, "text", where)};
        QString problem;
        if (!rec.code.isEmpty() && fw && !codes::check(*fw, rec.code, &problem))
            r.error(where, problem);
        if (rec.text.trimmed().isEmpty())
            r.error(where, QStringLiteral("a recommendation needs its \"text\""));
        out.recommendations.push_back(rec);
    }
    return out;
}

RecommendationsImport readRecommendationsJson(const QByteArray &bytes, const QString &fileName,
                                              const FrameworkRegistry &registry) {
    // Whatever the reader above missed, a value of an unexpected type is refused with a
    // message, never thrown out of it (found by fuzzing).
    try {
        return readRecommendationsJsonUnguarded(bytes, fileName, registry);
    } catch (const nlohmann::json::exception &e) {
        RecommendationsImport result;
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, fileName, 1,
             QStringLiteral("a value has the wrong type: %1").arg(QString::fromUtf8(e.what()))});
        return result;
    }
}

QByteArray writePlanJson(const Plan &plan) {
    ojson doc;
    doc["format"] = "ita-planner-plan";
    doc["version"] = 1;
    doc["agency"] = json::toStd(plan.agency);
    doc["fiscal_year"] = plan.fiscalYear;
    doc["based_on_year"] = plan.basedOnYear;
    if (!plan.website.isEmpty())
        doc["website"] = json::toStd(plan.website);
    auto units = ojson::array();
    for (const auto &u : plan.units) {
        ojson ju = {{"abbreviation", json::toStd(u.abbreviation)}, {"name", json::toStd(u.name)}};
        if (!u.roles.isEmpty())
            ju["roles"] = stringList(u.roles);
        units.push_back(ju);
    }
    doc["units"] = units;
    auto measures = ojson::array();
    for (const auto &m : plan.measures) {
        ojson jm;
        jm["title"] = textOrNull(m.title);
        jm["codes"] = stringList(m.codes);
        auto steps = ojson::array();
        for (const auto &s : m.steps) {
            ojson js;
            js["text"] = json::toStd(s.text);
            js["start_month"] = s.startMonth > 0 ? ojson(s.startMonth) : ojson(nullptr);
            js["end_month"] = s.endMonth > 0 ? ojson(s.endMonth) : ojson(nullptr);
            js["units"] = stringList(s.units);
            js["status"] = json::toStd(statusKey(s.status));
            js["percent"] = s.percent;
            js["actual_start"] = dateOrNull(s.actualStart);
            js["actual_finish"] = dateOrNull(s.actualFinish);
            js["evidence"] = stringList(s.evidence);
            if (!s.draft.isEmpty())
                js["draft"] = stringList(s.draft);
            steps.push_back(js);
        }
        jm["steps"] = steps;
        jm["monitoring"] = stringList(m.monitoring);
        jm["reporting"] = {{"cadence", json::toStd(cadenceKey(m.cadence))},
                           {"to", json::toStd(m.reportTo)}};
        jm["notes"] = json::toStd(m.notes);
        if (!m.draft.isEmpty())
            jm["draft"] = stringList(m.draft);
        if (!m.origin.isEmpty())
            jm["origin"] = json::toStd(m.origin);
        measures.push_back(jm);
    }
    doc["measures"] = measures;
    auto pubs = ojson::array();
    for (const auto &p : plan.publications) {
        ojson jp = {
            {"code", json::toStd(p.code)},           {"preparer", json::toStd(p.preparer)},
            {"collector", json::toStd(p.collector)}, {"frequency", json::toStd(p.frequency)},
            {"url", json::toStd(p.url())},           {"done", p.done}};
        // The checklist's fields, written when there is more than the one address: a plan
        // without one reads as it did before schema 13.
        const bool moreThanUrl =
            p.links.size() > 1 ||
            (p.links.size() == 1 && !(p.links[0] == OitLink{p.links[0].url, {}, {}, {}, 0}));
        if (moreThanUrl) {
            auto links = ojson::array();
            for (const OitLink &l : p.links) {
                ojson jl = {{"url", json::toStd(l.url)}};
                if (!l.file.isEmpty())
                    jl["file"] = json::toStd(l.file);
                if (!l.title.isEmpty())
                    jl["title"] = json::toStd(l.title);
                if (l.infoDate.isValid())
                    jl["date"] = dateOrNull(l.infoDate);
                if (l.coversYear)
                    jl["covers_year"] = l.coversYear;
                links.push_back(jl);
            }
            jp["links"] = links;
        }
        if (!p.elementsDone.isEmpty())
            jp["elements_done"] = stringList(p.elementsDone);
        if (!p.explanation.isEmpty())
            jp["explanation"] = json::toStd(p.explanation);
        pubs.push_back(jp);
    }
    doc["oit_publications"] = pubs;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace ita
