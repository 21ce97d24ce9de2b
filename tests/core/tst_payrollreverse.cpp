// The payroll engine's reverse searches (issue 5 §3, DOMAIN.md §4), checked against its own
// forward computation: envelope → the largest gross that fits, net → the smallest gross that
// reaches it, and the property the envelope search relies on (the employer cost never decreases
// from one cent to the next). No Node here: agreement with the official model is
// tests/payroll/tst_payrolloracle.
//
// Random places are drawn from a seed printed at the start; COOP_SEED=<number> replays a run.
#include "core/payroll.h"
#include "core/payrollrules.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::ErrorCode)

namespace {

template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

Money cents(qint64 value)
{
    return Money::fromCents(value);
}

Rate percent(const char16_t *text)
{
    auto parsed = Rate::fromPercent(QStringView(text));
    Q_ASSERT(parsed);
    return *parsed;
}

quint32 seed()
{
    static const quint32 value = [] {
        bool ok = false;
        const quint32 fromEnvironment = qEnvironmentVariable("COOP_SEED").toUInt(&ok);
        return ok ? fromEnvironment : QRandomGenerator::global()->generate();
    }();
    return value;
}

// The eight situations the thresholds distinguish (cadre × headcounts 5 / 20 / 60 / 300), with
// AT/MP, versement mobilité and mutuelle varying from one to the next.
QList<std::pair<QString, PayrollSituation>> situations(const PayrollRuleTable &table)
{
    const QList<int> headcounts = {5, 20, 60, 300};
    const QList<const char16_t *> atmps = {u"2.08", u"0.9", u"4.5", u"2.08"};
    const QList<const char16_t *> vms = {u"0", u"1.75", u"2.95", u"1.75"};
    const QList<Money> mutuelles = {cents(4000), cents(0), cents(9550), cents(4000)};
    const QList<const char16_t *> shares = {u"50", u"60", u"100", u"50"};
    QList<std::pair<QString, PayrollSituation>> result;
    for (int cadre = 0; cadre < 2; ++cadre) {
        for (qsizetype i = 0; i < headcounts.size(); ++i) {
            PayrollSituation situation = PayrollSituation::defaults(table);
            situation.cadre = cadre == 1;
            situation.headcount = headcounts.at(i);
            const qsizetype k = (i + cadre) % 4;
            situation.atmp = percent(atmps.at(k));
            situation.vm = percent(vms.at(k));
            situation.mutuelle = mutuelles.at(k);
            situation.mutuelleEmployerShare = percent(shares.at(k));
            result.append({u"%1, headcount %2, AT/MP %3 %, VM %4 %, mutuelle %5 (%6 %)"_s
                               .arg(cadre ? u"cadre"_s : u"non-cadre"_s)
                               .arg(situation.headcount)
                               .arg(situation.atmp.toPercentString(), situation.vm.toPercentString(),
                                    situation.mutuelle.toString(),
                                    situation.mutuelleEmployerShare.toPercentString()),
                           situation});
        }
    }
    return result;
}

// 3 × the exact monthly SMIC (smic_hourly × weekly hours × 52 / 12), where the RGDU stops; the
// tables give whole cents (12.02 × 455 = 5 469.10).
qint64 threeSmicCents(const PayrollRuleTable &table)
{
    const PayrollParameters &p = table.parameters;
    // hours are a Rate coefficient (35 = 35 × UnitsPerOne); × 52 / 12 × 3 = × 13
    const qint64 weekly = p.weeklyHours.units();
    return p.smicHourly.cents() * weekly * 52 * p.rgduCutoffSmic / 12 / Rate::UnitsPerOne;
}

} // namespace

class TestPayrollReverse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fromEmployerCostFindsTheLargestGrossThatFits_data();
    void fromEmployerCostFindsTheLargestGrossThatFits();
    void anEnvelopeInsideTheThreeSmicCliffPaysJustBelowIt_data();
    void anEnvelopeInsideTheThreeSmicCliffPaysJustBelowIt();
    void anEnvelopeBelowTheCostOfAZeroGrossIsRefused_data();
    void anEnvelopeBelowTheCostOfAZeroGrossIsRefused();
    void theEmployerCostNeverDecreasesFromOneCentToTheNext_data();
    void theEmployerCostNeverDecreasesFromOneCentToTheNext();
    void fromNetFindsTheSmallestGrossThatReachesTheNet_data();
    void fromNetFindsTheSmallestGrossThatReachesTheNet();
    void employerCostAloneIsTheCostOfTheFullPayslip_data();
    void employerCostAloneIsTheCostOfTheFullPayslip();

private:
    void addPeriods();
    const PayrollRuleTable &table(QDate date);

    PayrollRuleSet m_rules;
};

