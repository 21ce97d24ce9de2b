#pragma once

#include "core/operation.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace coop {

class Store;

// One local transaction of the repository layer. Every row it writes is also appended to the
// outbox as an Operation in the same transaction (DESIGN.md §7), so each entity written through it
// is ready for sync with no code of its own. A synced entity is a table named after the entity
// with `id TEXT PRIMARY KEY` and `version INTEGER`; the version goes up by one on every update and
// an update or delete made against an older version is refused (Conflict) without writing.
// Nothing is visible to other connections until commit(); destroying an uncommitted unit rolls
// it back. Entity and column names come from code, never from users; they are still checked.
class UnitOfWork
{
public:
    explicit UnitOfWork(Store &store);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    Result<void> begin();

    Result<void> insert(const QString &entity, const QString &id, const QVariantMap &fields);
    // Returns the row's new version.
    Result<qint64> update(const QString &entity, const QString &id, qint64 baseVersion,
                          const QVariantMap &changed);
    Result<void> remove(const QString &entity, const QString &id, qint64 baseVersion);
    // A request that the store that owns the rule carries out (validate_invoice…, issue 8).
    Result<void> command(const QString &name, const QString &targetId, const QJsonObject &args);

    Result<void> commit();
    void rollback();

    // The operations queued by this unit so far, in order.
    const QList<Operation> &operations() const { return m_operations; }

private:
    Result<void> appendOperation(Operation op);
    Result<void> requireTable(const QString &entity, const QStringList &columns);

    Store &m_store;
    bool m_active = false;
    QList<Operation> m_operations;
};

} // namespace coop
