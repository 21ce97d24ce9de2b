// coop_bench_ledger: issue 7's benchmark (docs/benchmarks.md, "Accounting"):
//  1. the FEC writer alone: N lines (French labels with accents, aux accounts) into memory, in
//     lines per second (target ≥ 200 000 lines/s);
//  2. a year of a cooperative of M entrepreneurs generated in a real store (every document
//     validated, hence posted, in the generator's one transaction): the time, and the entries;
//  3. posting alone: every entry of that year posted again into an empty store through
//     LedgerRepository::post (checks, chart, closed period, numbering, inserts) in one
//     transaction, in entries per second;
//  4. the FEC of the year exported from the store (query, conversion, file), in lines per second;
//  5. the trial balance at the year's end.
//
// Usage: coop_bench_ledger [--entrepreneurs M] [--fec-lines N] [--quick]
//        defaults: 2 000 entrepreneurs, 1 000 000 writer lines; --quick: 40 and 20 000.
// Every entry and the exported file are checked to balance; a failed check exits 1.
#include "core/fec.h"
#include "core/storage/demo.h"
#include "core/storage/ledgerrepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace coop;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

Result<std::unique_ptr<Store>> newStore(const QString &path)
{
    StoreCreateOptions create;
    create.name = u"Bench ledger"_s;
    create.kdf = KdfParams::interactive();
    return Store::create(path, u"bench passphrase"_s, create);
}

