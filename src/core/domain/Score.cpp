#include "Score.h"

namespace ita {

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator) {
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const qint64 magnitude = negative ? -numerator : numerator;
    const qint64 quotient = (2 * magnitude + denominator) / (2 * denominator);
    return negative ? -quotient : quotient;
}

std::optional<qint64> parseFixedPoint(QStringView text, int decimals, bool *rounded) {
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qsizetype i = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        if (++wholeDigits > 12) // far beyond any score or weight; keeps the arithmetic exact
            return std::nullopt;
        whole = whole * 10 + (text[i].unicode() - u'0');
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool dropped = false;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            const int digit = text[i].unicode() - u'0';
            if (fractionDigits < decimals) {
                fraction = fraction * 10 + digit;
                ++fractionDigits;
            } else {
                if (fractionDigits == decimals && !dropped)
                    roundUp = digit >= 5;
                dropped = true;
            }
        }
        if (wholeDigits == 0 && fractionDigits == 0)
            return std::nullopt;
    } else if (wholeDigits == 0) {
        return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    for (int d = fractionDigits; d < decimals; ++d)
        fraction *= 10;
    qint64 scale = 1;
    for (int d = 0; d < decimals; ++d)
        scale *= 10;
    qint64 value = whole * scale + fraction + (roundUp ? 1 : 0);
    if (rounded)
        *rounded = dropped;
    return negative ? -value : value;
}

QString Score::toString() const {
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    return QStringLiteral("%1%2.%3")
        .arg(m_hundredths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<ParsedScore> Score::parse(QStringView text) {
    bool rounded = false;
    const auto value = parseFixedPoint(text, 2, &rounded);
    if (!value)
        return std::nullopt;
    return ParsedScore{Score(*value), rounded};
}

Score Score::mean(std::span<const Score> values) {
    if (values.empty())
        return Score();
    qint64 sum = 0;
    for (Score v : values)
        sum += v.m_hundredths;
    return Score(divideRoundHalfUp(sum, qint64(values.size())));
}

Score Score::weightedMean(std::span<const Score> values, std::span<const qint64> weights) {
    Q_ASSERT(values.size() == weights.size());
    qint64 sum = 0;
    qint64 total = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        sum += values[i].m_hundredths * weights[i];
        total += weights[i];
    }
    if (total == 0)
        return Score();
    return Score(divideRoundHalfUp(sum, total));
}

} // namespace ita
