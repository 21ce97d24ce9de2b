// coop_bench_payroll: the payroll benchmark of issue 5 (docs/benchmarks.md, "Payroll").
//
// 1. Forward: N payslips (PayrollEngine::compute, every line and total) over varied grosses and
//    situations, with the tables of March and July 2026; the time per payslip.
// 2. Reverse: N envelopes → gross (PayrollEngine::fromEmployerCost); the time per reverse.
// 3. The official model in the same run: Node runs tools/payroll-oracle/bench.mjs --json on a few
//    hundred of the same situations and times, for each, the model's cheapest complete answer
//    (situation, employer cost, net, employee total). Printed: its time per evaluation, the ratio
//    to the engine's time per payslip (target ≥ 1 000), and "same results": the worst difference
//    between the engine and the model on the employer cost and the net of those situations.
// 4. A month's payroll run (PayrollRepository::run) for about M entrepreneurs under a CESA in a generated
//    cooperative, in a real store; its time, and the time of running the month again (the draft
//    is replaced).
//
// Usage: coop_bench_payroll [--payslips N] [--reverse N] [--oracle-evaluations N]
//                           [--entrepreneurs M] [--demo-entrepreneurs D] [--demo-years Y]
//                           [--demo-invoices K] [--repeat R] [--quick] [--node PROGRAM]
//                           [--oracle-dir FOLDER] [--dir FOLDER] [--json]
//        defaults: 10 000 payslips, 10 000 reverses, 200 evaluations, a run of about 2 000
//        entrepreneurs (a demo of 2.1 × M entrepreneurs over 3 years, about half of whom are under
//        a CESA in March 2026, with 3 invoices per activity and year), 1 repeat;
//        --quick: 500 / 200 / 10 / 40 entrepreneurs / 2 invoices.
//        With --repeat R the forward and reverse loops run R times and the median is printed.
// Without Node (or without tools/payroll-oracle/node_modules) the ratio cannot be measured: the
// benchmark says so and runs the rest. A benchmark is not pass/fail: it exits 0 whatever the
// figures, non-zero only when a step failed or the engine and the model disagree beyond the
// bounds of DOMAIN.md §4 (then the comparison itself would be void).
#include "core/payroll.h"
#include "core/payrollrules.h"
#include "core/storage/demo.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace coop;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif
#ifndef COOP_PAYROLL_ORACLE_DIR
#define COOP_PAYROLL_ORACLE_DIR ""
#endif
#ifndef COOP_NODE_EXECUTABLE
#define COOP_NODE_EXECUTABLE ""
#endif

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;
constexpr double kTargetRatio = 1000.0;

struct Options
{
    int payslips = 10000;
    int reverses = 10000;
    int oracleEvaluations = 200;
    int entrepreneurs = 2000;
    int demoEntrepreneurs = 0;  // 0: 2.1 × entrepreneurs (about half are under a CESA on a day)
    int demoInvoices = 3;
    int demoYears = 3;
    int repeat = 1;
    QString node = QStringLiteral(COOP_NODE_EXECUTABLE);
    QString oracleDir = QStringLiteral(COOP_PAYROLL_ORACLE_DIR);
    QString dir;
    bool json = false;
};

// One situation of the benchmark, as the engine and the model take it.
struct Case
{
    int period = 0;  // 0: March 2026, 1: July 2026
    Money gross;
    bool cadre = false;
    int headcount = 20;
    QString atmp;
    QString vm;
    QString mutuelle;
    QString share;
    PayrollSituation situation;
};

const QStringList kPeriods = {u"2026-03"_s, u"2026-07"_s};

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what, const QString &why)
{
    std::fputs(qPrintable(u"coop_bench_payroll: %1: %2\n"_s.arg(what, why)), stderr);
    std::exit(1);
}

template<typename T>
T valueOr(Result<T> result, const QString &what)
{
    if (!result)
        die(what, result.error().toString());
    return std::move(*result);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0);
}

double euros(Money amount)
{
    return static_cast<double>(amount.cents()) / 100.0;
}

