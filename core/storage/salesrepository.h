#pragma once

#include "core/businessday.h"
#include "core/customer.h"
#include "core/result.h"
#include "core/salesdocument.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// ---- Lists ---------------------------------------------------------------------------------

// What the invoice list filters on; every criterion is applied in SQL (indexes in migration 4).
struct DocumentFilter
{
    enum class State {
        All,
        Draft,
        Waiting,      // validated invoice, nothing paid
        PartlyPaid,
        Paid,
        Unpaid,       // validated invoice, Waiting or PartlyPaid
        Overdue,      // Unpaid and due before `today`
    };
    State state = State::All;
    std::optional<DocumentKind> kind;  // both when empty
    QString activityId;                // all when empty
    QString customerId;
    QDate from;                        // on the document date (a draft's indicative date)
    QDate to;
    QString search;                    // number, customer name or title contains (case-insensitive)
    QDate today;                       // for Overdue and daysLate; the system date when null
};

enum class DocumentSort { Date, Number, Customer, TotalIncludingVat, DueDate, Remaining };

// One row of the invoice list: what the list shows, read from cached columns (no totals computed).
struct DocumentListRow
{
    QString id;
    DocumentKind kind = DocumentKind::Invoice;
    DocumentStatus status = DocumentStatus::Draft;
    PaymentStatus paymentStatus = PaymentStatus::Waiting; // meaningful once validated
    QString number;
    QDate date;
    QDate dueDate;
    QString customerId;
    QString customerName;
    QString activityId;
    QString analyticCode;
    QString title;
    Money totalExcludingVat;    // as printed (positive for credit notes)
    Money totalIncludingVat;
    Money paid;
    Money credited;             // TTC of validated credit notes against this invoice
    Money remaining;            // total − paid − credited (invoices), 0 for drafts
    qint64 daysLate = 0;        // on the filter's today
};

// The result of `verify` (coopdesk-cli verify): every broken link, removed, changed or inserted
// record, and numbering anomalies of each series.
struct VerifyProblem
{
    enum class Kind { Changed, Removed, Inserted, ChainBroken, NumberingAnomaly };
    Kind kind = Kind::Changed;
    QString entity;      // "document" | "payment" | "ledger" | series name
    QString entityId;    // the record's id (or ledger sequence, or the number)
    QString message;     // translated: what and where ("Invoice 2026-ANA1-0007: amounts changed…")
};
QString verifyProblemKindKey(VerifyProblem::Kind kind); // "changed", "removed", "inserted", "chain_broken", "numbering"

struct VerifyReport
{
    qint64 documentsChecked = 0;
    qint64 paymentsChecked = 0;
    qint64 linksChecked = 0;
    QList<VerifyProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// ---- Repository ---------------------------------------------------------------------------

// Customers, catalogue, quotes, invoices and credit notes, payments, legal numbering and the hash
// chain, in the store (migration 0004_sales.sql). Records are checked by the core rules before
// any write and written through a UnitOfWork, so every change is queued for sync; save* inserts a
// record whose version is 0 and otherwise updates it against its version (Conflict if it changed).
//
// Issued documents are frozen: saveDraft/deleteDraft refuse anything not a draft (Constraint), and
// SQL triggers refuse any UPDATE or DELETE of a validated document, of a payment and of the ledger,
// whoever writes (raw SQL included).
//
// In a store signed in to the cooperative's server (store_meta sync_server), validate() checks the
// draft as above, then queues a validate_invoice or issue_credit_note command and leaves the draft
// as it is: the server numbers and dates it; linkSyncedDocuments() chains it once pulled.
//
// Numbering (DESIGN.md §6): validate() runs in one BEGIN IMMEDIATE transaction that draws the next
// value of the series' counter row (table number_counter, one row per (series, counter key), never
// a SEQUENCE), checks that the date does not go backwards in the series (checkNextInSeries),
// freezes the parties, writes number, date, totals and validatedAt, appends the hash-chain link,
// and commits: gap-free even with several connections validating at once (the busy timeout
// serialises them). Series: "invoice" (invoices, template cooperative.invoiceNumberTemplate) and
// "credit_note" (creditNoteNumberTemplate); when both templates are equal, credit notes share the
// invoice series.
class SalesRepository
{
public:
    explicit SalesRepository(Store &store) : m_store(store) {}

    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : businessToday(); }

    // Customers (of one activity when activityId is given), sorted by displayName.
    Result<QList<Customer>> customers(const QString &activityId = {}) const;
    Result<std::optional<Customer>> customer(const QString &id) const;
    Result<Customer> saveCustomer(Customer customer);

    Result<QList<CatalogItem>> catalogItems(const QString &activityId = {}) const;
    Result<CatalogItem> saveCatalogItem(CatalogItem item);

