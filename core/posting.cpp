#include "posting.h"

#include "allocation.h"
#include "tr.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

QDate monthEnd(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

JournalLine line(const QString &account, const QString &label, const QString &activityCode,
                 JournalSide side, Money amount, const QString &aux = {},
                 const QString &auxLabel = {})
{
    JournalLine l;
    l.account = account;
    l.label = label;
    l.activityCode = activityCode;
    l.side = amount.isNegative() ? (side == JournalSide::Debit ? JournalSide::Credit
                                                               : JournalSide::Debit)
                                 : side;
    l.amount = amount.abs();
    l.auxAccount = aux;
    l.auxLabel = auxLabel;
    return l;
}

JournalSide opposite(JournalSide side)
{
    return side == JournalSide::Debit ? JournalSide::Credit : JournalSide::Debit;
}

Result<LedgerEntry> checked(LedgerEntry entry)
{
    entry.lines = compactLines(entry.lines);
    const ValidationErrors errors = validate(entry);
    if (!errors.isEmpty()) {
        Error e = errors.constFirst();
        return fail(ErrorCode::Constraint, e.message(), e.where());
    }
    return entry;
}

// Splits a rate's base over its revenue accounts in proportion of the lines' amounts.
Result<QList<std::pair<QString, Money>>> splitBase(Money base,
                                                   const QList<std::pair<QString, Money>> &weights)
{
    QList<std::pair<QString, Money>> out;
    if (weights.size() == 1) {
        out.append({weights.constFirst().first, base});
        return out;
    }
    QList<Money> w;
    bool allPositive = true;
    Money sum;
    for (const auto &p : weights) {
        w.append(p.second);
        sum += p.second;
        allPositive = allPositive && !p.second.isNegative();
    }
    if (allPositive && !sum.isZero()) {
        auto parts = allocate(base, w);
        if (!parts)
            return fail(parts.error());
        for (qsizetype i = 0; i < weights.size(); ++i)
            out.append({weights.at(i).first, parts->at(i)});
        return out;
    }
    // A negative line on its own account: each account its lines, the largest the difference.
    qsizetype largest = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        out.append(weights.at(i));
        if (weights.at(i).second.abs() > weights.at(largest).second.abs())
            largest = i;
    }
    out[largest].second += base - sum;
    return out;
}

} // namespace

QString auxAccountFor(QStringView prefix, const QString &name)
{
    QString key;
    const QString plain = name.normalized(QString::NormalizationForm_D).toUpper();
    for (QChar c : plain) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            key.append(c);
        if (prefix.size() + key.size() >= 12)
            break;
    }
    if (key.isEmpty())
        key = u"DIVERS"_s;
    return prefix.toString() + key;
}

Result<LedgerEntry> postSalesDocument(const SalesDocument &document,
                                      const DocumentParties &parties,
                                      const AccountingMapping &mapping)
{
    const auto totals = document.totals();
    if (!totals)
        return fail(totals.error());
    const QString code = parties.activity.analyticCode;
    const bool credit = document.kind == DocumentKind::CreditNote;
    // An invoice debits the customer; a credit note credits it.
    const JournalSide customerSide = credit ? JournalSide::Credit : JournalSide::Debit;
    const QString customerName = parties.customer.displayName();
    const QString aux = parties.customer.accountingAccount.isEmpty()
                            ? auxAccountFor(u"411", customerName)
                            : parties.customer.accountingAccount;
    const QString label = u"%1 %2"_s.arg(credit ? u"Avoir"_s : u"Facture"_s, document.number)
                          + u" – "_s + customerName;

    LedgerEntry entry;
    entry.journal = journal::Sales.toString();
    entry.date = document.date;
    entry.pieceRef = document.number;
    entry.pieceDate = document.date;
    entry.label = label;
    entry.sourceKind = credit ? u"credit_note"_s : u"invoice"_s;
    entry.sourceId = document.id;
    entry.lines.append(line(mapping.customers, label, code, customerSide,
                            totals->totalIncludingVat, aux, customerName));

    for (const VatBreakdown &rate : totals->perRate) {
        // The lines of this rate (and mention), by revenue account, in first-seen order.
        QList<std::pair<QString, Money>> weights;
        for (qsizetype i = 0; i < document.lines.size(); ++i) {
            const DocumentLine &l = document.lines.at(i);
            if (l.vatRate != rate.rate || l.exemptionMention != rate.exemptionMention)
                continue;
            const Money amount = totals->lines.at(i).displayed;
            auto it = std::find_if(weights.begin(), weights.end(),
                                   [&](const auto &p) { return p.first == l.revenueAccount; });
            if (it == weights.end())
                weights.append({l.revenueAccount, amount});
            else
                it->second += amount;
        }
        if (weights.isEmpty())
            weights.append({u"706000"_s, rate.base});
        auto parts = splitBase(rate.base, weights);
        if (!parts)
            return fail(parts.error());
        for (const auto &[account, amount] : *parts)
            entry.lines.append(line(account, label, code, opposite(customerSide), amount));
        if (!rate.vat.isZero())
            entry.lines.append(line(mapping.vatCollectedFor(rate.rate), label, code,
                                    opposite(customerSide), rate.vat));
    }
    return checked(std::move(entry));
}

