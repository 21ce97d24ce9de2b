#pragma once

#include "core/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace coop::server {

// Where a PostgreSQL server is and who to connect as. `host` is a host name, an IP address or,
// when it starts with '/', the folder holding the server's Unix socket (libpq's rule). Empty
// fields take libpq's defaults (local socket, port 5432, the system user's name, a database named
// after the user).
struct PgConnectionInfo
{
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString user;
    QString password;
    QString database;
    // Other libpq connection parameters given in the URL's query (sslmode, connect_timeout,
    // application_name…), passed to the driver as they are.
    QMap<QString, QString> options;

    // A libpq connection URI:
    //   postgresql://[user[:password]@][host][:port][/database][?name=value&…]
    // (also postgres://), every part percent-decoded. The query may name host (a socket folder:
    // ?host=/run/coopdesk), port, user, password, dbname and the libpq parameters listed in
    // pgconnection.cpp; it overrides the parts before it, as libpq does. One host only.
    // The error's where() names the part that is wrong: "scheme", "user", "password", "host",
    // "port", "database", "query" or the parameter's name.
    static Result<PgConnectionInfo> fromUrl(const QString &url);

    // The URI that fromUrl() reads back into the same fields; a socket folder goes to the query.
    // It holds the password: for messages and logs use toDisplayString().
    QString toUrl() const;
    // The same URI without the password (a password, when there is one, shows as "***").
    QString toDisplayString() const;

    bool isUnixSocket() const { return host.startsWith(u'/'); }
    // A copy pointing at another database of the same server.
    PgConnectionInfo withDatabase(const QString &name) const;

    // Opens a QPSQL connection registered under `connectionName` (which must not be in use). On
    // failure nothing stays registered and the message names the host, port, database and user,
    // never the password. The caller closes it and calls QSqlDatabase::removeDatabase() when done
    // (or uses withPgConnection()).
    Result<QSqlDatabase> open(const QString &connectionName) const;
};

// Runs `work` on a connection of its own, closed and unregistered afterwards whatever happens.
Result<void> withPgConnection(const PgConnectionInfo &info,
                              const std::function<Result<void>(QSqlDatabase &)> &work);

// Runs one statement (no result rows wanted); the error says `what` failed and the server's reason.
Result<void> pgExec(QSqlDatabase &db, const QString &sql, const QString &what);

// An SQL identifier in double quotes, safe for any name ("a""b" for a"b).
QString pgQuoteIdentifier(const QString &name);

} // namespace coop::server
