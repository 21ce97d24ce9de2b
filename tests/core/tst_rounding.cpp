#include "core/rounding.h"

#include <QTest>

#include <limits>

using namespace coop;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

const char *modeName(Rounding rounding)
{
    switch (rounding) {
    case Rounding::HalfUp:
        return "HalfUp";
    case Rounding::HalfEven:
        return "HalfEven";
    case Rounding::TowardZero:
        return "TowardZero";
    case Rounding::AwayFromZero:
        return "AwayFromZero";
    case Rounding::Floor:
        return "Floor";
    case Rounding::Ceiling:
        return "Ceiling";
    }
    return "?";
}

// QVERIFY2 evaluates its message even when the check passes, so it must not touch error() then.
template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

constexpr Rounding AllModes[] = {Rounding::HalfUp,       Rounding::HalfEven, Rounding::TowardZero,
                                 Rounding::AwayFromZero, Rounding::Floor,    Rounding::Ceiling};

// One row per mode for a quotient, expected results listed in the order of AllModes.
void addEveryMode(const char *what, qint64 numerator, qint64 denominator,
                  std::initializer_list<qint64> expected)
{
    Q_ASSERT(expected.size() == std::size(AllModes));
    auto result = expected.begin();
    for (const Rounding mode : AllModes) {
        QTest::addRow("%s, %s", what, modeName(mode))
            << numerator << denominator << mode << *result++;
    }
}

} // namespace

class tst_Rounding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void divideRounded_data();
    void divideRounded();
    void divisionByZeroIsAnError();
    void quotientOutsideQint64IsAnOverflow_data();
    void quotientOutsideQint64IsAnOverflow();
    void multiplyDivideRounded_data();
    void multiplyDivideRounded();
    void multiplyDivideRoundedErrors();
};

void tst_Rounding::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("expected");

    // Order: HalfUp, HalfEven, TowardZero, AwayFromZero, Floor, Ceiling.
    addEveryMode("2.5 exact half", 5, 2, {3, 2, 2, 3, 2, 3});
    addEveryMode("-2.5 exact half on a negative", -5, 2, {-3, -2, -2, -3, -3, -2});
    addEveryMode("3.5 exact half with an odd floor", 7, 2, {4, 4, 3, 4, 3, 4});
    addEveryMode("-3.5 exact half with an odd floor", -7, 2, {-4, -4, -3, -4, -4, -3});
    addEveryMode("0.5 half of the first unit", 1, 2, {1, 0, 0, 1, 0, 1});
    addEveryMode("-0.5 half of the first unit below zero", -1, 2, {-1, 0, 0, -1, -1, 0});
    addEveryMode("2.4 below the half", 12, 5, {2, 2, 2, 3, 2, 3});
    addEveryMode("-2.4 below the half", -12, 5, {-2, -2, -2, -3, -3, -2});
    addEveryMode("2.6 above the half", 13, 5, {3, 3, 2, 3, 2, 3});
    addEveryMode("-2.6 above the half", -13, 5, {-3, -3, -2, -3, -3, -2});
    addEveryMode("2.4999999 just below the half", 24'999'999, 10'000'000, {2, 2, 2, 3, 2, 3});
    addEveryMode("2.5000001 just above the half", 25'000'001, 10'000'000, {3, 3, 2, 3, 2, 3});
    addEveryMode("-2.4999999 just below the half", -24'999'999, 10'000'000,
                 {-2, -2, -2, -3, -3, -2});
    addEveryMode("-2.5000001 just above the half", -25'000'001, 10'000'000,
                 {-3, -3, -2, -3, -3, -2});
    addEveryMode("1/3", 1, 3, {0, 0, 0, 1, 0, 1});
    addEveryMode("-1/3", -1, 3, {0, 0, 0, -1, -1, 0});
    addEveryMode("2/3", 2, 3, {1, 1, 0, 1, 0, 1});
    addEveryMode("-2/3", -2, 3, {-1, -1, 0, -1, -1, 0});
    addEveryMode("exact quotient is never moved", 6, 3, {2, 2, 2, 2, 2, 2});
    addEveryMode("exact negative quotient is never moved", -6, 3, {-2, -2, -2, -2, -2, -2});
    addEveryMode("zero stays zero", 0, 7, {0, 0, 0, 0, 0, 0});
    addEveryMode("negative denominator gives the sign: 5 / -2", 5, -2, {-3, -2, -2, -3, -3, -2});
    addEveryMode("two negatives make a positive half: -5 / -2", -5, -2, {3, 2, 2, 3, 2, 3});
    addEveryMode("largest qint64 is exact over one", Max, 1, {Max, Max, Max, Max, Max, Max});
    addEveryMode("smallest qint64 is exact over one", Min, 1, {Min, Min, Min, Min, Min, Min});
    addEveryMode("half of the largest qint64 is a tie", Max, 2,
                 {Max / 2 + 1, Max / 2 + 1, Max / 2, Max / 2 + 1, Max / 2, Max / 2 + 1});
    addEveryMode("smallest over largest is just below -1", Min, Max, {-1, -1, -1, -2, -2, -1});
    addEveryMode("smallest over itself", Min, Min, {1, 1, 1, 1, 1, 1});

    QTest::newRow("half a cent of VAT rounds up to a cent")
        << 5LL << 10LL << Rounding::HalfUp << 1LL;
    QTest::newRow("half a cent on a credit note rounds away from zero")
        << -5LL << 10LL << Rounding::HalfUp << -1LL;
    QTest::newRow("banker's rounding sends 0.125 to 0.12")
        << 125LL << 10LL << Rounding::HalfEven << 12LL;
    QTest::newRow("banker's rounding sends 0.135 to 0.14")
        << 135LL << 10LL << Rounding::HalfEven << 14LL;
}

