#include "benchworkload.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <cstddef>

using namespace Qt::StringLiterals;

namespace coop::bench {
namespace {

constexpr quint32 kSeed = 20240601;

constexpr QStringView kStatuses[] = {u"draft", u"issued", u"paid", u"paid", u"paid", u"cancelled"};
constexpr qint64 kVatBasisPoints[] = {2000, 2000, 2000, 1000, 550, 0};
// Notes are French words, accents included, so that text takes its real UTF-8 size.
constexpr QStringView kWords[] = {
    u"prestation", u"de",       u"conseil",  u"formation",   u"atelier", u"acompte",
    u"réglé",      u"par",      u"virement", u"échéance",    u"à",       u"30",
    u"jours",      u"mission",  u"suivi",    u"déplacement", u"inclus",  u"remise",
    u"fidélité",   u"client",   u"bon",      u"commande",    u"n°",      u"2024",
};

template<typename T, std::size_t N>
int pick(QRandomGenerator &random, const T (&)[N])
{
    return random.bounded(static_cast<int>(N));
}

// Order-independent, so that the two engines may return groups and rows in any order.
class Checksum
{
public:
    void addRow(quint64 rowHash) { m_sum += rowHash; ++m_rows; }
    QString text() const { return u"%1:%2"_s.arg(m_rows).arg(m_sum, 16, 16, QLatin1Char('0')); }
    qint64 rows() const { return m_rows; }

private:
    quint64 m_sum = 0;
    qint64 m_rows = 0;
};

// FNV-1a over 64-bit words: enough to notice a value that differs between the two engines.
class RowHash
{
public:
    void add(quint64 word)
    {
        m_hash ^= word;
        m_hash *= 1099511628211ULL;
    }
    void add(qint64 value) { add(static_cast<quint64>(value)); }
    void add(const QString &text)
    {
        add(static_cast<quint64>(text.size()));
        add(static_cast<quint64>(text.isEmpty() ? 0 : text.front().unicode()));
        add(static_cast<quint64>(text.isEmpty() ? 0 : text.back().unicode()));
    }
    quint64 value() const { return m_hash; }

private:
    quint64 m_hash = 14695981039346656037ULL;
};

std::unexpected<QString> sqlFailure(const QString &what, const QSqlError &error)
{
    return failure(what + u": "_s + error.text().trimmed());
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

const QStringList kTables = {u"invoice"_s, u"invoice_batched"_s};

Outcome<> createSchema(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const QString &table : kTables) {
        const QStringList statements = {
            u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, number TEXT NOT NULL, "
            "customer_id INTEGER NOT NULL, issue_date TEXT NOT NULL, total_ht INTEGER NOT NULL, "
            "total_vat INTEGER NOT NULL, total_ttc INTEGER NOT NULL, status TEXT NOT NULL, "
            "notes TEXT)"_s.arg(table),
            u"CREATE INDEX %1_customer ON %1 (customer_id)"_s.arg(table),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return sqlFailure(u"cannot create the workload's tables"_s, q.lastError());
        }
    }
    return {};
}

// Inserts `rows` into `table` through one prepared statement, committing every `batch` rows.
// The statement is prepared before the clock starts; the clock stops after the last commit.
Outcome<double> insertRows(const QSqlDatabase &db, const QString &table,
                           const QList<InvoiceRow> &rows, qsizetype batch)
{
    QSqlDatabase connection = db;
    QSqlQuery q(connection);
    if (!q.prepare(u"INSERT INTO %1 (number, customer_id, issue_date, total_ht, total_vat, "
                   "total_ttc, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(table)))
        return sqlFailure(u"cannot prepare the insert into %1"_s.arg(table), q.lastError());

    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < rows.size(); first += batch) {
        if (!connection.transaction())
            return sqlFailure(u"cannot begin a transaction"_s, connection.lastError());
        const qsizetype end = std::min(rows.size(), first + batch);
        for (qsizetype i = first; i < end; ++i) {
            const InvoiceRow &row = rows.at(i);
            q.bindValue(0, row.number);
            q.bindValue(1, row.customerId);
            q.bindValue(2, row.issueDate);
            q.bindValue(3, row.totalHt);
            q.bindValue(4, row.totalVat);
            q.bindValue(5, row.totalTtc);
            q.bindValue(6, row.status);
            q.bindValue(7, row.notes);
            if (!q.exec()) {
                const QSqlError error = q.lastError();
                connection.rollback();
                return sqlFailure(u"cannot insert row %1 into %2"_s.arg(i + 1).arg(table), error);
            }
        }
        if (!connection.commit())
            return sqlFailure(u"cannot commit into %1"_s.arg(table), connection.lastError());
    }
    return elapsedMs(timer);
}

Outcome<qint64> rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !q.next())
        return sqlFailure(u"cannot count the rows of %1"_s.arg(table), q.lastError());
    return q.value(0).toLongLong();
}

struct Timed
{
    double ms = 0;
    QString checksum;
};

// Runs `sql` forward-only and hands every row to `touch`; the clock covers preparing, stepping
// and reading every value.
template<typename Touch>
Outcome<Timed> timedSelect(const QSqlDatabase &db, const QString &sql, Touch touch)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlFailure(u"cannot run \"%1\""_s.arg(sql), q.lastError());
    Checksum checksum;
    while (q.next())
        checksum.addRow(touch(q));
    if (q.lastError().isValid())
        return sqlFailure(u"cannot read the rows of \"%1\""_s.arg(sql), q.lastError());
    const double ms = elapsedMs(timer);
    if (checksum.rows() == 0)
        return failure(u"\"%1\" returned no row"_s.arg(sql));
    return Timed{ms, checksum.text()};
}

