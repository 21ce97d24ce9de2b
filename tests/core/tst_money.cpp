#include "core/money.h"

#include "core/rate.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <concepts>
#include <limits>
#include <type_traits>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// Floating point must not reach an amount by any operator. Each concept is also asserted true on
// a pair where the operation exists, so a concept that could never be satisfied cannot pass.
template<class A, class B>
concept Addable = requires(A a, B b) { a + b; };
template<class A, class B>
concept Subtractable = requires(A a, B b) { a - b; };
template<class A, class B>
concept Multipliable = requires(A a, B b) { a * b; };
template<class A, class B>
concept Divisible = requires(A a, B b) { a / b; };
template<class A, class B>
concept AddAssignable = requires(A &a, B b) { a += b; };
template<class A, class B>
concept SubtractAssignable = requires(A &a, B b) { a -= b; };
template<class A, class B>
concept MultiplyAssignable = requires(A &a, B b) { a *= b; };
template<class A, class B>
concept DivideAssignable = requires(A &a, B b) { a /= b; };
template<class A, class B>
concept Assignable = requires(A &a, B b) { a = b; };
template<class A, class B>
concept LessComparable = requires(A a, B b) { a < b; };
template<class A, class B>
concept EqualityComparable = requires(A a, B b) { a == b; };

static_assert(Addable<Money, Money>);
static_assert(Addable<double, double>);
static_assert(!Addable<Money, double>);
static_assert(!Addable<double, Money>);
static_assert(!Addable<Money, float>);
static_assert(!Addable<float, Money>);
static_assert(!Addable<Money, long double>);
static_assert(!Addable<Money, int>);
static_assert(!Addable<Money, qint64>);

static_assert(Subtractable<Money, Money>);
static_assert(!Subtractable<Money, double>);
static_assert(!Subtractable<double, Money>);
static_assert(!Subtractable<Money, float>);
static_assert(!Subtractable<float, Money>);
static_assert(!Subtractable<Money, int>);

static_assert(Multipliable<double, double>);
static_assert(!Multipliable<Money, double>);
static_assert(!Multipliable<double, Money>);
static_assert(!Multipliable<Money, float>);
static_assert(!Multipliable<float, Money>);
static_assert(!Multipliable<Money, int>);
static_assert(!Multipliable<Money, Money>);
static_assert(!Multipliable<Money, Rate>);

static_assert(Divisible<double, double>);
static_assert(!Divisible<Money, double>);
static_assert(!Divisible<double, Money>);
static_assert(!Divisible<Money, float>);
static_assert(!Divisible<Money, int>);
static_assert(!Divisible<Money, Money>);

static_assert(AddAssignable<Money, Money>);
static_assert(!AddAssignable<Money, double>);
static_assert(!AddAssignable<Money, float>);
static_assert(!AddAssignable<Money, int>);
static_assert(AddAssignable<double, double>);
static_assert(!AddAssignable<double, Money>);
static_assert(SubtractAssignable<Money, Money>);
static_assert(!SubtractAssignable<Money, double>);
static_assert(!SubtractAssignable<double, Money>);
static_assert(MultiplyAssignable<double, double>);
static_assert(!MultiplyAssignable<Money, double>);
static_assert(!MultiplyAssignable<Money, int>);
static_assert(DivideAssignable<double, double>);
static_assert(!DivideAssignable<Money, double>);
static_assert(!DivideAssignable<Money, int>);

static_assert(Assignable<Money, Money>);
static_assert(!Assignable<Money, double>);
static_assert(!Assignable<Money, float>);
static_assert(!Assignable<Money, int>);
static_assert(!Assignable<Money, qint64>);
static_assert(!Assignable<double, Money>);
static_assert(std::is_assignable_v<Money &, Money>);
static_assert(!std::is_assignable_v<Money &, double>);

static_assert(LessComparable<Money, Money>);
static_assert(!LessComparable<Money, double>);
static_assert(!LessComparable<Money, int>);
static_assert(EqualityComparable<Money, Money>);
static_assert(!EqualityComparable<Money, double>);
static_assert(!EqualityComparable<Money, int>);

