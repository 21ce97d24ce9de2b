#include "rate.h"

#include "decimal_p.h"
#include "int128_p.h"
#include "tr.h"

namespace coop {

namespace {

constexpr int PercentDecimals = 6;
constexpr int FractionDecimals = 8;

} // namespace

Result<Rate> Rate::fromPercent(QStringView text)
{
    // 1e-6 of a percent is exactly one unit, so the percent text reads straight into units.
    const auto units = detail::parseDecimal(text, PercentDecimals);
    if (units)
        return fromUnits(*units);
    switch (units.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a percentage: expected digits with an optional sign and "
                           "decimals after '.' or ',', without '%', such as 20, 5.5 or 0.016.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than six decimals: a percentage is exact to "
                           "0.000001 % only.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow,
                Tr::tr("The percentage “%1” is too large for a rate.").arg(text));
}

Result<Rate> Rate::fromFraction(QStringView text)
{
    const auto units = detail::parseDecimal(text, FractionDecimals);
    if (units)
        return fromUnits(*units);
    switch (units.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a coefficient: expected digits with an optional sign and "
                           "decimals after '.' or ',', such as 0.3781 or 1.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than eight decimals: a coefficient is exact to "
                           "0.00000001 only.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow, Tr::tr("“%1” is too large for a coefficient.").arg(text));
}

QString Rate::toPercentString() const
{
    return detail::formatDecimal(m_units, PercentDecimals, 0);
}

QString Rate::toFractionString() const
{
    return detail::formatDecimal(m_units, FractionDecimals, 0);
}

Result<Rate> Rate::times(Rate other, Rounding rounding) const
{
    const auto units =
        detail::divideRounded128(detail::product(m_units, other.m_units), UnitsPerOne, rounding);
    if (units)
        return fromUnits(*units);
    return fail(ErrorCode::Overflow,
                Tr::tr("%1 % × %2 % is too large for a rate.")
                    .arg(toPercentString(), other.toPercentString()));
}

} // namespace coop
