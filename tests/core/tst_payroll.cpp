#include "core/payroll.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// The payroll engine on hand-checked figures (DOMAIN.md §4). The agreement with the official
// model over hundreds of situations is tests/payroll/tst_payrolloracle; the reverse search and
// the monotony of the cost are tests/core/tst_payrollreverse.

namespace {

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

const PayrollRuleSet &rules()
{
    static const PayrollRuleSet set = loadBuiltInPayrollRules().value();
    return set;
}

PayrollEngine engineFor(const QString &date)
{
    return PayrollEngine(*rules().tableFor(QDate::fromString(date, Qt::ISODate)).value());
}

// "cadre,headcount=60,atmp=1.5,vm=2,mutuelle=95.50,share=60" over the table's defaults.
PayrollSituation situation(const PayrollEngine &engine, const QString &spec)
{
    PayrollSituation s = PayrollSituation::defaults(engine.table());
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == u"cadre")
            s.cadre = true;
        else if (key == u"headcount")
            s.headcount = value.toInt();
        else if (key == u"atmp")
            s.atmp = Rate::fromPercent(value).value();
        else if (key == u"vm")
            s.vm = Rate::fromPercent(value).value();
        else if (key == u"mutuelle")
            s.mutuelle = Money::parse(value).value();
        else if (key == u"share")
            s.mutuelleEmployerShare = Rate::fromPercent(value).value();
        else
            qFatal("unknown situation key");
    }
    return s;
}

} // namespace

class TestPayroll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void workedExampleLines_data();
    void workedExampleLines();
    void conditions_data();
    void conditions();
    void rgdu_data();
    void rgdu();
    void csgBaseIncludesEmployerHealthShare();
    void linesAddUpToTotals();
    void invalidInput_data();
    void invalidInput();
    void fastCostMatchesPayslip();
    void reverseOnTheWorkedExample();
    void netToGross();
};

void TestPayroll::totals_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("employer");
    QTest::addColumn<QString>("rgdu");
    QTest::addColumn<QString>("net");
    QTest::addColumn<QString>("cost");

    // DOMAIN.md §4: non-cadre, 20 employees, 2 500 €.
    QTest::newRow("worked example, March 2026")
        << u"2026-03-01"_s << u"2500.00"_s << QString() << u"542.95"_s << u"675.50"_s
        << u"429.75"_s << u"1957.05"_s << u"3175.50"_s;
    // July: SMIC 12.31 €/h, a larger RGDU; the employee side does not change.
    QTest::newRow("worked example, July 2026: larger RGDU")
        << u"2026-07-15"_s << u"2500.00"_s << QString() << u"542.95"_s << u"645.50"_s
        << u"459.75"_s << u"1957.05"_s << u"3145.50"_s;
}

void TestPayroll::totals()
{
    QFETCH(QString, date);
    QFETCH(QString, gross);
    QFETCH(QString, spec);
    const PayrollEngine engine = engineFor(date);
    const auto slip = engine.compute(Money::parse(gross).value(), situation(engine, spec));
    QVERIFY2(slip, errorText(slip).constData());
    QTEST(slip->employeeTotal.toString(), "employee");
    QTEST(slip->employerTotal.toString(), "employer");
    QTEST(slip->rgdu.toString(), "rgdu");
    QTEST(slip->netBeforeTax.toString(), "net");
    QTEST(slip->employerCost.toString(), "cost");
    QCOMPARE(slip->netSocial, slip->netBeforeTax);
}

