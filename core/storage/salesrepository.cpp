#include "salesrepository.h"

#include "peoplerepository.h"
#include "ledger_p.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/hashchain.h"
#include "core/numbering.h"
#include "core/salesissue.h"
#include "core/salesrow.h"
#include "core/tr.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

const QString kInvoiceSeries = u"invoice"_s;
const QString kCreditNoteSeries = u"credit_note"_s;
const QString kQuoteSeries = u"quote"_s;
const QString kQuoteTemplate = u"D{YYYY}-{SEQYEAR:4}"_s;
const QString kDocumentEntity = u"document"_s;
const QString kPaymentEntity = u"payment"_s;

// Columns in the order of the SELECTs below; the writers name the same columns.
const QString kCustomerColumns =
    u"id, version, activity_id, kind, name, first_name, last_name, siren, siret, vat_number, "
    "billing_line1, billing_line2, billing_postcode, billing_city, billing_country, "
    "delivery_line1, delivery_line2, delivery_postcode, delivery_city, delivery_country, "
    "payment_term_days, accounting_account, email, contact_name, archived"_s;
const QString kCatalogColumns =
    u"id, version, activity_id, designation, unit, unit_price_units, vat_rate_units, "
    "exemption_mention, revenue_account, archived"_s;
const QString kQuoteColumns =
    u"id, version, activity_id, customer_id, number, date, valid_until, title, price_entry, "
    "document_discount_units, lines, deposit_percent_units, status, signed_date, notes, "
    "total_excluding_vat_cents, total_vat_cents, total_including_vat_cents"_s;
const QString kDocumentColumns =
    u"id, version, kind, role, status, activity_id, customer_id, number, date, service_date, "
    "service_end_date, due_date, title, price_entry, document_discount_units, lines, deductions, "
    "nature, vat_on_debits, purchase_order, late_penalty_rate_units, payment_terms, "
    "early_payment_discount, notes, quote_id, credited_invoice_id, credited_invoice_number, "
    "credited_invoice_date, parties, total_excluding_vat_cents, total_vat_cents, "
    "total_including_vat_cents, validated_at, customer_name, number_series, counter_key, "
    "sequence_value"_s;
const QString kPaymentColumns =
    u"id, version, document_id, date, amount_cents, mode, bank_account, reference, shares, "
    "recorded_at"_s;

// ---- values


QVariant timestamp(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant optionalRate(const std::optional<Rate> &rate)
{
    return rate ? QVariant(rate->units()) : QVariant();
}

std::optional<Rate> toOptionalRate(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Rate::fromUnits(value.toLongLong());
}


Money cents(const QVariant &value)
{
    return Money::fromCents(value.toLongLong());
}


Result<void> execute(const Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.database());
    if (!q.prepare(sql))
        return fail(sqlError(Tr::tr("Cannot write to the store:"), q));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot write to the store:"), q));
    return {};
}

// ---- customers

QVariantMap customerFields(const Customer &c)
{
    return customerColumns(c);
}

// The row of the current query as column → value, for the core's row mappings.
QVariantMap columnsOf(const QSqlQuery &q)
{
    const QSqlRecord record = q.record();
    QVariantMap columns;
    for (int i = 0; i < record.count(); ++i)
        columns.insert(record.fieldName(i), q.value(i));
    return columns;
}

Customer readCustomer(const QSqlQuery &q)
{
    return customerFromColumns(columnsOf(q));
}

// The display name as SQL computes it for the cached customer_name (Customer::displayName()).
const QString kCustomerDisplayName =
    u"CASE WHEN name <> '' THEN name ELSE trim(first_name || ' ' || last_name) END"_s;