    // Quotes. A new quote gets its number "D{YYYY}-{SEQYEAR:4}" from its own counter at first save.
    Result<QList<Quote>> quotes(const QString &activityId = {}) const;
    Result<std::optional<Quote>> quote(const QString &id) const;
    Result<Quote> saveQuote(Quote quote);
    // The invoices made from a quote (drafts included), by date.
    Result<QList<SalesDocument>> invoicesOfQuote(const QString &quoteId) const;
    // Makes and saves the draft (core makeDepositInvoice / makeIntermediateInvoice /
    // makeBalanceInvoice) from the quote and its validated invoices; customer, activity, due date
    // from the quote's customer terms. `percent` is ignored for a balance.
    Result<SalesDocument> createInvoiceFromQuote(const QString &quoteId, InvoiceRole role,
                                                 std::optional<Rate> percent = std::nullopt);

    // Documents. document() reads any; saveDraft computes and caches the totals.
    Result<std::optional<SalesDocument>> document(const QString &id) const;
    Result<SalesDocument> saveDraft(SalesDocument document);
    Result<void> deleteDraft(const QString &id, qint64 version);
    // Issues the draft dated `date` (today when null): see the class comment. Refused with the
    // first problem of validateForIssue (InvalidArgument, where() its field: a caller that shows
    // every problem runs validateForIssue(document, partiesFor(document)) itself), or Constraint
    // when the date goes backwards in its series or a credit note exceeds what its invoice leaves.
    // In a store signed in to a server, the same checks, then the command is queued and the
    // draft returned unchanged (no number yet; `date` is not used: the server dates it).
    Result<SalesDocument> validate(const QString &id, QDate date = {});
    // Drafts of credit notes for a validated invoice (core makeFullCreditNote/makePartialCreditNote).
    Result<SalesDocument> createCreditNote(const QString &invoiceId);
    Result<SalesDocument> createPartialCreditNote(const QString &invoiceId,
                                                  const QList<DocumentLine> &lines);
    // Validated credit notes against an invoice.
    Result<QList<SalesDocument>> creditNotesOf(const QString &invoiceId) const;

    // The parties a document prints: its frozen copy once validated, else the current records.
    Result<DocumentParties> partiesFor(const SalesDocument &document) const;

    // Payments of a validated invoice (or refunds on a credit note): split per rate by the core
    // (splitPayment), refused beyond what is left to pay; appended to the hash chain.
    Result<Payment> recordPayment(const QString &documentId, QDate date, Money amount,
                                  PaymentMode mode, const QString &bankAccount = {},
                                  const QString &reference = {});
    Result<QList<Payment>> payments(const QString &documentId) const;
    // Paid, credited and remaining of a document (0s for a draft).
    struct Settlement { Money paid; Money credited; Money remaining; PaymentStatus status = PaymentStatus::Waiting; };
    Result<Settlement> settlement(const QString &documentId) const;

    // The list: rows in SQL order (then by id for a stable order), `offset`/`limit` paging.
    Result<QList<DocumentListRow>> listDocuments(const DocumentFilter &filter, DocumentSort sort,
                                                 Qt::SortOrder order, qint64 offset,
                                                 qint64 limit) const;
    Result<qint64> countDocuments(const DocumentFilter &filter) const;
    // Unpaid validated invoices due before `at`, most days late first.
    Result<QList<DocumentListRow>> overdue(QDate at) const;

    // Re-reads every validated document and payment, recomputes each content hash and the chain,
    // and checks each numbering series (findSeriesAnomalies).
    Result<VerifyReport> verify() const;

    // A store signed in to the cooperative's server receives by pull the documents the server
    // issued and the payments other devices recorded; this links each validated document and
    // each payment that has no hash-chain link yet into the store's chain (documents in the order
    // the server validated them: validated_at, then series and number; then payments in date
    // order), so verify() covers them from then on. The sync engine calls it after each
    // applied page. Does nothing in a stand-alone store, where such a record was inserted behind
    // the application's back and verify() must say so. Returns how many records were linked.
    Result<qint64> linkSyncedDocuments();

    // The same writes inside a caller's unit of work (the demo generator).
    Result<Customer> saveCustomer(UnitOfWork &unit, Customer customer);
    Result<CatalogItem> saveCatalogItem(UnitOfWork &unit, CatalogItem item);
    Result<Quote> saveQuote(UnitOfWork &unit, Quote quote);
    Result<SalesDocument> saveDraft(UnitOfWork &unit, SalesDocument document);
    Result<SalesDocument> validate(UnitOfWork &unit, const QString &id, QDate date = {});
    Result<Payment> recordPayment(UnitOfWork &unit, const QString &documentId, QDate date,
                                  Money amount, PaymentMode mode, const QString &bankAccount = {},
                                  const QString &reference = {});

private:
    Store &m_store;
    QDate m_today;
};

} // namespace coop
