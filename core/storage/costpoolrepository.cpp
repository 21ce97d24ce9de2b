#include "costpoolrepository.h"

#include "ledger_p.h"
#include "peoplerepository.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/contract.h"
#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

QJsonObject weightsToJson(const QHash<QString, qint64> &weights)
{
    QJsonObject o;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray sharesToJson(const QList<AllocationShare> &shares)
{
    QJsonArray array;
    for (const AllocationShare &s : shares)
        array.append(QJsonObject{{u"activity_id"_s, s.activityId},
                                 {u"activity_code"_s, s.activityCode},
                                 {u"key_value"_s, s.keyValue},
                                 {u"presence_days"_s, s.presenceDays},
                                 {u"weight"_s, s.weight},
                                 {u"amount_cents"_s, s.amount.cents()}});
    return array;
}

QList<AllocationShare> sharesFromJson(const QJsonArray &array)
{
    QList<AllocationShare> shares;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const auto integer = [&](const QString &key) {
            return detail::jsonInteger(o.value(key)).value_or(0);
        };
        AllocationShare s;
        s.activityId = o.value(u"activity_id"_s).toString();
        s.activityCode = o.value(u"activity_code"_s).toString();
        s.keyValue = integer(u"key_value"_s);
        s.presenceDays = static_cast<int>(integer(u"presence_days"_s));
        s.weight = integer(u"weight"_s);
        s.amount = Money::fromCents(integer(u"amount_cents"_s));
        shares.append(s);
    }
    return shares;
}

QVariantMap poolFields(const StoredCostPool &p)
{
    return {
        {u"label"_s, p.pool.label},
        {u"period_from"_s, date(p.pool.from)},
        {u"period_to"_s, date(p.pool.to)},
        {u"amount_cents"_s, p.pool.amount.cents()},
        {u"account"_s, p.pool.account},
        {u"key"_s, allocationKeyKey(p.pool.key)},
        {u"weights"_s, json(weightsToJson(p.weights))},
    };
}

Result<QList<StoredCostPool>> readPools(const Store &store, const QString &where,
                                        const QVariantList &binds)
{
    auto q = select(store,
                    u"SELECT id, version, label, period_from, period_to, amount_cents, account, "
                    "key, weights, status, allocated_at, shares FROM cost_pool "_s
                        + where + u" ORDER BY period_from, label, id"_s,
                    binds);
    if (!q)
        return fail(q.error());
    QList<StoredCostPool> pools;
    while (q->next()) {
        StoredCostPool p;
        p.pool.id = q->value(0).toString();
        p.version = q->value(1).toLongLong();
        p.pool.label = q->value(2).toString();
        p.pool.from = toDate(q->value(3));
        p.pool.to = toDate(q->value(4));
        p.pool.amount = Money::fromCents(q->value(5).toLongLong());
        p.pool.account = q->value(6).toString();
        p.pool.key = allocationKeyFromKey(q->value(7).toString()).value_or(AllocationKey::Turnover);
        const QJsonObject weights = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
            p.weights.insert(it.key(), detail::jsonInteger(it.value()).value_or(0));
        p.allocated = q->value(9).toString() == u"allocated";
        const QString at = q->value(10).toString();
        p.allocatedAt = at.isEmpty() ? QDateTime()
                                     : QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
        p.shares = sharesFromJson(jsonArray(q->value(11)));
        pools.append(std::move(p));
    }
    return pools;
}

} // namespace

Result<void> CostPoolRepository::check(const StoredCostPool &pool)
{
    if (auto r = firstError(coop::validate(pool.pool)); !r)
        return fail(r.error());
    for (auto it = pool.weights.cbegin(); it != pool.weights.cend(); ++it) {
        if (it.value() < 0)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The weight of an activity cannot be negative (%1).").arg(it.value()),
                        u"weights"_s);
    }
    return {};
}

Result<StoredCostPool> CostPoolRepository::savePool(StoredCostPool pool)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return savePool(unit, pool); });
}

Result<StoredCostPool> CostPoolRepository::savePool(UnitOfWork &unit, StoredCostPool pool)
{
    {
        if (pool.pool.id.isEmpty() && pool.version == 0)
            pool.pool.id = newId();
        if (auto r = check(pool); !r)
            return fail(r.error());
        if (pool.version > 0) {
            const auto stored = this->pool(pool.pool.id);
            if (!stored)
                return fail(stored.error());
            if (*stored && (*stored)->allocated)
                return fail(ErrorCode::Constraint,
                            Tr::tr("The pool “%1” is allocated: it cannot be changed.")
                                .arg((*stored)->pool.label),
                            u"status"_s);
        }
        struct Versioned
        {
            QString id;
            qint64 version;
            StoredCostPool value;
        };
        // saveVersioned works on records with id and version members.
        Versioned record{pool.pool.id, pool.version, pool};
        auto saved = saveVersioned(
            unit, u"cost_pool"_s, record,
            [](const Versioned &v) { return poolFields(v.value); },
            [&]() -> Result<std::optional<Versioned>> {
                const auto stored = this->pool(record.id);
                if (!stored)
                    return fail(stored.error());
                if (!*stored)
                    return std::optional<Versioned>();
                return std::optional<Versioned>(
                    Versioned{record.id, (*stored)->version, **stored});
            },
            Tr::tr("The pool %1 does not exist.").arg(pool.pool.id));
        if (!saved)
            return fail(saved.error());
        pool.version = saved->version;
        return pool;
    }
}

