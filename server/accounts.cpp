#include "accounts.h"

#include "database.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString activitiesJson(const QStringList &activities)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(activities)).toJson(QJsonDocument::Compact));
}

QStringList activitiesFromJson(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

Error wrongLogin()
{
    return Error(ErrorCode::Forbidden, Tr::tr("Wrong login or password."), u"login"_s);
}

Error revoked(const QString &deviceId)
{
    return Error(ErrorCode::Forbidden,
                 Tr::tr("This device (%1) has been cut off by the cooperative; sign in again.").arg(deviceId),
                 u"device_revoked"_s);
}

const QString kMembershipsSql = u"SELECT tenant_id, role, array_to_json(activities)::text FROM membership "
                                 "WHERE user_id = ?::uuid ORDER BY tenant_id"_s;

// `q` is kMembershipsSql, prepared.
Result<QList<Membership>> readMemberships(QSqlQuery &q, const QString &whereUser)
{
    q.addBindValue(whereUser);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the memberships:"), q));
    QList<Membership> list;
    while (q.next()) {
        auto role = roleFromName(q.value(1).toString());
        if (!role)
            return fail(role.error());
        list.append({q.value(0).toString(), *role, activitiesFromJson(q.value(2))});
    }
    q.finish();
    return list;
}

Result<QList<Membership>> readMemberships(QSqlDatabase db, const QString &whereUser)
{
    QSqlQuery q(db);
    q.prepare(kMembershipsSql);
    return readMemberships(q, whereUser);
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Entrepreneur: return u"entrepreneur"_s;
    case Role::Accountant: return u"accountant"_s;
    case Role::Admin: return u"admin"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Entrepreneur, Role::Accountant, Role::Admin}) {
        if (roleName(r) == name)
            return r;
    }
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("Unknown role \"%1\" (expected entrepreneur, accountant or admin).").arg(name),
                u"role"_s);
}

Accounts::Accounts(Database &db, AccountOptions options) : m_db(db), m_options(std::move(options)) {}

Result<QUuid> Accounts::addUser(const QString &login, const QString &displayName,
                                const QString &password)
{
    if (login.trimmed().isEmpty() || login != login.trimmed())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A login cannot be empty or start or end with a space."), u"login"_s);
    if (password.size() < 8)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The password must have at least 8 characters."), u"password"_s);
    auto hash = hashPassword(password, m_options.passwordCost);
    if (!hash)
        return fail(hash.error());
    auto conn = m_db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    const QUuid id = QUuid::createUuid();
    QSqlQuery q(*conn);
    q.prepare(u"INSERT INTO app_user (id, login, display_name, password_hash) VALUES (?::uuid, ?, ?, ?) "
              "ON CONFLICT (login) DO NOTHING"_s);
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(login);
    q.addBindValue(displayName.isNull() ? u""_s : displayName);
    q.addBindValue(QString::fromLatin1(*hash));
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot add the user:"), q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::AlreadyExists, Tr::tr("A user \"%1\" exists already.").arg(login), u"login"_s);
    return id;
}

Result<void> Accounts::grant(const QString &login, const QString &tenant, Role role,
                             const QStringList &activities)
{
    if (tenant.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The tenant cannot be empty."), u"tenant"_s);
    if (role != Role::Admin && activities.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("An entrepreneur or an accountant needs at least one activity."), u"activities"_s);
    if (role == Role::Entrepreneur && activities.size() != 1)
        return fail(ErrorCode::InvalidArgument, Tr::tr("An entrepreneur has exactly one activity."), u"activities"_s);
    auto conn = m_db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return r;
    q.prepare(u"SELECT id FROM app_user WHERE login = ?"_s);
    q.addBindValue(login);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the user:"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound, Tr::tr("There is no user \"%1\".").arg(login), u"login"_s);
    const QString userId = q.value(0).toString();
    q.finish();
    for (const QString &sql : {u"INSERT INTO tenant (id) VALUES (?) ON CONFLICT DO NOTHING"_s,
                               u"INSERT INTO tenant_clock (tenant_id) VALUES (?) ON CONFLICT DO NOTHING"_s}) {
        q.prepare(sql);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(databaseError(Tr::tr("Cannot create the tenant:"), q));
    }
    q.prepare(u"INSERT INTO membership (user_id, tenant_id, role, activities) "
              "VALUES (?::uuid, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb))) "
              "ON CONFLICT (user_id, tenant_id) DO UPDATE SET role = excluded.role, "
              "activities = excluded.activities"_s);
    q.addBindValue(userId);
    q.addBindValue(tenant);
    q.addBindValue(roleName(role));
    q.addBindValue(activitiesJson(activities));
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot grant the role:"), q));
    return tx.commit();
}

