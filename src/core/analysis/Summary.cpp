#include "Summary.h"

namespace ita {

std::vector<SummaryLine> summarise(const Analysis &analysis) {
    std::vector<SummaryLine> lines;
    for (Bucket bucket : {Bucket::Maintain, Bucket::Improve, Bucket::Urgent}) {
        for (const auto &tool : analysis.nodes) {
            if (tool.level != Level::Tool)
                continue;
            for (int indIndex : tool.children) {
                const auto &ind = analysis.nodes[size_t(indIndex)];
                SummaryLine line{bucket, tool.code, ind.code, ind.frameworkTitle, {}};
                // Items sit under the indicator or under its sub-indicators.
                std::vector<int> pending(ind.children.rbegin(), ind.children.rend());
                while (!pending.empty()) {
                    const auto &n = analysis.nodes[size_t(pending.back())];
                    pending.pop_back();
                    if (n.level == Level::SubIndicator) {
                        pending.insert(pending.end(), n.children.rbegin(), n.children.rend());
                    } else if (n.level == Level::Item && n.bucket == bucket) {
                        line.itemCodes << n.code;
                    }
                }
                if (!line.itemCodes.isEmpty())
                    lines.push_back(line);
            }
        }
    }
    return lines;
}

int countIn(const Analysis &analysis, Bucket bucket, Level level) {
    int count = 0;
    for (const auto &n : analysis.nodes)
        if (n.level == level && n.bucket == bucket)
            ++count;
    return count;
}

} // namespace ita
