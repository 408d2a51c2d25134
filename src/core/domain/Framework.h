#pragma once

#include "Score.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace ita {

/// A text the product shows in both of its languages.
struct LocalizedText {
    QString th;
    QString en;
    const QString &in(bool thai) const { return thai || en.isEmpty() ? th : en; }
};

/// Depth of a node in the ITA tree. Sub-items are not part of a framework: the data
/// defines them (I1.1, I1.2 …), but they share the enumeration.
enum class Level { Overall, Tool, Indicator, SubIndicator, Item, SubItem };

QString
levelKey(Level level); ///< "overall", "tool", "indicator", "subindicator", "item", "subitem"

struct GradeBand {
    QString grade; ///< "AA", "A", …
    Score minimum; ///< inclusive lower bound
};

/// One fiscal year's assessment design, loaded from data/frameworks/*.json.
/// Nodes are held in pre-order; node 0 is the overall score ("ITA").
class Framework {
public:
    struct Node {
        QString code;
        Level level = Level::Overall;
        LocalizedText title;
        int parent = -1;
        std::vector<int> children;
        qint64 weight = 10000; ///< in ten-thousandths; only tools carry a real weight
    };

    QString id;                   ///< "ITA-2564"
    std::vector<int> fiscalYears; ///< Buddhist Era years this framework assesses
    LocalizedText title;
    std::vector<GradeBand> grades; ///< highest first
    Score fixedThreshold = Score::fromWhole(85);
    Score tolerance = Score::fromHundredths(1);
    std::vector<Node> nodes;

    /// Index of the node with this (upper-case) code, or -1.
    int indexOf(const QString &code) const { return m_index.value(code, -1); }
    const Node &node(int index) const { return nodes[size_t(index)]; }

    /// The grade a score earns under this framework's bands.
    QString gradeFor(Score score) const;
    bool isGrade(const QString &grade) const;
    QStringList gradeNames() const;

    /// Rebuilds the code index; called by the loader after filling nodes.
    void buildIndex();

private:
    QHash<QString, int> m_index;
};

} // namespace ita
