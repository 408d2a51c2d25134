#include "LibraryJson.h"

#include "FrameworkReader.h"
#include "JsonFields.h"
#include "JsonUtil.h"
#include "domain/ItemCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace ita {

namespace {

using ojson = nlohmann::ordered_json;

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::LibraryJson)
};

/// One entry's reading: every problem is said with the entry's line and where in it.
using Reader = json::FieldReader;

QString unknownPlaceholder(const QString &found) {
    return Messages::tr("%1 is not a placeholder the library knows (write {year}, {year-1}, "
                        "{year+1} or {agency})")
        .arg(found);
}

ojson localizedJson(const LocalizedText &t) {
    ojson o = ojson::object();
    o["th"] = json::toStd(t.th);
    if (!t.en.isEmpty())
        o["en"] = json::toStd(t.en);
    return o;
}

ojson textList(const QStringList &list) {
    auto a = ojson::array();
    for (const QString &s : list)
        a.push_back(json::toStd(s));
    return a;
}

} // namespace

LibraryEntry readLibraryEntry(json::FieldReader &r, const nlohmann::json &e, const QString &where,
                              const FrameworkRegistry &registry, QHash<QString, int> &seen,
                              const std::vector<int> &stepLines) {
    LibraryEntry entry;
    entry.id = r.text(e, "id", where).trimmed();
    const QString at = entry.id.isEmpty() ? where : entry.id;
    if (entry.id.isEmpty())
        r.error(where, Messages::tr("an entry needs an \"id\""));
    else if (seen.contains(entry.id))
        r.error(at,
                Messages::tr("the id is given twice (first on line %1)").arg(seen.value(entry.id)));
    else
        seen.insert(entry.id, r.line);
    entry.title = r.localized(e, "title", at);
    if (entry.title.th.isEmpty())
        r.error(at, Messages::tr("an entry needs a Thai \"title\""));

    // What it answers.
    const nlohmann::json answers = e.value("answers", nlohmann::json::object());
    const QString aw = at + QStringLiteral(".answers");
    for (const QString &t : r.list(answers, "themes", at + QStringLiteral(".answers"))) {
        bool ok = false;
        const int theme = t.toInt(&ok);
        if (!ok || theme < 1 || theme > 10)
            r.error(aw, Messages::tr("theme \"%1\" is not an indicator theme 1–10").arg(t));
        else
            entry.targets.themes.push_back(theme);
    }
    entry.targets.subIndicators = r.list(answers, "subindicators", aw);
    for (const QString &key : r.list(answers, "roles", aw)) {
        const auto role = roleFromKey(key);
        if (!role || *role == Role::None)
            r.error(aw, Messages::tr("item role \"%1\" is not one of analysis, "
                                     "implementation")
                            .arg(key));
        else
            entry.targets.roles.push_back(*role);
    }
    entry.targets.keywords = r.list(answers, "keywords", aw);
    entry.targets.framework = r.text(answers, "framework", aw);
    const QStringList codes = r.list(answers, "codes", aw);
    if (!codes.isEmpty()) {
        const Framework *fw = registry.byId(entry.targets.framework);
        if (!fw)
            r.error(aw, entry.targets.framework.isEmpty()
                            ? Messages::tr("codes need the \"framework\" they belong to")
                            : Messages::tr("codes of framework \"%1\", which this program "
                                           "does not know")
                                  .arg(entry.targets.framework));
        for (const QString &raw : codes) {
            const QString code = codes::normalise(raw);
            QString problem;
            if (fw && !codes::check(*fw, code, &problem))
                r.error(aw, problem);
            entry.targets.codes << code;
        }
    }
    if (entry.targets == LibraryTargets())
        r.error(aw, Messages::tr("an entry needs something it answers: themes, "
                                 "subindicators, roles, keywords or codes"));

    // Buckets.
    if (e.contains("buckets")) {
        entry.suitsUrgent = entry.suitsImprove = entry.suitsMaintain = false;
        for (const QString &b : r.list(e, "buckets", at)) {
            if (b == u"urgent")
                entry.suitsUrgent = true;
            else if (b == u"improve")
                entry.suitsImprove = true;
            else if (b == u"maintain")
                entry.suitsMaintain = true;
            else
                r.error(at,
                        Messages::tr("bucket \"%1\" is not urgent, improve or maintain").arg(b));
        }
    }

    // Steps.
    int s = 0;
    const int entryLine = r.line;
    for (const auto &st : e.value("steps", nlohmann::json::array())) {
        if (size_t(s) < stepLines.size())
            r.line = stepLines[size_t(s)];
        const QString sw = QStringLiteral("%1.steps[%2]").arg(at).arg(s++);
        if (!st.is_object()) {
            r.error(sw, Messages::tr("each step is an object"));
            continue;
        }
        LibraryStep step;
        step.text = r.text(st, "text", sw).trimmed();
        if (step.text.isEmpty())
            r.error(sw, Messages::tr("a step needs a \"text\""));
        else if (const QString p = unknownLibraryPlaceholder(step.text); !p.isEmpty())
            r.error(sw, unknownPlaceholder(p));
        const QString timing = r.text(st, "timing", sw);
        if (auto t = parseStepTiming(timing))
            step.timing = *t;
        else
            r.error(sw, Messages::tr("timing \"%1\" is not within the fiscal year (write Q1–Q4, "
                                     "Q1-Q2, M1–M12, M3-M5, before_oit_window, "
                                     "after_approval or whole_year)")
                            .arg(timing));
        for (const QString &key : r.list(st, "roles", sw)) {
            if (auto role = unitRoleFromKey(key))
                step.roles.push_back(*role);
            else
                r.error(sw, Messages::tr("unit role \"%1\" is not one of the library's roles "
                                         "(%2)")
                                .arg(key, [] {
                                    QStringList keys;
                                    for (UnitRole u : allUnitRoles())
                                        keys << unitRoleKey(u);
                                    return keys.join(QStringLiteral(", "));
                                }()));
        }
        if (step.roles.empty())
            r.error(sw, Messages::tr("a step needs the \"roles\" responsible for it"));
        entry.steps.push_back(step);
    }
    r.line = entryLine;
    if (entry.steps.empty())
        r.error(at, Messages::tr("an entry needs at least one step"));
    entry.monitoring = r.list(e, "monitoring", at);
    for (const QString &line : entry.monitoring)
        if (const QString p = unknownLibraryPlaceholder(line); !p.isEmpty())
            r.error(at + QStringLiteral(".monitoring"), unknownPlaceholder(p));

    // Reporting and source.
    const nlohmann::json reporting = e.value("reporting", nlohmann::json::object());
    const QString cadence = r.text(reporting, "cadence", at + QStringLiteral(".reporting"));
    if (!cadence.isEmpty()) {
        if (auto c = cadenceFromKey(cadence))
            entry.cadence = *c;
        else
            r.error(
                at,
                Messages::tr("cadence \"%1\" is not quarterly, semiannual or yearly").arg(cadence));
    }
    entry.reportTo = r.text(reporting, "to", at + QStringLiteral(".reporting"));
    const nlohmann::json source = e.value("source", nlohmann::json::object());
    const QString kind = r.text(source, "kind", at + QStringLiteral(".source"));
    if (!kind.isEmpty()) {
        if (auto k = librarySourceFromKey(kind))
            entry.source = *k;
        else
            r.error(at, Messages::tr("source \"%1\" is not sample_plan, nacc, agency_plan, "
                                     "shared, group or example")
                            .arg(kind));
    }
    entry.sourceDetail = r.text(source, "detail", at + QStringLiteral(".source"));
    entry.notes = r.text(e, "notes", at);
    return entry;
}

