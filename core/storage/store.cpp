#include "store.h"

#include "migrations.h"
#include "settingsrepository.h"
#include "sqlcipherdriver.h"

#include "core/tr.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// Connection settings every store connection runs with (DESIGN.md §5). The cipher settings
// themselves are pinned by the driver before the first page is read.
constexpr QLatin1StringView kConnectionPragmas[] = {
    "PRAGMA journal_mode = WAL"_L1,
    "PRAGMA synchronous = FULL"_L1,
    "PRAGMA foreign_keys = ON"_L1,
    "PRAGMA temp_store = MEMORY"_L1,
    "PRAGMA cache_size = -65536"_L1, // 64 MiB of decrypted pages: scans do not decrypt twice
    // The default since SQLCipher 4.5, pinned so that a changed default cannot silently make
    // every write about ten times slower (wiping every freed buffer; docs/benchmarks.md).
    "PRAGMA cipher_memory_security = OFF"_L1,
};

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"coopdesk-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error sqlError(const QString &what, const QSqlError &error, const QString &where = {})
{
    return Error(ErrorCode::Database, what + u' ' + error.text().trimmed(), where);
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

// Files that make up a store besides the database itself.
QStringList companionFiles(const QString &path)
{
    return {path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s};
}

void removeStoreFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &f : companionFiles(path))
        QFile::remove(f);
}

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fail(sqlError(Tr::tr("Cannot configure the store (%1).").arg(sql), q.lastError()));
        q.finish();
    }
    return {};
}

Result<void> applyConnectionPragmas(QSqlDatabase &db)
{
    QStringList statements;
    for (QLatin1StringView p : kConnectionPragmas)
        statements.append(p);
    return execAll(db, statements);
}

// Opens `path` through the SQLCipher driver; the caller removes the connection.
Result<QSqlDatabase> openConnection(const QString &connection, const QString &path,
                                    const QString &password, const QString &options)
{
    registerSqlCipherDriver();
    QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, connection);
    db.setDatabaseName(path);
    db.setPassword(password);
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The file cannot be opened as an encrypted store: it is damaged, "
                           "truncated, or its key does not belong to it (%1).")
                        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
                    path);
    }
    return db;
}

void dropConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Removes a temporary connection when it goes out of scope. Declared before the QSqlDatabase
// it guards, so the handle is released first and Qt does not warn about a connection in use.
class ScopedConnection
{
public:
    ScopedConnection() : m_name(newConnectionName()) {}
    ~ScopedConnection() { dropConnection(m_name); }
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

Result<QString> metaValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM store_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot read the store's identity."), q.lastError()));
    if (!q.next())
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The store has no \"%1\" record: it was not created by CoopDesk or "
                           "its creation did not finish.")
                        .arg(key));
    return q.value(0).toString();
}

Result<QStringList> pragmaRows(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(pragma))
        return fail(sqlError(Tr::tr("The check \"%1\" could not run.").arg(pragma), q.lastError()));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        rows.append(cells.join(u' '));
    }
    return rows;
}

} // namespace

Store::~Store()
{
    if (!m_connection.isEmpty())
        dropConnection(m_connection);
    wipe(m_dataKey);
}

QString Store::keyFilePath(const QString &storePath)
{
    return storePath + u".key"_s;
}

