#include "core/fixedpoint.h"

#include "core/money.h"
#include "core/rate.h"

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

static_assert(UnitPrice::UnitsPerEuro == 100'000);
static_assert(Quantity::UnitsPerOne == 1'000);
static_assert(ExactAmount::UnitsPerEuro == 100'000'000);
static_assert(UnitPrice::UnitsPerEuro * Quantity::UnitsPerOne == ExactAmount::UnitsPerEuro);
static_assert(!std::is_constructible_v<UnitPrice, double>);
static_assert(!std::is_constructible_v<Quantity, double>);
static_assert(!std::is_constructible_v<ExactAmount, double>);
static_assert(!std::is_convertible_v<qint64, ExactAmount>);

// Parsers for literals of the tests themselves; a typo there is a broken test, not a failure.
UnitPrice price(QStringView text)
{
    const Result<UnitPrice> parsed = UnitPrice::parse(text);
    if (!parsed)
        qFatal("bad test data: %s", errorText(parsed).constData());
    return *parsed;
}

Quantity quantity(QStringView text)
{
    const Result<Quantity> parsed = Quantity::parse(text);
    if (!parsed)
        qFatal("bad test data: %s", errorText(parsed).constData());
    return *parsed;
}

ExactAmount exact(QStringView text)
{
    const Result<ExactAmount> parsed = ExactAmount::parse(text);
    if (!parsed)
        qFatal("bad test data: %s", errorText(parsed).constData());
    return *parsed;
}

} // namespace

namespace coop {
char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}
char *toString(const ExactAmount &amount)
{
    return qstrdup(amount.toString().toUtf8().constData());
}
} // namespace coop

class tst_FixedPoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitPriceParse_data();
    void unitPriceParse();
    void unitPriceToString_data();
    void unitPriceToString();
    void quantityParse_data();
    void quantityParse();
    void quantityToString_data();
    void quantityToString();
    void exactAmountParse_data();
    void exactAmountParse();
    void exactAmountToString_data();
    void exactAmountToString();
    void parseRefuses_data();
    void parseRefuses();
    void textRoundTrips();
    void comparisons();
    void priceTimesQuantity_data();
    void priceTimesQuantity();
    void priceTimesQuantityOverflows_data();
    void priceTimesQuantityOverflows();
    void creditNoteMirrorsInvoiceLine();
    void fromMoney();
    void fromMoneyOverflows();
    void exactAddAndSub();
    void exactSum();
    void rounded_data();
    void rounded();
    void timesRate_data();
    void timesRate();
    void timesRateOverflows();
    void invoiceRoundsOncePerVatRate();
    void hashesByValue();
};

void tst_FixedPoint::unitPriceParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("five decimals") << u"0.12345"_s << 12345LL;
    QTest::newRow("a fraction of a cent in the fifth decimal") << u"1.00005"_s << 100005LL;
    QTest::newRow("a French comma and one decimal") << u"12,5"_s << 1'250'000LL;
    QTest::newRow("a discount line has a negative price") << u"-3"_s << -300'000LL;
    QTest::newRow("whole euros") << u"1200"_s << 120'000'000LL;
    QTest::newRow("the largest unit price") << u"92233720368547.75807"_s << Max;
}

void tst_FixedPoint::unitPriceParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    const Result<UnitPrice> parsed = UnitPrice::parse(text);
    QVERIFY2(parsed.has_value(), errorText(parsed).constData());
    QCOMPARE(parsed->units(), units);
}

void tst_FixedPoint::unitPriceToString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("at least cents") << 1'250'000LL << u"12.50"_s;
    QTest::newRow("all five decimals when needed") << 12345LL << u"0.12345"_s;
    QTest::newRow("zeros inside the decimals are kept") << 100005LL << u"1.00005"_s;
    QTest::newRow("a negative whole price") << -300'000LL << u"-3.00"_s;
    QTest::newRow("zero") << 0LL << u"0.00"_s;
    QTest::newRow("the finest price") << 1LL << u"0.00001"_s;
    QTest::newRow("three decimals") << 1'234'500LL << u"12.345"_s;
}

void tst_FixedPoint::unitPriceToString()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(UnitPrice::fromUnits(units).toString(), text);
}

