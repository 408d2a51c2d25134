#include "FrameworkWriter.h"

#include "Csv.h"
#include "FrameworkCsv.h"

#include <nlohmann/json.hpp>

namespace ita {

namespace {

using ordered = nlohmann::ordered_json;

const QByteArray kBom("\xEF\xBB\xBF");

std::string str(const QString &text) {
    return text.toStdString();
}

ordered localized(const LocalizedText &text) {
    ordered t;
    t["th"] = str(text.th);
    if (!text.en.isEmpty())
        t["en"] = str(text.en);
    return t;
}

/// A fixed-point value as a JSON number written exactly as its decimal text.
ordered decimal(qint64 value, int decimals) {
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString text = QString::number(value / scale);
    qint64 fraction = value % scale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return ordered::parse(text.toStdString());
}

ordered score(Score s) {
    return decimal(s.hundredths(), 2);
}

QString weightText(qint64 weight) {
    return QString::fromStdString(decimal(weight, 4).dump());
}

ordered node(const Framework &fw, int index) {
    const auto &n = fw.node(index);
    ordered out;
    out["code"] = str(n.code);
    if (n.level == Level::Tool || n.weight != 10000)
        out["weight"] = decimal(n.weight, 4);
    out["title"] = localized(n.title);
    if (n.role != Role::None)
        out["role"] = str(roleKey(n.role));
    if (n.dateRule != DateRule::None)
        out["date_rule"] = str(dateRuleKey(n.dateRule));
    if (!n.elements.empty()) {
        ordered elements = ordered::array();
        for (const LocalizedText &e : n.elements)
            elements.push_back(e.en.isEmpty() ? ordered(str(e.th)) : localized(e));
        out["elements"] = elements;
    }
    if (n.level == Level::Item)
        return out;
    const char *key = "items";
    if (n.level == Level::Tool)
        key = "indicators";
    else if (n.level == Level::Indicator && !n.children.empty() &&
             fw.node(n.children.front()).level == Level::SubIndicator)
        key = "subindicators";
    ordered children = ordered::array();
    for (int c : n.children)
        children.push_back(node(fw, c));
    out[key] = children;
    return out;
}

} // namespace

QByteArray writeFrameworkJson(const Framework &fw) {
    ordered doc;
    doc["format"] = "ita-framework";
    doc["version"] = 2;
    doc["id"] = str(fw.id);
    doc["fiscal_years"] = fw.fiscalYears;
    doc["title"] = localized(fw.title);
    if (!fw.source.isEmpty())
        doc["source"] = str(fw.source);
    ordered rating;
    rating["wording"] = str(wordingKey(fw.rating.wording));
    ordered levels = ordered::array();
    for (const auto &level : fw.rating.levels) {
        ordered l;
        l["label"] = localized(level.label);
        l["min"] = score(level.minimum);
        if (level.allToolsMinimum)
            l["all_tools_min"] = score(*level.allToolsMinimum);
        l["pass"] = level.pass;
        levels.push_back(l);
    }
    rating["levels"] = levels;
    doc["rating"] = rating;
    doc["fixed_threshold"] = score(fw.fixedThreshold);
    doc["tolerance"] = score(fw.tolerance);
    if (fw.oitWindowFrom != Framework().oitWindowFrom || fw.oitWindowTo != Framework().oitWindowTo)
        doc["oit_window"] = ordered{{"from", fw.oitWindowFrom}, {"to", fw.oitWindowTo}};
    if (!fw.nodes.empty()) {
        ordered overall;
        overall["code"] = "ITA";
        overall["title"] = localized(fw.nodes.front().title);
        doc["overall"] = overall;
    }
    ordered tools = ordered::array();
    for (int t : fw.tools())
        tools.push_back(node(fw, t));
    doc["tools"] = tools;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray writeFrameworkStructureCsv(const Framework &fw) {
    QString out = csv::formatSafeRecord(
        {QStringLiteral("code"), QStringLiteral("parent"), QStringLiteral("title"),
         QStringLiteral("title_en"), QStringLiteral("weight"), QStringLiteral("role"),
         QStringLiteral("elements"), QStringLiteral("elements_en"), QStringLiteral("date_rule"),
         QStringLiteral("oit_window")});
    const std::vector<StructureRow> rows = structureRows(fw);
    for (size_t i = 0; i < rows.size(); ++i) {
        const StructureRow &r = rows[i];
        const auto &n = fw.node(int(i) + 1); // the rows follow the nodes after the overall
        const bool weighted = n.level == Level::Tool || n.weight != 10000;
        out += csv::formatSafeRecord({r.code, r.parent, r.title, r.titleEn,
                                      weighted ? weightText(n.weight) : QString(), r.role,
                                      r.elements, r.elementsEn, r.dateRule, r.oitWindow});
    }
    return kBom + out.toUtf8();
}

QByteArray writeRatingCsv(const RatingScheme &rating) {
    QString out = csv::formatSafeRecord({QStringLiteral("level"), QStringLiteral("min"),
                                         QStringLiteral("all_tools_min"),
                                         QStringLiteral("title_en"), QStringLiteral("pass")});
    for (const auto &level : rating.levels)
        out += csv::formatSafeRecord(
            {level.label.th, level.minimum.toString(),
             level.allToolsMinimum ? level.allToolsMinimum->toString() : QString(), level.label.en,
             level.pass ? QStringLiteral("yes") : QStringLiteral("no")});
    return kBom + out.toUtf8();
}

} // namespace ita