Outcome<Timed> aggregateByCustomer(const QSqlDatabase &db)
{
    return timedSelect(db,
                       u"SELECT customer_id, count(*), sum(total_ht), sum(total_vat), "
                       "sum(total_ttc) FROM invoice GROUP BY customer_id"_s,
                       [](const QSqlQuery &q) {
                           RowHash hash;
                           for (int column = 0; column < 5; ++column)
                               hash.add(q.value(column).toLongLong());
                           return hash.value();
                       });
}

Outcome<Timed> fullScan(const QSqlDatabase &db)
{
    return timedSelect(db, u"SELECT * FROM invoice"_s, [](const QSqlQuery &q) {
        // Columns in table order: id, number, customer_id, issue_date, total_ht, total_vat,
        // total_ttc, status, notes.
        RowHash hash;
        hash.add(q.value(0).toLongLong());
        hash.add(q.value(1).toString());
        hash.add(q.value(2).toLongLong());
        hash.add(q.value(3).toString());
        hash.add(q.value(4).toLongLong());
        hash.add(q.value(5).toLongLong());
        hash.add(q.value(6).toLongLong());
        hash.add(q.value(7).toString());
        hash.add(q.value(8).toString());
        return hash.value();
    });
}

// Runs `measure` kWarmRepeats times on a warm cache; the median, and a check that every
// repetition read the same values.
template<typename Measure>
Outcome<Timed> warmMedian(Measure measure, const QString &expectedChecksum)
{
    QList<double> times;
    for (int i = 0; i < kWarmRepeats; ++i) {
        auto timed = measure();
        if (!timed)
            return std::unexpected(timed.error());
        if (timed->checksum != expectedChecksum)
            return failure(u"a repeated query read different values (%1, then %2)"_s
                               .arg(expectedChecksum, timed->checksum));
        times.append(timed->ms);
    }
    return Timed{median(times), expectedChecksum};
}

