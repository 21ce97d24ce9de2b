#pragma once

#include "pgconnection.h"

#include "core/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace coop::server {

// The server's PostgreSQL: one connection per thread that asks (each HTTP worker keeps its own),
// opened on first use and switched to the role the work needs:
//  - service: what requests run as (coopdesk_service: row-level security applies);
//  - maintenance: the admin command line (coopdesk_maintenance: sees every tenant).
// install() creates both roles when missing and applies the numbered server migrations, each in
// its own transaction, recorded in server_migration; it takes an advisory lock so that several
// server processes starting together migrate once.
class Database
{
public:
    enum class Role { Service, Maintenance };

    explicit Database(PgConnectionInfo info);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const PgConnectionInfo &info() const { return m_info; }

    Result<void> install();
    static int latestSchemaVersion();

    // This thread's connection in the given role; reopened when the server was restarted.
    Result<QSqlDatabase> connection(Role role);
    // Drops this thread's connection of that role (after an error that may have broken it).
    void discard(Role role);

    // This thread's prepared statement for `sql` on its connection in `role`, prepared once and
    // kept as long as the connection: a request then costs its statements' executions only, not a
    // PREPARE and a DEALLOCATE each. Bind values and exec() it like any QSqlQuery; only the
    // calling thread may use it.
    Result<QSqlQuery *> statement(Role role, const QString &sql);

private:
    QString connectionName(Role role) const;
    Result<void> installOn(const QString &connectionName);

    void dropStatements(const QString &connectionName);

    PgConnectionInfo m_info;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;
    QHash<QString, QHash<QString, QSqlQuery *>> m_statements; // connection → SQL → statement
};

// A transaction on a connection: BEGIN at construction, ROLLBACK unless commit() succeeded.
// setUser() sets coopdesk.user for this transaction only (SET LOCAL), which the row-level security
// policies read.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // repeatableRead: one snapshot for every statement (pulls read the log's head and rows in it).
    Result<void> begin(bool repeatableRead = false);
    Result<void> setUser(const QString &userId);
    // begin() then setUser(): a request's transaction as its user.
    Result<void> beginAs(const QUuid &userId, bool repeatableRead = false);
    Result<void> commit();
    void rollback();
    QSqlDatabase db() const { return m_db; }
    // Runs `sql` (no result rows wanted) with text parameters (nullopt: NULL) through libpq itself,
    // prepared once per connection under `name`: QPSQL quotes every bound value into the text of
    // an EXECUTE, which a large JSON parameter pays twice (escaped here, lexed by the server).
    // False, having run nothing, when the connection is not an idle QPSQL one: the caller then
    // takes the QSqlQuery way. Errors as databaseError() with `what`.
    Result<bool> execDirect(const char *name, const QString &sql, const QList<std::optional<QByteArray>> &params,
                            const QString &what);

private:
    Result<void> start(bool repeatableRead, const QString &userId);
    QSqlDatabase m_db;
    bool m_active = false;
};

// "what: the database's message" for a failed query.
Error databaseError(const QString &what, const QSqlQuery &query);

} // namespace coop::server