static_assert(std::is_default_constructible_v<Money>);
static_assert(std::is_constructible_v<Money, Money>);
static_assert(!std::is_constructible_v<Money, double>);
static_assert(!std::is_constructible_v<Money, float>);
static_assert(!std::is_constructible_v<Money, long double>);
static_assert(!std::is_constructible_v<Money, int>);
static_assert(!std::is_constructible_v<Money, qint64>);
static_assert(!std::is_convertible_v<double, Money>);
static_assert(!std::is_convertible_v<float, Money>);
static_assert(!std::is_convertible_v<int, Money>);
static_assert(!std::is_convertible_v<qint64, Money>);
static_assert(!std::is_convertible_v<Money, double>);
static_assert(!std::is_convertible_v<Money, qint64>);
static_assert(std::is_trivially_copyable_v<Money>);

static_assert(Money().cents() == 0);
static_assert(Money::fromCents(-5).cents() == -5);
static_assert(Money::fromCents(Max).cents() == Max);

} // namespace

namespace coop {
// Lets QCOMPARE print amounts when they differ.
char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}
} // namespace coop

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsZero();
    void predicates_data();
    void predicates();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void toString_data();
    void toString();
    void textRoundTrips();
    void operators();
    void orderFollowsCents();
    void checkedAddAndSub_data();
    void checkedAddAndSub();
    void multiplied_data();
    void multiplied();
    void sum_data();
    void sum();
    void times_data();
    void times();
    void timesOverflow();
    void hashesByValue();
};

void tst_Money::defaultIsZero()
{
    const Money money;
    QCOMPARE(money.cents(), 0);
    QVERIFY(money.isZero());
    QVERIFY(!money.isNegative());
    QCOMPARE(money, Money::fromCents(0));
}

void tst_Money::predicates_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<qint64>("absolute");

    QTest::newRow("zero") << 0LL << true << false << 0LL;
    QTest::newRow("a cent") << 1LL << false << false << 1LL;
    QTest::newRow("a refund of a cent") << -1LL << false << true << 1LL;
    QTest::newRow("the largest amount") << Max << false << false << Max;
    QTest::newRow("one above the smallest amount") << Min + 1 << false << true << Max;
}

void tst_Money::predicates()
{
    QFETCH(qint64, cents);
    QFETCH(bool, zero);
    QFETCH(bool, negative);
    QFETCH(qint64, absolute);

    const Money money = Money::fromCents(cents);
    QCOMPARE(money.cents(), cents);
    QCOMPARE(money.isZero(), zero);
    QCOMPARE(money.isNegative(), negative);
    QCOMPARE(money.abs(), Money::fromCents(absolute));
}

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("two decimals with a point") << u"1234.56"_s << 123456LL;
    QTest::newRow("a French decimal comma") << u"1234,56"_s << 123456LL;
    QTest::newRow("one decimal means tens of cents") << u"-0,5"_s << -50LL;
    QTest::newRow("whole euros") << u"12"_s << 1200LL;
    QTest::newRow("an explicit plus sign") << u"+7.1"_s << 710LL;
    QTest::newRow("five cents") << u"0.05"_s << 5LL;
    QTest::newRow("a refund of five cents") << u"-0.05"_s << -5LL;
    QTest::newRow("leading zeros are harmless") << u"007.50"_s << 750LL;
    QTest::newRow("minus zero is zero") << u"-0"_s << 0LL;
    QTest::newRow("zero with decimals") << u"0.00"_s << 0LL;
    QTest::newRow("the largest amount") << u"92233720368547758.07"_s << Max;
    QTest::newRow("the smallest amount") << u"-92233720368547758.08"_s << Min;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const Result<Money> money = Money::parse(text);
    QVERIFY2(money.has_value(), errorText(money).constData());
    QCOMPARE(money->cents(), cents);
}

