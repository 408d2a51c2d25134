#include "FrameworkReader.h"

#include "JsonUtil.h"
#include "domain/FrameworkCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ita {

namespace {

/// This file's messages, under one context for lupdate and the program alike.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(ita::FrameworkReader)
};

struct Reader {
    QString source;
    QString error;
    Framework fw;

    bool fail(const QString &path, const QString &problem) {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2: %3").arg(source, path, problem);
        return false;
    }

    bool text(const nlohmann::json &obj, const QString &path, LocalizedText &out,
              const char *key = "title") {
        if (!obj.contains(key))
            return fail(path, Messages::tr("missing \"%1\"").arg(QString::fromLatin1(key)));
        const auto &t = obj[key];
        if (!t.is_object() || !t.contains("th") || !t["th"].is_string())
            return fail(path + u'.' + QString::fromLatin1(key),
                        Messages::tr("expected an object with a Thai text \"th\" (and \"en\")"));
        out.th = json::toQString(t["th"]).trimmed();
        if (t.contains("en") && t["en"].is_string())
            out.en = json::toQString(t["en"]).trimmed();
        return true;
    }

    bool code(const nlohmann::json &obj, const QString &path, QString &out) {
        if (!obj.is_object())
            return fail(path, Messages::tr("expected an object"));
        if (!obj.contains("code") || !obj["code"].is_string())
            return fail(path, Messages::tr("missing \"code\""));
        out = json::toQString(obj["code"]).trimmed().toUpper();
        return true;
    }

    bool score(const nlohmann::json &value, const QString &path, Score &out) {
        const auto t = json::decimalText(value);
        const auto v = t ? Score::parse(*t) : std::nullopt;
        if (!v || !v->value.inRange())
            return fail(path, Messages::tr("expected a score from 0 to 100"));
        out = v->value;
        return true;
    }

    /// A relative weight below the tools ("weight": 2 counts a node twice among its
    /// siblings); absent: 1.
    bool relativeWeight(const nlohmann::json &obj, const QString &path, int index) {
        if (!obj.contains("weight"))
            return true;
        const auto text = json::decimalText(obj["weight"]);
        const auto w = text ? parseFixedPoint(*text, 4) : std::nullopt;
        if (!w || *w <= 0)
            return fail(path + QStringLiteral(".weight"),
                        Messages::tr("expected a weight above 0"));
        fw.nodes[size_t(index)].weight = *w;
        return true;
    }

    int addNode(const QString &code, Level level, const LocalizedText &title, int parent) {
        Framework::Node n;
        n.code = code;
        n.level = level;
        n.title = title;
        n.parent = parent;
        fw.nodes.push_back(n);
        const int index = int(fw.nodes.size()) - 1;
        if (parent >= 0)
            fw.nodes[size_t(parent)].children.push_back(index);
        return index;
    }

    bool items(const nlohmann::json &owner, const QString &path, int parent) {
        if (!owner.contains("items") || !owner["items"].is_array())
            return fail(path, Messages::tr("needs a non-empty \"items\" list"));
        int i = 0;
        for (const auto &item : owner["items"]) {
            const QString p = QStringLiteral("%1.items[%2]").arg(path).arg(i++);
            QString c;
            LocalizedText t;
            if (!code(item, p, c) || !text(item, p, t))
                return false;
            const int index = addNode(c, Level::Item, t, parent);
            if (!relativeWeight(item, p, index))
                return false;
            if (item.contains("role")) {
                const auto role = item["role"].is_string()
                                      ? roleFromKey(json::toQString(item["role"]))
                                      : std::nullopt;
                if (!role)
                    return fail(p + QStringLiteral(".role"),
                                Messages::tr("a role is \"analysis\" or \"implementation\""));
                fw.nodes[size_t(index)].role = *role;
            }
            if (!oitChecklist(item, p, index))
                return false;
        }
        return true;
    }