bool Store::exists(const QString &storePath)
{
    return QFileInfo::exists(storePath) || QFileInfo::exists(keyFilePath(storePath));
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::name() const
{
    auto stored = SettingsRepository(const_cast<Store &>(*this)).value(SettingsRepository::kStoreName);
    if (stored && *stored && !(*stored)->isEmpty())
        return **stored;
    return QFileInfo(m_path).completeBaseName();
}

int Store::schemaVersion() const
{
    return appliedSchemaVersion(database()).value_or(0);
}

Result<std::unique_ptr<Store>> Store::create(const QString &path, const QString &passphrase,
                                             const StoreCreateOptions &options)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("No file name was given for the store."));
    if (exists(path))
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A store already exists here; open it, or choose another file name."),
                    path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()),
                    path);
    const int target = options.schemaVersion < 0 ? latestSchemaVersion() : options.schemaVersion;
    if (target < 1 || target > latestSchemaVersion())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Schema version %1 does not exist (1 to %2).")
                        .arg(target)
                        .arg(latestSchemaVersion()));

    const QString storeId = newUuid();
    QByteArray key = KeyEnvelope::generateDataKey();
    auto envelope = KeyEnvelope::wrap(key, passphrase, storeId, options.kdf);
    if (!envelope) {
        wipe(key);
        return fail(envelope.error());
    }

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_connection = newConnectionName();
    store->m_dataKey = key;
    wipe(key);

    auto initialise = [&]() -> Result<void> {
        auto db = openConnection(store->m_connection, path,
                                 QString::fromLatin1(store->m_dataKey.toHex()), QString());
        if (!db)
            return fail(db.error());
        if (auto r = applyConnectionPragmas(*db); !r)
            return r;
        if (auto r = migrate(*db, target); !r)
            return r;

        if (!db->transaction())
            return fail(sqlError(Tr::tr("Cannot start writing the new store."), db->lastError()));
        QSqlQuery q(*db);
        q.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?)"_s);
        const QList<std::pair<QString, QString>> meta = {
            {u"store_id"_s, storeId},
            {u"tenant_id"_s, options.tenantId.isEmpty() ? newUuid() : options.tenantId},
            {u"created_at"_s, nowUtc()},
            {u"created_by"_s, QStringLiteral("CoopDesk " COOPDESK_VERSION)},
        };
        for (const auto &[k, v] : meta) {
            q.addBindValue(k);
            q.addBindValue(v);
            if (!q.exec()) {
                db->rollback();
                return fail(sqlError(Tr::tr("Cannot write the store's identity."), q.lastError()));
            }
        }
        q.prepare(u"INSERT INTO device (singleton, device_id, next_device_seq) VALUES (1, ?, 1)"_s);
        q.addBindValue(options.deviceId.isEmpty() ? newUuid() : options.deviceId);
        if (!q.exec()) {
            db->rollback();
            return fail(sqlError(Tr::tr("Cannot write the store's identity."), q.lastError()));
        }
        q.finish();
        if (!db->commit())
            return fail(sqlError(Tr::tr("Cannot write the store's identity."), db->lastError()));

        if (auto r = store->loadIdentity(); !r)
            return r;
        if (options.tenantId.isEmpty()) {
            const QString name = options.name.trimmed().isEmpty() ? info.completeBaseName()
                                                                  : options.name.trimmed();
            if (auto r = SettingsRepository(*store).setValue(SettingsRepository::kStoreName, name); !r)
                return r;
        }
        return envelope->save(keyFilePath(path));
    };

    if (auto r = initialise(); !r) {
        dropConnection(store->m_connection);
        store->m_connection.clear();
        removeStoreFiles(path);
        QFile::remove(keyFilePath(path));
        return fail(r.error().where().isEmpty() ? r.error().located(path) : r.error());
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QString &passphrase,
                                           const StoreOpenOptions &options)
{
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, Tr::tr("There is no store at this path."), path);
    auto envelope = KeyEnvelope::load(keyFilePath(path));
    if (!envelope)
        return fail(envelope.error());
    // The passphrase is proven on the envelope alone: a wrong one never reaches the database.
    auto key = envelope->unwrap(passphrase);
    if (!key)
        return fail(ErrorCode::WrongPassphrase,
                    Tr::tr("Wrong passphrase: it does not unlock this store. Nothing was changed."),
                    path);
    auto store = openWithKey(path, *key, envelope->storeId(), options);
    wipe(*key);
    return store;
}