void tst_Money::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty text") << QString() << ErrorCode::ParseError;
    QTest::newRow("a sign alone") << u"-"_s << ErrorCode::ParseError;
    QTest::newRow("letters") << u"abc"_s << ErrorCode::ParseError;
    QTest::newRow("digits followed by letters") << u"12a"_s << ErrorCode::ParseError;
    QTest::newRow("a third decimal would be a fraction of a cent") << u"1.234"_s
                                                                    << ErrorCode::ParseError;
    QTest::newRow("a third decimal is refused even when zero") << u"1.230"_s
                                                                << ErrorCode::ParseError;
    QTest::newRow("a leading space") << u" 12"_s << ErrorCode::ParseError;
    QTest::newRow("a trailing space") << u"12 "_s << ErrorCode::ParseError;
    QTest::newRow("French thousands separator") << u"1 234,56"_s << ErrorCode::ParseError;
    QTest::newRow("English thousands separator") << u"1,234.56"_s << ErrorCode::ParseError;
    QTest::newRow("no digit before the separator") << u".5"_s << ErrorCode::ParseError;
    QTest::newRow("no digit after the separator") << u"5."_s << ErrorCode::ParseError;
    QTest::newRow("two signs") << u"--5"_s << ErrorCode::ParseError;
    QTest::newRow("plus then minus") << u"+-5"_s << ErrorCode::ParseError;
    QTest::newRow("scientific notation") << u"1e3"_s << ErrorCode::ParseError;
    QTest::newRow("a currency symbol") << u"12€"_s << ErrorCode::ParseError;
    QTest::newRow("non-ASCII digits") << u"\u0661\u0662"_s << ErrorCode::ParseError;
    QTest::newRow("one cent above the largest amount") << u"92233720368547758.08"_s
                                                        << ErrorCode::Overflow;
    QTest::newRow("one cent below the smallest amount") << u"-92233720368547758.09"_s
                                                        << ErrorCode::Overflow;
    QTest::newRow("far beyond 64 bits") << u"99999999999999999999999999999999"_s
                                        << ErrorCode::Overflow;
    QTest::newRow("malformed beats too large") << u"99999999999999999999999999x"_s
                                               << ErrorCode::ParseError;
    QTest::newRow("too many decimals beats too large") << u"999999999999999999999.999"_s
                                                       << ErrorCode::ParseError;
}

void tst_Money::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);

    const Result<Money> money = Money::parse(text);
    QVERIFY(!money.has_value());
    QCOMPARE(money.error().code(), code);
    QVERIFY2(money.error().message().contains(u'“' + text + u'”'),
             qPrintable(money.error().message()));
}

void tst_Money::toString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("always two decimals") << 123456LL << u"1234.56"_s;
    QTest::newRow("a small refund keeps its sign") << -5LL << u"-0.05"_s;
    QTest::newRow("zero") << 0LL << u"0.00"_s;
    QTest::newRow("whole euros") << 100LL << u"1.00"_s;
    QTest::newRow("a negative whole euro") << -100LL << u"-1.00"_s;
    QTest::newRow("tens of cents") << 50LL << u"0.50"_s;
    QTest::newRow("the largest amount") << Max << u"92233720368547758.07"_s;
    QTest::newRow("the smallest amount") << Min << u"-92233720368547758.08"_s;
}

void tst_Money::toString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).toString(), text);
}

void tst_Money::textRoundTrips()
{
    QList<qint64> samples = {0, 1, -1, 99, -99, 100, -100, Max, Min, Max - 1, Min + 1};
    QRandomGenerator random(20260101);
    for (int i = 0; i < 10'000; ++i)
        samples.append(static_cast<qint64>(random.generate64()));
    for (const qint64 cents : std::as_const(samples)) {
        const Money money = Money::fromCents(cents);
        const Result<Money> back = Money::parse(money.toString());
        QVERIFY2(back.has_value(), errorText(back).constData());
        QCOMPARE(*back, money);
    }
}

void tst_Money::operators()
{
    const Money a = Money::fromCents(1999);
    const Money b = Money::fromCents(-250);

    QCOMPARE(a + b, Money::fromCents(1749));
    QCOMPARE(a - b, Money::fromCents(2249));
    QCOMPARE(-a, Money::fromCents(-1999));
    QCOMPARE(-b, Money::fromCents(250));
    QCOMPARE(-Money(), Money());

    Money running = a;
    running += b;
    QCOMPARE(running, Money::fromCents(1749));
    running -= a;
    QCOMPARE(running, b);

    QCOMPARE(Money::fromCents(Max) + Money::fromCents(Min), Money::fromCents(-1));
    QCOMPARE(-Money::fromCents(Max), Money::fromCents(Min + 1));
}

void tst_Money::orderFollowsCents()
{
    const Money refund = Money::fromCents(-1);
    const Money zero;
    const Money cent = Money::fromCents(1);

    QVERIFY(refund < zero);
    QVERIFY(zero < cent);
    QVERIFY(cent > refund);
    QVERIFY(zero <= Money());
    QVERIFY(zero >= Money());
    QVERIFY(refund != cent);
    QCOMPARE(refund <=> cent, std::strong_ordering::less);
    QVERIFY(Money::fromCents(Min) < Money::fromCents(Max));
}

void tst_Money::checkedAddAndSub_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("add");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("an ordinary sum") << 1999LL << 1LL << true << true << 2000LL;
    QTest::newRow("an ordinary difference") << 1999LL << 2000LL << false << true << -1LL;
    QTest::newRow("the largest amount plus nothing") << Max << 0LL << true << true << Max;
    QTest::newRow("the largest amount plus a cent overflows") << Max << 1LL << true << false << 0LL;
    QTest::newRow("the smallest amount minus a cent overflows")
        << Min << 1LL << false << false << 0LL;
    QTest::newRow("the smallest amount plus a refund overflows")
        << Min << -1LL << true << false << 0LL;
    QTest::newRow("largest plus smallest fits") << Max << Min << true << true << -1LL;
    QTest::newRow("nothing minus the smallest amount overflows")
        << 0LL << Min << false << false << 0LL;
    QTest::newRow("a refund minus the smallest amount fits") << -1LL << Min << false << true << Max;
    QTest::newRow("largest minus largest") << Max << Max << false << true << 0LL;
    QTest::newRow("largest plus largest overflows") << Max << Max << true << false << 0LL;
    QTest::newRow("smallest minus largest overflows") << Min << Max << false << false << 0LL;
}

