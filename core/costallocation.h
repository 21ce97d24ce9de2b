#pragma once

#include "money.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// Shared-cost allocation (issue 6 §3, DOMAIN.md §5): a pool of costs of the cooperative (insurance,
// software, the accountant's fees…) is charged to the activities by a key, prorated to the days
// each activity was present in the pool's period, exact to the cent.
//
// The split: each activity's weight is its key value × its days of presence in the period; the
// pool is divided in proportion to the weights by the largest-remainder method (allocate(),
// core/allocation.h): every share is the floor of its exact value, then the cents left go one
// each to the largest remainders. Ties go to the activity whose analytic code sorts first (then
// its id), whatever order the participants come in, so the split is deterministic. An activity
// absent from the period, or whose key value is zero, gets nothing; a negative margin counts as
// zero (an activity is never paid to take a share).

enum class AllocationKey {
    Turnover,       // the activity's turnover HT in the period
    Margin,         // its gross margin (turnover − purchases resold)
    Headcount,      // the people working in it
    EqualShares,    // one share each
    FixedAmounts,   // an amount per activity, used as its weight: when they add up to the pool
                    // and everyone is present all along, each activity is charged its amount
    CustomWeights,  // a whole number per activity chosen by the support team
};

QString allocationKeyKey(AllocationKey key);  // "turnover", "margin", "headcount", "equal",
                                              // "fixed", "custom"
Result<AllocationKey> allocationKeyFromKey(const QString &key);

struct CostPool
{
    QString id;
    QString label;          // "Assurance RC Pro 2026"
    QDate from;             // the period the costs cover, both days included
    QDate to;
    Money amount;           // what the activities share (positive; a negative pool is a refund)
    QString account;        // the charge account (6161…), for the journal
    AllocationKey key = AllocationKey::Turnover;
};

// Every problem at its field: "label", "from"/"to" (both set, from ≤ to), "account".
ValidationErrors validate(const CostPool &pool);

struct AllocationParticipant
{
    QString activityId;
    QString activityCode;   // analytic code: the tie rule sorts on it
    Money turnover;         // used by AllocationKey::Turnover
    Money margin;           // Margin
    int headcount = 0;      // Headcount
    Money fixedAmount;      // FixedAmounts
    qint64 customWeight = 0;// CustomWeights
    QDate presentFrom;      // null: present from before the period
    QDate presentTo;        // null: present until after it
};

// One activity's part, with what explains it.
struct AllocationShare
{
    QString activityId;
    QString activityCode;
    qint64 keyValue = 0;    // cents for amounts, a count or a weight otherwise (0 when negative)
    int presenceDays = 0;   // days of the pool's period the activity was present
    qint64 weight = 0;      // keyValue × presenceDays
    Money amount;           // its share of the pool

    bool operator==(const AllocationShare &) const = default;
};

struct Allocation
{
    CostPool pool;
    int periodDays = 0;
    qint64 totalWeight = 0;
    QList<AllocationShare> shares;  // in the participants' order

    // "ANA042: 1 234,56 € of turnover × 31 / 31 days → 12.34 € of 100.00 €" in words, for the
    // support team's preview. English source text, translated.
    QString explain(const AllocationShare &share) const;
};

// Splits the pool. Errors: the pool does not validate (first problem, at its field); a participant
// with a negative headcount, fixed amount or custom weight (InvalidArgument, where =
// "participants[i].<field>"); two participants with the same activity id (InvalidArgument); no
// participant with a positive weight (Constraint: nobody to charge, the message says why).
Result<Allocation> allocatePool(const CostPool &pool,
                                const QList<AllocationParticipant> &participants);

} // namespace coop
