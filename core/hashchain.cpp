#include "hashchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

constexpr qsizetype HashSize = 32;

QJsonValue isoDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue optionalRate(const std::optional<Rate> &rate)
{
    return rate ? QJsonValue(rate->units()) : QJsonValue();
}

QString priceEntryKey(PriceEntry entry)
{
    return entry == PriceEntry::IncludingVat ? u"including_vat"_s : u"excluding_vat"_s;
}

// The parties as frozen, without the records' versions: a version counts local edits, not
// content, and the same frozen content must always hash the same.
QJsonObject canonicalParties(const DocumentParties &parties)
{
    QJsonObject json = parties.toJson();
    for (const QString &key : {u"activity"_s, u"customer"_s}) {
        QJsonObject party = json.value(key).toObject();
        party.remove(u"version"_s);
        json.insert(key, party);
    }
    return json;
}

// Compact JSON of an object: QJsonObject keeps its keys sorted, so the bytes depend only on the
// content, never on the order in which the fields were inserted.
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

QByteArray canonicalBytes(const SalesDocument &d)
{
    const QJsonObject json{
        {u"id"_s, d.id},
        {u"kind"_s, documentKindKey(d.kind)},
        {u"role"_s, invoiceRoleKey(d.role)},
        {u"status"_s, documentStatusKey(d.status)},
        {u"activity_id"_s, d.activityId},
        {u"customer_id"_s, d.customerId},
        {u"number"_s, d.number},
        {u"date"_s, isoDate(d.date)},
        {u"service_date"_s, isoDate(d.serviceDate)},
        {u"service_end_date"_s, isoDate(d.serviceEndDate)},
        {u"due_date"_s, isoDate(d.dueDate)},
        {u"title"_s, d.title},
        {u"price_entry"_s, priceEntryKey(d.priceEntry)},
        {u"document_discount_units"_s, optionalRate(d.documentDiscount)},
        {u"lines"_s, linesToJson(d.lines)},
        {u"deductions"_s, deductionsToJson(d.deductions)},
        {u"nature"_s, operationNatureKey(d.nature)},
        {u"vat_on_debits"_s, d.vatOnDebits},
        {u"purchase_order"_s, d.purchaseOrder},
        {u"late_penalty_rate_units"_s, d.latePenaltyRate.units()},
        {u"payment_terms"_s, d.paymentTerms},
        {u"early_payment_discount"_s, d.earlyPaymentDiscount},
        {u"notes"_s, d.notes},
        {u"quote_id"_s, d.quoteId},
        {u"credited_invoice_id"_s, d.creditedInvoiceId},
        {u"credited_invoice_number"_s, d.creditedInvoiceNumber},
        {u"credited_invoice_date"_s, isoDate(d.creditedInvoiceDate)},
        {u"parties"_s, d.parties ? QJsonValue(canonicalParties(*d.parties)) : QJsonValue()},
        {u"total_excluding_vat_cents"_s, d.totalExcludingVat.cents()},
        {u"total_vat_cents"_s, d.totalVat.cents()},
        {u"total_including_vat_cents"_s, d.totalIncludingVat.cents()},
    };
    return compact(json);
}

QByteArray canonicalBytes(const Payment &p)
{
    const QJsonObject json{
        {u"id"_s, p.id},
        {u"document_id"_s, p.documentId},
        {u"date"_s, isoDate(p.date)},
        {u"amount_cents"_s, p.amount.cents()},
        {u"mode"_s, paymentModeKey(p.mode)},
        {u"bank_account"_s, p.bankAccount},
        {u"reference"_s, p.reference},
        {u"shares"_s, sharesToJson(p.shares)},
    };
    return compact(json);
}

QByteArray contentHash(const SalesDocument &document)
{
    return sha256(canonicalBytes(document));
}

QByteArray contentHash(const Payment &payment)
{
    return sha256(canonicalBytes(payment));
}

QByteArray chainHash(const QByteArray &previousHash, qint64 sequence, const QString &entity,
                     const QString &entityId, const QByteArray &contentHash)
{
    char sequenceBytes[sizeof(qint64)];
    qToBigEndian(sequence, sequenceBytes);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(QByteArrayView(sequenceBytes, sizeof sequenceBytes));
    hash.addData(entity.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(entityId.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(contentHash);
    return hash.result();
}

QByteArray genesisHash()
{
    return QByteArray(HashSize, '\0');
}

} // namespace coop
