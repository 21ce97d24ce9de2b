#pragma once

#include "core/costallocation.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// A pool in the store (migration 8).
struct StoredCostPool
{
    CostPool pool;
    qint64 version = 0;
    QHash<QString, qint64> weights;  // activity id → fixed amount in cents or custom weight
    bool allocated = false;
    QDateTime allocatedAt;
    QList<AllocationShare> shares;   // once allocated
};

// Shared-cost pools and their allocation over the activities.
class CostPoolRepository
{
public:
    explicit CostPoolRepository(Store &store) : m_store(store) {}

    // A new pool (version 0) or an edited draft, validated by the core rules; an allocated pool is
    // refused (Constraint).
    Result<StoredCostPool> savePool(StoredCostPool pool);
    // The same inside a caller's unit of work (the demo generator).
    Result<StoredCostPool> savePool(UnitOfWork &unit, StoredCostPool pool);
    Result<std::optional<StoredCostPool>> pool(const QString &id) const;
    Result<QList<StoredCostPool>> pools() const;  // by period, then label

    // Who shares a pool: every activity with a member under contract (CAPE or CESA) on at least
    // one day of the period, present from the first such day to the last; its turnover is the HT
    // it invoiced in the period (validated invoices less credit notes), its margin that turnover
    // less the purchases resold (the 607/604 lines of its validated or paid supplier invoices
    // dated in the period), its headcount the members under contract in the period, its
    // fixed amount or custom weight the pool's figure for it (0 when none).
    Result<QList<AllocationParticipant>> participants(const StoredCostPool &pool) const;

    // Splits the pool (allocatePool) and stores the shares with the pool, now frozen; an
    // allocated pool is refused (Conflict). `preview` only computes, nothing is written.
    Result<Allocation> allocate(const QString &id, bool preview = false,
                                const QDateTime &at = {});

    // The split of a pool as it stands in an editor, saved or not: validated by the core rules
    // (the error names the field, as savePool would), then divided over participants(pool).
    // Nothing is written.
    Result<Allocation> preview(const StoredCostPool &pool) const;

private:
    // The checks savePool makes before writing.
    static Result<void> check(const StoredCostPool &pool);

    Store &m_store;
};

} // namespace coop