// Varied situations: most grosses where CAE salaries are (half the SMIC to 3 SMIC, the RGDU's
// range), the rest up to 10 PSS; cadre or not, headcounts 5 / 20 / 60 / 300, AT/MP, versement
// mobilité and mutuelle variants; both periods. Deterministic.
QList<Case> makeCases(int count, const QList<const PayrollRuleTable *> &tables)
{
    const QList<int> headcounts = {5, 20, 60, 300};
    const QStringList atmps = {u"0.9"_s, u"2.08"_s, u"4.5"_s};
    const QStringList vms = {u"0"_s, u"1.75"_s, u"2.95"_s};
    const QStringList mutuelles = {u"0.00"_s, u"40.00"_s, u"95.50"_s};
    const QStringList shares = {u"50"_s, u"60"_s, u"100"_s};
    QRandomGenerator random(5);
    auto pick = [&random](const QStringList &list) {
        return list.at(static_cast<qsizetype>(random.bounded(static_cast<int>(list.size()))));
    };
    QList<Case> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        Case c;
        c.period = i % 2;
        const PayrollRuleTable &table = *tables.at(c.period);
        const qint64 smic = table.monthlySmic().cents();
        const qint64 pss = table.parameters.pss.cents();
        const qint64 low = smic / 2;
        const qint64 high = random.bounded(4) == 0 ? 10 * pss : 3 * smic;
        c.gross = Money::fromCents(low + static_cast<qint64>(random.bounded(static_cast<quint32>(high - low))));
        c.cadre = random.bounded(2) == 1;
        c.headcount = headcounts.at(static_cast<qsizetype>(random.bounded(4)));
        c.atmp = pick(atmps);
        c.vm = pick(vms);
        c.mutuelle = pick(mutuelles);
        c.share = pick(shares);
        c.situation.cadre = c.cadre;
        c.situation.headcount = c.headcount;
        c.situation.atmp = Rate::fromPercent(c.atmp).value();
        c.situation.vm = Rate::fromPercent(c.vm).value();
        c.situation.mutuelle = Money::parse(c.mutuelle).value();
        c.situation.mutuelleEmployerShare = Rate::fromPercent(c.share).value();
        cases.append(c);
    }
    return cases;
}

struct Timing
{
    double totalMs = 0.0;  // median over the repeats
    double minMs = 0.0;
    int count = 0;
    double perItemUs() const { return count ? totalMs * 1000.0 / count : 0.0; }
};

Timing forward(const QList<Case> &cases, const QList<PayrollEngine> &engines, int repeat,
               qint64 *checksum)
{
    QList<double> runs;
    for (int round = 0; round < repeat; ++round) {
        qint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Case &c : cases) {
            auto slip = engines.at(c.period).compute(c.gross, c.situation);
            if (!slip)
                die(u"compute"_s, slip.error().toString());
            sum += slip->employerCost.cents() + slip->netBeforeTax.cents() + slip->lines.size();
        }
        runs.append(msSince(timer));
        *checksum = sum;
    }
    return {median(runs), *std::min_element(runs.cbegin(), runs.cend()), static_cast<int>(cases.size())};
}

// Envelopes from the cost of a zero gross to the cost of 10 PSS, and a few in the 3-SMIC cliff.
Timing reverse(const QList<Case> &cases, const QList<PayrollEngine> &engines, int repeat,
               qint64 *checksum)
{
    QList<Money> envelopes;
    envelopes.reserve(cases.size());
    QRandomGenerator random(11);
    for (const Case &c : cases) {
        const PayrollEngine &engine = engines.at(c.period);
        const Money atGross = engine.employerCost(c.gross, c.situation);
        envelopes.append(atGross + Money::fromCents(static_cast<qint64>(random.bounded(5000))));
    }
    QList<double> runs;
    for (int round = 0; round < repeat; ++round) {
        qint64 sum = 0;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            auto found = engines.at(c.period).fromEmployerCost(envelopes.at(i), c.situation);
            if (!found)
                die(u"fromEmployerCost"_s, found.error().toString());
            sum += found->payslip.gross.cents() + found->remainder.cents();
        }
        runs.append(msSince(timer));
        *checksum = sum;
    }
    return {median(runs), *std::min_element(runs.cbegin(), runs.cend()), static_cast<int>(cases.size())};
}

