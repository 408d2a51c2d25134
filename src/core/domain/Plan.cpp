#include "Plan.h"

#include <QRegularExpression>

#include <algorithm>

namespace ita {

QString statusKey(StepStatus status) {
    switch (status) {
    case StepStatus::NotStarted:
        return QStringLiteral("not_started");
    case StepStatus::InProgress:
        return QStringLiteral("in_progress");
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<StepStatus> statusFromKey(const QString &key) {
    for (StepStatus s :
         {StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Done, StepStatus::Cancelled})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString cadenceKey(Cadence cadence) {
    switch (cadence) {
    case Cadence::Quarterly:
        return QStringLiteral("quarterly");
    case Cadence::SemiAnnual:
        return QStringLiteral("semiannual");
    case Cadence::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

std::optional<Cadence> cadenceFromKey(const QString &key) {
    for (Cadence c : {Cadence::Quarterly, Cadence::SemiAnnual, Cadence::Yearly})
        if (cadenceKey(c) == key)
            return c;
    return std::nullopt;
}

std::vector<int> reportingMonths(Cadence cadence) {
    switch (cadence) {
    case Cadence::Quarterly:
        return {3, 6, 9, 12};
    case Cadence::SemiAnnual:
        return {6, 12};
    case Cadence::Yearly:
        return {12};
    }
    return {};
}

QString statusLabel(StepStatus status, bool thai) {
    switch (status) {
    case StepStatus::NotStarted:
        return thai ? QStringLiteral("ยังไม่เริ่ม") : QStringLiteral("Not started");
    case StepStatus::InProgress:
        return thai ? QStringLiteral("กำลังดำเนินการ") : QStringLiteral("In progress");
    case StepStatus::Done:
        return thai ? QStringLiteral("เสร็จแล้ว") : QStringLiteral("Done");
    case StepStatus::Cancelled:
        return thai ? QStringLiteral("ยกเลิก") : QStringLiteral("Cancelled");
    }
    return {};
}

QString cadenceLabel(Cadence cadence, bool thai) {
    switch (cadence) {
    case Cadence::Quarterly:
        return thai ? QStringLiteral("ทุกไตรมาส") : QStringLiteral("every quarter");
    case Cadence::SemiAnnual:
        return thai ? QStringLiteral("ทุก 6 เดือน") : QStringLiteral("every 6 months");
    case Cadence::Yearly:
        return thai ? QStringLiteral("ปีละครั้ง") : QStringLiteral("yearly");
    }
    return {};
}

std::optional<Reporting> parseReporting(const QString &text) {
    const int colon = int(text.indexOf(u':'));
    const QString cadenceText = (colon >= 0 ? text.left(colon) : text).trimmed();
    std::optional<Cadence> cadence = cadenceFromKey(cadenceText);
    for (Cadence c : {Cadence::Quarterly, Cadence::SemiAnnual, Cadence::Yearly})
        if (cadenceText == cadenceLabel(c, true) || cadenceText == cadenceLabel(c, false))
            cadence = c;
    if (!cadence)
        return std::nullopt;
    return Reporting{*cadence, colon >= 0 ? text.mid(colon + 1).trimmed() : QString()};
}

QString reportingText(const Measure &measure, bool thai) {
    return QStringLiteral("%1: %2").arg(cadenceLabel(measure.cadence, thai), measure.reportTo);
}

QStringList parseNumberedLines(const QString &text) {
    static const QRegularExpression number(QStringLiteral("^\\s*\\d+\\)\\s*"));
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        line.remove(number);
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QStringList splitUnits(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[,\n]"));
    QStringList units;
    for (const QString &u : text.split(separators))
        if (!u.trimmed().isEmpty())
            units << u.simplified();
    return units;
}

void registerUnits(Plan &plan, const QStringList &abbreviations) {
    for (const QString &u : abbreviations) {
        const bool known = std::any_of(plan.units.begin(), plan.units.end(),
                                       [&](const Unit &x) { return x.abbreviation == u; });
        if (!known)
            plan.units.push_back({u, QString()});
    }
}

QString likelyUnit(const std::vector<Unit> &units, const QString &typed) {
    const auto loose = [](const QString &text) {
        QString out;
        for (const QChar c : text)
            if (!c.isSpace() && c != u'.')
                out += c;
        return out;
    };
    const QString wanted = loose(typed);
    if (wanted.isEmpty())
        return {};
    for (const Unit &u : units)
        if (u.abbreviation != typed &&
            (loose(u.abbreviation) == wanted || (!u.name.isEmpty() && loose(u.name) == wanted)))
            return u.abbreviation;
    return {};
}

void setStatus(Step &step, StepStatus status) {
    step.status = status;
    if (status == StepStatus::Done)
        step.percent = 100;
}

void setPercent(Step &step, int percent) {
    step.percent = percent;
    if (percent > 0 && step.status == StepStatus::NotStarted)
        step.status = StepStatus::InProgress;
}

bool Measure::hasDraft() const {
    if (!draft.isEmpty())
        return true;
    for (const Step &s : steps)
        if (!s.draft.isEmpty())
            return true;
    return false;
}

void reviewed(QStringList &draft, const char16_t *field) {
    draft.removeAll(QString::fromUtf16(field));
}

int unreviewedDraftFields(const Plan &plan) {
    int count = 0;
    for (const Measure &m : plan.measures) {
        count += int(m.draft.size());
        for (const Step &s : m.steps)
            count += int(s.draft.size());
    }
    return count;
}

QString OitPublication::url() const {
    return links.empty() ? QString() : links.front().url;
}

void OitPublication::setUrl(const QString &address) {
    if (links.empty()) {
        if (!address.isEmpty())
            links.push_back({address, {}, {}, {}, 0});
        return;
    }
    links.front().url = address;
    if (address.isEmpty() && links.front() == OitLink())
        links.erase(links.begin());
}

bool OitPublication::isEmpty() const {
    return preparer.isEmpty() && collector.isEmpty() && frequency.isEmpty() && links.empty() &&
           !done && elementsDone.isEmpty() && explanation.isEmpty();
}

} // namespace ita
