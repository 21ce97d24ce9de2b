#include "pgtest.h"

#include "server/pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace coop::test {

namespace {

constexpr int DropAttempts = 20;
constexpr unsigned long DropRetryMs = 250;

// The private cluster of this process (declared in this order so that it stops before its folder
// goes).
struct PrivateServer
{
    QTemporaryDir folder{QDir(QDir::tempPath()).filePath(u"coop-pg-XXXXXX"_s)};
    std::unique_ptr<server::PostgresCluster> cluster;
};

std::mutex serverMutex;
std::optional<Result<server::PgConnectionInfo>> serverAnswer;
PrivateServer *privateServer = nullptr;
std::atomic<quint64> databaseCounter{0};

void stopPrivateServer()
{
    std::lock_guard lock(serverMutex);
    delete privateServer;
    privateServer = nullptr;
}

Result<server::PgConnectionInfo> startPrivateServer()
{
    auto holder = std::make_unique<PrivateServer>();
    if (!holder->folder.isValid()) {
        return fail(ErrorCode::Io, u"cannot create a temporary folder for PostgreSQL in %1: %2"_s
                                       .arg(QDir::tempPath(), holder->folder.errorString()));
    }
    server::PostgresCluster::Options options;
    options.durable = false;
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        options.runAsUser = u"postgres"_s;
#endif
    auto cluster = server::PostgresCluster::start(holder->folder.path(), options);
    if (!cluster)
        return fail(cluster.error());
    holder->cluster = std::move(*cluster);
    const server::PgConnectionInfo info = holder->cluster->connectionInfo();
    privateServer = holder.release();
    // Stopped with the application object (QTest's main), or at exit without one.
    if (QCoreApplication::instance() != nullptr)
        qAddPostRoutine([] { stopPrivateServer(); });
    std::atexit([] { stopPrivateServer(); });
    return info;
}

} // namespace

Result<server::PgConnectionInfo> testPostgres()
{
    std::lock_guard lock(serverMutex);
    if (serverAnswer)
        return *serverAnswer;
    const QString url = qEnvironmentVariable("COOP_TEST_PG");
    if (!url.isEmpty()) {
        auto info = server::PgConnectionInfo::fromUrl(url);
        if (info) {
            serverAnswer = *info;
        } else {
            serverAnswer = fail(ErrorCode::InvalidArgument,
                                u"COOP_TEST_PG is not a PostgreSQL URL (%1)"_s.arg(info.error().toString()));
        }
        return *serverAnswer;
    }
    auto started = startPrivateServer();
    if (started) {
        serverAnswer = *started;
    } else {
        serverAnswer = fail(started.error().code(),
                            u"no PostgreSQL for the tests: COOP_TEST_PG is not set and a private "
                            "cluster could not start: %1"_s.arg(started.error().toString()));
    }
    return *serverAnswer;
}

PgDatabase::PgDatabase()
{
    auto server = testPostgres();
    if (!server) {
        m_error = server.error().toString();
        return;
    }
    m_admin = *server;
    // Unique across processes and machines sharing one server: process, counter, random part.
    m_name = u"coop_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                 .arg(databaseCounter.fetch_add(1))
                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    auto created = server::withPgConnection(m_admin, [&](QSqlDatabase &db) {
        return server::pgExec(db,
                              u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(server::pgQuoteIdentifier(m_name)),
                              u"cannot create the test database %1:"_s.arg(m_name));
    });
    if (!created) {
        m_error = created.error().toString();
        return;
    }
    m_info = m_admin.withDatabase(m_name);
    m_created = true;
}

PgDatabase::~PgDatabase()
{
    if (!m_created)
        return;
    auto dropped = server::withPgConnection(m_admin, [&](QSqlDatabase &db) -> Result<void> {
        Result<void> result;
        for (int attempt = 0; attempt < DropAttempts; ++attempt) {
            QSqlQuery terminate(db);
            terminate.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = ? AND pid <> pg_backend_pid()"_s);
            terminate.addBindValue(m_name);
            terminate.exec();
            result = server::pgExec(db, u"DROP DATABASE IF EXISTS %1"_s.arg(server::pgQuoteIdentifier(m_name)),
                                    u"cannot drop the test database %1:"_s.arg(m_name));
            if (result)
                return result;
            // A session that was just ended may take a moment to leave.
            QThread::msleep(DropRetryMs);
        }
        return result;
    });
    if (!dropped)
        qWarning("PgDatabase: %s", qPrintable(dropped.error().toString()));
}

} // namespace coop::test