Result<QList<Customer>> readCustomers(const Store &store, const QString &where,
                                      const QVariantList &binds)
{
    auto q = select(store, u"SELECT %1 FROM customer %2 ORDER BY lower(%3), id"_s.arg(
                               kCustomerColumns, where, kCustomerDisplayName),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Customer> list;
    while (q->next())
        list.append(readCustomer(*q));
    return list;
}

// ---- catalogue

QVariantMap catalogFields(const CatalogItem &c)
{
    return {
        {u"activity_id"_s, text(c.activityId)},
        {u"designation"_s, text(c.designation)},
        {u"unit"_s, text(c.unit)},
        {u"unit_price_units"_s, c.unitPrice.units()},
        {u"vat_rate_units"_s, c.vatRate.units()},
        {u"exemption_mention"_s, text(c.exemptionMention)},
        {u"revenue_account"_s, text(c.revenueAccount)},
        {u"archived"_s, qint64(c.archived ? 1 : 0)},
    };
}

CatalogItem readCatalogItem(const QSqlQuery &q)
{
    CatalogItem c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.version = q.value(i++).toLongLong();
    c.activityId = q.value(i++).toString();
    c.designation = q.value(i++).toString();
    c.unit = q.value(i++).toString();
    c.unitPrice = UnitPrice::fromUnits(q.value(i++).toLongLong());
    c.vatRate = Rate::fromUnits(q.value(i++).toLongLong());
    c.exemptionMention = q.value(i++).toString();
    c.revenueAccount = q.value(i++).toString();
    c.archived = q.value(i++).toLongLong() != 0;
    return c;
}

Result<QList<CatalogItem>> readCatalog(const Store &store, const QString &where,
                                       const QVariantList &binds)
{
    auto q = select(store, u"SELECT %1 FROM catalog_item %2 ORDER BY lower(designation), id"_s.arg(
                               kCatalogColumns, where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<CatalogItem> list;
    while (q->next())
        list.append(readCatalogItem(*q));
    return list;
}

// ---- quotes

QVariantMap quoteFields(const Quote &q)
{
    return {
        {u"activity_id"_s, text(q.activityId)},
        {u"customer_id"_s, text(q.customerId)},
        {u"number"_s, text(q.number)},
        {u"date"_s, date(q.date)},
        {u"valid_until"_s, date(q.validUntil)},
        {u"title"_s, text(q.title)},
        {u"price_entry"_s, priceEntryKey(q.priceEntry)},
        {u"document_discount_units"_s, optionalRate(q.documentDiscount)},
        {u"lines"_s, json(linesToJson(q.lines))},
        {u"deposit_percent_units"_s, optionalRate(q.depositPercent)},
        {u"status"_s, quoteStatusKey(q.status)},
        {u"signed_date"_s, date(q.signedDate)},
        {u"notes"_s, text(q.notes)},
        {u"total_excluding_vat_cents"_s, q.totalExcludingVat.cents()},
        {u"total_vat_cents"_s, q.totalVat.cents()},
        {u"total_including_vat_cents"_s, q.totalIncludingVat.cents()},
    };
}

Result<Quote> readQuote(const QSqlQuery &q)
{
    Quote r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.version = q.value(i++).toLongLong();
    r.activityId = q.value(i++).toString();
    r.customerId = q.value(i++).toString();
    r.number = q.value(i++).toString();
    r.date = toDate(q.value(i++));
    r.validUntil = toDate(q.value(i++));
    r.title = q.value(i++).toString();
    r.priceEntry = priceEntryFromKey(q.value(i++).toString());
    r.documentDiscount = toOptionalRate(q.value(i++));
    auto lines = linesFromJson(jsonArray(q.value(i++)));
    if (!lines)
        return fail(lines.error().located(Tr::tr("quote %1").arg(r.number)));
    r.lines = *lines;
    r.depositPercent = toOptionalRate(q.value(i++));
    r.status = quoteStatusFromKey(q.value(i++).toString()).value_or(QuoteStatus::Draft);
    r.signedDate = toDate(q.value(i++));
    r.notes = q.value(i++).toString();
    r.totalExcludingVat = cents(q.value(i++));
    r.totalVat = cents(q.value(i++));
    r.totalIncludingVat = cents(q.value(i++));
    return r;
}

Result<QList<Quote>> readQuotes(const Store &store, const QString &where, const QVariantList &binds)
{
    auto q = select(store, u"SELECT %1 FROM quote %2 ORDER BY date, number, id"_s.arg(kQuoteColumns,
                                                                                     where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Quote> list;
    while (q->next()) {
        auto quote = readQuote(*q);
        if (!quote)
            return fail(quote.error());
        list.append(std::move(*quote));
    }
    return list;
}

// ---- documents

// A document as stored, with the columns that the record does not carry.
struct StoredDocument
{
    SalesDocument document;
    QString customerName;
    QString series;
    QString counterKey;
    qint64 sequence = 0;
};

QVariantMap documentFields(const SalesDocument &d, const QString &customerName)
{
    return salesDocumentColumns(d, customerName);
}

Result<StoredDocument> readDocument(const QSqlQuery &q)
{
    auto row = salesDocumentFromColumns(columnsOf(q));
    if (!row)
        return fail(row.error());
    return StoredDocument{std::move(row->document), row->customerName, row->series,
                          row->counterKey, row->sequence};
}

Result<QList<StoredDocument>> readDocuments(const Store &store, const QString &where,
                                            const QVariantList &binds,
                                            const QString &order = u"date, number, id"_s)
{
    auto q = select(store, u"SELECT %1 FROM sales_document %2 ORDER BY %3"_s.arg(kDocumentColumns,
                                                                                where, order),
                    binds);
    if (!q)
        return fail(q.error());
    QList<StoredDocument> list;
    while (q->next()) {
        auto d = readDocument(*q);
        if (!d)
            return fail(d.error());
        list.append(std::move(*d));
    }
    return list;
}

Result<std::optional<StoredDocument>> readStoredDocument(const Store &store, const QString &id)
{
    return firstOf(readDocuments(store, u"WHERE id = ?"_s, {id}));
}

QList<SalesDocument> documentsOf(const QList<StoredDocument> &stored)
{
    QList<SalesDocument> list;
    list.reserve(stored.size());
    for (const StoredDocument &s : stored)
        list.append(s.document);
    return list;
}

QString documentLabel(const SalesDocument &d)
{
    if (d.kind == DocumentKind::CreditNote)
        return d.number.isEmpty() ? Tr::tr("Draft credit note") : Tr::tr("Credit note %1").arg(d.number);
    return d.number.isEmpty() ? Tr::tr("Draft invoice") : Tr::tr("Invoice %1").arg(d.number);
}

Result<void> cacheTotals(SalesDocument &d)
{
    auto totals = d.totals();
    if (!totals)
        return fail(totals.error());
    d.totalExcludingVat = totals->totalExcludingVat;
    d.totalVat = totals->totalVat;
    d.totalIncludingVat = totals->totalIncludingVat;
    return {};
}

// ---- payments

QVariantMap paymentFields(const Payment &p)
{
    return {
        {u"document_id"_s, text(p.documentId)},
        {u"date"_s, date(p.date)},
        {u"amount_cents"_s, p.amount.cents()},
        {u"mode"_s, paymentModeKey(p.mode)},
        {u"bank_account"_s, text(p.bankAccount)},
        {u"reference"_s, text(p.reference)},
        {u"shares"_s, json(sharesToJson(p.shares))},
        {u"recorded_at"_s, timestamp(p.recordedAt)},
    };
}

Result<Payment> readPayment(const QSqlQuery &q)
{
    Payment p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.version = q.value(i++).toLongLong();
    p.documentId = q.value(i++).toString();
    p.date = toDate(q.value(i++));
    p.amount = cents(q.value(i++));
    p.mode = paymentModeFromKey(q.value(i++).toString()).value_or(PaymentMode::Transfer);
    p.bankAccount = q.value(i++).toString();
    p.reference = q.value(i++).toString();
    auto shares = sharesFromJson(jsonArray(q.value(i++)));
    if (!shares)
        return fail(shares.error().located(Tr::tr("payment %1").arg(p.id)));
    p.shares = *shares;
    p.recordedAt = toTimestamp(q.value(i++));
    return p;
}

Result<QList<Payment>> readPayments(const Store &store, const QString &where,
                                    const QVariantList &binds)
{
    auto q = select(store, u"SELECT %1 FROM payment %2 ORDER BY date, recorded_at, id"_s.arg(
                               kPaymentColumns, where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Payment> list;
    while (q->next()) {
        auto p = readPayment(*q);
        if (!p)
            return fail(p.error());
        list.append(std::move(*p));
    }
    return list;
}

// ---- hash chain

// Appends a link for a record just written, in the caller's transaction.
Result<void> appendLink(const Store &store, const QString &entity, const QString &entityId,
                        const QString &label, const QByteArray &content)
{
    auto last = select(store, u"SELECT sequence, hash FROM ledger ORDER BY sequence DESC LIMIT 1"_s);
    if (!last)
        return fail(last.error());
    qint64 sequence = 1;
    QByteArray previous = genesisHash();
    if (last->next()) {
        sequence = last->value(0).toLongLong() + 1;
        previous = last->value(1).toByteArray();
    }
    last->finish();
    const QByteArray hash = chainHash(previous, sequence, entity, entityId, content);
    return execute(store,
                   u"INSERT INTO ledger (sequence, entity, entity_id, label, content_hash, "
                   "previous_hash, hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {sequence, entity, entityId, label, content, previous, hash,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

// ---- validations waiting for the server

// Whether the store is signed in to a cooperative's server (SyncEngine::signIn): it then leaves
// numbering to the server.
Result<bool> signedIn(const Store &store)
{
    auto q = select(store, u"SELECT value FROM store_meta WHERE key = 'sync_server'"_s);
    if (!q)
        return fail(q.error());
    const bool synced = q->next() && !q->value(0).toString().isEmpty();
    q->finish();
    return synced;
}

// Whether the outbox holds a validation of this document not yet sent (a store signed in to a
// server): the draft is then frozen for this store as it will be once the server issues it.
Result<bool> awaitingServer(const Store &store, const QString &id)
{
    auto synced = signedIn(store);
    if (!synced || !*synced)
        return synced;
    auto q = select(store,
                    u"SELECT 1 FROM outbox WHERE kind = 'command' AND entity_id = ? AND entity IN "
                    "('validate_invoice', 'issue_credit_note') LIMIT 1"_s,
                    {id});
    if (!q)
        return fail(q.error());
    const bool waiting = q->next();
    q->finish();
    return waiting;
}

// ---- the list

// The payment states in SQL, as paymentStatusFor() decides them (P paid, C credited, T total):
// Paid when P + C ≥ T; else Waiting when nothing is paid, PartlyPaid otherwise.
const QString kPaid = u"coalesce(s.paid_cents, 0)"_s;
const QString kCredited = u"coalesce(s.credited_cents, 0)"_s;
const QString kRemaining = u"(CASE WHEN d.status = 'validated' THEN d.total_including_vat_cents - "
                           "coalesce(s.paid_cents, 0) - coalesce(s.credited_cents, 0) ELSE 0 END)"_s;
const QString kValidatedInvoice = u"d.status = 'validated' AND d.kind = 'invoice'"_s;
const QString kUnpaid =
    u"coalesce(s.paid_cents, 0) + coalesce(s.credited_cents, 0) < d.total_including_vat_cents"_s;

QString likePattern(const QString &search)
{
    QString escaped = search;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// A filter as SQL. The unpaid states (waiting, partly paid, unpaid, overdue) start from the
// local open_invoice table (o), which holds only the invoices still to be paid, so that they
// never scan the whole document table; the other states read sales_document (d) directly.
struct Where
{
    QString sql;
    QVariantList binds;
    bool open = false;        // rows come from open_invoice o
    bool settlement = false;  // a clause reads document_settlement s
    bool document = false;    // a clause reads sales_document d
};

Where whereOf(const DocumentFilter &filter, QDate today)
{
    QStringList clauses;
    Where w;
    switch (filter.state) {
    case DocumentFilter::State::All:
        break;
    case DocumentFilter::State::Draft:
        clauses.append(u"d.status = 'draft'"_s);
        w.document = true;
        break;
    case DocumentFilter::State::Waiting:
        w.open = w.settlement = true;
        clauses.append(u"coalesce(s.paid_cents, 0) = 0"_s);
        break;
    case DocumentFilter::State::PartlyPaid:
        w.open = w.settlement = true;
        clauses.append(u"coalesce(s.paid_cents, 0) <> 0"_s);
        break;
    case DocumentFilter::State::Paid:
        // Most validated invoices: the list walks the index of its sort column and keeps the
        // settled ones (the unary + keeps SQLite from choosing the status index and sorting a
        // million rows to show the first hundred).
        w.document = w.settlement = true;
        clauses.append(u"+d.status = 'validated' AND +d.kind = 'invoice' AND NOT ("_s + kUnpaid
                       + u')');
        break;
    case DocumentFilter::State::Unpaid:
        w.open = true;
        break;
    case DocumentFilter::State::Overdue:
        w.open = true;
        clauses.append(u"o.due_date < ?"_s);
        w.binds.append(today.toString(Qt::ISODate));
        break;
    }
    if (filter.kind) {
        clauses.append(u"d.kind = ?"_s);
        w.binds.append(documentKindKey(*filter.kind));
        w.document = true;
    }
    if (!filter.activityId.isEmpty()) {
        clauses.append(u"d.activity_id = ?"_s);
        w.binds.append(filter.activityId);
        w.document = true;
    }
    if (!filter.customerId.isEmpty()) {
        clauses.append(u"d.customer_id = ?"_s);
        w.binds.append(filter.customerId);
        w.document = true;
    }
    const QString dateColumn = w.open ? u"o.date"_s : u"d.date"_s;
    if (filter.from.isValid()) {
        clauses.append(dateColumn + u" >= ?"_s);
        w.binds.append(filter.from.toString(Qt::ISODate));
        w.document = w.document || !w.open;
    }
    if (filter.to.isValid()) {
        clauses.append(dateColumn + u" <= ?"_s);
        w.binds.append(filter.to.toString(Qt::ISODate));
        w.document = w.document || !w.open;
    }
    if (!filter.search.trimmed().isEmpty()) {
        clauses.append(u"(d.number LIKE ? ESCAPE '\\' OR d.customer_name LIKE ? ESCAPE '\\' "
                       "OR d.title LIKE ? ESCAPE '\\')"_s);
        const QString pattern = likePattern(filter.search.trimmed());
        w.binds << pattern << pattern << pattern;
        w.document = true;
    }
    if (!clauses.isEmpty())
        w.sql = u"WHERE "_s + clauses.join(u" AND "_s);
    return w;
}

QString sortColumn(DocumentSort sort, bool open)
{
    switch (sort) {
    case DocumentSort::Date:
        return open ? u"o.date"_s : u"d.date"_s;
    case DocumentSort::Number:
        // In the order numbers were drawn (…-9 before …-10), series by series and counter by
        // counter (2025 before 2026); drafts, which have none, come first.
        return u"d.number_series %1, d.counter_key %1, d.sequence_value"_s;
    case DocumentSort::Customer:
        return u"d.customer_name"_s;
    case DocumentSort::TotalIncludingVat:
        return u"d.total_including_vat_cents"_s;
    case DocumentSort::DueDate:
        return open ? u"o.due_date"_s : u"d.due_date"_s;
    case DocumentSort::Remaining:
        return kRemaining;
    }
    return u"d.date"_s;
}

const QString kListColumns =
    u"d.id, d.kind, d.status, d.number, d.date, d.due_date, d.customer_id, d.customer_name, "
    "d.activity_id, coalesce(a.analytic_code, ''), d.title, d.total_excluding_vat_cents, "
    "d.total_including_vat_cents, coalesce(s.paid_cents, 0), coalesce(s.credited_cents, 0)"_s;
const QString kListFrom =
    u"FROM sales_document d LEFT JOIN document_settlement s ON s.document_id = d.id "
    "LEFT JOIN activity a ON a.id = d.activity_id"_s;
const QString kOpenListFrom =
    u"FROM open_invoice o JOIN sales_document d ON d.id = o.document_id "
    "LEFT JOIN document_settlement s ON s.document_id = d.id "
    "LEFT JOIN activity a ON a.id = d.activity_id"_s;

DocumentListRow readListRow(const QSqlQuery &q, QDate today)
{
    DocumentListRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.kind = documentKindFromKey(q.value(i++).toString()).value_or(DocumentKind::Invoice);
    r.status = documentStatusFromKey(q.value(i++).toString()).value_or(DocumentStatus::Draft);
    r.number = q.value(i++).toString();
    r.date = toDate(q.value(i++));
    r.dueDate = toDate(q.value(i++));
    r.customerId = q.value(i++).toString();
    r.customerName = q.value(i++).toString();
    r.activityId = q.value(i++).toString();
    r.analyticCode = q.value(i++).toString();
    r.title = q.value(i++).toString();
    r.totalExcludingVat = cents(q.value(i++));
    r.totalIncludingVat = cents(q.value(i++));
    r.paid = cents(q.value(i++));
    r.credited = cents(q.value(i++));
    if (r.status == DocumentStatus::Validated) {
        r.remaining = r.totalIncludingVat - r.paid - r.credited;
        r.paymentStatus = paymentStatusFor(r.totalIncludingVat, r.paid, r.credited);
        if (r.kind == DocumentKind::Invoice && r.paymentStatus != PaymentStatus::Paid)
            r.daysLate = daysLate(r.dueDate, today);
    }
    return r;
}

} // namespace

QString verifyProblemKindKey(VerifyProblem::Kind kind)
{
    switch (kind) {
    case VerifyProblem::Kind::Changed:
        return u"changed"_s;
    case VerifyProblem::Kind::Removed:
        return u"removed"_s;
    case VerifyProblem::Kind::Inserted:
        return u"inserted"_s;
    case VerifyProblem::Kind::ChainBroken:
        return u"chain_broken"_s;
    case VerifyProblem::Kind::NumberingAnomaly:
        return u"numbering"_s;
    }
    return u"changed"_s;
}

// ---- customers

Result<QList<Customer>> SalesRepository::customers(const QString &activityId) const
{
    if (activityId.isEmpty())
        return readCustomers(m_store, {}, {});
    return readCustomers(m_store, u"WHERE activity_id = ?"_s, {activityId});
}

Result<std::optional<Customer>> SalesRepository::customer(const QString &id) const
{
    return firstOf(readCustomers(m_store, u"WHERE id = ?"_s, {id}));
}

Result<Customer> SalesRepository::saveCustomer(Customer customer)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveCustomer(unit, customer); });
}

Result<Customer> SalesRepository::saveCustomer(UnitOfWork &unit, Customer customer)
{
    if (customer.id.isEmpty() && customer.version == 0)
        customer.id = newId();
    if (auto r = firstError(coop::validate(customer)); !r)
        return fail(r.error());
    return saveVersioned(unit, u"customer"_s, customer, customerFields,
                         [&] { return this->customer(customer.id); },
                         Tr::tr("The customer \"%1\" does not exist.").arg(customer.id));
}

// ---- catalogue

Result<QList<CatalogItem>> SalesRepository::catalogItems(const QString &activityId) const
{
    if (activityId.isEmpty())
        return readCatalog(m_store, {}, {});
    return readCatalog(m_store, u"WHERE activity_id = ?"_s, {activityId});
}

Result<CatalogItem> SalesRepository::saveCatalogItem(CatalogItem item)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveCatalogItem(unit, item); });
}

Result<CatalogItem> SalesRepository::saveCatalogItem(UnitOfWork &unit, CatalogItem item)
{
    if (item.id.isEmpty() && item.version == 0)
        item.id = newId();
    if (auto r = firstError(coop::validate(item)); !r)
        return fail(r.error());
    return saveVersioned(unit, u"catalog_item"_s, item, catalogFields,
                         [&] { return firstOf(readCatalog(m_store, u"WHERE id = ?"_s, {item.id})); },
                         Tr::tr("The catalogue item \"%1\" does not exist.").arg(item.id));
}

// ---- quotes

Result<QList<Quote>> SalesRepository::quotes(const QString &activityId) const
{
    if (activityId.isEmpty())
        return readQuotes(m_store, {}, {});
    return readQuotes(m_store, u"WHERE activity_id = ?"_s, {activityId});
}

Result<std::optional<Quote>> SalesRepository::quote(const QString &id) const
{
    return firstOf(readQuotes(m_store, u"WHERE id = ?"_s, {id}));
}

Result<Quote> SalesRepository::saveQuote(Quote quote)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveQuote(unit, quote); });
}

