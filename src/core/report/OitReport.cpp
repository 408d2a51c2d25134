#include "OitReport.h"

#include "domain/FiscalCalendar.h"

namespace ita::report {

Document buildOitReport(const OitReadiness &r, const QString &agency, int planYear, bool thai) {
    const auto pick = [thai](const QString &th, const QString &en) {
        return thai ? th : en;
    };
    Document doc;
    doc.thai = thai;
    doc.agency = agency;
    doc.title =
        pick(QStringLiteral("ความพร้อมการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. %1").arg(planYear),
             QStringLiteral("OIT readiness, fiscal year %1 BE").arg(planYear));
    doc.add(Block::Kind::Title, doc.title);
    doc.add(Block::Kind::Paragraph, agency);

    const QString opens = fiscal::formatDate(r.windowOpens, thai);
    const QString closes = fiscal::formatDate(r.windowCloses, thai);
    doc.add(Block::Kind::Heading, pick(QStringLiteral("สรุป"), QStringLiteral("Summary")));
    doc.add(Block::Kind::Bullet,
            pick(QStringLiteral("พร้อม %1 จาก %2 ข้อ").arg(r.ready).arg(r.total),
                 QStringLiteral("Ready: %1 of %2 items").arg(r.ready).arg(r.total)));
    doc.add(
        Block::Kind::Bullet,
        r.daysToWindow >= 0
            ? pick(QStringLiteral("ระบบ ITAS เปิดรับข้อมูล OIT %1 ถึง %2: อีก %3 วัน")
                       .arg(opens, closes)
                       .arg(r.daysToWindow),
                   QStringLiteral("The OIT window runs %1 to %2: %3 days from today")
                       .arg(opens, closes)
                       .arg(r.daysToWindow))
            : pick(QStringLiteral("ระบบ ITAS เปิดรับข้อมูล OIT %1 ถึง %2 (เปิดแล้ว)").arg(opens, closes),
                   QStringLiteral("The OIT window runs %1 to %2 (it has opened)")
                       .arg(opens, closes)));
    const QString oit = r.expectedOit ? r.expectedOit->toString() : QStringLiteral("–");
    doc.add(Block::Kind::Bullet,
            r.expectedOverall
                ? pick(QStringLiteral("หากประเมินวันนี้ (ข้อที่พร้อมได้ 100 ข้ออื่นได้ 0 เครื่องมืออื่นตามผลปีที่แล้ว): "
                                      "OIT %1 คะแนนภาพรวม %2 %3")
                           .arg(oit, r.expectedOverall->toString(), r.expectedLevel),
                       QStringLiteral("If assessed today (ready items 100, the others 0, the other "
                                      "tools as last assessed): OIT %1, overall %2, %3")
                           .arg(oit, r.expectedOverall->toString(), r.expectedLevel))
                : pick(QStringLiteral("หากประเมินวันนี้: OIT %1").arg(oit),
                       QStringLiteral("If assessed today: OIT %1").arg(oit)));

    const auto table = [&](bool ready) {
        Block &b = doc.add(Block::Kind::Table);
        b.table.widths =
            ready ? std::vector<double>{1, 6, 2} : std::vector<double>{1, 3.2, 1.3, 4.5};
        Row header;
        header.cells = {
            Cell::of(pick(QStringLiteral("ข้อ"), QStringLiteral("Item")), true, true),
            Cell::of(pick(QStringLiteral("ข้อมูล"), QStringLiteral("Information")), true, true)};
        if (ready)
            header.cells.push_back(Cell::of(
                pick(QStringLiteral("ผู้รับผิดชอบ"), QStringLiteral("Prepared by")), true, true));
        else {
            header.cells.push_back(
                Cell::of(pick(QStringLiteral("สถานะ"), QStringLiteral("Status")), true, true));
            header.cells.push_back(
                Cell::of(pick(QStringLiteral("เหตุผล"), QStringLiteral("Why")), true, true));
        }
        b.table.header = {header};
        QString group;
        for (const OitItemReadiness &i : r.items) {
            if ((i.status == OitStatus::Ready) != ready)
                continue;
            if (i.group != group) {
                group = i.group;
                Row heading;
                heading.heading = true;
                heading.cells = {
                    Cell::of(QStringLiteral("%1 %2").arg(i.group, i.groupTitle.in(thai)), true)};
                b.table.rows.push_back(heading);
            }
            Row row;
            row.cells = {Cell::of(i.code, true, true), Cell::of(i.title.in(thai))};
            if (ready) {
                row.cells.push_back(Cell::of(i.unit));
            } else {
                QStringList reasons;
                for (const LocalizedText &t : i.reasons)
                    reasons << t.in(thai);
                if (!i.unit.isEmpty())
                    reasons << pick(QStringLiteral("ผู้รับผิดชอบ: %1"),
                                    QStringLiteral("Prepared by: %1"))
                                   .arg(i.unit);
                row.cells.push_back(Cell::of(oitStatusTitle(i.status).in(thai), false, true));
                row.cells.push_back(Cell::of(reasons.join(u'\n')));
            }
            b.table.rows.push_back(row);
        }
    };
    if (r.ready < r.total) {
        doc.add(Block::Kind::Heading,
                pick(QStringLiteral("ข้อที่ยังไม่พร้อม (%1 ข้อ)").arg(r.total - r.ready),
                     QStringLiteral("Items not ready (%1)").arg(r.total - r.ready)));
        table(false);
    }
    if (r.ready > 0) {
        doc.add(Block::Kind::Heading, pick(QStringLiteral("ข้อที่พร้อมแล้ว (%1 ข้อ)").arg(r.ready),
                                           QStringLiteral("Items ready (%1)").arg(r.ready)));
        table(true);
    }
    return doc;
}

} // namespace ita::report
