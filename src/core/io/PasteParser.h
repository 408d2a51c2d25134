#pragma once

#include "domain/Framework.h"

#include <QString>

#include <utility>
#include <vector>

namespace ita {

/// Cells copied from Excel or LibreOffice: tab-separated rows of code and score (a title
/// column between them is allowed). The NACC's ITAS site has no export, so results arrive
/// this way.
struct PastedScores {
    std::vector<std::pair<QString, Score>> scores; ///< in paste order, codes normalised
    std::vector<std::pair<int, QString>> skipped;  ///< 1-based row, reason
};

PastedScores parsePastedScores(const QString &text, const Framework &framework);

} // namespace ita