Result<LedgerEntry> postPayment(const Payment &payment, const SalesDocument &document,
                                const DocumentParties &parties, const AccountingMapping &mapping)
{
    const QString code = parties.activity.analyticCode;
    const bool refund = document.kind == DocumentKind::CreditNote;
    const QString customerName = parties.customer.displayName();
    const QString aux = parties.customer.accountingAccount.isEmpty()
                            ? auxAccountFor(u"411", customerName)
                            : parties.customer.accountingAccount;
    const QString label = (refund ? u"Remboursement %1"_s : u"Règlement %1"_s).arg(document.number)
                          + u" – "_s + customerName;
    LedgerEntry entry;
    entry.journal = journal::Bank.toString();
    entry.date = payment.date;
    entry.pieceRef = payment.reference.trimmed().isEmpty() ? document.number
                                                           : payment.reference.left(60);
    entry.pieceDate = payment.date;
    entry.label = label;
    entry.sourceKind = u"payment"_s;
    entry.sourceId = payment.id;
    const QString bank = payment.bankAccount.isEmpty() ? mapping.bank : payment.bankAccount;
    const JournalSide bankSide = refund ? JournalSide::Credit : JournalSide::Debit;
    entry.lines.append(line(bank, label, code, bankSide, payment.amount));
    entry.lines.append(line(mapping.customers, label, code, opposite(bankSide), payment.amount,
                            aux, customerName));
    return checked(std::move(entry));
}

Result<LedgerEntry> postExpenseReport(const ExpenseReport &report, const QString &activityCode,
                                      const QString &entrepreneurName,
                                      const AccountingMapping &mapping)
{
    const ExpenseTotals totals = expenseTotals(report);
    const QString month = report.month.toString(u"yyyy-MM");
    const QString label = u"Note de frais %1 – %2"_s.arg(month, entrepreneurName);
    LedgerEntry entry;
    entry.journal = journal::Purchases.toString();
    entry.date = monthEnd(report.month);
    entry.pieceRef = u"NDF-%1-%2"_s.arg(activityCode, month);
    entry.pieceDate = entry.date;
    entry.label = label;
    entry.sourceKind = u"expense_report"_s;
    entry.sourceId = report.id;
    for (const ExpenseCategoryTotal &c : totals.byCategory)
        entry.lines.append(line(c.account, label, activityCode, JournalSide::Debit,
                                c.excludingVat));
    if (!totals.vat.isZero())
        entry.lines.append(line(mapping.deductibleVat, label, activityCode, JournalSide::Debit,
                                totals.vat));
    entry.lines.append(line(mapping.expenseReports, label, activityCode, JournalSide::Credit,
                            totals.includingVat, u"NDF"_s + activityCode, entrepreneurName));
    return checked(std::move(entry));
}

Result<LedgerEntry> postExpenseReimbursement(const ExpenseReport &report, QDate paidOn,
                                             const QString &activityCode,
                                             const QString &entrepreneurName,
                                             const AccountingMapping &mapping)
{
    const ExpenseTotals totals = expenseTotals(report);
    const QString month = report.month.toString(u"yyyy-MM");
    const QString label = u"Remboursement note de frais %1 – %2"_s.arg(month, entrepreneurName);
    LedgerEntry entry;
    entry.journal = journal::Bank.toString();
    entry.date = paidOn;
    entry.pieceRef = u"NDF-%1-%2"_s.arg(activityCode, month);
    entry.pieceDate = paidOn;
    entry.label = label;
    entry.sourceKind = u"expense_payment"_s;
    entry.sourceId = report.id;
    entry.lines.append(line(mapping.expenseReports, label, activityCode, JournalSide::Debit,
                            totals.includingVat, u"NDF"_s + activityCode, entrepreneurName));
    entry.lines.append(line(mapping.bank, label, activityCode, JournalSide::Credit,
                            totals.includingVat));
    return checked(std::move(entry));
}

Result<LedgerEntry> postPayrollRun(const PayrollRun &run)
{
    auto first = parsePayrollMonth(run.month);
    if (!first)
        return fail(first.error());
    LedgerEntry entry;
    entry.journal = journal::Payroll.toString();
    entry.date = monthEnd(*first);
    entry.pieceRef = u"PAIE-%1"_s.arg(run.month);
    entry.pieceDate = entry.date;
    entry.label = u"Paie %1"_s.arg(run.month);
    entry.sourceKind = u"payroll"_s;
    entry.sourceId = run.month;
    entry.lines = run.journal;
    return checked(std::move(entry));
}