Outcome<RunResult> runOn(Backend &backend, const QList<InvoiceRow> &rows, const QString &folder)
{
    if (rows.isEmpty())
        return failure(u"the workload needs at least one row"_s);
    if (auto created = backend.create(folder); !created)
        return std::unexpected(created.error());
    if (auto schema = createSchema(backend.database()); !schema)
        return std::unexpected(schema.error());

    RunResult run;
    auto one = insertRows(backend.database(), kTables.at(0), rows, rows.size());
    if (!one)
        return std::unexpected(one.error());
    run.figures[figure::insertOneTransaction] = *one;

    auto batched = insertRows(backend.database(), kTables.at(1), rows, kBatchRows);
    if (!batched)
        return std::unexpected(batched.error());
    run.figures[figure::insertBatched] = *batched;

    for (const QString &table : kTables) {
        auto count = rowCount(backend.database(), table);
        if (!count)
            return std::unexpected(count.error());
        if (*count != rows.size())
            return failure(u"%1 holds %2 rows instead of %3"_s.arg(table).arg(*count).arg(rows.size()));
    }

    // Closing drops the page cache: the first aggregate reads (and, on SQLCipher, decrypts and
    // authenticates) every page it needs from the file, which the OS still caches.
    if (auto reopened = backend.reopen(run.figures); !reopened)
        return std::unexpected(reopened.error());

    auto cold = aggregateByCustomer(backend.database());
    if (!cold)
        return std::unexpected(cold.error());
    run.figures[figure::aggregateCold] = cold->ms;
    run.aggregateChecksum = cold->checksum;

    auto warm = warmMedian([&] { return aggregateByCustomer(backend.database()); },
                           cold->checksum);
    if (!warm)
        return std::unexpected(warm.error());
    run.figures[figure::aggregateWarm] = warm->ms;

    // The first scan warms what the aggregate did not read; it is checked but not counted.
    auto first = fullScan(backend.database());
    if (!first)
        return std::unexpected(first.error());
    auto scan = warmMedian([&] { return fullScan(backend.database()); }, first->checksum);
    if (!scan)
        return std::unexpected(scan.error());
    run.figures[figure::scan] = scan->ms;
    run.scanChecksum = scan->checksum;

    auto settings = connectionSettings(backend.database());
    if (!settings)
        return std::unexpected(settings.error());
    run.settings = *settings;
    auto engine = backend.engine();
    if (!engine)
        return std::unexpected(engine.error());
    run.engine = *engine;
    return run;
}

} // namespace

QList<QLatin1StringView> workloadFigures()
{
    return {figure::insertOneTransaction, figure::insertBatched, figure::aggregateCold,
            figure::aggregateWarm, figure::scan, figure::open};
}

QList<InvoiceRow> generateInvoices(int count)
{
    QRandomGenerator random(kSeed);
    const QDate firstDay(2024, 1, 1);
    QList<InvoiceRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        InvoiceRow row;
        row.number = u"FA-2024-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        row.customerId = random.bounded(1, kCustomers + 1);
        row.issueDate = firstDay.addDays(random.bounded(366)).toString(Qt::ISODate);
        row.totalHt = random.bounded(1000, 5000000);
        // Half up, on positive amounts only.
        row.totalVat = (row.totalHt * kVatBasisPoints[pick(random, kVatBasisPoints)] + 5000) / 10000;
        row.totalTtc = row.totalHt + row.totalVat;
        row.status = kStatuses[pick(random, kStatuses)].toString();
        const qsizetype length = 50 + random.bounded(21);
        QString notes;
        while (notes.size() < length) {
            if (!notes.isEmpty())
                notes += u' ';
            notes += kWords[pick(random, kWords)];
        }
        notes.truncate(length);
        row.notes = notes;
        rows.append(std::move(row));
    }
    return rows;
}

QStringList connectionPragmas()
{
    return {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
            u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
            u"PRAGMA cache_size = -65536"_s};
}

Outcome<> configureConnection(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const QString &pragma : connectionPragmas()) {
        if (!q.exec(pragma))
            return sqlFailure(u"cannot apply \"%1\""_s.arg(pragma), q.lastError());
    }
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next())
        return sqlFailure(u"cannot read the database"_s, q.lastError());
    return {};
}

