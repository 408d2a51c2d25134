#include "FrameworkReader.h"

#include "JsonUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <set>

namespace ita {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ita::FrameworkReader", text);
}

struct Reader {
    QString source;
    QString error;
    Framework fw;
    std::set<QString> codes;

    bool fail(const QString &path, const QString &problem) {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2: %3").arg(source, path, problem);
        return false;
    }

    bool text(const nlohmann::json &obj, const QString &path, LocalizedText &out) {
        if (!obj.contains("title"))
            return fail(path, tr("missing \"title\""));
        const auto &t = obj["title"];
        if (!t.is_object() || !t.contains("th") || !t["th"].is_string())
            return fail(path + QStringLiteral(".title"),
                        tr("expected an object with a Thai text \"th\" (and \"en\")"));
        out.th = json::toQString(t["th"]);
        if (t.contains("en") && t["en"].is_string())
            out.en = json::toQString(t["en"]);
        return true;
    }

    bool code(const nlohmann::json &obj, const QString &path, const QRegularExpression &pattern,
              QString &out) {
        if (!obj.is_object())
            return fail(path, tr("expected an object"));
        if (!obj.contains("code") || !obj["code"].is_string())
            return fail(path, tr("missing \"code\""));
        out = json::toQString(obj["code"]).trimmed().toUpper();
        if (!pattern.match(out).hasMatch())
            return fail(path + QStringLiteral(".code"),
                        tr("\"%1\" is not a valid code here").arg(out));
        if (!codes.insert(out).second)
            return fail(path + QStringLiteral(".code"), tr("code \"%1\" appears twice").arg(out));
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
        static const QRegularExpression itemCode(QStringLiteral("^[A-Z]+[0-9]+$"));
        if (!owner.contains("items") || !owner["items"].is_array() || owner["items"].empty())
            return fail(path, tr("needs a non-empty \"items\" list"));
        int i = 0;
        for (const auto &item : owner["items"]) {
            const QString p = QStringLiteral("%1.items[%2]").arg(path).arg(i++);
            QString c;
            LocalizedText t;
            if (!code(item, p, itemCode, c) || !text(item, p, t))
                return false;
            addNode(c, Level::Item, t, parent);
        }
        return true;
    }

