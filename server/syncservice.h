#pragma once

#include "accounts.h"

#include "core/result.h"

#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace coop::server {

class Database;

// Who is asking: the verified user and device, the tenant of the URL and the user's membership
// there (none when they have none: the service refuses, and row-level security would too).
struct RequestContext
{
    QUuid userId;
    QString deviceId;
    QString tenant;
    std::optional<Membership> membership;
    // When set, the device and the membership are not checked yet: the service calls this inside
    // the request's own transaction (one statement instead of a transaction of their own) and
    // takes the membership it returns; an error ends the request.
    std::function<Result<std::optional<Membership>>()> checkAccess;
};

enum class CursorMode {
    TenantLock,  // the change log is numbered under the tenant's row lock: commit order
    GlobalSerial // a global sequence, numbered at insert time; only to show that it loses rows
};

struct SyncOptions
{
    // The service's own authorisation (membership, scope, role rules). Switched off only by the
    // tests that show row-level security still blocks what it would have blocked.
    bool serviceFilter = true;
    CursorMode cursorMode = CursorMode::TenantLock;
    int maxPageSize = 5000;
    int maxOpsPerPush = 1000;
    qint64 maxBlobBytes = 32 * 1024 * 1024;
    // Called inside a push's transaction after its writes, before commit (tests interleave
    // transactions with it).
    std::function<void()> beforePushCommit;
};

// The sync endpoints' work on PostgreSQL (docs/adr/009-sync-protocol.md): push applies a device's
// operations in device_seq order with the per-field merge, each exactly once; pull pages through
// the tenant's change log from a cursor, showing only rows the user may see; snapshot pages
// through the current rows; blobs are stored by their SHA-256. Every transaction runs as the
// service role with the request's user set, so row-level security repeats the tenant and scope
// checks. Errors: Forbidden (403), InvalidArgument/ParseError (400, at the field), NotFound (404),
// Conflict at "snapshot_required" (410), Database (500).
class SyncService
{
public:
    SyncService(Database &db, SyncOptions options = {});

    Result<QJsonObject> push(const RequestContext &ctx, const QJsonObject &body);
    Result<QJsonObject> pull(const RequestContext &ctx, qint64 cursor, int limit);
    // The same page as pull(), already as the JSON text the API sends: the change log's rows are
    // written as JSON by PostgreSQL and joined, never parsed and printed again here.
    Result<QByteArray> pullBody(const RequestContext &ctx, qint64 cursor, int limit);
    Result<QJsonObject> snapshot(const RequestContext &ctx, const QString &after, int limit);
    Result<void> putBlob(const RequestContext &ctx, const QString &sha256, const QString &scope,
                         const QByteArray &data);
    Result<QByteArray> getBlob(const RequestContext &ctx, const QString &sha256);

    // Maintenance: drops the tenant's change log up to seq; older cursors then need a snapshot.
    Result<void> prune(const QString &tenant, qint64 upToSeq);

    const SyncOptions &options() const { return m_options; }
    SyncOptions &options() { return m_options; }

private:
    Database &m_db;
    SyncOptions m_options;
};

} // namespace coop::server
