#pragma once

#include <QDate>

namespace ita {

/// Maps fiscal months to x and back. Month m (1 = October) spans [m - 1, m) in "month
/// time"; x = origin + (month time - first month + 1) × month width.
class TimeScale {
public:
    TimeScale(int fiscalYearBE, double origin, double monthWidth, int months = 12)
        : m_year(fiscalYearBE)
        , m_origin(origin)
        , m_width(monthWidth)
        , m_months(months) {}

    int fiscalYear() const { return m_year; }
    int months() const { return m_months; }
    double monthWidth() const { return m_width; }
    double origin() const { return m_origin; }
    double end() const { return m_origin + m_width * m_months; }

    /// x of the start of a month (startOfMonth(13) is the end of September).
    double startOfMonth(int month) const { return m_origin + (month - 1) * m_width; }
    double mapToChart(double monthTime) const { return m_origin + monthTime * m_width; }
    double mapFromChart(double x) const { return (x - m_origin) / m_width; }
    /// The month under x (1-based, clamped to the shown months).
    int monthAt(double x) const;
    /// x of a day (for the today line).
    double mapDate(const QDate &date) const;

private:
    int m_year;
    double m_origin;
    double m_width;
    int m_months;
};

} // namespace ita