    /// An OIT item's information elements ("elements": texts, or objects with "th" and "en")
    /// and its date rule ("date_rule": "assessed_year" or "previous_year").
    bool oitChecklist(const nlohmann::json &item, const QString &p, int index) {
        Framework::Node &n = fw.nodes[size_t(index)];
        if (item.contains("date_rule")) {
            const auto rule = item["date_rule"].is_string()
                                  ? dateRuleFromKey(json::toQString(item["date_rule"]))
                                  : std::nullopt;
            if (!rule)
                return fail(p + QStringLiteral(".date_rule"),
                            Messages::tr("a date rule is \"assessed_year\" or \"previous_year\""));
            n.dateRule = *rule;
        }
        if (!item.contains("elements"))
            return true;
        if (!item["elements"].is_array())
            return fail(p + QStringLiteral(".elements"), Messages::tr("expected a list"));
        int e = 0;
        for (const auto &element : item["elements"]) {
            const QString ep = QStringLiteral("%1.elements[%2]").arg(p).arg(e++);
            LocalizedText t;
            if (element.is_string()) {
                t.th = json::toQString(element).simplified();
            } else if (element.is_object() && element.contains("th") && element["th"].is_string()) {
                t.th = json::toQString(element["th"]).simplified();
                if (element.contains("en") && element["en"].is_string())
                    t.en = json::toQString(element["en"]).simplified();
            } else {
                return fail(ep, Messages::tr("expected a text or {\"th\": …, \"en\": …}"));
            }
            if (t.th.isEmpty())
                return fail(ep, Messages::tr("an element needs its Thai text"));
            n.elements.push_back(t);
        }
        return true;
    }

    /// Version 1 files list "grades" (AA–F): each is a level, passing from the fixed
    /// threshold up, worded as a grade.
    bool grades(const nlohmann::json &doc) {
        if (!doc.contains("grades") || !doc["grades"].is_array() || doc["grades"].empty())
            return fail(QStringLiteral("grades"),
                        Messages::tr("needs a non-empty list of grade bands"));
        fw.rating.wording = RatingScheme::Wording::Grade;
        int g = 0;
        for (const auto &band : doc["grades"]) {
            const QString p = QStringLiteral("grades[%1]").arg(g++);
            if (!band.is_object() || !band.contains("grade") || !band["grade"].is_string())
                return fail(p, Messages::tr("expected {\"grade\": …, \"min\": …}"));
            RatingLevel level;
            level.label.th = json::toQString(band["grade"]).trimmed().toUpper();
            level.label.en = level.label.th; // a letter grade reads the same in English
            if (!score(band.contains("min") ? band["min"] : nlohmann::json(), p + ".min",
                       level.minimum))
                return false;
            fw.rating.levels.push_back(level);
        }
        return true;
    }

    bool rating(const nlohmann::json &doc) {
        if (!doc.contains("rating") || !doc["rating"].is_object())
            return fail(QStringLiteral("rating"), Messages::tr("expected a rating scheme object"));
        const auto &r = doc["rating"];
        const std::string wording = r.value("wording", std::string("grade"));
        if (wording != "grade" && wording != "result")
            return fail(QStringLiteral("rating.wording"),
                        Messages::tr("is \"grade\" or \"result\""));
        fw.rating.wording =
            wording == "grade" ? RatingScheme::Wording::Grade : RatingScheme::Wording::Result;
        if (!r.contains("levels") || !r["levels"].is_array() || r["levels"].empty())
            return fail(QStringLiteral("rating.levels"),
                        Messages::tr("needs a non-empty list of levels"));
        int i = 0;
        for (const auto &l : r["levels"]) {
            const QString p = QStringLiteral("rating.levels[%1]").arg(i++);
            if (!l.is_object())
                return fail(p, Messages::tr("expected an object"));
            RatingLevel level;
            if (!text(l, p, level.label, "label") ||
                !score(l.contains("min") ? l["min"] : nlohmann::json(), p + ".min", level.minimum))
                return false;
            if (l.contains("all_tools_min") && !l["all_tools_min"].is_null()) {
                Score min;
                if (!score(l["all_tools_min"], p + ".all_tools_min", min))
                    return false;
                level.allToolsMinimum = min;
            }
            if (l.contains("pass") && !l["pass"].is_boolean())
                return fail(p + ".pass", Messages::tr("expected true or false"));
            level.pass = l.value("pass", false);
            fw.rating.levels.push_back(level);
        }
        return true;
    }

