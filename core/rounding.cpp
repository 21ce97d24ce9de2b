#include "rounding.h"

#include "int128_p.h"
#include "tr.h"

#include <limits>

namespace coop {

namespace detail {

std::optional<qint64> narrow(Int128 value)
{
    if (value < std::numeric_limits<qint64>::min() || value > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(value);
}

std::optional<qint64> divideRounded128(Int128 numerator, Int128 denominator, Rounding rounding)
{
    Q_ASSERT(denominator != 0);
    // Working on magnitudes keeps every mode a question of "add one to the magnitude or not",
    // with the sign of the exact quotient deciding the direction-dependent modes.
    const bool negative = (numerator < 0) != (denominator < 0);
    const UInt128 n = magnitude(numerator);
    const UInt128 d = magnitude(denominator);
    UInt128 quotient = n / d;
    const UInt128 remainder = n % d;

    bool awayFromZero = false;
    if (remainder != 0) {
        // remainder < d, so d - remainder cannot underflow, and comparing remainder with it avoids
        // the overflow that 2 × remainder could hit.
        const UInt128 rest = d - remainder;
        switch (rounding) {
        case Rounding::HalfUp:
            awayFromZero = remainder >= rest;
            break;
        case Rounding::HalfEven:
            awayFromZero = remainder > rest || (remainder == rest && (quotient & 1) != 0);
            break;
        case Rounding::TowardZero:
            awayFromZero = false;
            break;
        case Rounding::AwayFromZero:
            awayFromZero = true;
            break;
        case Rounding::Floor:
            awayFromZero = negative;
            break;
        case Rounding::Ceiling:
            awayFromZero = !negative;
            break;
        }
    }
    if (awayFromZero)
        ++quotient;

    constexpr UInt128 maxPositive = static_cast<UInt128>(std::numeric_limits<qint64>::max());
    if (quotient > maxPositive + (negative ? 1 : 0))
        return std::nullopt;
    const Int128 signedQuotient = static_cast<Int128>(quotient);
    return static_cast<qint64>(negative ? -signedQuotient : signedQuotient);
}

} // namespace detail

Result<qint64> divideRounded(qint64 numerator, qint64 denominator, Rounding rounding)
{
    if (denominator == 0) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Cannot divide %1 by zero.").arg(numerator));
    }
    if (const auto quotient = detail::divideRounded128(numerator, denominator, rounding))
        return *quotient;
    return fail(ErrorCode::Overflow,
                Tr::tr("The quotient of %1 divided by %2 is too large to be stored.")
                    .arg(numerator)
                    .arg(denominator));
}

Result<qint64> multiplyDivideRounded(qint64 a, qint64 b, qint64 denominator, Rounding rounding)
{
    if (denominator == 0) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Cannot divide %1 × %2 by zero.").arg(a).arg(b));
    }
    const auto quotient = detail::divideRounded128(detail::product(a, b), denominator, rounding);
    if (quotient)
        return *quotient;
    return fail(ErrorCode::Overflow,
                Tr::tr("The result of %1 × %2 / %3 is too large to be stored.")
                    .arg(a)
                    .arg(b)
                    .arg(denominator));
}

} // namespace coop
