// coop_bench_sync: issue 8's benchmark (docs/benchmarks.md, "Sync"), on the loopback with a real
// PostgreSQL (COOP_TEST_PG, or a private cluster started for the run) and the real HTTP server:
//  1. push: operations per second and request latency (p50, p99) for batches of 1, 10 and 100
//     operations from 1, 4, 16 and 32 devices pushing at once (target ≥ 5 000 ops/s);
//  2. pull: a device's engine pulling N changes over HTTP and applying them into its encrypted
//     store, in changes per second (target ≥ 50 000 changes/s applied);
//  3. the first sync of one entrepreneur-year (an activity with its customers and 10 000
//     invoices, ≥ 10 000 rows) on a new device: sign-in, pull, apply (target ≤ 2 s).
//
// Usage: coop_bench_sync [--quick] [--pull-changes N] [--year-invoices N] [--push-ops N]
//                        [--only push|pull|year] [--push-batch N] [--push-devices N]
// The client side of the push runs in the same process as the server (both share the machine's
// cores), as a device fleet would not: the figures are a floor.
#include "pgtest.h"

#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"
#include "server/api.h"
#include "server/database.h"
#include "server/httpserver.h"
#include "server/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace coop;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif

namespace {

const QString kPassword = u"benchmark password"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject op(qint64 seq, const QString &tenant, const QString &entity, const QString &id,
               const QJsonObject &fields)
{
    return {{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"device_seq"_s, seq},
            {u"tenant"_s, tenant},
            {u"entity"_s, entity},
            {u"id"_s, id},
            {u"kind"_s, u"insert"_s},
            {u"base_version"_s, 0},
            {u"fields"_s, fields},
            {u"created_at"_s, u"2026-11-26T10:00:00.000Z"_s}};
}

QJsonObject customerFields(const QString &activity, int i)
{
    return {{u"activity_id"_s, activity}, {u"kind"_s, u"company"_s},
            {u"name"_s, u"Client %1 SARL"_s.arg(i)}, {u"billing_line1"_s, u"%1 rue de la Paix"_s.arg(i % 200)},
            {u"billing_postcode"_s, u"69001"_s}, {u"billing_city"_s, u"Lyon"_s},
            {u"email"_s, u"compta%1@example.fr"_s.arg(i)}};
}

QJsonObject invoiceFields(const QString &activity, const QString &customer, int i)
{
    QJsonArray lines;
    for (int l = 0; l < 3; ++l)
        lines.append(QJsonObject{{u"label"_s, u"Prestation de conseil, journée %1"_s.arg(l + 1)},
                                 {u"quantity_units"_s, 1000 + l * 500},
                                 {u"unit_price_units"_s, 45000000 + i % 1000},
                                 {u"vat_rate_units"_s, 2000000000},
                                 {u"account"_s, u"706"_s}});
    return {{u"kind"_s, u"invoice"_s}, {u"role"_s, u"standard"_s}, {u"status"_s, u"draft"_s},
            {u"activity_id"_s, activity}, {u"customer_id"_s, customer},
            {u"customer_name"_s, u"Client SARL"_s}, {u"date"_s, u"2026-03-%1"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
            {u"title"_s, u"Facture de mars"_s}, {u"price_entry"_s, u"excluding_vat"_s},
            {u"lines"_s, QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))},
            {u"nature"_s, u"services"_s}, {u"total_excluding_vat_cents"_s, 135000 + i},
            {u"total_vat_cents"_s, 27000}, {u"total_including_vat_cents"_s, 162000 + i}};
}

struct Bench
{
    test::PgDatabase pg;
    std::unique_ptr<server::Database> db;
    std::unique_ptr<server::Api> api;
    std::unique_ptr<server::HttpServer> http;
    std::thread serving;
    int port = 0;

    bool start()
    {
        if (!pg.isValid()) {
            std::fprintf(stderr, "no PostgreSQL: %s\n", qPrintable(pg.error()));
            return false;
        }
        db = std::make_unique<server::Database>(pg.info());
        if (auto r = db->install(); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return false;
        }
        server::Api::Options options;
        options.accounts.passwordCost = server::PasswordCost::minimal();
        options.sync.maxPageSize = 10000;
        api = std::make_unique<server::Api>(*db, std::move(options));
        server::HttpOptions h;
        h.port = 0;
        h.threads = 64; // cpp-httplib holds a worker per open keep-alive connection
        http = std::make_unique<server::HttpServer>(*api, h);
        if (auto r = http->bind(); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return false;
        }
        port = http->port();
        serving = std::thread([this] { http->serve(); });
        return true;
    }

