#include "PortfolioWriters.h"

#include "io/Csv.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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
    doc["since"] = p.since; // what "delta" and the movers are measured from
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
    ordered groups = ordered::array();
    for (const PortfolioGroup &g : p.groups) {
        ordered gm = ordered::object();
        for (const CodeStatistics &st : g.statistics)
            gm[str(st.code)] = st.count > 0 ? ordered(st.mean.toDouble()) : ordered(nullptr);
        groups.push_back({{"name", str(g.name)}, {"count", g.count}, {"mean", gm}});
    }
    doc["grouped_by"] = p.groupedBy ? ordered(str(agencyFieldKey(*p.groupedBy))) : ordered(nullptr);
    doc["groups"] = groups;
    ordered gaps = ordered::array();
    for (const PortfolioGap &g : p.gaps) {
        ordered missing = ordered::array();
        for (const QString &c : g.missing)
            missing.push_back(str(c));
        gaps.push_back({{"agency", str(g.agency)}, {"missing", missing}});
    }
    doc["gaps"] = gaps;
    ordered agencies = ordered::array();
    for (const PortfolioRow &r : p.rows) {
        ordered row;
        row["agency"] = str(r.agency);
        row["province"] = str(r.attributes.province);
        row["group"] = str(r.attributes.group);
        row["parent"] = str(r.attributes.parent);
        row["overall"] = score(r.overall);
        row["level"] = str(r.level);
        row["delta"] = score(r.delta);
        // Earlier years' overall, by Buddhist Era year (the history asked for; --since).
        ordered history = ordered::object();
        for (const auto &[year, overall] : r.history)
            history[std::to_string(year)] = overall.toDouble();
        row["history"] = history;
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
                       thai ? (p.sinceYearBefore() ? QStringLiteral("เปลี่ยนจากปีก่อน")
                                                   : QStringLiteral("เปลี่ยนจากปี %1").arg(p.since))
                            : QStringLiteral("change"),
                       thai ? QStringLiteral("จังหวัด") : QStringLiteral("province"),
                       thai ? QStringLiteral("กลุ่ม") : QStringLiteral("group"),
                       thai ? QStringLiteral("สังกัด") : QStringLiteral("parent")};
    header += p.codes;
    QString out = csv::formatSafeRecord(header);
    int rank = 0;
    for (const PortfolioRow &r : p.rows) {
        QStringList fields{QString::number(++rank),
                           r.agency,
                           shown(r.overall),
                           r.level,
                           r.delta ? signedText(*r.delta) : QString(),
                           r.attributes.province,
                           r.attributes.group,
                           r.attributes.parent};
        for (const auto &s : r.scores)
            fields << shown(s);
        out += csv::formatSafeRecord(fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QString groupLabel(const QString &name, bool thai) {
    return !name.isEmpty() ? name : thai ? QStringLiteral("(ไม่ระบุ)") : QStringLiteral("(none)");
}

QString fieldLabel(AgencyField field, bool thai) {
    switch (field) {
    case AgencyField::Province:
        return thai ? QStringLiteral("จังหวัด") : QStringLiteral("province");
    case AgencyField::Group:
        return thai ? QStringLiteral("กลุ่ม") : QStringLiteral("group");
    case AgencyField::Parent:
        break;
    }
    return thai ? QStringLiteral("สังกัด") : QStringLiteral("parent");
}

QByteArray portfolioGroupsCsv(const Portfolio &p, bool thai) {
    QStringList header{p.groupedBy ? fieldLabel(*p.groupedBy, thai) : QString(),
                       thai ? QStringLiteral("จำนวนหน่วยงาน") : QStringLiteral("agencies")};
    header += p.codes;
    QString out = csv::formatSafeRecord(header);
    for (const PortfolioGroup &g : p.groups) {
        QStringList fields{groupLabel(g.name, thai), QString::number(g.count)};
        for (const CodeStatistics &st : g.statistics)
            fields << (st.count > 0 ? st.mean.toString() : QString());
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
        if (p.sinceYearBefore())
            out += thai ? QStringLiteral("\nเปลี่ยนแปลงมากที่สุดจากปีก่อน:\n")
                        : QStringLiteral("\nBiggest movers from the previous year:\n");
        else
            out += (thai ? QStringLiteral("\nเปลี่ยนแปลงมากที่สุดตั้งแต่ปี %1:\n")
                         : QStringLiteral("\nBiggest movers since %1:\n"))
                       .arg(p.since);
        for (const PortfolioRow *r : movers)
            out += QStringLiteral("  %1 %2\n").arg(r->agency, signedText(*r->delta));
    }
    if (p.groupedBy && !p.groups.empty()) {
        out += (thai ? QStringLiteral("\nค่าเฉลี่ยตาม%1:\n") : QStringLiteral("\nMeans by %1:\n"))
                   .arg(fieldLabel(*p.groupedBy, thai));
        for (const PortfolioGroup &g : p.groups) {
            const auto overall =
                std::find_if(g.statistics.begin(), g.statistics.end(),
                             [&](const CodeStatistics &st) { return st.code == p.codes.value(0); });
            out += (thai ? QStringLiteral("  %1 (%2 หน่วยงาน): %3\n")
                         : QStringLiteral("  %1 (%2 agencies): %3\n"))
                       .arg(groupLabel(g.name, thai))
                       .arg(g.count)
                       .arg(overall != g.statistics.end() && overall->count > 0
                                ? overall->mean.toString()
                                : QStringLiteral("—"));
        }
    }
    if (!p.gaps.empty()) {
        out += thai
                   ? QStringLiteral("\nหน่วยงานที่ขาดคะแนน (ไม่นับรวมในค่าเฉลี่ยของรหัสนั้น):\n")
                   : QStringLiteral("\nAgencies missing a score (left out of that code's mean):\n");
        for (const PortfolioGap &g : p.gaps)
            out += QStringLiteral("  %1: %2\n").arg(g.agency, g.missing.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace ita::results
