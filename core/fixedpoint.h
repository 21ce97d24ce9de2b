#pragma once

#include "money.h"
#include "result.h"
#include "rounding.h"

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include <compare>

namespace coop {

class ExactAmount;
class Quantity;
class Rate;

// A unit price excluding VAT (prix unitaire HT) in 1e-5 € units: invoices may carry up to five
// decimals. Negative prices are allowed (discount lines). It is never rounded by itself: its
// product with a Quantity is an exact ExactAmount. Parsing refuses a sixth decimal (ParseError) and
// values beyond qint64 units (Overflow); conversions and products return Overflow, never wrap.
class UnitPrice
{
public:
    static constexpr qint64 UnitsPerEuro = 100'000;
    static constexpr qint64 UnitsPerCent = UnitsPerEuro / 100;

    constexpr UnitPrice() = default;

    static constexpr UnitPrice fromUnits(qint64 units)
    {
        UnitPrice price;
        price.m_units = units;
        return price;
    }
    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    static Result<UnitPrice> fromMoney(Money amount);
    // "[+|-]digits[(.|,)digits]" with at most 5 decimals: "0.12345", "-12,5", "1200".
    static Result<UnitPrice> parse(QStringView text);
    // At least two decimals, at most five, no trailing zero beyond two: "12.50", "0.12345".
    QString toString() const;

    // The exact line amount excluding VAT (1e-5 € × 1e-3 = 1e-8 €); Overflow when it does not fit.
    Result<ExactAmount> times(Quantity quantity) const;

    bool operator==(const UnitPrice &other) const = default;
    auto operator<=>(const UnitPrice &other) const = default;

private:
    qint64 m_units = 0;
};

// A quantity (hours, days, pieces, kilometres…) in 1e-3 units. Negative quantities are allowed:
// a credit note (avoir) reverses lines with them. Parsing refuses a fourth decimal (ParseError) and
// values beyond qint64 units (Overflow).
class Quantity
{
public:
    static constexpr qint64 UnitsPerOne = 1'000;

    constexpr Quantity() = default;

    static constexpr Quantity fromUnits(qint64 units)
    {
        Quantity quantity;
        quantity.m_units = units;
        return quantity;
    }
    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // "[+|-]digits[(.|,)digits]" with at most 3 decimals: "3.5", "151.67", "-2".
    static Result<Quantity> parse(QStringView text);
    // Shortest exact text: "3.5", "1", "0.125".
    QString toString() const;

    bool operator==(const Quantity &other) const = default;
    auto operator<=>(const Quantity &other) const = default;

private:
    qint64 m_units = 0;
};

// An amount of euros kept exact to 1e-8 €, which holds every Quantity × UnitPrice product. Invoice
// lines excluding VAT stay exact; only the totals per VAT rate are rounded, once, through
// rounded() or times(Rate, Rounding) (DOMAIN.md §3 "Rounding"). The range is ±92 billion euros;
// sums, conversions and products return Overflow instead of wrapping.
class ExactAmount
{
public:
    static constexpr qint64 UnitsPerEuro = 100'000'000;
    static constexpr qint64 UnitsPerCent = UnitsPerEuro / 100;

    constexpr ExactAmount() = default;

    static constexpr ExactAmount fromUnits(qint64 units)
    {
        ExactAmount amount;
        amount.m_units = units;
        return amount;
    }
    constexpr qint64 units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    static Result<ExactAmount> fromMoney(Money amount);
    // "[+|-]digits[(.|,)digits]" with at most 8 decimals: "0.432075", "-1.5".
    static Result<ExactAmount> parse(QStringView text);
    // At least two decimals, at most eight, no trailing zero beyond two: "0.432075", "12.50".
    QString toString() const;

    static Result<ExactAmount> checkedAdd(ExactAmount a, ExactAmount b);
    static Result<ExactAmount> checkedSub(ExactAmount a, ExactAmount b);
    static Result<ExactAmount> sum(const QList<ExactAmount> &amounts);

    // To the cent, rounded once; always fits because a cent is coarser than a unit.
    Money rounded(Rounding rounding) const;
    // this × rate exact in 128 bits (1e-16 €), rounded once to the cent: the VAT of a rate's total.
    Result<Money> times(Rate rate, Rounding rounding) const;

    bool operator==(const ExactAmount &other) const = default;
    auto operator<=>(const ExactAmount &other) const = default;

private:
    qint64 m_units = 0;
};

inline size_t qHash(UnitPrice price, size_t seed = 0) noexcept
{
    return ::qHash(price.units(), seed);
}

inline size_t qHash(Quantity quantity, size_t seed = 0) noexcept
{
    return ::qHash(quantity.units(), seed);
}

inline size_t qHash(ExactAmount amount, size_t seed = 0) noexcept
{
    return ::qHash(amount.units(), seed);
}

} // namespace coop

Q_DECLARE_TYPEINFO(coop::UnitPrice, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coop::Quantity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(coop::ExactAmount, Q_RELOCATABLE_TYPE);