Result<Quote> SalesRepository::saveQuote(UnitOfWork &unit, Quote quote)
{
    if (quote.id.isEmpty() && quote.version == 0)
        quote.id = newId();
    if (auto r = firstError(coop::validate(quote)); !r)
        return fail(r.error());
    auto totals = quote.totals();
    if (!totals)
        return fail(totals.error());
    quote.totalExcludingVat = totals->totalExcludingVat;
    quote.totalVat = totals->totalVat;
    quote.totalIncludingVat = totals->totalIncludingVat;

    if (quote.version == 0 && quote.number.isEmpty()) {
        // Not a legal number: its own counter, drawn in this transaction all the same.
        const QDate day = quote.date.isValid() ? quote.date : today();
        auto tpl = NumberTemplate::parse(kQuoteTemplate);
        if (!tpl)
            return fail(tpl.error());
        const QString key = tpl->counterKey(day, {});
        auto last = select(m_store,
                           u"SELECT last_value FROM number_counter WHERE series = ? AND counter_key = ?"_s,
                           {kQuoteSeries, key});
        if (!last)
            return fail(last.error());
        const qint64 value = (last->next() ? last->value(0).toLongLong() : 0) + 1;
        last->finish();
        if (auto r = execute(m_store,
                             u"INSERT INTO number_counter (series, counter_key, last_value) "
                             "VALUES (?, ?, ?) ON CONFLICT (series, counter_key) "
                             "DO UPDATE SET last_value = excluded.last_value"_s,
                             {kQuoteSeries, key, value});
            !r)
            return fail(r.error());
        quote.number = tpl->format(day, {}, value);
    }
    return saveVersioned(unit, u"quote"_s, quote, quoteFields,
                         [&] { return this->quote(quote.id); },
                         Tr::tr("The quote \"%1\" does not exist.").arg(quote.id));
}

