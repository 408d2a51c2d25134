#include "Library.h"

#include <algorithm>

#include <QRegularExpression>

namespace ita {

namespace {

struct RoleRow {
    UnitRole role;
    const char *key;
    const char *th;
    const char *en;
};

const RoleRow kRoles[] = {
    {UnitRole::Executive, "executive", "ผู้บริหาร", "Executives"},
    {UnitRole::IntegrityTeam, "integrity_team", "คณะทำงาน ITA", "ITA working group"},
    {UnitRole::GeneralAdmin, "general_admin", "งานบริหารทั่วไป", "General administration"},
    {UnitRole::Finance, "finance", "งานการเงินและบัญชี", "Finance and accounts"},
    {UnitRole::Procurement, "procurement", "งานพัสดุ", "Procurement"},
    {UnitRole::Personnel, "personnel", "งานการเจ้าหน้าที่", "Personnel"},
    {UnitRole::InformationTechnology, "it", "งานเทคโนโลยีสารสนเทศ", "Information technology"},
    {UnitRole::PublicRelations, "public_relations", "งานประชาสัมพันธ์", "Public relations"},
    {UnitRole::InternalAudit, "internal_audit", "งานตรวจสอบภายใน", "Internal audit"},
    {UnitRole::AllUnits, "all_units", "ทุกหน่วยงาน", "All units"},
    {UnitRole::ServiceUnits, "service_units", "หน่วยงานที่ให้บริการ", "Service units"},
};

const RoleRow &rowOf(UnitRole role) {
    for (const RoleRow &r : kRoles)
        if (r.role == role)
            return r;
    return kRoles[0];
}

} // namespace

const std::vector<UnitRole> &allUnitRoles() {
    static const std::vector<UnitRole> roles = [] {
        std::vector<UnitRole> out;
        for (const RoleRow &r : kRoles)
            out.push_back(r.role);
        return out;
    }();
    return roles;
}

QString unitRoleKey(UnitRole role) {
    return QString::fromLatin1(rowOf(role).key);
}

std::optional<UnitRole> unitRoleFromKey(const QString &key) {
    for (const RoleRow &r : kRoles)
        if (key == QLatin1String(r.key))
            return r.role;
    return std::nullopt;
}

LocalizedText unitRoleTitle(UnitRole role) {
    const RoleRow &r = rowOf(role);
    return {QString::fromUtf8(r.th), QString::fromUtf8(r.en)};
}

const std::vector<IndicatorTheme> &indicatorThemes() {
    static const std::vector<IndicatorTheme> themes = {
        {1, {QStringLiteral("การปฏิบัติหน้าที่"), QStringLiteral("Performance of duty")}},
        {2, {QStringLiteral("การใช้งบประมาณ"), QStringLiteral("Use of budget")}},
        {3, {QStringLiteral("การใช้อำนาจ"), QStringLiteral("Use of authority")}},
        {4, {QStringLiteral("การใช้ทรัพย์สินของราชการ"), QStringLiteral("Use of state assets")}},
        {5, {QStringLiteral("การแก้ไขปัญหาการทุจริต"), QStringLiteral("Solving corruption")}},
        {6, {QStringLiteral("คุณภาพการดำเนินงาน"), QStringLiteral("Quality of operations")}},
        {7, {QStringLiteral("ประสิทธิภาพการสื่อสาร"), QStringLiteral("Effective communication")}},
        {8, {QStringLiteral("การปรับปรุงระบบการทำงาน"), QStringLiteral("Improving work systems")}},
        {9, {QStringLiteral("การเปิดเผยข้อมูล"), QStringLiteral("Disclosure of information")}},
        {10, {QStringLiteral("การป้องกันการทุจริต"), QStringLiteral("Preventing corruption")}},
    };
    return themes;
}

int themeOfIndicator(const QString &code, const QString &thaiTitle) {
    // The title decides first: a renumbered design keeps the NACC's wording of its themes.
    for (const IndicatorTheme &t : indicatorThemes())
        if (!thaiTitle.isEmpty() && thaiTitle.contains(t.title.th))
            return t.number;
    bool ok = false;
    const int number = code.toInt(&ok);
    return ok && number >= 1 && number <= 10 ? number : 0;
}

std::vector<UnitRole> usualRoles(int theme) {
    using U = UnitRole;
    switch (theme) {
    case 1:
    case 6:
        return {U::ServiceUnits, U::Executive};
    case 2:
        return {U::Finance, U::GeneralAdmin};
    case 3:
        return {U::Personnel, U::Executive};
    case 4:
        return {U::GeneralAdmin, U::Procurement};
    case 5:
    case 10:
        return {U::IntegrityTeam, U::Executive};
    case 7:
        return {U::PublicRelations, U::InformationTechnology};
    case 8:
        return {U::ServiceUnits, U::IntegrityTeam};
    case 9:
        return {U::AllUnits, U::PublicRelations};
    default:
        return {U::IntegrityTeam};
    }
}

std::optional<StepTiming> parseStepTiming(const QString &text) {
    using K = StepTiming::Kind;
    const QString t = text.trimmed().toLower();
    if (t == u"before_oit_window")
        return StepTiming{K::BeforeOitWindow, 0, 0};
    if (t == u"after_approval")
        return StepTiming{K::AfterApproval, 0, 0};
    if (t == u"whole_year")
        return StepTiming{K::WholeYear, 0, 0};
    static const QRegularExpression span(QStringLiteral("^([qm])(\\d{1,2})(?:-\\1?(\\d{1,2}))?$"));
    const auto m = span.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const bool quarters = m.captured(1) == u"q";
    const int from = m.captured(2).toInt();
    const int to = m.captured(3).isEmpty() ? from : m.captured(3).toInt();
    const int last = quarters ? 4 : 12;
    if (from < 1 || to < from || to > last)
        return std::nullopt;
    if (quarters)
        return StepTiming{K::Months, from * 3 - 2, to * 3};
    return StepTiming{K::Months, from, to};
}

QString stepTimingText(const StepTiming &timing) {
    switch (timing.kind) {
    case StepTiming::Kind::BeforeOitWindow:
        return QStringLiteral("before_oit_window");
    case StepTiming::Kind::AfterApproval:
        return QStringLiteral("after_approval");
    case StepTiming::Kind::WholeYear:
        return QStringLiteral("whole_year");
    case StepTiming::Kind::Months:
        break;
    }
    // Whole quarters are written as quarters, as people plan them.
    if ((timing.from - 1) % 3 == 0 && timing.to % 3 == 0) {
        const int q0 = (timing.from + 2) / 3;
        const int q1 = timing.to / 3;
        return q0 == q1 ? QStringLiteral("Q%1").arg(q0) : QStringLiteral("Q%1-Q%2").arg(q0).arg(q1);
    }
    return timing.from == timing.to ? QStringLiteral("M%1").arg(timing.from)
                                    : QStringLiteral("M%1-M%2").arg(timing.from).arg(timing.to);
}

std::pair<int, int> scheduledMonths(const StepTiming &timing, int oitWindowFrom) {
    switch (timing.kind) {
    case StepTiming::Kind::BeforeOitWindow:
        // From the second month (the plan approved) to the month before the window; a window
        // that opens in the first two months leaves the first month alone.
        return {std::min(2, std::max(1, oitWindowFrom - 1)), std::max(1, oitWindowFrom - 1)};
    case StepTiming::Kind::AfterApproval:
        return {1, 3};
    case StepTiming::Kind::WholeYear:
        return {1, 12};
    case StepTiming::Kind::Months:
        break;
    }
    return {timing.from, timing.to};
}

QString librarySourceKey(LibrarySource source) {
    switch (source) {
    case LibrarySource::SamplePlan:
        return QStringLiteral("sample_plan");
    case LibrarySource::Nacc:
        return QStringLiteral("nacc");
    case LibrarySource::AgencyPlan:
        return QStringLiteral("agency_plan");
    case LibrarySource::Shared:
        return QStringLiteral("shared");
    case LibrarySource::Group:
        return QStringLiteral("group");
    case LibrarySource::Example:
        return QStringLiteral("example");
    }
    return {};
}

std::optional<LibrarySource> librarySourceFromKey(const QString &key) {
    for (LibrarySource s :
         {LibrarySource::SamplePlan, LibrarySource::Nacc, LibrarySource::AgencyPlan,
          LibrarySource::Shared, LibrarySource::Group, LibrarySource::Example})
        if (librarySourceKey(s) == key)
            return s;
    return std::nullopt;
}

LocalizedText librarySourceTitle(LibrarySource source) {
    switch (source) {
    case LibrarySource::SamplePlan:
        return {QStringLiteral("แผนของหน่วยงานตัวอย่าง"), QStringLiteral("the sample agency's plan")};
    case LibrarySource::Nacc:
        return {QStringLiteral("ข้อเสนอแนะของสำนักงาน ป.ป.ช."),
                QStringLiteral("an NACC recommendation")};
    case LibrarySource::AgencyPlan:
        return {QStringLiteral("แผนของหน่วยงานปีก่อน"), QStringLiteral("this agency's earlier plan")};
    case LibrarySource::Shared:
        return {QStringLiteral("คลังที่หน่วยงานอื่นแบ่งปัน"), QStringLiteral("a shared library")};
    case LibrarySource::Group:
        return {QStringLiteral("คณะทำงานเขียนเอง"), QStringLiteral("written by the group")};
    case LibrarySource::Example:
        return {QStringLiteral("ตัวอย่างให้ปรับใช้"), QStringLiteral("an example to adapt")};
    }
    return {};
}

const LibraryEntry *Library::find(const QString &id) const {
    for (const LibraryEntry &e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

LibraryEntry mergeLibraryEntries(const LibraryEntry &kept, const LibraryEntry &other) {
    LibraryEntry m = kept;
    const auto addAll = [](QStringList &to, const QStringList &from) {
        for (const QString &v : from)
            if (!to.contains(v))
                to << v;
    };
    for (int theme : other.targets.themes)
        if (std::find(m.targets.themes.begin(), m.targets.themes.end(), theme) ==
            m.targets.themes.end())
            m.targets.themes.push_back(theme);
    std::sort(m.targets.themes.begin(), m.targets.themes.end());
    addAll(m.targets.subIndicators, other.targets.subIndicators);
    for (Role role : other.targets.roles)
        if (std::find(m.targets.roles.begin(), m.targets.roles.end(), role) ==
            m.targets.roles.end())
            m.targets.roles.push_back(role);
    addAll(m.targets.keywords, other.targets.keywords);
    // Codes belong to one framework: taken over only when they cannot be misread.
    if (m.targets.codes.isEmpty()) {
        m.targets.framework = other.targets.framework;
        m.targets.codes = other.targets.codes;
    } else if (other.targets.framework == m.targets.framework) {
        addAll(m.targets.codes, other.targets.codes);
    }
    m.suitsUrgent = kept.suitsUrgent || other.suitsUrgent;
    m.suitsImprove = kept.suitsImprove || other.suitsImprove;
    m.suitsMaintain = kept.suitsMaintain || other.suitsMaintain;
    for (const LibraryStep &step : other.steps)
        if (std::none_of(m.steps.begin(), m.steps.end(),
                         [&](const LibraryStep &s) { return s.text == step.text; }))
            m.steps.push_back(step);
    addAll(m.monitoring, other.monitoring);
    const QString trace = QStringLiteral("+ %1").arg(other.id);
    m.notes = m.notes.isEmpty() ? trace : m.notes + u' ' + trace;
    return m;
}

QString fillLibraryText(QString text, int fiscalYear, const QString &agency) {
    if (!text.contains(u'{'))
        return text;
    text.replace(QStringLiteral("{year-1}"), QString::number(fiscalYear - 1));
    text.replace(QStringLiteral("{year+1}"), QString::number(fiscalYear + 1));
    text.replace(QStringLiteral("{year}"), QString::number(fiscalYear));
    text.replace(QStringLiteral("{agency}"),
                 agency.trimmed().isEmpty() ? QStringLiteral("หน่วยงาน") : agency.trimmed());
    return text;
}

QString unknownLibraryPlaceholder(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    static const QStringList known{QStringLiteral("{year}"), QStringLiteral("{year-1}"),
                                   QStringLiteral("{year+1}"), QStringLiteral("{agency}")};
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!known.contains(found))
            return found;
    }
    return {};
}

QString generaliseLibraryText(QString text, int fiscalYear, const QString &agency) {
    if (!agency.trimmed().isEmpty())
        text.replace(agency.trimmed(), QStringLiteral("{agency}"));
    // Whole numbers only: "2565" but not "25650" or "12565".
    const std::pair<int, const char *> years[] = {
        {fiscalYear, "{year}"}, {fiscalYear - 1, "{year-1}"}, {fiscalYear + 1, "{year+1}"}};
    for (const auto &[year, name] : years) {
        const QRegularExpression whole(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(year));
        text.replace(whole, QString::fromLatin1(name));
    }
    return text;
}

} // namespace ita
