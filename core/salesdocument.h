#pragma once

#include "activity.h"
#include "cooperative.h"
#include "customer.h"
#include "fixedpoint.h"
#include "invoicetotals.h"
#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

// Sales documents (DOMAIN.md §3, DESIGN.md §6). Credit notes are stored and shown with positive
// quantities and amounts, as printed and as CII type 381 wants them; signed() gives the sign an
// account or a balance uses (an invoice +, a credit note −).

enum class DocumentKind { Invoice, CreditNote };
QString documentKindKey(DocumentKind kind);              // "invoice", "credit_note"
Result<DocumentKind> documentKindFromKey(QStringView key);

// Where an invoice sits in a quote's schedule (a plain invoice is Standard).
enum class InvoiceRole { Standard, Deposit, Intermediate, Balance };
QString invoiceRoleKey(InvoiceRole role);                // "standard", "deposit", "intermediate", "balance"
Result<InvoiceRole> invoiceRoleFromKey(QStringView key);

enum class DocumentStatus { Draft, Validated };
QString documentStatusKey(DocumentStatus status);        // "draft", "validated"
Result<DocumentStatus> documentStatusFromKey(QStringView key);

// The payment state of a validated invoice (a draft has none; a credit note is Paid when fully
// used or refunded, else Waiting).
enum class PaymentStatus { Waiting, PartlyPaid, Paid };
QString paymentStatusKey(PaymentStatus status);          // "waiting", "partly_paid", "paid"

enum class OperationNature { Services, Goods, Both };    // mention required by the 2026 reform
QString operationNatureKey(OperationNature nature);      // "services", "goods", "both"
Result<OperationNature> operationNatureFromKey(QStringView key);

enum class PaymentMode { Transfer, Cheque, Card, Cash };
QString paymentModeKey(PaymentMode mode);                // "transfer", "cheque", "card", "cash"
Result<PaymentMode> paymentModeFromKey(QStringView key);

// One line as typed on a quote, invoice or credit note.
struct DocumentLine
{
    QString designation;
    QString unit = QStringLiteral("C62");   // UN/ECE Rec 20 (customer.h: unitLabel)
    Quantity quantity;                      // 3 decimals; may be negative (a discount line)
    UnitPrice unitPrice;                    // 5 decimals, HT or TTC per the document's entry mode
    std::optional<Rate> discount;           // 0..100 %
    Rate vatRate;
    QString exemptionMention;               // required at 0 %
    QString revenueAccount = QStringLiteral("706000");
    QString catalogItemId;                  // the catalogue item it was copied from, if any

    bool operator==(const DocumentLine &) const = default;
};

// Who the document is between, as printed. A draft shows the current records; validation freezes
// a copy in the document (`parties` below), so a later change of address or capital never alters
// an issued invoice.
struct DocumentParties
{
    CooperativeSettings seller;
    Activity activity;
    Customer customer;

    bool operator==(const DocumentParties &) const = default;
    QJsonObject toJson() const;
    static Result<DocumentParties> fromJson(const QJsonObject &json);
};

// An invoice or a credit note (facture, avoir).
struct SalesDocument
{
    QString id;                      // UUID
    DocumentKind kind = DocumentKind::Invoice;
    InvoiceRole role = InvoiceRole::Standard;
    DocumentStatus status = DocumentStatus::Draft;
    QString activityId;
    QString customerId;
    QString number;                  // empty until validated
    QDate date;                      // issue date; set at validation (a draft's is indicative)
    QDate serviceDate;               // date of the sale or service, when it differs (may be null)
    QDate serviceEndDate;            // end of a service period (may be null)
    QDate dueDate;                   // invoices: required at validation, not before `date`
    QString title;                   // the object of the document ("Refonte du site")
    PriceEntry priceEntry = PriceEntry::ExcludingVat;
    std::optional<Rate> documentDiscount;
    QList<DocumentLine> lines;
    QList<VatDeduction> deductions;  // balance invoices: what the quote's earlier invoices billed
    OperationNature nature = OperationNature::Services;
    bool vatOnDebits = false;        // "option pour le paiement de la taxe d'après les débits"
    QString purchaseOrder;           // the customer's order number, printed when given
    Rate latePenaltyRate = Rate::fromUnits(10 * Rate::UnitsPerPercent);
                                     // annual rate printed (default: 10 %, ≥ 3 × legal interest)
    QString paymentTerms;            // printed text of payment conditions ("30 jours date de facture")
    QString earlyPaymentDiscount = QStringLiteral("Pas d'escompte pour paiement anticipé.");
    QString notes;                   // free legal or commercial notes printed at the bottom
    QString quoteId;                 // the quote it was made from, if any
    QString creditedInvoiceId;       // credit notes: the invoice they correct (required)
    QString creditedInvoiceNumber;   // copied at creation: printed and put in CII (BT-25)
    QDate creditedInvoiceDate;       //                                      (BT-26)
    std::optional<DocumentParties> parties; // frozen at validation; empty on drafts
    // Cached totals (what totals() gives), stored for the lists' SQL sorting and filtering.
    Money totalExcludingVat;
    Money totalVat;
    Money totalIncludingVat;
    QDateTime validatedAt;           // UTC
    qint64 version = 0;

