#include "FiscalCalendar.h"

#include <QRegularExpression>

namespace ita::fiscal {

int yearOf(const QDate &date) {
    return toBE(date.year()) + (date.month() >= 10 ? 1 : 0);
}

QDate startOf(int fiscalYearBE) {
    return QDate(toCE(fiscalYearBE) - 1, 10, 1);
}

QDate endOf(int fiscalYearBE) {
    return QDate(toCE(fiscalYearBE), 9, 30);
}

int monthOf(const QDate &date, int fiscalYearBE) {
    const QDate start = startOf(fiscalYearBE);
    return (date.year() - start.year()) * 12 + (date.month() - start.month()) + 1;
}

QDate monthStart(int fiscalYearBE, int month) {
    return startOf(fiscalYearBE).addMonths(month - 1);
}

QDate monthEnd(int fiscalYearBE, int month) {
    return monthStart(fiscalYearBE, month + 1).addDays(-1);
}

QString monthName(int month, bool thai) {
    static const char16_t *const th[] = {u"ต.ค.",  u"พ.ย.", u"ธ.ค.", u"ม.ค.", u"ก.พ.", u"มี.ค.",
                                         u"เม.ย.", u"พ.ค.", u"มิ.ย.", u"ก.ค.", u"ส.ค.", u"ก.ย."};
    static const char *const en[] = {"Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
                                     "Apr", "May", "Jun", "Jul", "Aug", "Sep"};
    const int i = ((month - 1) % 12 + 12) % 12;
    return thai ? QString::fromUtf16(th[i]) : QString::fromLatin1(en[i]);
}

QString monthLabel(int fiscalYearBE, int month, bool thai) {
    const QDate d = monthStart(fiscalYearBE, month);
    return QStringLiteral("%1 %2")
        .arg(monthName(month, thai))
        .arg(toBE(d.year()) % 100, 2, 10, QLatin1Char('0'));
}

QString formatDate(const QDate &date, bool thai) {
    if (!date.isValid())
        return {};
    const int month = (date.month() + 2) % 12 + 1; // calendar month → fiscal month
    return thai ? QStringLiteral("%1 %2 %3")
                      .arg(date.day())
                      .arg(monthName(month, true))
                      .arg(toBE(date.year()))
                : QStringLiteral("%1 %2 %3 BE")
                      .arg(date.day())
                      .arg(monthName(month, false))
                      .arg(toBE(date.year()));
}

std::optional<QDate> parseDate(const QString &text) {
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(t); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto d = dmy.match(t); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        year = d.captured(3).toInt();
    } else {
        return std::nullopt;
    }
    if (year > 2400)
        year = toCE(year);
    const QDate date(year, month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace ita::fiscal
