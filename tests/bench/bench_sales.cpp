// coop_bench_sales: the sales benchmark of issue 4 (docs/benchmarks.md).
//
// 1. Issuing: N drafts of 3 to 6 lines at several VAT rates are validated one by one (each in its
//    own transaction, as a person validates them: number, frozen parties, hash-chain link), then
//    each is rendered as a PDF and as a Factur-X PDF/A-3 (CII built and attached).
// 2. The list: a store holding M issued documents is closed; a child process opens it and shows
//    the invoice list page (the real widget, offscreen) and reports how long the first rows took
//    to paint and its peak resident memory. Targets: first rows ≤ 300 ms, memory ≤ 200 MB.
//
// Usage: coop_bench_sales [--invoices N] [--list-rows M] [--dir FOLDER] [--json]
//        (defaults: 1000 invoices, 1 000 000 rows; the folder defaults to a temporary one)
// A benchmark is not pass/fail: it exits 0 whatever the figures, non-zero only when a step failed.
#include "core/storage/demo.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "documents/invoicepdf.h"
#include "ui/invoicelistpage.h"
#include "ui/invoicesmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace coop;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;
constexpr double kFirstRowsTargetMs = 300.0;
constexpr double kMemoryTargetMb = 200.0;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fputs(qPrintable(u"bench_sales: %1: %2\n"_s.arg(what, error.toString())), stderr);
    std::exit(1);
}

// kB of the process's peak and current resident memory (/proc/self/status VmHWM, VmRSS).
std::pair<qint64, qint64> residentKb()
{
    QFile status(u"/proc/self/status"_s);
    qint64 peak = -1;
    qint64 now = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
                peak = parts.at(1).toLongLong();
            if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
                now = parts.at(1).toLongLong();
        }
    }
    return {peak, now};
}

std::unique_ptr<Store> createStore(const QString &path)
{
    StoreCreateOptions options;
    options.name = u"Bench"_s;
    options.kdf = KdfParams::interactive();
    auto store = Store::create(path, kPassphrase, options);
    if (!store)
        die(u"create "_s + path, store.error());
    return std::move(*store);
}

// A small cooperative with customers, to invoice from.
void fillPeople(Store &store, QDate today)
{
    DemoOptions options;
    options.entrepreneurs = 20;
    options.years = 1;
    options.seed = 4;
    options.today = today;
    options.invoicesPerActivityPerYear = 0;
    if (auto report = generateDemo(store, options); !report)
        die(u"demo"_s, report.error());
    SalesRepository sales(store);
    auto customers = sales.customers();
    if (!customers)
        die(u"customers"_s, customers.error());
    if (customers->isEmpty()) {
        // The demo without sales may have made no customer: add one per activity.
        PeopleRepository people(store);
        auto activities = people.activities();
        if (!activities)
            die(u"activities"_s, activities.error());
        int n = 0;
        for (const Activity &activity : *activities) {
            Customer customer;
            customer.activityId = activity.id;
            customer.kind = CustomerKind::Individual;
            customer.firstName = u"Client"_s;
            customer.lastName = QString::number(++n);
            customer.name = customer.firstName + u' ' + customer.lastName;
            customer.billingAddress = {u"1 rue de la Paix"_s, {}, u"69001"_s, u"Lyon"_s, u"FR"_s};
            if (auto saved = sales.saveCustomer(customer); !saved)
                die(u"customer"_s, saved.error());
        }
    }
}

SalesDocument randomDraft(QRandomGenerator &random, const Customer &customer, QDate date)
{
    static const QList<qint64> rates = {20, 10, 20, 5};
    SalesDocument document;
    document.activityId = customer.activityId;
    document.customerId = customer.id;
    document.date = date;
    document.dueDate = date.addDays(30);
    document.title = u"Prestation de conseil"_s;
    const int lines = 3 + int(random.bounded(4));
    for (int i = 0; i < lines; ++i) {
        DocumentLine line;
        line.designation = u"Journée d'accompagnement %1"_s.arg(i + 1);
        line.unit = u"DAY"_s;
        line.quantity = Quantity::fromUnits(1000 * (1 + random.bounded(5)) + 250 * random.bounded(4));
        line.unitPrice = UnitPrice::fromUnits(100'000 * (50 + random.bounded(900)) + random.bounded(100'000));
        const qint64 rate = rates.at(random.bounded(rates.size()));
        line.vatRate = Rate::fromUnits(rate == 5 ? 5'500'000 : rate * Rate::UnitsPerPercent);
        document.lines.append(line);
    }
    return document;
}