void TestPayrollReverse::initTestCase()
{
    qInfo("random places from seed %u (set COOP_SEED to replay)", seed());
    auto rules = loadBuiltInPayrollRules();
    QVERIFY2(rules, why(rules).constData());
    m_rules = *rules;
}

void TestPayrollReverse::addPeriods()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("rules of 1 March 2026") << QDate(2026, 3, 1);
    QTest::newRow("rules of 1 July 2026") << QDate(2026, 7, 1);
}

const PayrollRuleTable &TestPayrollReverse::table(QDate date)
{
    auto found = m_rules.tableFor(date);
    Q_ASSERT(found);
    return **found;
}

void TestPayrollReverse::fromEmployerCostFindsTheLargestGrossThatFits_data()
{
    addPeriods();
}

// cost(gross) ≤ envelope < cost(gross + 0.01), the remainder is envelope − cost, on envelopes
// spread from the cost of a zero gross to the cost of 10 PSS, and on envelopes deliberately
// inside the steps of the cost curve (where a rounded RGDU coefficient or several rounded lines
// move the cost by more than a cent at once).
void TestPayrollReverse::fromEmployerCostFindsTheLargestGrossThatFits()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    const qint64 pss = rules.parameters.pss.cents();
    const qint64 smic = rules.monthlySmic().cents();
    QRandomGenerator random(seed());

    auto costOf = [&](const PayrollSituation &situation, qint64 gross) -> qint64 {
        auto slip = engine.compute(cents(gross), situation);
        Q_ASSERT(slip);
        return slip->employerCost.cents();
    };

    int checked = 0;
    int inSteps = 0;
    for (const auto &[name, situation] : situations(rules)) {
        QList<qint64> envelopes;
        const qint64 floor = costOf(situation, 0);
        const qint64 top = costOf(situation, 10 * pss);
        // Spread: 16 per situation, with odd cents.
        for (int i = 0; i < 16; ++i)
            envelopes.append(std::max(floor, floor + (top - floor) * i / 15 - static_cast<qint64>(random.bounded(97))));
        envelopes.append(floor);
        envelopes.append(top);
        // Steps: where the rounded RGDU coefficient drops by 0.0001 from one cent to the next,
        // the reduction falls by tens of cents and the cost jumps; the envelopes inside the jump
        // must give the lower gross. Looked for in windows across the RGDU range.
        for (const int percentOfSmic : {105, 140, 160, 200, 250, 280}) {
            const qint64 start = smic * percentOfSmic / 100 + static_cast<qint64>(random.bounded(500));
            int found = 0;
            auto previous = engine.compute(cents(start), situation);
            QVERIFY2(previous, why(previous).constData());
            for (qint64 gross = start; gross < start + 6000 && found < 2; ++gross) {
                auto next = engine.compute(cents(gross + 1), situation);
                QVERIFY2(next, why(next).constData());
                const qint64 low = previous->employerCost.cents();
                const qint64 high = next->employerCost.cents();
                if (next->rgduCoefficient != previous->rgduCoefficient && high - low >= 2) {
                    envelopes.append(low + 1);
                    envelopes.append(high - 1);
                    envelopes.append((low + high) / 2);
                    ++found;
                    inSteps += 3;
                }
                previous = std::move(next);
            }
            QVERIFY2(found > 0, qPrintable(u"%1: no step of the RGDU coefficient found from %2"_s
                                               .arg(name, cents(start).toString())));
        }

        for (const qint64 envelope : std::as_const(envelopes)) {
            auto found = engine.fromEmployerCost(cents(envelope), situation);
            QVERIFY2(found, qPrintable(name + u", envelope "_s + cents(envelope).toString() + u": "_s
                                       + QString::fromUtf8(why(found))));
            const qint64 gross = found->payslip.gross.cents();
            const qint64 cost = costOf(situation, gross);
            const qint64 costAbove = costOf(situation, gross + 1);
            const QString where = u"%1, envelope %2 → gross %3 (cost %4, cost at +0.01 %5)"_s
                                      .arg(name, cents(envelope).toString(), cents(gross).toString(),
                                           cents(cost).toString(), cents(costAbove).toString());
            QVERIFY2(cost <= envelope, qPrintable(where));
            QVERIFY2(envelope < costAbove, qPrintable(where));
            QCOMPARE(found->payslip.employerCost.cents(), cost);
            QCOMPARE(found->target, cents(envelope));
            QCOMPARE(found->remainder, cents(envelope - cost));
            ++checked;
        }
    }
    qInfo("%d envelopes checked, %d of them inside steps of the RGDU coefficient", checked, inSteps);
    QVERIFY(checked >= 100);
    QVERIFY(inSteps >= 16);
}

