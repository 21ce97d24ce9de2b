#include "purchaserepository.h"

#include "ledger_p.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

QString stamp(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// '' for no date, as the NOT NULL text columns of the schema want it.
QString optionalDate(QDate value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QJsonArray linesToJson(const QList<SupplierInvoiceLine> &lines)
{
    QJsonArray array;
    for (const SupplierInvoiceLine &l : lines)
        array.append(QJsonObject{{u"description"_s, l.description},
                                 {u"account"_s, l.account},
                                 {u"amount_excluding_vat_cents"_s, l.amountExcludingVat.cents()},
                                 {u"vat_rate_units"_s, l.vatRate.units()}});
    return array;
}

QList<SupplierInvoiceLine> linesFromJson(const QJsonArray &array)
{
    QList<SupplierInvoiceLine> lines;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        SupplierInvoiceLine l;
        l.description = o.value(u"description"_s).toString();
        l.account = o.value(u"account"_s).toString();
        l.amountExcludingVat = Money::fromCents(
            detail::jsonInteger(o.value(u"amount_excluding_vat_cents"_s)).value_or(0));
        l.vatRate = Rate::fromUnits(detail::jsonInteger(o.value(u"vat_rate_units"_s)).value_or(0));
        lines.append(l);
    }
    return lines;
}

QVariantMap invoiceFields(const SupplierInvoice &i)
{
    const SupplierInvoiceTotals totals = supplierInvoiceTotals(i);
    return {
        {u"activity_id"_s, text(i.activityId)},
        {u"supplier_name"_s, text(i.supplierName.trimmed())},
        {u"supplier_siren"_s, text(i.supplierSiren)},
        {u"supplier_reference"_s, text(i.supplierReference.trimmed())},
        {u"date"_s, date(i.date)},
        {u"due_date"_s, text(optionalDate(i.dueDate))},
        {u"status"_s, supplierInvoiceStatusKey(i.status)},
        {u"lines"_s, json(linesToJson(i.lines))},
        {u"receipt_id"_s, text(i.receiptId)},
        {u"total_excluding_vat_cents"_s, totals.excludingVat.cents()},
        {u"total_vat_cents"_s, totals.vat.cents()},
        {u"resold_excluding_vat_cents"_s, totals.resoldExcludingVat.cents()},
    };
}

const QString InvoiceColumns =
    u"id, version, activity_id, supplier_name, supplier_siren, supplier_reference, date, "
    "due_date, status, lines, receipt_id, paid_on"_s;

Result<QList<SupplierInvoice>> readInvoices(const Store &store, const QString &where,
                                            const QVariantList &binds)
{
    auto q = select(store, u"SELECT "_s + InvoiceColumns + u" FROM supplier_invoice "_s + where
                               + u" ORDER BY date, id"_s,
                    binds);
    if (!q)
        return fail(q.error());
    QList<SupplierInvoice> invoices;
    while (q->next()) {
        SupplierInvoice i;
        i.id = q->value(0).toString();
        i.version = q->value(1).toLongLong();
        i.activityId = q->value(2).toString();
        i.supplierName = q->value(3).toString();
        i.supplierSiren = q->value(4).toString();
        i.supplierReference = q->value(5).toString();
        i.date = toDate(q->value(6));
        i.dueDate = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        i.status = supplierInvoiceStatusFromKey(q->value(8).toString())
                       .value_or(SupplierInvoiceStatus::Draft);
        i.lines = linesFromJson(jsonArray(q->value(9)));
        i.receiptId = q->value(10).toString();
        i.paidOn = QDate::fromString(q->value(11).toString(), Qt::ISODate);
        invoices.append(std::move(i));
    }
    return invoices;
}

QString notFound(const QString &id)
{
    return Tr::tr("The supplier invoice %1 does not exist.").arg(id);
}

Error refusedTransition(const SupplierInvoice &invoice, const QString &what)
{
    return Error(ErrorCode::Constraint,
                 Tr::tr("The supplier invoice %1 of %2 is %3: it cannot be %4.")
                     .arg(invoice.supplierReference.isEmpty() ? invoice.id
                                                              : invoice.supplierReference,
                          invoice.supplierName, supplierInvoiceStatusLabel(invoice.status), what),
                 u"status"_s);
}

// The scanned invoice must be among the receipts.
Result<void> checkReceipt(const Store &store, const QString &receiptId)
{
    if (receiptId.isEmpty())
        return {};
    auto q = select(store, u"SELECT 1 FROM receipt WHERE sha256 = ?"_s, {receiptId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, Tr::tr("The scanned supplier invoice is not in the store."),
                    u"receiptId"_s);
    return {};
}

Result<void> checkActivity(const Store &store, const QString &activityId)
{
    auto q = select(store, u"SELECT 1 FROM activity WHERE id = ?"_s, {activityId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, Tr::tr("The activity %1 does not exist.").arg(activityId),
                    u"activityId"_s);
    return {};
}

} // namespace

Result<SupplierInvoice> PurchaseRepository::saveDraft(SupplierInvoice invoice)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveDraft(unit, invoice); });
}

Result<SupplierInvoice> PurchaseRepository::saveDraft(UnitOfWork &unit, SupplierInvoice invoice)
{
    if (invoice.version > 0) {
        const auto stored = this->invoice(invoice.id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, notFound(invoice.id));
        if ((*stored)->status != SupplierInvoiceStatus::Draft)
            return fail(refusedTransition(**stored, Tr::tr("edited", "supplier invoice action")));
    } else if (invoice.id.isEmpty()) {
        invoice.id = newId();
    }
    invoice.status = SupplierInvoiceStatus::Draft;
    invoice.paidOn = QDate();
    if (auto r = firstError(coop::validate(invoice, false)); !r)
        return fail(r.error());
    if (auto r = checkActivity(m_store, invoice.activityId); !r)
        return fail(r.error());
    if (auto r = checkReceipt(m_store, invoice.receiptId); !r)
        return fail(r.error());
    return saveVersioned(unit, u"supplier_invoice"_s, invoice, invoiceFields,
                         [&] { return this->invoice(invoice.id); }, notFound(invoice.id));
}