void tst_FixedPoint::quantityParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("three and a half hours") << u"3.5"_s << 3'500LL;
    QTest::newRow("a legal month of 151.67 hours") << u"151.67"_s << 151'670LL;
    QTest::newRow("a credit note takes back two") << u"-2"_s << -2'000LL;
    QTest::newRow("the finest quantity") << u"0.001"_s << 1LL;
    QTest::newRow("a French comma") << u"0,25"_s << 250LL;
    QTest::newRow("the largest quantity") << u"9223372036854775.807"_s << Max;
}

void tst_FixedPoint::quantityParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    const Result<Quantity> parsed = Quantity::parse(text);
    QVERIFY2(parsed.has_value(), errorText(parsed).constData());
    QCOMPARE(parsed->units(), units);
}

void tst_FixedPoint::quantityToString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("no trailing zero") << 3'500LL << u"3.5"_s;
    QTest::newRow("a whole quantity has no decimals") << 1'000LL << u"1"_s;
    QTest::newRow("three decimals") << 125LL << u"0.125"_s;
    QTest::newRow("a negative quantity") << -2'000LL << u"-2"_s;
    QTest::newRow("zero") << 0LL << u"0"_s;
    QTest::newRow("the smallest quantity") << Min << u"-9223372036854775.808"_s;
}

void tst_FixedPoint::quantityToString()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(Quantity::fromUnits(units).toString(), text);
}

void tst_FixedPoint::exactAmountParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("units");

    QTest::newRow("the exact line 0.12345 × 3.5") << u"0.432075"_s << 43'207'500LL;
    QTest::newRow("eight decimals") << u"0.00000001"_s << 1LL;
    QTest::newRow("a negative amount") << u"-1.5"_s << -150'000'000LL;
    QTest::newRow("the largest exact amount") << u"92233720368.54775807"_s << Max;
}

void tst_FixedPoint::exactAmountParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, units);

    const Result<ExactAmount> parsed = ExactAmount::parse(text);
    QVERIFY2(parsed.has_value(), errorText(parsed).constData());
    QCOMPARE(parsed->units(), units);
}

void tst_FixedPoint::exactAmountToString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("only the decimals it needs beyond cents") << 43'207'500LL << u"0.432075"_s;
    QTest::newRow("at least cents") << 1'250'000'000LL << u"12.50"_s;
    QTest::newRow("all eight decimals") << 1LL << u"0.00000001"_s;
    QTest::newRow("a negative amount") << -150'000'000LL << u"-1.50"_s;
    QTest::newRow("zero") << 0LL << u"0.00"_s;
}

void tst_FixedPoint::exactAmountToString()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(ExactAmount::fromUnits(units).toString(), text);
}

void tst_FixedPoint::parseRefuses_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("a sixth decimal in a unit price") << u"UnitPrice"_s << u"0.123456"_s
                                                     << ErrorCode::ParseError;
    QTest::newRow("an empty unit price") << u"UnitPrice"_s << QString() << ErrorCode::ParseError;
    QTest::newRow("a unit price with a currency") << u"UnitPrice"_s << u"12 €"_s
                                                  << ErrorCode::ParseError;
    QTest::newRow("a unit price past the largest") << u"UnitPrice"_s << u"92233720368547.75808"_s
                                                   << ErrorCode::Overflow;
    QTest::newRow("a fourth decimal in a quantity") << u"Quantity"_s << u"1.2345"_s
                                                    << ErrorCode::ParseError;
    QTest::newRow("an empty quantity") << u"Quantity"_s << QString() << ErrorCode::ParseError;
    QTest::newRow("a quantity written as a fraction") << u"Quantity"_s << u"1/2"_s
                                                      << ErrorCode::ParseError;
    QTest::newRow("a quantity past the largest") << u"Quantity"_s << u"9223372036854775.808"_s
                                                 << ErrorCode::Overflow;
    QTest::newRow("a ninth decimal in an exact amount") << u"ExactAmount"_s << u"0.000000001"_s
                                                        << ErrorCode::ParseError;
    QTest::newRow("an exact amount with garbage") << u"ExactAmount"_s << u"1.5x"_s
                                                  << ErrorCode::ParseError;
    QTest::newRow("an exact amount past the largest") << u"ExactAmount"_s
                                                      << u"92233720368.54775808"_s
                                                      << ErrorCode::Overflow;
}