void tst_Money::checkedAddAndSub()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, add);
    QFETCH(bool, fits);
    QFETCH(qint64, expected);

    const Money left = Money::fromCents(a);
    const Money right = Money::fromCents(b);
    const Result<Money> result =
        add ? Money::checkedAdd(left, right) : Money::checkedSub(left, right);
    if (fits) {
        QVERIFY2(result.has_value(), errorText(result).constData());
        QCOMPARE(result->cents(), expected);
    } else {
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code(), ErrorCode::Overflow);
        QVERIFY2(result.error().message().contains(left.toString()),
                 qPrintable(result.error().message()));
    }
}

void tst_Money::multiplied_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("twelve monthly instalments") << 12345LL << 12LL << true << 148140LL;
    QTest::newRow("a credit note reverses with -1") << 12345LL << -1LL << true << -12345LL;
    QTest::newRow("times zero") << Max << 0LL << true << 0LL;
    QTest::newRow("the largest amount times one") << Max << 1LL << true << Max;
    QTest::newRow("the largest amount doubled overflows") << Max << 2LL << false << 0LL;
    QTest::newRow("the smallest amount negated overflows") << Min << -1LL << false << 0LL;
    QTest::newRow("a cent times the smallest factor") << 1LL << Min << true << Min;
    QTest::newRow("a refund times the smallest factor overflows") << -1LL << Min << false << 0LL;
    QTest::newRow("half the range times three overflows") << Max / 2 << 3LL << false << 0LL;
}

void tst_Money::multiplied()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, factor);
    QFETCH(bool, fits);
    QFETCH(qint64, expected);

    const Result<Money> result = Money::fromCents(cents).multiplied(factor);
    if (fits) {
        QVERIFY2(result.has_value(), errorText(result).constData());
        QCOMPARE(result->cents(), expected);
    } else {
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code(), ErrorCode::Overflow);
    }
}

void tst_Money::sum_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("nothing adds up to zero") << QList<qint64>{} << true << 0LL;
    QTest::newRow("invoice lines") << QList<qint64>{1999, 250, -100} << true << 2149LL;
    QTest::newRow("only the final total must fit") << QList<qint64>{Max, 1, -1} << true << Max;
    QTest::newRow("a running total below the smallest amount that comes back")
        << QList<qint64>{Min, -5, 10} << true << Min + 5;
    QTest::newRow("past the largest amount") << QList<qint64>{Max, 1} << false << 0LL;
    QTest::newRow("past the smallest amount") << QList<qint64>{Min, -1} << false << 0LL;
    QTest::newRow("many large amounts") << QList<qint64>{Max, Max, Max, Min} << false << 0LL;
}

void tst_Money::sum()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(bool, fits);
    QFETCH(qint64, expected);

    QList<Money> money;
    for (const qint64 cents : std::as_const(amounts))
        money.append(Money::fromCents(cents));
    const Result<Money> total = Money::sum(money);
    if (fits) {
        QVERIFY2(total.has_value(), errorText(total).constData());
        QCOMPARE(total->cents(), expected);
    } else {
        QVERIFY(!total.has_value());
        QCOMPARE(total.error().code(), ErrorCode::Overflow);
    }
}

