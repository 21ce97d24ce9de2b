#include "core/contribution.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// The cooperative contribution (issue 6 §2): hand-checked scales from DOMAIN.md §5, then random
// scales and years against a plain recomputation written here from the rules' wording.

namespace {

Money euros(qint64 value)
{
    return Money::fromCents(value * 100);
}

Rate percent(qint64 value)
{
    return Rate::fromUnits(value * Rate::UnitsPerPercent);
}

ContributionScale scale(QList<ContributionBracket> brackets, BracketApplication application,
                        BracketBasis basis)
{
    ContributionScale s;
    s.code = u"BAREME-2026"_s;
    s.label = u"Barème 2026"_s;
    s.effectiveFrom = QDate(2026, 1, 1);
    s.assemblyReference = u"AG du 12/06/2025, résolution 4"_s;
    s.brackets = std::move(brackets);
    s.application = application;
    s.basis = basis;
    return s;
}

// 10 %, then 8 % from 35 k€, then 6 % from 45 k€ of annual turnover.
ContributionScale annualScale(BracketApplication application)
{
    return scale({{euros(0), percent(10)}, {euros(35'000), percent(8)}, {euros(45'000), percent(6)}},
                 application, BracketBasis::YearToDate);
}

// Monthly gross-margin brackets 13 / 12 / 11 / 10 % (from 0, 1 000, 2 000, 3 000 €), a floor of
// 80 € in the first year and 100 € after, an annual cap of 5 500 € (5 000 € for associates)
// prorated to the months of presence.
ContributionScale marginScale()
{
    ContributionScale s = scale({{euros(0), percent(13)},
                                 {euros(1'000), percent(12)},
                                 {euros(2'000), percent(11)},
                                 {euros(3'000), percent(10)}},
                                BracketApplication::Marginal, BracketBasis::Month);
    s.base = ContributionBase::GrossMargin;
    s.floors = {{0, std::nullopt, euros(80)}, {12, std::nullopt, euros(100)}};
    s.annualCap = euros(5'500);
    s.annualCapAssociate = euros(5'000);
    return s;
}

ContributionYearInput year(const QList<qint64> &baseEuros, int seniorityAtStart = 24)
{
    ContributionYearInput input;
    for (qsizetype i = 0; i < baseEuros.size(); ++i) {
        ContributionMonthInput m;
        m.month = QDate(2026, 1, 1).addMonths(static_cast<int>(i));
        m.base = euros(baseEuros.at(i));
        m.seniorityMonths = seniorityAtStart + static_cast<int>(i);
        input.months.append(m);
    }
    return input;
}

QList<qint64> amounts(const ContributionYearResult &result)
{
    QList<qint64> cents;
    for (const ContributionMonthResult &m : result.months)
        cents.append(m.amount.cents());
    return cents;
}

QList<qint64> cents(std::initializer_list<qint64> values)
{
    return QList<qint64>(values);
}

} // namespace

class TestContribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annualBracketsMarginal();
    void annualBracketsWholeBase();
    void bracketAmount_data();
    void bracketAmount();
    void monthlyMarginWithFloors();
    void capProratedToPresence();
    void runningCapAndTrueUp();
    void associateCapFromJuly();
    void sinceEntryCarriesThePast();
    void internalInvoicingAndOverride();
    void refusedScales_data();
    void refusedScales();
    void monthsMustFollowEachOther();
    void properties();
};

void TestContribution::annualBracketsMarginal()
{
    // 5 000 € a month: 500 € while the year stays under 35 k€, 400 € in the 8 % slice, then 300 €.
    const auto r = computeContributions(annualScale(BracketApplication::Marginal),
                                        year(QList<qint64>(12, 5'000)));
    QVERIFY(r);
    QCOMPARE(amounts(*r), cents({50'000, 50'000, 50'000, 50'000, 50'000, 50'000, 50'000, 40'000,
                                 40'000, 30'000, 30'000, 30'000}));
    // 3 500 + 800 + 900 on 60 000 €, and nothing to true up.
    QCOMPARE(r->yearAmount, euros(5'200));
    QCOMPARE(r->monthlyTotal, euros(5'200));
    QCOMPARE(r->trueUp, Money());
}

void TestContribution::annualBracketsWholeBase()
{
    // Whole base: reaching 35 k€ puts all of it at 8 % (2 800 € instead of 3 000 €): July is a
    // credit of 200 €; reaching 45 k€ puts it at 6 % (2 700 € instead of 3 200 €).
    const auto r = computeContributions(annualScale(BracketApplication::WholeBase),
                                        year(QList<qint64>(12, 5'000)));
    QVERIFY(r);
    QCOMPARE(amounts(*r), cents({50'000, 50'000, 50'000, 50'000, 50'000, 50'000, -20'000, 40'000,
                                 -50'000, 30'000, 30'000, 30'000}));
    QCOMPARE(r->yearAmount, euros(3'600));  // 6 % of 60 000 €
    QCOMPARE(r->trueUp, Money());
}

void TestContribution::bracketAmount_data()
{
    QTest::addColumn<int>("application");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("marginal, 34 999.99 €: all at 10 %")
        << int(BracketApplication::Marginal) << qint64(3'499'999) << qint64(350'000);
    QTest::newRow("marginal, 50 000 €: 3 500 + 800 + 300")
        << int(BracketApplication::Marginal) << qint64(5'000'000) << qint64(460'000);
    QTest::newRow("whole, 34 999.99 €: 10 %")
        << int(BracketApplication::WholeBase) << qint64(3'499'999) << qint64(350'000);
    QTest::newRow("whole, exactly 35 000 €: 8 % of all")
        << int(BracketApplication::WholeBase) << qint64(3'500'000) << qint64(280'000);
    QTest::newRow("whole, 50 000 €: 6 % of all")
        << int(BracketApplication::WholeBase) << qint64(5'000'000) << qint64(300'000);
    QTest::newRow("a credit note's negative base mirrors")
        << int(BracketApplication::Marginal) << qint64(-5'000'000) << qint64(-460'000);
    QTest::newRow("half a cent rounds up: 10 % of 0.05 €")
        << int(BracketApplication::Marginal) << qint64(5) << qint64(1);
}

void TestContribution::bracketAmount()
{
    QFETCH(int, application);
    QFETCH(qint64, base);
    QFETCH(qint64, expected);
    const ContributionScale s = annualScale(static_cast<BracketApplication>(application));
    QCOMPARE(coop::bracketAmount(s, Money::fromCents(base)).cents(), expected);
}

void TestContribution::monthlyMarginWithFloors()
{
    // Entered in August 2025: January is the 5th month (floor 80 €), August the 12th (100 €).
    const auto r = computeContributions(
        marginScale(), year({500, 2'500, 0, 1'000, 6'000, 300, 600, 700}, 5));
    QVERIFY(r);
    // 500 → 65 < 80; 2 500 → 130 + 120 + 55 = 305; 0 → floor; 1 000 → 130; 6 000 → 130 + 120 +
    // 110 + 300 = 660, within the cap earned (5 × 458.33); 300 → 39 < 80; 600 → 78 < 80;
    // August, seniority 12: 700 → 91 < 100.
    QCOMPARE(amounts(*r), cents({8'000, 30'500, 8'000, 13'000, 66'000, 8'000, 8'000, 10'000}));
    QVERIFY(r->months.at(0).floorApplied);
    QVERIFY(!r->months.at(1).floorApplied);
    QCOMPARE(r->months.at(7).floor, euros(100));
    QCOMPARE(r->trueUp, Money());
}

void TestContribution::capProratedToPresence()
{
    // Present from April: nine months of 660 € (5 940 €) against a cap of 5 500 × 9 / 12 = 4 125 €.
    ContributionYearInput input = year(QList<qint64>(12, 6'000));
    for (int i = 0; i < 3; ++i) {
        input.months[i].present = false;
        input.months[i].base = Money();
    }
    const auto r = computeContributions(marginScale(), input);
    QVERIFY(r);
    QCOMPARE(r->yearCap, euros(4'125));
    QCOMPARE(r->months.at(0).amount, Money());  // absent: no floor
    QCOMPARE(r->months.at(3).amount, Money::fromCents(45'833));  // 5 500 / 12, rounded
    QCOMPARE(r->monthlyTotal, euros(4'125));
    QCOMPARE(r->yearAmount, euros(4'125));
    QCOMPARE(r->trueUp, Money());
}

void TestContribution::runningCapAndTrueUp()
{
    // A busy first half (1 260 € owed a month) and a quiet second half (the 100 € floor): the
    // running cap holds January-June at 458.33 € a month, the second half pays its floors, and
    // the year's close charges what was held back, up to the 5 500 € cap.
    const auto r = computeContributions(
        marginScale(), year({12'000, 12'000, 12'000, 12'000, 12'000, 12'000, 0, 0, 0, 0, 0, 0}));
    QVERIFY(r);
    QCOMPARE(r->months.at(0).beforeCap, euros(1'260));
    QVERIFY(r->months.at(0).capApplied);
    QCOMPARE(r->months.at(0).amount, Money::fromCents(45'833));
    QCOMPARE(r->months.at(1).amount, Money::fromCents(45'834));  // 916.67 − 458.33
    QCOMPARE(r->months.at(6).amount, euros(100));
    QCOMPARE(r->monthlyTotal, euros(3'350));                     // 2 750 + 6 × 100
    QCOMPARE(r->yearAmount, euros(5'500));                       // min(8 160, 5 500)
    QCOMPARE(r->trueUp, euros(2'150));
}

void TestContribution::associateCapFromJuly()
{
    ContributionYearInput input = year(QList<qint64>(12, 12'000));
    for (int i = 6; i < 12; ++i)
        input.months[i].associate = true;
    const auto r = computeContributions(marginScale(), input);
    QVERIFY(r);
    QCOMPARE(r->yearCap, euros(5'250));  // (6 × 5 500 + 6 × 5 000) / 12
    QCOMPARE(r->monthlyTotal, euros(5'250));
    QCOMPARE(r->trueUp, Money());
}

void TestContribution::sinceEntryCarriesThePast()
{
    // Cumulated since entry: 30 000 € before this year, so the 8 % slice starts after 5 000 €.
    ContributionScale s = annualScale(BracketApplication::Marginal);
    s.basis = BracketBasis::SinceEntry;
    ContributionYearInput input = year({5'000, 5'000, 5'000});
    input.baseBeforeYear = euros(30'000);
    const auto r = computeContributions(s, input);
    QVERIFY(r);
    QCOMPARE(amounts(*r), cents({50'000, 40'000, 40'000}));
}

void TestContribution::internalInvoicingAndOverride()
{
    ContributionScale s = annualScale(BracketApplication::Marginal);
    s.internalRate = percent(2);
    ContributionYearInput input = year({1'000, 1'000});
    input.months[0].internalBase = euros(333);
    input.months[1].internalBase = euros(333);
    auto r = computeContributions(s, input);
    QVERIFY(r);
    // 10 % of 1 000 plus 2 % of 333 (6.66), cumulated: 666 → 13.32, so 6.66 then 6.66.
    QCOMPARE(amounts(*r), cents({10'666, 10'666}));

    // Without an internal rate, internal invoicing is turnover like any other.
    s.internalRate.reset();
    r = computeContributions(s, input);
    QVERIFY(r);
    QCOMPARE(amounts(*r), cents({13'330, 13'330}));

    // The contract's override: one flat 7 % instead of the brackets.
    input.overrideRate = percent(7);
    r = computeContributions(s, input);
    QVERIFY(r);
    QCOMPARE(amounts(*r), cents({9'331, 9'331}));
}

void TestContribution::refusedScales_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("where");
    QTest::newRow("no assembly reference") << u"reference"_s << u"assemblyReference"_s;
    QTest::newRow("no brackets") << u"nobrackets"_s << u"brackets"_s;
    QTest::newRow("first bracket not from 0") << u"first"_s << u"brackets[0].from"_s;
    QTest::newRow("thresholds not increasing") << u"order"_s << u"brackets[2].from"_s;
    QTest::newRow("rate above 100 %") << u"rate"_s << u"brackets[1].rate"_s;
    QTest::newRow("negative floor") << u"floor"_s << u"floors[0].monthly"_s;
    QTest::newRow("negative cap") << u"cap"_s << u"annualCap"_s;
}

void TestContribution::refusedScales()
{
    QFETCH(QString, edit);
    QFETCH(QString, where);
    ContributionScale s = marginScale();
    if (edit == u"reference")
        s.assemblyReference.clear();
    else if (edit == u"nobrackets")
        s.brackets.clear();
    else if (edit == u"first")
        s.brackets[0].from = euros(10);
    else if (edit == u"order")
        s.brackets[2].from = euros(1'000);
    else if (edit == u"rate")
        s.brackets[1].rate = percent(101);
    else if (edit == u"floor")
        s.floors[0].monthly = euros(-1);
    else if (edit == u"cap")
        s.annualCap = euros(-1);
    const ValidationErrors errors = validate(s);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().where(), where);
    const auto r = computeContributions(s, year({1'000}));
    QVERIFY(!r);
    QCOMPARE(r.error().where(), where);
}

void TestContribution::monthsMustFollowEachOther()
{
    ContributionYearInput input = year({1'000, 1'000, 1'000});
    input.months[2].month = QDate(2026, 5, 1);
    const auto r = computeContributions(marginScale(), input);
    QVERIFY(!r);
    QCOMPARE(r.error().where(), u"months[2]"_s);
}

// The rules' wording, computed plainly: marginal brackets slice by slice, whole base by the last
// threshold reached; a month's brackets amount on a cumulated basis is the difference of two
// cumulated amounts; the year is Σ max(floor, month) capped by the twelfths of the caps.
void TestContribution::properties()
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("COOP_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (set COOP_SEED to replay)", seed);
    QRandomGenerator random(seed);

    const auto plainBrackets = [](const ContributionScale &s, qint64 base) -> qint64 {
        const bool negative = base < 0;
        const qint64 b = negative ? -base : base;
        long double exact = 0;  // test-side cross-check only, compared after rounding
        if (s.application == BracketApplication::WholeBase) {
            qint64 rate = 0;
            for (const ContributionBracket &bracket : s.brackets)
                if (bracket.from.cents() <= b)
                    rate = bracket.rate.units();
            exact = static_cast<long double>(b) * rate;
        } else {
            for (qsizetype i = 0; i < s.brackets.size(); ++i) {
                const qint64 lo = s.brackets.at(i).from.cents();
                const qint64 hi = i + 1 < s.brackets.size() ? s.brackets.at(i + 1).from.cents()
                                                            : std::numeric_limits<qint64>::max();
                const qint64 slice = std::max<qint64>(0, std::min(b, hi) - lo);
                exact += static_cast<long double>(slice) * s.brackets.at(i).rate.units();
            }
        }
        const auto cents = static_cast<qint64>(std::floor(exact / Rate::UnitsPerOne + 0.5L));
        return negative ? -cents : cents;
    };

    for (int n = 0; n < 100'000; ++n) {
        ContributionScale s = scale({}, random.bounded(2) ? BracketApplication::Marginal
                                                          : BracketApplication::WholeBase,
                                    static_cast<BracketBasis>(random.bounded(3)));
        qint64 from = 0;
        const int bracketCount = 1 + random.bounded(4);
        for (int i = 0; i < bracketCount; ++i) {
            s.brackets.append({Money::fromCents(from), Rate::fromUnits(random.bounded(16) * 1'000'000)});
            from += 1 + random.bounded(5'000'000);
        }
        if (random.bounded(2))
            s.floors = {{0, std::nullopt, Money::fromCents(random.bounded(20'000))},
                        {12, std::nullopt, Money::fromCents(random.bounded(20'000))}};
        if (random.bounded(2))
            s.annualCap = Money::fromCents(random.bounded(1'000'000));
        ContributionYearInput input;
        input.baseBeforeYear = Money::fromCents(random.bounded(10'000'000));
        const int months = 1 + random.bounded(12);
        for (int i = 0; i < months; ++i) {
            ContributionMonthInput m;
            m.month = QDate(2026, 1, 1).addMonths(i);
            m.present = random.bounded(8) != 0;
            m.base = Money::fromCents(random.bounded(2'000'000) - (random.bounded(10) == 0 ? 2'500'000 : 0));
            m.seniorityMonths = random.bounded(30);
            input.months.append(m);
        }
        const auto r = computeContributions(s, input);
        QVERIFY(r);

        qint64 cumulated = s.basis == BracketBasis::SinceEntry ? input.baseBeforeYear.cents() : 0;
        qint64 year = 0;
        qint64 capTwelfths = 0;
        qint64 runningCharged = 0;
        for (qsizetype i = 0; i < input.months.size(); ++i) {
            const ContributionMonthInput &m = input.months.at(i);
            const qint64 brackets =
                s.basis == BracketBasis::Month
                    ? plainBrackets(s, m.base.cents())
                    : plainBrackets(s, cumulated + m.base.cents()) - plainBrackets(s, cumulated);
            cumulated += m.base.cents();
            QCOMPARE(r->months.at(i).brackets.cents(), brackets);
            qint64 owed = brackets;
            if (m.present) {
                for (const ContributionFloor &f : s.floors)  // the last one reached applies
                    if (m.seniorityMonths >= f.fromSeniorityMonths)
                        owed = std::max(brackets, f.monthly.cents());
                if (s.annualCap)
                    capTwelfths += s.annualCap->cents();
            }
            year += owed;
            runningCharged += r->months.at(i).amount.cents();
            if (s.annualCap)  // never beyond the cap earned so far
                QVERIFY(runningCharged <= (capTwelfths + 6) / 12);
            else
                QCOMPARE(r->months.at(i).amount.cents(), owed);
        }
        if (s.annualCap)
            year = std::min(year, (capTwelfths + 6) / 12);
        QCOMPARE(r->yearAmount.cents(), year);
        QCOMPARE(r->monthlyTotal.cents() + r->trueUp.cents(), year);
        // With a cumulated basis, no floor and no cap, the months already are the year's brackets.
        if (s.basis != BracketBasis::Month && s.floors.isEmpty() && !s.annualCap) {
            QCOMPARE(r->trueUp, Money());
            qint64 total = 0;
            for (const ContributionMonthInput &m : input.months)
                total += m.base.cents();
            const qint64 start = s.basis == BracketBasis::SinceEntry ? input.baseBeforeYear.cents() : 0;
            QCOMPARE(r->monthlyTotal.cents(),
                     plainBrackets(s, start + total) - plainBrackets(s, start));
        }
    }
}

QTEST_APPLESS_MAIN(TestContribution)
#include "tst_contribution.moc"
