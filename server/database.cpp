#include "database.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

struct ServerMigration
{
    int version;
    QString name;
    QString sql;
};

const QList<ServerMigration> &migrations()
{
    static const QList<ServerMigration> list = [] {
        QList<ServerMigration> result;
        static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
        const QDir dir(u":/server-migrations"_s);
        for (const QString &fileName : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = pattern.match(fileName);
            Q_ASSERT_X(m.hasMatch(), "server migrations", "files are named NNNN_name.sql");
            QFile file(dir.filePath(fileName));
            const bool opened = file.open(QIODevice::ReadOnly);
            Q_ASSERT(opened);
            Q_UNUSED(opened);
            result.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
        }
        for (qsizetype i = 0; i < result.size(); ++i)
            Q_ASSERT_X(result.at(i).version == i + 1, "server migrations", "versions have no holes");
        return result;
    }();
    return list;
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(databaseError(what, q));
    return {};
}

// Roles are the cluster's, shared by every database on it; two installs racing to create one
// both succeed.
QString createRoleSql(const QString &role)
{
    return uR"(DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
    CREATE ROLE %1 NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$)"_s.arg(role);
}

} // namespace

Result<bool> Transaction::execDirect(const char *name, const QString &sql,
                                     const QList<std::optional<QByteArray>> &params, const QString &what)
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    // QPSQL's handle holds the PGconn (whose struct is named pg_conn).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return false;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    // Nothing of QPSQL's may be pending on the connection: idle, inside this transaction.
    if (!conn || PQtransactionStatus(conn) != PQTRANS_INTRANS)
        return false;

    // The statements this thread has prepared, per connection (and its server process, should
    // a connection be opened again at the same address).
    thread_local std::map<std::pair<PGconn *, int>, QSet<QByteArray>> prepared;
    QSet<QByteArray> &mine = prepared[{conn, PQbackendPID(conn)}];
    // As databaseError(): the server's message after `what`; row-level security is Forbidden.
    const auto failed = [&](PGresult *result) {
        const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
        const QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
        const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        const bool refused = state && qstrcmp(state, "42501") == 0; // insufficient_privilege
        PQclear(result);
        return refused ? Error(ErrorCode::Forbidden, what + u' ' + message, u"row_level_security"_s)
                       : Error(ErrorCode::Database, what + u' ' + message);
    };
    if (!mine.contains(name)) {
        PGresult *made = PQprepare(conn, name, sql.toUtf8().constData(), static_cast<int>(params.size()), nullptr);
        if (PQresultStatus(made) != PGRES_COMMAND_OK)
            return fail(failed(made));
        PQclear(made);
        mine.insert(name);
    }
    std::vector<const char *> values;
    values.reserve(static_cast<size_t>(params.size()));
    for (const std::optional<QByteArray> &p : params)
        values.push_back(p ? p->constData() : nullptr);
    PGresult *result = PQexecPrepared(conn, name, static_cast<int>(params.size()), values.data(), nullptr,
                                      nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return fail(failed(result));
    PQclear(result);
    return true;
}

Error databaseError(const QString &what, const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text();
    // insufficient_privilege: row-level security or a missing grant refused the statement
    if (e.nativeErrorCode() == "42501"_L1)
        return Error(ErrorCode::Forbidden, what + u' ' + text, u"row_level_security"_s);
    return Error(ErrorCode::Database, what + u' ' + text);
}

