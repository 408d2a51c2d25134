#include "TimeScale.h"

#include "domain/FiscalCalendar.h"

#include <cmath>

namespace ita {

int TimeScale::monthAt(double x) const {
    const int m = int(std::floor(mapFromChart(x))) + 1;
    return std::clamp(m, 1, m_months);
}

double TimeScale::mapDate(const QDate &date) const {
    const int month = fiscal::monthOf(date, m_year);
    const QDate start = fiscal::monthStart(m_year, month);
    const double fraction = double(start.daysTo(date)) / double(start.daysInMonth());
    return mapToChart(month - 1 + fraction);
}

} // namespace ita
