#pragma once

#include "result.h"
#include "rounding.h"

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtNumeric>

#include <compare>
#include <concepts>

namespace coop {

class Rate;

// An amount of euros in integer cents (qint64); never a fraction of a cent and never a double.
// Every qint64 is a valid amount. Rounding happens only in functions that take a Rounding, once.
// Error policy: +, -, += and -= between amounts treat overflow as a programming error (Q_ASSERT,
// wrapping without undefined behaviour in release builds); amounts that come from users or files
// go through checkedAdd(), checkedSub(), sum(), multiplied() and times(), which return Overflow
// errors. Arithmetic with floating point is deleted so that it cannot compile by accident.
// Text is canonical ("1234.56", "-0.05") for files and JSON; display formatting belongs to the UI.
class Money
{
public:
    constexpr Money() = default;
    template<std::floating_point F>
    Money(F) = delete;

    static constexpr Money fromCents(qint64 cents)
    {
        Money money;
        money.m_cents = cents;
        return money;
    }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    Money abs() const { return isNegative() ? -*this : *this; }

    // "[+|-]digits[(.|,)d[d]]": "1234.56", "-0,5", "12". ParseError for anything else (spaces,
    // thousands separators, a third decimal, an empty text), Overflow beyond the qint64 range.
    static Result<Money> parse(QStringView text);
    // Always two decimals and '.' as separator: parse(toString()) gives back the same amount.
    QString toString() const;
    // As a person reads it in the default QLocale: "1 234,56" in French, "1,234.56" in English.
    QString toLocaleString() const;

    static Result<Money> checkedAdd(Money a, Money b);
    static Result<Money> checkedSub(Money a, Money b);
    static Result<Money> sum(const QList<Money> &amounts);
    Result<Money> multiplied(qint64 factor) const;
    // this × rate, exact in 128 bits, rounded once to the cent: 9.99 × 20 % HalfUp = 2.00.
    Result<Money> times(Rate rate, Rounding rounding) const;

    bool operator==(const Money &other) const = default;
    auto operator<=>(const Money &other) const = default;

    Money operator-() const
    {
        qint64 result = 0;
        [[maybe_unused]] const bool overflow = qSubOverflow(qint64(0), m_cents, &result);
        Q_ASSERT_X(!overflow, "Money::operator-", "the smallest amount has no opposite");
        return fromCents(result);
    }
    Money &operator+=(Money other)
    {
        [[maybe_unused]] const bool overflow = qAddOverflow(m_cents, other.m_cents, &m_cents);
        Q_ASSERT_X(!overflow, "Money::operator+=", "overflow: use checkedAdd for outside data");
        return *this;
    }
    Money &operator-=(Money other)
    {
        [[maybe_unused]] const bool overflow = qSubOverflow(m_cents, other.m_cents, &m_cents);
        Q_ASSERT_X(!overflow, "Money::operator-=", "overflow: use checkedSub for outside data");
        return *this;
    }
    friend Money operator+(Money a, Money b) { return a += b; }
    friend Money operator-(Money a, Money b) { return a -= b; }

    template<std::floating_point F>
    Money &operator=(F) = delete;
    template<std::floating_point F>
    Money &operator+=(F) = delete;
    template<std::floating_point F>
    Money &operator-=(F) = delete;
    template<std::floating_point F>
    Money &operator*=(F) = delete;
    template<std::floating_point F>
    Money &operator/=(F) = delete;

private:
    qint64 m_cents = 0;
};

// Floating point never meets an amount: rates go through Rate, quantities through Quantity.
template<std::floating_point F>
Money operator+(Money, F) = delete;
template<std::floating_point F>
Money operator+(F, Money) = delete;
template<std::floating_point F>
Money operator-(Money, F) = delete;
template<std::floating_point F>
Money operator-(F, Money) = delete;
template<std::floating_point F>
Money operator*(Money, F) = delete;
template<std::floating_point F>
Money operator*(F, Money) = delete;
template<std::floating_point F>
Money operator/(Money, F) = delete;
template<std::floating_point F>
Money operator/(F, Money) = delete;

inline size_t qHash(Money money, size_t seed = 0) noexcept
{
    return ::qHash(money.cents(), seed);
}

} // namespace coop

Q_DECLARE_TYPEINFO(coop::Money, Q_RELOCATABLE_TYPE);
