#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

namespace coop::sync {

// One row as the server sends it (ADR 009): in a pull page, the row's whole state after the
// change numbered `seq` in the tenant's change log; in a snapshot page, the row's current state
// with seq 0. `entity` is the table, `fields` its columns (without id and version).
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;

    // {"seq", "entity", "id", "version", "deleted", "fields"}.
    QJsonObject toJson() const;
    // Checked field by field; the error's where() names the field ("change.version").
    static Result<Change> fromJson(const QJsonObject &json);

    bool operator==(const Change &) const = default;
};

// A field whose value lost a same-field race on the server: ours, and the one the server kept.
struct FieldConflict
{
    QString field;
    QJsonValue localValue;
    QJsonValue serverValue;

    // {"field", "local_value", "server_value"}.
    QJsonObject toJson() const;
    static Result<FieldConflict> fromJson(const QJsonObject &json);

    bool operator==(const FieldConflict &) const = default;
};

// The server's answer for one pushed operation.
struct OpResult
{
    enum class Status { Applied, Merged, Rejected };

    QUuid opId;
    qint64 deviceSeq = 0;
    Status status = Status::Applied;
    qint64 version = 0; // the row's version on the server after the operation (0: none)
    QString reason;     // why it was rejected (or merged); empty when applied
    QList<FieldConflict> conflicts;

    static QString statusName(Status status);
    static Result<Status> statusFromName(const QString &name);

    // {"op_id", "device_seq", "status", "version", "reason", "conflicts"}.
    QJsonObject toJson() const;
    static Result<OpResult> fromJson(const QJsonObject &json);

    bool operator==(const OpResult &) const = default;
};

// The bodies of the three answers the replica consumes, read with the same checks; an error is
// located at the element ("changes[3].version").
struct PullPage
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;

    static Result<PullPage> fromJson(const QJsonObject &json);
};

struct SnapshotPage
{
    QList<Change> rows;
    QString next;      // empty: the last page
    qint64 cursor = 0; // the change-log head when the snapshot started

    static Result<SnapshotPage> fromJson(const QJsonObject &json);
};

// {"results": [OpResult…]}
Result<QList<OpResult>> pushResultsFromJson(const QJsonObject &json);

} // namespace coop::sync