    bool read(const nlohmann::json &doc) {
        if (!doc.is_object())
            return fail(QStringLiteral("$"), Messages::tr("expected a JSON object"));
        if (doc.value("format", std::string()) != "ita-framework")
            return fail(QStringLiteral("format"),
                        Messages::tr("not an ITA framework file "
                                     "(expected \"format\": \"ita-framework\")"));
        const int version = doc.contains("version") && doc["version"].is_number_integer()
                                ? doc["version"].get<int>()
                                : 0;
        if (version != 1 && version != 2)
            return fail(QStringLiteral("version"),
                        Messages::tr("unsupported version (this program reads versions 1 and 2)"));
        if (!doc.contains("id") || !doc["id"].is_string())
            return fail(QStringLiteral("id"), Messages::tr("missing framework id"));
        fw.id = json::toQString(doc["id"]).trimmed();
        if (!doc.contains("fiscal_years") || !doc["fiscal_years"].is_array())
            return fail(QStringLiteral("fiscal_years"),
                        Messages::tr("expected a list of Buddhist Era years"));
        for (const auto &y : doc["fiscal_years"]) {
            if (!y.is_number_integer())
                return fail(QStringLiteral("fiscal_years"),
                            Messages::tr("years are Buddhist Era integers such as 2564"));
            fw.fiscalYears.push_back(y.get<int>());
        }
        if (!text(doc, QStringLiteral("$"), fw.title))
            return false;
        if (doc.contains("source") && doc["source"].is_string())
            fw.source = json::toQString(doc["source"]);
        if (!(version == 1 ? grades(doc) : rating(doc)))
            return false;
        for (const char *key : {"fixed_threshold", "tolerance"}) {
            if (doc.contains(key) &&
                !score(doc[key], QString::fromLatin1(key),
                       std::string(key) == "tolerance" ? fw.tolerance : fw.fixedThreshold))
                return false;
        }
        if (doc.contains("oit_window")) {
            const auto &w = doc["oit_window"];
            const auto month = [&](const char *key, int &into) {
                if (!w.is_object() || !w.contains(key) || !w[key].is_number_integer() ||
                    w[key].get<int>() < 1 || w[key].get<int>() > 12)
                    return fail(QStringLiteral("oit_window"),
                                Messages::tr("expected {\"from\": M, \"to\": M}, fiscal months "
                                             "1–12 (1 = October; the NACC's window has been "
                                             "6–7, March and April)"));
                into = w[key].get<int>();
                return true;
            };
            if (!month("from", fw.oitWindowFrom) || !month("to", fw.oitWindowTo))
                return false;
            if (fw.oitWindowFrom > fw.oitWindowTo)
                return fail(QStringLiteral("oit_window"),
                            Messages::tr("the window ends before it begins"));
        }
        if (version == 1) // a version 1 grade passes from the fixed threshold up
            for (auto &level : fw.rating.levels)
                level.pass = level.minimum >= fw.fixedThreshold;

        LocalizedText overallTitle{QStringLiteral("คะแนนภาพรวม"), QStringLiteral("Overall score")};
        if (doc.contains("overall") && doc["overall"].is_object()) {
            if (!text(doc["overall"], QStringLiteral("overall"), overallTitle))
                return false;
        }
        addNode(QStringLiteral("ITA"), Level::Overall, overallTitle, -1);

        if (!doc.contains("tools") || !doc["tools"].is_array() || doc["tools"].empty())
            return fail(QStringLiteral("tools"), Messages::tr("needs a non-empty list of tools"));
        int t = 0;
        for (const auto &tool : doc["tools"]) {
            const QString p = QStringLiteral("tools[%1]").arg(t++);
            QString c;
            LocalizedText title;
            if (!code(tool, p, c) || !text(tool, p, title))
                return false;
            const auto wText =
                tool.contains("weight") ? json::decimalText(tool["weight"]) : std::nullopt;
            const auto weight = wText ? parseFixedPoint(*wText, 4) : std::nullopt;
            if (!weight)
                return fail(p + QStringLiteral(".weight"),
                            Messages::tr("expected a weight between 0 and 1, such as 0.30"));
            const int toolIndex = addNode(c, Level::Tool, title, 0);
            fw.nodes[size_t(toolIndex)].weight = *weight;
            if (!tool.contains("indicators") || !tool["indicators"].is_array())
                return fail(p, Messages::tr("needs a non-empty \"indicators\" list"));
            int n = 0;
            for (const auto &ind : tool["indicators"]) {
                const QString ip = QStringLiteral("%1.indicators[%2]").arg(p).arg(n++);
                if (!code(ind, ip, c) || !text(ind, ip, title))
                    return false;
                const int indIndex = addNode(c, Level::Indicator, title, toolIndex);
                if (!relativeWeight(ind, ip, indIndex))
                    return false;
                if (ind.contains("subindicators")) {
                    if (!ind["subindicators"].is_array())
                        return fail(ip, Messages::tr("\"subindicators\" must be a list"));
                    int s = 0;
                    for (const auto &sub : ind["subindicators"]) {
                        const QString sp = QStringLiteral("%1.subindicators[%2]").arg(ip).arg(s++);
                        if (!code(sub, sp, c) || !text(sub, sp, title))
                            return false;
                        const int subIndex = addNode(c, Level::SubIndicator, title, indIndex);
                        if (!relativeWeight(sub, sp, subIndex))
                            return false;
                        if (!items(sub, sp, subIndex))
                            return false;
                    }
                } else if (!items(ind, ip, indIndex)) {
                    return false;
                }
            }
        }
        fw.buildIndex();
        // Version 1 was written for the FY2562–2565 design, where O42 is the published
        // analysis and measures and O43 the report on carrying them out.
        if (version == 1) {
            for (const auto &[code, role] :
                 {std::pair{QStringLiteral("O42"), Role::Analysis},
                  std::pair{QStringLiteral("O43"), Role::Implementation}}) {
                const int i = fw.indexOf(code);
                if (i >= 0 && fw.node(i).level == Level::Item && fw.codeFor(role).isEmpty())
                    fw.nodes[size_t(i)].role = role;
            }
        }
        return true;
    }
};

} // namespace

