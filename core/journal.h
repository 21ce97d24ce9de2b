#pragma once

#include "money.h"

#include <QList>
#include <QString>

namespace coop {

// Journal lines as the domain produces them (payroll, contribution, shared costs…); the accounting
// issue numbers them into entries and posts them. DOMAIN.md §6: double entry, every line with the
// activity's analytic code.

enum class JournalSide { Debit, Credit };

// One line. Amounts are positive; the side says which column.
struct JournalLine
{
    QString account;           // PCG account number
    QString label;             // French, as printed in the journal (ADR 005)
    QString activityCode;      // analytic code, empty on the cooperative's own lines
    JournalSide side = JournalSide::Debit;
    Money amount;
    // The auxiliary (third-party) account of a 411/401/467 line and its name ("411DUPONT",
    // "Dupont SARL"); empty elsewhere. The FEC's CompAuxNum and CompAuxLib.
    QString auxAccount;
    QString auxLabel;

    bool operator==(const JournalLine &) const = default;
};

Money journalTotal(const QList<JournalLine> &lines, JournalSide side);
// Σ debits = Σ credits.
bool isBalanced(const QList<JournalLine> &lines);

} // namespace coop
