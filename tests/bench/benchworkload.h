#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <expected>
#include <utility>

// The storage benchmark's workload, shared by coop_bench_store (the SQLCipher store) and
// coop_bench_plain (Qt's stock QSQLITE plugin). This library links Qt6::Sql only: it must never
// bring a SQLite library of its own into either process (DESIGN.md §5).
//
// Timings are milliseconds of wall-clock time (QElapsedTimer, nanosecond resolution) as double;
// no amount of money passes through them.
namespace coop::bench {

template<typename T = void>
using Outcome = std::expected<T, QString>;

inline std::unexpected<QString> failure(QString message)
{
    return std::unexpected<QString>(std::move(message));
}

// Figure names, as they appear in the JSON that the two programs exchange.
namespace figure {
inline constexpr auto insertOneTransaction = QLatin1StringView("insert_one_transaction");
inline constexpr auto insertBatched = QLatin1StringView("insert_batched");
inline constexpr auto aggregateCold = QLatin1StringView("aggregate_cold");
inline constexpr auto aggregateWarm = QLatin1StringView("aggregate_warm");
inline constexpr auto scan = QLatin1StringView("scan");
inline constexpr auto open = QLatin1StringView("open");
// The store's open split from outside: the Argon2id unwrap alone, and a bare SQLCipher connection
// keyed with the data key (key setup, cipher and connection settings, first read).
inline constexpr auto openKdf = QLatin1StringView("open_kdf");
inline constexpr auto openConnection = QLatin1StringView("open_connection");
} // namespace figure

// What every run of the workload reports, whichever engine it ran on.
QList<QLatin1StringView> workloadFigures();

inline constexpr int kBatchRows = 1000;
inline constexpr int kCustomers = 2000;
inline constexpr int kDefaultRows = 100000;
inline constexpr int kWarmRepeats = 3;

using Figures = QMap<QString, double>;

// One invoice-like row; amounts in cents.
struct InvoiceRow
{
    QString number;
    qint64 customerId = 0;
    QString issueDate;
    qint64 totalHt = 0;
    qint64 totalVat = 0;
    qint64 totalTtc = 0;
    QString status;
    QString notes;
};

// `count` rows from a fixed seed: the same on every run, process and machine.
QList<InvoiceRow> generateInvoices(int count);

// The connection settings of a store connection, copied from kConnectionPragmas in
// core/storage/store.cpp. The plain side applies them; both sides report what their connection
// actually runs with (connectionSettings), so a drift between this copy and the store shows.
QStringList connectionPragmas();

// Applies connectionPragmas() and does the first read of the file.
Outcome<> configureConnection(const QSqlDatabase &db);

// The settings that decide how fast the engine is, as the connection reports them.
Outcome<QJsonObject> connectionSettings(const QSqlDatabase &db);

// The engine under test: how its database is created, closed and opened again.
class Backend
{
public:
    virtual ~Backend() = default;
    // A new database in `folder`, open and configured, with no table of the workload yet.
    virtual Outcome<> create(const QString &folder) = 0;
    // Closes the connection and opens it again (so the page cache is cold), recording the time
    // to open in `figures` (figure::open, and the split where the engine has one).
    virtual Outcome<> reopen(Figures &figures) = 0;
    virtual void close() = 0;
    virtual QSqlDatabase database() const = 0;
    // The engine's versions, read on the open connection: sqlite_version() here.
    virtual Outcome<QJsonObject> engine() const;
};

struct RunResult
{
    Figures figures;
    // Checks that both engines read back the same data: they are compared across processes.
    QString aggregateChecksum;
    QString scanChecksum;
    QJsonObject settings;
    QJsonObject engine;
};

// One run on a fresh database in `folder`: insert `rows` in one transaction, the same rows into
// an empty table in kBatchRows-row transactions, reopen, aggregate by customer (cold, then warm),
// full scan (warm). Closes the backend before returning.
Outcome<RunResult> runWorkload(Backend &backend, const QList<InvoiceRow> &rows,
                               const QString &folder);

struct Options
{
    int rows = kDefaultRows;
    int repeat = 3;
    QString folder;
    bool json = false;
};

// --rows, --repeat, --dir, and --json when `withJson`; --help prints the usage and exits.
Outcome<Options> parseOptions(const QStringList &arguments, const QString &description,
                              bool withJson);

double median(QList<double> values);

// The median (or the minimum) of each figure over several runs; a figure missing from a run is
// left out.
Figures medianFigures(const QList<Figures> &runs);
Figures minimumFigures(const QList<Figures> &runs);

QJsonObject toJson(const Figures &figures);
Figures figuresFromJson(const QJsonObject &object);

} // namespace coop::bench