    bool read(const nlohmann::json &doc) {
        static const QRegularExpression toolCode(QStringLiteral("^[A-Z]{2,5}$"));
        static const QRegularExpression indicatorCode(QStringLiteral("^[0-9]+$"));
        static const QRegularExpression subCode(QStringLiteral("^[0-9]+\\.[0-9]+$"));
        if (!doc.is_object())
            return fail(QStringLiteral("$"), tr("expected a JSON object"));
        if (doc.value("format", std::string()) != "ita-framework")
            return fail(QStringLiteral("format"), tr("not an ITA framework file "
                                                     "(expected \"format\": \"ita-framework\")"));
        if (!doc.contains("version") || !doc["version"].is_number_integer() ||
            doc["version"].get<int>() != 1)
            return fail(QStringLiteral("version"),
                        tr("unsupported version (this program reads version 1)"));
        if (!doc.contains("id") || !doc["id"].is_string() || doc["id"].get<std::string>().empty())
            return fail(QStringLiteral("id"), tr("missing framework id"));
        fw.id = json::toQString(doc["id"]);
        if (!doc.contains("fiscal_years") || !doc["fiscal_years"].is_array() ||
            doc["fiscal_years"].empty())
            return fail(QStringLiteral("fiscal_years"),
                        tr("expected a list of Buddhist Era years"));
        for (const auto &y : doc["fiscal_years"]) {
            if (!y.is_number_integer() || y.get<int>() < 2500 || y.get<int>() > 2700)
                return fail(QStringLiteral("fiscal_years"),
                            tr("years are Buddhist Era integers such as 2564"));
            fw.fiscalYears.push_back(y.get<int>());
        }
        if (!text(doc, QStringLiteral("$"), fw.title))
            return false;

        if (!doc.contains("grades") || !doc["grades"].is_array() || doc["grades"].empty())
            return fail(QStringLiteral("grades"), tr("needs a non-empty list of grade bands"));
        int g = 0;
        for (const auto &band : doc["grades"]) {
            const QString p = QStringLiteral("grades[%1]").arg(g++);
            if (!band.is_object() || !band.contains("grade") || !band["grade"].is_string())
                return fail(p, tr("expected {\"grade\": …, \"min\": …}"));
            const auto minText =
                band.contains("min") ? json::decimalText(band["min"]) : std::nullopt;
            const auto min = minText ? Score::parse(*minText) : std::nullopt;
            if (!min || !min->value.inRange())
                return fail(p + QStringLiteral(".min"), tr("expected a score from 0 to 100"));
            if (!fw.grades.empty() && !(min->value < fw.grades.back().minimum))
                return fail(p, tr("grade bands must be listed from the highest down"));
            fw.grades.push_back({json::toQString(band["grade"]).trimmed().toUpper(), min->value});
        }
        if (fw.grades.back().minimum != Score())
            return fail(QStringLiteral("grades"), tr("the lowest band must start at 0"));

        for (const char *key : {"fixed_threshold", "tolerance"}) {
            if (!doc.contains(key))
                continue;
            const auto t = json::decimalText(doc[key]);
            const auto v = t ? Score::parse(*t) : std::nullopt;
            if (!v || !v->value.inRange())
                return fail(QString::fromLatin1(key), tr("expected a score from 0 to 100"));
            (std::string(key) == "tolerance" ? fw.tolerance : fw.fixedThreshold) = v->value;
        }

        LocalizedText overallTitle{QStringLiteral("คะแนนภาพรวม"), QStringLiteral("Overall score")};
        QString overallCode = QStringLiteral("ITA");
        if (doc.contains("overall") && doc["overall"].is_object()) {
            if (!text(doc["overall"], QStringLiteral("overall"), overallTitle))
                return false;
        }
        codes.insert(overallCode);
        addNode(overallCode, Level::Overall, overallTitle, -1);

        if (!doc.contains("tools") || !doc["tools"].is_array() || doc["tools"].empty())
            return fail(QStringLiteral("tools"), tr("needs a non-empty list of tools"));
        qint64 totalWeight = 0;
        int t = 0;
        for (const auto &tool : doc["tools"]) {
            const QString p = QStringLiteral("tools[%1]").arg(t++);
            QString c;
            LocalizedText title;
            if (!code(tool, p, toolCode, c) || !text(tool, p, title))
                return false;
            const auto wText =
                tool.contains("weight") ? json::decimalText(tool["weight"]) : std::nullopt;
            const auto weight = wText ? parseFixedPoint(*wText, 4) : std::nullopt;
            if (!weight || *weight <= 0 || *weight > 10000)
                return fail(p + QStringLiteral(".weight"),
                            tr("expected a weight between 0 and 1, such as 0.30"));
            totalWeight += *weight;
            const int toolIndex = addNode(c, Level::Tool, title, 0);
            fw.nodes[size_t(toolIndex)].weight = *weight;
            if (!tool.contains("indicators") || !tool["indicators"].is_array() ||
                tool["indicators"].empty())
                return fail(p, tr("needs a non-empty \"indicators\" list"));
            int n = 0;
            for (const auto &ind : tool["indicators"]) {
                const QString ip = QStringLiteral("%1.indicators[%2]").arg(p).arg(n++);
                if (!code(ind, ip, indicatorCode, c) || !text(ind, ip, title))
                    return false;
                const int indIndex = addNode(c, Level::Indicator, title, toolIndex);
                if (ind.contains("subindicators")) {
                    if (!ind["subindicators"].is_array() || ind["subindicators"].empty())
                        return fail(ip, tr("\"subindicators\" must be a non-empty list"));
                    int s = 0;
                    for (const auto &sub : ind["subindicators"]) {
                        const QString sp = QStringLiteral("%1.subindicators[%2]").arg(ip).arg(s++);
                        if (!code(sub, sp, subCode, c) || !text(sub, sp, title))
                            return false;
                        const int subIndex = addNode(c, Level::SubIndicator, title, indIndex);
                        if (!items(sub, sp, subIndex))
                            return false;
                    }
                } else if (!items(ind, ip, indIndex)) {
                    return false;
                }
            }
        }
        if (totalWeight != 10000)
            return fail(QStringLiteral("tools"), tr("tool weights must add up to 1 (they add up "
                                                    "to %1)")
                                                     .arg(double(totalWeight) / 10000.0));
        fw.buildIndex();
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

Result<Framework> readFramework(const QByteArray &json, const QString &source) {
    // Whatever the reader above missed, a value of an unexpected type is refused with a
    // message, never thrown out of it (found by fuzzing).
    try {
        return readFrameworkUnguarded(json, source);
    } catch (const nlohmann::json::exception &e) {
        return Result<Framework>::failure(QStringLiteral("%1: a value has the wrong type: %2")
                                              .arg(source, QString::fromUtf8(e.what())));
    }
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
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
}

Result<const Framework *> resolveFramework(const FrameworkRegistry &registry, int yearBE,
                                           const QString &explicitId) {
    if (!explicitId.isEmpty()) {
        if (const Framework *fw = registry.byId(explicitId))
            return fw;
        return Result<const Framework *>::failure(
            tr("unknown framework \"%1\"; available: %2")
                .arg(explicitId, registry.describeAvailable()));
    }
    if (const Framework *fw = registry.forYear(yearBE))
        return fw;
    return Result<const Framework *>::failure(
        tr("no framework for fiscal year %1; available: %2 (add a file to data/frameworks or "
           "name one with --framework)")
            .arg(yearBE)
            .arg(registry.describeAvailable()));
}

} // namespace ita