QJsonObject issuing(const QString &dir, int count)
{
    const QDate today(2026, 6, 30);
    auto store = createStore(dir + u"/issuing.coopdesk"_s);
    fillPeople(*store, today);
    SalesRepository sales(*store);
    sales.setToday(today);
    auto customers = sales.customers();
    if (!customers || customers->isEmpty())
        die(u"customers"_s, customers ? Error(ErrorCode::NotFound, u"none"_s) : customers.error());

    QRandomGenerator random(42);
    QStringList ids;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto saved = sales.saveDraft(randomDraft(random, customers->at(i % customers->size()), today));
        if (!saved)
            die(u"save draft"_s, saved.error());
        ids.append(saved->id);
    }
    const double draftsMs = msSince(timer);

    timer.restart();
    QList<SalesDocument> issued;
    for (const QString &id : std::as_const(ids)) {
        auto validated = sales.validate(id, today);
        if (!validated)
            die(u"validate"_s, validated.error());
        issued.append(*validated);
    }
    const double validateMs = msSince(timer);

    QList<InvoiceRenderContext> contexts;
    for (const SalesDocument &document : std::as_const(issued)) {
        auto parties = sales.partiesFor(document);
        if (!parties)
            die(u"parties"_s, parties.error());
        InvoiceRenderContext context;
        context.parties = *parties;
        contexts.append(context);
    }

    timer.restart();
    qint64 pdfBytes = 0;
    for (qsizetype i = 0; i < issued.size(); ++i) {
        auto pdf = renderInvoicePdf(issued.at(i), contexts.at(i));
        if (!pdf)
            die(u"pdf"_s, pdf.error());
        pdfBytes += pdf->size();
    }
    const double pdfMs = msSince(timer);

    timer.restart();
    qint64 facturxBytes = 0;
    for (qsizetype i = 0; i < issued.size(); ++i) {
        auto pdf = renderFacturX(issued.at(i), contexts.at(i));
        if (!pdf)
            die(u"facturx"_s, pdf.error());
        facturxBytes += pdf->size();
    }
    const double facturxMs = msSince(timer);

    say(u"issuing %1 invoices (3-6 lines, several VAT rates):"_s.arg(count));
    say(u"  save drafts        %1 ms  (%2 ms each)"_s.arg(draftsMs, 0, 'f', 0).arg(draftsMs / count, 0, 'f', 2));
    say(u"  validate           %1 ms  (%2 ms each: number, freeze, hash chain, one transaction each)"_s
            .arg(validateMs, 0, 'f', 0).arg(validateMs / count, 0, 'f', 2));
    say(u"  render PDF         %1 ms  (%2 ms each, %3 kB average)"_s.arg(pdfMs, 0, 'f', 0)
            .arg(pdfMs / count, 0, 'f', 2).arg(pdfBytes / count / 1024));
    say(u"  render Factur-X    %1 ms  (%2 ms each, %3 kB average; CII + PDF/A-3 + attachment)"_s
            .arg(facturxMs, 0, 'f', 0).arg(facturxMs / count, 0, 'f', 2).arg(facturxBytes / count / 1024));
    return {{u"invoices"_s, count},
            {u"save_drafts_ms"_s, draftsMs},
            {u"validate_ms"_s, validateMs},
            {u"pdf_ms"_s, pdfMs},
            {u"facturx_ms"_s, facturxMs}};
}

// M issued documents written straight into the table (only what the list reads is meaningful):
// the list is measured, not the validation of a million invoices.
void fillList(const QString &path, qint64 rows)
{
    auto store = createStore(path);
    const QDate today(2026, 6, 30);
    fillPeople(*store, today);
    SalesRepository sales(*store);
    auto customers = sales.customers();
    if (!customers || customers->isEmpty())
        die(u"customers"_s, customers ? Error(ErrorCode::NotFound, u"none"_s) : customers.error());

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = store->database();
    if (!db.transaction())
        die(u"begin"_s, Error(ErrorCode::Database, db.lastError().text()));
    QSqlQuery insert(db);
    const bool prepared = insert.prepare(
        u"INSERT INTO sales_document (id, kind, role, status, activity_id, customer_id, "
        "customer_name, number, number_series, counter_key, sequence_value, date, due_date, "
        "title, price_entry, lines, parties, total_excluding_vat_cents, total_vat_cents, "
        "total_including_vat_cents, validated_at) VALUES (?, 'invoice', 'standard', 'validated', "
        "?, ?, ?, ?, 'invoice', 'global', ?, ?, ?, ?, 'excluding_vat', '[]', '{}', ?, ?, ?, ?)"_s);
    if (!prepared)
        die(u"prepare"_s, Error(ErrorCode::Database, insert.lastError().text()));
    QRandomGenerator random(7);
    const QDate first = today.addDays(-3650);
    for (qint64 i = 0; i < rows; ++i) {
        const Customer &customer = customers->at(qsizetype(random.bounded(int(customers->size()))));
        const QDate date = first.addDays(i * 3650 / rows);
        const qint64 ht = 10'000 + qint64(random.bounded(500'000));
        const qint64 vat = ht / 5;
        insert.addBindValue(u"bench-%1"_s.arg(i, 8, 10, QChar(u'0')));
        insert.addBindValue(customer.activityId);
        insert.addBindValue(customer.id);
        insert.addBindValue(customer.displayName());
        insert.addBindValue(u"2026-BENCH-%1"_s.arg(i + 1, 7, 10, QChar(u'0')));
        insert.addBindValue(i + 1);
        insert.addBindValue(date.toString(Qt::ISODate));
        insert.addBindValue(date.addDays(30).toString(Qt::ISODate));
        insert.addBindValue(u"Prestation %1"_s.arg(i % 977));
        insert.addBindValue(ht);
        insert.addBindValue(vat);
        insert.addBindValue(ht + vat);
        insert.addBindValue(QString(date.toString(Qt::ISODate) + u"T12:00:00Z"_s));
        if (!insert.exec())
            die(u"insert"_s, Error(ErrorCode::Database, insert.lastError().text()));
    }
    if (!db.commit())
        die(u"commit"_s, Error(ErrorCode::Database, db.lastError().text()));
    QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
    say(u"list store: %1 issued documents written in %2 s"_s.arg(rows).arg(msSince(timer) / 1000, 0, 'f', 1));
}