void TestPayrollReverse::anEnvelopeInsideTheThreeSmicCliffPaysJustBelowIt_data()
{
    addPeriods();
}

// At 3 SMIC the RGDU stops at once: the cost jumps by about Tmin × 3 SMIC. An envelope anywhere
// in the jump pays 3 SMIC − 0.01 and leaves the rest as the remainder; the cost of 3 SMIC itself
// pays 3 SMIC.
void TestPayrollReverse::anEnvelopeInsideTheThreeSmicCliffPaysJustBelowIt()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    const qint64 cliff = threeSmicCents(rules);
    QCOMPARE(cliff, date.month() == 3 ? 546910 : 560105);

    for (const auto &[name, situation] : situations(rules)) {
        auto below = engine.compute(cents(cliff - 1), situation);
        auto at = engine.compute(cents(cliff), situation);
        QVERIFY2(below && at, "compute");
        QVERIFY2(below->rgdu.cents() > 0, qPrintable(name + u": no RGDU just below 3 SMIC"_s));
        QCOMPARE(at->rgdu.cents(), 0);
        const qint64 low = below->employerCost.cents();
        const qint64 high = at->employerCost.cents();
        QVERIFY2(high - low > 100 * 50, qPrintable(name + u": the cliff is only "_s + cents(high - low).toString()));
        for (const qint64 envelope : {low, low + 1, (low + high) / 2, high - 1}) {
            auto found = engine.fromEmployerCost(cents(envelope), situation);
            QVERIFY2(found, why(found).constData());
            QCOMPARE(found->payslip.gross.cents(), cliff - 1);
            QCOMPARE(found->remainder.cents(), envelope - low);
        }
        auto exact = engine.fromEmployerCost(cents(high), situation);
        QVERIFY2(exact, why(exact).constData());
        QVERIFY2(exact->payslip.gross.cents() >= cliff, qPrintable(name));
        auto next = engine.compute(exact->payslip.gross + cents(1), situation);
        QVERIFY(next && next->employerCost.cents() > high);
    }
}

void TestPayrollReverse::anEnvelopeBelowTheCostOfAZeroGrossIsRefused_data()
{
    addPeriods();
}

// The mutuelle is owed whatever the pay: an envelope below what a zero gross costs is a
// Constraint error; that cost itself pays a zero gross.
void TestPayrollReverse::anEnvelopeBelowTheCostOfAZeroGrossIsRefused()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    for (const auto &[name, situation] : situations(rules)) {
        auto zero = engine.compute(Money(), situation);
        QVERIFY2(zero, why(zero).constData());
        const qint64 floor = zero->employerCost.cents();
        if (floor > 0) {
            auto refused = engine.fromEmployerCost(cents(floor - 1), situation);
            QVERIFY2(!refused, qPrintable(name + u": an envelope below the floor was accepted"_s));
            QCOMPARE(refused.error().code(), ErrorCode::Constraint);
            QVERIFY2(refused.error().message().contains(cents(floor).toString()),
                     qPrintable(refused.error().message()));
        }
        auto atFloor = engine.fromEmployerCost(cents(floor), situation);
        QVERIFY2(atFloor, why(atFloor).constData());
        QVERIFY(atFloor->payslip.employerCost.cents() <= floor);
        auto negative = engine.fromEmployerCost(cents(-1), situation);
        QVERIFY(!negative);
    }
}

void TestPayrollReverse::theEmployerCostNeverDecreasesFromOneCentToTheNext_data()
{
    addPeriods();
}

// The property fromEmployerCost relies on, cent by cent in windows around every threshold and at
// random places, for the eight situations.
void TestPayrollReverse::theEmployerCostNeverDecreasesFromOneCentToTheNext()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    const qint64 pss = rules.parameters.pss.cents();
    const qint64 smic = rules.monthlySmic().cents();
    const qint64 cliff = threeSmicCents(rules);
    QRandomGenerator random(seed() ^ static_cast<quint32>(date.month()));

    QList<std::pair<QString, qint64>> centres = {
        {u"SMIC"_s, smic},
        {u"1.6 SMIC"_s, smic * 16 / 10},
        {u"PSS"_s, pss},
        {u"3 SMIC"_s, cliff},
        {u"4 PSS"_s, 4 * pss},
        {u"8 PSS"_s, 8 * pss},
    };
    for (int i = 0; i < 6; ++i) {
        const qint64 place = smic / 2 + static_cast<qint64>(random.bounded(static_cast<quint32>(10 * pss - smic / 2)));
        centres.append({u"random place %1"_s.arg(cents(place).toString()), place});
    }
    constexpr qint64 kHalfWindow = 400;  // cents each side
    qint64 steps = 0;
    for (const auto &[name, situation] : situations(rules)) {
        for (const auto &[where, centre] : std::as_const(centres)) {
            auto first = engine.compute(cents(centre - kHalfWindow), situation);
            QVERIFY2(first, why(first).constData());
            qint64 previous = first->employerCost.cents();
            for (qint64 gross = centre - kHalfWindow + 1; gross <= centre + kHalfWindow; ++gross) {
                auto slip = engine.compute(cents(gross), situation);
                QVERIFY2(slip, why(slip).constData());
                const qint64 cost = slip->employerCost.cents();
                if (cost < previous) {
                    QFAIL(qPrintable(u"%1, around %2: cost(%3) = %4 < cost(%5) = %6"_s
                                         .arg(name, where, cents(gross).toString(), cents(cost).toString(),
                                              cents(gross - 1).toString(), cents(previous).toString())));
                }
                previous = cost;
                ++steps;
            }
        }
    }
    qInfo("%lld consecutive cents checked", static_cast<long long>(steps));
}

