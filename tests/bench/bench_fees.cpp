// coop_bench_fees: the core of issue 6's benchmark (docs/benchmarks.md, "Contribution and
// shared costs"): the cooperative contribution of A activities over 12 months with a bracketed,
// floored and capped scale, and the allocation of shared-cost pools over the same activities by
// every key. Target: both for 10 000 activities × 12 months in at most 200 ms.
//
// Then, with --store-entrepreneurs M (0 to skip; default 2 000, --quick 30): the accountant's
// overview (AccountRepository::accounts, every activity's account with its salary envelope) on a
// generated cooperative of M entrepreneurs in a real store, after a month's payroll and the
// allocation of its pools (generating the store is not timed).
//
// Usage: coop_bench_fees [--activities N] [--pools P] [--repeat R] [--store-entrepreneurs M]
//                        [--quick]
//        defaults: 10 000 activities, 12 pools (two per key), 1 repeat (the median of R runs);
//        --quick: 200 activities.
// Each contribution year is checked (the months plus the true-up make the year's amount) and each
// allocation adds up to its pool; a failed check exits 1. The figures never fail the run.
#include "core/contribution.h"
#include "core/costallocation.h"
#include "core/storage/accountrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/demo.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace coop;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

Money euros(qint64 value)
{
    return Money::fromCents(value * 100);
}

