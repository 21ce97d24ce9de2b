// The payroll engine against URSSAF's official model (issue 5, "Agreement with the official
// rules"). For each period the test builds a fixed list of situations (edges of every threshold
// and a spread from half the SMIC to 10 PSS, cadre or not, headcounts 5 / 20 / 60 / 300, AT/MP,
// versement mobilité and mutuelle variants), has tools/payroll-oracle/oracle.mjs evaluate all of
// them in one Node process, and compares every line of both sides and every total with
// PayrollEngine::compute on the rule table of that period.
//
// Bounds (DOMAIN.md §4): each line within 0.005 € (a payslip rounds each line to the cent, the
// model keeps full precision); each total within 0.01 € per line it adds. A line that only one
// side has must be within 0.005 € of zero on the other. The worst difference of every field is
// printed (qInfo) so that the figures can be quoted.
#include "core/payroll.h"
#include "core/payrollrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

const QString kOracleDir = QStringLiteral(COOP_PAYROLL_ORACLE_DIR);
const QString kNode = QStringLiteral(COOP_NODE_EXECUTABLE);

// A few nanoeuros of slack for the model's doubles (its sums carry ~1e-12 of noise).
constexpr double kSlack = 1e-7;
constexpr double kLineBound = 0.005;
constexpr double kPerLineTotalBound = 0.01;

struct OracleCase
{
    QString why;          // which edge or spread point, for messages
    Money gross;
    bool cadre = false;
    int headcount = 20;
    QString atmp = u"2.08"_s;
    QString vm = u"0"_s;
    QString mutuelle = u"40.00"_s;
    QString share = u"50"_s;
};

struct Period
{
    QString key;          // "2026-03", the oracle's period
    QDate date;           // picks our table
    QString threeSmicBelow;
    QString threeSmic;
    QString threeSmicAbove;
};

template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

double euros(Money amount)
{
    return static_cast<double>(amount.cents()) / 100.0;
}

Money cents(qint64 value)
{
    return Money::fromCents(value);
}

Money parseMoney(const QString &text)
{
    auto parsed = Money::parse(text);
    Q_ASSERT(parsed);
    return *parsed;
}

Rate percent(const QString &text)
{
    auto parsed = Rate::fromPercent(text);
    Q_ASSERT(parsed);
    return *parsed;
}

PayrollSituation situationOf(const OracleCase &c)
{
    PayrollSituation situation;
    situation.cadre = c.cadre;
    situation.headcount = c.headcount;
    situation.atmp = percent(c.atmp);
    situation.vm = percent(c.vm);
    situation.mutuelle = parseMoney(c.mutuelle);
    situation.mutuelleEmployerShare = percent(c.share);
    return situation;
}

QJsonObject oracleSituation(const QString &period, const OracleCase &c)
{
    return {{u"period"_s, period},
            {u"gross"_s, c.gross.toString()},
            {u"cadre"_s, c.cadre},
            {u"headcount"_s, c.headcount},
            {u"atmp"_s, c.atmp},
            {u"vm"_s, c.vm},
            {u"mutuelle"_s, c.mutuelle},
            {u"mutuelle_employer_share"_s, c.share}};
}

QString describe(const QString &period, const OracleCase &c)
{
    return u"%1 %2: gross %3, %4, headcount %5, AT/MP %6 %, VM %7 %, mutuelle %8 € (%9 % employer)"_s
        .arg(period, c.why, c.gross.toString(), c.cadre ? u"cadre"_s : u"non-cadre"_s)
        .arg(c.headcount)
        .arg(c.atmp, c.vm, c.mutuelle, c.share);
}

// Our codes that the model keeps as one rule: the table splits a line where its rate or base
// changes with the headcount.
QString oracleCode(const QString &ourCode)
{
    if (ourCode == u"fnal_under_50" || ourCode == u"fnal_from_50")
        return u"fnal"_s;
    if (ourCode == u"formation_professionnelle_under_11" || ourCode == u"formation_professionnelle_from_11")
        return u"formation_professionnelle"_s;
    if (ourCode == u"contribution_supplementaire_apprentissage_2000")
        return u"contribution_supplementaire_apprentissage"_s;
    return ourCode;
}

