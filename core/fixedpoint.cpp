#include "fixedpoint.h"

#include "decimal_p.h"
#include "int128_p.h"
#include "rate.h"
#include "tr.h"

#include <limits>

namespace coop {

namespace detail {

namespace {

constexpr int MaxDecimals = 18;

constexpr quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

unsigned digitValue(QChar c)
{
    return static_cast<unsigned>(c.unicode() - u'0');
}

} // namespace

std::expected<qint64, DecimalError> parseDecimal(QStringView text, int decimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= MaxDecimals);
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }

    // Once the integer part passes 2^64 it is out of range whatever follows; the scan goes on
    // only so that malformed text is still reported as malformed.
    constexpr UInt128 saturation = UInt128(1) << 64;
    UInt128 whole = 0;
    qsizetype wholeDigits = 0;
    for (; i < size && isAsciiDigit(text[i]); ++i, ++wholeDigits) {
        if (whole < saturation)
            whole = whole * 10 + digitValue(text[i]);
    }
    if (wholeDigits == 0)
        return std::unexpected(DecimalError::Syntax);

    UInt128 fraction = 0;
    qsizetype fractionDigits = 0;
    if (i < size && (text[i] == u'.' || text[i] == u',')) {
        ++i;
        for (; i < size && isAsciiDigit(text[i]); ++i, ++fractionDigits) {
            if (fractionDigits < decimals)
                fraction = fraction * 10 + digitValue(text[i]);
        }
        if (fractionDigits == 0)
            return std::unexpected(DecimalError::Syntax);
    }
    if (i != size)
        return std::unexpected(DecimalError::Syntax);
    if (fractionDigits > decimals)
        return std::unexpected(DecimalError::TooManyDecimals);

    fraction *= powerOfTen(decimals - static_cast<int>(fractionDigits));
    // The scan stops growing `whole` below 10 × 2^64, and 10^18 × 10 × 2^64 < 2^128.
    const UInt128 magnitude = whole * powerOfTen(decimals) + fraction;
    const UInt128 limit =
        static_cast<UInt128>(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (magnitude > limit)
        return std::unexpected(DecimalError::OutOfRange);
    const Int128 value = static_cast<Int128>(magnitude);
    return static_cast<qint64>(negative ? -value : value);
}

QString formatDecimal(qint64 units, int decimals, int minDecimals)
{
    Q_ASSERT(decimals >= 0 && decimals <= MaxDecimals);
    Q_ASSERT(minDecimals >= 0 && minDecimals <= decimals);
    const bool negative = units < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(units) : static_cast<quint64>(units);
    const quint64 scale = powerOfTen(decimals);

    QString text;
    if (negative)
        text += u'-';
    text += QString::number(magnitude / scale);

    QString fraction = QString::number(magnitude % scale).rightJustified(decimals, u'0');
    qsizetype kept = fraction.size();
    while (kept > minDecimals && fraction.at(kept - 1) == u'0')
        --kept;
    fraction.truncate(kept);
    if (!fraction.isEmpty()) {
        text += u'.';
        text += fraction;
    }
    return text;
}

} // namespace detail

namespace {

constexpr int UnitPriceDecimals = 5;
constexpr int QuantityDecimals = 3;
constexpr int ExactAmountDecimals = 8;

} // namespace

Result<UnitPrice> UnitPrice::fromMoney(Money amount)
{
    qint64 units = 0;
    if (qMulOverflow(amount.cents(), UnitsPerCent, &units)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("%1 is too large for a unit price.").arg(amount.toString()));
    }
    return fromUnits(units);
}