static LibraryImport readLibraryJsonUnguarded(const QByteArray &bytes, const QString &fileName,
                                              const FrameworkRegistry &registry) {
    LibraryImport out;
    Reader r(fileName, out.diagnostics);
    r.textLimit = kLibraryTextLimit;
    r.limitHint = Messages::tr("a step is a sentence or two of the plan's table");
    r.wholeNumbersAsText = true;
    QString parseError;
    int errorLine = 0;
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const auto doc = json::parse(body, &parseError, &errorLine);
    if (!doc) {
        r.line = errorLine;
        r.error(QString(), parseError);
        return out;
    }
    if (!doc->is_object() || doc->value("format", std::string()) != "ita-planner-library" ||
        !doc->contains("version") || !(*doc)["version"].is_number_integer() ||
        (*doc)["version"].get<int>() != 1) {
        r.error(QString(), Messages::tr("not an ITA Planner measures library version 1 (expected "
                                        "\"format\": \"ita-planner-library\", \"version\": 1)"));
        return out;
    }
    Library &library = out.library;
    library.title = r.localized(*doc, "title", QStringLiteral("title"));
    library.source = r.text(*doc, "source", QString());
    if (!doc->contains("entries") || !(*doc)["entries"].is_array()) {
        r.error(QStringLiteral("entries"), Messages::tr("the library needs a list \"entries\""));
        return out;
    }
    const std::vector<int> lines = json::arrayElementLines(body, "entries");
    QHash<QString, int> seen; // id → line
    size_t index = 0;
    for (const auto &e : (*doc)["entries"]) {
        r.line = index < lines.size() ? lines[index] : 1;
        const QString where = QStringLiteral("entries[%1]").arg(index++);
        if (!e.is_object()) {
            r.error(where, Messages::tr("each entry is an object"));
            continue;
        }
        library.entries.push_back(readLibraryEntry(r, e, where, registry, seen, {}));
    }
    return out;
}