void tst_Money::times_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("VAT 20% on 9.99 rounds half up")
        << 999LL << u"20"_s << Rounding::HalfUp << 200LL;
    QTest::newRow("half a cent on a credit note rounds away from zero")
        << -25LL << u"10"_s << Rounding::HalfUp << -3LL;
    QTest::newRow("half a cent rounds up") << 25LL << u"10"_s << Rounding::HalfUp << 3LL;
    QTest::newRow("banker's rounding keeps 0.025 at 0.02") << 25LL << u"10"_s << Rounding::HalfEven
                                                           << 2LL;
    QTest::newRow("banker's rounding sends 0.035 to 0.04") << 35LL << u"10"_s << Rounding::HalfEven
                                                           << 4LL;
    QTest::newRow("banker's rounding on a credit note") << -25LL << u"10"_s << Rounding::HalfEven
                                                        << -2LL;
    QTest::newRow("floor of a refund goes further down") << -25LL << u"10"_s << Rounding::Floor
                                                         << -3LL;
    QTest::newRow("ceiling of a refund goes toward zero") << -25LL << u"10"_s << Rounding::Ceiling
                                                          << -2LL;
    QTest::newRow("truncation of a refund goes toward zero") << -29LL << u"10"_s
                                                             << Rounding::TowardZero << -2LL;
    QTest::newRow("away from zero takes any fraction") << 21LL << u"10"_s
                                                       << Rounding::AwayFromZero << 3LL;
    QTest::newRow("reduced VAT 5.5% on 19.99") << 1999LL << u"5.5"_s << Rounding::HalfUp << 110LL;
    QTest::newRow("reduced VAT 5.5% on 19.99 truncated") << 1999LL << u"5.5"_s
                                                         << Rounding::TowardZero << 109LL;
    QTest::newRow("super-reduced VAT 2.1% on 100.00") << 10000LL << u"2.1"_s << Rounding::HalfUp
                                                      << 210LL;
    QTest::newRow("a 0.016% contribution on 3000.00 is exact") << 300000LL << u"0.016"_s
                                                               << Rounding::HalfUp << 48LL;
    QTest::newRow("CSG base is 98.25% of the gross") << 200000LL << u"98.25"_s
                                                     << Rounding::HalfUp << 196500LL;
    QTest::newRow("a negative rate reduces") << 10000LL << u"-1.5"_s << Rounding::HalfUp << -150LL;
    QTest::newRow("100% of the largest amount") << Max << u"100"_s << Rounding::HalfUp << Max;
    QTest::newRow("50% of the largest amount is a half cent away") << Max << u"50"_s
                                                                   << Rounding::HalfUp
                                                                   << Max / 2 + 1;
    QTest::newRow("0% of anything is nothing") << Min << u"0"_s << Rounding::HalfUp << 0LL;
}

void tst_Money::times()
{
    QFETCH(qint64, cents);
    QFETCH(QString, percent);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, expected);

    const Result<Rate> rate = Rate::fromPercent(percent);
    QVERIFY2(rate.has_value(), errorText(rate).constData());
    const Result<Money> product = Money::fromCents(cents).times(*rate, rounding);
    QVERIFY2(product.has_value(), errorText(product).constData());
    QCOMPARE(product->cents(), expected);
}

void tst_Money::timesOverflow()
{
    const Result<Money> doubled =
        Money::fromCents(Max).times(Rate::fromUnits(2 * Rate::UnitsPerOne), Rounding::HalfUp);
    QVERIFY(!doubled.has_value());
    QCOMPARE(doubled.error().code(), ErrorCode::Overflow);

    const Result<Money> negated =
        Money::fromCents(Min).times(Rate::fromUnits(-Rate::UnitsPerOne), Rounding::HalfUp);
    QVERIFY(!negated.has_value());
    QCOMPARE(negated.error().code(), ErrorCode::Overflow);

    const Result<Money> hugeRate =
        Money::fromCents(1'000'000'000'000).times(Rate::fromUnits(Max), Rounding::HalfUp);
    QVERIFY(!hugeRate.has_value());
    QCOMPARE(hugeRate.error().code(), ErrorCode::Overflow);
}

void tst_Money::hashesByValue()
{
    QCOMPARE(qHash(Money::fromCents(1234), 7), qHash(Money::fromCents(1234), 7));
    QSet<Money> set{Money::fromCents(1), Money::fromCents(1), Money::fromCents(-1)};
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Money::fromCents(-1)));
    QVERIFY(!set.contains(Money()));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
