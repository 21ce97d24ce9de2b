#pragma once

#include "result.h"
#include "rounding.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>

namespace coop {

// A rate, coefficient or percentage in fixed point: one unit is 1e-8 (1e-6 of a percent), so
// 100 % is 100'000'000 units and 0.016 %, 98.25 %, 5.5 % or an RGDU coefficient of 0.3781 are
// exact. Negative rates are allowed (reductions). Parsing refuses more decimals than the type
// holds instead of rounding them away (ParseError), and values beyond qint64 units (Overflow).
// Products with amounts are on the amount side (Money::times, ExactAmount::times); the product of
// two rates is rounded once with the caller's Rounding.
class Rate
{
public:
    static constexpr qint64 UnitsPerOne = 100'000'000;
    static constexpr qint64 UnitsPerPercent = UnitsPerOne / 100;

    constexpr Rate() = default;

    static constexpr Rate fromUnits(qint64 units)
    {
        Rate rate;
        rate.m_units = units;
        return rate;
    }
    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // A percentage with at most 6 decimals: "20", "5.5", "0.016", "98.25", "-1,5".
    static Result<Rate> fromPercent(QStringView text);
    // A plain coefficient with at most 8 decimals: "0.3781", "1", "0.00000001".
    static Result<Rate> fromFraction(QStringView text);

    // Shortest exact text, no '%': "5.5", "0.016", "20", "-1.5".
    QString toPercentString() const;
    // Shortest exact text of the coefficient: "0.3781", "1", "0.055".
    QString toFractionString() const;

    // this × other rounded once to 1e-8 (98.25 % × 9.2 % = 9.039 %). Overflow beyond qint64 units.
    Result<Rate> times(Rate other, Rounding rounding) const;

    bool operator==(const Rate &other) const = default;
    auto operator<=>(const Rate &other) const = default;

private:
    qint64 m_units = 0;
};

inline size_t qHash(Rate rate, size_t seed = 0) noexcept
{
    return ::qHash(rate.units(), seed);
}

} // namespace coop

Q_DECLARE_TYPEINFO(coop::Rate, Q_RELOCATABLE_TYPE);
