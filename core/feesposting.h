#pragma once

#include "costallocation.h"
#include "journal.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// The journal lines of the cooperative's funding (issue 6 §5, DOMAIN.md §5). Both are analytic
// transfers: the same account is debited on the activity's analytic code and credited on the
// cooperative's, so the general accounts net to zero and each activity's analytic account shows
// what it paid. A negative amount (a whole-base credit, a refunded pool) swaps the sides.

struct ActivityAmount
{
    QString activityCode;
    Money amount;
};

// The month's contribution: per activity, debit `account` on its code; one credit of the total on
// the cooperative's code. Zero amounts give no line. Labels: "Contribution coopérative 2026-03".
QList<JournalLine> contributionJournal(const QList<ActivityAmount> &contributions,
                                       const QString &month, const QString &cooperativeCode,
                                       const QString &account = QStringLiteral("6286"));

// A pool's allocation: per share, debit the pool's account on the activity's code; one credit of
// the pool's amount on the cooperative's code (where the cost was first booked). Labels: the
// pool's label.
QList<JournalLine> allocationJournal(const Allocation &allocation, const QString &cooperativeCode);

} // namespace coop