static Result<Framework> readFrameworkUnguarded(const QByteArray &json, const QString &source) {
    QString parseError;
    int line = 0;
    const auto doc = json::parse(json, &parseError, &line);
    if (!doc)
        return Result<Framework>::failure(
            QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(parseError));
    Reader reader;
    reader.source = source;
    if (!reader.read(*doc))
        return Result<Framework>::failure(reader.error);
    return reader.fw;
}

static Result<Framework> guarded(const QByteArray &json, const QString &source) {
    // Whatever the reader above missed, a value of an unexpected type is refused with a
    // message, never thrown out of it (found by fuzzing).
    try {
        return readFrameworkUnguarded(json, source);
    } catch (const nlohmann::json::exception &e) {
        return Result<Framework>::failure(QStringLiteral("%1: a value has the wrong type: %2")
                                              .arg(source, QString::fromUtf8(e.what())));
    }
}

Result<Framework> readFrameworkUnchecked(const QByteArray &json, const QString &source) {
    return guarded(json, source);
}

Result<Framework> readFramework(const QByteArray &json, const QString &source) {
    auto fw = guarded(json, source);
    if (!fw)
        return fw;
    const auto problems = checkFramework(*fw);
    if (!problems.empty())
        return Result<Framework>::failure(describeProblems(source, problems));
    return fw;
}