Result<void> Accounts::revokeDevice(const QString &deviceId, const QString &reason)
{
    auto conn = m_db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return r;
    q.prepare(u"UPDATE device SET revoked_at = coalesce(revoked_at, now()), revoked_why = ? WHERE id = ?"_s);
    q.addBindValue(reason);
    q.addBindValue(deviceId);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot revoke the device:"), q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no device \"%1\".").arg(deviceId), u"device"_s);
    q.prepare(u"UPDATE refresh_token SET spent_at = now() WHERE device_id = ? AND spent_at IS NULL"_s);
    q.addBindValue(deviceId);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot revoke the device's tokens:"), q));
    return tx.commit();
}

Result<QList<UserInfo>> Accounts::listUsers()
{
    auto conn = m_db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    if (!q.exec(u"SELECT id, login, display_name, disabled FROM app_user ORDER BY login"_s))
        return fail(databaseError(Tr::tr("Cannot list the users:"), q));
    QList<UserInfo> users;
    while (q.next())
        users.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                      q.value(2).toString(), q.value(3).toBool(), {}, {}});
    for (UserInfo &u : users) {
        auto m = readMemberships(*conn, u.id.toString(QUuid::WithoutBraces));
        if (!m)
            return fail(m.error());
        u.memberships = *m;
        QSqlQuery d(*conn);
        d.prepare(u"SELECT id, name, last_seen, revoked_at IS NOT NULL FROM device "
                  "WHERE user_id = ?::uuid ORDER BY created_at, id"_s);
        d.addBindValue(u.id.toString(QUuid::WithoutBraces));
        if (!d.exec())
            return fail(databaseError(Tr::tr("Cannot list the devices:"), d));
        while (d.next())
            u.devices.append({d.value(0).toString(), d.value(1).toString(), d.value(2).toDateTime(),
                              d.value(3).toBool()});
    }
    return users;
}

Result<QByteArray> Accounts::serverKey()
{
    QMutexLocker lock(&m_keyMutex);
    if (!m_key.isEmpty())
        return m_key;
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    q.prepare(u"INSERT INTO server_key (id, key) VALUES (1, ?) ON CONFLICT DO NOTHING"_s);
    q.addBindValue(newServerKey());
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot create the server key:"), q));
    if (!q.exec(u"SELECT key FROM server_key WHERE id = 1"_s) || !q.next())
        return fail(databaseError(Tr::tr("Cannot read the server key:"), q));
    m_key = q.value(0).toByteArray();
    return m_key;
}

Result<Session> Accounts::issue(Transaction &tx, const QUuid &userId, const QString &deviceId,
                                const QByteArray &presented, bool again)
{
    auto key = serverKey();
    if (!key)
        return fail(key.error());
    const QDateTime now = m_options.clock();
    Session s;
    s.userId = userId;
    s.accessExpiresIn = m_options.accessTokenSeconds;
    s.accessToken = issueAccessToken(*key, {userId, deviceId, now.addSecs(m_options.accessTokenSeconds)});
    // The successor of a refresh token is derived from it: every copy of one exchange (a retry,
    // a late duplicate) gets the same successor, so none of them can push another aside.
    s.refreshToken = presented.isEmpty() ? randomToken() : deriveRefreshToken(*key, presented);
    const QByteArray hash = tokenHash(s.refreshToken);
    QSqlQuery q(tx.db());
    if (!again) {
        q.prepare(u"INSERT INTO refresh_token (token_hash, device_id, issued_at, expires_at) "
                  "VALUES (?, ?, ?::timestamptz, ?::timestamptz)"_s);
        q.addBindValue(hash);
        q.addBindValue(deviceId);
        q.addBindValue(isoUtc(now));
        q.addBindValue(isoUtc(now.addDays(m_options.refreshTokenDays)));
        if (!q.exec())
            return fail(databaseError(Tr::tr("Cannot store the refresh token:"), q));
    }
    if (!presented.isEmpty() && !again) {
        q.prepare(u"UPDATE refresh_token SET spent_at = ?::timestamptz, replaced_by = ? WHERE token_hash = ?"_s);
        q.addBindValue(isoUtc(now));
        q.addBindValue(hash);
        q.addBindValue(tokenHash(presented));
        if (!q.exec())
            return fail(databaseError(Tr::tr("Cannot spend the refresh token:"), q));
    }
    q.prepare(u"UPDATE device SET last_seen = ?::timestamptz WHERE id = ?"_s);
    q.addBindValue(isoUtc(now));
    q.addBindValue(deviceId);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot update the device:"), q));
    if (auto r = tx.setUser(userId.toString(QUuid::WithoutBraces)); !r)
        return fail(r.error());
    auto m = readMemberships(tx.db(), userId.toString(QUuid::WithoutBraces));
    if (!m)
        return fail(m.error());
    s.memberships = *m;
    return s;
}