Result<std::optional<StoredCostPool>> CostPoolRepository::pool(const QString &id) const
{
    return firstOf(readPools(m_store, u"WHERE id = ?"_s, {id}));
}

Result<QList<StoredCostPool>> CostPoolRepository::pools() const
{
    return readPools(m_store, {}, {});
}

Result<QList<AllocationParticipant>> CostPoolRepository::participants(
    const StoredCostPool &stored) const
{
    const CostPool &pool = stored.pool;
    PeopleRepository people(m_store);
    const auto activities = people.activities();
    if (!activities)
        return fail(activities.error());
    const auto contracts = people.contracts();
    if (!contracts)
        return fail(contracts.error());

    struct Presence
    {
        QDate from;
        QDate to;
        QSet<QString> members;
    };
    QHash<QString, Presence> presence;
    for (const Contract &c : *contracts) {
        if (c.activityId.isEmpty())
            continue;
        const std::optional<QDate> end = contractEnd(c);
        const QDate from = std::max(c.start, pool.from);
        const QDate to = end ? std::min(*end, pool.to) : pool.to;
        if (from > to)
            continue;
        Presence &p = presence[c.activityId];
        p.from = p.from.isValid() ? std::min(p.from, from) : from;
        p.to = p.to.isValid() ? std::max(p.to, to) : to;
        p.members.insert(c.entrepreneurId);
    }
    QHash<QString, qint64> turnover;
    {
        auto q = select(m_store,
                        u"SELECT activity_id, sum(CASE kind WHEN 'invoice' THEN "
                        "total_excluding_vat_cents ELSE -total_excluding_vat_cents END) "
                        "FROM sales_document WHERE status = 'validated' AND date >= ? AND date <= ? "
                        "GROUP BY activity_id"_s,
                        {date(pool.from), date(pool.to)});
        if (!q)
            return fail(q.error());
        while (q->next())
            turnover.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    QHash<QString, qint64> resold;  // purchases resold (607/604 lines) dated in the period
    {
        auto q = select(m_store,
                        u"SELECT activity_id, sum(resold_excluding_vat_cents) FROM supplier_invoice "
                        "WHERE status IN ('validated', 'paid') AND date >= ? AND date <= ? "
                        "GROUP BY activity_id"_s,
                        {date(pool.from), date(pool.to)});
        if (!q)
            return fail(q.error());
        while (q->next())
            resold.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    QList<AllocationParticipant> participants;
    for (const Activity &a : *activities) {
        const auto p = presence.constFind(a.id);
        if (p == presence.constEnd())
            continue;
        AllocationParticipant participant;
        participant.activityId = a.id;
        participant.activityCode = a.analyticCode;
        participant.turnover = Money::fromCents(turnover.value(a.id));
        participant.margin = participant.turnover - Money::fromCents(resold.value(a.id));
        participant.headcount = static_cast<int>(p->members.size());
        participant.fixedAmount = Money::fromCents(stored.weights.value(a.id));
        participant.customWeight = stored.weights.value(a.id);
        participant.presentFrom = p->from;
        participant.presentTo = p->to;
        participants.append(participant);
    }
    return participants;
}

Result<Allocation> CostPoolRepository::preview(const StoredCostPool &pool) const
{
    if (auto r = check(pool); !r)
        return fail(r.error());
    const auto who = participants(pool);
    if (!who)
        return fail(who.error());
    return allocatePool(pool.pool, *who);
}

Result<Allocation> CostPoolRepository::allocate(const QString &id, bool preview,
                                                const QDateTime &at)
{
    const auto work = [&](UnitOfWork *unit) -> Result<Allocation> {
        const auto stored = pool(id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, Tr::tr("The pool %1 does not exist.").arg(id), u"pool"_s);
        if ((*stored)->allocated)
            return fail(ErrorCode::Conflict,
                        Tr::tr("The pool “%1” is already allocated.").arg((*stored)->pool.label),
                        u"pool"_s);
        const auto who = participants(**stored);
        if (!who)
            return fail(who.error());
        auto allocation = allocatePool((*stored)->pool, *who);
        if (!allocation)
            return fail(allocation.error());
        if (!unit)
            return allocation;
        const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        const auto version = unit->update(
            u"cost_pool"_s, id, (*stored)->version,
            {{u"status"_s, u"allocated"_s},
             {u"allocated_at"_s, when.toUTC().toString(Qt::ISODateWithMs)},
             {u"shares"_s, json(sharesToJson(allocation->shares))}});
        if (!version)
            return fail(version.error());
        // The allocation's entry in the ledger (OD), in the same transaction.
        if (auto posted = ledger::postAllocation(m_store, *allocation); !posted)
            return fail(posted.error());
        return allocation;
    };
    if (preview)
        return work(nullptr);
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return work(&unit); });
}

} // namespace coop