Result<QList<SalesDocument>> SalesRepository::invoicesOfQuote(const QString &quoteId) const
{
    auto stored = readDocuments(m_store, u"WHERE quote_id = ? AND kind = 'invoice'"_s, {quoteId});
    if (!stored)
        return fail(stored.error());
    return documentsOf(*stored);
}

Result<SalesDocument> SalesRepository::createInvoiceFromQuote(const QString &quoteId,
                                                              InvoiceRole role,
                                                              std::optional<Rate> percent)
{
    auto q = quote(quoteId);
    if (!q)
        return fail(q.error());
    if (!*q)
        return fail(ErrorCode::NotFound, Tr::tr("The quote \"%1\" does not exist.").arg(quoteId));
    auto invoices = invoicesOfQuote(quoteId);
    if (!invoices)
        return fail(invoices.error());
    QList<IssuedInvoiceOfQuote> issued;
    for (const SalesDocument &d : std::as_const(*invoices)) {
        if (d.status != DocumentStatus::Validated)
            continue;
        auto totals = d.totals();
        if (!totals)
            return fail(totals.error());
        issued.append({d.number, d.date, d.role, totals->perRate});
    }

    Result<SalesDocument> made = fail(ErrorCode::InvalidArgument,
                                      Tr::tr("A quote gives deposit, intermediate or balance "
                                             "invoices, not standard ones."),
                                      u"role"_s);
    switch (role) {
    case InvoiceRole::Deposit:
    case InvoiceRole::Intermediate: {
        const std::optional<Rate> share = percent ? percent : (*q)->depositPercent;
        if (!share)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Give the percentage of the quote to invoice."), u"percent"_s);
        made = role == InvoiceRole::Deposit ? makeDepositInvoice(**q, *share, issued)
                                            : makeIntermediateInvoice(**q, *share, issued);
        break;
    }
    case InvoiceRole::Balance:
        made = makeBalanceInvoice(**q, issued);
        break;
    case InvoiceRole::Standard:
        break;
    }
    if (!made)
        return fail(made.error());
    SalesDocument draft = std::move(*made);
    draft.quoteId = quoteId;
    draft.customerId = (*q)->customerId;
    draft.activityId = (*q)->activityId;
    if (!draft.date.isValid())
        draft.date = today();
    auto c = customer(draft.customerId);
    if (!c)
        return fail(c.error());
    if (*c)
        draft.dueDate = dueDateFor(draft.date, **c);
    return saveDraft(std::move(draft));
}

