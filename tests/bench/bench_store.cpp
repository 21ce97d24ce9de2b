// coop_bench_store: the storage benchmark of issue 2 (docs/benchmarks.md). Runs the workload on a
// real CoopDesk store (SQLCipher, opened with its Argon2id key envelope) and, through
// coop_bench_plain in a child process, on plain SQLite through Qt's QSQLITE plugin; prints each
// figure, the ratio SQLCipher/plain and whether it meets the target.
// Usage: coop_bench_store [--rows N] [--repeat K] [--dir FOLDER] [--json]
//
// A benchmark is not pass/fail: the exit code is 0 whatever the ratios. It is non-zero only when
// the comparison itself is void: a side failed, a figure is missing, the two sides read back
// different data or ran with different connection settings.
#include "benchworkload.h"

#include "core/storage/keyenvelope.h"
#include "core/storage/sqlcipherdriver.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace coop::bench;

#ifndef COOP_BENCH_BUILD_TYPE
#define COOP_BENCH_BUILD_TYPE "unknown"
#endif
#ifndef COOPDESK_VERSION
#define COOPDESK_VERSION "0"
#endif

namespace {

constexpr double kTargetRatio = 1.3;
const QString kPassphrase = u"correct horse battery staple"_s;
const QString kPlainProgram = u"coop_bench_plain"_s;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// A real store: Store::create with the default options (KdfParams::moderate(), as the
// application creates one), and Store::open for the open figure.
class StoreBackend final : public Backend
{
public:
    StoreBackend() = default;
    ~StoreBackend() override = default;
    Q_DISABLE_COPY_MOVE(StoreBackend)

    Outcome<> create(const QString &folder) override
    {
        m_path = folder + u"/bench.coopdesk"_s;
        auto store = coop::Store::create(m_path, kPassphrase);
        if (!store)
            return failure(store.error().toString());
        m_store = std::move(*store);
        return {};
    }

    Outcome<> reopen(Figures &figures) override
    {
        m_store.reset();
        QElapsedTimer timer;

        // Store::open's first step on its own: read the envelope, derive (Argon2id), unwrap.
        timer.start();
        auto envelope = coop::KeyEnvelope::load(coop::Store::keyFilePath(m_path));
        if (!envelope)
            return failure(envelope.error().toString());
        auto key = envelope->unwrap(kPassphrase);
        if (!key)
            return failure(key.error().toString());
        figures[figure::openKdf] = msSince(timer);

        auto bare = timeBareConnection(*key);
        key->fill('\0');
        if (!bare)
            return std::unexpected(bare.error());
        figures[figure::openConnection] = *bare;

        timer.start();
        auto store = coop::Store::open(m_path, kPassphrase);
        if (!store)
            return failure(store.error().toString());
        m_store = std::move(*store);
        QSqlQuery first(m_store->database());
        if (!first.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !first.next())
            return failure(u"cannot read the reopened store: %1"_s.arg(first.lastError().text()));
        figures[figure::open] = msSince(timer);
        return {};
    }

    void close() override { m_store.reset(); }

    QSqlDatabase database() const override
    {
        return m_store ? m_store->database() : QSqlDatabase();
    }

