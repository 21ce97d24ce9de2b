#pragma once

#include "keyenvelope.h"

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace coop {

struct StoreCreateOptions
{
    QString name;                         // shown in the main window; a setting, editable later
    int schemaVersion = -1;               // -1: the latest; an older one only to test migrations
    KdfParams kdf = KdfParams::moderate();
    // The cooperative the store belongs to: empty for a new one (a stand-alone cooperative, a
    // demo); a device joining the cooperative's server takes the server's tenant id, and gets its
    // name and everything else from the first sync.
    QString tenantId;
    // The device's id in the cooperative's sync: empty for a new random one. The first-run wizard
    // draws it before the store exists, checks the account on the server as that device, and
    // creates the store with it, so the server's list shows one device, not a check and a store.
    QString deviceId;
};

struct StoreOpenOptions
{
    bool migrate = true; // false: open as is (an older schema stays older), e.g. to inspect it
};

// The encrypted local store (DESIGN.md §5): one SQLCipher 4 database file with its cipher settings
// pinned in code, and beside it "<file>.key", the envelope that holds the random 32-byte data key
// wrapped by the passphrase (Argon2id). WAL journal, synchronous=FULL (a transaction reported
// committed survives a crash), foreign keys on, temporary data in memory only.
//
// Opening proves the passphrase before it touches the database, so a wrong passphrase changes no
// byte of any file. Every failure is a Result with a message that says what and which file.
// A Store is used from the thread that opened it (its QSqlDatabase connection is per thread).
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static Result<std::unique_ptr<Store>> create(const QString &path, const QString &passphrase,
                                                 const StoreCreateOptions &options = {});
    static Result<std::unique_ptr<Store>> open(const QString &path, const QString &passphrase,
                                               const StoreOpenOptions &options = {});

    // Recreates a store at `storePath` from a backup, with a new data key wrapped by
    // `storePassphrase`. An existing store there is replaced only when `replace` is set, and then
    // only once the restored copy is complete and checked.
    static Result<std::unique_ptr<Store>> restore(const QString &backupPath,
                                                  const QString &backupPassphrase,
                                                  const QString &storePath,
                                                  const QString &storePassphrase,
                                                  bool replace = false);

    static QString keyFilePath(const QString &storePath);
    static bool exists(const QString &storePath);

    QString path() const { return m_path; }
    QString storeId() const { return m_storeId; }
    QString tenantId() const { return m_tenantId; }
    QString deviceId() const { return m_deviceId; }
    QString name() const;
    int schemaVersion() const;
    QSqlDatabase database() const;

    // The raw 32-byte data key (for `coopdesk-cli store key` and the sqlcipher shell).
    QByteArray dataKey() const { return m_dataKey; }
    // Opens another connection to this store in the thread that calls the returned function (a
    // Store is used from the thread that opened it): what a worker thread, e.g. sync, works on.
    std::function<Result<std::unique_ptr<Store>>()> connectionOpener() const;

    // Rewraps the data key with a new passphrase; the database file is not rewritten.
    Result<void> changePassphrase(const QString &newPassphrase,
                                  KdfParams params = KdfParams::moderate());

    // A consistent, encrypted copy in one file: a standard SQLCipher 4 database keyed by
    // `backupPassphrase` through SQLCipher's own PBKDF2, written to a temporary name and renamed.
    Result<void> backup(const QString &outPath, const QString &backupPassphrase) const;

    // Cipher page authentication, SQLite integrity, foreign keys and the store's own invariants.
    // Returns the list of problems found; empty means the store is sound.
    Result<QStringList> check() const;

private:
    Store() = default;
    static Result<std::unique_ptr<Store>> openWithKey(const QString &path, const QByteArray &key,
                                                      const QString &expectedStoreId,
                                                      const StoreOpenOptions &options);
    Result<void> loadIdentity();

    QString m_path;
    QString m_connection;
    QString m_storeId;
    QString m_tenantId;
    QString m_deviceId;
    QByteArray m_dataKey;
};

} // namespace coop