// ---- documents

Result<std::optional<SalesDocument>> SalesRepository::document(const QString &id) const
{
    auto stored = readStoredDocument(m_store, id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return std::optional<SalesDocument>();
    return std::optional<SalesDocument>((*stored)->document);
}

Result<SalesDocument> SalesRepository::saveDraft(SalesDocument document)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveDraft(unit, document); });
}

Result<SalesDocument> SalesRepository::saveDraft(UnitOfWork &unit, SalesDocument document)
{
    if (document.id.isEmpty() && document.version == 0)
        document.id = newId();
    if (document.status != DocumentStatus::Draft)
        return fail(ErrorCode::Constraint,
                    Tr::tr("%1 is validated: it cannot be changed, only credited.")
                        .arg(documentLabel(document)),
                    u"status"_s);
    if (auto r = firstError(validateDraft(document)); !r)
        return fail(r.error());
    if (document.version != 0) {
        auto waiting = awaitingServer(m_store, document.id);
        if (!waiting)
            return fail(waiting.error());
        if (*waiting)
            return fail(ErrorCode::Constraint,
                        Tr::tr("%1 waits for the server to validate it: it can no longer be changed.")
                            .arg(documentLabel(document)));
    }
    if (auto r = cacheTotals(document); !r)
        return fail(r.error());
    document.parties.reset();
    document.number.clear();
    document.validatedAt = {};

    auto c = customer(document.customerId);
    if (!c)
        return fail(c.error());
    if (!*c)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The customer \"%1\" does not exist.").arg(document.customerId),
                    u"customerId"_s);
    const QString customerName = (*c)->displayName();

    const QVariantMap fields = documentFields(document, customerName);
    if (document.version == 0) {
        if (auto r = unit.insert(u"sales_document"_s, document.id, fields); !r)
            return fail(r.error());
        document.version = 1;
        return document;
    }
    auto stored = readStoredDocument(m_store, document.id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The document \"%1\" does not exist.").arg(document.id));
    const StoredDocument &current = **stored;
    if (current.document.status != DocumentStatus::Draft)
        return fail(ErrorCode::Constraint,
                    Tr::tr("%1 is validated: it cannot be changed, only credited.")
                        .arg(documentLabel(current.document)));
    if (auto r = checkVersion(u"sales_document"_s, document.id, current.document.version,
                              document.version);
        !r)
        return fail(r.error());
    const QVariantMap changed =
        changedFields(documentFields(current.document, current.customerName), fields);
    if (changed.isEmpty())
        return document;
    auto version = unit.update(u"sales_document"_s, document.id, document.version, changed);
    if (!version)
        return fail(version.error());
    document.version = *version;
    return document;
}

Result<void> SalesRepository::deleteDraft(const QString &id, qint64 version)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) -> Result<void> {
        auto stored = readStoredDocument(m_store, id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, Tr::tr("The document \"%1\" does not exist.").arg(id));
        const SalesDocument &d = (*stored)->document;
        if (d.status != DocumentStatus::Draft)
            return fail(ErrorCode::Constraint,
                        Tr::tr("%1 is validated: it cannot be deleted, only credited.")
                            .arg(documentLabel(d)));
        auto waiting = awaitingServer(m_store, id);
        if (!waiting)
            return fail(waiting.error());
        if (*waiting)
            return fail(ErrorCode::Constraint,
                        Tr::tr("%1 waits for the server to validate it: it cannot be deleted.")
                            .arg(documentLabel(d)));
        if (auto r = checkVersion(u"sales_document"_s, id, d.version, version); !r)
            return r;
        return unit.remove(u"sales_document"_s, id, version);
    });
}

Result<SalesDocument> SalesRepository::validate(const QString &id, QDate date)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return validate(unit, id, date); });
}

Result<SalesDocument> SalesRepository::validate(UnitOfWork &unit, const QString &id, QDate date)
{
    auto stored = readStoredDocument(m_store, id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, Tr::tr("The document \"%1\" does not exist.").arg(id));
    const StoredDocument current = **stored;
    SalesDocument d = current.document;
    if (d.status != DocumentStatus::Draft)
        return fail(ErrorCode::Constraint,
                    Tr::tr("%1 is already validated.").arg(documentLabel(d)));

    const QDate day = date.isValid() ? date : today();
    auto parties = partiesFor(d);
    if (!parties)
        return fail(parties.error());
    auto plan = planIssue(d, *parties, day);
    if (!plan)
        return fail(plan.error());

    // A credit note never takes back more than its invoice leaves, per rate and in total.
    if (d.kind == DocumentKind::CreditNote) {
        auto invoice = readStoredDocument(m_store, d.creditedInvoiceId);
        if (!invoice)
            return fail(invoice.error());
        auto previous = creditNotesOf(d.creditedInvoiceId);
        if (!previous)
            return fail(previous.error());
        const std::optional<SalesDocument> invoiceDocument =
            *invoice ? std::optional<SalesDocument>((*invoice)->document) : std::nullopt;
        if (auto r = checkCreditNoteAgainst(plan->document, invoiceDocument, *previous); !r)
            return fail(r.error());
    }

    // A store signed in to the cooperative's server does not number: the server does, in the
    // order validations reach it and on its own date (DESIGN.md §6). The request is queued and
    // the draft stays as it is until a pull brings it back validated.
    auto synced = signedIn(m_store);
    if (!synced)
        return fail(synced.error());
    if (*synced) {
        // Asked once: a second request while the first waits changes nothing.
        auto waiting = awaitingServer(m_store, d.id);
        if (!waiting)
            return fail(waiting.error());
        if (*waiting)
            return current.document;
        const QString command = d.kind == DocumentKind::CreditNote ? u"issue_credit_note"_s
                                                                    : u"validate_invoice"_s;
        if (auto r = unit.command(command, d.id, {}); !r)
            return fail(r.error());
        return current.document;
    }

    // The series, its counter and the date rule; the templates are the seller's as frozen.
    const QString series = plan->series.series;
    const QString key = plan->counterKey;
    auto lastDate = select(m_store, u"SELECT last_date FROM number_series WHERE series = ?"_s,
                           {series});
    if (!lastDate)
        return fail(lastDate.error());
    const QDate last = lastDate->next() ? toDate(lastDate->value(0)) : QDate();
    lastDate->finish();
    if (auto r = checkNextInSeries(last, day); !r)
        return fail(r.error().located(u"date"_s));

    auto counter = select(m_store,
                          u"SELECT last_value FROM number_counter WHERE series = ? AND counter_key = ?"_s,
                          {series, key});
    if (!counter)
        return fail(counter.error());
    const qint64 value = (counter->next() ? counter->value(0).toLongLong() : 0) + 1;
    counter->finish();
    if (auto r = execute(m_store,
                         u"INSERT INTO number_counter (series, counter_key, last_value) "
                         "VALUES (?, ?, ?) ON CONFLICT (series, counter_key) "
                         "DO UPDATE SET last_value = excluded.last_value"_s,
                         {series, key, value});
        !r)
        return fail(r.error());
    if (auto r = execute(m_store,
                         u"INSERT INTO number_series (series, last_date) VALUES (?, ?) "
                         "ON CONFLICT (series) DO UPDATE SET last_date = "
                         "max(last_date, excluded.last_date)"_s,
                         {series, day.toString(Qt::ISODate)});
        !r)
        return fail(r.error());

    auto issued = issuedDocument(*plan, value, QDateTime::currentDateTimeUtc());
    if (!issued)
        return fail(issued.error());
    d = *issued;

    QVariantMap fields = documentFields(d, parties->customer.displayName());
    QVariantMap changed = changedFields(documentFields(current.document, current.customerName),
                                        fields);
    changed.insert(numberingColumns(series, key, value));
    auto version = unit.update(u"sales_document"_s, d.id, current.document.version, changed);
    if (!version)
        return fail(version.error());

    d.version = *version;

    // The link covers the document as written; every field round-trips through its column
    // exactly (the tests read it back and compare), so this is what verify() will recompute.
    if (auto r = appendLink(m_store, kDocumentEntity, d.id, d.number, contentHash(d)); !r)
        return fail(r.error());
    // Its entry in the ledger (VT), in the same transaction: refused, nothing is validated.
    if (auto r = ledger::postSalesDocument(m_store, d); !r)
        return fail(r.error());
    return d;
}