// The situations of one period: every threshold's edge under the eight cadre × headcount
// combinations, then a spread of grosses, each with its own situation. Deterministic: the
// generator is seeded with a constant so that a failure names the same situation every run.
QList<OracleCase> casesFor(const Period &period, const PayrollRuleTable &table)
{
    const qint64 smic = table.monthlySmic().cents();
    const qint64 pss = table.parameters.pss.cents();
    const qint64 onePointSixSmic = table.monthlySmic().times(percent(u"160"_s), Rounding::HalfUp)->cents();
    const qint64 halfSmic = (smic + 1) / 2;

    const QList<std::pair<QString, Money>> edges = {
        {u"half SMIC"_s, cents(halfSmic)},
        {u"SMIC - 0.01"_s, cents(smic - 1)},
        {u"SMIC"_s, cents(smic)},
        {u"SMIC + 0.01"_s, cents(smic + 1)},
        {u"1.6 SMIC"_s, cents(onePointSixSmic)},
        {u"PSS - 0.01"_s, cents(pss - 1)},
        {u"PSS"_s, cents(pss)},
        {u"PSS + 0.01"_s, cents(pss + 1)},
        {u"3 SMIC - 0.01"_s, parseMoney(period.threeSmicBelow)},
        {u"3 SMIC"_s, parseMoney(period.threeSmic)},
        {u"3 SMIC + 0.01"_s, parseMoney(period.threeSmicAbove)},
        {u"4 PSS - 0.01"_s, cents(4 * pss - 1)},
        {u"4 PSS"_s, cents(4 * pss)},
        {u"4 PSS + 0.01"_s, cents(4 * pss + 1)},
        {u"8 PSS - 0.01"_s, cents(8 * pss - 1)},
        {u"8 PSS"_s, cents(8 * pss)},
        {u"8 PSS + 0.01"_s, cents(8 * pss + 1)},
        {u"10 PSS"_s, cents(10 * pss)},
    };
    const QList<int> headcounts = {5, 20, 60, 300};
    const QStringList atmps = {u"0.9"_s, u"2.08"_s, u"4.5"_s};
    const QStringList vms = {u"0"_s, u"1.75"_s, u"2.95"_s};
    const QStringList mutuelles = {u"0"_s, u"40.00"_s, u"95.50"_s};
    const QStringList shares = {u"50"_s, u"60"_s, u"100"_s};

    QRandomGenerator random(static_cast<quint32>(period.date.toJulianDay()));
    auto pick = [&random](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<int>(list.size()))));
    };

    QList<OracleCase> cases;
    // The worked example of DOMAIN.md §4, in the default situation.
    cases.append({u"worked example"_s, cents(250000)});
    for (const auto &[why, gross] : edges) {
        for (int cadre = 0; cadre < 2; ++cadre) {
            for (const int headcount : headcounts) {
                OracleCase c{why, gross, cadre == 1, headcount};
                c.atmp = pick(atmps);
                c.vm = pick(vms);
                c.mutuelle = pick(mutuelles);
                c.share = pick(shares);
                cases.append(c);
            }
        }
    }
    // The spread: half of it evenly from half the SMIC to 10 PSS, half geometric so that the
    // range of the RGDU (up to 3 SMIC), where lines and coefficient move most, is dense. Odd cents
    // so that roundings are exercised.
    constexpr int kSpread = 160;
    const qint64 low = halfSmic;
    const qint64 high = 10 * pss;
    for (int i = 0; i < kSpread; ++i) {
        qint64 value = 0;
        if (i % 2 == 0) {
            value = low + (high - low) * (i / 2) / (kSpread / 2 - 1);
        } else {
            const double t = static_cast<double>(i / 2) / (kSpread / 2 - 1);
            value = static_cast<qint64>(static_cast<double>(low) * std::pow(3.3 * static_cast<double>(smic) / static_cast<double>(low), t));
        }
        value += static_cast<qint64>(random.bounded(100)) - 50;
        value = std::clamp(value, low, high);
        OracleCase c{u"spread %1"_s.arg(i), cents(value)};
        c.cadre = random.bounded(2) == 1;
        c.headcount = headcounts.at(static_cast<qsizetype>(random.bounded(4)));
        c.atmp = pick(atmps);
        c.vm = pick(vms);
        c.mutuelle = pick(mutuelles);
        c.share = pick(shares);
        cases.append(c);
    }
    return cases;
}

struct Worst
{
    double difference = -1.0;
    double bound = 0.0;
    QString where;
    int compared = 0;
};

} // namespace

class TestPayrollOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithTheOfficialModel_data();
    void agreesWithTheOfficialModel();

private:
    PayrollRuleSet m_rules;
};

void TestPayrollOracle::initTestCase()
{
    const QString setup = u"run scripts/setup-debian.sh (it installs Node and npm and runs `npm ci` "
                          "in tools/payroll-oracle), then configure the build again"_s;
    if (kNode.isEmpty() || !QFileInfo(kNode).isExecutable())
        QFAIL(qPrintable(u"Node.js was not found when the build was configured: "_s + setup));
    if (!QFileInfo(QDir(kOracleDir).filePath(u"oracle.mjs"_s)).isFile())
        QFAIL(qPrintable(u"no oracle.mjs in "_s + kOracleDir));
    for (const QString &package : {u"publicodes"_s, u"modele-social-10"_s, u"modele-social-11"_s}) {
        if (!QFileInfo(QDir(kOracleDir).filePath(u"node_modules/"_s + package + u"/package.json"_s)).isFile())
            QFAIL(qPrintable(u"tools/payroll-oracle/node_modules/%1 is missing: "_s.arg(package) + setup));
    }
    auto rules = loadBuiltInPayrollRules();
    QVERIFY2(rules, why(rules).constData());
    m_rules = *rules;
}