void tst_FixedPoint::parseRefuses()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);

    Error error;
    if (type == u"UnitPrice") {
        const Result<UnitPrice> parsed = UnitPrice::parse(text);
        QVERIFY(!parsed.has_value());
        error = parsed.error();
    } else if (type == u"Quantity") {
        const Result<Quantity> parsed = Quantity::parse(text);
        QVERIFY(!parsed.has_value());
        error = parsed.error();
    } else {
        const Result<ExactAmount> parsed = ExactAmount::parse(text);
        QVERIFY(!parsed.has_value());
        error = parsed.error();
    }
    QCOMPARE(error.code(), code);
    QVERIFY2(error.message().contains(u'“' + text + u'”'), qPrintable(error.message()));
}

void tst_FixedPoint::textRoundTrips()
{
    const QList<qint64> samples = {0, 1, -1, 5, -5, 999, 1000, 12345, -43'207'500, Max, Min};
    for (const qint64 units : samples) {
        QCOMPARE(UnitPrice::parse(UnitPrice::fromUnits(units).toString()),
                 UnitPrice::fromUnits(units));
        QCOMPARE(Quantity::parse(Quantity::fromUnits(units).toString()),
                 Quantity::fromUnits(units));
        QCOMPARE(ExactAmount::parse(ExactAmount::fromUnits(units).toString()),
                 ExactAmount::fromUnits(units));
    }
}

void tst_FixedPoint::comparisons()
{
    QVERIFY(price(u"0.12345") < price(u"0.12346"));
    QVERIFY(price(u"-1") < UnitPrice());
    QCOMPARE(price(u"12.5"), price(u"12.50000"));
    QVERIFY(quantity(u"151.67") > quantity(u"151.669"));
    QVERIFY(quantity(u"-2").isNegative());
    QVERIFY(Quantity().isZero());
    QVERIFY(exact(u"0.00000001") > ExactAmount());
    QVERIFY(exact(u"-0.00000001").isNegative());
    QVERIFY(UnitPrice().isZero());
    QVERIFY(ExactAmount().isZero());
}

void tst_FixedPoint::priceTimesQuantity_data()
{
    QTest::addColumn<QString>("unitPrice");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("exact");

    QTest::newRow("five-decimal price × 3.5 is kept exact")
        << u"0.12345"_s << u"3.5"_s << u"0.432075"_s;
    QTest::newRow("a fraction of a cent survives a quantity of one")
        << u"1.00005"_s << u"1"_s << u"1.00005"_s;
    QTest::newRow("finest price × finest quantity is one unit")
        << u"0.00001"_s << u"0.001"_s << u"0.00000001"_s;
    QTest::newRow("all decimals of both") << u"99.99999"_s << u"999.999"_s << u"99999.89000001"_s;
    QTest::newRow("a discount line") << u"-12.5"_s << u"2"_s << u"-25.00"_s;
    QTest::newRow("a credit note line") << u"12.5"_s << u"-2"_s << u"-25.00"_s;
    QTest::newRow("a discount on a credit note") << u"-12.5"_s << u"-2"_s << u"25.00"_s;
    QTest::newRow("a legal month at an hourly rate") << u"11.88"_s << u"151.67"_s << u"1801.8396"_s;
    QTest::newRow("zero quantity") << u"1200"_s << u"0"_s << u"0.00"_s;
    QTest::newRow("the largest quantity at the finest price")
        << u"0.00001"_s << u"9223372036854775.807"_s << u"92233720368.54775807"_s;
}

void tst_FixedPoint::priceTimesQuantity()
{
    QFETCH(QString, unitPrice);
    QFETCH(QString, quantity);
    QFETCH(QString, exact);

    const Result<ExactAmount> line = price(unitPrice).times(::quantity(quantity));
    QVERIFY2(line.has_value(), errorText(line).constData());
    QCOMPARE(line->toString(), exact);
    QCOMPARE(*line, ::exact(exact));
}

