#include "PortfolioWriters.h"

#include "io/Csv.h"

#include <nlohmann/json.hpp>

namespace ita::results {

namespace {

using ordered = nlohmann::ordered_json;

std::string str(const QString &text) {
    return text.toStdString();
}

ordered score(const std::optional<Score> &s) {
    return s ? ordered(s->toDouble()) : ordered(nullptr);
}

QString shown(const std::optional<Score> &s) {
    return s ? s->toString() : QString();
}

QString signedText(Score s) {
    return (s > Score() ? QStringLiteral("+") : QString()) + s.toString();
}

} // namespace

QByteArray portfolioJson(const Portfolio &p) {
    ordered doc;
    doc["year"] = p.year;
    doc["count"] = p.count();
    ordered frameworks = ordered::array();
    for (const QString &f : p.frameworks)
        frameworks.push_back(str(f));
    doc["frameworks"] = frameworks;
    ordered leftOut = ordered::array();
    for (const QString &c : p.leftOut)
        leftOut.push_back(str(c));
    doc["left_out"] = leftOut;
    ordered mean = ordered::object(), median = ordered::object(), counts = ordered::object();
    for (const CodeStatistics &s : p.statistics) {
        mean[str(s.code)] = s.count > 0 ? ordered(s.mean.toDouble()) : ordered(nullptr);
        median[str(s.code)] = s.count > 0 ? ordered(s.median.toDouble()) : ordered(nullptr);
        counts[str(s.code)] = s.count;
    }
    doc["mean"] = mean;
    doc["median"] = median;
    doc["counts"] = counts;
    ordered levels = ordered::object();
    for (const auto &[level, count] : p.levels)
        levels[str(level)] = count;
    doc["levels"] = levels;
    doc["pass_rate"] = score(p.passRate);
    ordered weakest = ordered::array();
    for (const auto &[code, count] : p.weakest)
        weakest.push_back({{"code", str(code)}, {"urgent_count", count}});
    doc["weakest"] = weakest;
    doc["groups"] = ordered::array();
    ordered agencies = ordered::array();
    for (const PortfolioRow &r : p.rows) {
        ordered row;
        row["agency"] = str(r.agency);
        row["overall"] = score(r.overall);
        row["level"] = str(r.level);
        row["delta"] = score(r.delta);
        ordered scores = ordered::object();
        for (int c = 0; c < p.codes.size(); ++c)
            if (r.scores[size_t(c)])
                scores[str(p.codes[c])] = r.scores[size_t(c)]->toDouble();
        row["scores"] = scores;
        agencies.push_back(row);
    }
    doc["agencies"] = agencies;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray portfolioCsv(const Portfolio &p, bool thai) {
    QStringList header{thai ? QStringLiteral("ลำดับ") : QStringLiteral("rank"),
                       thai ? QStringLiteral("หน่วยงาน") : QStringLiteral("agency"),
                       thai ? QStringLiteral("คะแนนภาพรวม") : QStringLiteral("overall"),
                       thai ? QStringLiteral("ระดับ") : QStringLiteral("level"),
                       thai ? QStringLiteral("เปลี่ยนจากปีก่อน") : QStringLiteral("change")};
    header += p.codes;
    QString out = csv::formatSafeRecord(header);
    int rank = 0;
    for (const PortfolioRow &r : p.rows) {
        QStringList fields{QString::number(++rank), r.agency, shown(r.overall), r.level,
                           r.delta ? signedText(*r.delta) : QString()};
        for (const auto &s : r.scores)
            fields << shown(s);
        out += csv::formatSafeRecord(fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QString portfolioText(const Portfolio &p, bool thai) {
    QString out;
    out += thai ? QStringLiteral("ปีงบประมาณ พ.ศ. %1 · %2 หน่วยงาน · กรอบการประเมิน %3\n")
                : QStringLiteral("Fiscal year %1 BE · %2 agencies · framework %3\n");
    out = out.arg(p.year).arg(p.count()).arg(p.frameworks.join(QStringLiteral(", ")));
    if (!p.leftOut.isEmpty())
        out += (thai ? QStringLiteral("ไม่นำมาเปรียบเทียบ (มีเฉพาะบางกรอบ): %1\n")
                     : QStringLiteral("Not compared (in some frameworks only): %1\n"))
                   .arg(p.leftOut.join(QStringLiteral(", ")));
    out += QStringLiteral("\n%1 %2 %3 %4\n")
               .arg(thai ? QStringLiteral("รหัส") : QStringLiteral("code"), -6)
               .arg(thai ? QStringLiteral("เฉลี่ย") : QStringLiteral("mean"), 7)
               .arg(thai ? QStringLiteral("มัธยฐาน") : QStringLiteral("median"), 8)
               .arg(thai ? QStringLiteral("จำนวน") : QStringLiteral("n"), 6);
    for (const CodeStatistics &s : p.statistics)
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(s.code, -6)
                   .arg(s.count ? s.mean.toString() : QStringLiteral("—"), 7)
                   .arg(s.count ? s.median.toString() : QStringLiteral("—"), 8)
                   .arg(s.count, 6);
    out += u'\n';
    for (const auto &[level, count] : p.levels)
        out += QStringLiteral("%1: %2\n").arg(level).arg(count);
    if (p.passRate)
        out += (thai ? QStringLiteral("ผ่านเกณฑ์ร้อยละ %1\n") : QStringLiteral("pass rate %1%\n"))
                   .arg(p.passRate->toString());
    if (!p.weakest.empty()) {
        out += thai ? QStringLiteral("\nตัวชี้วัดที่ต้องแก้ไขเร่งด่วนบ่อยที่สุด:\n")
                    : QStringLiteral("\nIndicators most often urgent:\n");
        for (const auto &[code, count] : p.weakest)
            out += (thai ? QStringLiteral("  %1: %2 หน่วยงาน\n")
                         : QStringLiteral("  %1: %2 agencies\n"))
                       .arg(code)
                       .arg(count);
    }
    const auto movers = p.movers(5);
    if (!movers.empty()) {
        out += thai ? QStringLiteral("\nเปลี่ยนแปลงมากที่สุดจากปีก่อน:\n")
                    : QStringLiteral("\nBiggest movers from the previous year:\n");
        for (const PortfolioRow *r : movers)
            out += QStringLiteral("  %1 %2\n").arg(r->agency, signedText(*r->delta));
    }
    return out;
}

} // namespace ita::results
