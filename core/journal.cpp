#include "journal.h"

namespace coop {

Money journalTotal(const QList<JournalLine> &lines, JournalSide side)
{
    Money total;
    for (const JournalLine &line : lines) {
        if (line.side == side)
            total += line.amount;
    }
    return total;
}

bool isBalanced(const QList<JournalLine> &lines)
{
    return journalTotal(lines, JournalSide::Debit) == journalTotal(lines, JournalSide::Credit);
}

} // namespace coop
