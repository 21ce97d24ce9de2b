#include "core/rate.h"

#include "core/money.h"

#include <QSet>
#include <QTest>

#include <limits>

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

static_assert(Rate::UnitsPerOne == 100'000'000);
static_assert(Rate::UnitsPerPercent == 1'000'000);
static_assert(Rate().units() == 0);
static_assert(Rate::fromUnits(42).units() == 42);

} // namespace

class tst_Rate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromPercent_data();
    void fromPercent();
    void fromPercentRefuses_data();
    void fromPercentRefuses();
    void fromFraction_data();
    void fromFraction();
    void fromFractionRefuses_data();
    void fromFractionRefuses();
    void toPercentString_data();
    void toPercentString();
    void toFractionString_data();
    void toFractionString();
    void percentAndFractionAgree();
    void textRoundTrips();
    void comparisons();
    void timesRate_data();
    void timesRate();
    void timesRateOverflow();
    void coefficientAppliedToMoney();
    void hashesByValue();
};

void tst_Rate::fromPercent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("standard VAT 20%") << u"20"_s << 20'000'000LL;
    QTest::newRow("reduced VAT 5.5%") << u"5.5"_s << 5'500'000LL;
    QTest::newRow("reduced VAT with a French comma") << u"5,5"_s << 5'500'000LL;
    QTest::newRow("super-reduced VAT 2.1%") << u"2.1"_s << 2'100'000LL;
    QTest::newRow("a 0.016% contribution is exact") << u"0.016"_s << 16'000LL;
    QTest::newRow("CSG base 98.25% is exact") << u"98.25"_s << 98'250'000LL;
    QTest::newRow("a negative rate") << u"-1.5"_s << -1'500'000LL;
    QTest::newRow("an explicit plus sign") << u"+3"_s << 3'000'000LL;
    QTest::newRow("the finest percentage, 1e-6 %") << u"0.000001"_s << 1LL;
    QTest::newRow("one hundred percent") << u"100"_s << 100'000'000LL;
    QTest::newRow("zero") << u"0"_s << 0LL;
    QTest::newRow("the largest percentage") << u"9223372036854.775807"_s << Max;
    QTest::newRow("the smallest percentage") << u"-9223372036854.775808"_s << Min;
}

void tst_Rate::fromPercent()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    const Result<Rate> rate = Rate::fromPercent(text);
    QVERIFY2(rate.has_value(), errorText(rate).constData());
    QCOMPARE(rate->units(), units);
}

void tst_Rate::fromPercentRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty text") << QString() << ErrorCode::ParseError;
    QTest::newRow("a percent sign is not part of the number") << u"20%"_s << ErrorCode::ParseError;
    QTest::newRow("a space before the percent sign") << u"20 %"_s << ErrorCode::ParseError;
    QTest::newRow("letters") << u"twenty"_s << ErrorCode::ParseError;
    QTest::newRow("two separators") << u"5.5.5"_s << ErrorCode::ParseError;
    QTest::newRow("a seventh decimal is finer than 1e-6 %") << u"0.0000001"_s
                                                           << ErrorCode::ParseError;
    QTest::newRow("a seventh decimal is refused even when zero") << u"5.5000000"_s
                                                                << ErrorCode::ParseError;
    QTest::newRow("just past the largest percentage") << u"9223372036854.775808"_s
                                                      << ErrorCode::Overflow;
    QTest::newRow("far past the largest percentage") << u"1000000000000000000000"_s
                                                     << ErrorCode::Overflow;
}

void tst_Rate::fromPercentRefuses()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);

    const Result<Rate> rate = Rate::fromPercent(text);
    QVERIFY(!rate.has_value());
    QCOMPARE(rate.error().code(), code);
    QVERIFY2(rate.error().message().contains(u'“' + text + u'”'),
             qPrintable(rate.error().message()));
}