Result<Session> Accounts::login(const QString &login, const QString &password,
                                const QString &deviceId, const QString &deviceName)
{
    if (deviceId.isEmpty() || deviceId.size() > 100)
        return fail(ErrorCode::InvalidArgument, Tr::tr("A device id is required."), u"device_id"_s);
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    q.prepare(u"SELECT id, password_hash, disabled FROM app_user WHERE login = ?"_s);
    q.addBindValue(login);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the user:"), q));
    if (!q.next()) {
        verifyNothing(password);
        return fail(wrongLogin());
    }
    const QUuid userId = QUuid::fromString(q.value(0).toString());
    const QByteArray hash = q.value(1).toString().toLatin1();
    const bool disabled = q.value(2).toBool();
    q.finish();
    if (!verifyPassword(hash, password) || disabled)
        return fail(wrongLogin());

    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return fail(r.error());
    q.prepare(u"INSERT INTO device (id, user_id, name) VALUES (?, ?::uuid, ?) ON CONFLICT (id) DO NOTHING"_s);
    q.addBindValue(deviceId);
    q.addBindValue(userId.toString(QUuid::WithoutBraces));
    q.addBindValue(deviceName.isNull() ? u""_s : deviceName);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot register the device:"), q));
    q.prepare(u"SELECT user_id, revoked_at IS NOT NULL FROM device WHERE id = ?"_s);
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return fail(databaseError(Tr::tr("Cannot read the device:"), q));
    if (QUuid::fromString(q.value(0).toString()) != userId)
        return fail(ErrorCode::Forbidden, Tr::tr("This device belongs to another user."), u"device_id"_s);
    if (q.value(1).toBool())
        return fail(revoked(deviceId));
    q.finish();
    auto s = issue(tx, userId, deviceId, {}, false);
    if (!s)
        return s;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return s;
}

Result<Session> Accounts::refresh(const QByteArray &refreshToken)
{
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    const QDateTime now = m_options.clock();
    const QByteArray hash = tokenHash(refreshToken);
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return fail(r.error());
    q.prepare(u"SELECT t.device_id, d.user_id, d.revoked_at IS NOT NULL, u.disabled, "
              "t.expires_at < ?::timestamptz, t.spent_at IS NOT NULL, "
              "t.spent_at > ?::timestamptz, n.spent_at IS NULL AND n.token_hash IS NOT NULL, "
              "t.spent_at > ?::timestamptz "
              "FROM refresh_token t JOIN device d ON d.id = t.device_id "
              "JOIN app_user u ON u.id = d.user_id "
              "LEFT JOIN refresh_token n ON n.token_hash = t.replaced_by "
              "WHERE t.token_hash = ? FOR UPDATE OF t, d"_s);
    q.addBindValue(isoUtc(now));
    q.addBindValue(isoUtc(now.addSecs(-m_options.refreshRetrySeconds)));
    q.addBindValue(isoUtc(now.addSecs(-m_options.refreshStaleSeconds)));
    q.addBindValue(hash);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the refresh token:"), q));
    if (!q.next())
        return fail(ErrorCode::Forbidden, Tr::tr("The refresh token is not valid; sign in again."), u"refresh_token"_s);
    const QString deviceId = q.value(0).toString();
    const QUuid userId = QUuid::fromString(q.value(1).toString());
    const bool deviceRevoked = q.value(2).toBool();
    const bool disabled = q.value(3).toBool();
    const bool expired = q.value(4).toBool();
    const bool spent = q.value(5).toBool();
    const bool recentlySpent = q.value(6).toBool();
    const bool successorUnused = q.value(7).toBool();
    const bool justSpent = q.value(8).toBool();
    q.finish();
    if (deviceRevoked)
        return fail(revoked(deviceId));
    if (disabled)
        return fail(wrongLogin());
    if (expired)
        return fail(ErrorCode::Forbidden, Tr::tr("The session has expired; sign in again."), u"refresh_token"_s);
    bool again = false;
    if (spent) {
        if (recentlySpent && successorUnused) {
            // A retry, or a late copy, of the exchange: the same successor again.
            again = true;
        } else if (justSpent) {
            // A late copy of the exchange after its successor was used: nothing to give, nothing
            // revoked.
            return fail(ErrorCode::Conflict, Tr::tr("This refresh request was already answered."),
                        u"stale_request"_s);
        } else {
            // Someone else holds a copy of the token: cut the device off.
            q.prepare(u"UPDATE device SET revoked_at = ?::timestamptz, revoked_why = 'refresh token reused' WHERE id = ?"_s);
            q.addBindValue(isoUtc(now));
            q.addBindValue(deviceId);
            if (!q.exec())
                return fail(databaseError(Tr::tr("Cannot revoke the device:"), q));
            q.prepare(u"UPDATE refresh_token SET spent_at = ?::timestamptz WHERE device_id = ? AND spent_at IS NULL"_s);
            q.addBindValue(isoUtc(now));
            q.addBindValue(deviceId);
            if (!q.exec())
                return fail(databaseError(Tr::tr("Cannot revoke the device's tokens:"), q));
            if (auto r = tx.commit(); !r)
                return fail(r.error());
            return fail(revoked(deviceId));
        }
    }
    auto s = issue(tx, userId, deviceId, refreshToken, again);
    if (!s)
        return s;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return s;
}

