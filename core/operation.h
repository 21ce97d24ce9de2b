#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace coop {

// One change made on a device, as it travels to the cooperative's server (DESIGN.md §7).
// Every write of the repository layer appends one to the local outbox in the same transaction as
// the write itself, so a change is either both stored and queued, or neither.
// Invariants: opId is unique forever; deviceSeq strictly increases on a device and is never
// reused, even after acknowledged operations are dropped; fields holds only what changed.
class Operation
{
public:
    enum class Kind { Insert, Update, Delete, Command };

    QUuid opId;
    qint64 deviceSeq = 0;
    QString tenant;
    QString entity;      // the entity type ("setting", "invoice"…), or the command's name
    QString entityId;
    Kind kind = Kind::Insert;
    qint64 baseVersion = 0; // the row version the change was made against; 0 for an insert
    QJsonObject fields;     // changed fields (insert: all; delete: empty; command: arguments)
    QDateTime createdAt;    // informative only: the server orders by its own arrival order

    static QString kindName(Kind kind);
    static Result<Kind> kindFromName(const QString &name);

    // The wire and outbox form: {"op_id", "device_seq", "tenant", "entity", "id", "kind",
    // "base_version", "fields", "created_at"}.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; a payload from elsewhere is checked field by field and the error
    // names the field that is missing or wrong.
    static Result<Operation> fromJson(const QJsonObject &json);

    bool operator==(const Operation &) const = default;
};

} // namespace coop