struct OracleFigures
{
    bool measured = false;
    QString why;                 // why not, when not measured
    int evaluations = 0;
    double meanMs = 0.0;         // the model's time per evaluation
    double worstCost = 0.0;      // € between the engine and the model
    double worstNet = 0.0;
    QString worstCostAt;
    QString worstNetAt;
    int beyondBounds = 0;
    QStringList disagreements;
};

OracleFigures oracle(const Options &options, const QList<Case> &cases, const QList<PayrollEngine> &engines)
{
    OracleFigures figures;
    if (options.oracleEvaluations <= 0) {
        figures.why = u"--oracle-evaluations 0"_s;
        return figures;
    }
    const QDir dir(options.oracleDir);
    if (options.node.isEmpty() || !QFileInfo(options.node).isExecutable()) {
        figures.why = u"Node.js was not found (run scripts/setup-debian.sh, or give --node)"_s;
        return figures;
    }
    if (!QFileInfo(dir.filePath(u"bench.mjs"_s)).isFile()
        || !QFileInfo(dir.filePath(u"node_modules/publicodes/package.json"_s)).isFile()) {
        figures.why = u"tools/payroll-oracle or its node_modules is missing (run scripts/setup-debian.sh)"_s;
        return figures;
    }
    const qsizetype n = std::min<qsizetype>(options.oracleEvaluations, cases.size());
    QJsonArray input;
    for (qsizetype i = 0; i < n; ++i) {
        const Case &c = cases.at(i);
        input.append(QJsonObject{{u"period"_s, kPeriods.at(c.period)},
                                 {u"gross"_s, c.gross.toString()},
                                 {u"cadre"_s, c.cadre},
                                 {u"headcount"_s, c.headcount},
                                 {u"atmp"_s, c.atmp},
                                 {u"vm"_s, c.vm},
                                 {u"mutuelle"_s, c.mutuelle},
                                 {u"mutuelle_employer_share"_s, c.share}});
    }
    QProcess node;
    node.setWorkingDirectory(dir.path());
    node.setProcessChannelMode(QProcess::SeparateChannels);
    node.start(options.node, {u"bench.mjs"_s, u"--json"_s});
    if (!node.waitForStarted(30000))
        die(u"node"_s, node.errorString());
    node.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(static_cast<int>(std::min<qint64>(60000 + 5000 * n, 3600000))))
        die(u"node"_s, u"bench.mjs did not finish"_s);
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        die(u"node"_s, QString::fromUtf8(node.readAllStandardError()));
    const QJsonObject output = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonArray results = output.value(u"results"_s).toArray();
    if (results.size() != n)
        die(u"node"_s, u"bench.mjs answered %1 results for %2 situations"_s.arg(results.size()).arg(n));

    figures.measured = true;
    figures.evaluations = static_cast<int>(n);
    figures.meanMs = output.value(u"mean_ms"_s).toDouble();
    for (qsizetype i = 0; i < n; ++i) {
        const Case &c = cases.at(i);
        auto slip = engines.at(c.period).compute(c.gross, c.situation);
        if (!slip)
            die(u"compute"_s, slip.error().toString());
        const QJsonObject official = results.at(i).toObject();
        const double cost = std::abs(euros(slip->employerCost) - official.value(u"employer_cost"_s).toDouble());
        const double net = std::abs(euros(slip->netBeforeTax) - official.value(u"net_before_tax"_s).toDouble());
        const QString at = u"%1 gross %2"_s.arg(kPeriods.at(c.period), c.gross.toString());
        if (cost > figures.worstCost) {
            figures.worstCost = cost;
            figures.worstCostAt = at;
        }
        if (net > figures.worstNet) {
            figures.worstNet = net;
            figures.worstNetAt = at;
        }
        // DOMAIN.md §4: 0.01 € for each rounded line a total adds.
        qsizetype employeeLines = 0;
        qsizetype employerLines = slip->rgdu.isZero() ? 0 : 1;
        for (const PayslipLine &line : slip->lines) {
            employeeLines += line.employee.isZero() ? 0 : 1;
            employerLines += line.employer.isZero() ? 0 : 1;
        }
        const double costBound = 0.01 * static_cast<double>(std::max<qsizetype>(1, employerLines)) + 1e-7;
        const double netBound = 0.01 * static_cast<double>(std::max<qsizetype>(1, employeeLines)) + 1e-7;
        if (cost > costBound || net > netBound) {
            ++figures.beyondBounds;
            figures.disagreements.append(
                u"%1 (cadre %2, headcount %3, AT/MP %4, VM %5, mutuelle %6 at %7 %): cost %8 vs %9, net %10 vs %11"_s
                    .arg(at, c.cadre ? u"yes"_s : u"no"_s)
                    .arg(c.headcount)
                    .arg(c.atmp, c.vm, c.mutuelle, c.share, slip->employerCost.toString(),
                         QString::number(official.value(u"employer_cost"_s).toDouble(), 'f', 6),
                         slip->netBeforeTax.toString(),
                         QString::number(official.value(u"net_before_tax"_s).toDouble(), 'f', 6)));
        }
    }
    return figures;
}

