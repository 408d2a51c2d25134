#pragma once

#include "RatingScheme.h"
#include "Score.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace ita {

/// Depth of a node in the ITA tree. Sub-items are not part of a framework: the data
/// defines them (I1.1, I1.2 …), but they share the enumeration.
enum class Level { Overall, Tool, Indicator, SubIndicator, Item, SubItem };

QString
levelKey(Level level); ///< "overall", "tool", "indicator", "subindicator", "item", "subitem"
/// The level's name in a sentence: "ตัวชี้วัด" / "indicator", "ข้อคำถาม" / "item", …
LocalizedText levelTitle(Level level);

/// What an item stands for in the plan's own cycle, whatever the year numbers it: the
/// published analysis and measures (O42 in FY2564, O25 in one FY2569 list) and the report on
/// carrying them out (O43, O26). Reports, the sensitivity list and the plan's coverage name
/// the role's item, never a fixed code.
enum class Role { None, Analysis, Implementation };

QString roleKey(Role role); ///< "", "analysis", "implementation"
/// "การวิเคราะห์ผลและมาตรการที่เผยแพร่" / "published analysis and measures", …
LocalizedText roleTitle(Role role);
std::optional<Role> roleFromKey(const QString &key);

/// Which fiscal year an OIT item's information has to be about, for the plan of fiscal year P
/// (the assessment the OIT window of P scores): information of P itself (plans, the year's
/// data) or a report on P − 1 (results, reports on the previous year's operations).
enum class DateRule { None, AssessedYear, PreviousYear };

QString dateRuleKey(DateRule rule); ///< "", "assessed_year", "previous_year"
std::optional<DateRule> dateRuleFromKey(const QString &key);
/// "ข้อมูลของปีที่ประเมิน" / "information of the assessed year", …
LocalizedText dateRuleTitle(DateRule rule);
/// The fiscal year (BE) the rule asks for in the plan of `planYear`; 0 when there is no rule.
int requiredYear(DateRule rule, int planYear);

/// One fiscal year's assessment design: built in (data/frameworks/*.json), stored in a file,
/// or built by the working group from the NACC's manual.
/// Nodes are held in pre-order; node 0 is the overall score ("ITA").
class Framework {
public:
    struct Node {
        QString code;
        Level level = Level::Overall;
        LocalizedText title;
        int parent = -1;
        std::vector<int> children;
        qint64 weight = 10000;  ///< in ten-thousandths; only tools carry a real weight
        Role role = Role::None; ///< items only
        /// OIT items: the information the item asks for (องค์ประกอบด้านข้อมูล), one per
        /// entry as the NACC's manual lists them ("ชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ
        /// ของผู้บริหารสูงสุด"). The working group ticks each in the plan's OIT checklist.
        std::vector<LocalizedText> elements;
        DateRule dateRule = DateRule::None; ///< OIT items: the year their information is about
    };

    QString id;                   ///< "ITA-2564"
    std::vector<int> fiscalYears; ///< Buddhist Era years this framework assesses
    LocalizedText title;
    QString source; ///< where the design comes from: the manual, a decision, a note
    RatingScheme rating;
    Score fixedThreshold = Score::fromWhole(85);
    Score tolerance = Score::fromHundredths(1);
    /// The NACC's OIT window in fiscal months (1 = October): when links are entered in ITAS,
    /// about 1 March (6) to 30 April (7) in recent years. Publishing steps are drafted to end
    /// before it, and coverage flags an OIT item none of whose steps ends by its close.
    int oitWindowFrom = 6;
    int oitWindowTo = 7;
    std::vector<Node> nodes;

    /// Index of the node with this (upper-case) code, or -1.
    int indexOf(const QString &code) const { return m_index.value(code, -1); }
    const Node &node(int index) const { return nodes[size_t(index)]; }

    /// The level a score earns by its bound alone (everything but the overall).
    QString gradeFor(Score score) const { return rating.levelFor(score); }
    bool isGrade(const QString &grade) const { return rating.find(grade) != nullptr; }
    QStringList gradeNames() const { return rating.names(); }
    /// Code of the item that plays `role`, or an empty string.
    QString codeFor(Role role) const;
    /// Indices of the OIT items in order: the items under the tool coded OIT, else (a design
    /// that names its tools otherwise) every item whose code starts with O.
    std::vector<int> oitItems() const;
    /// Indices of the tools, in order.
    std::vector<int> tools() const {
        return nodes.empty() ? std::vector<int>() : nodes[0].children;
    }

    /// Rebuilds the code index; called by the loader after filling nodes.
    void buildIndex();

private:
    QHash<QString, int> m_index;
};

/// A new year's framework started from `from`: the same tree, rating and roles, id
/// "ITA-<year>", serving `year` alone, its titles naming the year. The group then edits
/// what the NACC changed.
Framework copyForYear(const Framework &from, int year);

/// The framework with the latest fiscal year among `frameworks`, or nullptr.
const Framework *latestFramework(const std::vector<const Framework *> &frameworks);

} // namespace ita
