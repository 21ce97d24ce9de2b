#include "costallocation.h"

#include "allocation.h"
#include "enumkeys_p.h"
#include "rules_p.h"
#include "tr.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::invalid;

constexpr EnumKey<AllocationKey> AllocationKeys[] = {
    {AllocationKey::Turnover, "turnover"_L1},   {AllocationKey::Margin, "margin"_L1},
    {AllocationKey::Headcount, "headcount"_L1}, {AllocationKey::EqualShares, "equal"_L1},
    {AllocationKey::FixedAmounts, "fixed"_L1},  {AllocationKey::CustomWeights, "custom"_L1},
};

// Days of [from, to] inside the period (nulls open the presence on that side).
int presenceDays(const CostPool &pool, const AllocationParticipant &p)
{
    const QDate start = p.presentFrom.isValid() ? std::max(p.presentFrom, pool.from) : pool.from;
    const QDate end = p.presentTo.isValid() ? std::min(p.presentTo, pool.to) : pool.to;
    return start > end ? 0 : static_cast<int>(start.daysTo(end)) + 1;
}

qint64 keyValue(AllocationKey key, const AllocationParticipant &p)
{
    switch (key) {
    case AllocationKey::Turnover:
        return std::max(qint64(0), p.turnover.cents());
    case AllocationKey::Margin:
        return std::max(qint64(0), p.margin.cents());
    case AllocationKey::Headcount:
        return p.headcount;
    case AllocationKey::EqualShares:
        return 1;
    case AllocationKey::FixedAmounts:
        return p.fixedAmount.cents();
    case AllocationKey::CustomWeights:
        return p.customWeight;
    }
    return 0;
}

QString participantField(qsizetype index, const QString &field)
{
    return u"participants[%1].%2"_s.arg(index).arg(field);
}

} // namespace

QString allocationKeyKey(AllocationKey key)
{
    return detail::keyOf(AllocationKeys, key);
}

Result<AllocationKey> allocationKeyFromKey(const QString &key)
{
    return detail::fromKey(AllocationKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not an allocation key; expected one of: %2.").arg(key, known);
    });
}

ValidationErrors validate(const CostPool &pool)
{
    ValidationErrors errors;
    if (pool.label.trimmed().isEmpty())
        errors.append(invalid(u"label"_s, Tr::tr("The pool needs a label.")));
    if (!pool.from.isValid())
        errors.append(invalid(u"from"_s, Tr::tr("The pool's period needs a first day.")));
    if (!pool.to.isValid())
        errors.append(invalid(u"to"_s, Tr::tr("The pool's period needs a last day.")));
    if (pool.from.isValid() && pool.to.isValid() && pool.to < pool.from)
        errors.append(invalid(u"to"_s, Tr::tr("The period ends (%1) before it starts (%2).")
                                           .arg(pool.to.toString(Qt::ISODate),
                                                pool.from.toString(Qt::ISODate))));
    if (pool.account.trimmed().isEmpty())
        errors.append(invalid(u"account"_s, Tr::tr("The pool needs the account it is charged to.")));
    return errors;
}

Result<Allocation> allocatePool(const CostPool &pool,
                                const QList<AllocationParticipant> &participants)
{
    if (const ValidationErrors errors = validate(pool); !errors.isEmpty())
        return fail(errors.first());

    Allocation allocation;
    allocation.pool = pool;
    allocation.periodDays = static_cast<int>(pool.from.daysTo(pool.to)) + 1;
    allocation.shares.reserve(participants.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const AllocationParticipant &p = participants.at(i);
        if (ids.contains(p.activityId))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The activity %1 takes part twice.").arg(p.activityCode),
                        participantField(i, u"activityId"_s));
        ids.insert(p.activityId);
        if (p.headcount < 0)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The headcount of %1 is negative (%2).")
                            .arg(p.activityCode)
                            .arg(p.headcount),
                        participantField(i, u"headcount"_s));
        if (p.fixedAmount.isNegative())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The fixed amount of %1 is negative (%2).")
                            .arg(p.activityCode, p.fixedAmount.toString()),
                        participantField(i, u"fixedAmount"_s));
        if (p.customWeight < 0)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The weight of %1 is negative (%2).")
                            .arg(p.activityCode)
                            .arg(p.customWeight),
                        participantField(i, u"customWeight"_s));
        AllocationShare share;
        share.activityId = p.activityId;
        share.activityCode = p.activityCode;
        share.keyValue = keyValue(pool.key, p);
        share.presenceDays = presenceDays(pool, p);
        // A key value up to 1e16 (a hundred trillion euros in cents) times 366 days fits.
        if (share.keyValue > 10'000'000'000'000'000LL)
            return fail(ErrorCode::Overflow,
                        Tr::tr("The key value of %1 is too large to split on.").arg(p.activityCode),
                        participantField(i, u"key"_s));
        share.weight = share.keyValue * share.presenceDays;
        allocation.totalWeight += share.weight;
        allocation.shares.append(share);
    }
    if (allocation.totalWeight == 0)
        return fail(ErrorCode::Constraint,
                    Tr::tr("Nobody to charge “%1” to: no activity was present between %2 and %3 "
                           "with a key value above zero.")
                        .arg(pool.label, pool.from.toString(Qt::ISODate),
                             pool.to.toString(Qt::ISODate)),
                    u"participants"_s);

    // allocate() gives equal remainders to the earlier weight: order by analytic code first.
    QList<qsizetype> order(allocation.shares.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const AllocationShare &x = allocation.shares.at(a);
        const AllocationShare &y = allocation.shares.at(b);
        return x.activityCode != y.activityCode ? x.activityCode < y.activityCode
                                                : x.activityId < y.activityId;
    });
    QList<qint64> weights;
    weights.reserve(order.size());
    for (const qsizetype i : std::as_const(order))
        weights.append(allocation.shares.at(i).weight);
    const auto parts = allocate(pool.amount, weights);
    if (!parts)
        return fail(parts.error());
    for (qsizetype k = 0; k < order.size(); ++k)
        allocation.shares[order.at(k)].amount = parts->at(k);
    return allocation;
}

QString Allocation::explain(const AllocationShare &share) const
{
    QString key;
    switch (pool.key) {
    case AllocationKey::Turnover:
        key = Tr::tr("%1 € of turnover").arg(Money::fromCents(share.keyValue).toLocaleString());
        break;
    case AllocationKey::Margin:
        key = Tr::tr("%1 € of margin").arg(Money::fromCents(share.keyValue).toLocaleString());
        break;
    case AllocationKey::Headcount:
        key = Tr::tr("%n person(s)", nullptr, static_cast<int>(share.keyValue));
        break;
    case AllocationKey::EqualShares:
        key = Tr::tr("one share");
        break;
    case AllocationKey::FixedAmounts:
        key = Tr::tr("a fixed %1 €").arg(Money::fromCents(share.keyValue).toLocaleString());
        break;
    case AllocationKey::CustomWeights:
        key = Tr::tr("a weight of %1").arg(share.keyValue);
        break;
    }
    return Tr::tr("%1: %2 × %3 / %4 days → %5 € of %6 €")
        .arg(share.activityCode, key)
        .arg(share.presenceDays)
        .arg(periodDays)
        .arg(share.amount.toLocaleString(), pool.amount.toLocaleString());
}

} // namespace coop
