#pragma once

#include "credentials.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace coop::server {

class Database;

enum class Role { Entrepreneur, Accountant, Admin };
QString roleName(Role role);
Result<Role> roleFromName(const QString &name);

// A user's place in one tenant (a cooperative): the role, and the activities it covers (the
// entrepreneur's own, the accountant's portfolio; an admin covers the whole tenant).
struct Membership
{
    QString tenant;
    Role role = Role::Entrepreneur;
    QStringList activities;

    bool covers(const QString &scope) const
    {
        return role == Role::Admin || scope.isEmpty() || activities.contains(scope);
    }
};

struct Session
{
    QByteArray accessToken;
    qint64 accessExpiresIn = 0; // seconds
    QByteArray refreshToken;
    QUuid userId;
    QList<Membership> memberships;
};

struct DeviceInfo
{
    QString id;
    QString name;
    QDateTime lastSeen;
    bool revoked = false;
};

struct UserInfo
{
    QUuid id;
    QString login;
    QString displayName;
    bool disabled = false;
    QList<Membership> memberships;
    QList<DeviceInfo> devices;
};

struct AccountOptions
{
    PasswordCost passwordCost = PasswordCost::interactive();
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenDays = 60;
    // How long after an exchange the old refresh token may be shown again while its successor has
    // never been used: a client whose answer was lost (a train's tunnel) retries, perhaps hours
    // later; once the successor is used, the old token is a reuse.
    qint64 refreshRetrySeconds = 24 * 3600;
    // A spent token shown again this soon after its exchange, its successor already in use, is
    // a late copy of the exchange's own request (a client that gave up waiting): refused as
    // stale, nothing revoked; a thief showing it gains nothing. Later, it is a reuse.
    qint64 refreshStaleSeconds = 60;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};

// Users, their memberships, devices and tokens. The admin operations (add, grant, revoke, list)
// run as the maintenance role, as the command line does; login, refresh and authenticate as the
// service role, as requests do. Errors for a person at a login prompt are deliberately vague:
// "wrong login or password" for both an unknown login and a wrong password.
class Accounts
{
public:
    Accounts(Database &db, AccountOptions options = {});

    Result<QUuid> addUser(const QString &login, const QString &displayName, const QString &password);
    Result<void> grant(const QString &login, const QString &tenant, Role role,
                       const QStringList &activities);
    Result<void> revokeDevice(const QString &deviceId, const QString &reason);
    Result<QList<UserInfo>> listUsers();

    Result<Session> login(const QString &login, const QString &password, const QString &deviceId,
                          const QString &deviceName);
    Result<Session> refresh(const QByteArray &refreshToken);
    // The claims of a valid access token whose device is not revoked and whose user is enabled.
    Result<AccessClaims> authenticate(const QByteArray &accessToken);
    // The token's signature and expiry only, without the database: the request then checks the
    // device and membership with checkAccess() inside its own transaction.
    Result<AccessClaims> verifyToken(const QByteArray &accessToken);
    // On this thread's service connection: the device still allowed and the user not disabled,
    // then the membership in `tenant` (none if not a member), which row-level security shows only
    // inside a transaction that has set the user.
    Result<std::optional<Membership>> checkAccess(const AccessClaims &claims, const QString &tenant);
    // The user's memberships, read under row-level security as that user.
    Result<QList<Membership>> memberships(const QUuid &userId);

    const AccountOptions &options() const { return m_options; }
    QDateTime now() const { return m_options.clock(); }

private:
    Result<QByteArray> serverKey();
    // A new session; presented: the refresh token being exchanged (empty at login), again: its
    // successor exists already (a retry of the exchange).
    Result<Session> issue(class Transaction &tx, const QUuid &userId, const QString &deviceId,
                          const QByteArray &presented, bool again);

    Database &m_db;
    AccountOptions m_options;
    QMutex m_keyMutex;
    QByteArray m_key;
};

} // namespace coop::server