Result<LedgerEntry> postContribution(const QList<ActivityAmount> &contributions,
                                     const QString &month, const QString &cooperativeCode,
                                     const AccountingMapping &mapping)
{
    auto first = parsePayrollMonth(month);
    if (!first)
        return fail(first.error());
    LedgerEntry entry;
    entry.journal = journal::Misc.toString();
    entry.date = monthEnd(*first);
    entry.pieceRef = u"CONTRIB-%1"_s.arg(month);
    entry.pieceDate = entry.date;
    entry.label = u"Contribution coopérative %1"_s.arg(month);
    entry.sourceKind = u"contribution"_s;
    entry.sourceId = month;
    entry.lines = contributionJournal(contributions, month, cooperativeCode, mapping.contribution);
    return checked(std::move(entry));
}

Result<LedgerEntry> postAllocation(const Allocation &allocation, const QString &cooperativeCode)
{
    LedgerEntry entry;
    entry.journal = journal::Misc.toString();
    entry.date = allocation.pool.to;
    entry.pieceRef = u"REP-%1"_s.arg(allocation.pool.id.left(8));
    entry.pieceDate = allocation.pool.to;
    entry.label = allocation.pool.label;
    entry.sourceKind = u"allocation"_s;
    entry.sourceId = allocation.pool.id;
    entry.lines = allocationJournal(allocation, cooperativeCode);
    return checked(std::move(entry));
}

PurchasePosting purchasePostingOf(const SupplierInvoice &invoice, const QString &activityCode)
{
    PurchasePosting p;
    p.sourceId = invoice.id;
    p.activityCode = activityCode;
    p.supplierName = invoice.supplierName;
    p.supplierAux = auxAccountFor(u"401", invoice.supplierName);
    p.reference = invoice.supplierReference;
    p.date = invoice.date;
    for (const SupplierInvoiceLine &l : invoice.lines) {
        auto it = std::find_if(p.charges.begin(), p.charges.end(),
                               [&](const PurchasePosting::Charge &c) { return c.account == l.account; });
        if (it == p.charges.end())
            p.charges.append({l.account, l.amountExcludingVat, Money()});
        else
            it->excludingVat += l.amountExcludingVat;
    }
    // The VAT is the invoice's, rounded once per rate: on one line, not spread over the charges.
    if (!p.charges.isEmpty())
        p.charges.first().vat = supplierInvoiceTotals(invoice).vat;
    return p;
}

Result<LedgerEntry> postPurchase(const PurchasePosting &purchase, const AccountingMapping &mapping)
{
    const QString label = u"Facture %1 – %2"_s.arg(purchase.reference, purchase.supplierName);
    LedgerEntry entry;
    entry.journal = journal::Purchases.toString();
    entry.date = purchase.date;
    entry.pieceRef = purchase.reference;
    entry.pieceDate = purchase.date;
    entry.label = label;
    entry.sourceKind = u"supplier_invoice"_s;
    entry.sourceId = purchase.sourceId;
    Money vat;
    Money total;
    for (const PurchasePosting::Charge &c : purchase.charges) {
        entry.lines.append(line(c.account, label, purchase.activityCode, JournalSide::Debit,
                                c.excludingVat));
        vat += c.vat;
        total += c.excludingVat + c.vat;
    }
    if (!vat.isZero())
        entry.lines.append(line(mapping.deductibleVat, label, purchase.activityCode,
                                JournalSide::Debit, vat));
    entry.lines.append(line(mapping.suppliers, label, purchase.activityCode, JournalSide::Credit,
                            total, purchase.supplierAux, purchase.supplierName));
    return checked(std::move(entry));
}

Result<LedgerEntry> postPurchasePayment(const PurchasePosting &purchase, QDate paidOn,
                                        const AccountingMapping &mapping)
{
    Money total;
    for (const PurchasePosting::Charge &c : purchase.charges)
        total += c.excludingVat + c.vat;
    const QString label = u"Paiement %1 – %2"_s.arg(purchase.reference, purchase.supplierName);
    LedgerEntry entry;
    entry.journal = journal::Bank.toString();
    entry.date = paidOn;
    entry.pieceRef = purchase.reference;
    entry.pieceDate = paidOn;
    entry.label = label;
    entry.sourceKind = u"supplier_payment"_s;
    entry.sourceId = purchase.sourceId;
    entry.lines.append(line(mapping.suppliers, label, purchase.activityCode, JournalSide::Debit,
                            total, purchase.supplierAux, purchase.supplierName));
    entry.lines.append(line(mapping.bank, label, purchase.activityCode, JournalSide::Credit,
                            total));
    return checked(std::move(entry));
}

} // namespace coop