std::function<Result<std::unique_ptr<Store>>()> Store::connectionOpener() const
{
    return [path = m_path, key = m_dataKey, id = m_storeId] {
        return openWithKey(path, key, id, {});
    };
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString &path, const QByteArray &key,
                                                  const QString &expectedStoreId,
                                                  const StoreOpenOptions &options)
{
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_connection = newConnectionName();
    store->m_dataKey = key;

    // Not QSQLCIPHER_NO_CREATE although the file must exist (open() checked): SQLite gives
    // attached databases the main connection's flags, and backup() attaches a new file.
    auto db = openConnection(store->m_connection, path, QString::fromLatin1(key.toHex()), QString());
    if (!db)
        return fail(db.error());

    // Refuse a newer schema before anything could write to the file.
    auto version = appliedSchemaVersion(*db);
    if (!version)
        return fail(version.error().located(path));
    if (*version > latestSchemaVersion())
        return fail(ErrorCode::TooNew,
                    Tr::tr("This store was written by a newer CoopDesk (schema version %1; this "
                           "version knows up to %2). Install a newer CoopDesk to open it.")
                        .arg(*version)
                        .arg(latestSchemaVersion()),
                    path);
    if (*version == 0)
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The file is an empty database, not a CoopDesk store."), path);

    if (auto r = applyConnectionPragmas(*db); !r)
        return fail(r.error().located(path));
    if (options.migrate) {
        if (auto r = migrate(*db); !r)
            return fail(r.error().located(path));
    }
    if (auto r = store->loadIdentity(); !r)
        return fail(r.error().located(path));
    if (!expectedStoreId.isEmpty() && store->m_storeId != expectedStoreId)
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The key file belongs to another store (%1, not %2).")
                        .arg(expectedStoreId, store->m_storeId),
                    path);
    return store;
}

Result<void> Store::loadIdentity()
{
    const QSqlDatabase db = database();
    auto storeId = metaValue(db, u"store_id"_s);
    if (!storeId)
        return fail(storeId.error());
    auto tenantId = metaValue(db, u"tenant_id"_s);
    if (!tenantId)
        return fail(tenantId.error());
    QSqlQuery q(db);
    if (!q.exec(u"SELECT device_id FROM device WHERE singleton = 1"_s))
        return fail(sqlError(Tr::tr("Cannot read the device identity."), q.lastError()));
    if (!q.next())
        return fail(ErrorCode::Corrupted, Tr::tr("The store has no device identity."));
    m_storeId = *storeId;
    m_tenantId = *tenantId;
    m_deviceId = q.value(0).toString();
    return {};
}

Result<void> Store::changePassphrase(const QString &newPassphrase, KdfParams params)
{
    auto envelope = KeyEnvelope::wrap(m_dataKey, newPassphrase, m_storeId, params);
    if (!envelope)
        return fail(envelope.error());
    return envelope->save(keyFilePath(m_path));
}

