#include "ExportCsv.h"

#include "Csv.h"
#include "analysis/PlanAnalysis.h"
#include "domain/FiscalCalendar.h"

namespace ita::exports {

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString localized(bool thai, const char16_t *th, const char *en) {
    return thai ? QString::fromUtf16(th) : QString::fromLatin1(en);
}

/// d/m/yyyy with the Buddhist Era year, as Thai Excel reads dates.
QString dateBE(const QDate &date) {
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.day())
        .arg(date.month())
        .arg(fiscal::toBE(date.year()));
}

/// The long heading: a CSV is read beside the published analysis.
QString bucketHeading(Bucket bucket, bool thai) {
    return bucket == Bucket::None ? QString() : bucketTitle(bucket).in(thai);
}

} // namespace

QByteArray scoresCsv(const Assessment &assessment, const Analysis &analysis, bool thai) {
    // The first six headers are names the importer knows (ScoresIo's aliases).
    QString out = csv::formatSafeRecord({
        localized(thai, u"หน่วยงาน", "agency"),
        localized(thai, u"ปีงบประมาณ", "year"),
        localized(thai, u"รหัส", "code"),
        localized(thai, u"ประเด็น", "title"),
        localized(thai, u"คะแนน", "score"),
        localized(thai, u"ระดับ", "grade"),
        localized(thai, u"ชั้น", "level"),
        localized(thai, u"คะแนนที่ใช้", "score_used"),
        localized(thai, u"ระดับตามคะแนน", "grade_of_score"),
        localized(thai, u"ผลการจัดกลุ่ม", "bucket"),
    });
    for (const ScoreEntry &e : assessment.entries) {
        const NodeResult *n = analysis.find(e.code);
        out += csv::formatSafeRecord({
            assessment.agency,
            QString::number(assessment.fiscalYear),
            e.code,
            e.title,
            e.stated ? e.stated->toString() : QString(),
            e.statedGrade,
            n ? levelKey(n->level) : QString(),
            n && n->used ? n->used->toString() : QString(),
            n ? n->grade : QString(),
            n ? bucketHeading(n->bucket, thai) : QString(),
        });
    }
    return kBom + out.toUtf8();
}

QByteArray planCsv(const Plan &plan, const Analysis *analysis, bool thai) {
    QString out = csv::formatSafeRecord({
        localized(thai, u"หน่วยงาน", "agency"),
        localized(thai, u"ปีงบประมาณ", "fiscal_year"),
        localized(thai, u"มาตรการ", "measure"),
        localized(thai, u"ชื่อมาตรการ", "measure_title"),
        localized(thai, u"ประเด็น", "items"),
        localized(thai, u"ผลการจัดกลุ่ม", "bucket"),
        localized(thai, u"ขั้นตอน", "step"),
        localized(thai, u"ขั้นตอนดำเนินการ", "step_text"),
        localized(thai, u"เริ่ม", "start"),
        localized(thai, u"สิ้นสุด", "end"),
        localized(thai, u"ไตรมาส 1", "q1"),
        localized(thai, u"ไตรมาส 2", "q2"),
        localized(thai, u"ไตรมาส 3", "q3"),
        localized(thai, u"ไตรมาส 4", "q4"),
        localized(thai, u"หน่วยงานที่รับผิดชอบ", "units"),
        localized(thai, u"สถานะ", "status"),
        localized(thai, u"ร้อยละ", "percent"),
        localized(thai, u"เริ่มจริง", "actual_start"),
        localized(thai, u"เสร็จจริง", "actual_finish"),
        localized(thai, u"หลักฐาน", "evidence"),
        localized(thai, u"การรายงานผล", "reporting"),
    });
    for (size_t m = 0; m < plan.measures.size(); ++m) {
        const Measure &measure = plan.measures[m];
        const QString bucket =
            analysis ? bucketHeading(measureBucket(*analysis, measure), thai) : QString();
        const QString reporting = measure.reportTo.isEmpty()
                                      ? cadenceLabel(measure.cadence, thai)
                                      : QStringLiteral("%1: %2").arg(
                                            cadenceLabel(measure.cadence, thai), measure.reportTo);
        for (size_t s = 0; s < measure.steps.size(); ++s) {
            const Step &step = measure.steps[s];
            QStringList quarters;
            for (int q = 1; q <= 4; ++q) {
                const bool touches = step.isScheduled() &&
                                     fiscal::quarterOf(step.startMonth) <= q &&
                                     fiscal::quarterOf(std::min(step.endMonth, 12)) >= q;
                quarters << (touches ? QStringLiteral("x") : QString());
            }
            out += csv::formatSafeRecord({
                plan.agency,
                QString::number(plan.fiscalYear),
                QString::number(m + 1),
                measure.title,
                measure.codes.join(u' '),
                bucket,
                QString::number(s + 1),
                step.text,
                step.isScheduled() ? fiscal::monthLabel(plan.fiscalYear, step.startMonth, thai)
                                   : QString(),
                step.isScheduled() ? fiscal::monthLabel(plan.fiscalYear, step.endMonth, thai)
                                   : QString(),
                quarters[0],
                quarters[1],
                quarters[2],
                quarters[3],
                step.units.join(QStringLiteral(", ")),
                statusLabel(step.status, thai),
                QString::number(step.percent),
                dateBE(step.actualStart),
                dateBE(step.actualFinish),
                step.evidence.join(u'\n'),
                reporting,
            });
        }
    }
    return kBom + out.toUtf8();
}

QByteArray auditCsv(const std::vector<AuditRecord> &records, bool thai) {
    QString out = csv::formatSafeRecord({
        QStringLiteral("id"),
        localized(thai, u"เวลา (UTC)", "at_utc"),
        localized(thai, u"ผู้แก้ไข", "who"),
        localized(thai, u"ขอบเขต", "scope"),
        localized(thai, u"รายการ", "target"),
        localized(thai, u"ข้อมูล", "field"),
        localized(thai, u"เดิม", "before"),
        localized(thai, u"ใหม่", "after"),
        QStringLiteral("sha256"),
    });
    for (const AuditRecord &r : records)
        out += csv::formatSafeRecord({QString::number(r.id), r.at, r.who, r.change.scope,
                                      r.change.target, r.change.field, r.change.before,
                                      r.change.after, r.hash});
    return kBom + out.toUtf8();
}

} // namespace ita::exports
