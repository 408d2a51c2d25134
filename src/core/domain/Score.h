#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>
#include <span>

namespace ita {

/// A published ITA value held as an integer number of hundredths.
///
/// The NACC publishes every score with two decimals and every rule of the product compares
/// such values (85.00, the agency's overall score), so nothing here is a binary float:
/// sub-items 84.52, 84.57 and 85.91 average to exactly 85.00.
class Score {
public:
    constexpr Score() = default;
    static constexpr Score fromHundredths(qint64 hundredths) { return Score(hundredths); }
    static constexpr Score fromWhole(qint64 whole) { return Score(whole * 100); }

    constexpr qint64 hundredths() const { return m_hundredths; }
    double toDouble() const { return double(m_hundredths) / 100.0; }

    /// "92.55"; always two decimals, "." as the decimal mark.
    QString toString() const;

    /// Reads "85", "85.5", "84.567", "+85", "-3" ("." only; no exponent, no thousands
    /// separator). Rounds half up (away from zero) past two decimals. Range is not
    /// checked here: the caller says which range applies. Returns nothing when the text is
    /// not a number.
    static std::optional<struct ParsedScore> parse(QStringView text);

    /// Mean of the values rounded half up to hundredths. Empty input gives 0.
    static Score mean(std::span<const Score> values);

    /// Σ wᵢ·vᵢ / Σ wᵢ rounded half up; weights are integers in any common unit
    /// (the framework uses ten-thousandths). Zero total weight gives 0.
    static Score weightedMean(std::span<const Score> values, std::span<const qint64> weights);

    constexpr bool inRange() const { return m_hundredths >= 0 && m_hundredths <= 10000; }

    constexpr auto operator<=>(const Score &) const = default;
    constexpr Score operator-(Score other) const {
        return Score(m_hundredths - other.m_hundredths);
    }
    constexpr Score abs() const { return Score(m_hundredths < 0 ? -m_hundredths : m_hundredths); }

private:
    constexpr explicit Score(qint64 hundredths)
        : m_hundredths(hundredths) {}
    qint64 m_hundredths = 0;
};

/// Result of reading a score typed by a person.
struct ParsedScore {
    Score value;
    bool rounded = false; ///< more than two decimals were given and rounded half up
};

/// Integer division rounding half away from zero, the rounding the NACC publishes with.
qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);

/// Parses a non-negative decimal into units of 10^-decimals, rounding half up past that.
/// Used for framework weights (decimals = 4). Returns nothing on malformed text.
std::optional<qint64> parseFixedPoint(QStringView text, int decimals, bool *rounded = nullptr);

} // namespace ita
