#pragma once

#include "Analysis.h"

#include <vector>

namespace ita {

/// One line of the seed's summary ("สรุป"): the items of one indicator in one bucket.
struct SummaryLine {
    Bucket bucket = Bucket::None;
    QString toolCode;      ///< "IIT"
    QString indicatorCode; ///< "2"
    LocalizedText indicatorTitle;
    QStringList itemCodes; ///< "I7", "I12"
};

/// Items grouped by bucket (maintain, improve, urgent), then tool, then indicator, in
/// framework order, as the seed's summary lists them. Indicators with no item in a
/// bucket are left out of that bucket.
std::vector<SummaryLine> summarise(const Analysis &analysis);

/// Count of classified nodes at `level` per bucket.
int countIn(const Analysis &analysis, Bucket bucket, Level level);

} // namespace ita
