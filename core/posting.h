#pragma once

#include "costallocation.h"
#include "expense.h"
#include "feesposting.h"
#include "ledger.h"
#include "payrollrun.h"
#include "purchase.h"
#include "result.h"
#include "salesdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// The posting rules (issue 7 §2, DOMAIN.md §6): what each validated document writes in the
// ledger. Pure functions: the store calls them in the transaction that validates the document and
// refuses the whole validation when the entry does not pass validate(). Every line carries the
// activity's analytic code (the cooperative's own code for the cooperative's side of a transfer).

// An invoice (journal VT): debit the customer's account (the mapping's 411, aux account the
// customer's, "411DUPONT") with the TTC; credit each revenue account with its share of each rate's
// HT base (the rate's base split over the lines' revenue accounts in proportion of their amounts,
// the largest taking the rounding, so the credits add up to the base to the cent); credit the VAT
// account of each rate with the rate's VAT. A credit note swaps every side. Dated the document's
// date; piece = its number. `parties` are the frozen ones; `activityCode` the analytic code.
Result<LedgerEntry> postSalesDocument(const SalesDocument &document,
                                      const DocumentParties &parties,
                                      const AccountingMapping &mapping);

// A payment (journal BQ): debit the bank account, credit the customer (aux account) with the
// amount; a refund paid on a credit note swaps them. Dated the payment's date.
Result<LedgerEntry> postPayment(const Payment &payment, const SalesDocument &document,
                                const DocumentParties &parties, const AccountingMapping &mapping);

// A validated expense report (journal AC), dated its month's last day: debit each category's charge
// account with its HT, the deductible VAT with the VAT, credit what is owed to the entrepreneur
// (mapping.expenseReports, aux account "NDF" + the activity code) with the TTC.
// `entrepreneurName` names the aux account.
Result<LedgerEntry> postExpenseReport(const ExpenseReport &report, const QString &activityCode,
                                      const QString &entrepreneurName,
                                      const AccountingMapping &mapping);
// Its reimbursement (journal BQ) on `paidOn`: debit what was owed, credit the bank.
Result<LedgerEntry> postExpenseReimbursement(const ExpenseReport &report, QDate paidOn,
                                             const QString &activityCode,
                                             const QString &entrepreneurName,
                                             const AccountingMapping &mapping);

// A closed payroll run (journal PA), dated the month's last day: payrollJournal's lines.
Result<LedgerEntry> postPayrollRun(const PayrollRun &run);

// The month's contribution (journal OD), dated its last day: contributionJournal's lines.
// `month` is "YYYY-MM"; sourceId = the month.
Result<LedgerEntry> postContribution(const QList<ActivityAmount> &contributions,
                                     const QString &month, const QString &cooperativeCode,
                                     const AccountingMapping &mapping);

// An allocated pool (journal OD), dated the pool's last day: allocationJournal's lines.
Result<LedgerEntry> postAllocation(const Allocation &allocation, const QString &cooperativeCode);

// A purchase as the ledger sees it, whatever recorded it (a supplier invoice): charge lines by
// account, VAT, the supplier.
struct PurchasePosting
{
    QString sourceId;
    QString activityCode;
    QString supplierAux;     // "401" + the supplier's key
    QString supplierName;
    QString reference;       // the supplier's invoice number
    QDate date;
    struct Charge { QString account; Money excludingVat; Money vat; };
    QList<Charge> charges;
};
// A supplier invoice as the ledger reads it: each line's HT on its account (lines of one account
// together, in first-seen order), its VAT computed once per rate (supplierInvoiceTotals), the
// supplier's aux account "401" + its name's key.
PurchasePosting purchasePostingOf(const SupplierInvoice &invoice, const QString &activityCode);

// The supplier invoice (journal AC): debit each charge account with its HT, deductible VAT with
// the VAT, credit the supplier with the TTC.
Result<LedgerEntry> postPurchase(const PurchasePosting &purchase, const AccountingMapping &mapping);
// Its payment (journal BQ) on `paidOn`: debit the supplier, credit the bank.
Result<LedgerEntry> postPurchasePayment(const PurchasePosting &purchase, QDate paidOn,
                                        const AccountingMapping &mapping);

// "401" + the upper-case letters and digits of a name, 12 characters at most ("401DUPONTSARL").
QString auxAccountFor(QStringView prefix, const QString &name);

} // namespace coop
