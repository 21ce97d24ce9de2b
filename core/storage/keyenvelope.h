#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace coop {

// Cost of the Argon2id derivation that turns a passphrase into the key-wrapping key. Kept in the
// envelope, so a store keeps opening when the defaults are raised later.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    static KdfParams moderate();    // the default for stores: libsodium's "moderate" (256 MiB)
    static KdfParams interactive(); // 64 MiB; for stores that a person unlocks many times a day
    bool operator==(const KdfParams &) const = default;
};

// The store's 32-byte data key, wrapped by a key derived from the passphrase (Argon2id) with
// XChaCha20-Poly1305, bound to the store's id as associated data so that an envelope cannot be
// paired with another store. Changing the passphrase rewraps the same data key: the database
// itself is not rewritten. The envelope lives beside the database as "<store>.key" (JSON).
// A wrong passphrase fails authentication and is reported as WrongPassphrase; nothing else is
// touched. Passphrases are compared in Unicode NFC, so an accent typed either way unlocks.
class KeyEnvelope
{
public:
    static constexpr int kDataKeySize = 32;

    // A fresh random data key from the operating system's generator.
    static QByteArray generateDataKey();

    static Result<KeyEnvelope> wrap(const QByteArray &dataKey, const QString &passphrase,
                                    const QString &storeId, KdfParams params = KdfParams::moderate());
    Result<QByteArray> unwrap(const QString &passphrase) const;

    const QString &storeId() const { return m_storeId; }
    const KdfParams &kdfParams() const { return m_params; }

    QByteArray toJson() const;
    static Result<KeyEnvelope> fromJson(const QByteArray &json, const QString &where);

    static Result<KeyEnvelope> load(const QString &path);
    // Written through a temporary file and renamed: a crash leaves the old or the new envelope.
    Result<void> save(const QString &path) const;

private:
    QString m_storeId;
    KdfParams m_params;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
};

} // namespace coop