void TestPayroll::workedExampleLines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("employer");

    // Each figure is base × rate rounded half up to the cent, by hand.
    QTest::newRow("maladie 13 %") << u"maladie"_s << u"2500.00"_s << u"0.00"_s << u"325.00"_s;
    QTest::newRow("vieillesse plafonnée 6.9 / 8.55 on T1")
        << u"vieillesse_plafonnee"_s << u"2500.00"_s << u"172.50"_s << u"213.75"_s;
    QTest::newRow("vieillesse déplafonnée 0.4 / 2.11")
        << u"vieillesse_deplafonnee"_s << u"2500.00"_s << u"10.00"_s << u"52.75"_s;
    QTest::newRow("AGIRC-ARRCO T1 3.15 / 4.72")
        << u"agirc_arrco_t1"_s << u"2500.00"_s << u"78.75"_s << u"118.00"_s;
    QTest::newRow("CEG T1 0.86 / 1.29") << u"ceg_t1"_s << u"2500.00"_s << u"21.50"_s << u"32.25"_s;
    QTest::newRow("allocations familiales 5.25")
        << u"allocations_familiales"_s << u"2500.00"_s << u"0.00"_s << u"131.25"_s;
    QTest::newRow("chômage 4") << u"chomage"_s << u"2500.00"_s << u"0.00"_s << u"100.00"_s;
    QTest::newRow("AGS 0.25") << u"ags"_s << u"2500.00"_s << u"0.00"_s << u"6.25"_s;
    QTest::newRow("FNAL 0.1 on T1 under 50") << u"fnal_under_50"_s << u"2500.00"_s << u"0.00"_s
                                             << u"2.50"_s;
    QTest::newRow("CSA 0.3") << u"csa"_s << u"2500.00"_s << u"0.00"_s << u"7.50"_s;
    QTest::newRow("dialogue social 0.016") << u"dialogue_social"_s << u"2500.00"_s << u"0.00"_s
                                           << u"0.40"_s;
    QTest::newRow("formation professionnelle 1 from 11")
        << u"formation_professionnelle_from_11"_s << u"2500.00"_s << u"0.00"_s << u"25.00"_s;
    QTest::newRow("taxe d'apprentissage 0.59") << u"taxe_apprentissage"_s << u"2500.00"_s
                                               << u"0.00"_s << u"14.75"_s;
    QTest::newRow("solde 0.09") << u"taxe_apprentissage_solde"_s << u"2500.00"_s << u"0.00"_s
                                << u"2.25"_s;
    QTest::newRow("AT/MP 2.08") << u"atmp"_s << u"2500.00"_s << u"0.00"_s << u"52.00"_s;
    QTest::newRow("mutuelle 40 € half paid") << u"mutuelle"_s << u"40.00"_s << u"20.00"_s
                                             << u"20.00"_s;
    QTest::newRow("forfait social 8 % of the employer's 20 €")
        << u"forfait_social"_s << u"20.00"_s << u"0.00"_s << u"1.60"_s;
    // CSG base: 98.25 % × 2 500 + 20 (employer's mutuelle share) = 2 476.25.
    QTest::newRow("CSG déductible 6.8: 168.385 rounds up")
        << u"csg_deductible"_s << u"2476.25"_s << u"168.39"_s << u"0.00"_s;
    QTest::newRow("CSG non déductible 2.4") << u"csg_non_deductible"_s << u"2476.25"_s
                                            << u"59.43"_s << u"0.00"_s;
    QTest::newRow("CRDS 0.5: 12.38125") << u"crds"_s << u"2476.25"_s << u"12.38"_s << u"0.00"_s;
}

void TestPayroll::workedExampleLines()
{
    QFETCH(QString, code);
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const auto slip = engine.compute(money("2500.00"), situation(engine, {}));
    QVERIFY2(slip, errorText(slip).constData());
    const PayslipLine *line = slip->line(code);
    QVERIFY2(line, qPrintable(code));
    QTEST(line->base.toString(), "base");
    QTEST(line->employee.toString(), "employee");
    QTEST(line->employer.toString(), "employer");
}

void TestPayroll::conditions_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("non-cadre under the PSS: no APEC, prévoyance cadres, T2, CET")
        << QString() << u"2500.00"_s << QStringList{u"agirc_arrco_t1"_s}
        << QStringList{u"apec"_s, u"prevoyance_cadres"_s, u"agirc_arrco_t2"_s, u"ceg_t2"_s,
                       u"cet"_s};
    QTest::newRow("cadre: APEC and prévoyance cadres")
        << u"cadre"_s << u"2500.00"_s << QStringList{u"apec"_s, u"prevoyance_cadres"_s}
        << QStringList{};
    QTest::newRow("above the PSS: T2 lines and CET")
        << QString() << u"4005.01"_s
        << QStringList{u"agirc_arrco_t2"_s, u"ceg_t2"_s, u"cet"_s} << QStringList{};
    QTest::newRow("at the PSS exactly: no CET") << QString() << u"4005.00"_s << QStringList{}
                                                << QStringList{u"cet"_s, u"agirc_arrco_t2"_s};
    QTest::newRow("5 employees: formation 0.55, no forfait social, no VM")
        << u"headcount=5,vm=2"_s << u"2500.00"_s
        << QStringList{u"formation_professionnelle_under_11"_s}
        << QStringList{u"formation_professionnelle_from_11"_s, u"forfait_social"_s,
                       u"versement_mobilite"_s};
    QTest::newRow("11 employees: formation 1 %, forfait social, VM")
        << u"headcount=11,vm=2"_s << u"2500.00"_s
        << QStringList{u"formation_professionnelle_from_11"_s, u"forfait_social"_s,
                       u"versement_mobilite"_s}
        << QStringList{u"formation_professionnelle_under_11"_s};
    QTest::newRow("50 employees: FNAL 0.5 on the gross, PEEC")
        << u"headcount=50"_s << u"2500.00"_s << QStringList{u"fnal_from_50"_s, u"peec"_s}
        << QStringList{u"fnal_under_50"_s, u"contribution_supplementaire_apprentissage"_s};
    QTest::newRow("250 employees: contribution supplémentaire 0.4 %")
        << u"headcount=250"_s << u"2500.00"_s
        << QStringList{u"contribution_supplementaire_apprentissage"_s}
        << QStringList{u"contribution_supplementaire_apprentissage_2000"_s};
    QTest::newRow("2 000 employees: contribution supplémentaire 0.6 %")
        << u"headcount=2000"_s << u"2500.00"_s
        << QStringList{u"contribution_supplementaire_apprentissage_2000"_s}
        << QStringList{u"contribution_supplementaire_apprentissage"_s};
    QTest::newRow("no mutuelle: no mutuelle line, no forfait social")
        << u"mutuelle=0"_s << u"2500.00"_s << QStringList{}
        << QStringList{u"mutuelle"_s, u"forfait_social"_s};
    QTest::newRow("no VM rate: no VM line even from 11")
        << u"vm=0"_s << u"2500.00"_s << QStringList{} << QStringList{u"versement_mobilite"_s};
}