void TestPayrollOracle::agreesWithTheOfficialModel_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("threeSmicBelow");
    QTest::addColumn<QString>("threeSmic");
    QTest::addColumn<QString>("threeSmicAbove");
    QTest::newRow("rules of 1 March 2026 (modele-social 10.0.1)")
        << u"2026-03"_s << QDate(2026, 3, 1) << u"5469.09"_s << u"5469.10"_s << u"5469.11"_s;
    QTest::newRow("rules of 1 July 2026 (modele-social 11.1.0)")
        << u"2026-07"_s << QDate(2026, 7, 1) << u"5601.04"_s << u"5601.05"_s << u"5601.06"_s;
}

void TestPayrollOracle::agreesWithTheOfficialModel()
{
    QFETCH(QString, period);
    QFETCH(QDate, date);
    QFETCH(QString, threeSmicBelow);
    QFETCH(QString, threeSmic);
    QFETCH(QString, threeSmicAbove);

    auto table = m_rules.tableFor(date);
    QVERIFY2(table, why(table).constData());
    const PayrollEngine engine(**table);
    const QList<OracleCase> cases =
        casesFor({period, date, threeSmicBelow, threeSmic, threeSmicAbove}, **table);
    QVERIFY(cases.size() >= 300);
    // Every variant the issue names is there, more than once.
    QMap<QString, int> coverage;
    for (const OracleCase &c : cases) {
        ++coverage[u"headcount "_s + QString::number(c.headcount)];
        ++coverage[c.cadre ? u"cadre"_s : u"non-cadre"_s];
        ++coverage[u"AT/MP "_s + c.atmp];
        ++coverage[u"VM "_s + c.vm + (c.headcount < 11 ? u" under 11"_s : u" from 11"_s)];
        ++coverage[u"mutuelle "_s + c.mutuelle];
        ++coverage[u"share "_s + c.share];
    }
    QCOMPARE(coverage.size(), 4 + 2 + 3 + 6 + 3 + 3);
    for (auto it = coverage.cbegin(); it != coverage.cend(); ++it)
        QVERIFY2(it.value() >= 5, qPrintable(u"only %1 situations with %2"_s.arg(it.value()).arg(it.key())));

    // One Node process for every situation of the period: the rules are parsed once.
    QJsonArray input;
    for (const OracleCase &c : cases)
        input.append(oracleSituation(period, c));
    QProcess node;
    node.setWorkingDirectory(kOracleDir);
    node.start(kNode, {u"oracle.mjs"_s});
    QVERIFY2(node.waitForStarted(30000), qPrintable(u"cannot start "_s + kNode + u": "_s + node.errorString()));
    node.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    QVERIFY2(node.waitForFinished(800000), "the oracle did not finish within 800 s");
    const QByteArray errors = node.readAllStandardError();
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             qPrintable(u"the oracle failed (exit %1): %2"_s.arg(node.exitCode()).arg(QString::fromUtf8(errors))));
    QJsonParseError parseError;
    const QJsonDocument output = QJsonDocument::fromJson(node.readAllStandardOutput(), &parseError);
    QVERIFY2(output.isArray(), qPrintable(u"the oracle's output is not a JSON array: "_s + parseError.errorString()));
    const QJsonArray results = output.array();
    QCOMPARE(results.size(), cases.size());

    QMap<QString, Worst> worst;
    QStringList failures;
    int failureCount = 0;
    double oracleMs = 0.0;
    auto check = [&](const OracleCase &c, const QString &field, double ours, double theirs, double bound) {
        const double difference = std::abs(ours - theirs);
        Worst &w = worst[field];
        ++w.compared;
        if (difference > w.difference) {
            w.difference = difference;
            w.bound = bound;
            w.where = c.why + u", gross "_s + c.gross.toString();
        }
        if (difference > bound + kSlack) {
            ++failureCount;
            if (failures.size() < 60)
                failures.append(u"%1\n    %2: engine %3, official model %4 (difference %5, bound %6)"_s
                                    .arg(describe(period, c), field)
                                    .arg(ours, 0, 'f', 2)
                                    .arg(theirs, 0, 'f', 6)
                                    .arg(difference, 0, 'f', 6)
                                    .arg(bound, 0, 'f', 3));
        }
    };

    for (qsizetype i = 0; i < cases.size(); ++i) {
        const OracleCase &c = cases.at(i);
        const QJsonObject official = results.at(i).toObject();
        QCOMPARE(official.value(u"situation"_s).toObject().value(u"gross"_s).toString(), c.gross.toString());
        oracleMs += official.value(u"time_ms"_s).toDouble();

        // The oracle's own guard: its list of lines explains its totals.
        const QJsonObject unexplained = official.value(u"unexplained"_s).toObject();
        for (const QString &side : {u"employee"_s, u"employer"_s}) {
            const double residual = std::abs(unexplained.value(side).toDouble());
            QVERIFY2(residual < 1e-6, qPrintable(u"the oracle's %1 lines do not add up to its total (%2) for %3"_s
                                                     .arg(side).arg(residual).arg(describe(period, c))));
        }

        auto slip = engine.compute(c.gross, situationOf(c));
        QVERIFY2(slip, qPrintable(describe(period, c) + u": "_s + (slip ? QString() : slip.error().toString())));

        // Lines, per code and side, in euros.
        QMap<QString, double> ours;
        QMap<QString, double> theirs;
        int employeeLines = 0;
        int employerLines = 0;
        int healthShareLines = 0;
        for (const PayslipLine &line : slip->lines) {
            const QString code = oracleCode(line.code);
            if (line.hasEmployeeRate || !line.employee.isZero()) {
                ours[code + u"/employee"_s] += euros(line.employee);
                employeeLines += line.employee.isZero() ? 0 : 1;
            }
            if (line.hasEmployerRate || !line.employer.isZero()) {
                ours[code + u"/employer"_s] += euros(line.employer);
                employerLines += line.employer.isZero() ? 0 : 1;
                healthShareLines += (line.healthShare || line.code == u"mutuelle") && !line.employer.isZero() ? 1 : 0;
            }
        }
        for (const QJsonValue &value : official.value(u"lines"_s).toArray()) {
            const QJsonObject line = value.toObject();
            theirs[line.value(u"code"_s).toString() + u'/' + line.value(u"side"_s).toString()] +=
                line.value(u"amount"_s).toDouble();
        }
        QStringList keys = ours.keys() + theirs.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys))
            check(c, u"line "_s + key, ours.value(key, 0.0), theirs.value(key, 0.0), kLineBound);

        // Totals: 0.01 € for each rounded line they add (at least one).
        const double rgduLines = slip->rgdu.isZero() ? 0.0 : 1.0;
        const double employeeBound = kPerLineTotalBound * std::max(1, employeeLines);
        const double employerBound = kPerLineTotalBound * (std::max(1, employerLines) + rgduLines);
        auto total = [&](const QString &field, Money value, double bound) {
            check(c, field, euros(value), official.value(field).toDouble(), bound);
        };
        total(u"employee_total"_s, slip->employeeTotal, employeeBound);
        total(u"employer_total"_s, slip->employerTotal, employerBound);
        total(u"rgdu"_s, slip->rgdu, kPerLineTotalBound);
        total(u"net_before_tax"_s, slip->netBeforeTax, employeeBound);
        total(u"net_taxable"_s, slip->netTaxable, employeeBound + kPerLineTotalBound * healthShareLines);
        total(u"net_social"_s, slip->netSocial, employeeBound);
        total(u"employer_cost"_s, slip->employerCost, employerBound);
        // The coefficient is rounded to 4 decimals on both sides: it must be the same number.
        check(c, u"rgdu_coefficient"_s,
              static_cast<double>(slip->rgduCoefficient.units()) / static_cast<double>(Rate::UnitsPerOne),
              official.value(u"rgdu_coefficient"_s).toDouble(), 0.0);
    }

    qInfo().noquote() << u"%1: %2 situations, official model %3 ms per evaluation (full record)"_s
                             .arg(period).arg(cases.size()).arg(oracleMs / static_cast<double>(cases.size()), 0, 'f', 1);
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        qInfo().noquote() << u"%1 worst %2: %3%4 (bound %5, %6 comparisons, at %7)"_s
                                 .arg(period, it.key())
                                 .arg(it->difference, 0, 'f', 6)
                                 .arg(it.key() == u"rgdu_coefficient" ? QString() : u" €"_s)
                                 .arg(it->bound, 0, 'f', 3)
                                 .arg(it->compared)
                                 .arg(it->where);
    }
    if (failureCount > 0) {
        for (const QString &failure : std::as_const(failures))
            qWarning().noquote() << failure;
        QFAIL(qPrintable(u"%1 differences beyond the bounds in %2 (the first %3 are listed above)"_s
                             .arg(failureCount).arg(period).arg(failures.size())));
    }
}

// QtTest stops a test function after 5 minutes by default; one period is one Node run of about a
// minute, several on a loaded machine. QTEST_FUNCTION_TIMEOUT still overrides this.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "840000");
    QCoreApplication app(argc, argv);
    TestPayrollOracle test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_payrolloracle.moc"