QString describeProblems(const QString &source, const std::vector<FrameworkProblem> &problems,
                         bool thai) {
    QStringList lines;
    for (const auto &p : problems)
        lines << QStringLiteral("%1: %2").arg(source, p.text(thai));
    return lines.join(u'\n');
}

const FrameworkRegistry &FrameworkRegistry::builtIn() {
    static const FrameworkRegistry registry = [] {
        FrameworkRegistry r;
        const QStringList problems = r.addFolder(QStringLiteral(":/frameworks"));
        if (!problems.isEmpty())
            qFatal("built-in framework refused: %s", qPrintable(problems.join(u'\n')));
        return r;
    }();
    return registry;
}

QStringList FrameworkRegistry::addFolder(const QString &folder) {
    QStringList problems;
    const QDir dir(folder);
    const auto files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("%1: %2").arg(info.filePath(), file.errorString());
            continue;
        }
        const QByteArray data = file.readAll();
        auto fw = readFramework(data, info.filePath());
        if (!fw) {
            problems << fw.error();
            continue;
        }
        add(fw.take(), data);
    }
    return problems;
}

void FrameworkRegistry::add(Framework framework, QByteArray definition) {
    for (auto &entry : m_entries) {
        if (entry.framework.id == framework.id) {
            entry = {std::move(framework), std::move(definition)};
            return;
        }
    }
    m_entries.push_back({std::move(framework), std::move(definition)});
}

const Framework *FrameworkRegistry::byId(const QString &id) const {
    for (const auto &entry : m_entries)
        if (entry.framework.id.compare(id, Qt::CaseInsensitive) == 0)
            return &entry.framework;
    return nullptr;
}

const Framework *FrameworkRegistry::forYear(int yearBE) const {
    for (const auto &entry : m_entries)
        for (int y : entry.framework.fiscalYears)
            if (y == yearBE)
                return &entry.framework;
    return nullptr;
}

QByteArray FrameworkRegistry::definition(const QString &id) const {
    for (const auto &entry : m_entries)
        if (entry.framework.id.compare(id, Qt::CaseInsensitive) == 0)
            return entry.definition;
    return {};
}

std::vector<const Framework *> FrameworkRegistry::all() const {
    std::vector<const Framework *> list;
    for (const auto &entry : m_entries)
        list.push_back(&entry.framework);
    return list;
}

QString FrameworkRegistry::describeAvailable() const {
    QStringList parts;
    for (const auto &entry : m_entries) {
        QStringList years;
        for (int y : entry.framework.fiscalYears)
            years << QString::number(y);
        parts << QStringLiteral("%1 (%2)").arg(entry.framework.id,
                                               years.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? Messages::tr("none") : parts.join(QStringLiteral("; "));
}

Result<const Framework *> resolveFramework(const FrameworkRegistry &registry, int yearBE,
                                           const QString &explicitId) {
    if (!explicitId.isEmpty()) {
        if (const Framework *fw = registry.byId(explicitId))
            return fw;
        return Result<const Framework *>::failure(
            Messages::tr("unknown framework \"%1\"; available: %2")
                .arg(explicitId, registry.describeAvailable()));
    }
    if (const Framework *fw = registry.forYear(yearBE))
        return fw;
    return Result<const Framework *>::failure(
        Messages::tr(
            "no framework for fiscal year %1; available: %2 (build it with 'framework new' or "
            "'framework import', or in the program with File → New Framework…)")
            .arg(yearBE)
            .arg(registry.describeAvailable()));
}

} // namespace ita