void tst_FixedPoint::priceTimesQuantityOverflows_data()
{
    QTest::addColumn<qint64>("priceUnits");
    QTest::addColumn<qint64>("quantityUnits");

    QTest::newRow("a billion euros × 1000 is refused, not wrapped")
        << 1'000'000'000LL * UnitPrice::UnitsPerEuro << 1'000'000LL;
    QTest::newRow("twice the finest price × the largest quantity") << 2LL << Max;
    QTest::newRow("the largest price × one") << Max << Quantity::UnitsPerOne;
    QTest::newRow("the largest price × -1") << Max << -Quantity::UnitsPerOne;
    QTest::newRow("the smallest price × the smallest quantity") << Min << Min;
    QTest::newRow("the finest refund × the smallest quantity") << -1LL << Min;
}

void tst_FixedPoint::priceTimesQuantityOverflows()
{
    QFETCH(qint64, priceUnits);
    QFETCH(qint64, quantityUnits);

    const Result<ExactAmount> line =
        UnitPrice::fromUnits(priceUnits).times(Quantity::fromUnits(quantityUnits));
    QVERIFY(!line.has_value());
    QCOMPARE(line.error().code(), ErrorCode::Overflow);
    QVERIFY2(line.error().message().contains(Quantity::fromUnits(quantityUnits).toString()),
             qPrintable(line.error().message()));
}

void tst_FixedPoint::creditNoteMirrorsInvoiceLine()
{
    const Result<ExactAmount> invoiced = price(u"0.12345").times(quantity(u"3.5"));
    const Result<ExactAmount> credited = price(u"0.12345").times(quantity(u"-3.5"));
    QVERIFY(invoiced && credited);
    QCOMPARE(credited->units(), -invoiced->units());
    QCOMPARE(credited->rounded(Rounding::HalfUp), -invoiced->rounded(Rounding::HalfUp));
}

void tst_FixedPoint::fromMoney()
{
    const Money amount = Money::fromCents(-1234);
    const Result<UnitPrice> asPrice = UnitPrice::fromMoney(amount);
    QVERIFY2(asPrice.has_value(), errorText(asPrice).constData());
    QCOMPARE(asPrice->toString(), u"-12.34"_s);
    const Result<ExactAmount> asExact = ExactAmount::fromMoney(amount);
    QVERIFY2(asExact.has_value(), errorText(asExact).constData());
    QCOMPARE(asExact->toString(), u"-12.34"_s);
    QCOMPARE(asExact->rounded(Rounding::HalfEven), amount);
}

void tst_FixedPoint::fromMoneyOverflows()
{
    const Result<UnitPrice> asPrice = UnitPrice::fromMoney(Money::fromCents(Max));
    QVERIFY(!asPrice.has_value());
    QCOMPARE(asPrice.error().code(), ErrorCode::Overflow);

    // 92 233 720 368.55 € is one cent beyond what an ExactAmount holds.
    const Result<ExactAmount> largest =
        ExactAmount::fromMoney(Money::fromCents(9'223'372'036'854LL));
    QVERIFY2(largest.has_value(), errorText(largest).constData());
    const Result<ExactAmount> tooLarge =
        ExactAmount::fromMoney(Money::fromCents(9'223'372'036'855LL));
    QVERIFY(!tooLarge.has_value());
    QCOMPARE(tooLarge.error().code(), ErrorCode::Overflow);
    QVERIFY2(tooLarge.error().message().contains(u"92233720368.55"_s),
             qPrintable(tooLarge.error().message()));
}

void tst_FixedPoint::exactAddAndSub()
{
    QCOMPARE(ExactAmount::checkedAdd(exact(u"0.432075"), exact(u"1.00005")), exact(u"1.432125"));
    QCOMPARE(ExactAmount::checkedSub(exact(u"0.432075"), exact(u"1.00005")), exact(u"-0.567975"));

    const Result<ExactAmount> pastMax =
        ExactAmount::checkedAdd(ExactAmount::fromUnits(Max), ExactAmount::fromUnits(1));
    QVERIFY(!pastMax.has_value());
    QCOMPARE(pastMax.error().code(), ErrorCode::Overflow);

    const Result<ExactAmount> pastMin =
        ExactAmount::checkedSub(ExactAmount::fromUnits(Min), ExactAmount::fromUnits(1));
    QVERIFY(!pastMin.has_value());
    QCOMPARE(pastMin.error().code(), ErrorCode::Overflow);

    const Result<ExactAmount> negateMin =
        ExactAmount::checkedSub(ExactAmount(), ExactAmount::fromUnits(Min));
    QVERIFY(!negateMin.has_value());
    QCOMPARE(negateMin.error().code(), ErrorCode::Overflow);
}

