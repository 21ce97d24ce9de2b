#include "accountingcommands.h"

#include "clicontext.h"

#include "core/storage/ledgerrepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

QJsonObject balanceJson(const TrialBalance &tb)
{
    QJsonArray accounts;
    for (const AccountBalance &b : tb.accounts) {
        const Money balance = b.balance();
        accounts.append(QJsonObject{
            {u"account"_s, b.account},
            {u"label"_s, b.label},
            {u"opening_debit"_s, b.openingDebit.toString()},
            {u"opening_credit"_s, b.openingCredit.toString()},
            {u"debit"_s, b.debit.toString()},
            {u"credit"_s, b.credit.toString()},
            {u"balance_debit"_s, balance.isNegative() ? u"0.00"_s : balance.toString()},
            {u"balance_credit"_s, balance.isNegative() ? (-balance).toString() : u"0.00"_s},
        });
    }
    return QJsonObject{
        {u"at"_s, tb.at.toString(Qt::ISODate)},
        {u"from"_s, tb.from.toString(Qt::ISODate)},
        {u"activity"_s, tb.activityCode},
        {u"accounts"_s, accounts},
        {u"total_debit"_s, tb.totalDebit.toString()},
        {u"total_credit"_s, tb.totalCredit.toString()},
        {u"total_balance_debit"_s, tb.totalBalanceDebit.toString()},
        {u"total_balance_credit"_s, tb.totalBalanceCredit.toString()},
        {u"balanced"_s, tb.totalDebit == tb.totalCredit},
    };
}