    void stop()
    {
        http->stop();
        if (serving.joinable())
            serving.join();
    }

    bool user(const QString &login, const QString &tenant)
    {
        auto added = api->accounts().addUser(login, login, kPassword);
        if (!added && added.error().code() != ErrorCode::AlreadyExists)
            return false;
        return api->accounts().grant(login, tenant, server::Role::Admin, {}).has_value();
    }

    // After seeding, as on a server in its steady state: the tables vacuumed and analysed, so
    // that autovacuum does not run inside the timed part (and its CPU is not counted there).
    bool settle()
    {
        auto r = server::withPgConnection(pg.info(), [](QSqlDatabase &c) {
            return server::pgExec(c, u"VACUUM ANALYZE"_s, u"vacuum"_s);
        });
        if (!r)
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return r.has_value();
    }

    // A login over HTTP: the access token.
    std::string login(httplib::Client &client, const QString &user, const QString &device)
    {
        const auto res = client.Post("/v1/auth/login", {{"Coop-Protocol", "1"}},
                                     json({{u"login"_s, user}, {u"password"_s, kPassword},
                                           {u"device_id"_s, device}})
                                         .toStdString(),
                                     "application/json");
        if (!res || res->status != 200)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
            .object()
            .value(u"access_token"_s)
            .toString()
            .toStdString();
    }