struct RunFigures
{
    int entrepreneurs = 0;
    qint64 demoMs = 0;
    double firstRunMs = 0.0;
    double rerunMs = 0.0;
    int slips = 0;
    PayrollRunTotals totals;
};

RunFigures payrollRun(const Options &options, const QString &dir)
{
    RunFigures figures;
    figures.entrepreneurs = options.entrepreneurs;
    StoreCreateOptions create;
    create.name = u"Bench payroll"_s;
    create.kdf = KdfParams::interactive();
    const QString path = dir + u"/payroll.coopdesk"_s;
    auto store = valueOr(Store::create(path, kPassphrase, create), u"create "_s + path);

    DemoOptions demo;
    demo.entrepreneurs = options.demoEntrepreneurs;
    demo.years = options.demoYears;
    demo.seed = 5;
    demo.today = QDate(2026, 3, 31);
    demo.invoicesPerActivityPerYear = options.demoInvoices;
    QElapsedTimer timer;
    timer.start();
    const DemoReport report = valueOr(generateDemo(*store, demo), u"demo"_s);
    figures.demoMs = timer.elapsed();
    say(u"demo cooperative: %1 entrepreneurs over %6 years, %2 contracts, %3 invoices, %4 payments (%5 s, untimed)"_s
            .arg(report.entrepreneurs)
            .arg(report.contracts)
            .arg(report.invoices)
            .arg(report.payments)
            .arg(static_cast<double>(figures.demoMs) / 1000.0, 0, 'f', 1)
            .arg(options.demoYears));

    PayrollRepository payroll(*store);
    const QDateTime now(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC);
    timer.restart();
    const PayrollRun run = valueOr(payroll.run(u"2026-03", now), u"payroll run"_s);
    figures.firstRunMs = msSince(timer);
    timer.restart();
    const PayrollRun again = valueOr(payroll.run(u"2026-03", now), u"payroll run again"_s);
    figures.rerunMs = msSince(timer);
    if (again.totals.employerCost != run.totals.employerCost || again.slips.size() != run.slips.size())
        die(u"payroll run"_s, u"running the month again gave other totals"_s);
    figures.slips = static_cast<int>(run.slips.size());
    figures.totals = run.totals;
    return figures;
}

