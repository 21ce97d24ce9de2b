#include "salesrow.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

bool isNullColumn(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

// Text columns are never null: a null string is written as ''.
QVariant textColumn(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

// An optional reference: null when empty.
QVariant optionalTextColumn(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFromColumn(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QVariant optionalRateColumn(const std::optional<Rate> &rate)
{
    return rate ? QVariant(rate->units()) : QVariant();
}

std::optional<Rate> optionalRateFromColumn(const QVariant &value)
{
    if (isNullColumn(value))
        return std::nullopt;
    return Rate::fromUnits(value.toLongLong());
}

Money centsFromColumn(const QVariant &value)
{
    return Money::fromCents(value.toLongLong());
}

} // namespace

QString priceEntryKey(PriceEntry entry)
{
    return entry == PriceEntry::IncludingVat ? u"including_vat"_s : u"excluding_vat"_s;
}

PriceEntry priceEntryFromKey(const QString &key)
{
    return key == "including_vat"_L1 ? PriceEntry::IncludingVat : PriceEntry::ExcludingVat;
}

QVariant timestampColumn(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timestampFromColumn(const QVariant &value)
{
    if (isNullColumn(value))
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant dateColumn(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromColumn(const QVariant &value)
{
    return isNullColumn(value) ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// ---- sales documents

QVariantMap salesDocumentColumns(const SalesDocument &d, const QString &customerName)
{
    return {
        {u"kind"_s, documentKindKey(d.kind)},
        {u"role"_s, invoiceRoleKey(d.role)},
        {u"status"_s, documentStatusKey(d.status)},
        {u"activity_id"_s, textColumn(d.activityId)},
        {u"customer_id"_s, textColumn(d.customerId)},
        {u"customer_name"_s, textColumn(customerName)},
        {u"number"_s, textColumn(d.number)},
        {u"date"_s, dateColumn(d.date)},
        {u"service_date"_s, dateColumn(d.serviceDate)},
        {u"service_end_date"_s, dateColumn(d.serviceEndDate)},
        {u"due_date"_s, dateColumn(d.dueDate)},
        {u"title"_s, textColumn(d.title)},
        {u"price_entry"_s, priceEntryKey(d.priceEntry)},
        {u"document_discount_units"_s, optionalRateColumn(d.documentDiscount)},
        {u"lines"_s, compactJson(linesToJson(d.lines))},
        {u"deductions"_s, compactJson(deductionsToJson(d.deductions))},
        {u"nature"_s, operationNatureKey(d.nature)},
        {u"vat_on_debits"_s, qint64(d.vatOnDebits ? 1 : 0)},
        {u"purchase_order"_s, textColumn(d.purchaseOrder)},
        {u"late_penalty_rate_units"_s, d.latePenaltyRate.units()},
        {u"payment_terms"_s, textColumn(d.paymentTerms)},
        {u"early_payment_discount"_s, textColumn(d.earlyPaymentDiscount)},
        {u"notes"_s, textColumn(d.notes)},
        {u"quote_id"_s, optionalTextColumn(d.quoteId)},
        {u"credited_invoice_id"_s, optionalTextColumn(d.creditedInvoiceId)},
        {u"credited_invoice_number"_s, textColumn(d.creditedInvoiceNumber)},
        {u"credited_invoice_date"_s, dateColumn(d.creditedInvoiceDate)},
        {u"parties"_s, d.parties ? QVariant(compactJson(d.parties->toJson())) : QVariant()},
        {u"total_excluding_vat_cents"_s, d.totalExcludingVat.cents()},
        {u"total_vat_cents"_s, d.totalVat.cents()},
        {u"total_including_vat_cents"_s, d.totalIncludingVat.cents()},
        {u"validated_at"_s, timestampColumn(d.validatedAt)},
    };
}

QVariantMap numberingColumns(const QString &series, const QString &counterKey, qint64 sequence)
{
    return {{u"number_series"_s, series}, {u"counter_key"_s, counterKey}, {u"sequence_value"_s, sequence}};
}

Result<SalesDocumentRow> salesDocumentFromColumns(const QVariantMap &c)
{
    SalesDocumentRow s;
    SalesDocument &d = s.document;
    d.id = c.value(u"id"_s).toString();
    d.version = c.value(u"version"_s).toLongLong();
    d.kind = documentKindFromKey(c.value(u"kind"_s).toString()).value_or(DocumentKind::Invoice);
    d.role = invoiceRoleFromKey(c.value(u"role"_s).toString()).value_or(InvoiceRole::Standard);
    d.status = documentStatusFromKey(c.value(u"status"_s).toString()).value_or(DocumentStatus::Draft);
    d.activityId = c.value(u"activity_id"_s).toString();
    d.customerId = c.value(u"customer_id"_s).toString();
    d.number = c.value(u"number"_s).toString();
    d.date = dateFromColumn(c.value(u"date"_s));
    d.serviceDate = dateFromColumn(c.value(u"service_date"_s));
    d.serviceEndDate = dateFromColumn(c.value(u"service_end_date"_s));
    d.dueDate = dateFromColumn(c.value(u"due_date"_s));
    d.title = c.value(u"title"_s).toString();
    d.priceEntry = priceEntryFromKey(c.value(u"price_entry"_s).toString());
    d.documentDiscount = optionalRateFromColumn(c.value(u"document_discount_units"_s));
    const QString where = Tr::tr("document %1").arg(d.number.isEmpty() ? d.id : d.number);
    auto lines = linesFromJson(arrayFromColumn(c.value(u"lines"_s)));
    if (!lines)
        return fail(lines.error().located(where));
    d.lines = *lines;
    auto deductions = deductionsFromJson(arrayFromColumn(c.value(u"deductions"_s)));
    if (!deductions)
        return fail(deductions.error().located(where));
    d.deductions = *deductions;
    d.nature = operationNatureFromKey(c.value(u"nature"_s).toString()).value_or(OperationNature::Services);
    d.vatOnDebits = c.value(u"vat_on_debits"_s).toLongLong() != 0;
    d.purchaseOrder = c.value(u"purchase_order"_s).toString();
    d.latePenaltyRate = Rate::fromUnits(c.value(u"late_penalty_rate_units"_s).toLongLong());
    d.paymentTerms = c.value(u"payment_terms"_s).toString();
    d.earlyPaymentDiscount = c.value(u"early_payment_discount"_s).toString();
    d.notes = c.value(u"notes"_s).toString();
    d.quoteId = isNullColumn(c.value(u"quote_id"_s)) ? QString() : c.value(u"quote_id"_s).toString();
    d.creditedInvoiceId = isNullColumn(c.value(u"credited_invoice_id"_s))
                              ? QString()
                              : c.value(u"credited_invoice_id"_s).toString();
    d.creditedInvoiceNumber = c.value(u"credited_invoice_number"_s).toString();
    d.creditedInvoiceDate = dateFromColumn(c.value(u"credited_invoice_date"_s));
    const QVariant parties = c.value(u"parties"_s);
    if (!isNullColumn(parties)) {
        auto p = DocumentParties::fromJson(QJsonDocument::fromJson(parties.toString().toUtf8()).object());
        if (!p)
            return fail(p.error().located(where));
        d.parties = *p;
    }
    d.totalExcludingVat = centsFromColumn(c.value(u"total_excluding_vat_cents"_s));
    d.totalVat = centsFromColumn(c.value(u"total_vat_cents"_s));
    d.totalIncludingVat = centsFromColumn(c.value(u"total_including_vat_cents"_s));
    d.validatedAt = timestampFromColumn(c.value(u"validated_at"_s));
    s.customerName = c.value(u"customer_name"_s).toString();
    s.series = c.value(u"number_series"_s).toString();
    s.counterKey = c.value(u"counter_key"_s).toString();
    s.sequence = c.value(u"sequence_value"_s).toLongLong();
    return s;
}

// ---- the parties

QVariantMap customerColumns(const Customer &c)
{
    return {
        {u"activity_id"_s, textColumn(c.activityId)},
        {u"kind"_s, customerKindKey(c.kind)},
        {u"name"_s, textColumn(c.name)},
        {u"first_name"_s, textColumn(c.firstName)},
        {u"last_name"_s, textColumn(c.lastName)},
        {u"siren"_s, textColumn(c.siren)},
        {u"siret"_s, textColumn(c.siret)},
        {u"vat_number"_s, textColumn(c.vatNumber)},
        {u"billing_line1"_s, textColumn(c.billingAddress.line1)},
        {u"billing_line2"_s, textColumn(c.billingAddress.line2)},
        {u"billing_postcode"_s, textColumn(c.billingAddress.postcode)},
        {u"billing_city"_s, textColumn(c.billingAddress.city)},
        {u"billing_country"_s, textColumn(c.billingAddress.country)},
        {u"delivery_line1"_s, textColumn(c.deliveryAddress.line1)},
        {u"delivery_line2"_s, textColumn(c.deliveryAddress.line2)},
        {u"delivery_postcode"_s, textColumn(c.deliveryAddress.postcode)},
        {u"delivery_city"_s, textColumn(c.deliveryAddress.city)},
        {u"delivery_country"_s, textColumn(c.deliveryAddress.country)},
        {u"payment_term_days"_s, qint64(c.paymentTermDays)},
        {u"accounting_account"_s, textColumn(c.accountingAccount)},
        {u"email"_s, textColumn(c.email)},
        {u"contact_name"_s, textColumn(c.contactName)},
        {u"archived"_s, qint64(c.archived ? 1 : 0)},
    };
}

Customer customerFromColumns(const QVariantMap &m)
{
    Customer c;
    c.id = m.value(u"id"_s).toString();
    c.version = m.value(u"version"_s).toLongLong();
    c.activityId = m.value(u"activity_id"_s).toString();
    c.kind = customerKindFromKey(m.value(u"kind"_s).toString()).value_or(CustomerKind::Company);
    c.name = m.value(u"name"_s).toString();
    c.firstName = m.value(u"first_name"_s).toString();
    c.lastName = m.value(u"last_name"_s).toString();
    c.siren = m.value(u"siren"_s).toString();
    c.siret = m.value(u"siret"_s).toString();
    c.vatNumber = m.value(u"vat_number"_s).toString();
    c.billingAddress.line1 = m.value(u"billing_line1"_s).toString();
    c.billingAddress.line2 = m.value(u"billing_line2"_s).toString();
    c.billingAddress.postcode = m.value(u"billing_postcode"_s).toString();
    c.billingAddress.city = m.value(u"billing_city"_s).toString();
    c.billingAddress.country = m.value(u"billing_country"_s).toString();
    c.deliveryAddress.line1 = m.value(u"delivery_line1"_s).toString();
    c.deliveryAddress.line2 = m.value(u"delivery_line2"_s).toString();
    c.deliveryAddress.postcode = m.value(u"delivery_postcode"_s).toString();
    c.deliveryAddress.city = m.value(u"delivery_city"_s).toString();
    c.deliveryAddress.country = m.value(u"delivery_country"_s).toString();
    c.paymentTermDays = m.value(u"payment_term_days"_s).toInt();
    c.accountingAccount = m.value(u"accounting_account"_s).toString();
    c.email = m.value(u"email"_s).toString();
    c.contactName = m.value(u"contact_name"_s).toString();
    c.archived = m.value(u"archived"_s).toLongLong() != 0;
    return c;
}

QVariantMap cooperativeColumns(const CooperativeSettings &s)
{
    return {
        {u"name"_s, textColumn(s.name)},
        {u"legal_form"_s, textColumn(s.legalForm)},
        {u"capital_cents"_s, s.capital.cents()},
        {u"siren"_s, textColumn(s.siren)},
        {u"siret"_s, textColumn(s.siret)},
        {u"vat_number"_s, textColumn(s.vatNumber)},
        {u"address_line1"_s, textColumn(s.address.line1)},
        {u"address_line2"_s, textColumn(s.address.line2)},
        {u"postcode"_s, textColumn(s.address.postcode)},
        {u"city"_s, textColumn(s.address.city)},
        {u"country"_s, textColumn(s.address.country)},
        {u"rcs_city"_s, textColumn(s.rcsCity)},
        {u"naf_code"_s, textColumn(s.nafCode)},
        {u"headcount"_s, qint64(s.headcount)},
        {u"at_mp_rate_units"_s, s.atMpRate.units()},
        {u"mobility_rate_units"_s, s.mobilityRate.units()},
        {u"mutuelle_monthly_cents"_s, s.mutuelleMonthlyAmount.cents()},
        {u"mutuelle_employer_share_units"_s, s.mutuelleEmployerShare.units()},
        {u"fiscal_year_start_month"_s, qint64(s.fiscalYearStartMonth)},
        {u"invoice_number_template"_s, textColumn(s.invoiceNumberTemplate)},
        {u"credit_note_number_template"_s, textColumn(s.creditNoteNumberTemplate)},
        {u"iban"_s, textColumn(s.iban)},
        {u"bic"_s, textColumn(s.bic)},
        {u"bank_name"_s, textColumn(s.bankName)},
    };
}

CooperativeSettings cooperativeFromColumns(const QVariantMap &m)
{
    CooperativeSettings s;
    s.name = m.value(u"name"_s).toString();
    s.legalForm = m.value(u"legal_form"_s).toString();
    s.capital = Money::fromCents(m.value(u"capital_cents"_s).toLongLong());
    s.siren = m.value(u"siren"_s).toString();
    s.siret = m.value(u"siret"_s).toString();
    s.vatNumber = m.value(u"vat_number"_s).toString();
    s.address.line1 = m.value(u"address_line1"_s).toString();
    s.address.line2 = m.value(u"address_line2"_s).toString();
    s.address.postcode = m.value(u"postcode"_s).toString();
    s.address.city = m.value(u"city"_s).toString();
    s.address.country = m.value(u"country"_s).toString();
    s.rcsCity = m.value(u"rcs_city"_s).toString();
    s.nafCode = m.value(u"naf_code"_s).toString();
    s.headcount = m.value(u"headcount"_s).toInt();
    s.atMpRate = Rate::fromUnits(m.value(u"at_mp_rate_units"_s).toLongLong());
    s.mobilityRate = Rate::fromUnits(m.value(u"mobility_rate_units"_s).toLongLong());
    s.mutuelleMonthlyAmount = Money::fromCents(m.value(u"mutuelle_monthly_cents"_s).toLongLong());
    s.mutuelleEmployerShare = Rate::fromUnits(m.value(u"mutuelle_employer_share_units"_s).toLongLong());
    s.fiscalYearStartMonth = m.value(u"fiscal_year_start_month"_s).toInt();
    s.invoiceNumberTemplate = m.value(u"invoice_number_template"_s).toString();
    s.creditNoteNumberTemplate = m.value(u"credit_note_number_template"_s).toString();
    s.iban = m.value(u"iban"_s).toString();
    s.bic = m.value(u"bic"_s).toString();
    s.bankName = m.value(u"bank_name"_s).toString();
    return s;
}

QVariantMap activityColumns(const Activity &a)
{
    QJsonArray members;
    for (const ActivityMember &m : a.members)
        members.append(QJsonObject{{u"entrepreneur_id"_s, m.entrepreneurId},
                                   {u"share_units"_s, m.share.units()}});
    return {
        {u"analytic_code"_s, textColumn(a.analyticCode)},
        {u"name"_s, textColumn(a.name)},
        {u"trade"_s, textColumn(a.trade)},
        {u"members"_s, compactJson(members)},
    };
}

Activity activityFromColumns(const QVariantMap &m)
{
    Activity a;
    a.id = m.value(u"id"_s).toString();
    a.version = m.value(u"version"_s).toLongLong();
    a.analyticCode = m.value(u"analytic_code"_s).toString();
    a.name = m.value(u"name"_s).toString();
    a.trade = m.value(u"trade"_s).toString();
    for (const QJsonValue &v : arrayFromColumn(m.value(u"members"_s))) {
        const QJsonObject o = v.toObject();
        a.members.append({o.value(u"entrepreneur_id"_s).toString(),
                          Rate::fromUnits(o.value(u"share_units"_s).toInteger())});
    }
    return a;
}

} // namespace coop
