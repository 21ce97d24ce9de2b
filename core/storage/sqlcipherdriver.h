#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>
#include <QStringList>

class QSqlDatabase;
class QSqlError;
struct sqlite3;

// The handle travels in QSqlDriver::handle() as "sqlite3*", like Qt's own SQLite driver.
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace coop {

class SqlCipherResult;

inline constexpr auto kSqlCipherDriverName = QLatin1StringView("QSQLCIPHER");

// Makes kSqlCipherDriverName available to QSqlDatabase::addDatabase. Idempotent, thread-safe.
void registerSqlCipherDriver();

// The SQLCipher 4 settings applied right after the key, in this order (DESIGN.md §5): none of
// them is stored in the file, so every connection and every attached copy must apply the same.
QStringList sqlCipherPinnedPragmas();

// The open SQLCipher handle behind `db`, or nullptr when `db` is closed or another driver's.
sqlite3 *sqlCipherHandle(const QSqlDatabase &db);

// Runs a script of several statements (migrations), one after the other, in the caller's
// transaction if there is one. On failure returns false and fills *error (when not null) with
// the failing statement's SQLite error and its line in the script; the statements before it
// have run.
bool sqlCipherExecScript(const QSqlDatabase &db, const QString &script, QSqlError *error);

// A QSqlDriver on the SQLCipher C API, registered as "QSQLCIPHER".
//
// Opening never yields a plaintext database: an empty password is refused, the cipher settings
// are pinned before the first read, and the open fails when the process resolved the sqlite3_*
// symbols to a plain SQLite (another library, e.g. the QSQLITE plugin, loaded first). A wrong
// key fails with QSqlError::ConnectionError and leaves the file byte-identical.
//
// The password is the 32-byte data key as 64 hex digits. Connect options, ';'-separated:
//   QSQLCIPHER_KEY_FORMAT=raw|passphrase  raw (default) or a passphrase SQLCipher derives itself
//   QSQLCIPHER_OPEN_READONLY              no writes; transactions use plain BEGIN
//   QSQLCIPHER_NO_CREATE                  a missing file is an error instead of a new store
//   QSQLCIPHER_BUSY_TIMEOUT=<ms>          how long to wait for another writer (default 5000)
// An unknown option is an error, so that a typo cannot silently drop a setting.
//
// Values: integers come back as qint64 (int under QSql::LowPrecisionInt32), reals as double,
// text as QString, blobs as QByteArray (an empty blob is not NULL), NULL as a null QVariant of the
// column's declared type. QDate, QTime and QDateTime are bound as ISO 8601 text, bool as 0/1;
// a null QString or QByteArray is bound as NULL, as Qt's drivers do. One exec() runs exactly one
// statement. Non-forward-only queries keep the rows already read, for QSqlQueryModel; forward-only
// queries stream. dbmsType() is UnknownDbms: Qt sets it only through its private API.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password,
              const QString &host, int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    // BEGIN IMMEDIATE on a read-write connection (a writer takes its lock up front and never
    // deadlocks upgrading it), plain BEGIN on a read-only one.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString stripDelimiters(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }

private:
    friend class SqlCipherResult;

    bool runTransactionStatement(const char *sql, const QString &what);

    sqlite3 *m_db = nullptr;
    bool m_readOnly = false;
    // Results created by this driver: close() finalizes their statements first.
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace coop