Result<void> Store::backup(const QString &outPath, const QString &backupPassphrase) const
{
    if (backupPassphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The backup passphrase is empty."));
    if (QFileInfo::exists(outPath))
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A file with this name exists already; choose another name for the "
                           "backup."),
                    outPath);
    const QString partial = outPath + u".partial"_s;
    removeStoreFiles(partial);

    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"ATTACH DATABASE ? AS coop_backup KEY ?"_s);
    q.addBindValue(partial);
    q.addBindValue(backupPassphrase);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot create the backup file."), q.lastError(), outPath));
    const bool exported = q.exec(u"SELECT sqlcipher_export('coop_backup')"_s);
    const QSqlError exportError = q.lastError();
    q.finish();
    QSqlQuery detach(db);
    detach.exec(u"DETACH DATABASE coop_backup"_s);
    if (!exported) {
        removeStoreFiles(partial);
        return fail(sqlError(Tr::tr("Cannot copy the store into the backup."), exportError, outPath));
    }

    // A backup is only reported done once it has been read back with its own passphrase.
    {
        const ScopedConnection connection;
        auto check = openConnection(connection.name(), partial, backupPassphrase,
                                    u"QSQLCIPHER_KEY_FORMAT=passphrase;QSQLCIPHER_NO_CREATE;"
                                    "QSQLCIPHER_OPEN_READONLY"_s);
        QStringList problems;
        if (!check) {
            problems.append(check.error().message());
        } else {
            auto rows = pragmaRows(*check, u"PRAGMA quick_check"_s);
            if (!rows)
                problems.append(rows.error().message());
            else if (*rows != QStringList{u"ok"_s})
                problems.append(*rows);
        }
        check = fail(ErrorCode::Internal, QString()); // release the handle before the guard
        if (!problems.isEmpty()) {
            removeStoreFiles(partial);
            return fail(ErrorCode::Corrupted,
                        Tr::tr("The backup did not read back correctly: %1").arg(problems.join(u"; "_s)),
                        outPath);
        }
    }
    if (!QFile::rename(partial, outPath)) {
        removeStoreFiles(partial);
        return fail(ErrorCode::Io, Tr::tr("Cannot rename the finished backup into place."), outPath);
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::restore(const QString &backupPath,
                                              const QString &backupPassphrase,
                                              const QString &storePath,
                                              const QString &storePassphrase, bool replace)
{
    if (!QFileInfo::exists(backupPath))
        return fail(ErrorCode::NotFound, Tr::tr("The backup file does not exist."), backupPath);
    if (storePassphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The passphrase for the restored store is empty."));
    if (exists(storePath) && !replace)
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A store already exists here; restore to another file name, or ask "
                           "to replace it."),
                    storePath);

    const QString partial = storePath + u".restoring"_s;
    removeStoreFiles(partial);
    QByteArray key = KeyEnvelope::generateDataKey();
    QString storeId;

    auto copy = [&]() -> Result<void> {
        // Read-write and without NO_CREATE, because attaching the new store creates a file with
        // the main connection's flags; nothing writes to the backup itself.
        const ScopedConnection connection;
        auto source = openConnection(connection.name(), backupPath, backupPassphrase,
                                     u"QSQLCIPHER_KEY_FORMAT=passphrase"_s);
        if (!source) {
            return fail(ErrorCode::WrongPassphrase,
                        Tr::tr("The backup passphrase is wrong, or the file is not a CoopDesk "
                               "backup. Nothing was changed."),
                        backupPath);
        }
        auto result = [&]() -> Result<void> {
            auto version = appliedSchemaVersion(*source);
            if (!version)
                return fail(version.error().located(backupPath));
            if (*version > latestSchemaVersion())
                return fail(ErrorCode::TooNew,
                            Tr::tr("This backup was written by a newer CoopDesk (schema version "
                                   "%1; this version knows up to %2).")
                                .arg(*version)
                                .arg(latestSchemaVersion()),
                            backupPath);
            if (*version == 0)
                return fail(ErrorCode::Corrupted, Tr::tr("The backup holds no CoopDesk store."),
                            backupPath);
            auto rows = pragmaRows(*source, u"PRAGMA integrity_check"_s);
            if (!rows)
                return fail(rows.error().located(backupPath));
            if (*rows != QStringList{u"ok"_s})
                return fail(ErrorCode::Corrupted,
                            Tr::tr("The backup is damaged: %1").arg(rows->join(u"; "_s)),
                            backupPath);
            auto id = metaValue(*source, u"store_id"_s);
            if (!id)
                return fail(id.error().located(backupPath));
            storeId = *id;

            QSqlQuery q(*source);
            q.prepare(u"ATTACH DATABASE ? AS coop_restored KEY ?"_s);
            q.addBindValue(partial);
            q.addBindValue(QString(u"x'"_s + QString::fromLatin1(key.toHex()) + u"'"_s));
            if (!q.exec())
                return fail(sqlError(Tr::tr("Cannot create the restored store."), q.lastError(),
                                     storePath));
            const bool exported = q.exec(u"SELECT sqlcipher_export('coop_restored')"_s);
            const QSqlError exportError = q.lastError();
            q.finish();
            QSqlQuery(*source).exec(u"DETACH DATABASE coop_restored"_s);
            if (!exported)
                return fail(sqlError(Tr::tr("Cannot copy the backup into the store."), exportError,
                                     storePath));
            return {};
        }();
        source = fail(ErrorCode::Internal, QString()); // release the handle before the guard
        return result;
    }();
    if (!copy) {
        removeStoreFiles(partial);
        wipe(key);
        return fail(copy.error());
    }

    // A restored copy becomes a new device: its operations must never reuse the sequence numbers
    // of the device the backup came from. Pending operations keep their op_id, so the server
    // recognises any it has already applied.
    auto renumber = [&]() -> Result<void> {
        const ScopedConnection connection;
        auto db = openConnection(connection.name(), partial, QString::fromLatin1(key.toHex()),
                                 u"QSQLCIPHER_NO_CREATE"_s);
        if (!db)
            return fail(db.error());
        QSqlQuery q(*db);
        q.prepare(u"UPDATE device SET device_id = ? WHERE singleton = 1"_s);
        q.addBindValue(newUuid());
        const bool ok = q.exec();
        const QSqlError error = q.lastError();
        q = QSqlQuery();
        db = fail(ErrorCode::Internal, QString()); // release the handle before the guard
        if (!ok)
            return fail(sqlError(Tr::tr("Cannot give the restored store its own device identity."),
                                 error, storePath));
        return {};
    }();
    if (!renumber) {
        removeStoreFiles(partial);
        wipe(key);
        return fail(renumber.error());
    }

    auto envelope = KeyEnvelope::wrap(key, storePassphrase, storeId);
    if (!envelope) {
        removeStoreFiles(partial);
        wipe(key);
        return fail(envelope.error());
    }
    const QString partialKey = keyFilePath(partial);
    if (auto r = envelope->save(partialKey); !r) {
        removeStoreFiles(partial);
        wipe(key);
        return fail(r.error());
    }

    if (replace) {
        removeStoreFiles(storePath);
        QFile::remove(keyFilePath(storePath));
    }
    if (!QFile::rename(partial, storePath) || !QFile::rename(partialKey, keyFilePath(storePath))) {
        wipe(key);
        return fail(ErrorCode::Io,
                    Tr::tr("The restored store is complete in %1 but could not be renamed into "
                           "place.")
                        .arg(partial),
                    storePath);
    }
    auto store = openWithKey(storePath, key, storeId, {});
    wipe(key);
    return store;
}

