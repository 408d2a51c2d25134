#include "OitReadiness.h"

#include "WhatIf.h"
#include "domain/FiscalCalendar.h"

#include <QSet>
#include <QUrl>

namespace ita {

namespace {

LocalizedText t(const QString &th, const QString &en) {
    return {th, en};
}

/// A host as compared: ASCII (IDN in its xn-- form), lower case, without "www.".
QString hostKey(const QString &host) {
    QString h = QString::fromLatin1(QUrl::toAce(host.trimmed())).toLower();
    if (h.isEmpty())
        h = host.trimmed().toLower();
    if (h.startsWith(u"www."))
        h = h.mid(4);
    return h;
}

/// The agency's own host from what the group typed ("www.example.go.th", or an address).
QString siteHost(const QString &website) {
    const QString w = website.trimmed();
    if (w.isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(w);
    return hostKey(url.host().isEmpty() ? w : url.host());
}

/// Whether `host` is the site or one of its subdomains ("ita.example.go.th").
bool onSite(const QString &host, const QString &site) {
    const QString h = hostKey(host);
    return h == site || h.endsWith(u'.' + site);
}

/// An address whose path names a document (PDF, Word, Excel …) rather than a page.
bool namesDocument(const QString &url) {
    static const QStringList suffixes{
        QStringLiteral(".pdf"),  QStringLiteral(".doc"),  QStringLiteral(".docx"),
        QStringLiteral(".xls"),  QStringLiteral(".xlsx"), QStringLiteral(".ppt"),
        QStringLiteral(".pptx"), QStringLiteral(".odt"),  QStringLiteral(".ods"),
        QStringLiteral(".zip"),  QStringLiteral(".rar")};
    const QString path = QUrl(url).path().toLower();
    for (const QString &s : suffixes)
        if (path.endsWith(s))
            return true;
    return false;
}

LocalizedText failureText(const LinkCheck &c) {
    using F = LinkCheck::Failure;
    switch (c.failure) {
    case F::None:
        break;
    case F::NotWeb:
        return t(QStringLiteral("ไม่ใช่ที่อยู่หน้าเว็บ (javascript:, file: …)"),
                 QStringLiteral("not a web address (javascript:, file: …)"));
    case F::Malformed:
        return t(QStringLiteral("ที่อยู่ไม่ถูกต้อง"), QStringLiteral("a malformed address"));
    case F::HostNotFound:
        return t(QStringLiteral("ไม่พบชื่อเว็บไซต์ (DNS)"), QStringLiteral("no such host (DNS)"));
    case F::Refused:
        return t(QStringLiteral("เว็บไซต์ปฏิเสธการเชื่อมต่อ"),
                 QStringLiteral("the server refused the connection"));
    case F::Tls:
        return t(QStringLiteral("ใบรับรองความปลอดภัย (TLS) ใช้ไม่ได้"),
                 QStringLiteral("the certificate (TLS) failed"));
    case F::Timeout:
        return t(QStringLiteral("เว็บไซต์ไม่ตอบภายในเวลาที่กำหนด"), QStringLiteral("no answer in time"));
    case F::TooManyRedirects:
        return t(QStringLiteral("ส่งต่อ (redirect) วนซ้ำหรือยาวเกินไป"),
                 QStringLiteral("a redirect loop or a chain too long"));
    case F::Network:
        return t(QStringLiteral("เปิดไม่ได้: %1").arg(c.error),
                 QStringLiteral("cannot be opened: %1").arg(c.error));
    }
    return {};
}

} // namespace

QString oitStatusKey(OitStatus status) {
    switch (status) {
    case OitStatus::Ready:
        return QStringLiteral("ready");
    case OitStatus::Incomplete:
        return QStringLiteral("incomplete");
    case OitStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

LocalizedText oitStatusTitle(OitStatus status) {
    switch (status) {
    case OitStatus::Ready:
        return t(QStringLiteral("พร้อม"), QStringLiteral("Ready"));
    case OitStatus::Incomplete:
        return t(QStringLiteral("ยังไม่ครบ"), QStringLiteral("Incomplete"));
    case OitStatus::Missing:
        return t(QStringLiteral("ยังไม่มี"), QStringLiteral("Missing"));
    }
    return {};
}

std::vector<LocalizedText> addressProblems(const QString &url, const QString &website) {
    std::vector<LocalizedText> out;
    LinkCheck c;
    c.failure = classifyAddress(url);
    if (c.failure != LinkCheck::Failure::None) {
        out.push_back(failureText(c));
        return out;
    }
    const QString site = siteHost(website);
    const QString host = QUrl(url.trimmed()).host();
    if (!site.isEmpty() && !onSite(host, site))
        out.push_back(
            t(QStringLiteral("อยู่บนเว็บไซต์อื่น (%1) ไม่ใช่เว็บไซต์หลักของหน่วยงาน (%2)").arg(host, site),
              QStringLiteral("on another site (%1) than the agency's own (%2)").arg(host, site)));
    return out;
}

OitReadiness oitReadiness(const Framework &framework, const Plan &plan,
                          const QHash<QString, LinkCheck> &checks, const Assessment *base,
                          const QDate &today) {
    OitReadiness out;
    out.windowOpens = fiscal::monthStart(plan.fiscalYear, framework.oitWindowFrom);
    out.windowCloses = fiscal::monthEnd(plan.fiscalYear, framework.oitWindowTo);
    out.daysToWindow = int(today.daysTo(out.windowOpens));

    // Which items give each address: the same address for two items is flagged in both.
    QHash<QString, QStringList> itemsOf;
    for (const OitPublication &p : plan.publications)
        for (const OitLink &l : p.links)
            if (!l.url.trimmed().isEmpty() && !itemsOf[l.url.trimmed()].contains(p.code))
                itemsOf[l.url.trimmed()] << p.code;

    Overrides overrides;
    for (int index : framework.oitItems()) {
        const auto &node = framework.node(index);
        OitItemReadiness item;
        item.code = node.code;
        item.title = node.title;
        const auto &parent = framework.node(node.parent);
        item.group = parent.code;
        item.groupTitle = parent.title;
        item.requiredYear = requiredYear(node.dateRule, plan.fiscalYear);
        const OitPublication *pub = nullptr;
        for (const OitPublication &p : plan.publications)
            if (p.code == node.code)
                pub = &p;
        if (pub) {
            item.unit = pub->preparer;
            item.explanation = pub->explanation;
        }
        item.elements = node.elements;
        for (const LocalizedText &e : node.elements)
            if (!pub || !pub->elementsDone.contains(e.th))
                item.missingElements.push_back(e);

        bool anyUrl = false;
        if (pub)
            for (const OitLink &link : pub->links) {
                OitLinkReadiness r;
                r.link = link;
                const QString url = link.url.trimmed();
                if (url.isEmpty()) {
                    r.problems.push_back(
                        t(QStringLiteral("ไฟล์ยังไม่ได้อัปโหลดขึ้นเว็บไซต์: %1").arg(link.file),
                          QStringLiteral("a file not yet uploaded: %1").arg(link.file)));
                    item.links.push_back(r);
                    continue;
                }
                anyUrl = true;
                r.problems = addressProblems(url, plan.website);
                QStringList others = itemsOf.value(url);
                others.removeAll(node.code);
                if (!others.isEmpty())
                    r.problems.push_back(
                        t(QStringLiteral("ใช้ที่อยู่เดียวกับข้อ %1").arg(others.join(u", ")),
                          QStringLiteral("the same address is given for %1")
                              .arg(others.join(u", "))));
                if (link.coversYear && item.requiredYear && link.coversYear != item.requiredYear)
                    r.problems.push_back(t(QStringLiteral("เป็นข้อมูลปี %1 แต่ข้อนี้ต้องการปี %2")
                                               .arg(link.coversYear)
                                               .arg(item.requiredYear),
                                           QStringLiteral("covers %1, but the item asks for %2")
                                               .arg(link.coversYear)
                                               .arg(item.requiredYear)));
                if (const auto it = checks.constFind(url); it != checks.constEnd()) {
                    const LinkCheck &c = *it;
                    r.check = c;
                    if (c.failure != LinkCheck::Failure::None) {
                        r.problems.push_back(failureText(c));
                    } else if (c.httpStatus >= 400) {
                        r.problems.push_back(
                            t(QStringLiteral("เว็บไซต์ตอบว่าเปิดไม่ได้ (HTTP %1)").arg(c.httpStatus),
                              QStringLiteral("the server answers HTTP %1").arg(c.httpStatus)));
                    } else {
                        if (namesDocument(url) && c.contentType.startsWith(u"text/html"))
                            r.problems.push_back(
                                t(QStringLiteral(
                                      "ลิงก์เอกสารแต่ได้หน้าเว็บแทน (หน้าเข้าสู่ระบบหรือหน้าข้อผิดพลาด?)"),
                                  QStringLiteral("a document link that answers with a web page "
                                                 "(a login or error page?)")));
                        const QString site = siteHost(plan.website);
                        if (!site.isEmpty() && !c.finalUrl.isEmpty() &&
                            !onSite(QUrl(c.finalUrl).host(), site))
                            r.problems.push_back(
                                t(QStringLiteral("ส่งต่อไปยังเว็บไซต์อื่น: %1").arg(c.finalUrl),
                                  QStringLiteral("redirects to another site: %1").arg(c.finalUrl)));
                        const bool pdf =
                            c.contentType.startsWith(u"application/pdf") ||
                            (namesDocument(url) && !c.contentType.startsWith(u"text/"));
                        if (item.requiredYear && !link.coversYear && c.textSearched &&
                            !c.years.contains(item.requiredYear))
                            r.warnings.push_back(
                                pdf ? t(QStringLiteral("ตรวจสอบ: เอกสารนี้ไม่กล่าวถึงปี %1 เลย")
                                            .arg(item.requiredYear),
                                        QStringLiteral("check: the document never mentions %1")
                                            .arg(item.requiredYear))
                                    : t(QStringLiteral("ตรวจสอบ: หน้านี้ไม่กล่าวถึงปี %1 เลย")
                                            .arg(item.requiredYear),
                                        QStringLiteral("check: the page never mentions %1")
                                            .arg(item.requiredYear)));
                    }
                } else {
                    r.warnings.push_back(
                        t(QStringLiteral("ยังไม่ได้ตรวจลิงก์"), QStringLiteral("not checked yet")));
                }
                item.links.push_back(r);
            }

        if (!anyUrl && item.links.empty()) {
            item.status = OitStatus::Missing;
            item.reasons.push_back(t(QStringLiteral("ยังไม่มีลิงก์"), QStringLiteral("no link yet")));
        } else {
            for (size_t i = 0; i < item.links.size(); ++i)
                for (const LocalizedText &p : item.links[i].problems)
                    item.reasons.push_back(t(QStringLiteral("ลิงก์ %1: %2").arg(i + 1).arg(p.th),
                                             QStringLiteral("link %1: %2").arg(i + 1).arg(p.en)));
            if (!anyUrl)
                item.reasons.insert(item.reasons.begin(),
                                    t(QStringLiteral("ยังไม่มีลิงก์บนเว็บไซต์"),
                                      QStringLiteral("no link on the website yet")));
            if (!item.missingElements.empty()) {
                QStringList th, en;
                for (const LocalizedText &e : item.missingElements) {
                    th << e.th;
                    en << e.in(false);
                }
                item.reasons.push_back(
                    t(QStringLiteral("ยังไม่ได้ยืนยันองค์ประกอบ: %1").arg(th.join(u", ")),
                      QStringLiteral("elements not ticked: %1").arg(en.join(u", "))));
            }
            item.status = item.reasons.empty() ? OitStatus::Ready : OitStatus::Incomplete;
        }
        if (item.status == OitStatus::Ready)
            ++out.ready;
        overrides.emplace_back(item.code,
                               Score::fromWhole(item.status == OitStatus::Ready ? 100 : 0));
        out.items.push_back(std::move(item));
    }
    out.total = int(out.items.size());

    Assessment assessed;
    if (base) {
        assessed = *base;
    } else {
        assessed.frameworkId = framework.id;
        assessed.fiscalYear = plan.fiscalYear;
    }
    const Analysis scenario =
        analyse(framework, applyOverrides(framework, assessed, overrides), Findings::Skipped);
    if (const NodeResult *oit = scenario.find(QStringLiteral("OIT")))
        out.expectedOit = oit->used;
    if (base && !scenario.nodes.empty()) {
        out.expectedOverall = scenario.nodes.front().used;
        out.expectedLevel = scenario.nodes.front().grade;
    }
    return out;
}

} // namespace ita