Database::Database(PgConnectionInfo info)
    : m_info(std::move(info)), m_prefix(u"coop-server-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (auto &statements : m_statements)
        qDeleteAll(statements);
    m_statements.clear();
    // Connections of other threads cannot be used from here; removing them closes them.
    for (const QString &name : std::as_const(m_names))
        QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QString Database::connectionName(Role role) const
{
    return m_prefix + (role == Role::Service ? u"-svc-"_s : u"-mnt-"_s)
           + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

Result<QSqlDatabase> Database::connection(Role role)
{
    const QString name = connectionName(role);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        discard(role);
    }
    auto db = m_info.open(name);
    if (!db)
        return fail(db.error());
    {
        QMutexLocker lock(&m_mutex);
        m_names.append(name);
    }
    // A request never waits without end: a lock held too long, a statement run away or a
    // transaction left open by a dead worker ends in an error the client retries.
    const QString setRole = role == Role::Service
                                ? u"SET ROLE coopdesk_service; SET lock_timeout = '30s'; "
                                  "SET statement_timeout = '120s'; "
                                  "SET idle_in_transaction_session_timeout = '300s'"_s
                                : u"SET ROLE coopdesk_maintenance"_s;
    if (auto r = exec(*db, setRole, Tr::tr("Cannot switch to the server's role:")); !r) {
        discard(role);
        return fail(r.error());
    }
    return *db;
}

void Database::dropStatements(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    qDeleteAll(m_statements.take(name));
}

Result<QSqlQuery *> Database::statement(Role role, const QString &sql)
{
    auto db = connection(role);
    if (!db)
        return fail(db.error());
    const QString name = connectionName(role);
    {
        QMutexLocker lock(&m_mutex);
        if (QSqlQuery *q = m_statements.value(name).value(sql))
            return q;
    }
    auto q = std::make_unique<QSqlQuery>(*db);
    if (!q->prepare(sql))
        return fail(databaseError(Tr::tr("Cannot prepare a statement:"), *q));
    QMutexLocker lock(&m_mutex);
    QSqlQuery *raw = q.release();
    m_statements[name].insert(sql, raw);
    return raw;
}

void Database::discard(Role role)
{
    const QString name = connectionName(role);
    dropStatements(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_names.removeAll(name);
}

Result<void> Database::install()
{
    const QString name = m_prefix + u"-install"_s;
    auto r = installOn(name);
    QSqlDatabase::removeDatabase(name);
    return r;
}

Result<void> Database::installOn(const QString &name)
{
    auto opened = m_info.open(name);
    if (!opened)
        return fail(opened.error());
    QSqlDatabase &db = *opened;
    const auto close = qScopeGuard([&] { db.close(); });
    // GRANT of a role already held is only a notice; keep the output quiet.
    if (auto r = exec(db, u"SET client_min_messages = warning"_s, Tr::tr("Cannot configure the session:")); !r)
        return r;

    for (const QString &role : {u"coopdesk_service"_s, u"coopdesk_maintenance"_s}) {
        if (auto r = exec(db, createRoleSql(role), Tr::tr("Cannot create the role %1:").arg(role)); !r)
            return r;
        // The connecting user must be able to SET ROLE to it (a superuser always can).
        if (auto r = exec(db, u"GRANT %1 TO CURRENT_USER"_s.arg(role),
                          Tr::tr("Cannot grant the role %1:").arg(role));
            !r)
            return r;
    }
    if (auto r = exec(db, u"CREATE TABLE IF NOT EXISTS server_migration (version integer PRIMARY KEY, "
                          "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"_s,
                      Tr::tr("Cannot create the migrations table:"));
        !r)
        return r;

    for (const ServerMigration &m : migrations()) {
        if (!db.transaction())
            return fail(ErrorCode::Database, Tr::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        // One installer at a time; the others find the work done.
        if (!q.exec(u"SELECT pg_advisory_xact_lock(7291001)"_s)) {
            db.rollback();
            return fail(databaseError(Tr::tr("Cannot lock the schema:"), q));
        }
        if (!q.exec(u"SELECT 1 FROM server_migration WHERE version = %1"_s.arg(m.version))) {
            db.rollback();
            return fail(databaseError(Tr::tr("Cannot read the schema version:"), q));
        }
        if (q.next()) {
            db.rollback();
            continue;
        }
        if (!q.exec(m.sql)) {
            const Error e = databaseError(Tr::tr("Server migration %1 (%2) failed:").arg(m.version).arg(m.name), q);
            db.rollback();
            return fail(e);
        }
        q.prepare(u"INSERT INTO server_migration (version, name) VALUES (?, ?)"_s);
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        if (!q.exec()) {
            db.rollback();
            return fail(databaseError(Tr::tr("Cannot record migration %1:").arg(m.version), q));
        }
        if (!db.commit())
            return fail(ErrorCode::Database, Tr::tr("Cannot commit migration %1: %2").arg(m.version).arg(db.lastError().text()));
    }
    return {};
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin(bool repeatableRead)
{
    return start(repeatableRead, QString());
}

// BEGIN, and the request's user when there is one, in one round trip to the server: the driver
// only sends COMMIT and ROLLBACK for QSqlDatabase's transactions, so this one may start it.
Result<void> Transaction::start(bool repeatableRead, const QString &userId)
{
    QString sql = repeatableRead ? u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s : u"BEGIN"_s;
    if (!userId.isEmpty()) {
        // A UUID from a verified token, checked here, so the statement needs no PREPARE.
        const QUuid id = QUuid::fromString(userId);
        if (id.isNull())
            return fail(ErrorCode::Internal, Tr::tr("\"%1\" is not a user id.").arg(userId));
        sql += u"; SELECT set_config('coopdesk.user', '%1', true)"_s.arg(id.toString(QUuid::WithoutBraces));
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        const Error e = databaseError(Tr::tr("Cannot start a transaction:"), q);
        q.finish();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return fail(e);
    }
    m_active = true;
    return {};
}

Result<void> Transaction::setUser(const QString &userId)
{
    // A UUID from a verified token, checked here, so the statement needs no PREPARE round trip.
    const QUuid id = QUuid::fromString(userId);
    if (id.isNull())
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" is not a user id.").arg(userId));
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT set_config('coopdesk.user', '%1', true)"_s.arg(id.toString(QUuid::WithoutBraces))))
        return fail(databaseError(Tr::tr("Cannot set the request's user:"), q));
    return {};
}

Result<void> Transaction::beginAs(const QUuid &userId, bool repeatableRead)
{
    return start(repeatableRead, userId.toString(QUuid::WithoutBraces));
}

Result<void> Transaction::commit()
{
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        rollback();
        return fail(ErrorCode::Database, Tr::tr("Cannot commit: %1").arg(text));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}

} // namespace coop::server
