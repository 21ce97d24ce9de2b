#pragma once

#include "core/result.h"
#include "core/sync/change.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

namespace coop {
class Store;
}

namespace coop::sync {

// What applying a page (or a snapshot page) did.
struct ApplyOutcome
{
    enum class Status {
        Applied,        // the page and its cursor are stored
        OutboxNotEmpty, // nothing was written: push the outbox first (ADR 009 "Client")
    };
    Status status = Status::Applied;
    qint64 written = 0;       // rows inserted or replaced
    qint64 deleted = 0;       // rows removed
    qint64 skipped = 0;       // changes not newer than the local row, deletes of absent rows
    qint64 ignoredFields = 0; // values of columns this store does not have (a newer server)
    qint64 pendingOperations = 0; // OutboxNotEmpty: how many operations wait to be pushed
    qint64 cursor = 0;            // the tenant's cursor after the call
};

// A snapshot that has been started and not finished: where to resume it.
struct SnapshotProgress
{
    QString tenant;
    qint64 headCursor = 0; // the cursor to pull from once the snapshot is finished
    QString next;          // the server's resume key after the last page applied ("" at start)
    qint64 rows = 0;       // rows applied so far
    QDateTime startedAt;
};

// One value of the conflict inbox (DESIGN.md §7): a field of a pushed operation that the server
// did not keep, or a whole rejected operation (field "*", localValue = the operation's fields).
struct ConflictItem
{
    qint64 id = 0;
    QUuid opId;
    QString operationKind; // insert, update, delete or command
    QString entity;
    QString entityId;
    QString field;
    QJsonValue localValue;
    QJsonValue serverValue; // null when the server sent none (a rejected operation)
    QString reason;
    QDateTime detectedAt;
};

enum class Resolution {
    KeepServer, // the server's value stays; the conflict is closed
    KeepLocal,  // our value is queued again as a new operation against the current row
};

// The device's copy of the tenant's rows as the sync engine sees it: it writes what the server
// sends (pull pages, snapshots) without queueing anything, stores the server's answers to pushed
// operations, and keeps the conflict inbox. Every method is one local transaction.
//
// Rows are applied generically: the entity is the table, the fields its columns; any table with
// `id` and `version` columns is a synced entity, so an entity added later needs no code here.
// The server is authoritative: its rows land even where the local triggers freeze a row for local
// writes (validated documents, payments…), through the sync_apply flag of schema 11.
class LocalReplica
{
public:
    explicit LocalReplica(Store &store);
    ~LocalReplica();
    LocalReplica(const LocalReplica &) = delete;
    LocalReplica &operator=(const LocalReplica &) = delete;

    // The pull cursor of the tenant; 0 before the first page.
    Result<qint64> cursor(const QString &tenant) const;

    // Writes every change (insert or replace by id, delete when `deleted`; a change not newer than
    // the local row is skipped) and sets the cursor, all or nothing. Refused with OutboxNotEmpty
    // while operations wait to be pushed. A change that cannot be written fails the whole page
    // with an error located at "change <seq> <entity>/<id>[.<field>]". Foreign keys are checked
    // at commit, so a page may carry a child before its parent.
    Result<ApplyOutcome> applyPage(const QString &tenant, const QList<Change> &changes,
                                   qint64 newCursor);

    // Stores the server's answers: the acknowledged operations leave the outbox, and the values
    // of merged and rejected ones go to the conflict inbox in the same transaction. An answer for
    // an operation no longer in the outbox (an answer received twice) is ignored.
    Result<void> acknowledge(const QList<OpResult> &results);

    // A resumable snapshot (ADR 009): begin (forgets an unfinished one), apply its pages in
    // order, then finish: local rows of synced entities that the snapshot did not send are
    // removed and the cursor becomes headCursor. Each refuses (Conflict) while the outbox is
    // not empty.
    Result<void> beginSnapshot(const QString &tenant, qint64 headCursor);
    Result<ApplyOutcome> applySnapshotRows(const QString &tenant, const QList<Change> &rows,
                                           const QString &next);
    Result<void> applySnapshotPage(const QString &tenant, const QList<Change> &rows,
                                   const QString &next);
    Result<std::optional<SnapshotProgress>> snapshotInProgress(const QString &tenant) const;
    Result<void> finishSnapshot(const QString &tenant);

    // The conflict inbox, oldest first.
    Result<QList<ConflictItem>> openConflicts() const;
    Result<void> resolve(qint64 conflictId, Resolution resolution);

    // The synced entities of this store, sorted.
    Result<QStringList> syncedEntities() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace coop::sync
