#include "keyenvelope.h"

#include "core/tr.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

constexpr int kEnvelopeVersion = 1;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray associatedData(const QString &storeId)
{
    return "coopdesk-store-key-v1:" + storeId.toUtf8();
}

// Derives the wrapping key; the caller wipes it.
Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, KdfParams params)
{
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, '\0');
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()),
                                 static_cast<unsigned long long>(key.size()), secret.constData(),
                                 static_cast<unsigned long long>(secret.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()),
                                 params.opsLimit, static_cast<size_t>(params.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (rc != 0)
        return fail(ErrorCode::Internal,
                    Tr::tr("Not enough memory to derive the key from the passphrase (%1 MiB needed).")
                        .arg(params.memLimitBytes / (1024 * 1024)));
    return key;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QByteArray KeyEnvelope::generateDataKey()
{
    Q_ASSERT(sodiumReady());
    QByteArray key(kDataKeySize, '\0');
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    return key;
}

Result<KeyEnvelope> KeyEnvelope::wrap(const QByteArray &dataKey, const QString &passphrase,
                                      const QString &storeId, KdfParams params)
{
    if (!sodiumReady())
        return fail(ErrorCode::Internal, Tr::tr("The cryptography library could not start."));
    Q_ASSERT(dataKey.size() == kDataKeySize);
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The passphrase is empty."));

    KeyEnvelope env;
    env.m_storeId = storeId;
    env.m_params = params;
    env.m_salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(env.m_salt.data(), static_cast<size_t>(env.m_salt.size()));
    env.m_nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(env.m_nonce.data(), static_cast<size_t>(env.m_nonce.size()));

    auto wrapping = deriveKey(passphrase, env.m_salt, params);
    if (!wrapping)
        return fail(wrapping.error());

    const QByteArray ad = associatedData(storeId);
    env.m_ciphertext.resize(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(env.m_ciphertext.data()), &written,
        reinterpret_cast<const unsigned char *>(dataKey.constData()),
        static_cast<unsigned long long>(dataKey.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(env.m_nonce.constData()),
        reinterpret_cast<const unsigned char *>(wrapping->constData()));
    sodium_memzero(wrapping->data(), static_cast<size_t>(wrapping->size()));
    env.m_ciphertext.resize(static_cast<qsizetype>(written));
    return env;
}

Result<QByteArray> KeyEnvelope::unwrap(const QString &passphrase) const
{
    if (!sodiumReady())
        return fail(ErrorCode::Internal, Tr::tr("The cryptography library could not start."));
    auto wrapping = deriveKey(passphrase, m_salt, m_params);
    if (!wrapping)
        return fail(wrapping.error());

    const QByteArray ad = associatedData(m_storeId);
    QByteArray key(kDataKeySize, '\0');
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(key.data()), &written, nullptr,
        reinterpret_cast<const unsigned char *>(m_ciphertext.constData()),
        static_cast<unsigned long long>(m_ciphertext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char *>(m_nonce.constData()),
        reinterpret_cast<const unsigned char *>(wrapping->constData()));
    sodium_memzero(wrapping->data(), static_cast<size_t>(wrapping->size()));
    if (rc != 0 || written != kDataKeySize)
        return fail(ErrorCode::WrongPassphrase, Tr::tr("Wrong passphrase."));
    return key;
}

QByteArray KeyEnvelope::toJson() const
{
    const QJsonObject json{
        {u"format"_s, u"coopdesk-key-envelope"_s},
        {u"version"_s, kEnvelopeVersion},
        {u"store_id"_s, m_storeId},
        {u"kdf"_s, u"argon2id13"_s},
        {u"ops_limit"_s, static_cast<qint64>(m_params.opsLimit)},
        {u"mem_limit"_s, static_cast<qint64>(m_params.memLimitBytes)},
        {u"salt"_s, QString::fromLatin1(m_salt.toBase64())},
        {u"cipher"_s, u"xchacha20poly1305-ietf"_s},
        {u"nonce"_s, QString::fromLatin1(m_nonce.toBase64())},
        {u"wrapped_key"_s, QString::fromLatin1(m_ciphertext.toBase64())},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<KeyEnvelope> KeyEnvelope::fromJson(const QByteArray &data, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(ErrorCode::Corrupted,
                    Tr::tr("The key file is damaged: %1.").arg(parseError.errorString()), where);
    const QJsonObject json = doc.object();
    if (json.value(u"format"_s).toString() != "coopdesk-key-envelope"_L1)
        return fail(ErrorCode::Corrupted, Tr::tr("This is not a CoopDesk key file."), where);
    if (json.value(u"version"_s).toInt() != kEnvelopeVersion)
        return fail(ErrorCode::TooNew,
                    Tr::tr("This key file has version %1; this CoopDesk reads version %2.")
                        .arg(json.value(u"version"_s).toInt())
                        .arg(kEnvelopeVersion),
                    where);
    if (json.value(u"kdf"_s).toString() != "argon2id13"_L1
        || json.value(u"cipher"_s).toString() != "xchacha20poly1305-ietf"_L1)
        return fail(ErrorCode::Corrupted, Tr::tr("The key file names an unknown algorithm."), where);

    KeyEnvelope env;
    env.m_storeId = json.value(u"store_id"_s).toString();
    const qint64 ops = json.value(u"ops_limit"_s).toInteger(-1);
    const qint64 mem = json.value(u"mem_limit"_s).toInteger(-1);
    env.m_salt = QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1());
    env.m_nonce = QByteArray::fromBase64(json.value(u"nonce"_s).toString().toLatin1());
    env.m_ciphertext = QByteArray::fromBase64(json.value(u"wrapped_key"_s).toString().toLatin1());

    const auto opsMin = static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN);
    const auto memMin = static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN);
    constexpr qint64 kMemMax = qint64(8) * 1024 * 1024 * 1024; // refuse a file that asks for more
    if (env.m_storeId.isEmpty() || ops < opsMin || ops > 1000 || mem < memMin || mem > kMemMax
        || env.m_salt.size() != crypto_pwhash_SALTBYTES
        || env.m_nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || env.m_ciphertext.size() != kDataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fail(ErrorCode::Corrupted, Tr::tr("The key file is incomplete or damaged."), where);
    env.m_params = {static_cast<quint64>(ops), static_cast<quint64>(mem)};
    return env;
}

Result<KeyEnvelope> KeyEnvelope::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("The key file of this store is missing."), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot read the key file: %1.").arg(file.errorString()),
                    path);
    constexpr qint64 kMaxSize = 64 * 1024;
    const QByteArray data = file.read(kMaxSize);
    return fromJson(data, path);
}

Result<void> KeyEnvelope::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the key file: %1.").arg(file.errorString()),
                    path);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    if (!file.commit()) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the key file: %1.").arg(file.errorString()),
                    path);
    }
    return {};
}

} // namespace coop