void tst_Rounding::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, expected);

    const Result<qint64> quotient = coop::divideRounded(numerator, denominator, rounding);
    QVERIFY2(quotient.has_value(), errorText(quotient).constData());
    QCOMPARE(*quotient, expected);
}

void tst_Rounding::divisionByZeroIsAnError()
{
    for (const Rounding mode : AllModes) {
        const Result<qint64> quotient = coop::divideRounded(1234, 0, mode);
        QVERIFY(!quotient.has_value());
        QCOMPARE(quotient.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(quotient.error().message().contains(QStringLiteral("1234")),
                 qPrintable(quotient.error().message()));
    }
}

void tst_Rounding::quotientOutsideQint64IsAnOverflow_data()
{
    QTest::addColumn<Rounding>("rounding");
    for (const Rounding mode : AllModes)
        QTest::addRow("smallest qint64 / -1, %s", modeName(mode)) << mode;
}

void tst_Rounding::quotientOutsideQint64IsAnOverflow()
{
    QFETCH(Rounding, rounding);
    const Result<qint64> quotient = coop::divideRounded(Min, -1, rounding);
    QVERIFY(!quotient.has_value());
    QCOMPARE(quotient.error().code(), ErrorCode::Overflow);
    QVERIFY(!quotient.error().message().isEmpty());
}

void tst_Rounding::multiplyDivideRounded_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("monthly pay 1801.80 prorated to 35 of 151.67 hours rounds half up")
        << 180180LL << 35000LL << 151670LL << Rounding::HalfUp << 41579LL;
    QTest::newRow("the same proration truncated") << 180180LL << 35000LL << 151670LL
                                                  << Rounding::TowardZero << 41579LL;
    QTest::newRow("the same proration rounded up") << 180180LL << 35000LL << 151670LL
                                                   << Rounding::Ceiling << 41580LL;
    QTest::newRow("the product may pass qint64 when the quotient fits")
        << Max << Max << Max << Rounding::HalfUp << Max;
    QTest::newRow("twice the largest qint64 halved") << Max << 2LL << 2LL << Rounding::Floor << Max;
    QTest::newRow("smallest squared over itself") << Min << Min << Min << Rounding::HalfUp << Min;
    QTest::newRow("a negative half rounds away from zero") << -1LL << 5LL << 10LL
                                                           << Rounding::HalfUp << -1LL;
}

void tst_Rounding::multiplyDivideRounded()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, expected);

    const Result<qint64> result = coop::multiplyDivideRounded(a, b, denominator, rounding);
    QVERIFY2(result.has_value(), errorText(result).constData());
    QCOMPARE(*result, expected);
}

void tst_Rounding::multiplyDivideRoundedErrors()
{
    const Result<qint64> byZero = coop::multiplyDivideRounded(7, 3, 0, Rounding::HalfUp);
    QVERIFY(!byZero.has_value());
    QCOMPARE(byZero.error().code(), ErrorCode::InvalidArgument);

    const Result<qint64> tooLarge = coop::multiplyDivideRounded(Max, Max, 1, Rounding::HalfUp);
    QVERIFY(!tooLarge.has_value());
    QCOMPARE(tooLarge.error().code(), ErrorCode::Overflow);

    const Result<qint64> justTooLarge = coop::multiplyDivideRounded(Max, 2, 1, Rounding::HalfUp);
    QVERIFY(!justTooLarge.has_value());
    QCOMPARE(justTooLarge.error().code(), ErrorCode::Overflow);

    const Result<qint64> negated = coop::multiplyDivideRounded(Min, -1, 1, Rounding::HalfUp);
    QVERIFY(!negated.has_value());
    QCOMPARE(negated.error().code(), ErrorCode::Overflow);
}

QTEST_GUILESS_MAIN(tst_Rounding)
#include "tst_rounding.moc"