Result<SalesDocument> SalesRepository::createCreditNote(const QString &invoiceId)
{
    auto invoice = document(invoiceId);
    if (!invoice)
        return fail(invoice.error());
    if (!*invoice)
        return fail(ErrorCode::NotFound, Tr::tr("The invoice \"%1\" does not exist.").arg(invoiceId));
    auto note = makeFullCreditNote(**invoice);
    if (!note)
        return fail(note.error());
    if (!note->date.isValid())
        note->date = today();
    return saveDraft(std::move(*note));
}

Result<SalesDocument> SalesRepository::createPartialCreditNote(const QString &invoiceId,
                                                               const QList<DocumentLine> &lines)
{
    auto invoice = document(invoiceId);
    if (!invoice)
        return fail(invoice.error());
    if (!*invoice)
        return fail(ErrorCode::NotFound, Tr::tr("The invoice \"%1\" does not exist.").arg(invoiceId));
    auto note = makePartialCreditNote(**invoice, lines);
    if (!note)
        return fail(note.error());
    if (!note->date.isValid())
        note->date = today();
    return saveDraft(std::move(*note));
}

Result<QList<SalesDocument>> SalesRepository::creditNotesOf(const QString &invoiceId) const
{
    auto stored = readDocuments(m_store,
                                u"WHERE credited_invoice_id = ? AND kind = 'credit_note' "
                                "AND status = 'validated'"_s,
                                {invoiceId});
    if (!stored)
        return fail(stored.error());
    return documentsOf(*stored);
}

Result<DocumentParties> SalesRepository::partiesFor(const SalesDocument &document) const
{
    if (document.parties)
        return *document.parties;
    PeopleRepository people(m_store);
    DocumentParties parties;
    auto settings = people.cooperative();
    if (!settings)
        return fail(settings.error());
    parties.seller = *settings;
    auto activity = people.activity(document.activityId);
    if (!activity)
        return fail(activity.error());
    if (!*activity)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The activity \"%1\" does not exist.").arg(document.activityId),
                    u"activityId"_s);
    parties.activity = **activity;
    auto c = customer(document.customerId);
    if (!c)
        return fail(c.error());
    if (!*c)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The customer \"%1\" does not exist.").arg(document.customerId),
                    u"customerId"_s);
    parties.customer = **c;
    return parties;
}

// ---- payments

Result<Payment> SalesRepository::recordPayment(const QString &documentId, QDate date, Money amount,
                                               PaymentMode mode, const QString &bankAccount,
                                               const QString &reference)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) {
        return recordPayment(unit, documentId, date, amount, mode, bankAccount, reference);
    });
}

Result<Payment> SalesRepository::recordPayment(UnitOfWork &unit, const QString &documentId,
                                               QDate date, Money amount, PaymentMode mode,
                                               const QString &bankAccount,
                                               const QString &reference)
{
    auto stored = readStoredDocument(m_store, documentId);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The document \"%1\" does not exist.").arg(documentId));
    const SalesDocument &d = (*stored)->document;
    if (d.status != DocumentStatus::Validated)
        return fail(ErrorCode::Constraint,
                    Tr::tr("A payment settles a validated document; %1 is a draft.")
                        .arg(documentLabel(d)));
    const QDate day = date.isValid() ? date : today();
    if (day < d.date)
        return fail(ErrorCode::Constraint,
                    Tr::tr("A payment of %1 cannot be dated %2, before the document (%3).")
                        .arg(documentLabel(d), day.toString(Qt::ISODate),
                             d.date.toString(Qt::ISODate)),
                    u"date"_s);
    auto totals = d.totals();
    if (!totals)
        return fail(totals.error());
    auto previous = payments(documentId);
    if (!previous)
        return fail(previous.error());
    auto settled = settlement(documentId);
    if (!settled)
        return fail(settled.error());
    auto shares = splitPayment(*totals, *previous, settled->credited, amount);
    if (!shares)
        return fail(shares.error());

    Payment p;
    p.id = newId();
    p.documentId = documentId;
    p.date = day;
    p.amount = amount;
    p.mode = mode;
    if (!bankAccount.isEmpty())
        p.bankAccount = bankAccount;
    p.reference = reference;
    p.shares = *shares;
    p.recordedAt = toTimestamp(timestamp(QDateTime::currentDateTimeUtc()));
    if (auto r = unit.insert(u"payment"_s, p.id, paymentFields(p)); !r)
        return fail(r.error());
    p.version = 1;
    if (auto r = appendLink(m_store, kPaymentEntity, p.id,
                            Tr::tr("payment of %1").arg(d.number), contentHash(p));
        !r)
        return fail(r.error());
    if (auto r = ledger::postPayment(m_store, p, d); !r)
        return fail(r.error());
    return p;
}

Result<QList<Payment>> SalesRepository::payments(const QString &documentId) const
{
    return readPayments(m_store, u"WHERE document_id = ?"_s, {documentId});
}

Result<SalesRepository::Settlement> SalesRepository::settlement(const QString &documentId) const
{
    auto q = select(m_store,
                    u"SELECT d.status, d.total_including_vat_cents, coalesce(s.paid_cents, 0), "
                    "coalesce(s.credited_cents, 0) FROM sales_document d "
                    "LEFT JOIN document_settlement s ON s.document_id = d.id WHERE d.id = ?"_s,
                    {documentId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The document \"%1\" does not exist.").arg(documentId));
    Settlement s;
    if (q->value(0).toString() != "validated"_L1)
        return s;
    const Money total = cents(q->value(1));
    s.paid = cents(q->value(2));
    s.credited = cents(q->value(3));
    s.remaining = total - s.paid - s.credited;
    s.status = paymentStatusFor(total, s.paid, s.credited);
    return s;
}

// ---- lists