int failed(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int entrepreneurs = 2000;
    qint64 fecLines = 1'000'000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--quick") {
            entrepreneurs = 40;
            fecLines = 20'000;
        } else if (a == u"--entrepreneurs" && i + 1 < args.size()) {
            entrepreneurs = args.at(++i).toInt();
        } else if (a == u"--fec-lines" && i + 1 < args.size()) {
            fecLines = args.at(++i).toLongLong();
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    std::printf("coop_bench_ledger (%s build)\n", COOP_BENCH_BUILD_TYPE);

    // 1. The writer alone.
    {
        QByteArray bytes;
        bytes.reserve(fecLines * 190);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        FecWriter writer(buffer);
        FecLine line;
        line.journalCode = u"VT"_s;
        line.journalLabel = u"Ventes"_s;
        line.entryDate = QDate(2026, 3, 2);
        line.accountLabel = u"Prestations de services"_s;
        line.pieceRef = u"2026-ANA042-0007"_s;
        line.pieceDate = line.entryDate;
        line.label = u"Facture 2026-ANA042-0007 – Boulangerie Martin, réglée à échéance"_s;
        line.validationDate = QDate(2026, 3, 3);
        QElapsedTimer timer;
        timer.start();
        writer.writeHeader();
        for (qint64 i = 0; i < fecLines; ++i) {
            line.entryNumber = i / 4 + 1;
            const bool customer = i % 4 == 0;
            line.account = customer ? u"411000"_s : u"706000"_s;
            line.auxAccount = customer ? u"411MARTIN"_s : QString();
            line.auxLabel = customer ? u"Boulangerie Martin"_s : QString();
            line.debit = customer ? Money::fromCents(36000 + i % 1000) : Money();
            line.credit = customer ? Money() : Money::fromCents(12000 + i % 1000);
            writer.write(line);
        }
        writer.finish();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("  FEC writer:   %lld lines in %.0f ms: %.0f lines/s (%.1f MB; target ≥ 200 000 "
                    "lines/s)\n",
                    static_cast<long long>(fecLines), ms, double(fecLines) / ms * 1000.0,
                    double(bytes.size()) / 1e6);
    }

    if (entrepreneurs <= 0)
        return 0;
    QTemporaryDir dir;
    auto store = newStore(dir.filePath(u"ledger.coopdesk"_s));
    if (!store)
        return failed("store", store.error());
    DemoOptions demo;
    demo.entrepreneurs = entrepreneurs;
    demo.years = 1;
    demo.seed = 11;
    demo.today = QDate(2026, 12, 31);
    QElapsedTimer timer;
    timer.start();
    const auto report = generateDemo(**store, demo);
    if (!report)
        return failed("demo", report.error());
    const qint64 demoMs = timer.elapsed();
    LedgerRepository ledger(**store);
    LedgerFilter year;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    const auto rows = ledger.rows(year);
    if (!rows)
        return failed("rows", rows.error());
    // Regroup the lines into their entries.
    QList<LedgerEntry> entries;
    qint64 lastSeq = -1;
    for (const LedgerRow &r : *rows) {
        if (r.sequence != lastSeq) {
            lastSeq = r.sequence;
            LedgerEntry e;
            e.journal = r.journal;
            e.date = r.date;
            e.pieceRef = r.pieceRef;
            e.pieceDate = r.pieceDate;
            e.label = r.entryLabel;
            e.sourceKind = r.sourceKind;
            e.sourceId = r.sourceId;
            entries.append(e);
        }
        JournalLine l;
        l.account = r.account;
        l.label = r.label;
        l.activityCode = r.activityCode;
        l.auxAccount = r.auxAccount;
        l.auxLabel = r.auxLabel;
        l.side = r.debit.isZero() ? JournalSide::Credit : JournalSide::Debit;
        l.amount = r.debit.isZero() ? r.credit : r.debit;
        entries.last().lines.append(l);
    }
    std::printf("  demo year:    %d entrepreneurs, %lld invoices, %lld payments: generated, "
                "validated and posted in %lld ms (%lld entries, %lld lines)\n",
                entrepreneurs, static_cast<long long>(report->invoices),
                static_cast<long long>(report->payments), static_cast<long long>(demoMs),
                static_cast<long long>(entries.size()), static_cast<long long>(rows->size()));

    // 3. Posting alone, into an empty store of the same cooperative.
    {
        auto second = newStore(dir.filePath(u"posting.coopdesk"_s));
        if (!second)
            return failed("store", second.error());
        const auto settings = PeopleRepository(**store).cooperative();
        if (!settings)
            return failed("settings", settings.error());
        if (auto r = PeopleRepository(**second).saveCooperative(*settings); !r)
            return failed("settings", r.error());
        LedgerRepository target(**second);
        QSqlDatabase db = (*second)->database();
        timer.restart();
        db.transaction();
        for (const LedgerEntry &e : std::as_const(entries)) {
            if (auto r = target.post(e); !r)
                return failed("post", r.error());
        }
        db.commit();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("  posting:      %lld entries in %.0f ms: %.0f entries/s, %.0f lines/s\n",
                    static_cast<long long>(entries.size()), ms,
                    double(entries.size()) / ms * 1000.0, double(rows->size()) / ms * 1000.0);
    }

    // 4. The FEC of the year.
    timer.restart();
    const auto fec = ledger.exportFec(2026, dir.path());
    if (!fec)
        return failed("fec", fec.error());
    const double fecMs = double(timer.nsecsElapsed()) / 1e6;
    if (fec->totalDebit != fec->totalCredit) {
        std::fprintf(stderr, "the FEC does not balance\n");
        return 1;
    }
    std::printf("  FEC export:   %lld lines in %.0f ms: %.0f lines/s from the encrypted store "
                "(%.1f MB)\n",
                static_cast<long long>(fec->lines), fecMs, double(fec->lines) / fecMs * 1000.0,
                double(QFile(fec->filePath).size()) / 1e6);

    // 5. The trial balance.
    timer.restart();
    const auto tb = ledger.balance(QDate(2026, 12, 31));
    if (!tb)
        return failed("balance", tb.error());
    if (tb->totalDebit != tb->totalCredit) {
        std::fprintf(stderr, "the trial balance does not balance\n");
        return 1;
    }
    std::printf("  balance:      %lld accounts in %.0f ms\n",
                static_cast<long long>(tb->accounts.size()), double(timer.nsecsElapsed()) / 1e6);
    return 0;
}