    // Seeds a tenant through the API in the process (not measured).
    bool seed(const QString &tenant, const QList<QJsonObject> &ops)
    {
        if (!user(u"seeder-"_s + tenant, tenant))
            return false;
        const auto s = api->accounts().login(u"seeder-"_s + tenant, kPassword, u"seed-"_s + tenant, {});
        if (!s)
            return false;
        for (qsizetype at = 0; at < ops.size(); at += 1000) {
            server::ApiRequest request;
            request.method = "POST";
            request.path = u"/v1/t/%1/push"_s.arg(tenant);
            request.headers = {{"coop-protocol", "1"}, {"authorization", "Bearer " + s->accessToken}};
            QJsonArray batch;
            for (const QJsonObject &o : ops.mid(at, 1000))
                batch.append(o);
            request.body = json({{u"device_id"_s, QString(u"seed-"_s + tenant)}, {u"ops"_s, batch}});
            const server::ApiResponse r = api->handle(request);
            if (r.status != 200) {
                std::fprintf(stderr, "seed: %d %s\n", r.status, r.body.left(300).constData());
                return false;
            }
        }
        return true;
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[at];
}

// One push configuration: `devices` threads each pushing `perDevice` operations in batches.
bool pushRun(Bench &b, int devices, int batch, int perDevice, double *opsPerSecond, double *p50, double *p99)
{
    const QString tenant = u"push-%1-%2"_s.arg(devices).arg(batch);
    if (!b.user(u"pusher-"_s + tenant, tenant))
        return false;
    struct Device
    {
        std::unique_ptr<httplib::Client> client;
        std::string token;
        std::string warmUp; // one operation, sent before the clock starts
        std::vector<std::string> bodies;
        std::vector<double> latencies;
        qint64 applied = 0;
    };
    std::vector<Device> fleet(static_cast<size_t>(devices));
    for (int d = 0; d < devices; ++d) {
        Device &dev = fleet[static_cast<size_t>(d)];
        dev.client = std::make_unique<httplib::Client>("127.0.0.1", b.port);
        dev.client->set_keep_alive(true);
        dev.client->set_tcp_nodelay(true);
        dev.client->set_read_timeout(120, 0);
        const QString deviceId = u"%1-d%2"_s.arg(tenant).arg(d);
        dev.token = b.login(*dev.client, u"pusher-"_s + tenant, deviceId);
        if (dev.token.empty())
            return false;
        qint64 seq = 1;
        dev.warmUp = json({{u"device_id"_s, deviceId},
                           {u"ops"_s, QJsonArray{op(seq, tenant, u"customer"_s, u"%1-warm"_s.arg(deviceId),
                                                    customerFields(u"act"_s, 0))}}})
                         .toStdString();
        for (int sent = 0; sent < perDevice; sent += batch) {
            QJsonArray ops;
            for (int i = 0; i < batch; ++i) {
                ++seq;
                ops.append(op(seq, tenant, u"customer"_s, u"%1-%2"_s.arg(deviceId).arg(seq),
                              customerFields(u"act"_s, static_cast<int>(seq))));
            }
            dev.bodies.push_back(json({{u"device_id"_s, deviceId}, {u"ops"_s, ops}}).toStdString());
        }
    }
    const std::string path = "/v1/t/" + tenant.toStdString() + "/push";
    // As on a server that has been running: each device's connection on a worker whose
    // PostgreSQL connection is open and has its statements prepared.
    for (Device &dev : fleet) {
        const httplib::Headers headers{{"Coop-Protocol", "1"}, {"Authorization", "Bearer " + dev.token}};
        const auto res = dev.client->Post(path, headers, dev.warmUp, "application/json");
        if (!res || res->status != 200)
            return false;
    }
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (Device &dev : fleet) {
        threads.emplace_back([&dev, &path] {
            const httplib::Headers headers{{"Coop-Protocol", "1"}, {"Authorization", "Bearer " + dev.token}};
            for (const std::string &body : dev.bodies) {
                QElapsedTimer t;
                t.start();
                const auto res = dev.client->Post(path, headers, body, "application/json");
                dev.latencies.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                if (res && res->status == 200)
                    dev.applied += QJsonDocument::fromJson(QByteArray::fromStdString(res->body))
                                       .object()
                                       .value(u"results"_s)
                                       .toArray()
                                       .size();
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    std::vector<double> all;
    qint64 applied = 0;
    for (const Device &dev : fleet) {
        all.insert(all.end(), dev.latencies.begin(), dev.latencies.end());
        applied += dev.applied;
    }
    if (applied != static_cast<qint64>(devices) * ((perDevice + batch - 1) / batch) * batch) {
        std::fprintf(stderr, "push: %lld operations acknowledged out of %d\n", static_cast<long long>(applied),
                     devices * perDevice);
        return false;
    }
    *opsPerSecond = static_cast<double>(applied) / seconds;
    *p50 = percentile(all, 0.50);
    *p99 = percentile(all, 0.99);
    return true;
}

// A new device's first sync over HTTP into a fresh encrypted store: the seconds and the changes.
// CPU seconds of this process so far (the server's threads and the client's), for the figures on
// a shared machine, where wall time also measures the neighbours.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds used so far by the processes named "postgres" on this machine (the cluster the
// benchmark runs against, when it is local): the other half of the work of a sync.
double postgresCpuSeconds()
{
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    double total = 0;
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        QFile stat(dir + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open || line.mid(open + 1, close - open - 1) != "postgres")
            continue;
        // After the name: state, then fields 4.. ; utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 12)
            total += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
    }
    return total;
}

double g_lastCpu = 0;
double g_lastPgCpu = 0;
double g_lastSignIn = 0;

bool firstSync(Bench &b, const QString &tenant, const QString &dir, double *seconds, qint64 *changes)
{
    if (!b.user(u"reader-"_s + tenant, tenant))
        return false;
    StoreCreateOptions create;
    create.tenantId = tenant;
    create.kdf = KdfParams::interactive();
    auto store = Store::create(dir + u"/"_s + tenant + u".coopdesk"_s, u"correct horse battery"_s, create);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return false;
    }
    sync::HttpTransport transport(QUrl(u"http://127.0.0.1:%1"_s.arg(b.port)));
    sync::SyncEngineOptions options;
    options.pullLimit = 5000;
    sync::SyncEngine engine(**store, transport, options);
    QElapsedTimer t;
    t.start();
    const double cpuAtStart = processCpuSeconds();
    const double pgAtStart = postgresCpuSeconds();
    if (auto r = engine.signIn(u"http://127.0.0.1"_s, u"reader-"_s + tenant, kPassword, u"bench"_s); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return false;
    }
    g_lastSignIn = static_cast<double>(t.nsecsElapsed()) / 1e9;
    auto report = engine.syncOnce();
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().toString()));
        return false;
    }
    *seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    g_lastCpu = processCpuSeconds() - cpuAtStart;
    g_lastPgCpu = postgresCpuSeconds() - pgAtStart;
    *changes = report->pulled;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_s);
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int pushOps = option(u"--push-ops"_s, quick ? 200 : 6400);
    const int pullChanges = option(u"--pull-changes"_s, quick ? 2000 : 100000);
    const int yearInvoices = option(u"--year-invoices"_s, quick ? 300 : 10000);
    const qsizetype onlyAt = args.indexOf(u"--only"_s);
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    const auto runs = [&](const QString &part) { return only.isEmpty() || only == part; };
    const int onlyBatch = option(u"--push-batch"_s, 0);
    const int onlyDevices = option(u"--push-devices"_s, 0);

    std::printf("coop_bench_sync (%s build, %u cores)\n", COOP_BENCH_BUILD_TYPE,
                std::thread::hardware_concurrency());
    Bench b;
    if (!b.start())
        return 1;
    QTemporaryDir dir;

    if (runs(u"push"_s)) {
        std::printf("\n1. push, %d operations per configuration (target >= 5000 ops/s)\n", pushOps);
        std::printf("   devices  batch   ops/s    p50 ms   p99 ms   vs target\n");
        double best = 0;
        for (int batch : {1, 10, 100}) {
            if (onlyBatch > 0 && batch != onlyBatch)
                continue;
            for (int devices : {1, 4, 16, 32}) {
                if (onlyDevices > 0 && devices != onlyDevices)
                    continue;
                const int perDevice = std::max(batch, pushOps / devices / batch * batch);
                double rate = 0, p50 = 0, p99 = 0;
                if (!pushRun(b, devices, batch, perDevice, &rate, &p50, &p99))
                    return 1;
                best = std::max(best, rate);
                std::printf("   %7d  %5d  %7.0f  %7.2f  %7.2f   x%.2f\n", devices, batch, rate, p50, p99, rate / 5000.0);
                std::fflush(stdout);
            }
        }
        std::printf("   best: %.0f ops/s   x%.2f of the target\n", best, best / 5000.0);
    }

    if (runs(u"pull"_s)) {
        std::printf("\n2. pull of %d changes into a new encrypted store (target >= 50000 changes/s)\n", pullChanges);
        {
            QList<QJsonObject> ops;
            ops.append(op(1, u"pull"_s, u"activity"_s, u"act"_s, {{u"analytic_code"_s, u"ACT"_s}, {u"name"_s, u"Atelier"_s}}));
            for (int i = 1; i < pullChanges; ++i)
                ops.append(op(i + 1, u"pull"_s, u"customer"_s, u"c%1"_s.arg(i), customerFields(u"act"_s, i)));
            if (!b.seed(u"pull"_s, ops) || !b.settle())
                return 1;
            double seconds = 0;
            qint64 changes = 0;
            if (!firstSync(b, u"pull"_s, dir.path(), &seconds, &changes))
                return 1;
            if (changes != pullChanges) {
                std::fprintf(stderr, "pulled %lld changes, expected %d\n", static_cast<long long>(changes), pullChanges);
                return 1;
            }
            // The rate of the pull and its apply; the sign-in (a password hash on purpose slow)
            // is counted in the first sync below, not here.
            const double pulling = seconds - g_lastSignIn;
            const double rate = static_cast<double>(changes) / pulling;
            std::printf("   %lld changes in %.2f s after a %.2f s sign-in: %.0f changes/s   x%.2f of the target\n",
                        static_cast<long long>(changes), pulling, g_lastSignIn, rate, rate / 50000.0);
            std::printf("   (CPU, sign-in included: %.2f s in the client and server process, %.2f s in PostgreSQL)\n",
                        g_lastCpu, g_lastPgCpu);
        }
    }

    if (runs(u"year"_s)) {
        std::printf("\n3. first sync of an entrepreneur-year (%d invoices, their customers) (target <= 2 s)\n", yearInvoices);
        {
            QList<QJsonObject> ops;
            qint64 seq = 0;
            ops.append(op(++seq, u"year"_s, u"activity"_s, u"act"_s, {{u"analytic_code"_s, u"ACT"_s}, {u"name"_s, u"Atelier"_s}}));
            const int customers = std::max(1, yearInvoices / 30);
            for (int i = 0; i < customers; ++i)
                ops.append(op(++seq, u"year"_s, u"customer"_s, u"c%1"_s.arg(i), customerFields(u"act"_s, i)));
            for (int i = 0; i < yearInvoices; ++i)
                ops.append(op(++seq, u"year"_s, u"sales_document"_s, u"inv%1"_s.arg(i),
                              invoiceFields(u"act"_s, u"c%1"_s.arg(i % customers), i)));
            if (!b.seed(u"year"_s, ops) || !b.settle())
                return 1;
            double seconds = 0;
            qint64 changes = 0;
            if (!firstSync(b, u"year"_s, dir.path(), &seconds, &changes))
                return 1;
            std::printf("   %lld rows in %.2f s (sign-in, pull, apply)   x%.2f of the 2 s budget\n",
                        static_cast<long long>(changes), seconds, seconds / 2.0);
            std::printf("   (CPU: %.2f s in the client and server process, %.2f s in PostgreSQL)\n",
                        g_lastCpu, g_lastPgCpu);
        }
    }
    b.stop();
    return 0;
}