ContributionScale benchScale()
{
    ContributionScale s;
    s.code = u"BENCH"_s;
    s.label = u"Barème de mesure"_s;
    s.effectiveFrom = QDate(2026, 1, 1);
    s.assemblyReference = u"AG 2025"_s;
    s.base = ContributionBase::GrossMargin;
    s.brackets = {{euros(0), Rate::fromUnits(13'000'000)},
                  {euros(1'000), Rate::fromUnits(12'000'000)},
                  {euros(2'000), Rate::fromUnits(11'000'000)},
                  {euros(3'000), Rate::fromUnits(10'000'000)}};
    s.application = BracketApplication::Marginal;
    s.basis = BracketBasis::YearToDate;
    s.floors = {{0, std::nullopt, euros(80)}, {12, std::nullopt, euros(100)}};
    s.annualCap = euros(5'500);
    s.annualCapAssociate = euros(5'000);
    s.internalRate = Rate::fromUnits(2'000'000);
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int activities = 10'000;
    int pools = 12;
    int repeat = 1;
    int storeEntrepreneurs = 2'000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto next = [&] { return i + 1 < args.size() ? args.at(++i).toInt() : 0; };
        if (a == u"--activities")
            activities = next();
        else if (a == u"--pools")
            pools = next();
        else if (a == u"--repeat")
            repeat = std::max(1, next());
        else if (a == u"--store-entrepreneurs")
            storeEntrepreneurs = next();
        else if (a == u"--quick") {
            activities = 200;
            storeEntrepreneurs = 30;
        }
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    if (activities < 1 || pools < 1) {
        std::fprintf(stderr, "--activities and --pools must be at least 1\n");
        return 2;
    }

    // The inputs, generated once (not timed).
    QRandomGenerator random(20260601);
    const ContributionScale scale = benchScale();
    QList<ContributionYearInput> years;
    QList<AllocationParticipant> participants;
    years.reserve(activities);
    for (int a = 0; a < activities; ++a) {
        ContributionYearInput year;
        const int seniority = random.bounded(48);
        const bool associate = random.bounded(3) == 0;
        for (int m = 0; m < 12; ++m) {
            ContributionMonthInput month;
            month.month = QDate(2026, 1, 1).addMonths(m);
            month.present = random.bounded(20) != 0;
            month.base = Money::fromCents(random.bounded(900'000));
            month.internalBase = Money::fromCents(random.bounded(4) == 0 ? random.bounded(50'000) : 0);
            month.seniorityMonths = seniority + m;
            month.associate = associate;
            year.months.append(month);
        }
        years.append(year);
        AllocationParticipant p;
        p.activityId = u"activity-%1"_s.arg(a);
        p.activityCode = u"A%1"_s.arg(a, 5, 10, QChar(u'0'));
        p.turnover = Money::fromCents(random.bounded(10'000'000));
        p.margin = Money::fromCents(random.bounded(8'000'000) - 500'000);
        p.headcount = 1 + random.bounded(3);
        p.fixedAmount = Money::fromCents(random.bounded(100'000));
        p.customWeight = random.bounded(10);
        if (random.bounded(10) == 0)
            p.presentFrom = QDate(2026, 1, 1).addDays(random.bounded(365));
        participants.append(p);
    }
    const AllocationKey keys[] = {AllocationKey::Turnover,    AllocationKey::Margin,
                                  AllocationKey::Headcount,   AllocationKey::EqualShares,
                                  AllocationKey::FixedAmounts, AllocationKey::CustomWeights};

    QList<double> contributionMs;
    QList<double> allocationMs;
    Money contributed;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        Money total;
        for (const ContributionYearInput &year : std::as_const(years)) {
            const auto result = computeContributions(scale, year);
            if (!result || result->monthlyTotal + result->trueUp != result->yearAmount) {
                std::fprintf(stderr, "contribution failed\n");
                return 1;
            }
            total += result->yearAmount;
        }
        contributionMs.append(double(timer.nsecsElapsed()) / 1e6);
        contributed = total;

        timer.restart();
        for (int p = 0; p < pools; ++p) {
            CostPool pool;
            pool.id = u"pool-%1"_s.arg(p);
            pool.label = u"Pool %1"_s.arg(p);
            pool.from = QDate(2026, 1, 1);
            pool.to = QDate(2026, 12, 31);
            pool.amount = Money::fromCents(1'000'000 + p * 12'345);
            pool.account = u"6161"_s;
            pool.key = keys[p % 6];
            const auto allocation = allocatePool(pool, participants);
            if (!allocation) {
                std::fprintf(stderr, "allocation failed: %s\n",
                             qPrintable(allocation.error().toString()));
                return 1;
            }
            Money sum;
            for (const AllocationShare &share : allocation->shares)
                sum += share.amount;
            if (sum != pool.amount) {
                std::fprintf(stderr, "allocation does not add up\n");
                return 1;
            }
        }
        allocationMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    const double c = median(contributionMs);
    const double a = median(allocationMs);
    std::printf("coop_bench_fees (%s build): %d activities × 12 months, %d pools, median of %d\n",
                COOP_BENCH_BUILD_TYPE, activities, pools, repeat);
    std::printf("  contribution: %.1f ms (%.2f µs per activity-year), %s € in all\n", c,
                c * 1000.0 / activities, qPrintable(contributed.toString()));
    std::printf("  allocation:   %.1f ms for %d pools (%.1f ms per pool)\n", a, pools, a / pools);
    std::printf("  together:     %.1f ms (target ≤ 200 ms for 10 000 activities)\n", c + a);

    if (storeEntrepreneurs > 0) {
        QTemporaryDir dir;
        StoreCreateOptions create;
        create.name = u"Bench fees"_s;
        create.kdf = KdfParams::interactive();
        auto store = Store::create(dir.filePath(u"fees.coopdesk"_s), u"bench passphrase"_s, create);
        if (!store) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.error().toString()));
            return 1;
        }
        DemoOptions demo;
        demo.entrepreneurs = storeEntrepreneurs;
        demo.years = 2;
        demo.seed = 7;
        demo.today = QDate(2026, 6, 30);
        demo.invoicesPerActivityPerYear = 4;
        QElapsedTimer timer;
        timer.start();
        const auto report = generateDemo(**store, demo);
        if (!report) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(report.error().toString()));
            return 1;
        }
        const qint64 demoMs = timer.elapsed();
        if (auto run = PayrollRepository(**store).run(u"2026-05"); !run) {
            std::fprintf(stderr, "payroll: %s\n", qPrintable(run.error().toString()));
            return 1;
        }
        CostPoolRepository poolRepository(**store);
        for (const StoredCostPool &pool :
             poolRepository.pools().value_or(QList<StoredCostPool>())) {
            if (auto r = poolRepository.allocate(pool.pool.id); !r) {
                std::fprintf(stderr, "allocate: %s\n", qPrintable(r.error().toString()));
                return 1;
            }
        }
        QList<double> overviewMs;
        qsizetype rows = 0;
        for (int r = 0; r < repeat; ++r) {
            timer.restart();
            const auto accounts = AccountRepository(**store).accounts(QDate(2026, 6, 30));
            overviewMs.append(double(timer.nsecsElapsed()) / 1e6);
            if (!accounts) {
                std::fprintf(stderr, "accounts: %s\n", qPrintable(accounts.error().toString()));
                return 1;
            }
            rows = accounts->size();
        }
        std::printf("  overview:     %.0f ms for %lld activities' accounts (store of %lld "
                    "entrepreneurs, %lld invoices; generated in %.1f s, untimed)\n",
                    median(overviewMs), static_cast<long long>(rows),
                    static_cast<long long>(report->entrepreneurs),
                    static_cast<long long>(report->invoices), double(demoMs) / 1000.0);
    }
    return 0;
}
