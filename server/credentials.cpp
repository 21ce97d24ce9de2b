#include "credentials.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimal()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

Result<QByteArray> hashPassword(const QString &password, PasswordCost cost)
{
    if (!sodiumReady())
        return fail(ErrorCode::Internal, Tr::tr("libsodium could not be initialised."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                   cost.opsLimit, cost.memLimit)
        != 0)
        return fail(ErrorCode::Internal, Tr::tr("Not enough memory to hash the password."));
    return QByteArray(out);
}

bool verifyPassword(const QByteArray &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray encoded = hash + '\0';
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_argon2id_str_verify(encoded.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size()))
           == 0;
}

void verifyNothing(const QString &password)
{
    static const QByteArray dummy = hashPassword(u"not a password"_s, PasswordCost::interactive())
                                        .value_or(QByteArray());
    (void)verifyPassword(dummy, password);
}

QByteArray randomToken()
{
    sodiumReady();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes.toBase64(kBase64Url);
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QByteArray deriveRefreshToken(const QByteArray &key, const QByteArray &token)
{
    Q_ASSERT(key.size() == crypto_auth_KEYBYTES);
    const QByteArray input = "refresh-successor." + token;
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(input.constData()),
                static_cast<unsigned long long>(input.size()),
                reinterpret_cast<const unsigned char *>(key.constData()));
    return mac.left(32).toBase64(kBase64Url);
}

QByteArray newServerKey()
{
    sodiumReady();
    QByteArray key(crypto_auth_KEYBYTES, Qt::Uninitialized);
    crypto_auth_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray issueAccessToken(const QByteArray &key, const AccessClaims &claims)
{
    Q_ASSERT(key.size() == crypto_auth_KEYBYTES);
    const QByteArray payload = QJsonDocument(QJsonObject{
                                                 {u"u"_s, claims.userId.toString(QUuid::WithoutBraces)},
                                                 {u"d"_s, claims.deviceId},
                                                 {u"e"_s, claims.expiresAt.toSecsSinceEpoch()},
                                             })
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(kBase64Url);
    const QByteArray signedPart = "v1." + payload;
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()),
                reinterpret_cast<const unsigned char *>(signedPart.constData()),
                static_cast<unsigned long long>(signedPart.size()),
                reinterpret_cast<const unsigned char *>(key.constData()));
    return signedPart + '.' + mac.toBase64(kBase64Url);
}

Result<AccessClaims> verifyAccessToken(const QByteArray &key, const QByteArray &token,
                                       const QDateTime &now)
{
    const auto bad = [] {
        return fail(ErrorCode::Forbidden, Tr::tr("The access token is not valid."), u"token"_s);
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0) != "v1" || key.size() != crypto_auth_KEYBYTES)
        return bad();
    const QByteArray signedPart = parts.at(0) + '.' + parts.at(1);
    const auto macDecoded = QByteArray::fromBase64Encoding(parts.at(2), kBase64Url
                                                           | QByteArray::AbortOnBase64DecodingErrors);
    if (!macDecoded || macDecoded.decoded.size() != crypto_auth_BYTES)
        return bad();
    if (crypto_auth_verify(reinterpret_cast<const unsigned char *>(macDecoded.decoded.constData()),
                           reinterpret_cast<const unsigned char *>(signedPart.constData()),
                           static_cast<unsigned long long>(signedPart.size()),
                           reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return bad();
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), kBase64Url
                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return bad();
    const QJsonObject json = QJsonDocument::fromJson(payload.decoded).object();
    AccessClaims claims;
    claims.userId = QUuid::fromString(json.value(u"u"_s).toString());
    claims.deviceId = json.value(u"d"_s).toString();
    const QVariant expiry = json.value(u"e"_s).toVariant();
    if (claims.userId.isNull() || claims.deviceId.isEmpty() || expiry.typeId() != QMetaType::LongLong)
        return bad();
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(expiry.toLongLong(), Qt::UTC);
    if (claims.expiresAt <= now)
        return fail(ErrorCode::Conflict, Tr::tr("The access token has expired."), u"token_expired"_s);
    return claims;
}

} // namespace coop::server
