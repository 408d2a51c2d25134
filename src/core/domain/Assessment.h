#pragma once

#include "Score.h"

#include <QString>
#include <array>
#include <utility>

#include <memory>
#include <optional>
#include <vector>

namespace ita {

/// One score line as the NACC published it, or as a working group typed it.
struct ScoreEntry {
    QString code;  ///< upper case: "ITA", "IIT", "6", "9.1", "E13", "I1.2"
    QString title; ///< the agency's own wording; empty means the framework's title
    std::optional<Score> stated;
    QString statedGrade; ///< as printed; checked, never trusted
    int sourceLine = 0;  ///< where it came from, for messages; 0 when not from a file

    bool operator==(const ScoreEntry &other) const {
        return code == other.code && title == other.title && stated == other.stated &&
               statedGrade == other.statedGrade;
    }
};

/// Where an agency belongs, for portfolios: its province, its group (agency type or the
/// NACC's assessment group) and its parent organisation (the university, ministry or
/// department it reports to). Empty means not known.
struct AgencyAttributes {
    QString province;
    QString group;
    QString parent;

    bool isEmpty() const { return province.isEmpty() && group.isEmpty() && parent.isEmpty(); }
    bool operator==(const AgencyAttributes &other) const = default;

    /// Each field with its key ("province", "group", "parent": the CSV's and the trail's word).
    static constexpr std::array<std::pair<const char *, QString AgencyAttributes::*>, 3> fields{
        {{"province", &AgencyAttributes::province},
         {"group", &AgencyAttributes::group},
         {"parent", &AgencyAttributes::parent}}};
    /// An import's values over these: a field the import leaves empty keeps this one.
    AgencyAttributes mergedWith(const AgencyAttributes &incoming) const {
        AgencyAttributes out = *this;
        for (const auto &[key, member] : fields)
            if (!(incoming.*member).isEmpty())
                out.*member = incoming.*member;
        return out;
    }
    using Field = std::pair<const char *, QString AgencyAttributes::*>;
    /// The fields where both have a value and the values differ: perhaps another agency of
    /// the same name.
    std::vector<Field> conflictsWith(const AgencyAttributes &incoming) const {
        std::vector<Field> out;
        for (const Field &f : fields)
            if (!(this->*f.second).isEmpty() && !(incoming.*f.second).isEmpty() &&
                this->*f.second != incoming.*f.second)
                out.push_back(f);
        return out;
    }
};

/// An agency's results for one fiscal year under one framework.
struct Assessment {
    QString agency;
    int fiscalYear = 0; ///< Buddhist Era
    QString frameworkId;
    std::optional<Score> fixedThreshold;    ///< overrides the framework's (85.00)
    std::optional<Score> maintainThreshold; ///< overrides the overall score
    std::vector<ScoreEntry> entries;
    /// What the file said of the agency; an empty field leaves the stored one as it is.
    AgencyAttributes attributes;

    const ScoreEntry *find(const QString &code) const {
        for (const auto &e : entries)
            if (e.code == code)
                return &e;
        return nullptr;
    }

    bool operator==(const Assessment &other) const = default;
};

/// One assessment of a file, as lists show it.
struct AssessmentSummary {
    qint64 id = 0;
    QString agency;
    int fiscalYear = 0;
    QString frameworkId;
    AgencyAttributes attributes; ///< the agency's, as stored
};

/// A file's assessment summaries, read-only and shared by whoever holds the list: copying it
/// copies a pointer, not the national file's 41,500 summaries.
class AssessmentList {
public:
    AssessmentList() = default;
    explicit AssessmentList(std::vector<AssessmentSummary> list)
        : m_list(std::make_shared<const std::vector<AssessmentSummary>>(std::move(list))) {}

    const std::vector<AssessmentSummary> &items() const {
        static const std::vector<AssessmentSummary> none;
        return m_list ? *m_list : none;
    }
    auto begin() const { return items().begin(); }
    auto end() const { return items().end(); }
    size_t size() const { return items().size(); }
    bool empty() const { return items().empty(); }
    const AssessmentSummary &front() const { return items().front(); }
    const AssessmentSummary &back() const { return items().back(); }

private:
    std::shared_ptr<const std::vector<AssessmentSummary>> m_list;
};

} // namespace ita