int runFec(CliContext &c, LedgerRepository &ledger)
{
    auto year = numberOption(c, u"year"_s, 0, 1900, 9999);
    if (!year)
        return c.usage(year.error().message());
    if (!c.parser().isSet(u"year"_s))
        return c.usage(Tr::tr("accounting fec needs --year YYYY."));
    auto dir = c.requiredValue(u"out"_s);
    if (!dir)
        return c.failure(dir.error());
    if (!QFileInfo(*dir).isDir())
        return c.failure(Error(ErrorCode::NotFound,
                               Tr::tr("--out names the folder the FEC goes into; \"%1\" is not a "
                                      "folder.")
                                   .arg(*dir)));
    QElapsedTimer timer;
    timer.start();
    auto done = ledger.exportFec(int(*year), *dir);
    if (!done)
        return c.failure(done.error());
    const qint64 ms = timer.elapsed();
    if (c.parser().isSet(u"json"_s)) {
        c.out() << QJsonDocument(QJsonObject{{u"file"_s, done->filePath},
                                             {u"lines"_s, done->lines},
                                             {u"entries"_s, done->entries},
                                             {u"total_debit"_s, done->totalDebit.toString()},
                                             {u"total_credit"_s, done->totalCredit.toString()},
                                             {u"milliseconds"_s, ms}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out() << Tr::tr("%1: %n line(s), %2 entries, debit %3, credit %4.", nullptr,
                      int(done->lines))
                   .arg(done->filePath)
                   .arg(done->entries)
                   .arg(done->totalDebit.toString(), done->totalCredit.toString())
            << '\n';
    return Ok;
}

int runExport(CliContext &c, LedgerRepository &ledger)
{
    if (!c.parser().isSet(u"from"_s) || !c.parser().isSet(u"to"_s))
        return c.usage(Tr::tr("accounting export needs --from and --to."));
    auto from = dateOption(c, u"from"_s);
    auto to = dateOption(c, u"to"_s);
    if (!from)
        return c.usage(from.error().message());
    if (!to)
        return c.usage(to.error().message());
    if (*to < *from)
        return c.usage(Tr::tr("--to comes before --from."));
    auto out = c.requiredValue(u"out"_s);
    if (!out)
        return c.failure(out.error());
    LedgerFilter filter;
    filter.from = *from;
    filter.to = *to;
    filter.activityCode = c.parser().value(u"activity"_s);
    filter.journal = c.parser().value(u"journal"_s);
    CsvLayout layout = CsvLayout::sageLike();
    if (c.parser().isSet(u"columns"_s))
        layout.columns = c.parser().value(u"columns"_s).split(u',', Qt::SkipEmptyParts);
    auto written = ledger.exportCsv(filter, layout, *out);
    if (!written)
        return c.failure(written.error());
    c.out() << Tr::tr("%1: %n line(s).", nullptr, int(*written)).arg(*out) << '\n';
    return Ok;
}

int runBalance(CliContext &c, LedgerRepository &ledger)
{
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.usage(at.error().message());
    auto tb = ledger.balance(*at, c.parser().value(u"activity"_s));
    if (!tb)
        return c.failure(tb.error());
    if (c.parser().isSet(u"json"_s)) {
        c.out() << QJsonDocument(balanceJson(*tb)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    c.out() << Tr::tr("Trial balance from %1 to %2").arg(tb->from.toString(Qt::ISODate),
                                                         tb->at.toString(Qt::ISODate))
            << '\n';
    for (const AccountBalance &b : tb->accounts) {
        const Money balance = b.balance();
        c.out() << u"%1  %2  %3  %4  %5\n"_s.arg(b.account, -8)
                       .arg(b.label.left(40), -40)
                       .arg((b.openingDebit + b.debit).toString(), 14)
                       .arg((b.openingCredit + b.credit).toString(), 14)
                       .arg(balance.toString(), 14);
    }
    c.out() << u"%1  %2  %3  %4\n"_s.arg(Tr::tr("Total"), -50)
                   .arg(tb->totalDebit.toString(), 14)
                   .arg(tb->totalCredit.toString(), 14)
                   .arg((tb->totalDebit - tb->totalCredit).toString(), 14);
    return Ok;
}

} // namespace

int runAccountingCommand(CliContext &c)
{
    const QStringList &words = c.words();
    static const QStringList actions{u"fec"_s,   u"export"_s, u"balance"_s, u"close"_s,
                                     u"reopen"_s, u"post"_s,   u"chart"_s};
    if (words.size() != 1 || !actions.contains(words.first()))
        return c.usage(Tr::tr("accounting takes one action: fec, export, balance, close, reopen, "
                              "post or chart."));
    const QString action = words.first();
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    LedgerRepository ledger(**store);
    if (action == u"fec")
        return runFec(c, ledger);
    if (action == u"export")
        return runExport(c, ledger);
    if (action == u"balance")
        return runBalance(c, ledger);
    if (action == u"chart") {
        // With --number and --label: add or rename an account; then the chart as it stands.
        if (c.parser().isSet(u"number"_s) || c.parser().isSet(u"label"_s)) {
            if (!c.parser().isSet(u"number"_s) || !c.parser().isSet(u"label"_s))
                return c.usage(Tr::tr("accounting chart takes --number and --label together."));
            if (auto r = ledger.saveAccount({c.parser().value(u"number"_s),
                                             c.parser().value(u"label"_s)});
                !r)
                return c.failure(r.error());
        }
        auto chart = ledger.chart();
        if (!chart)
            return c.failure(chart.error());
        if (c.parser().isSet(u"json"_s)) {
            QJsonArray accounts;
            for (const LedgerAccount &a : *chart)
                accounts.append(QJsonObject{{u"number"_s, a.number}, {u"label"_s, a.label}});
            c.out() << QJsonDocument(QJsonObject{{u"accounts"_s, accounts}})
                           .toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const LedgerAccount &a : *chart)
            c.out() << u"%1  %2\n"_s.arg(a.number, -8).arg(a.label);
        return Ok;
    }
    if (action == u"post") {
        auto count = ledger.postPending();
        if (!count)
            return c.failure(count.error());
        c.out() << Tr::tr("%n entry(ies) posted.", nullptr, int(*count)) << '\n';
        return Ok;
    }
    if (action == u"close") {
        if (!c.parser().isSet(u"until"_s))
            return c.usage(Tr::tr("accounting close needs --until YYYY-MM-DD."));
        auto until = dateOption(c, u"until"_s);
        if (!until)
            return c.usage(until.error().message());
        if (auto r = ledger.closeUntil(*until, Tr::tr("command line")); !r)
            return c.failure(r.error());
        c.out() << Tr::tr("The ledger is closed until %1.").arg(until->toString(Qt::ISODate))
                << '\n';
        return Ok;
    }
    // reopen: whoever holds a stand-alone store's passphrase is its admin.
    if (!c.parser().isSet(u"until"_s))
        return c.usage(Tr::tr("accounting reopen needs --until YYYY-MM-DD, or --until none."));
    QDate until;
    if (c.parser().value(u"until"_s) != u"none") {
        auto d = dateOption(c, u"until"_s);
        if (!d)
            return c.usage(d.error().message());
        until = *d;
    }
    if (auto r = ledger.reopen(until, LedgerRole::Admin, Tr::tr("command line"),
                               c.parser().value(u"reason"_s));
        !r)
        return c.failure(r.error());
    c.out() << (until.isValid()
                    ? Tr::tr("The ledger is now closed until %1.").arg(until.toString(Qt::ISODate))
                    : Tr::tr("No period of the ledger is closed now."))
            << '\n';
    return Ok;
}

} // namespace coop::cli
