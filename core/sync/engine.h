#pragma once

#include "core/result.h"
#include "core/sync/transport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace coop {
class Store;
}

namespace coop::sync {

struct SyncEngineOptions
{
    int pushBatch = 500;    // operations per push request
    int pullLimit = 2000;   // changes per pull page
    int snapshotLimit = 2000;
};

struct SyncProgress
{
    enum class Phase { Push, Pull, Snapshot };
    Phase phase = Phase::Push;
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
};

// What one sync did.
struct SyncReport
{
    qint64 pushed = 0;    // operations acknowledged by the server
    qint64 rejected = 0;  // of which refused (their values are in the conflict inbox)
    qint64 merged = 0;    // of which kept in part (the lost fields are in the inbox)
    qint64 pulled = 0;    // changes received
    qint64 snapshotRows = 0;
    qint64 cursor = 0;
};

// The account's place in one cooperative on the server, as its login answer tells it.
struct AccountMembership
{
    QString tenant;         // the cooperative's tenant id, what StoreCreateOptions::tenantId takes
    QString role;           // "entrepreneur", "accountant" or "admin"
    QStringList activities; // the activities it covers (UUIDs); empty for an admin
};

// The keys of store_meta where signIn() keeps the account's membership in the store's cooperative:
// the role, and the activity UUIDs joined by ','. The window reads them to show what the role
// needs. signOut() keeps them: the store's rows are still those that role was given.
inline const QString kSyncRoleKey = QStringLiteral("sync_role");
inline const QString kSyncActivitiesKey = QStringLiteral("sync_activities");

// What the desktop shows: signed in as whom, what waits, when the last sync ended.
struct SyncStatus
{
    QString server;
    QString login;
    bool signedIn = false;
    qint64 pendingOperations = 0;
    qint64 openConflicts = 0;
    QDateTime lastSync;
};

// The client side of sync (DESIGN.md §7, docs/adr/009-sync-protocol.md) for one store. A sync
// pushes the whole outbox (each answer stored before the operation leaves the outbox), then pulls
// pages from the store's cursor until it is up to date, each page applied with its cursor in one
// local transaction; a cursor the server no longer serves starts a snapshot, resumable page by
// page. Stopped at any point (cancel, crash, network), the next sync carries on where this one
// stopped and nothing is lost or applied twice: the server recognises every operation by its id.
//
// The session lives in the encrypted store: the refresh token (rotated at every refresh, the new
// one saved before it is used) and the server's address; the short-lived access token only in
// memory. An expired access token is refreshed and the request sent again, once.
// Errors: Io (no answer, the server failing: try again later), Forbidden (sign in again: the
// session ended or the device was revoked), Conflict (the server and this store disagree on
// something a retry will not fix: the message says what).
class SyncEngine
{
public:
    using ProgressFn = std::function<bool(const SyncProgress &)>; // false: stop

    SyncEngine(Store &store, Transport &transport, SyncEngineOptions options = {});

    // Checks a login and password before any store exists (the first-run wizard asks for the
    // account first, and creates the store only in the cooperative the account belongs to).
    // The server's login needs a device id, and a store's device id is drawn when the store is
    // created: this logs in as a throw-away device (a random id, `deviceName`), drops the session
    // it gets, and returns the account's memberships. The store, created next with the chosen
    // tenant, then signs in for its own device with signIn(). The throw-away device stays in the
    // server's list of the account's devices; nobody holds its tokens.
    // Errors as signIn(): Io (no answer), Forbidden (wrong login or password; where "tenant" when
    // the account has no role in any cooperative), Conflict (e.g. a server of another protocol).
    // With `deviceId` (the id the store will be created with, StoreCreateOptions::deviceId) the
    // check is that device's first login and nothing is left behind.
    static Result<QList<AccountMembership>> checkAccount(Transport &transport, const QString &login,
                                                         const QString &password,
                                                         const QString &deviceName,
                                                         const QString &deviceId = {});

    // Signs in with a password (asked of the person, never stored) and keeps the session, with
    // the account's role and activities in the store's cooperative (kSyncRoleKey,
    // kSyncActivitiesKey).
    Result<void> signIn(const QString &server, const QString &login, const QString &password,
                        const QString &deviceName);
    // Forgets the session (the server keeps the device until an admin revokes it). The role and
    // activities stay: they describe the rows the store holds.
    Result<void> signOut();

    Result<SyncReport> syncOnce(const ProgressFn &progress = {});
    Result<SyncStatus> status() const;

    // The delay before retry number `attempt` (0, 1, 2…) after a failed sync: 1 s doubling up
    // to 5 min, less up to a quarter at random so that devices cut off together do not all come
    // back together.
    static qint64 backoffMs(int attempt, quint32 randomValue);

private:
    Result<TransportReply> call(TransportRequest request, bool authenticated = true);
    Result<void> refresh();
    Result<void> saveSession(const QJsonObject &session);
    Result<void> pushAll(SyncReport &report, const ProgressFn &progress);
    Result<void> pullAll(SyncReport &report, const ProgressFn &progress);
    Result<void> runSnapshot(SyncReport &report, const ProgressFn &progress);
    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QList<std::pair<QString, QString>> &values);

    Store &m_store;
    Transport &m_transport;
    SyncEngineOptions m_options;
    QByteArray m_accessToken;
};

} // namespace coop::sync