Result<UnitPrice> UnitPrice::parse(QStringView text)
{
    const auto units = detail::parseDecimal(text, UnitPriceDecimals);
    if (units)
        return fromUnits(*units);
    switch (units.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a unit price: expected digits with an optional sign and at "
                           "most five decimals after '.' or ',', such as 12.5 or 0.12345.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than five decimals, the most a unit price can have.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow, Tr::tr("“%1” is too large for a unit price.").arg(text));
}

QString UnitPrice::toString() const
{
    return detail::formatDecimal(m_units, UnitPriceDecimals, 2);
}

Result<ExactAmount> UnitPrice::times(Quantity quantity) const
{
    // 1e-5 € × 1e-3 is exactly one 1e-8 € unit of ExactAmount: no rounding, only a range check.
    static_assert(UnitsPerEuro * Quantity::UnitsPerOne == ExactAmount::UnitsPerEuro);
    if (const auto units = detail::narrow(detail::product(m_units, quantity.units())))
        return ExactAmount::fromUnits(*units);
    return fail(ErrorCode::Overflow,
                Tr::tr("%1 × %2 € is too large for a line amount.")
                    .arg(quantity.toString(), toString()));
}

Result<Quantity> Quantity::parse(QStringView text)
{
    const auto units = detail::parseDecimal(text, QuantityDecimals);
    if (units)
        return fromUnits(*units);
    switch (units.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a quantity: expected digits with an optional sign and at "
                           "most three decimals after '.' or ',', such as 3.5 or 151.67.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than three decimals, the most a quantity can have.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow, Tr::tr("“%1” is too large for a quantity.").arg(text));
}

QString Quantity::toString() const
{
    return detail::formatDecimal(m_units, QuantityDecimals, 0);
}

Result<ExactAmount> ExactAmount::fromMoney(Money amount)
{
    qint64 units = 0;
    if (qMulOverflow(amount.cents(), UnitsPerCent, &units)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("%1 is too large for an exact amount (at most about 92 billion euros).")
                        .arg(amount.toString()));
    }
    return fromUnits(units);
}

Result<ExactAmount> ExactAmount::parse(QStringView text)
{
    const auto units = detail::parseDecimal(text, ExactAmountDecimals);
    if (units)
        return fromUnits(*units);
    switch (units.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an amount: expected digits with an optional sign and at "
                           "most eight decimals after '.' or ',', such as 0.432075 or -1.5.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than eight decimals, the most an exact amount can have.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow, Tr::tr("“%1” is too large for an exact amount.").arg(text));
}

QString ExactAmount::toString() const
{
    return detail::formatDecimal(m_units, ExactAmountDecimals, 2);
}

Result<ExactAmount> ExactAmount::checkedAdd(ExactAmount a, ExactAmount b)
{
    qint64 units = 0;
    if (qAddOverflow(a.m_units, b.m_units, &units)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("The sum of %1 and %2 is too large for an exact amount.")
                        .arg(a.toString(), b.toString()));
    }
    return fromUnits(units);
}

Result<ExactAmount> ExactAmount::checkedSub(ExactAmount a, ExactAmount b)
{
    qint64 units = 0;
    if (qSubOverflow(a.m_units, b.m_units, &units)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("%1 minus %2 is too large for an exact amount.")
                        .arg(a.toString(), b.toString()));
    }
    return fromUnits(units);
}

Result<ExactAmount> ExactAmount::sum(const QList<ExactAmount> &amounts)
{
    // Only the final total has to fit, as for Money::sum().
    detail::Int128 total = 0;
    for (const ExactAmount amount : amounts)
        total += amount.m_units;
    if (const auto units = detail::narrow(total))
        return fromUnits(*units);
    return fail(ErrorCode::Overflow,
                Tr::tr("The sum of %n amounts is too large for an exact amount.", nullptr,
                       static_cast<int>(qMin<qsizetype>(amounts.size(),
                                                        std::numeric_limits<int>::max()))));
}

Money ExactAmount::rounded(Rounding rounding) const
{
    const auto cents = detail::divideRounded128(m_units, UnitsPerCent, rounding);
    Q_ASSERT(cents);
    return Money::fromCents(*cents);
}

Result<Money> ExactAmount::times(Rate rate, Rounding rounding) const
{
    constexpr detail::Int128 unitsPerCentTimesRate =
        static_cast<detail::Int128>(UnitsPerCent) * Rate::UnitsPerOne;
    const auto cents = detail::divideRounded128(detail::product(m_units, rate.units()),
                                                unitsPerCentTimesRate, rounding);
    if (cents)
        return Money::fromCents(*cents);
    return fail(ErrorCode::Overflow,
                Tr::tr("%1 × %2 % is too large for an amount.")
                    .arg(toString(), rate.toPercentString()));
}

} // namespace coop