LibraryImport readLibraryJson(const QByteArray &bytes, const QString &fileName,
                              const FrameworkRegistry &registry) {
    return json::guarded<LibraryImport>(
        fileName, [&] { return readLibraryJsonUnguarded(bytes, fileName, registry); });
}

namespace {
ojson entryJson(const LibraryEntry &e) {
    ojson o = ojson::object();
    o["id"] = json::toStd(e.id);
    o["title"] = localizedJson(e.title);
    ojson answers = ojson::object();
    if (!e.targets.themes.empty())
        answers["themes"] = e.targets.themes;
    if (!e.targets.subIndicators.isEmpty())
        answers["subindicators"] = textList(e.targets.subIndicators);
    if (!e.targets.roles.empty()) {
        auto roles = ojson::array();
        for (Role role : e.targets.roles)
            roles.push_back(json::toStd(roleKey(role)));
        answers["roles"] = roles;
    }
    if (!e.targets.keywords.isEmpty())
        answers["keywords"] = textList(e.targets.keywords);
    if (!e.targets.framework.isEmpty())
        answers["framework"] = json::toStd(e.targets.framework);
    if (!e.targets.codes.isEmpty())
        answers["codes"] = textList(e.targets.codes);
    o["answers"] = answers;
    auto buckets = ojson::array();
    if (e.suitsUrgent)
        buckets.push_back("urgent");
    if (e.suitsImprove)
        buckets.push_back("improve");
    if (e.suitsMaintain)
        buckets.push_back("maintain");
    o["buckets"] = buckets;
    auto steps = ojson::array();
    for (const LibraryStep &s : e.steps) {
        ojson step = ojson::object();
        step["text"] = json::toStd(s.text);
        step["timing"] = json::toStd(stepTimingText(s.timing));
        auto roles = ojson::array();
        for (UnitRole role : s.roles)
            roles.push_back(json::toStd(unitRoleKey(role)));
        step["roles"] = roles;
        steps.push_back(step);
    }
    o["steps"] = steps;
    o["monitoring"] = textList(e.monitoring);
    o["reporting"] =
        ojson{{"cadence", json::toStd(cadenceKey(e.cadence))}, {"to", json::toStd(e.reportTo)}};
    o["source"] = ojson{{"kind", json::toStd(librarySourceKey(e.source))},
                        {"detail", json::toStd(e.sourceDetail)}};
    if (!e.notes.isEmpty())
        o["notes"] = json::toStd(e.notes);
    return o;
}
} // namespace

QByteArray writeLibraryJson(const Library &library) {
    ojson doc = ojson::object();
    doc["format"] = "ita-planner-library";
    doc["version"] = 1;
    doc["title"] = localizedJson(library.title);
    doc["source"] = json::toStd(library.source);
    auto entries = ojson::array();
    for (const LibraryEntry &e : library.entries)
        entries.push_back(entryJson(e));
    doc["entries"] = entries;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray writeLibraryEntryJson(const LibraryEntry &entry) {
    return QByteArray::fromStdString(entryJson(entry).dump());
}

Result<LibraryEntry> readLibraryEntryJson(const QByteArray &json, const QString &where,
                                          const FrameworkRegistry &registry) {
    const QByteArray doc =
        "{\"format\": \"ita-planner-library\", \"version\": 1, \"entries\": [" + json + "]}";
    LibraryImport read = readLibraryJson(doc, where, registry);
    if (!read.ok() || read.library.entries.size() != 1) {
        QStringList problems;
        for (const Diagnostic &d : read.diagnostics)
            problems << d.message;
        return Result<LibraryEntry>::failure(problems.join(QStringLiteral("; ")));
    }
    return std::move(read.library.entries.front());
}

const Library &bundledLibrary() {
    static const Library library = [] {
        QFile file(QStringLiteral(":/library/measures.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled measures library is missing");
        const LibraryImport read =
            readLibraryJson(file.readAll(), file.fileName(), FrameworkRegistry::builtIn());
        if (!read.ok()) {
            QStringList problems;
            for (const Diagnostic &d : read.diagnostics)
                problems << d.toString();
            qFatal("the bundled measures library is refused: %s", qPrintable(problems.join(u'\n')));
        }
        return read.library;
    }();
    return library;
}

} // namespace ita
