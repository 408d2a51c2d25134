#include "Framework.h"

#include <QStringList>

namespace ita {

QString levelKey(Level level) {
    switch (level) {
    case Level::Overall:
        return QStringLiteral("overall");
    case Level::Tool:
        return QStringLiteral("tool");
    case Level::Indicator:
        return QStringLiteral("indicator");
    case Level::SubIndicator:
        return QStringLiteral("subindicator");
    case Level::Item:
        return QStringLiteral("item");
    case Level::SubItem:
        return QStringLiteral("subitem");
    }
    return {};
}

LocalizedText levelTitle(Level level) {
    switch (level) {
    case Level::Overall:
        return {QStringLiteral("คะแนนภาพรวม"), QStringLiteral("overall")};
    case Level::Tool:
        return {QStringLiteral("เครื่องมือ"), QStringLiteral("tool")};
    case Level::Indicator:
        return {QStringLiteral("ตัวชี้วัด"), QStringLiteral("indicator")};
    case Level::SubIndicator:
        return {QStringLiteral("ตัวชี้วัดย่อย"), QStringLiteral("sub-indicator")};
    case Level::Item:
        return {QStringLiteral("ข้อคำถาม"), QStringLiteral("item")};
    case Level::SubItem:
        return {QStringLiteral("ข้อย่อย"), QStringLiteral("sub-item")};
    }
    return {};
}

QString roleKey(Role role) {
    switch (role) {
    case Role::None:
        return {};
    case Role::Analysis:
        return QStringLiteral("analysis");
    case Role::Implementation:
        return QStringLiteral("implementation");
    }
    return {};
}

LocalizedText roleTitle(Role role) {
    switch (role) {
    case Role::None:
        return {};
    case Role::Analysis:
        return {QStringLiteral("การวิเคราะห์ผลการประเมินและมาตรการที่เผยแพร่"),
                QStringLiteral("the published analysis and measures")};
    case Role::Implementation:
        return {QStringLiteral("รายงานผลการดำเนินการตามมาตรการ"),
                QStringLiteral("the report on carrying out the measures")};
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return Role::None;
    if (k == u"analysis")
        return Role::Analysis;
    if (k == u"implementation")
        return Role::Implementation;
    return std::nullopt;
}

QString dateRuleKey(DateRule rule) {
    switch (rule) {
    case DateRule::None:
        return {};
    case DateRule::AssessedYear:
        return QStringLiteral("assessed_year");
    case DateRule::PreviousYear:
        return QStringLiteral("previous_year");
    }
    return {};
}

std::optional<DateRule> dateRuleFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return DateRule::None;
    if (k == u"assessed_year")
        return DateRule::AssessedYear;
    if (k == u"previous_year")
        return DateRule::PreviousYear;
    return std::nullopt;
}

LocalizedText dateRuleTitle(DateRule rule) {
    switch (rule) {
    case DateRule::None:
        return {};
    case DateRule::AssessedYear:
        return {QStringLiteral("ข้อมูลของปีที่ประเมิน"),
                QStringLiteral("information of the assessed year")};
    case DateRule::PreviousYear:
        return {QStringLiteral("รายงานผลของปีที่ผ่านมา"),
                QStringLiteral("a report on the previous year")};
    }
    return {};
}

int requiredYear(DateRule rule, int planYear) {
    switch (rule) {
    case DateRule::None:
        return 0;
    case DateRule::AssessedYear:
        return planYear;
    case DateRule::PreviousYear:
        return planYear - 1;
    }
    return 0;
}

std::vector<int> Framework::oitItems() const {
    std::vector<int> out;
    const int tool = indexOf(QStringLiteral("OIT"));
    for (int i = 0; i < int(nodes.size()); ++i) {
        const Node &n = nodes[size_t(i)];
        if (n.level != Level::Item)
            continue;
        bool under = false;
        for (int p = n.parent; p >= 0 && !under; p = nodes[size_t(p)].parent)
            under = p == tool;
        if (tool >= 0 ? under : n.code.startsWith(u'O'))
            out.push_back(i);
    }
    return out;
}

QString Framework::codeFor(Role role) const {
    if (role == Role::None)
        return {};
    for (const auto &n : nodes)
        if (n.role == role)
            return n.code;
    return {};
}

void Framework::buildIndex() {
    m_index.clear();
    for (int i = 0; i < int(nodes.size()); ++i)
        m_index.insert(nodes[size_t(i)].code, i);
}

Framework copyForYear(const Framework &from, int year) {
    Framework fw = from;
    fw.id = QStringLiteral("ITA-%1").arg(year);
    fw.fiscalYears = {year};
    fw.title = {
        QStringLiteral("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
                       "ปีงบประมาณ พ.ศ. %1")
            .arg(year),
        QStringLiteral("Integrity and Transparency Assessment, fiscal year %1 BE").arg(year)};
    fw.source = QStringLiteral("copied from %1; edit what the NACC's manual for %2 changed")
                    .arg(from.id)
                    .arg(year);
    fw.buildIndex();
    return fw;
}

const Framework *latestFramework(const std::vector<const Framework *> &frameworks) {
    const Framework *latest = nullptr;
    int latestYear = 0;
    for (const Framework *fw : frameworks)
        for (int y : fw->fiscalYears)
            if (y > latestYear) {
                latestYear = y;
                latest = fw;
            }
    return latest;
}

} // namespace ita