    Outcome<QJsonObject> engine() const override
    {
        auto engine = Backend::engine();
        if (!engine)
            return engine;
        static const QStringList pragmas = {u"cipher_version"_s, u"cipher_provider"_s,
                                            u"cipher_provider_version"_s,
                                            u"cipher_memory_security"_s};
        QSqlQuery q(database());
        for (const QString &pragma : pragmas) {
            if (!q.exec(u"PRAGMA "_s + pragma) || !q.next())
                return failure(u"cannot read %1: %2"_s.arg(pragma, q.lastError().text()));
            engine->insert(pragma, q.value(0).toString());
            q.finish();
        }
        return engine;
    }

private:
    // The database part of an open, without the key derivation: a bare SQLCipher connection
    // keyed with the unwrapped data key, with the store's connection settings and a first read.
    Outcome<double> timeBareConnection(const QByteArray &key) const
    {
        const QString name = u"coop-bench-bare-connection"_s;
        Outcome<double> result;
        {
            QElapsedTimer timer;
            timer.start();
            coop::registerSqlCipherDriver();
            QSqlDatabase db = QSqlDatabase::addDatabase(coop::kSqlCipherDriverName, name);
            db.setDatabaseName(m_path);
            db.setPassword(QString::fromLatin1(key.toHex()));
            db.setConnectOptions(u"QSQLCIPHER_NO_CREATE"_s);
            if (!db.open()) {
                result = failure(u"cannot open %1 with its data key: %2"_s.arg(m_path,
                                                                               db.lastError().text()));
            } else if (auto configured = configureConnection(db); !configured) {
                result = std::unexpected(configured.error());
            } else {
                result = msSince(timer);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    QString m_path;
    std::unique_ptr<coop::Store> m_store;
};

struct SideRun
{
    Figures figures;
    QString aggregateChecksum;
    QString scanChecksum;
    QJsonObject settings;
    QJsonObject engine;
};

Outcome<SideRun> runStoreSide(const QList<InvoiceRow> &rows, const QString &folder)
{
    QTemporaryDir dir(folder + u"/coop-bench-store-XXXXXX"_s);
    if (!dir.isValid())
        return failure(u"cannot create a temporary folder in %1: %2"_s.arg(folder, dir.errorString()));
    StoreBackend backend;
    auto run = runWorkload(backend, rows, dir.path());
    if (!run)
        return failure(u"SQLCipher store: "_s + run.error());
    return SideRun{run->figures, run->aggregateChecksum, run->scanChecksum, run->settings,
                   run->engine};
}

// One run of coop_bench_plain in its own process; its JSON report.
Outcome<SideRun> runPlainSide(const QString &program, const Options &options)
{
    QProcess child;
    child.setProgram(program);
    child.setArguments({u"--rows"_s, QString::number(options.rows), u"--repeat"_s, u"1"_s,
                        u"--dir"_s, options.folder});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    if (!child.waitForStarted())
        return failure(u"cannot start %1: %2"_s.arg(program, child.errorString()));
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit)
        return failure(u"%1 crashed"_s.arg(program));
    if (child.exitCode() != 0)
        return failure(u"%1 failed with exit code %2"_s.arg(program).arg(child.exitCode()));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(child.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return failure(u"%1 printed no valid JSON report (%2)"_s.arg(program, error.errorString()));
    const QJsonObject report = document.object();
    const QJsonArray runs = report.value(u"runs"_s).toArray();
    if (runs.size() != 1)
        return failure(u"%1 reported %2 runs instead of 1"_s.arg(program).arg(runs.size()));
    const QJsonObject checksums = report.value(u"checksums"_s).toObject();
    return SideRun{figuresFromJson(runs.at(0).toObject()),
                   checksums.value(u"aggregate"_s).toString(),
                   checksums.value(u"scan"_s).toString(),
                   report.value(u"settings"_s).toObject(),
                   report.value(u"engine"_s).toObject()};
}

Outcome<> checkFigures(const QString &side, const QList<Figures> &runs,
                       const QList<QLatin1StringView> &required)
{
    for (qsizetype i = 0; i < runs.size(); ++i) {
        for (QLatin1StringView name : required) {
            const double value = runs.at(i).value(name, std::nan(""));
            if (!std::isfinite(value) || value < 0)
                return failure(u"%1, run %2: the figure %3 is missing"_s.arg(side).arg(i + 1).arg(name));
        }
    }
    return {};
}

struct Line
{
    QLatin1StringView storeFigure;
    QLatin1StringView plainFigure; // empty: the plain side has no such step
    QString label;
    bool targeted = false;
};

QList<Line> reportLines(int rows)
{
    return {
        {figure::insertOneTransaction, figure::insertOneTransaction,
         u"insert %1 rows, one transaction"_s.arg(rows), true},
        {figure::insertBatched, figure::insertBatched,
         u"insert %1 rows, %2-row transactions"_s.arg(rows).arg(kBatchRows), true},
        {figure::aggregateCold, figure::aggregateCold, u"aggregate by customer, cold cache"_s,
         true},
        {figure::aggregateWarm, figure::aggregateWarm, u"aggregate by customer, warm cache"_s,
         true},
        {figure::scan, figure::scan, u"full scan, warm cache"_s, false},
        {figure::open, figure::open, u"open, total"_s, false},
        {figure::openKdf, {}, u"  of which Argon2id unwrap"_s, false},
        {figure::openConnection, figure::open, u"  connection: key, settings, 1st read"_s, false},
    };
}

QString cpuModel()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                const qsizetype colon = line.indexOf(':');
                return QString::fromUtf8(line.mid(colon + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QJsonObject machine(const Options &options)
{
    const QStorageInfo storage(options.folder);
    return {
        {u"cpu"_s, cpuModel()},
        {u"logical_cpus"_s, QThread::idealThreadCount()},
        {u"os"_s, QSysInfo::prettyProductName()},
        {u"kernel"_s, QSysInfo::kernelVersion()},
        {u"qt_version"_s, QString::fromLatin1(qVersion())},
        {u"build_type"_s, QString::fromUtf8(COOP_BENCH_BUILD_TYPE)},
        {u"folder"_s, options.folder},
        {u"filesystem"_s, QString::fromLatin1(storage.fileSystemType())},
    };
}

QString settingsText(const QJsonObject &settings)
{
    QStringList parts;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        parts.append(it.key() + u'=' + it.value().toString());
    return parts.join(u' ');
}

QJsonArray runsJson(const QList<Figures> &runs)
{
    QJsonArray array;
    for (const Figures &run : runs)
        array.append(toJson(run));
    return array;
}

void print(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fputc('\n', stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "coop_bench_store: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coop_bench_store"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COOPDESK_VERSION));
    const auto options = parseOptions(QCoreApplication::arguments(),
                                      u"CoopDesk storage benchmark: the SQLCipher store against "
                                      "plain SQLite (Qt's QSQLITE), same workload."_s,
                                      true);
    if (!options)
        return fail(options.error());

    const QString plainProgram = QStandardPaths::findExecutable(
        kPlainProgram, {QCoreApplication::applicationDirPath()});
    if (plainProgram.isEmpty())
        return fail(u"%1 is not next to this program in %2; build the target coop_bench_plain"_s
                        .arg(kPlainProgram, QCoreApplication::applicationDirPath()));

    // Untimed: opens the driver, pages in Argon2id's memory and warms the code paths, as the plain
    // side does in its own process.
    if (auto warmUp = runStoreSide(generateInvoices(std::min(options->rows, 2000)),
                                   options->folder);
        !warmUp)
        return fail(warmUp.error());

    // Rounds alternate the two sides, so that a burst of load on a shared machine does not fall
    // on one side only.
    const QList<InvoiceRow> rows = generateInvoices(options->rows);
    QList<Figures> storeRuns;
    QList<Figures> plainRuns;
    SideRun lastStore;
    SideRun lastPlain;
    for (int round = 1; round <= options->repeat; ++round) {
        std::fprintf(stderr, "round %d/%d: plain SQLite...\n", round, options->repeat);
        auto plain = runPlainSide(plainProgram, *options);
        if (!plain)
            return fail(plain.error());
        std::fprintf(stderr, "round %d/%d: SQLCipher store...\n", round, options->repeat);
        auto store = runStoreSide(rows, options->folder);
        if (!store)
            return fail(store.error());
        if (store->aggregateChecksum != plain->aggregateChecksum
            || store->scanChecksum != plain->scanChecksum)
            return fail(u"the two sides read back different data (aggregate %1 / %2, scan %3 / %4)"_s
                            .arg(store->aggregateChecksum, plain->aggregateChecksum,
                                 store->scanChecksum, plain->scanChecksum));
        if (store->settings != plain->settings)
            return fail(u"the two sides ran with different connection settings: store {%1}, "
                        "plain {%2}; update connectionPragmas() in tests/bench"_s
                            .arg(settingsText(store->settings), settingsText(plain->settings)));
        storeRuns.append(store->figures);
        plainRuns.append(plain->figures);
        lastStore = *store;
        lastPlain = *plain;
    }

    QList<QLatin1StringView> storeRequired = workloadFigures();
    storeRequired << figure::openKdf << figure::openConnection;
    if (auto checked = checkFigures(u"SQLCipher store"_s, storeRuns, storeRequired); !checked)
        return fail(checked.error());
    if (auto checked = checkFigures(u"plain SQLite"_s, plainRuns, workloadFigures()); !checked)
        return fail(checked.error());

    const Figures storeMedian = medianFigures(storeRuns);
    const Figures plainMedian = medianFigures(plainRuns);
    // On a loaded machine the noise only ever adds time: the minimum shows the floor under the
    // median (JSON only; the verdict uses the median).
    const Figures storeMinimum = minimumFigures(storeRuns);
    const Figures plainMinimum = minimumFigures(plainRuns);
    const QJsonObject machineInfo = machine(*options);

    QJsonArray figuresJson;
    QStringList table;
    QStringList missed;
    int targeted = 0;
    table.append(u"%1 %2 %3 %4  %5"_s.arg(u"operation"_s, -40)
                     .arg(u"SQLCipher ms"_s, 12)
                     .arg(u"plain ms"_s, 10)
                     .arg(u"ratio"_s, 8)
                     .arg(u"target <= %1"_s.arg(kTargetRatio)));
    for (const Line &line : reportLines(options->rows)) {
        const double storeMs = storeMedian.value(line.storeFigure);
        const bool compared = !line.plainFigure.isEmpty();
        const double plainMs = compared ? plainMedian.value(line.plainFigure) : 0;
        const double ratio = compared && plainMs > 0 ? storeMs / plainMs : std::nan("");
        const bool met = line.targeted && std::isfinite(ratio) && ratio <= kTargetRatio;
        if (line.targeted) {
            ++targeted;
            if (!met)
                missed.append(line.label);
        }
        QJsonObject entry{
            {u"figure"_s, QString(line.storeFigure)},
            {u"operation"_s, line.label.trimmed()},
            {u"sqlcipher_ms"_s, storeMs},
            {u"plain_ms"_s, compared ? QJsonValue(plainMs) : QJsonValue()},
            {u"ratio"_s, std::isfinite(ratio) ? QJsonValue(ratio) : QJsonValue()},
            {u"sqlcipher_min_ms"_s, storeMinimum.value(line.storeFigure)},
            {u"plain_min_ms"_s,
             compared ? QJsonValue(plainMinimum.value(line.plainFigure)) : QJsonValue()},
            {u"targeted"_s, line.targeted},
            {u"target_met"_s, line.targeted ? QJsonValue(met) : QJsonValue()},
        };
        figuresJson.append(entry);
        table.append(u"%1 %2 %3 %4  %5"_s.arg(line.label, -40)
                         .arg(QString::number(storeMs, 'f', 1), 12)
                         .arg(compared ? QString::number(plainMs, 'f', 1) : u"-"_s, 10)
                         .arg(std::isfinite(ratio) ? QString::number(ratio, 'f', 2) : u"-"_s, 8)
                         .arg(line.targeted ? (met ? u"met"_s : u"MISSED"_s) : u"-"_s));
    }

    if (options->json) {
        const QJsonObject report{
            {u"benchmark"_s, u"coopdesk-storage"_s},
            {u"rows"_s, options->rows},
            {u"customers"_s, kCustomers},
            {u"batch_rows"_s, kBatchRows},
            {u"repeat"_s, options->repeat},
            {u"statistic"_s, u"median"_s},
            {u"target_ratio"_s, kTargetRatio},
            {u"machine"_s, machineInfo},
            {u"sqlcipher"_s, QJsonObject{{u"engine"_s, lastStore.engine},
                                         {u"settings"_s, lastStore.settings}}},
            {u"plain"_s, QJsonObject{{u"engine"_s, lastPlain.engine},
                                     {u"settings"_s, lastPlain.settings}}},
            {u"figures"_s, figuresJson},
            {u"runs"_s, QJsonObject{{u"sqlcipher"_s, runsJson(storeRuns)},
                                    {u"plain"_s, runsJson(plainRuns)}}},
            {u"target_met"_s, missed.isEmpty()},
        };
        const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
        return 0;
    }

    const QJsonObject &cipher = lastStore.engine;
    print(u"CoopDesk storage benchmark: %1 invoice-like rows, %2 customers, median of %3 run(s)"_s
              .arg(options->rows)
              .arg(kCustomers)
              .arg(options->repeat));
    print(u"machine:   %1, %2 logical CPUs; %3, kernel %4"_s.arg(
        machineInfo.value(u"cpu"_s).toString(),
        QString::number(machineInfo.value(u"logical_cpus"_s).toInt()),
        machineInfo.value(u"os"_s).toString(), machineInfo.value(u"kernel"_s).toString()));
    print(u"build:     %1; Qt %2"_s.arg(machineInfo.value(u"build_type"_s).toString(),
                                        machineInfo.value(u"qt_version"_s).toString()));
    print(u"SQLCipher: %1 on SQLite %2, provider %3 %4, cipher_memory_security=%5"_s.arg(
        cipher.value(u"cipher_version"_s).toString(), cipher.value(u"sqlite_version"_s).toString(),
        cipher.value(u"cipher_provider"_s).toString(),
        cipher.value(u"cipher_provider_version"_s).toString(),
        cipher.value(u"cipher_memory_security"_s).toString()));
    print(u"plain:     SQLite %1 through Qt's QSQLITE plugin"_s.arg(
        lastPlain.engine.value(u"sqlite_version"_s).toString()));
    print(u"files:     %1 (%2)"_s.arg(options->folder,
                                      machineInfo.value(u"filesystem"_s).toString()));
    print(u"settings:  %1 (both sides)"_s.arg(settingsText(lastStore.settings)));
    print(QString());
    for (const QString &line : std::as_const(table))
        print(line);
    print(QString());
    print(missed.isEmpty()
              ? u"verdict:   SQLCipher/plain <= %1 on all %2 targeted operations"_s
                    .arg(kTargetRatio)
                    .arg(targeted)
              : u"verdict:   ratio above %1 on %2 of %3 targeted operations: %4"_s
                    .arg(kTargetRatio)
                    .arg(missed.size())
                    .arg(targeted)
                    .arg(missed.join(u"; "_s)));
    return 0;
}