void TestPayroll::conditions()
{
    QFETCH(QString, spec);
    QFETCH(QString, gross);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const auto slip = engine.compute(Money::parse(gross).value(), situation(engine, spec));
    QVERIFY2(slip, errorText(slip).constData());
    for (const QString &code : present)
        QVERIFY2(slip->line(code), qPrintable(u"missing "_s + code));
    for (const QString &code : absent)
        QVERIFY2(!slip->line(code), qPrintable(u"unexpected "_s + code));
}

void TestPayroll::rgdu_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("coefficient");
    QTest::addColumn<QString>("rgdu");

    // At the SMIC (1 823.03 < 1 823.0333…): the maximum Tmin + Tdelta.
    QTest::newRow("at the SMIC, under 50: Tmin + Tdelta = 0.3981")
        << u"2026-03-01"_s << u"1823.03"_s << QString() << u"0.3981"_s << u"725.75"_s;
    QTest::newRow("at the SMIC, from 50: 0.4021")
        << u"2026-03-01"_s << u"1823.03"_s << u"headcount=60"_s << u"0.4021"_s << u"733.04"_s;
    QTest::newRow("half the SMIC: capped at the maximum")
        << u"2026-03-01"_s << u"911.52"_s << QString() << u"0.3981"_s << u"362.88"_s;
    // 3 SMIC = 12.02 × 455 = 5 469.10 exactly: the coefficient is Tmin just below, nothing at it.
    QTest::newRow("one cent under 3 SMIC: Tmin, the cliff")
        << u"2026-03-01"_s << u"5469.09"_s << QString() << u"0.02"_s << u"109.38"_s;
    QTest::newRow("at 3 SMIC: none") << u"2026-03-01"_s << u"5469.10"_s << QString() << u"0"_s
                                     << u"0.00"_s;
    QTest::newRow("July: 3 SMIC = 12.31 × 455 = 5 601.05")
        << u"2026-07-01"_s << u"5601.04"_s << QString() << u"0.02"_s << u"112.02"_s;
    QTest::newRow("July at 3 SMIC: none")
        << u"2026-07-01"_s << u"5601.05"_s << QString() << u"0"_s << u"0.00"_s;
    QTest::newRow("zero gross: none") << u"2026-03-01"_s << u"0.00"_s << QString() << u"0"_s
                                      << u"0.00"_s;
}

void TestPayroll::rgdu()
{
    QFETCH(QString, date);
    QFETCH(QString, gross);
    QFETCH(QString, spec);
    const PayrollEngine engine = engineFor(date);
    const auto slip = engine.compute(Money::parse(gross).value(), situation(engine, spec));
    QVERIFY2(slip, errorText(slip).constData());
    QTEST(slip->rgduCoefficient.toFractionString(), "coefficient");
    QTEST(slip->rgdu.toString(), "rgdu");
    QCOMPARE(slip->employerTotal, slip->employerContributions - slip->rgdu);
}

void TestPayroll::csgBaseIncludesEmployerHealthShare()
{
    // Cadre: the employer's prévoyance (1.5 % of T1 = 37.50) and mutuelle share (20.00) are in the
    // CSG base and in the forfait social's base, and in the net taxable.
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const auto slip = engine.compute(money("2500.00"), situation(engine, u"cadre"_s));
    QVERIFY2(slip, errorText(slip).constData());
    QCOMPARE(slip->line(u"prevoyance_cadres"_s)->employer, money("37.50"));
    QCOMPARE(slip->line(u"forfait_social"_s)->base, money("57.50"));
    QCOMPARE(slip->line(u"forfait_social"_s)->employer, money("4.60"));
    QCOMPARE(slip->line(u"csg_deductible"_s)->base, money("2513.75"));
    const Money addedBack = slip->line(u"csg_non_deductible"_s)->employee
                            + slip->line(u"crds"_s)->employee + money("57.50");
    QCOMPARE(slip->netTaxable, slip->netBeforeTax + addedBack);
}