Result<AccessClaims> Accounts::authenticate(const QByteArray &accessToken)
{
    auto claims = verifyToken(accessToken);
    if (!claims)
        return claims;
    // The device and the user only: no tenant, and outside a transaction no membership is visible.
    if (auto access = checkAccess(*claims, QString()); !access)
        return fail(access.error());
    return claims;
}

Result<AccessClaims> Accounts::verifyToken(const QByteArray &accessToken)
{
    auto key = serverKey();
    if (!key)
        return fail(key.error());
    return verifyAccessToken(*key, accessToken, m_options.clock());
}

Result<std::optional<Membership>> Accounts::checkAccess(const AccessClaims &claims, const QString &tenant)
{
    auto statement = m_db.statement(
        Database::Role::Service,
        u"SELECT d.revoked_at IS NOT NULL, u.disabled, m.role, array_to_json(m.activities)::text "
        "FROM device d JOIN app_user u ON u.id = d.user_id "
        "LEFT JOIN membership m ON m.user_id = d.user_id AND m.tenant_id = ? "
        "WHERE d.id = ? AND d.user_id = ?::uuid"_s);
    if (!statement)
        return fail(statement.error());
    QSqlQuery &q = **statement;
    q.addBindValue(tenant);
    q.addBindValue(claims.deviceId);
    q.addBindValue(claims.userId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the device:"), q));
    const bool found = q.next();
    const bool deviceRevoked = found && q.value(0).toBool();
    const bool disabled = found && q.value(1).toBool();
    const bool member = found && !q.value(2).isNull();
    const QString roleName = member ? q.value(2).toString() : QString();
    const QVariant activities = member ? q.value(3) : QVariant();
    q.finish();
    if (!found || disabled)
        return fail(ErrorCode::Forbidden, Tr::tr("The access token is not valid."), u"token"_s);
    if (deviceRevoked)
        return fail(revoked(claims.deviceId));
    if (!member)
        return std::optional<Membership>();
    auto role = roleFromName(roleName);
    if (!role)
        return fail(role.error());
    return std::optional<Membership>(Membership{tenant, *role, activitiesFromJson(activities)});
}

Result<QList<Membership>> Accounts::memberships(const QUuid &userId)
{
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return fail(r.error());
    if (auto r = tx.setUser(userId.toString(QUuid::WithoutBraces)); !r)
        return fail(r.error());
    // The request's hot path: the statement stays prepared on the connection.
    auto statement = m_db.statement(Database::Role::Service, kMembershipsSql);
    if (!statement)
        return fail(statement.error());
    auto m = readMemberships(**statement, userId.toString(QUuid::WithoutBraces));
    if (!m)
        return m;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return m;
}

} // namespace coop::server