void tst_Rate::fromFraction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("an RGDU coefficient of 0.3781 is exact") << u"0.3781"_s << 37'810'000LL;
    QTest::newRow("one whole") << u"1"_s << 100'000'000LL;
    QTest::newRow("the finest coefficient, 1e-8") << u"0.00000001"_s << 1LL;
    QTest::newRow("a negative coefficient") << u"-0,5"_s << -50'000'000LL;
    QTest::newRow("5.5% written as a coefficient") << u"0.055"_s << 5'500'000LL;
}

void tst_Rate::fromFraction()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    const Result<Rate> rate = Rate::fromFraction(text);
    QVERIFY2(rate.has_value(), errorText(rate).constData());
    QCOMPARE(rate->units(), units);
}

void tst_Rate::fromFractionRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty text") << QString() << ErrorCode::ParseError;
    QTest::newRow("a ninth decimal is finer than 1e-8") << u"0.000000001"_s
                                                        << ErrorCode::ParseError;
    QTest::newRow("a fraction bar") << u"1/3"_s << ErrorCode::ParseError;
    QTest::newRow("a percent sign") << u"0.3781%"_s << ErrorCode::ParseError;
    QTest::newRow("just past the largest coefficient") << u"92233720368.54775808"_s
                                                       << ErrorCode::Overflow;
}

void tst_Rate::fromFractionRefuses()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);

    const Result<Rate> rate = Rate::fromFraction(text);
    QVERIFY(!rate.has_value());
    QCOMPARE(rate.error().code(), code);
    QVERIFY2(rate.error().message().contains(u'“' + text + u'”'),
             qPrintable(rate.error().message()));
}

void tst_Rate::toPercentString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("reduced VAT shows one decimal") << 5'500'000LL << u"5.5"_s;
    QTest::newRow("a small contribution shows three decimals") << 16'000LL << u"0.016"_s;
    QTest::newRow("a whole percentage shows no decimal") << 20'000'000LL << u"20"_s;
    QTest::newRow("a negative rate") << -1'500'000LL << u"-1.5"_s;
    QTest::newRow("CSG base") << 98'250'000LL << u"98.25"_s;
    QTest::newRow("the finest percentage") << 1LL << u"0.000001"_s;
    QTest::newRow("below the finest percentage, the coefficient's last digits")
        << 37'810'012LL << u"37.810012"_s;
    QTest::newRow("zero") << 0LL << u"0"_s;
    QTest::newRow("the smallest rate") << Min << u"-9223372036854.775808"_s;
}

void tst_Rate::toPercentString()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(Rate::fromUnits(units).toPercentString(), text);
}

void tst_Rate::toFractionString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("an RGDU coefficient") << 37'810'000LL << u"0.3781"_s;
    QTest::newRow("one whole") << 100'000'000LL << u"1"_s;
    QTest::newRow("reduced VAT as a coefficient") << 5'500'000LL << u"0.055"_s;
    QTest::newRow("the finest coefficient") << 1LL << u"0.00000001"_s;
    QTest::newRow("a negative coefficient") << -50'000'000LL << u"-0.5"_s;
}

void tst_Rate::toFractionString()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(Rate::fromUnits(units).toFractionString(), text);
}

void tst_Rate::percentAndFractionAgree()
{
    QCOMPARE(Rate::fromPercent(u"5.5"), Rate::fromFraction(u"0.055"));
    QCOMPARE(Rate::fromPercent(u"100"), Rate::fromFraction(u"1"));
    QCOMPARE(Rate::fromPercent(u"37.81"), Rate::fromFraction(u"0.3781"));
}

