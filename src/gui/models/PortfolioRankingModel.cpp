#include "PortfolioRankingModel.h"

namespace ita::gui {

void PortfolioRankingModel::setPortfolio(std::shared_ptr<const Portfolio> portfolio,
                                         const QStringList &headers) {
    beginResetModel();
    m_portfolio = std::move(portfolio);
    m_headers = m_portfolio ? headers : QStringList();
    endResetModel();
}

int PortfolioRankingModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_portfolio ? 0 : int(m_portfolio->rows.size());
}

int PortfolioRankingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QString PortfolioRankingModel::text(const PortfolioRow &row, int rank, int column) const {
    switch (column) {
    case Rank:
        return QString::number(rank);
    case Agency:
        return row.agency;
    case Province:
        return row.attributes.province;
    case Group:
        return row.attributes.group;
    case Parent:
        return row.attributes.parent;
    case Level:
        return row.level;
    case Change:
        if (!row.delta)
            return QStringLiteral("–");
        return (*row.delta > Score() ? QStringLiteral("+") : QString()) + row.delta->toString();
    default: {
        const auto &score = row.scores.at(size_t(column - FirstCode));
        return score ? score->toString() : QStringLiteral("–");
    }
    }
}

QVariant PortfolioRankingModel::sortKey(const PortfolioRow &row, int rank, int column) const {
    switch (column) {
    case Rank:
    case Level: // the levels follow the ranking
        return rank;
    case Change:
        // No change known sorts below every change.
        return row.delta ? QVariant(row.delta->hundredths()) : QVariant(qint64(-1000000));
    case Agency:
    case Province:
    case Group:
    case Parent:
        return text(row, rank, column);
    default: {
        const auto &score = row.scores.at(size_t(column - FirstCode));
        return score ? QVariant(score->hundredths()) : QVariant(qint64(-1));
    }
    }
}

QVariant PortfolioRankingModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_portfolio || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const PortfolioRow &row = m_portfolio->rows[size_t(index.row())];
    const int rank = index.row() + 1;
    if (index.column() >= FirstCode && size_t(index.column() - FirstCode) >= row.scores.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(row, rank, index.column());
    case SortRole:
        return sortKey(row, rank, index.column());
    case AgencyRole:
        return row.agency;
    case Qt::TextAlignmentRole:
        if (index.column() >= Change)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PortfolioRankingModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ita::gui