Result<QList<DocumentListRow>> SalesRepository::listDocuments(const DocumentFilter &filter,
                                                              DocumentSort sort,
                                                              Qt::SortOrder order, qint64 offset,
                                                              qint64 limit) const
{
    const QDate day = filter.today.isValid() ? filter.today : today();
    Where w = whereOf(filter, day);
    // The id breaks ties in the same direction, so that each index serves both orders.
    const QString direction = order == Qt::DescendingOrder ? u"DESC"_s : u"ASC"_s;
    QString columns = sortColumn(sort, w.open);
    if (sort == DocumentSort::Number)
        columns = columns.arg(direction);
    const QString sql = u"SELECT %1 %2 %3 ORDER BY %4 %5, %6 %5 LIMIT ? OFFSET ?"_s.arg(
        kListColumns, w.open ? kOpenListFrom : kListFrom, w.sql, columns, direction,
        w.open ? u"o.document_id"_s : u"d.id"_s);
    w.binds << (limit < 0 ? qint64(-1) : limit) << std::max<qint64>(0, offset);
    auto q = select(m_store, sql, w.binds);
    if (!q)
        return fail(q.error());
    QList<DocumentListRow> rows;
    while (q->next())
        rows.append(readListRow(*q, day));
    return rows;
}

Result<qint64> SalesRepository::countDocuments(const DocumentFilter &filter) const
{
    const QDate day = filter.today.isValid() ? filter.today : today();
    // All the paid invoices: the validated invoices less the open ones, two index counts.
    DocumentFilter others = filter;
    others.state = DocumentFilter::State::All;
    if (filter.state == DocumentFilter::State::Paid && whereOf(others, day).sql.isEmpty()) {
        auto q = select(m_store,
                        u"SELECT (SELECT count(*) FROM sales_document WHERE status = 'validated' "
                        "AND kind = 'invoice') - (SELECT count(*) FROM open_invoice)"_s);
        if (!q)
            return fail(q.error());
        return q->next() ? q->value(0).toLongLong() : qint64(0);
    }
    const Where w = whereOf(filter, day);
    // Only the tables the clauses read: counting the unpaid invoices reads open_invoice alone.
    QString from = w.open ? u"FROM open_invoice o"_s : u"FROM sales_document d"_s;
    if (w.open && w.document)
        from += u" JOIN sales_document d ON d.id = o.document_id"_s;
    if (w.settlement)
        from += w.open ? u" LEFT JOIN document_settlement s ON s.document_id = o.document_id"_s
                       : u" LEFT JOIN document_settlement s ON s.document_id = d.id"_s;
    auto q = select(m_store, u"SELECT count(*) %1 %2"_s.arg(from, w.sql), w.binds);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<DocumentListRow>> SalesRepository::overdue(QDate at) const
{
    DocumentFilter filter;
    filter.state = DocumentFilter::State::Overdue;
    filter.today = at.isValid() ? at : today();
    return listDocuments(filter, DocumentSort::DueDate, Qt::AscendingOrder, 0, -1);
}

// ---- documents issued by the server

Result<qint64> SalesRepository::linkSyncedDocuments()
{
    return inOneUnit(m_store, [&](UnitOfWork &) -> Result<qint64> {
        auto synced = signedIn(m_store);
        if (!synced)
            return fail(synced.error());
        if (!*synced)
            return qint64(0);
        // In the order the server issued them: its clock runs forward under its counter locks.
        auto pending = readDocuments(m_store,
                                     u"WHERE status = 'validated' AND NOT EXISTS (SELECT 1 FROM "
                                     "ledger l WHERE l.entity = 'document' AND l.entity_id = "
                                     "sales_document.id)"_s,
                                     {}, u"validated_at, number_series, sequence_value, id"_s);
        if (!pending)
            return fail(pending.error());
        for (const StoredDocument &s : std::as_const(*pending)) {
            const SalesDocument &d = s.document;
            if (auto r = appendLink(m_store, kDocumentEntity, d.id, d.number, contentHash(d)); !r)
                return fail(r.error());
        }
        // Payments recorded on another device (the support team's) arrive the same way.
        auto payments = readPayments(m_store,
                                     u"WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.entity = "
                                     "'payment' AND l.entity_id = payment.id)"_s,
                                     {});
        if (!payments)
            return fail(payments.error());
        for (const Payment &p : std::as_const(*payments)) {
            auto number = select(m_store, u"SELECT number FROM sales_document WHERE id = ?"_s,
                                 {p.documentId});
            if (!number)
                return fail(number.error());
            const QString label = Tr::tr("payment of %1").arg(number->next() ? number->value(0).toString()
                                                                          : p.documentId);
            number->finish();
            if (auto r = appendLink(m_store, kPaymentEntity, p.id, label, contentHash(p)); !r)
                return fail(r.error());
        }
        return qint64(pending->size() + payments->size());
    });
}

// ---- verify

Result<VerifyReport> SalesRepository::verify() const
{
    VerifyReport report;
    const auto problem = [&](VerifyProblem::Kind kind, const QString &entity, const QString &id,
                             const QString &message) {
        report.problems.append({kind, entity, id, message});
    };

    // 1. The chain, link by link, and each record it covers as it reads now.
    auto links = select(m_store,
                        u"SELECT sequence, entity, entity_id, label, content_hash, previous_hash, "
                        "hash FROM ledger ORDER BY sequence"_s);
    if (!links)
        return fail(links.error());
    QSet<QString> linkedDocuments;
    QSet<QString> linkedPayments;
    struct Link
    {
        qint64 sequence;
        QString entity;
        QString entityId;
        QString label;
        QByteArray content;
    };
    QList<Link> toCheck;
    QByteArray previous = genesisHash();
    qint64 expected = 1;
    while (links->next()) {
        const qint64 sequence = links->value(0).toLongLong();
        const QString entity = links->value(1).toString();
        const QString entityId = links->value(2).toString();
        const QString label = links->value(3).toString();
        const QByteArray content = links->value(4).toByteArray();
        const QByteArray storedPrevious = links->value(5).toByteArray();
        const QByteArray hash = links->value(6).toByteArray();
        ++report.linksChecked;
        const QString where = QString::number(sequence);
        if (sequence != expected)
            problem(VerifyProblem::Kind::ChainBroken, u"ledger"_s, where,
                    Tr::tr("Hash chain: link %1 follows link %2; the links in between are "
                           "missing.")
                        .arg(sequence)
                        .arg(expected - 1));
        if (storedPrevious != previous)
            problem(VerifyProblem::Kind::ChainBroken, u"ledger"_s, where,
                    Tr::tr("Hash chain: link %1 (%2) does not follow the previous link.")
                        .arg(sequence)
                        .arg(label));
        if (chainHash(storedPrevious, sequence, entity, entityId, content) != hash)
            problem(VerifyProblem::Kind::ChainBroken, u"ledger"_s, where,
                    Tr::tr("Hash chain: link %1 (%2) does not match its own content.")
                        .arg(sequence)
                        .arg(label));
        previous = hash;
        expected = sequence + 1;
        (entity == kPaymentEntity ? linkedPayments : linkedDocuments).insert(entityId);
        toCheck.append({sequence, entity, entityId, label, content});
    }
    links->finish();

    for (const Link &link : std::as_const(toCheck)) {
        if (link.entity == kDocumentEntity) {
            auto stored = readStoredDocument(m_store, link.entityId);
            if (!stored) {
                problem(VerifyProblem::Kind::Changed, kDocumentEntity, link.entityId,
                        Tr::tr("Document %1 can no longer be read: %2")
                            .arg(link.label, stored.error().message()));
                continue;
            }
            if (!*stored) {
                problem(VerifyProblem::Kind::Removed, kDocumentEntity, link.entityId,
                        Tr::tr("Document %1 (hash-chain link %2) has been removed.")
                            .arg(link.label)
                            .arg(link.sequence));
                continue;
            }
            const SalesDocument &d = (*stored)->document;
            if (d.status != DocumentStatus::Validated) {
                problem(VerifyProblem::Kind::Changed, kDocumentEntity, link.entityId,
                        Tr::tr("Document %1 was validated but is now marked as a draft.")
                            .arg(link.label));
                continue;
            }
            if (contentHash(d) == link.content)
                continue;
            QString what;
            if (d.number != link.label)
                what = Tr::tr("its number now reads %1").arg(d.number);
            else if (auto totals = d.totals(); totals
                     && (totals->totalIncludingVat != d.totalIncludingVat
                         || totals->totalExcludingVat != d.totalExcludingVat
                         || totals->totalVat != d.totalVat))
                what = Tr::tr("its totals (%1 incl. VAT) no longer match its lines (%2)")
                           .arg(d.totalIncludingVat.toString(), totals->totalIncludingVat.toString());
            else
                what = Tr::tr("its content (lines, amounts, dates or parties) changed");
            problem(VerifyProblem::Kind::Changed, kDocumentEntity, link.entityId,
                    Tr::tr("%1 has been altered since it was issued: %2.")
                        .arg(documentLabel(d), what));
        } else {
            auto found = readPayments(m_store, u"WHERE id = ?"_s, {link.entityId});
            if (!found) {
                problem(VerifyProblem::Kind::Changed, kPaymentEntity, link.entityId,
                        Tr::tr("The %1 can no longer be read: %2")
                            .arg(link.label, found.error().message()));
                continue;
            }
            if (found->isEmpty()) {
                problem(VerifyProblem::Kind::Removed, kPaymentEntity, link.entityId,
                        Tr::tr("The %1 (hash-chain link %2) has been removed.")
                            .arg(link.label)
                            .arg(link.sequence));
                continue;
            }
            const Payment &p = found->constFirst();
            if (contentHash(p) != link.content)
                problem(VerifyProblem::Kind::Changed, kPaymentEntity, link.entityId,
                        Tr::tr("The %1 dated %2 has been altered since it was recorded (now %3).")
                            .arg(link.label, p.date.toString(Qt::ISODate), p.amount.toString()));
        }
    }

    // 2. Issued records that the chain does not know.
    QMap<std::pair<QString, QString>, QList<IssuedNumber>> bySeries;
    auto issued = select(m_store,
                         u"SELECT id, kind, number, date, number_series, counter_key, sequence_value "
                         "FROM sales_document WHERE status = 'validated'"_s);
    if (!issued)
        return fail(issued.error());
    while (issued->next()) {
        ++report.documentsChecked;
        const QString id = issued->value(0).toString();
        const QString number = issued->value(2).toString();
        if (!linkedDocuments.contains(id)) {
            const bool credit = issued->value(1).toString() == "credit_note"_L1;
            problem(VerifyProblem::Kind::Inserted, kDocumentEntity, id,
                    (credit ? Tr::tr("Credit note %1 is validated but was never recorded in the "
                                     "hash chain: it was inserted behind the application's back.")
                            : Tr::tr("Invoice %1 is validated but was never recorded in the hash "
                                     "chain: it was inserted behind the application's back."))
                        .arg(number));
        }
        bySeries[{issued->value(4).toString(), issued->value(5).toString()}].append(
            {number, toDate(issued->value(3)), issued->value(6).toLongLong()});
    }
    issued->finish();

    auto paymentIds = select(m_store, u"SELECT p.id, p.date, p.amount_cents, d.number FROM payment p "
                                      "LEFT JOIN sales_document d ON d.id = p.document_id"_s);
    if (!paymentIds)
        return fail(paymentIds.error());
    while (paymentIds->next()) {
        ++report.paymentsChecked;
        const QString id = paymentIds->value(0).toString();
        if (!linkedPayments.contains(id))
            problem(VerifyProblem::Kind::Inserted, kPaymentEntity, id,
                    Tr::tr("A payment of %1 dated %2 on %3 was never recorded in the hash chain.")
                        .arg(cents(paymentIds->value(2)).toString(),
                             paymentIds->value(1).toString(), paymentIds->value(3).toString()));
    }
    paymentIds->finish();

    // 3. Each counter: no gap, no duplicate, no date going backwards, and nothing drawn past the
    // last number still present.
    auto counters = select(m_store,
                           u"SELECT series, counter_key, last_value FROM number_counter "
                           "WHERE series <> ?"_s,
                           {kQuoteSeries});
    if (!counters)
        return fail(counters.error());
    QMap<std::pair<QString, QString>, qint64> drawn;
    while (counters->next())
        drawn.insert({counters->value(0).toString(), counters->value(1).toString()},
                     counters->value(2).toLongLong());
    counters->finish();
    for (auto it = drawn.cbegin(); it != drawn.cend(); ++it) {
        if (!bySeries.contains(it.key()))
            bySeries.insert(it.key(), {});
    }
    // In a store signed in to a server the series are the server's, and the store holds only the
    // numbers of the activities it may see: a number missing here may be another activity's.
    // Duplicates and dates going backwards still show; the gaps are the server's check
    // (coopdesk-server's verifyDocumentChain reads every number of the tenant).
    auto synced = signedIn(m_store);
    if (!synced)
        return fail(synced.error());
    for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
        const QString series = it.key().first;
        const QString counterKey = it.key().second;
        for (const SeriesAnomaly &a : findSeriesAnomalies(it.value())) {
            if (*synced && a.kind == SeriesAnomaly::Kind::Gap)
                continue;
            QString number;
            for (const IssuedNumber &n : it.value()) {
                if (n.sequence == a.sequence)
                    number = n.number;
            }
            problem(VerifyProblem::Kind::NumberingAnomaly, series,
                    number.isEmpty() ? u"%1#%2"_s.arg(counterKey).arg(a.sequence) : number,
                    Tr::tr("Series %1 (%2): %3").arg(series, counterKey, a.message));
        }
        qint64 highest = 0;
        for (const IssuedNumber &n : it.value())
            highest = std::max(highest, n.sequence);
        const qint64 last = drawn.value(it.key(), highest);
        if (last > highest)
            problem(VerifyProblem::Kind::NumberingAnomaly, series,
                    u"%1#%2"_s.arg(counterKey).arg(highest + 1),
                    Tr::tr("Series %1 (%2): numbers %3 to %4 were issued but no document "
                           "carries them any more.")
                        .arg(series, counterKey)
                        .arg(highest + 1)
                        .arg(last));
    }
    return report;
}

} // namespace coop
