#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace coop::server {

// Password hashing and tokens. Passwords are kept as Argon2id hashes (libsodium's encoded form,
// which carries its own salt and cost); refresh tokens are 32 random bytes shown once to the
// device and stored as their SHA-256; access tokens are signed, not stored:
// "v1.<base64url payload>.<base64url MAC>", the payload naming the user, the device and the expiry,
// the MAC libsodium's crypto_auth (HMAC-SHA-512-256) under the server key.
struct PasswordCost
{
    quint64 opsLimit;
    size_t memLimit;

    static PasswordCost interactive(); // libsodium's interactive limits: the server's default
    static PasswordCost minimal();     // the smallest Argon2id allows, for tests only
};

Result<QByteArray> hashPassword(const QString &password, PasswordCost cost);
bool verifyPassword(const QByteArray &hash, const QString &password);
// Costs the same as a verification: a login for an unknown user takes as long as a wrong password.
void verifyNothing(const QString &password);

QByteArray randomToken();                   // 32 random bytes, base64url without padding
QByteArray tokenHash(const QByteArray &token); // SHA-256 of the token as sent
// The refresh token that replaces `token`: a MAC of it under the server key, base64url.
QByteArray deriveRefreshToken(const QByteArray &key, const QByteArray &token);
QByteArray newServerKey();                  // crypto_auth key

struct AccessClaims
{
    QUuid userId;
    QString deviceId;
    QDateTime expiresAt;
};

QByteArray issueAccessToken(const QByteArray &key, const AccessClaims &claims);
// Unauthenticated (ErrorCode::Forbidden, where "token") for a token that is malformed or not
// signed by key; ErrorCode::Conflict with where "token_expired" for a well-signed expired one.
Result<AccessClaims> verifyAccessToken(const QByteArray &key, const QByteArray &token,
                                       const QDateTime &now);

} // namespace coop::server
