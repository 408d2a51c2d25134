#include "AnalysisWriters.h"

#include "Csv.h"
#include "JsonUtil.h"
#include "analysis/Summary.h"

#include <nlohmann/json.hpp>

namespace ita::writers {

namespace {

using ojson = nlohmann::ordered_json;

ojson number(const std::optional<Score> &s) {
    return s ? ojson(s->toDouble()) : ojson(nullptr);
}

ojson numberOrText(const QString &text, bool asText) {
    if (text.isEmpty())
        return ojson(nullptr);
    if (asText)
        return ojson(json::toStd(text));
    const auto s = Score::parse(text);
    return s ? ojson(s->value.toDouble()) : ojson(json::toStd(text));
}

} // namespace

QByteArray classificationJson(const Assessment &assessment, const Analysis &analysis) {
    ojson doc;
    doc["agency"] = json::toStd(assessment.agency);
    doc["year"] = assessment.fiscalYear;
    doc["framework"] = json::toStd(assessment.frameworkId);
    doc["overall"] = number(analysis.overall);
    doc["threshold"] = analysis.maintainThreshold.toDouble();
    doc["fixed"] = analysis.fixedThreshold.toDouble();
    auto rows = ojson::array();
    for (const auto &n : analysis.nodes) {
        if (!n.isClassified())
            continue;
        ojson row;
        row["code"] = json::toStd(n.code);
        row["level"] = json::toStd(levelKey(n.level));
        row["title"] = json::toStd(n.title);
        row["score"] = number(n.used);
        row["grade"] = n.grade.isEmpty() ? ojson(nullptr) : ojson(json::toStd(n.grade));
        row["bucket"] =
            n.bucket == Bucket::None ? ojson(nullptr) : ojson(json::toStd(bucketKey(n.bucket)));
        rows.push_back(row);
    }
    doc["rows"] = rows;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray classificationCsv(const Analysis &analysis) {
    QString out = csv::formatRecord({QStringLiteral("code"), QStringLiteral("level"),
                                     QStringLiteral("title"), QStringLiteral("score"),
                                     QStringLiteral("grade"), QStringLiteral("bucket")});
    for (const auto &n : analysis.nodes) {
        if (!n.isClassified())
            continue;
        out += csv::formatSafeRecord({n.code, levelKey(n.level), n.title,
                                      n.used ? n.used->toString() : QString(), n.grade,
                                      bucketKey(n.bucket)});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString classificationTable(const Assessment &assessment, const Analysis &analysis, bool thai) {
    QString out;
    const QString overall = analysis.overall ? analysis.overall->toString() : QStringLiteral("—");
    const QString overallGrade = analysis.nodes.empty() ? QString() : analysis.nodes.front().grade;
    out += (thai ? QStringLiteral("%1 · ปีงบประมาณ พ.ศ. %2 · กรอบการประเมิน %3\n")
                 : QStringLiteral("%1 · fiscal year %2 (BE) · framework %3\n"))
               .arg(assessment.agency)
               .arg(assessment.fiscalYear)
               .arg(assessment.frameworkId);
    out += (thai ? QStringLiteral("คะแนนภาพรวม %1 ระดับ %2 · รักษาระดับ ≥ %3 · เร่งด่วน < %4\n\n")
                 : QStringLiteral("Overall %1 grade %2 · maintain ≥ %3 · urgent < %4\n\n"))
               .arg(overall, overallGrade, analysis.maintainThreshold.toString(),
                    analysis.fixedThreshold.toString());
    out += QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(thai ? QStringLiteral("รหัส") : QStringLiteral("code"), -8)
               .arg(thai ? QStringLiteral("คะแนน") : QStringLiteral("score"), 7)
               .arg(thai ? QStringLiteral("ระดับ") : QStringLiteral("grade"), -5)
               .arg(thai ? QStringLiteral("กลุ่ม") : QStringLiteral("bucket"), -10)
               .arg(thai ? QStringLiteral("ประเด็น") : QStringLiteral("title"));
    for (const auto &n : analysis.nodes) {
        if (!n.isClassified())
            continue;
        const QString indent = n.level == Level::Indicator ? QString()
                               : n.level == Level::Item    ? QStringLiteral("  ")
                                                           : QStringLiteral("    ");
        const QString bucket = n.bucket == Bucket::None
                                   ? QStringLiteral("—")
                                   : bucketMark(n.bucket) + u' ' + bucketKey(n.bucket);
        QString title = n.level == Level::Indicator ? levelTitle(n.level).in(thai) + u' ' + n.code +
                                                          u' ' + n.frameworkTitle.in(thai)
                                                    : n.title;
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(indent + n.code, -8)
                   .arg(n.used ? n.used->toString() : QStringLiteral("—"), 7)
                   .arg(n.grade, -5)
                   .arg(bucket, -10)
                   .arg(title);
    }
    out += u'\n' + summaryText(analysis, thai);
    return out;
}

QString summaryText(const Analysis &analysis, bool thai) {
    QString out;
    Bucket current = Bucket::None;
    QString currentTool;
    for (const auto &line : summarise(analysis)) {
        if (line.bucket != current) {
            current = line.bucket;
            currentTool.clear();
            const LocalizedText title = bucketTitle(current);
            QString rule;
            if (current == Bucket::Maintain)
                rule = thai ? QStringLiteral("คะแนนตั้งแต่ %1 ขึ้นไป")
                                  .arg(analysis.maintainThreshold.toString())
                            : QStringLiteral("score %1 or more")
                                  .arg(analysis.maintainThreshold.toString());
            else if (current == Bucket::Improve)
                rule = thai ? QStringLiteral("คะแนนตั้งแต่ %1 แต่น้อยกว่า %2")
                                  .arg(analysis.fixedThreshold.toString(),
                                       analysis.maintainThreshold.toString())
                            : QStringLiteral("score from %1 to below %2")
                                  .arg(analysis.fixedThreshold.toString(),
                                       analysis.maintainThreshold.toString());
            else
                rule =
                    thai ? QStringLiteral("คะแนนน้อยกว่า %1").arg(analysis.fixedThreshold.toString())
                         : QStringLiteral("score below %1").arg(analysis.fixedThreshold.toString());
            if (!out.isEmpty())
                out += u'\n';
            out += QStringLiteral("%1 %2 (%3)\n").arg(bucketMark(current), title.in(thai), rule);
        }
        if (line.toolCode != currentTool) {
            currentTool = line.toolCode;
            out += QStringLiteral("  %1\n").arg(currentTool);
        }
        out +=
            QStringLiteral("  - %1 %2 %3: %4\n")
                .arg(thai ? QStringLiteral("ตัวชี้วัดที่") : QStringLiteral("indicator"),
                     line.indicatorCode, line.indicatorTitle.in(thai), line.itemCodes.join(u' '));
    }
    return out;
}

QByteArray findingsJson(const Analysis &analysis, bool thai) {
    auto list = ojson::array();
    for (const auto &f : analysis.findings) {
        const bool textual = f.kind == Finding::Kind::Grade;
        ojson row;
        row["code"] = json::toStd(f.code);
        row["kind"] = json::toStd(findingKindKey(f.kind));
        row["stated"] = numberOrText(f.stated, textual);
        row["computed"] = numberOrText(f.computed, textual);
        row["message"] = json::toStd(f.message.in(thai));
        row["message_th"] = json::toStd(f.message.th);
        row["message_en"] = json::toStd(f.message.en);
        list.push_back(row);
    }
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

QString findingsText(const Analysis &analysis, bool thai) {
    if (analysis.findings.empty())
        return thai ? QStringLiteral("ไม่พบข้อสังเกต\n") : QStringLiteral("No findings.\n");
    // Missing scores one line per tool (the JSON keeps one entry per item).
    const std::vector<Finding> findings = groupedFindings(analysis);
    QString out;
    for (const auto &f : findings)
        out += QStringLiteral("[%1] %2\n").arg(findingKindKey(f.kind), f.message.in(thai));
    out += thai ? QStringLiteral("พบข้อสังเกต %1 รายการ\n").arg(findings.size())
                : QStringLiteral("%1 finding(s)\n").arg(findings.size());
    return out;
}

} // namespace ita::writers