    InvoiceInput toInvoiceInput() const;
    // The one computation (computeInvoiceTotals) of this document.
    Result<InvoiceTotals> totals() const;
    // +1 for an invoice, −1 for a credit note.
    int sign() const { return kind == DocumentKind::CreditNote ? -1 : 1; }
    bool isB2B(const Customer &customer) const { return customer.kind == CustomerKind::Company; }

    bool operator==(const SalesDocument &) const = default;
};

// The lines, deductions and other list values as stored (JSON text columns) and carried by sync.
QJsonArray linesToJson(const QList<DocumentLine> &lines);
Result<QList<DocumentLine>> linesFromJson(const QJsonArray &array);      // where(): "lines[i].field"
QJsonArray deductionsToJson(const QList<VatDeduction> &deductions);
Result<QList<VatDeduction>> deductionsFromJson(const QJsonArray &array);

// What a draft must satisfy to be saved: lines consistent (designation, French VAT rate, mention
// at 0 %, discount 0..100 %, known unit), document discount in range, service end not before its
// start, due date not before the date, totals computable. Each error at its field ("lines[2].vatRate").
ValidationErrors validateDraft(const SalesDocument &document);

// What validation (issuing the legal document) adds, with the parties it will be frozen with:
// at least one line; a non-zero total for an invoice; due date set (invoices); seller identity
// complete (name, address, SIREN, VAT number, legal form, RCS); customer billing address; a
// French company customer's SIREN; a credit note refers to its invoice (number and date).
ValidationErrors validateForIssue(const SalesDocument &document, const DocumentParties &parties);

// The due date from the customer's terms: date + paymentTermDays.
QDate dueDateFor(QDate date, const Customer &customer);

// ---- Quotes --------------------------------------------------------------------------------

enum class QuoteStatus { Draft, Sent, Signed, Refused };
QString quoteStatusKey(QuoteStatus status);              // "draft", "sent", "signed", "refused"
Result<QuoteStatus> quoteStatusFromKey(QStringView key);

struct Quote
{
    QString id;
    QString activityId;
    QString customerId;
    QString number;              // "D2026-0001": given at first save by the store (not legal)
    QDate date;
    QDate validUntil;            // ≥ date
    QString title;
    PriceEntry priceEntry = PriceEntry::ExcludingVat;
    std::optional<Rate> documentDiscount;
    QList<DocumentLine> lines;
    std::optional<Rate> depositPercent; // 0..100 %, the deposit asked at signature
    QuoteStatus status = QuoteStatus::Draft;
    QDate signedDate;            // set when Signed
    QString notes;
    Money totalExcludingVat;     // cached, as for documents
    Money totalVat;
    Money totalIncludingVat;
    qint64 version = 0;

    InvoiceInput toInvoiceInput() const;
    Result<InvoiceTotals> totals() const;
    bool operator==(const Quote &) const = default;
};

// Lines consistent (as validateDraft), validity not before the date, deposit 0..100 %, signed date
// present exactly when Signed.
ValidationErrors validate(const Quote &quote);

// An invoice of a quote's schedule already issued, as the balance deducts it.
struct IssuedInvoiceOfQuote
{
    QString number;
    QDate date;
    InvoiceRole role = InvoiceRole::Deposit;
    QList<VatBreakdown> perRate; // its totals as issued
};