void tst_FixedPoint::exactSum()
{
    QCOMPARE(ExactAmount::sum({}), ExactAmount());
    QCOMPARE(ExactAmount::sum({exact(u"0.432075"), exact(u"1.00005"), exact(u"-0.00000001")}),
             exact(u"1.43212499"));
    QCOMPARE(ExactAmount::sum({ExactAmount::fromUnits(Max), ExactAmount::fromUnits(5),
                               ExactAmount::fromUnits(-5)}),
             ExactAmount::fromUnits(Max));

    const Result<ExactAmount> tooLarge =
        ExactAmount::sum({ExactAmount::fromUnits(Max), ExactAmount::fromUnits(1)});
    QVERIFY(!tooLarge.has_value());
    QCOMPARE(tooLarge.error().code(), ErrorCode::Overflow);
}

void tst_FixedPoint::rounded_data()
{
    QTest::addColumn<QString>("exact");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("1.00005 rounds half up to 1.00") << u"1.00005"_s << Rounding::HalfUp << 100LL;
    QTest::newRow("an exact half cent rounds half up") << u"1.005"_s << Rounding::HalfUp << 101LL;
    QTest::newRow("an exact half cent on a credit note rounds away from zero")
        << u"-1.005"_s << Rounding::HalfUp << -101LL;
    QTest::newRow("just below half a cent stays") << u"1.00499999"_s << Rounding::HalfUp << 100LL;
    QTest::newRow("just below half a cent on a credit note stays")
        << u"-1.00499999"_s << Rounding::HalfUp << -100LL;
    QTest::newRow("just above half a cent goes up") << u"1.00500001"_s << Rounding::HalfUp
                                                    << 101LL;
    QTest::newRow("banker's rounding keeps 1.005 at 1.00") << u"1.005"_s << Rounding::HalfEven
                                                           << 100LL;
    QTest::newRow("banker's rounding sends 1.015 to 1.02") << u"1.015"_s << Rounding::HalfEven
                                                           << 102LL;
    QTest::newRow("banker's rounding on a credit note") << u"-1.005"_s << Rounding::HalfEven
                                                        << -100LL;
    QTest::newRow("truncation drops 0.009") << u"1.009"_s << Rounding::TowardZero << 100LL;
    QTest::newRow("truncation of a refund goes toward zero") << u"-1.009"_s
                                                             << Rounding::TowardZero << -100LL;
    QTest::newRow("away from zero takes 0.001") << u"1.001"_s << Rounding::AwayFromZero << 101LL;
    QTest::newRow("away from zero on a refund") << u"-1.001"_s << Rounding::AwayFromZero
                                                << -101LL;
    QTest::newRow("floor of a refund goes down") << u"-1.001"_s << Rounding::Floor << -101LL;
    QTest::newRow("floor of a positive amount truncates") << u"1.009"_s << Rounding::Floor
                                                          << 100LL;
    QTest::newRow("ceiling of a refund goes toward zero") << u"-1.009"_s << Rounding::Ceiling
                                                          << -100LL;
    QTest::newRow("ceiling of a positive amount goes up") << u"1.001"_s << Rounding::Ceiling
                                                          << 101LL;
    QTest::newRow("whole cents never move") << u"-12.34"_s << Rounding::AwayFromZero << -1234LL;
    QTest::newRow("the largest exact amount") << u"92233720368.54775807"_s << Rounding::HalfUp
                                              << 9'223'372'036'855LL;
}

void tst_FixedPoint::rounded()
{
    QFETCH(QString, exact);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, cents);
    QCOMPARE(::exact(exact).rounded(rounding), Money::fromCents(cents));
}