Result<QStringList> Store::check() const
{
    const QSqlDatabase db = database();
    QStringList problems;

    auto cipher = pragmaRows(db, u"PRAGMA cipher_integrity_check"_s);
    if (!cipher)
        return fail(cipher.error());
    for (const QString &row : *cipher)
        problems.append(Tr::tr("Encryption: %1").arg(row));

    auto integrity = pragmaRows(db, u"PRAGMA integrity_check"_s);
    if (!integrity)
        return fail(integrity.error());
    if (*integrity != QStringList{u"ok"_s}) {
        for (const QString &row : *integrity)
            problems.append(Tr::tr("Database structure: %1").arg(row));
    }

    auto foreignKeys = pragmaRows(db, u"PRAGMA foreign_key_check"_s);
    if (!foreignKeys)
        return fail(foreignKeys.error());
    for (const QString &row : *foreignKeys)
        problems.append(Tr::tr("Broken reference: %1").arg(row));

    const int version = schemaVersion();
    if (version != latestSchemaVersion())
        problems.append(Tr::tr("The schema is at version %1; this CoopDesk expects %2.")
                            .arg(version)
                            .arg(latestSchemaVersion()));

    QSqlQuery q(db);
    if (q.exec(u"SELECT (SELECT next_device_seq FROM device WHERE singleton = 1), "
               "(SELECT coalesce(max(device_seq), 0) FROM outbox)"_s)
        && q.next()) {
        if (q.value(0).isNull())
            problems.append(Tr::tr("The device identity is missing."));
        else if (q.value(0).toLongLong() <= q.value(1).toLongLong())
            problems.append(Tr::tr("The operation counter (%1) is behind the outbox (%2).")
                                .arg(q.value(0).toLongLong())
                                .arg(q.value(1).toLongLong()));
    } else {
        problems.append(Tr::tr("The outbox cannot be read: %1").arg(q.lastError().text()));
    }
    return problems;
}

} // namespace coop