Options parseOptions(const QStringList &args)
{
    Options options;
    if (args.contains(u"--quick"_s)) {
        options.payslips = 500;
        options.reverses = 200;
        options.oracleEvaluations = 10;
        options.entrepreneurs = 40;
        options.demoInvoices = 2;
    }
    auto number = [&](const QString &name, int &target, int minimum) {
        const qsizetype at = args.indexOf(name);
        if (at < 0)
            return;
        bool ok = false;
        const int value = at + 1 < args.size() ? args.at(at + 1).toInt(&ok) : 0;
        if (!ok || value < minimum)
            die(name, u"expects a whole number ≥ %1"_s.arg(minimum));
        target = value;
    };
    auto text = [&](const QString &name, QString &target) {
        const qsizetype at = args.indexOf(name);
        if (at >= 0 && at + 1 < args.size())
            target = args.at(at + 1);
        else if (at >= 0)
            die(name, u"expects a value"_s);
    };
    number(u"--payslips"_s, options.payslips, 1);
    number(u"--reverse"_s, options.reverses, 1);
    number(u"--oracle-evaluations"_s, options.oracleEvaluations, 0);
    number(u"--entrepreneurs"_s, options.entrepreneurs, 1);
    number(u"--demo-invoices"_s, options.demoInvoices, 0);
    number(u"--demo-years"_s, options.demoYears, 1);
    number(u"--demo-entrepreneurs"_s, options.demoEntrepreneurs, 1);
    if (options.demoEntrepreneurs == 0)
        options.demoEntrepreneurs = options.entrepreneurs * 21 / 10 + 1;
    number(u"--repeat"_s, options.repeat, 1);
    text(u"--node"_s, options.node);
    text(u"--oracle-dir"_s, options.oracleDir);
    text(u"--dir"_s, options.dir);
    options.json = args.contains(u"--json"_s);
    if (!options.node.isEmpty() && !QFileInfo(options.node).isAbsolute())
        options.node = QStandardPaths::findExecutable(options.node);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        std::fputs("usage: coop_bench_payroll [--payslips N] [--reverse N] [--oracle-evaluations N]\n"
                   "       [--entrepreneurs M] [--demo-entrepreneurs D] [--demo-years Y]\n"
                   "       [--demo-invoices K] [--repeat R] [--quick] [--node PROGRAM]\n"
                   "       [--oracle-dir FOLDER] [--dir FOLDER] [--json]\n",
                   stdout);
        return 0;
    }
    const Options options = parseOptions(args);
    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    if (dir.isEmpty() || !QDir().mkpath(dir))
        die(u"--dir"_s, u"no folder to write the store in"_s);

    say(u"coop_bench_payroll, %1 build, %2, %3 cores"_s
            .arg(QStringLiteral(COOP_BENCH_BUILD_TYPE), QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount()));

    const PayrollRuleSet rules = valueOr(loadBuiltInPayrollRules(), u"rules"_s);
    const QList<const PayrollRuleTable *> tables = {
        valueOr(rules.tableFor(QDate(2026, 3, 1)), u"March table"_s),
        valueOr(rules.tableFor(QDate(2026, 7, 1)), u"July table"_s)};
    const QList<PayrollEngine> engines = {PayrollEngine(*tables.at(0)), PayrollEngine(*tables.at(1))};

    // Untimed warm-up (page faults, caches), then the loops.
    const QList<Case> forwardCases = makeCases(options.payslips, tables);
    qint64 checksum = 0;
    forward(forwardCases.mid(0, std::min<qsizetype>(200, forwardCases.size())), engines, 1, &checksum);
    const Timing forwardTiming = forward(forwardCases, engines, options.repeat, &checksum);
    say(u"forward: %1 payslips (every line and total; both periods, varied situations)"_s.arg(forwardTiming.count));
    say(u"  %1 ms in all, %2 µs per payslip (median of %3; fastest run %4 µs)"_s
            .arg(forwardTiming.totalMs, 0, 'f', 1)
            .arg(forwardTiming.perItemUs(), 0, 'f', 2)
            .arg(options.repeat)
            .arg(forwardTiming.minMs * 1000.0 / forwardTiming.count, 0, 'f', 2));

    const QList<Case> reverseCases = makeCases(options.reverses, tables);
    qint64 reverseChecksum = 0;
    const Timing reverseTiming = reverse(reverseCases, engines, options.repeat, &reverseChecksum);
    say(u"reverse: %1 envelopes → the largest gross that fits (fromEmployerCost)"_s.arg(reverseTiming.count));
    say(u"  %1 ms in all, %2 µs per reverse (median of %3; fastest run %4 µs)"_s
            .arg(reverseTiming.totalMs, 0, 'f', 1)
            .arg(reverseTiming.perItemUs(), 0, 'f', 2)
            .arg(options.repeat)
            .arg(reverseTiming.minMs * 1000.0 / reverseTiming.count, 0, 'f', 2));

    const OracleFigures official = oracle(options, forwardCases, engines);
    double ratio = 0.0;
    if (official.measured) {
        ratio = forwardTiming.perItemUs() > 0 ? official.meanMs * 1000.0 / forwardTiming.perItemUs() : 0.0;
        say(u"official model (modele-social with publicodes, Node, same run): %1 evaluations of the first situations"_s
                .arg(official.evaluations));
        say(u"  %1 ms per evaluation (situation + employer cost + net + employee total, rules parsed beforehand)"_s
                .arg(official.meanMs, 0, 'f', 1));
        say(u"  ratio model / engine per payslip: %1×   target ≥ %2×  %3"_s
                .arg(ratio, 0, 'f', 0)
                .arg(kTargetRatio, 0, 'f', 0)
                .arg(ratio >= kTargetRatio ? u"met"_s : u"MISSED"_s));
        say(u"  same results: worst employer cost difference %1 € (%2), worst net difference %3 € (%4); %5"_s
                .arg(official.worstCost, 0, 'f', 6)
                .arg(official.worstCostAt)
                .arg(official.worstNet, 0, 'f', 6)
                .arg(official.worstNetAt)
                .arg(official.beyondBounds == 0 ? u"all within 0.01 € per line"_s
                                                : u"%1 BEYOND the bounds"_s.arg(official.beyondBounds)));
        for (const QString &line : std::as_const(official.disagreements))
            say(u"    "_s + line);
    } else {
        say(u"official model: the ratio cannot be measured: %1"_s.arg(official.why));
    }

    const RunFigures run = payrollRun(options, dir);
    say(u"payroll run 2026-03 (PayrollRepository::run, store included): %1 slips, one per entrepreneur "
        "under a CESA in the month (%2 asked for, demo of %3)"_s
            .arg(run.slips)
            .arg(run.entrepreneurs)
            .arg(options.demoEntrepreneurs));
    say(u"  %1 ms (%2 ms per slip); running the month again (replaces the draft) %3 ms"_s
            .arg(run.firstRunMs, 0, 'f', 0)
            .arg(run.slips ? run.firstRunMs / run.slips : 0.0, 0, 'f', 3)
            .arg(run.rerunMs, 0, 'f', 0));
    say(u"  totals: gross %1, employer cost %2, net before tax %3, RGDU %4"_s
            .arg(run.totals.gross.toString(), run.totals.employerCost.toString(),
                 run.totals.netBeforeTax.toString(), run.totals.rgdu.toString()));

    if (options.json) {
        QJsonObject officialJson{{u"measured"_s, official.measured}};
        if (official.measured) {
            officialJson.insert(u"evaluations"_s, official.evaluations);
            officialJson.insert(u"ms_per_evaluation"_s, official.meanMs);
            officialJson.insert(u"ratio"_s, ratio);
            officialJson.insert(u"worst_employer_cost_difference"_s, official.worstCost);
            officialJson.insert(u"worst_net_difference"_s, official.worstNet);
            officialJson.insert(u"beyond_bounds"_s, official.beyondBounds);
        } else {
            officialJson.insert(u"why"_s, official.why);
        }
        const QJsonObject report{
            {u"benchmark"_s, u"coopdesk-payroll"_s},
            {u"build_type"_s, QStringLiteral(COOP_BENCH_BUILD_TYPE)},
            {u"forward"_s, QJsonObject{{u"payslips"_s, forwardTiming.count},
                                       {u"total_ms"_s, forwardTiming.totalMs},
                                       {u"us_per_payslip"_s, forwardTiming.perItemUs()}}},
            {u"reverse"_s, QJsonObject{{u"reverses"_s, reverseTiming.count},
                                       {u"total_ms"_s, reverseTiming.totalMs},
                                       {u"us_per_reverse"_s, reverseTiming.perItemUs()}}},
            {u"official_model"_s, officialJson},
            {u"payroll_run"_s, QJsonObject{{u"entrepreneurs_asked"_s, run.entrepreneurs},
                                           {u"demo_entrepreneurs"_s, options.demoEntrepreneurs},
                                           {u"slips"_s, run.slips},
                                           {u"run_ms"_s, run.firstRunMs},
                                           {u"rerun_ms"_s, run.rerunMs}}},
            {u"repeat"_s, options.repeat},
        };
        say(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    }
    Q_UNUSED(checksum);
    Q_UNUSED(reverseChecksum);
    return official.beyondBounds == 0 ? 0 : 1;
}
