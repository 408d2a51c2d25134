#pragma once

#include "analysis/Portfolio.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace ita::gui {

/// The portfolio's ranking as a table, read from the portfolio's rows when a cell is asked
/// for: rank, agency, province, group, parent, level, change, then each compared code's
/// score. A national portfolio has 8,300 rows and 140,000 cells; made into table items they
/// held the window for a fifth of a second each time the portfolio came (issue 28).
class PortfolioRankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;   ///< what the column sorts by
    static constexpr int AgencyRole = Qt::UserRole + 2; ///< the row's agency, in every column
    enum Column { Rank, Agency, Province, Group, Parent, Level, Change, FirstCode };

    using QAbstractTableModel::QAbstractTableModel;
    /// Shows `portfolio` (none: an empty table) under these column titles (the first seven,
    /// then the codes).
    void setPortfolio(std::shared_ptr<const Portfolio> portfolio, const QStringList &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const PortfolioRow &row, int rank, int column) const;
    QVariant sortKey(const PortfolioRow &row, int rank, int column) const;

    std::shared_ptr<const Portfolio> m_portfolio;
    QStringList m_headers;
};

} // namespace ita::gui