void TestPayrollReverse::fromNetFindsTheSmallestGrossThatReachesTheNet_data()
{
    addPeriods();
}

// net(gross) ≥ target and net(gross − 0.01) < target, from a few euros to the net of 10 PSS.
void TestPayrollReverse::fromNetFindsTheSmallestGrossThatReachesTheNet()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    const qint64 pss = rules.parameters.pss.cents();
    QRandomGenerator random(seed() + 17u * static_cast<quint32>(date.month()));

    auto netOf = [&](const PayrollSituation &situation, qint64 gross) -> qint64 {
        auto slip = engine.compute(cents(gross), situation);
        Q_ASSERT(slip);
        return slip->netBeforeTax.cents();
    };
    int checked = 0;
    for (const auto &[name, situation] : situations(rules)) {
        const qint64 top = netOf(situation, 10 * pss);
        QList<qint64> targets = {0, 1, 500};
        for (int i = 0; i < 14; ++i)
            targets.append(100000 + (top - 100000) * i / 13 - static_cast<qint64>(random.bounded(89)));
        // Nets of grosses near the thresholds, exactly and a cent above.
        for (const qint64 gross : {rules.monthlySmic().cents(), pss, threeSmicCents(rules), 4 * pss, 8 * pss}) {
            targets.append(netOf(situation, gross));
            targets.append(netOf(situation, gross) + 1);
        }
        for (const qint64 target : std::as_const(targets)) {
            auto found = engine.fromNet(cents(target), situation);
            QVERIFY2(found, qPrintable(name + u", net "_s + cents(target).toString() + u": "_s
                                       + QString::fromUtf8(why(found))));
            const qint64 gross = found->gross.cents();
            const QString where = u"%1, net %2 → gross %3"_s.arg(name, cents(target).toString(),
                                                                 cents(gross).toString());
            QCOMPARE(found->netBeforeTax.cents(), netOf(situation, gross));
            QVERIFY2(found->netBeforeTax.cents() >= target, qPrintable(where));
            if (gross > 0)
                QVERIFY2(netOf(situation, gross - 1) < target, qPrintable(where));
            ++checked;
        }
        auto negative = engine.fromNet(cents(-1), situation);
        QVERIFY(!negative);
        QCOMPARE(negative.error().code(), ErrorCode::InvalidArgument);
    }
    qInfo("%d net targets checked", checked);
    QVERIFY(checked >= 100);
}

void TestPayrollReverse::employerCostAloneIsTheCostOfTheFullPayslip_data()
{
    addPeriods();
}

// The shortcut the searches evaluate gives the same figure as the full payslip.
void TestPayrollReverse::employerCostAloneIsTheCostOfTheFullPayslip()
{
    QFETCH(QDate, date);
    const PayrollRuleTable &rules = table(date);
    const PayrollEngine engine(rules);
    const qint64 pss = rules.parameters.pss.cents();
    QRandomGenerator random(seed() + 1000u * static_cast<quint32>(date.month()));
    int checked = 0;
    for (const auto &[name, situation] : situations(rules)) {
        for (int i = 0; i < 300; ++i) {
            const qint64 gross = i == 0 ? 0 : static_cast<qint64>(random.bounded(static_cast<quint32>(11 * pss)));
            auto slip = engine.compute(cents(gross), situation);
            QVERIFY2(slip, why(slip).constData());
            const Money alone = engine.employerCost(cents(gross), situation);
            if (alone != slip->employerCost)
                QFAIL(qPrintable(u"%1, gross %2: employerCost %3, compute %4"_s
                                     .arg(name, cents(gross).toString(), alone.toString(),
                                          slip->employerCost.toString())));
            ++checked;
        }
    }
    qInfo("%d grosses checked", checked);
}

QTEST_GUILESS_MAIN(TestPayrollReverse)
#include "tst_payrollreverse.moc"