Outcome<QJsonObject> connectionSettings(const QSqlDatabase &db)
{
    static const QStringList names = {u"journal_mode"_s,  u"synchronous"_s, u"foreign_keys"_s,
                                      u"temp_store"_s,    u"cache_size"_s,  u"page_size"_s,
                                      u"mmap_size"_s,     u"wal_autocheckpoint"_s,
                                      u"locking_mode"_s};
    QJsonObject settings;
    QSqlQuery q(db);
    for (const QString &name : names) {
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return sqlFailure(u"cannot read the setting %1"_s.arg(name), q.lastError());
        settings.insert(name, q.value(0).toString());
        q.finish();
    }
    return settings;
}

Outcome<QJsonObject> Backend::engine() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT sqlite_version()"_s) || !q.next())
        return sqlFailure(u"cannot read the SQLite version"_s, q.lastError());
    return QJsonObject{{u"sqlite_version"_s, q.value(0).toString()}};
}

Outcome<RunResult> runWorkload(Backend &backend, const QList<InvoiceRow> &rows,
                               const QString &folder)
{
    auto run = runOn(backend, rows, folder);
    backend.close();
    return run;
}

Outcome<Options> parseOptions(const QStringList &arguments, const QString &description,
                              bool withJson)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows per insert (default %1)."_s.arg(kDefaultRows),
                                        u"N"_s, QString::number(kDefaultRows));
    const QCommandLineOption repeatOption(u"repeat"_s,
                                          u"Runs; each figure is their median (default 3)."_s,
                                          u"K"_s, u"3"_s);
    const QCommandLineOption dirOption(u"dir"_s,
                                       u"Folder for the temporary databases (default: the system's "
                                       "temporary folder)."_s,
                                       u"FOLDER"_s, QDir::tempPath());
    const QCommandLineOption jsonOption(u"json"_s, u"Print the results as JSON."_s);
    parser.addOptions({rowsOption, repeatOption, dirOption});
    if (withJson)
        parser.addOption(jsonOption);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return failure(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    Options options;
    bool ok = false;
    options.rows = parser.value(rowsOption).toInt(&ok);
    if (!ok || options.rows < 1)
        return failure(u"--rows takes a positive number, not \"%1\""_s.arg(parser.value(rowsOption)));
    options.repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || options.repeat < 1)
        return failure(u"--repeat takes a positive number, not \"%1\""_s.arg(parser.value(repeatOption)));
    options.folder = QDir(parser.value(dirOption)).absolutePath();
    if (!QDir(options.folder).exists())
        return failure(u"the folder %1 does not exist"_s.arg(options.folder));
    options.json = withJson && parser.isSet(jsonOption);
    return options;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values.at(middle)
                                  : (values.at(middle - 1) + values.at(middle)) / 2;
}

namespace {

template<typename Statistic>
Figures summarise(const QList<Figures> &runs, Statistic statistic)
{
    QMap<QString, QList<double>> byName;
    for (const Figures &run : runs) {
        for (auto it = run.cbegin(); it != run.cend(); ++it)
            byName[it.key()].append(it.value());
    }
    Figures summary;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        summary.insert(it.key(), statistic(it.value()));
    return summary;
}

} // namespace

Figures medianFigures(const QList<Figures> &runs)
{
    return summarise(runs, [](const QList<double> &values) { return median(values); });
}

Figures minimumFigures(const QList<Figures> &runs)
{
    return summarise(runs, [](const QList<double> &values) {
        return *std::min_element(values.begin(), values.end());
    });
}

QJsonObject toJson(const Figures &figures)
{
    QJsonObject object;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Figures figuresFromJson(const QJsonObject &object)
{
    Figures figures;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isDouble())
            figures.insert(it.key(), it.value().toDouble());
    }
    return figures;
}

} // namespace coop::bench
