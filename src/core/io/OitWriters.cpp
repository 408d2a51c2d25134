#include "OitWriters.h"

#include "Csv.h"

#include <QUrl>

#include <nlohmann/json.hpp>

namespace ita {

namespace {

const OitPublication *publicationOf(const Plan &plan, const QString &code) {
    for (const OitPublication &p : plan.publications)
        if (p.code == code)
            return &p;
    return nullptr;
}

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

/// Line breaks the group typed kept as breaks.
QString escLines(const QString &text) {
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

bool isWebAddress(const QString &url) {
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

const char *kStyle = R"(
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma,
       sans-serif; font-size: 16px; line-height: 1.6; color: #1c2430; margin: 0;
       background: #f5f7fa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
header { border-bottom: 3px solid #1f4e79; margin-bottom: 16px; }
h1 { font-size: 26px; margin: 0 0 4px; color: #1f4e79; }
header p { margin: 0 0 12px; color: #4a5565; }
h2 { font-size: 20px; margin: 28px 0 8px; color: #1f4e79; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th:nth-child(1) { width: 4.5em; } th:nth-child(2) { width: 38%; } th:nth-child(3) { width: 30%; }
th, td { border: 1px solid #c9d2dc; padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: #e8eef5; }
td.code { white-space: nowrap; font-weight: bold; }
ul { margin: 0; padding-left: 1.2em; }
.elements { color: #4a5565; font-size: 14px; }
.none { color: #a33; }
a { color: #1f4e79; word-break: break-all; }
footer { margin-top: 32px; font-size: 13px; color: #6b7480; }
)";

} // namespace

QByteArray writeOitPage(const Framework &fw, const Plan &plan, const QString &agencyTitle,
                        bool thai) {
    const auto pick = [thai](const char *th, const char *en) {
        return thai ? QString::fromUtf8(th) : QString::fromUtf8(en);
    };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n")
                .arg(thai ? u"th" : u"en");
    const QString heading = pick("การเปิดเผยข้อมูลสาธารณะ (OIT)", "Open data (OIT)");
    const QString year = pick("ประจำปีงบประมาณ พ.ศ. %1", "fiscal year %1 BE").arg(plan.fiscalYear);
    html += QStringLiteral("<title>%1 %2 %3</title>\n<style>%4</style>\n</head>\n<body>\n<main>\n")
                .arg(esc(heading), esc(year), esc(agencyTitle), QString::fromUtf8(kStyle));
    html += QStringLiteral("<header>\n<h1>%1</h1>\n<p>%2 · %3</p>\n</header>\n")
                .arg(esc(heading), esc(agencyTitle), esc(year));

    int group = -2;
    for (int index : fw.oitItems()) {
        const auto &n = fw.node(index);
        if (n.parent != group) {
            if (group != -2)
                html += QStringLiteral("</tbody>\n</table>\n</section>\n");
            group = n.parent;
            const auto &g = fw.node(group);
            html += QStringLiteral("<section>\n<h2>%1 %2</h2>\n<table>\n<thead><tr><th>%3</th>"
                                   "<th>%4</th><th>%5</th><th>%6</th></tr></thead>\n<tbody>\n")
                        .arg(esc(g.code), esc(g.title.in(thai)), esc(pick("ข้อ", "Item")),
                             esc(pick("ข้อมูล", "Information")), esc(pick("คำอธิบาย", "Description")),
                             esc(pick("ลิงก์", "Links")));
        }
        const OitPublication *p = publicationOf(plan, n.code);
        QString info = esc(n.title.in(thai));
        if (!n.elements.empty()) {
            info += QStringLiteral("<ul class=\"elements\">");
            for (const LocalizedText &e : n.elements)
                info += QStringLiteral("<li>%1</li>").arg(esc(e.in(thai)));
            info += QStringLiteral("</ul>");
        }
        QString links;
        if (p)
            for (const OitLink &l : p->links) {
                if (!isWebAddress(l.url))
                    continue; // a file not yet uploaded, or an address no browser should open
                const QString label = l.title.isEmpty() ? l.url : l.title;
                links +=
                    QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                        .arg(esc(QUrl(l.url.trimmed()).toString(QUrl::FullyEncoded)), esc(label));
            }
        links = links.isEmpty() ? QStringLiteral("<span class=\"none\">%1</span>")
                                      .arg(esc(pick("ยังไม่เผยแพร่", "not yet published")))
                                : QStringLiteral("<ul>%1</ul>").arg(links);
        html += QStringLiteral("<tr id=\"%1\"><td class=\"code\">%1</td><td>%2</td><td>%3</td>"
                               "<td>%4</td></tr>\n")
                    .arg(esc(n.code), info, p ? escLines(p->explanation) : QString(), links);
    }
    if (group != -2)
        html += QStringLiteral("</tbody>\n</table>\n</section>\n");
    html += QStringLiteral("<footer>%1</footer>\n</main>\n</body>\n</html>\n")
                .arg(esc(pick("จัดทำด้วย ITA Planner", "Made with ITA Planner")));
    return html.toUtf8();
}

QByteArray writeOitCsv(const Framework &fw, const Plan &plan, bool thai) {
    QString out = csv::formatSafeRecord(
        thai ? QStringList{QStringLiteral("ข้อ"), QStringLiteral("ข้อมูล"), QStringLiteral("URL"),
                           QStringLiteral("คำอธิบาย")}
             : QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("url"),
                           QStringLiteral("explanation")});
    for (int index : fw.oitItems()) {
        const auto &n = fw.node(index);
        const OitPublication *p = publicationOf(plan, n.code);
        QStringList urls;
        if (p)
            for (const OitLink &l : p->links)
                if (!l.url.trimmed().isEmpty())
                    urls << l.url.trimmed();
        out += csv::formatSafeRecord(
            {n.code, n.title.in(thai), urls.join(u'\n'), p ? p->explanation : QString()});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray oitReadinessJson(const OitReadiness &r, bool thai) {
    using ordered = nlohmann::ordered_json;
    const auto str = [](const QString &t) {
        return t.toStdString();
    };
    const auto score = [](const std::optional<Score> &s) {
        return s ? ordered(s->toDouble()) : ordered(nullptr);
    };
    ordered doc;
    doc["ready"] = r.ready;
    doc["total"] = r.total;
    doc["expected_oit"] = score(r.expectedOit);
    doc["expected_overall"] = score(r.expectedOverall);
    doc["expected_level"] =
        r.expectedLevel.isEmpty() ? ordered(nullptr) : ordered(str(r.expectedLevel));
    doc["window_opens"] = str(r.windowOpens.toString(Qt::ISODate));
    doc["window_closes"] = str(r.windowCloses.toString(Qt::ISODate));
    doc["days_to_window"] = r.daysToWindow;
    ordered items = ordered::array();
    for (const OitItemReadiness &i : r.items) {
        ordered item;
        item["code"] = str(i.code);
        item["status"] = str(oitStatusKey(i.status));
        ordered reasons = ordered::array();
        for (const LocalizedText &t : i.reasons)
            reasons.push_back(str(t.in(thai)));
        item["reasons"] = reasons;
        ordered links = ordered::array();
        for (const OitLinkReadiness &l : i.links) {
            ordered link;
            link["url"] = str(l.link.url);
            if (!l.link.file.isEmpty())
                link["file"] = str(l.link.file);
            link["http_status"] =
                l.check && l.check->httpStatus ? ordered(l.check->httpStatus) : ordered(nullptr);
            link["final_url"] = l.check && !l.check->finalUrl.isEmpty()
                                    ? ordered(str(l.check->finalUrl))
                                    : ordered(nullptr);
            link["problem"] =
                l.problems.empty() ? ordered(nullptr) : ordered(str(l.problems.front().in(thai)));
            ordered warnings = ordered::array();
            for (const LocalizedText &w : l.warnings)
                warnings.push_back(str(w.in(thai)));
            link["warnings"] = warnings;
            link["checked_at"] = l.check && l.check->checkedAt.isValid()
                                     ? ordered(str(l.check->checkedAt.toString(Qt::ISODate)))
                                     : ordered(nullptr);
            links.push_back(link);
        }
        item["links"] = links;
        items.push_back(item);
    }
    doc["items"] = items;
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace ita