// A draft deposit or intermediate invoice for `percent` of the quote: one line per VAT rate (and
// mention) of the quote, "Acompte de 30 % sur le devis D2026-0001" / "Facture intermédiaire :
// 40 % du devis D2026-0001", quantity 1, HT unit price = the rate's base × percent rounded half up
// to the cent, entry HT. Refused (Constraint) when the quote is not signed, the percent is not in
// ]0, 100[, or it would bring the invoiced share above 100 % with the `issued` ones.
Result<SalesDocument> makeDepositInvoice(const Quote &quote, Rate percent,
                                         const QList<IssuedInvoiceOfQuote> &issued);
Result<SalesDocument> makeIntermediateInvoice(const Quote &quote, Rate percent,
                                              const QList<IssuedInvoiceOfQuote> &issued);
// The balance: the quote's lines, entry mode and discount, with one deduction per issued invoice
// and rate, so that the issued invoices and the balance add up to the quote per rate, base and VAT
// exactly. Refused when the quote is not signed or a balance already exists in `issued`.
Result<SalesDocument> makeBalanceInvoice(const Quote &quote,
                                         const QList<IssuedInvoiceOfQuote> &issued);

// ---- Credit notes -------------------------------------------------------------------------

// A draft credit note cancelling the whole invoice: the same lines, entry mode, discount and
// deductions, referring to its number and date. Its totals equal the invoice's cent for cent.
Result<SalesDocument> makeFullCreditNote(const SalesDocument &validatedInvoice);
// A draft credit note for chosen lines (same rates as the invoice's): the caller edits the lines.
Result<SalesDocument> makePartialCreditNote(const SalesDocument &validatedInvoice,
                                            const QList<DocumentLine> &lines);

// What is left to credit on an invoice, per (rate, mention): the invoice's per-rate base and VAT
// less those of the validated credit notes already issued against it.
QList<VatBreakdown> creditableRemainder(const InvoiceTotals &invoice,
                                        const QList<InvoiceTotals> &previousCreditNotes);
// A credit note may only use the invoice's rates and never exceed what is left, per rate (base
// and VAT) and in total (Constraint; where() "lines" or "perRate[i]").
Result<void> checkCreditNote(const InvoiceTotals &invoice,
                             const QList<InvoiceTotals> &previousCreditNotes,
                             const InvoiceTotals &creditNote);

// ---- Payments -----------------------------------------------------------------------------

// The part of a payment that settles one VAT rate (needed for VAT on collections).
struct PaymentShare
{
    Rate rate;
    QString exemptionMention;
    Money amount;   // TTC settled for this rate
    Money vat;      // the VAT contained in `amount`

    bool operator==(const PaymentShare &) const = default;
};

struct Payment
{
    QString id;
    QString documentId;
    QDate date;
    Money amount;                // > 0 (a refund is a credit note, then a payment on it)
    PaymentMode mode = PaymentMode::Transfer;
    QString bankAccount = QStringLiteral("512000"); // the treasury account it went to
    QString reference;           // cheque number, transfer label…
    QList<PaymentShare> shares;  // Σ amount == amount
    QDateTime recordedAt;        // UTC
    qint64 version = 0;

    bool operator==(const Payment &) const = default;
};

QJsonArray sharesToJson(const QList<PaymentShare> &shares);
Result<QList<PaymentShare>> sharesFromJson(const QJsonArray &array);

// Splits `amount` over the rates of an invoice in proportion to what each rate still has to be
// paid (its TTC less the shares of `previous` payments), by allocate() so the shares add up to the
// amount; a payment that settles the invoice takes exactly each rate's remainder, base and VAT.
// The VAT of a share is amount × rate VAT / rate TTC rounded half up, except the last payment of a
// rate which takes the rate's remaining VAT, so the VAT collected adds up to the invoice's.
// Refused (Constraint) when the amount is ≤ 0 or more than the invoice leaves to pay
// (`alreadyCredited`: TTC of validated credit notes against it, which reduce what is due).
Result<QList<PaymentShare>> splitPayment(const InvoiceTotals &invoice,
                                         const QList<Payment> &previous,
                                         Money alreadyCredited, Money amount);

// Waiting when nothing is paid, Paid when paid + credited ≥ total, else PartlyPaid.
PaymentStatus paymentStatusFor(Money total, Money paid, Money credited);
// Days past the due date on `today` (0 when not yet due).
qint64 daysLate(QDate dueDate, QDate today);

} // namespace coop