// The child: open the store, show the list page, wait for its first paint.
int openList(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(path, kPassphrase);
    if (!store)
        die(u"open"_s, store.error());
    const double openMs = msSince(timer);

    ui::InvoiceListPage page;
    page.resize(1200, 800);
    qint64 firstRows = -1;
    QEventLoop loop;
    QObject::connect(&page, &ui::InvoiceListPage::opened, &loop, [&](qint64 ms) {
        firstRows = ms;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    timer.restart();
    page.setStore(store->get());
    page.show();
    loop.exec();
    const double wallMs = msSince(timer);
    // Let the count (read after the first paint) arrive too, then take the memory figures.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const auto [peakKb, nowKb] = residentKb();
    const QJsonObject figures{{u"store_open_ms"_s, openMs},
                              {u"first_rows_ms"_s, double(firstRows)},
                              {u"show_to_paint_wall_ms"_s, wallMs},
                              {u"rows_loaded"_s, page.model() ? page.model()->rowCount() : -1},
                              {u"peak_rss_kb"_s, peakKb},
                              {u"rss_kb"_s, nowKb}};
    say(QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
    return firstRows >= 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (args.contains(u"--open-list"_s))
        return openList(option(u"--open-list"_s, {}));

    const int invoices = option(u"--invoices"_s, u"1000"_s).toInt();
    const qint64 listRows = option(u"--list-rows"_s, u"1000000"_s).toLongLong();
    QTemporaryDir temporary;
    const QString dir = option(u"--dir"_s, temporary.path());
    if (invoices <= 0 || listRows <= 0 || dir.isEmpty()) {
        std::fputs("usage: coop_bench_sales [--invoices N] [--list-rows M] [--dir FOLDER] [--json]\n",
                   stderr);
        return 2;
    }
    say(u"coop_bench_sales, %1 build, %2, %3 cores"_s.arg(QStringLiteral(COOP_BENCH_BUILD_TYPE),
                                                         QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount()));

    QJsonObject result{{u"issuing"_s, issuing(dir, invoices)}};

    const QString listStore = dir + u"/list.coopdesk"_s;
    QFile::remove(listStore);
    QFile::remove(Store::keyFilePath(listStore));
    fillList(listStore, listRows);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--open-list"_s, listStore});
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fputs("bench_sales: the list child failed\n", stderr);
        return 1;
    }
    const QJsonObject list = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    const double firstRows = list.value(u"first_rows_ms"_s).toDouble();
    const double peakMb = list.value(u"peak_rss_kb"_s).toDouble() / 1024.0;
    say(u"opening the invoice list on %1 documents (child process, store already unlocked):"_s.arg(listRows));
    say(u"  store open %1 ms (key derivation, interactive cost)"_s.arg(list.value(u"store_open_ms"_s).toDouble(), 0, 'f', 0));
    say(u"  first rows painted %1 ms   target %2 ms   ratio %3  %4"_s.arg(firstRows, 0, 'f', 0)
            .arg(kFirstRowsTargetMs, 0, 'f', 0).arg(firstRows / kFirstRowsTargetMs, 0, 'f', 2)
            .arg(firstRows <= kFirstRowsTargetMs ? u"met"_s : u"MISSED"_s));
    say(u"  peak memory %1 MB   target %2 MB   ratio %3  %4"_s.arg(peakMb, 0, 'f', 0)
            .arg(kMemoryTargetMb, 0, 'f', 0).arg(peakMb / kMemoryTargetMb, 0, 'f', 2)
            .arg(peakMb <= kMemoryTargetMb ? u"met"_s : u"MISSED"_s));
    result.insert(u"list"_s, list);
    if (args.contains(u"--json"_s))
        say(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    return 0;
}
