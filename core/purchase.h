#pragma once

#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace coop {

// Supplier invoices (issue 6 §1, purchases): what a supplier billed an activity, paid by the
// cooperative out of the activity's money once the support team has validated it; a direct charge
// of the activity. Each line names its charge account (PCG class 6: 60x purchases, 61x/62x outside
// services), its amount excluding VAT and its VAT rate. The VAT is computed per rate, once, half up,
// as on a sales invoice (core/invoicetotals.h), so the cooperative's books and the receipt agree
// for an invoice computed the same way.
//
// Goods bought for resale (607) and subcontracted work resold as such (604) are the purchases a
// gross margin deducts: margin = turnover HT − those purchases HT (DOMAIN.md §5).

enum class SupplierInvoiceStatus { Draft, Validated, Paid };
QString supplierInvoiceStatusKey(SupplierInvoiceStatus status);  // "draft", "validated", "paid"
Result<SupplierInvoiceStatus> supplierInvoiceStatusFromKey(const QString &key);
// The status as a person reads it ("validated"), translated.
QString supplierInvoiceStatusLabel(SupplierInvoiceStatus status);

// The charge accounts a line usually takes, with their PCG label (translated): 607 goods for
// resale, 604 subcontracted services, 6061 energy, 6063 small equipment, 6064 office supplies,
// 611 subcontracting, 613 rents, 615 maintenance, 616 insurance, 618 documentation, 622 fees,
// 623 advertising, 625 travel, 626 telecom and postage, 627 bank charges. Any 60x/61x/62x account
// is accepted.
struct ChargeAccount
{
    QString account;
    QString label;
};
QList<ChargeAccount> supplierChargeAccounts();

// A 60, 61 or 62 account: digits only, 3 to 8 of them.
bool isSupplierChargeAccount(QStringView account);
// Counts in the gross margin's purchases: a 607 or 604 account.
bool isResoldAccount(QStringView account);

struct SupplierInvoiceLine
{
    QString description;
    QString account;              // "607", "6064"…
    Money amountExcludingVat;
    Rate vatRate;                 // a French rate: 20, 10, 5.5, 2.1 or 0 %

    bool resold() const { return isResoldAccount(account); }
    bool operator==(const SupplierInvoiceLine &) const = default;
};

struct SupplierInvoice
{
    QString id;
    QString activityId;
    QString supplierName;
    QString supplierSiren;        // optional; 9 digits with a valid key when given
    QString supplierReference;    // the supplier's own invoice number
    QDate date;                   // the invoice's date: the purchase's date in the books
    QDate dueDate;                // optional
    QList<SupplierInvoiceLine> lines;
    QString receiptId;            // the scanned invoice: a receipt's SHA-256 (ExpenseRepository)
    SupplierInvoiceStatus status = SupplierInvoiceStatus::Draft;
    QDate paidOn;                 // once paid
    qint64 version = 0;

    bool operator==(const SupplierInvoice &) const = default;
};

struct SupplierVatTotal
{
    Rate rate;
    Money base;
    Money vat;
    Money total;

    bool operator==(const SupplierVatTotal &) const = default;
};

struct SupplierInvoiceTotals
{
    QList<SupplierVatTotal> perRate;  // highest rate first
    Money excludingVat;
    Money vat;
    Money includingVat;               // what the supplier is paid
    Money resoldExcludingVat;         // the 607/604 lines: the gross margin's purchases
};

// Per rate: base = Σ lines of the rate, VAT = base × rate rounded half up once; totals are the
// sums of the per-rate figures.
SupplierInvoiceTotals supplierInvoiceTotals(const SupplierInvoice &invoice);

// Every problem at its field. Always: "activityId", "supplierName", "supplierSiren" (a valid
// SIREN in canonical form when given), "date", "dueDate" (not before the date), and per line
// "lines[i].account" (a 60x/61x/62x account), "lines[i].amountExcludingVat" (above zero),
// "lines[i].vatRate" (a French rate). `forValidation` adds what validating needs: the supplier's
// reference, at least one line ("lines"), a description on every line ("lines[i].description")
// and the scanned invoice ("receiptId"). A paid invoice needs "paidOn", not before its date.
ValidationErrors validate(const SupplierInvoice &invoice, bool forValidation);

} // namespace coop
