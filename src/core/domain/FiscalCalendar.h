#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ita {

/// The Thai fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist Era
/// year it ends in (FY2565 = 1 Oct 2021 – 30 Sep 2022). Qt has no Buddhist calendar, so the
/// product counts it here. Months of a plan are numbered from the year's start: 1 = October,
/// 12 = September; 13 and beyond run into the next fiscal year.
namespace fiscal {

constexpr int beOffset = 543;

inline int toBE(int ceYear) {
    return ceYear + beOffset;
}
inline int toCE(int beYear) {
    return beYear - beOffset;
}

/// The fiscal year (BE) a date falls in.
int yearOf(const QDate &date);
/// First and last day of a fiscal year.
QDate startOf(int fiscalYearBE);
QDate endOf(int fiscalYearBE);

/// Fiscal month (1 = October of the year before) of a date, relative to a fiscal year; may be
/// below 1 or above 12 for dates outside it.
int monthOf(const QDate &date, int fiscalYearBE);
/// First day of a fiscal month.
QDate monthStart(int fiscalYearBE, int month);
/// Last day of a fiscal month.
QDate monthEnd(int fiscalYearBE, int month);

/// Quarter (1–4) of a fiscal month 1–12: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.
inline int quarterOf(int month) {
    return (month - 1) / 3 + 1;
}

/// "ต.ค." … "ก.ย." (Thai abbreviations) or "Oct" … "Sep".
QString monthName(int month, bool thai);
/// "ต.ค. 64" style label with the two-digit BE year of that calendar month.
QString monthLabel(int fiscalYearBE, int month, bool thai);
/// A date as people type it: "31/3/2565" (day/month/year) or "2565-03-31"; a year above
/// 2400 is Buddhist Era, as Thai users write it, otherwise Christian Era. The one parser
/// of typed dates, for the tables and the command line alike.
std::optional<QDate> parseDate(const QString &text);

/// A date written the Thai way, "1 ต.ค. 2564", or "1 Oct 2564 BE".
QString formatDate(const QDate &date, bool thai);

} // namespace fiscal
} // namespace ita
