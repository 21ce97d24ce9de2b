#include "money.h"

#include <QLocale>

#include "decimal_p.h"
#include "int128_p.h"
#include "rate.h"
#include "tr.h"

#include <limits>

namespace coop {

namespace {

constexpr int CentDecimals = 2;

} // namespace

Result<Money> Money::parse(QStringView text)
{
    const auto cents = detail::parseDecimal(text, CentDecimals);
    if (cents)
        return fromCents(*cents);
    switch (cents.error()) {
    case detail::DecimalError::Syntax:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an amount: expected digits with an optional sign and at "
                           "most two decimals after '.' or ',', such as 1234.56 or -0,5.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” has more than two decimals: an amount is counted in whole cents.")
                        .arg(text));
    case detail::DecimalError::OutOfRange:
        break;
    }
    return fail(ErrorCode::Overflow,
                Tr::tr("“%1” is too large for an amount.").arg(text));
}

QString Money::toString() const
{
    return detail::formatDecimal(m_cents, CentDecimals, CentDecimals);
}

Result<Money> Money::checkedAdd(Money a, Money b)
{
    qint64 result = 0;
    if (qAddOverflow(a.m_cents, b.m_cents, &result)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("The sum of %1 and %2 is too large for an amount.")
                        .arg(a.toString(), b.toString()));
    }
    return fromCents(result);
}

Result<Money> Money::checkedSub(Money a, Money b)
{
    qint64 result = 0;
    if (qSubOverflow(a.m_cents, b.m_cents, &result)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("%1 minus %2 is too large for an amount.")
                        .arg(a.toString(), b.toString()));
    }
    return fromCents(result);
}

Result<Money> Money::sum(const QList<Money> &amounts)
{
    // Adding in 128 bits lets a list whose running total leaves the range and comes back still
    // succeed: only the final sum has to be an amount.
    detail::Int128 total = 0;
    for (const Money amount : amounts)
        total += amount.m_cents;
    if (const auto cents = detail::narrow(total))
        return fromCents(*cents);
    const int count =
        static_cast<int>(qMin<qsizetype>(amounts.size(), std::numeric_limits<int>::max()));
    return fail(ErrorCode::Overflow,
                Tr::tr("The sum of %n amounts is too large for an amount.", nullptr, count));
}

Result<Money> Money::multiplied(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(m_cents, factor, &result)) {
        return fail(ErrorCode::Overflow,
                    Tr::tr("%1 × %2 is too large for an amount.").arg(toString()).arg(factor));
    }
    return fromCents(result);
}

Result<Money> Money::times(Rate rate, Rounding rounding) const
{
    const auto cents = detail::divideRounded128(detail::product(m_cents, rate.units()),
                                                Rate::UnitsPerOne, rounding);
    if (cents)
        return fromCents(*cents);
    return fail(ErrorCode::Overflow,
                Tr::tr("%1 × %2 % is too large for an amount.")
                    .arg(toString(), rate.toPercentString()));
}

QString Money::toLocaleString() const
{
    const QLocale locale;
    const quint64 magnitude = m_cents < 0 ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString units = QString::number(magnitude / 100);
    const QString group = locale.groupSeparator();
    for (qsizetype at = units.size() - 3; at > 0; at -= 3)
        units.insert(at, group);
    QString text = units + locale.decimalPoint()
                   + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return m_cents < 0 ? locale.negativeSign() + text : text;
}

} // namespace coop