void tst_FixedPoint::timesRate_data()
{
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("VAT 20% on 1.432125 is 0.286425, rounded once to 0.29")
        << u"1.432125"_s << u"20"_s << Rounding::HalfUp << 29LL;
    QTest::newRow("VAT 20% on an exact half cent of VAT") << u"0.025"_s << u"20"_s
                                                          << Rounding::HalfUp << 1LL;
    QTest::newRow("VAT on a credit note rounds half away from zero")
        << u"-0.025"_s << u"20"_s << Rounding::HalfUp << -1LL;
    QTest::newRow("VAT 20% just under half a cent") << u"0.02499999"_s << u"20"_s
                                                    << Rounding::HalfUp << 0LL;
    QTest::newRow("VAT 5.5% on 19.99") << u"19.99"_s << u"5.5"_s << Rounding::HalfUp << 110LL;
    QTest::newRow("the finest rate on the finest amount truncated") << u"0.00000001"_s
                                                                    << u"0.000001"_s
                                                                    << Rounding::TowardZero << 0LL;
    QTest::newRow("the finest rate on the finest amount rounded up") << u"0.00000001"_s
                                                                     << u"0.000001"_s
                                                                     << Rounding::Ceiling << 1LL;
    QTest::newRow("100% of the largest exact amount") << u"92233720368.54775807"_s << u"100"_s
                                                      << Rounding::TowardZero
                                                      << 9'223'372'036'854LL;
}

void tst_FixedPoint::timesRate()
{
    QFETCH(QString, exact);
    QFETCH(QString, percent);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, cents);

    const Result<Rate> rate = Rate::fromPercent(percent);
    QVERIFY2(rate.has_value(), errorText(rate).constData());
    const Result<Money> vat = ::exact(exact).times(*rate, rounding);
    QVERIFY2(vat.has_value(), errorText(vat).constData());
    QCOMPARE(vat->cents(), cents);
}

void tst_FixedPoint::timesRateOverflows()
{
    const Result<Money> product =
        ExactAmount::fromUnits(Max).times(Rate::fromUnits(Max), Rounding::HalfUp);
    QVERIFY(!product.has_value());
    QCOMPARE(product.error().code(), ErrorCode::Overflow);
}

void tst_FixedPoint::invoiceRoundsOncePerVatRate()
{
    // Three lines of 1.005 € at 20 %: rounding each line first would give 3.03 € HT and 0.61 € of
    // VAT; the exact sum gives 3.015 € → 3.02 € HT and 0.603 € → 0.60 € VAT, TTC = HT + VAT.
    const Result<Rate> standard = Rate::fromPercent(u"20");
    QVERIFY(standard.has_value());
    QList<ExactAmount> lines;
    for (int i = 0; i < 3; ++i) {
        const Result<ExactAmount> line = price(u"1.005").times(quantity(u"1"));
        QVERIFY2(line.has_value(), errorText(line).constData());
        lines.append(*line);
    }
    const Result<ExactAmount> totalExcludingVat = ExactAmount::sum(lines);
    QVERIFY2(totalExcludingVat.has_value(), errorText(totalExcludingVat).constData());
    QCOMPARE(totalExcludingVat->toString(), u"3.015"_s);

    const Money netTotal = totalExcludingVat->rounded(Rounding::HalfUp);
    const Result<Money> vat = totalExcludingVat->times(*standard, Rounding::HalfUp);
    QVERIFY2(vat.has_value(), errorText(vat).constData());
    QCOMPARE(netTotal, Money::fromCents(302));
    QCOMPARE(*vat, Money::fromCents(60));
    QCOMPARE(Money::checkedAdd(netTotal, *vat), Money::fromCents(362));

    Money roundedPerLine;
    for (const ExactAmount &line : std::as_const(lines))
        roundedPerLine += line.rounded(Rounding::HalfUp);
    QCOMPARE(roundedPerLine, Money::fromCents(303));
}

void tst_FixedPoint::hashesByValue()
{
    QSet<UnitPrice> prices{price(u"12.5"), price(u"12.50000"), price(u"0.12345")};
    QCOMPARE(prices.size(), 2);
    QSet<Quantity> quantities{quantity(u"1"), quantity(u"1.000")};
    QCOMPARE(quantities.size(), 1);
    QSet<ExactAmount> amounts{exact(u"0.432075"), exact(u"0.43207500"), exact(u"-0.432075")};
    QCOMPARE(amounts.size(), 2);
}

QTEST_GUILESS_MAIN(tst_FixedPoint)
#include "tst_fixedpoint.moc"
