// coop_bench_plain: the reference side of the storage benchmark. Runs the workload on a plain
// SQLite file through Qt's stock QSQLITE plugin and prints its figures as JSON on stdout, for
// coop_bench_store, which launches it: the plugin's SQLite and SQLCipher must never share a
// process (DESIGN.md §5). This program never links or loads SQLCipher.
// Usage: coop_bench_plain [--rows N] [--repeat K] [--dir FOLDER]
#include "benchworkload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace coop::bench;

namespace {

class PlainBackend final : public Backend
{
public:
    PlainBackend() = default;
    ~PlainBackend() override { close(); }
    Q_DISABLE_COPY_MOVE(PlainBackend)

    Outcome<> create(const QString &folder) override
    {
        m_path = folder + u"/bench.sqlite"_s;
        return openConnection();
    }

    Outcome<> reopen(Figures &figures) override
    {
        close();
        QElapsedTimer timer;
        timer.start();
        auto opened = openConnection();
        figures[figure::open] = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return opened;
    }

    void close() override
    {
        if (m_connection.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }

    QSqlDatabase database() const override { return QSqlDatabase::database(m_connection, false); }

private:
    // The same steps as a store connection without the key: open, settings, first read.
    Outcome<> openConnection()
    {
        static int counter = 0;
        m_connection = u"coop-bench-plain-%1"_s.arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        if (!db.isValid())
            return failure(u"Qt's QSQLITE plugin is not installed"_s);
        db.setDatabaseName(m_path);
        if (!db.open())
            return failure(u"cannot open %1: %2"_s.arg(m_path, db.lastError().text()));
        return configureConnection(db);
    }

    QString m_path;
    QString m_connection;
};

Outcome<RunResult> runOnce(const QList<InvoiceRow> &rows, const QString &folder)
{
    QTemporaryDir dir(folder + u"/coop-bench-plain-XXXXXX"_s);
    if (!dir.isValid())
        return failure(u"cannot create a temporary folder in %1: %2"_s.arg(folder, dir.errorString()));
    PlainBackend backend;
    return runWorkload(backend, rows, dir.path());
}

int fail(const QString &message)
{
    std::fprintf(stderr, "coop_bench_plain: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"coop_bench_plain"_s);
    const auto options = parseOptions(QCoreApplication::arguments(),
                                      u"Plain SQLite side of the CoopDesk storage benchmark; "
                                      "prints JSON."_s,
                                      false);
    if (!options)
        return fail(options.error());

    // A small untimed run first loads the plugin and warms the code paths, as the store side does.
    if (auto warmUp = runOnce(generateInvoices(std::min(options->rows, 2000)), options->folder);
        !warmUp)
        return fail(warmUp.error());

    const QList<InvoiceRow> rows = generateInvoices(options->rows);
    QList<Figures> runs;
    RunResult last;
    for (int i = 0; i < options->repeat; ++i) {
        auto run = runOnce(rows, options->folder);
        if (!run)
            return fail(run.error());
        if (i > 0 && (run->aggregateChecksum != last.aggregateChecksum
                      || run->scanChecksum != last.scanChecksum))
            return fail(u"two runs of the same workload read different values"_s);
        runs.append(run->figures);
        last = *run;
    }

    QJsonArray runsJson;
    for (const Figures &run : std::as_const(runs))
        runsJson.append(toJson(run));
    QJsonObject engine = last.engine;
    engine.insert(u"driver"_s, u"QSQLITE"_s);
    engine.insert(u"qt_version"_s, QString::fromLatin1(qVersion()));
    const QJsonObject report{
        {u"side"_s, u"plain"_s},
        {u"rows"_s, options->rows},
        {u"repeat"_s, options->repeat},
        {u"engine"_s, engine},
        {u"settings"_s, last.settings},
        {u"checksums"_s,
         QJsonObject{{u"aggregate"_s, last.aggregateChecksum}, {u"scan"_s, last.scanChecksum}}},
        {u"runs"_s, runsJson},
        {u"median"_s, toJson(medianFigures(runs))},
    };
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    return 0;
}
