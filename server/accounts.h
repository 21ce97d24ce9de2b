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
    // not been used: a client whose answer was lost retries; anything else is a reuse.
    qint64 refreshRetrySeconds = 120;
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
    // The user's memberships, read under row-level security as that user.
    Result<QList<Membership>> memberships(const QUuid &userId);

    const AccountOptions &options() const { return m_options; }
    QDateTime now() const { return m_options.clock(); }

private:
    Result<QByteArray> serverKey();
    Result<Session> issue(class Transaction &tx, const QUuid &userId, const QString &deviceId,
                          const QByteArray &replacing);

    Database &m_db;
    AccountOptions m_options;
    QMutex m_keyMutex;
    QByteArray m_key;
};

} // namespace coop::server
