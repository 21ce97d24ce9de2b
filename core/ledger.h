#pragma once

#include "journal.h"
#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coop {

// The general ledger (issue 7, DOMAIN.md §6): journals, the chart of accounts, the cooperative's
// account mapping, journal entries and the checks every entry passes before it is posted. The
// posting rules of each kind of document are in core/posting.h; the store keeps the entries
// (core/storage/ledgerrepository.h).

// ---- Journals ---------------------------------------------------------------------------------

// The journals' codes (the FEC's JournalCode). Labels are French, as printed (ADR 005).
namespace journal {
inline constexpr QStringView Sales = u"VT";      // invoices and credit notes
inline constexpr QStringView Bank = u"BQ";       // payments received, reimbursements, paid suppliers
inline constexpr QStringView Purchases = u"AC";  // supplier invoices and expense reports
inline constexpr QStringView Payroll = u"PA";    // closed payroll runs
inline constexpr QStringView Misc = u"OD";       // the contribution, shared-cost allocations
inline constexpr QStringView Opening = u"AN";    // opening balances (à-nouveaux), computed
} // namespace journal

struct LedgerJournal
{
    QString code;
    QString label;   // "Ventes", "Banque"…
    bool operator==(const LedgerJournal &) const = default;
};
QList<LedgerJournal> defaultJournals();

// ---- Chart of accounts --------------------------------------------------------------------------

struct LedgerAccount
{
    QString number;  // digits, "411000", "6411"
    QString label;   // French
    bool operator==(const LedgerAccount &) const = default;
};

// The French PCG accounts a CAE uses, by number: classes 1 to 7, with the sub-accounts of the
// default mapping (VAT per rate, customers, suppliers, expense reports, payroll bodies).
QList<LedgerAccount> defaultChartOfAccounts();

// "4", "411000", "6411": digits only, 1 to 20, first digit 1 to 8.
ValidationErrors validate(const LedgerAccount &account);

// An account's class (its first digit), 0 when malformed.
int accountClass(QStringView number);

// The label of `number` in `chart` (sorted by number): its own, else its nearest parent's
// (longest prefix, "706100" → "706"'s), else empty (not in the chart).
QString accountLabel(const QList<LedgerAccount> &chart, QStringView number);

// ---- The cooperative's mapping -----------------------------------------------------------------

// Which accounts the posting rules use. Defaults are the PCG's; a cooperative may change them.
struct AccountingMapping
{
    QString customers = QStringLiteral("411000");
    QString suppliers = QStringLiteral("401000");
    QString expenseReports = QStringLiteral("467100");  // owed to entrepreneurs for their expenses
    QString deductibleVat = QStringLiteral("445660");
    // VAT collected, per rate (20, 10, 8.5, 5.5, 2.1 %…): "4457" + the rate's code; a rate not
    // listed falls back to `vatCollectedOther`.
    QString vatCollected20 = QStringLiteral("445712");
    QString vatCollected10 = QStringLiteral("445711");
    QString vatCollected55 = QStringLiteral("445710");
    QString vatCollected21 = QStringLiteral("445709");
    QString vatCollectedOther = QStringLiteral("445700");
    QString bank = QStringLiteral("512000");
    QString contribution = QStringLiteral("6286");
    QString openingProfit = QStringLiteral("120000");
    QString openingLoss = QStringLiteral("129000");
    // The analytic code of the cooperative's own lines (its side of the analytic transfers).
    QString cooperativeCode = QStringLiteral("COOP");

    QString vatCollectedFor(Rate rate) const;
    bool operator==(const AccountingMapping &) const = default;
};

// ---- Entries -----------------------------------------------------------------------------------

// An entry as the posting rules make it, before the ledger numbers it.
struct LedgerEntry
{
    QString journal;         // journal code
    QDate date;              // EcritureDate: one date for every line
    QString pieceRef;        // PieceRef: the document's number or id
    QDate pieceDate;         // PieceDate
    QString label;           // EcritureLib of the entry (lines may carry their own)
    QString sourceKind;      // "invoice", "credit_note", "payment", "expense_report",
                             // "expense_payment", "supplier_invoice", "supplier_payment",
                             // "payroll", "contribution", "allocation"
    QString sourceId;        // (sourceKind, sourceId) is posted once
    QList<JournalLine> lines;

    bool operator==(const LedgerEntry &) const = default;
};

// An entry once posted: its number in its journal and fiscal year, in validation order.
struct PostedEntry
{
    qint64 sequence = 0;     // order of posting over the whole ledger (validation order)
    qint64 number = 0;       // EcritureNum: 1, 2, 3… per journal and fiscal year, no gap
    QDate fiscalYearStart;
    QDateTime validatedAt;   // ValidDate
    LedgerEntry entry;
};

// What the ledger refuses, every problem at its field: "journal", "date", "pieceRef", "label",
// "lines" (at least two, Σ debits = Σ credits, not all zero), "lines[i].account" (malformed),
// "lines[i].amount" (negative), "lines[i].label".
ValidationErrors validate(const LedgerEntry &entry);

// Merges the lines that differ only by amount (same account, side, analytic code, aux account
// and label), drops zero lines, keeps the first occurrence's order: what is stored and exported.
QList<JournalLine> compactLines(const QList<JournalLine> &lines);

// ---- Balances ----------------------------------------------------------------------------------

// One account's movements and balance over a period.
struct AccountBalance
{
    QString account;
    QString label;
    Money openingDebit;      // the balance brought forward, on its side
    Money openingCredit;
    Money debit;             // the period's movements
    Money credit;
    Money balance() const { return openingDebit - openingCredit + debit - credit; } // > 0 debit
    bool operator==(const AccountBalance &) const = default;
};

struct TrialBalance
{
    QDate from;              // the fiscal year's first day
    QDate at;
    QString activityCode;    // the analytic filter, empty for the whole cooperative
    QList<AccountBalance> accounts;  // by account number
    Money totalDebit;        // Σ (opening debit + debit)
    Money totalCredit;
    Money totalBalanceDebit; // Σ of the debit balances
    Money totalBalanceCredit;
};

// The opening entry of a fiscal year (journal AN, dated its first day) from the balance of every
// account before it: accounts of classes 1 to 5 carried forward (per account and aux account),
// the result of classes 6 and 7 to `mapping.openingProfit` (a credit) or `openingLoss` (a debit).
// `balances` is what each (account, aux account) had before the year, > 0 debit; no line when
// nothing is carried. An empty list when there is nothing at all.
struct CarriedBalance
{
    QString account;
    QString auxAccount;
    QString auxLabel;
    Money balance;           // > 0 debit
};
QList<JournalLine> openingLines(const QList<CarriedBalance> &balances,
                                const AccountingMapping &mapping);

} // namespace coop