void TestPayroll::linesAddUpToTotals()
{
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    for (const char *gross : {"0.00", "911.52", "2500.00", "4005.01", "16020.01", "40050.00"}) {
        for (const QString &spec : {QString(), u"cadre,headcount=300,vm=2.95"_s}) {
            const auto slip = engine.compute(money(gross), situation(engine, spec));
            QVERIFY2(slip, errorText(slip).constData());
            Money employee;
            Money employer;
            for (const PayslipLine &line : slip->lines) {
                employee += line.employee;
                employer += line.employer;
            }
            QCOMPARE(employee, slip->employeeTotal);
            QCOMPARE(employer, slip->employerContributions);
            QCOMPARE(slip->employerCost, slip->gross + slip->employerTotal);
            QCOMPARE(slip->netBeforeTax, slip->gross - slip->employeeTotal);
        }
    }
}

void TestPayroll::invalidInput_data()
{
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("field");

    QTest::newRow("negative gross") << u"-0.01"_s << QString() << u"gross"_s;
    QTest::newRow("gross beyond ten million") << u"10000000.01"_s << QString() << u"gross"_s;
    QTest::newRow("headcount 0") << u"2500.00"_s << u"headcount=0"_s << u"headcount"_s;
    QTest::newRow("AT/MP above 100 %") << u"2500.00"_s << u"atmp=100.01"_s << u"atmp"_s;
    QTest::newRow("negative mutuelle") << u"2500.00"_s << u"mutuelle=-1.00"_s << u"mutuelle"_s;
    QTest::newRow("employer share above 100 %")
        << u"2500.00"_s << u"share=101"_s << u"mutuelleEmployerShare"_s;
}

void TestPayroll::invalidInput()
{
    QFETCH(QString, gross);
    QFETCH(QString, spec);
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const auto slip = engine.compute(Money::parse(gross).value(), situation(engine, spec));
    QVERIFY(!slip);
    QCOMPARE(slip.error().code(), ErrorCode::InvalidArgument);
    QTEST(slip.error().where(), "field");
    QVERIFY(!slip.error().message().isEmpty());
}

void TestPayroll::fastCostMatchesPayslip()
{
    const PayrollEngine engine = engineFor(u"2026-07-01"_s);
    const PayrollSituation s = situation(engine, u"cadre,headcount=60,vm=1.75"_s);
    for (qint64 cents = 0; cents <= 4'500'000; cents += 7'919) {
        const Money gross = Money::fromCents(cents);
        QCOMPARE(engine.employerCost(gross, s), engine.compute(gross, s)->employerCost);
    }
}

void TestPayroll::reverseOnTheWorkedExample()
{
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const PayrollSituation s = situation(engine, {});
    const auto exact = engine.fromEmployerCost(money("3175.50"), s);
    QVERIFY2(exact, errorText(exact).constData());
    QVERIFY(exact->payslip.gross >= money("2500.00"));
    QVERIFY(exact->payslip.employerCost <= money("3175.50"));
    QCOMPARE(exact->remainder, money("3175.50") - exact->payslip.employerCost);

    // In the cliff: every envelope between cost(3 SMIC − 0.01) and cost(3 SMIC) gives the gross
    // just below 3 SMIC and leaves the difference.
    const Money below = engine.employerCost(money("5469.09"), s);
    const Money at = engine.employerCost(money("5469.10"), s);
    QVERIFY(at - below > money("100.00"));
    const auto cliff = engine.fromEmployerCost(below + money("50.00"), s);
    QVERIFY2(cliff, errorText(cliff).constData());
    QCOMPARE(cliff->payslip.gross, money("5469.09"));
    QCOMPARE(cliff->remainder, money("50.00"));

    const auto tooSmall = engine.fromEmployerCost(money("10.00"), s);
    QVERIFY(!tooSmall);
    QCOMPARE(tooSmall.error().code(), ErrorCode::Constraint);
}

void TestPayroll::netToGross()
{
    const PayrollEngine engine = engineFor(u"2026-03-01"_s);
    const PayrollSituation s = situation(engine, {});
    const auto slip = engine.fromNet(money("1957.05"), s);
    QVERIFY2(slip, errorText(slip).constData());
    QVERIFY(slip->netBeforeTax >= money("1957.05"));
    QVERIFY(slip->gross <= money("2500.00"));
    QVERIFY(engine.compute(slip->gross - money("0.01"), s)->netBeforeTax < money("1957.05"));
}

QTEST_APPLESS_MAIN(TestPayroll)
#include "tst_payroll.moc"