Result<void> PurchaseRepository::deleteDraft(const QString &id, qint64 version)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) -> Result<void> {
        const auto stored = invoice(id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, notFound(id));
        if ((*stored)->status != SupplierInvoiceStatus::Draft)
            return fail(refusedTransition(**stored, Tr::tr("deleted", "supplier invoice action")));
        return unit.remove(u"supplier_invoice"_s, id, version);
    });
}

namespace {

// Moves a stored invoice from one status to the next with the extra columns given, once `check`
// accepts the invoice as stored.
template<typename Check>
Result<SupplierInvoice> transition(UnitOfWork &unit, const PurchaseRepository &repo,
                                   const QString &id, qint64 version, SupplierInvoiceStatus to,
                                   QVariantMap extra, Check check)
{
    const auto stored = repo.invoice(id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, notFound(id));
    SupplierInvoice invoice = **stored;
    if (auto r = checkVersion(u"supplier_invoice"_s, id, invoice.version, version); !r)
        return fail(r.error());
    if (auto r = check(invoice); !r)
        return fail(r.error());
    invoice.status = to;
    extra.insert(u"status"_s, supplierInvoiceStatusKey(to));
    const auto newVersion = unit.update(u"supplier_invoice"_s, id, version, extra);
    if (!newVersion)
        return fail(newVersion.error());
    invoice.version = *newVersion;
    return invoice;
}

} // namespace

Result<SupplierInvoice> PurchaseRepository::validate(const QString &id, qint64 version,
                                                     const QString &by, const QDateTime &at)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return validate(unit, id, version, by, at); });
}

Result<SupplierInvoice> PurchaseRepository::validate(UnitOfWork &unit, const QString &id,
                                                     qint64 version, const QString &by,
                                                     const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    auto done = transition(
        unit, *this, id, version, SupplierInvoiceStatus::Validated,
        {{u"validated_at"_s, stamp(when)}, {u"validated_by"_s, text(by.trimmed())}},
        [&](const SupplierInvoice &invoice) -> Result<void> {
            if (invoice.status != SupplierInvoiceStatus::Draft)
                return fail(
                    refusedTransition(invoice, Tr::tr("validated", "supplier invoice action")));
            if (by.trimmed().isEmpty())
                return fail(ErrorCode::InvalidArgument, Tr::tr("Say who validates."),
                            u"validatedBy"_s);
            SupplierInvoice validated = invoice;
            validated.status = SupplierInvoiceStatus::Validated;
            if (auto r = firstError(coop::validate(validated, true)); !r)
                return r;
            return checkReceipt(m_store, invoice.receiptId);
        });
    // Its entry in the ledger (AC), in the same transaction.
    if (done) {
        if (auto posted = ledger::postSupplierInvoice(m_store, *done); !posted)
            return fail(posted.error());
    }
    return done;
}

Result<SupplierInvoice> PurchaseRepository::markPaid(const QString &id, qint64 version,
                                                     QDate paidOn)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return markPaid(unit, id, version, paidOn); });
}

Result<SupplierInvoice> PurchaseRepository::markPaid(UnitOfWork &unit, const QString &id,
                                                     qint64 version, QDate paidOn)
{
    auto paid = transition(
        unit, *this, id, version, SupplierInvoiceStatus::Paid,
        {{u"paid_on"_s, text(optionalDate(paidOn))}},
        [&](const SupplierInvoice &invoice) -> Result<void> {
            if (invoice.status != SupplierInvoiceStatus::Validated)
                return fail(refusedTransition(invoice, Tr::tr("paid", "supplier invoice action")));
            if (!paidOn.isValid() || paidOn < invoice.date)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("The payment date must be on or after the invoice's date."),
                            u"paidOn"_s);
            return {};
        });
    if (paid) {
        paid->paidOn = paidOn;
        // Its payment's entry (BQ), in the same transaction.
        if (auto posted = ledger::postSupplierPayment(m_store, *paid, paidOn); !posted)
            return fail(posted.error());
    }
    return paid;
}

Result<std::optional<SupplierInvoice>> PurchaseRepository::invoice(const QString &id) const
{
    return firstOf(readInvoices(m_store, u"WHERE id = ?"_s, {id}));
}

Result<QList<SupplierInvoice>> PurchaseRepository::invoices(const SupplierInvoiceFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.activityId.isEmpty()) {
        where.append(u"activity_id = ?"_s);
        binds.append(filter.activityId);
    }
    if (filter.status) {
        where.append(u"status = ?"_s);
        binds.append(supplierInvoiceStatusKey(*filter.status));
    }
    if (filter.from.isValid()) {
        where.append(u"date >= ?"_s);
        binds.append(date(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(u"date <= ?"_s);
        binds.append(date(filter.to));
    }
    return readInvoices(m_store,
                        where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s), binds);
}

Result<PurchaseRepository::Validation> PurchaseRepository::validation(const QString &id) const
{
    auto q = select(m_store, u"SELECT validated_at, validated_by FROM supplier_invoice WHERE id = ?"_s,
                    {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, notFound(id));
    return Validation{fromStamp(q->value(0)), q->value(1).toString()};
}

} // namespace coop
