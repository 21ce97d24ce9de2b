#pragma once

#include "contract.h"
#include "entrepreneur.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

enum class AlertKind {
    CapeEndingSoon,          // a CAPE ends within 30 days
    AssociateDeadlineSoon,   // the associate deadline is within 90 days
    AssociateDeadlinePassed, // the deadline has passed and they are not an associate
    TooFewInterviews,        // fewer than two interviews in the last 12 months (under contract)
    CesaWithoutFixedPart,    // a CESA whose terms in force have no fixed part
    OverlappingContracts,    // two contracts run on a common day
};

// Something the support team must act on, as of a date.
struct Alert
{
    AlertKind kind;
    QString entrepreneurId;
    QString contractId; // empty for alerts about the person (interviews)
    QDate dueDate;      // the day the alert is about (CAPE end, deadline…)
    QString message;    // translated sentence naming the person and the date
    bool operator==(const Alert &) const = default;
};

// The alerts of one entrepreneur on `at`, in the order of AlertKind then date; contracts of other
// people in `contracts` are ignored. A CAPE ending within 30 days (at ≤ end ≤ at + 30) is not
// raised once its exit or the next contract is recorded. The associate deadline is "soon" from 90
// days before it up to the day itself, "passed" from the day after. Interviews: fewer than two
// dated in (at − 12 months, at], checked only once the person has been under contract for 6
// months without a break (CAPE then CESA counts as one stretch); the alert's dueDate is `at`.
// Overlaps are reported whatever the date, dated by the first common day.
QList<Alert> alertsFor(const Entrepreneur &entrepreneur, const QList<Contract> &contracts, QDate at);

QString alertKindKey(AlertKind kind); // "cape_ending", "associate_deadline_soon", … for JSON/CLI
Result<AlertKind> alertKindFromKey(const QString &key); // for filters given as text

} // namespace coop
