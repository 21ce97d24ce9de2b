#include "feesposting.h"

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// A line on `side`, or on the other side for a negative amount; nothing for zero.
void addLine(QList<JournalLine> &lines, const QString &account, const QString &label,
             const QString &code, JournalSide side, Money amount)
{
    if (amount.isZero())
        return;
    if (amount.isNegative()) {
        amount = -amount;
        side = side == JournalSide::Debit ? JournalSide::Credit : JournalSide::Debit;
    }
    lines.append({account, label, code, side, amount, {}, {}});
}

} // namespace

QList<JournalLine> contributionJournal(const QList<ActivityAmount> &contributions,
                                       const QString &month, const QString &cooperativeCode,
                                       const QString &account)
{
    // Journal text is French whatever the interface language (ADR 005).
    const QString label = u"Contribution coopérative "_s + month;
    QList<JournalLine> lines;
    Money total;
    for (const ActivityAmount &c : contributions) {
        addLine(lines, account, label, c.activityCode, JournalSide::Debit, c.amount);
        total += c.amount;
    }
    addLine(lines, account, label, cooperativeCode, JournalSide::Credit, total);
    return lines;
}

QList<JournalLine> allocationJournal(const Allocation &allocation, const QString &cooperativeCode)
{
    QList<JournalLine> lines;
    Money total;
    for (const AllocationShare &share : allocation.shares) {
        addLine(lines, allocation.pool.account, allocation.pool.label, share.activityCode,
                JournalSide::Debit, share.amount);
        total += share.amount;
    }
    addLine(lines, allocation.pool.account, allocation.pool.label, cooperativeCode,
            JournalSide::Credit, total);
    return lines;
}

} // namespace coop
