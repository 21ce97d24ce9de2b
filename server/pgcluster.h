#pragma once

#include "pgconnection.h"

#include "core/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QProcess;

namespace coop::server {

// How PostgresCluster::start() creates and runs the cluster.
struct PostgresClusterOptions
{
    // The cluster's superuser, the user connectionInfo() names.
    QString superuser = QStringLiteral("coopdesk");
    // Only names the socket (.s.PGSQL.<port>): there is no TCP listener.
    int port = PgConnectionInfo::DefaultPort;
    // The system user to run PostgreSQL as when this process is root; ignored otherwise
    // when it is the current user.
    QString runAsUser;
    // The folder of initdb and postgres; found when empty (see findBinDir()).
    QString binDir;
    // false: no fsync (initdb --no-sync, fsync=off): for throw-away clusters of tests only,
    // a machine crash can corrupt such a cluster.
    bool durable = true;
    // Extra server settings (postgres -c name=value), e.g. max_connections.
    QMap<QString, QString> settings;
    std::chrono::milliseconds startTimeout{60000};
    std::chrono::milliseconds stopTimeout{60000};
};

// A private PostgreSQL cluster kept in a folder: what coopdesk-server runs when it is given no
// database URL, and what the tests run when no COOP_TEST_PG is set. The folder holds
//   pgdata/        the cluster (initdb on first start; UTF-8, locale C, data checksums)
//   sock/          the Unix socket (no TCP at all: listen_addresses is empty)
//   postgres.log   the server's log (kept across starts; rotated to postgres.log.1 past 10 MB)
// Only the owner of the socket folder (and root) can connect; connections on it are trusted, as
// the superuser named in the options.
//
// PostgreSQL refuses to run as root. When this process is root, start() fails unless
// Options::runAsUser names the system user to run it as ("postgres"): the folder is then handed
// to that user and initdb and postgres run through `runuser -u <user> --`.
//
// The postgres process is a child of this one: stop() (or the destructor) shuts it down (fast
// shutdown: open transactions roll back). On Linux, a cluster started from the main thread also
// shuts down when this process dies without stopping it (a crash, a kill); Linux ties that safety
// net to the starting thread, so a cluster started from another thread goes without it.
class PostgresCluster
{
public:
    using Options = PostgresClusterOptions;

    // Creates the cluster in `dataDir` when it has none, starts postgres and waits until it
    // accepts connections. Errors: Forbidden (root without runAsUser, or another user without
    // root), Conflict (a postgres is already running on this folder, or the cluster is of another
    // major version), NotFound (no PostgreSQL programs, no such user), Io (folders, permissions),
    // Database (initdb failed, or the server did not come up: the message ends with the tail of
    // its log).
    static Result<std::unique_ptr<PostgresCluster>> start(const QString &dataDir,
                                                          const Options &options = {});

    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // The superuser on the database "postgres", through the socket.
    PgConnectionInfo connectionInfo() const;
    // Creates the database (owned by the superuser, UTF-8) when it does not exist.
    Result<void> ensureDatabase(const QString &name);
    // Fast shutdown, waiting for the server to exit; nothing to do when it is not running.
    Result<void> stop();
    bool isRunning() const;

    QString dataDir() const { return m_dataDir; }
    QString clusterDir() const;
    QString socketDir() const { return m_socketDir; }
    QString logFile() const;
    // Why the socket is not in the data folder, when it is not (a too long path).
    QString socketNote() const { return m_socketNote; }
    qint64 postmasterPid() const { return m_postmasterPid; }

    // The folder holding initdb and postgres: Options::binDir, then COOP_PG_BINDIR, then PATH,
    // then `pg_config --bindir`, then the highest /usr/lib/postgresql/<major>/bin (preferring
    // `preferredMajor` when given: the version an existing cluster was created with).
    static Result<QString> findBinDir(const QString &preferred = {}, int preferredMajor = 0);

private:
    PostgresCluster(QString dataDir, Options options);

    Result<void> prepare();
    Result<void> initialise();
    Result<void> checkNotRunning();
    Result<void> launch();
    Result<void> waitUntilReady();
    QString logTail(qint64 from) const;
    qint64 currentPostmasterPid();

    QString m_dataDir;
    Options m_options;
    QString m_binDir;
    // The system user initdb and postgres run as through runuser (this process being root).
    QString m_runAs;
    QString m_socketDir;
    QString m_socketNote;
    bool m_socketDirIsTemporary = false;
    std::unique_ptr<QProcess> m_process;
    qint64 m_postmasterPid = 0;
    qint64 m_logStart = 0;
};

} // namespace coop::server