void tst_Rate::textRoundTrips()
{
    const QList<qint64> samples = {0, 1, -1, 16'000, 98'250'000, 37'810'000, 5'500'000,
                                   -1'500'000, Max, Min, 123'456'789'012LL};
    for (const qint64 units : samples) {
        const Rate rate = Rate::fromUnits(units);
        const Result<Rate> viaPercent = Rate::fromPercent(rate.toPercentString());
        QVERIFY2(viaPercent.has_value(), errorText(viaPercent).constData());
        QCOMPARE(viaPercent->units(), units);
        const Result<Rate> viaFraction = Rate::fromFraction(rate.toFractionString());
        QVERIFY2(viaFraction.has_value(), errorText(viaFraction).constData());
        QCOMPARE(viaFraction->units(), units);
    }
}

void tst_Rate::comparisons()
{
    const Rate reduced = Rate::fromUnits(5'500'000);
    const Rate standard = Rate::fromUnits(20'000'000);
    QVERIFY(reduced < standard);
    QVERIFY(standard > reduced);
    QVERIFY(reduced != standard);
    QVERIFY(Rate::fromUnits(-1) < Rate());
    QCOMPARE(Rate(), Rate::fromUnits(0));
    QVERIFY(Rate().isZero());
    QVERIFY(Rate::fromUnits(-1).isNegative());
}

void tst_Rate::timesRate_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("units");

    QTest::newRow("CSG 9.2% on a 98.25% base is 9.039% exactly")
        << u"98.25"_s << u"9.2"_s << Rounding::HalfUp << 9'039'000LL;
    QTest::newRow("100% is neutral") << u"100"_s << u"0.016"_s << Rounding::HalfUp << 16'000LL;
    QTest::newRow("half a unit rounds half up") << u"0.000001"_s << u"50"_s << Rounding::HalfUp
                                                << 1LL;
    QTest::newRow("half a unit, banker's rounding") << u"0.000001"_s << u"50"_s
                                                    << Rounding::HalfEven << 0LL;
    QTest::newRow("half a negative unit rounds away from zero")
        << u"-0.000001"_s << u"50"_s << Rounding::HalfUp << -1LL;
    QTest::newRow("half a negative unit, floor") << u"-0.000001"_s << u"50"_s << Rounding::Floor
                                                 << -1LL;
    QTest::newRow("half a negative unit, ceiling") << u"-0.000001"_s << u"50"_s
                                                   << Rounding::Ceiling << 0LL;
}

void tst_Rate::timesRate()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, units);

    const Result<Rate> a = Rate::fromPercent(left);
    const Result<Rate> b = Rate::fromPercent(right);
    QVERIFY(a && b);
    const Result<Rate> product = a->times(*b, rounding);
    QVERIFY2(product.has_value(), errorText(product).constData());
    QCOMPARE(product->units(), units);
    const Result<Rate> swapped = b->times(*a, rounding);
    QCOMPARE(swapped, product);
}

void tst_Rate::timesRateOverflow()
{
    const Result<Rate> product =
        Rate::fromUnits(Max).times(Rate::fromUnits(2 * Rate::UnitsPerOne), Rounding::HalfUp);
    QVERIFY(!product.has_value());
    QCOMPARE(product.error().code(), ErrorCode::Overflow);
}

void tst_Rate::coefficientAppliedToMoney()
{
    // A reduction coefficient is a Rate like any other: 2000.00 € × 0.3781 = 756.20 €.
    const Result<Rate> coefficient = Rate::fromFraction(u"0.3781");
    QVERIFY(coefficient.has_value());
    const Result<Money> reduction = Money::fromCents(200000).times(*coefficient, Rounding::HalfUp);
    QVERIFY2(reduction.has_value(), errorText(reduction).constData());
    QCOMPARE(reduction->cents(), 75620);
}

void tst_Rate::hashesByValue()
{
    QSet<Rate> rates{Rate::fromUnits(20'000'000), Rate::fromUnits(20'000'000),
                     Rate::fromUnits(5'500'000)};
    QCOMPARE(rates.size(), 2);
    QVERIFY(rates.contains(Rate::fromUnits(5'500'000)));
}

QTEST_GUILESS_MAIN(tst_Rate)
#include "tst_rate.moc"
