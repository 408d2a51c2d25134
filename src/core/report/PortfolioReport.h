#pragma once

#include "ReportDocument.h"
#include "analysis/Portfolio.h"

#include <memory>

namespace ita::report {

/// The portfolio report, A4, in Thai or English: the summary drawn by PortfolioRenderer (the
/// portfolio view's own picture), the subgroup table when grouped, the ranking, the movers
/// and the agencies missing a score. `selection` says which agencies ("จังหวัดเชียงใหม่",
/// "all agencies"). The document keeps `portfolio` alive for its figure.
Document portfolioDocument(std::shared_ptr<const Portfolio> portfolio, const QString &selection,
                           bool thai);

} // namespace ita::report
