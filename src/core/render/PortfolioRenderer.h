#pragma once

#include "analysis/Portfolio.h"

#include <QRectF>

class QPainter;

namespace ita {

/// Paints a portfolio's summary into any rectangle with QPainter only: the portfolio view in
/// the window and the first page of the portfolio report both use it. Four panels: the
/// headline figures (agencies, mean and median overall, pass rate), the distribution of
/// overall scores in five-point bins (passing and not passing stacked), the count at each
/// level, and the indicators' means with the indicators most often urgent. Sizes follow the
/// rectangle.
class PortfolioRenderer {
public:
    struct Options {
        bool thai = true;
    };
    PortfolioRenderer(const Portfolio &portfolio, Options options);

    void paint(QPainter &painter, const QRectF &rect);

    /// The distribution's bins: [lower, lower + 5) points, the last one [95, 100]; agencies
    /// below 50 are counted in the first bin. Each holds (passing, not passing).
    struct Bin {
        int lower = 0;
        int passing = 0;
        int failing = 0;
    };
    static std::vector<Bin> distribution(const Portfolio &portfolio);
    /// After a paint: texts that had to be shrunk below the smallest size or elided.
    int misfits() const { return m_misfits; }

private:
    void paintHeadline(QPainter &p, const QRectF &r);
    void paintDistribution(QPainter &p, const QRectF &r);
    void paintLevels(QPainter &p, const QRectF &r);
    void paintIndicators(QPainter &p, const QRectF &r);
    double heading(QPainter &p, const QRectF &r, const QString &text);
    void text(QPainter &p, const QRectF &r, const QString &text, double size, bool bold, int flags);

    const Portfolio &m_portfolio;
    Options m_options;
    double m_unit = 1; ///< one point at this rectangle's size
    int m_misfits = 0;
};

} // namespace ita
