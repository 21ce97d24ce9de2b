#include "salesdocument.h"

#include "allocation.h"
#include "enumkeys_p.h"
#include "identifiers.h"
#include "jsoninteger_p.h"
#include "rules_p.h"
#include "tr.h"

#include <QJsonValue>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::invalid;

constexpr Rate OneHundredPercent = Rate::fromUnits(Rate::UnitsPerOne);

constexpr EnumKey<DocumentKind> DocumentKindKeys[] = {
    {DocumentKind::Invoice, "invoice"_L1},
    {DocumentKind::CreditNote, "credit_note"_L1},
};

constexpr EnumKey<InvoiceRole> InvoiceRoleKeys[] = {
    {InvoiceRole::Standard, "standard"_L1},
    {InvoiceRole::Deposit, "deposit"_L1},
    {InvoiceRole::Intermediate, "intermediate"_L1},
    {InvoiceRole::Balance, "balance"_L1},
};

constexpr EnumKey<DocumentStatus> DocumentStatusKeys[] = {
    {DocumentStatus::Draft, "draft"_L1},
    {DocumentStatus::Validated, "validated"_L1},
};

constexpr EnumKey<PaymentStatus> PaymentStatusKeys[] = {
    {PaymentStatus::Waiting, "waiting"_L1},
    {PaymentStatus::PartlyPaid, "partly_paid"_L1},
    {PaymentStatus::Paid, "paid"_L1},
};

constexpr EnumKey<OperationNature> OperationNatureKeys[] = {
    {OperationNature::Services, "services"_L1},
    {OperationNature::Goods, "goods"_L1},
    {OperationNature::Both, "both"_L1},
};

constexpr EnumKey<PaymentMode> PaymentModeKeys[] = {
    {PaymentMode::Transfer, "transfer"_L1},
    {PaymentMode::Cheque, "cheque"_L1},
    {PaymentMode::Card, "card"_L1},
    {PaymentMode::Cash, "cash"_L1},
};

constexpr EnumKey<QuoteStatus> QuoteStatusKeys[] = {
    {QuoteStatus::Draft, "draft"_L1},
    {QuoteStatus::Sent, "sent"_L1},
    {QuoteStatus::Signed, "signed"_L1},
    {QuoteStatus::Refused, "refused"_L1},
};

// ---- JSON reading -------------------------------------------------------------------------
//
// Money is written as integer cents, rates, quantities and prices as integer units of their type,
// dates as ISO text: no decimal ever goes through a double. JSON numbers are doubles, which hold
// every integer up to 2^53 exactly: 90 000 billion euros in cents, far beyond any invoice.

Error jsonError(const QString &where, const QString &message)
{
    return Error(ErrorCode::ParseError, message, where);
}

QString at(const QString &prefix, const QString &field)
{
    return prefix.isEmpty() ? field : prefix + u'.' + field;
}

// A reader of one JSON object that remembers the first problem, so that parsing code reads as a
// list of fields. Missing fields take the value the struct has by default.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix)
        : m_object(object), m_prefix(std::move(prefix)) {}

    bool ok() const { return !m_error; }
    const Error &error() const { return *m_error; }

    void text(const QString &key, QString &target)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return setError(key, Tr::tr("a text is expected"));
        target = v.toString();
    }

    void boolean(const QString &key, bool &target)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return setError(key, Tr::tr("true or false is expected"));
        target = v.toBool();
    }

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const std::optional<qint64> n = detail::jsonInteger(v);
        if (!n)
            setError(key, Tr::tr("a whole number is expected"));
        return n;
    }

    void integer(const QString &key, int &target)
    {
        if (const std::optional<qint64> n = integer(key)) {
            if (*n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
                return setError(key, Tr::tr("a whole number is expected"));
            target = static_cast<int>(*n);
        }
    }

    void integer(const QString &key, qint64 &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = *n;
    }

    void money(const QString &key, Money &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = Money::fromCents(*n);
    }

    void rate(const QString &key, Rate &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = Rate::fromUnits(*n);
    }

    void optionalRate(const QString &key, std::optional<Rate> &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = Rate::fromUnits(*n);
    }

    void quantity(const QString &key, Quantity &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = Quantity::fromUnits(*n);
    }

    void unitPrice(const QString &key, UnitPrice &target)
    {
        if (const std::optional<qint64> n = integer(key))
            target = UnitPrice::fromUnits(*n);
    }

    void date(const QString &key, QDate &target)
    {
        QString text;
        this->text(key, text);
        if (text.isEmpty())
            return;
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!parsed.isValid())
            return setError(key, Tr::tr("“%1” is not a date such as 2026-03-31").arg(text));
        target = parsed;
    }

    template<typename Enum>
    void key(const QString &key, Enum &target, Result<Enum> (*fromKey)(QStringView))
    {
        QString text;
        this->text(key, text);
        if (text.isEmpty())
            return;
        const Result<Enum> value = fromKey(text);
        if (!value)
            return setError(key, value.error().message());
        target = *value;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            setError(key, Tr::tr("an object is expected"));
        return v.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            setError(key, Tr::tr("a list is expected"));
        return v.toArray();
    }

    QString where(const QString &key) const { return at(m_prefix, key); }

    void setError(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = jsonError(where(key), message);
    }
    void setError(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    std::optional<Error> m_error;
};

QJsonObject addressToJson(const Address &address)
{
    return QJsonObject{
        {u"line1"_s, address.line1},       {u"line2"_s, address.line2},
        {u"postcode"_s, address.postcode}, {u"city"_s, address.city},
        {u"country"_s, address.country},
    };
}

Address addressFromJson(Reader &parent, const QString &key)
{
    Address address;
    Reader r(parent.object(key), parent.where(key));
    r.text(u"line1"_s, address.line1);
    r.text(u"line2"_s, address.line2);
    r.text(u"postcode"_s, address.postcode);
    r.text(u"city"_s, address.city);
    r.text(u"country"_s, address.country);
    if (!r.ok())
        parent.setError(r.error());
    return address;
}

QJsonObject sellerToJson(const CooperativeSettings &s)
{
    return QJsonObject{
        {u"name"_s, s.name},
        {u"legal_form"_s, s.legalForm},
        {u"capital_cents"_s, s.capital.cents()},
        {u"siren"_s, s.siren},
        {u"siret"_s, s.siret},
        {u"vat_number"_s, s.vatNumber},
        {u"address"_s, addressToJson(s.address)},
        {u"rcs_city"_s, s.rcsCity},
        {u"naf_code"_s, s.nafCode},
        {u"headcount"_s, s.headcount},
        {u"at_mp_rate_units"_s, s.atMpRate.units()},
        {u"mobility_rate_units"_s, s.mobilityRate.units()},
        {u"mutuelle_monthly_amount_cents"_s, s.mutuelleMonthlyAmount.cents()},
        {u"mutuelle_employer_share_units"_s, s.mutuelleEmployerShare.units()},
        {u"fiscal_year_start_month"_s, s.fiscalYearStartMonth},
        {u"invoice_number_template"_s, s.invoiceNumberTemplate},
        {u"credit_note_number_template"_s, s.creditNoteNumberTemplate},
        {u"iban"_s, s.iban},
        {u"bic"_s, s.bic},
        {u"bank_name"_s, s.bankName},
    };
}

CooperativeSettings sellerFromJson(Reader &parent, const QString &key)
{
    CooperativeSettings s;
    Reader r(parent.object(key), parent.where(key));
    r.text(u"name"_s, s.name);
    r.text(u"legal_form"_s, s.legalForm);
    r.money(u"capital_cents"_s, s.capital);
    r.text(u"siren"_s, s.siren);
    r.text(u"siret"_s, s.siret);
    r.text(u"vat_number"_s, s.vatNumber);
    s.address = addressFromJson(r, u"address"_s);
    r.text(u"rcs_city"_s, s.rcsCity);
    r.text(u"naf_code"_s, s.nafCode);
    r.integer(u"headcount"_s, s.headcount);
    r.rate(u"at_mp_rate_units"_s, s.atMpRate);
    r.rate(u"mobility_rate_units"_s, s.mobilityRate);
    r.money(u"mutuelle_monthly_amount_cents"_s, s.mutuelleMonthlyAmount);
    r.rate(u"mutuelle_employer_share_units"_s, s.mutuelleEmployerShare);
    r.integer(u"fiscal_year_start_month"_s, s.fiscalYearStartMonth);
    r.text(u"invoice_number_template"_s, s.invoiceNumberTemplate);
    r.text(u"credit_note_number_template"_s, s.creditNoteNumberTemplate);
    r.text(u"iban"_s, s.iban);
    r.text(u"bic"_s, s.bic);
    r.text(u"bank_name"_s, s.bankName);
    if (!r.ok())
        parent.setError(r.error());
    return s;
}

QJsonObject activityToJson(const Activity &a)
{
    QJsonArray members;
    for (const ActivityMember &m : a.members) {
        members.append(QJsonObject{{u"entrepreneur_id"_s, m.entrepreneurId},
                                   {u"share_units"_s, m.share.units()}});
    }
    return QJsonObject{
        {u"id"_s, a.id},
        {u"analytic_code"_s, a.analyticCode},
        {u"name"_s, a.name},
        {u"trade"_s, a.trade},
        {u"members"_s, members},
        {u"version"_s, a.version},
    };
}

Activity activityFromJson(Reader &parent, const QString &key)
{
    Activity a;
    Reader r(parent.object(key), parent.where(key));
    r.text(u"id"_s, a.id);
    r.text(u"analytic_code"_s, a.analyticCode);
    r.text(u"name"_s, a.name);
    r.text(u"trade"_s, a.trade);
    const QJsonArray members = r.array(u"members"_s);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString field = r.where(u"members[%1]"_s.arg(i));
        if (!members.at(i).isObject()) {
            r.setError(jsonError(field, Tr::tr("an object is expected")));
            break;
        }
        Reader m(members.at(i).toObject(), field);
        ActivityMember member;
        m.text(u"entrepreneur_id"_s, member.entrepreneurId);
        m.rate(u"share_units"_s, member.share);
        if (!m.ok())
            r.setError(m.error());
        a.members.append(member);
    }
    r.integer(u"version"_s, a.version);
    if (!r.ok())
        parent.setError(r.error());
    return a;
}

QJsonObject customerToJson(const Customer &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"activity_id"_s, c.activityId},
        {u"kind"_s, customerKindKey(c.kind)},
        {u"name"_s, c.name},
        {u"first_name"_s, c.firstName},
        {u"last_name"_s, c.lastName},
        {u"siren"_s, c.siren},
        {u"siret"_s, c.siret},
        {u"vat_number"_s, c.vatNumber},
        {u"billing_address"_s, addressToJson(c.billingAddress)},
        {u"delivery_address"_s, addressToJson(c.deliveryAddress)},
        {u"payment_term_days"_s, c.paymentTermDays},
        {u"accounting_account"_s, c.accountingAccount},
        {u"email"_s, c.email},
        {u"contact_name"_s, c.contactName},
        {u"archived"_s, c.archived},
        {u"version"_s, c.version},
    };
}

Customer customerFromJson(Reader &parent, const QString &key)
{
    Customer c;
    Reader r(parent.object(key), parent.where(key));
    r.text(u"id"_s, c.id);
    r.text(u"activity_id"_s, c.activityId);
    r.key(u"kind"_s, c.kind, customerKindFromKey);
    r.text(u"name"_s, c.name);
    r.text(u"first_name"_s, c.firstName);
    r.text(u"last_name"_s, c.lastName);
    r.text(u"siren"_s, c.siren);
    r.text(u"siret"_s, c.siret);
    r.text(u"vat_number"_s, c.vatNumber);
    c.billingAddress = addressFromJson(r, u"billing_address"_s);
    c.deliveryAddress = addressFromJson(r, u"delivery_address"_s);
    r.integer(u"payment_term_days"_s, c.paymentTermDays);
    r.text(u"accounting_account"_s, c.accountingAccount);
    r.text(u"email"_s, c.email);
    r.text(u"contact_name"_s, c.contactName);
    r.boolean(u"archived"_s, c.archived);
    r.integer(u"version"_s, c.version);
    if (!r.ok())
        parent.setError(r.error());
    return c;
}

// Reads an array of objects with `read`, locating errors at "name[i].field".
template<typename T, typename ReadOne>
Result<QList<T>> readArray(const QJsonArray &array, const QString &name, ReadOne readOne)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"%1[%2]"_s.arg(name).arg(i);
        if (!array.at(i).isObject())
            return fail(jsonError(where, Tr::tr("an object is expected")));
        Reader r(array.at(i).toObject(), where);
        T item = readOne(r);
        if (!r.ok())
            return fail(r.error());
        items.append(std::move(item));
    }
    return items;
}

InvoiceInput inputFrom(const QList<DocumentLine> &lines, const std::optional<Rate> &discount,
                       PriceEntry entry, const QList<VatDeduction> &deductions)
{
    InvoiceInput input;
    input.lines.reserve(lines.size());
    for (const DocumentLine &line : lines) {
        input.lines.append({line.designation, line.quantity, line.unitPrice, line.discount,
                            line.vatRate, line.exemptionMention});
    }
    input.documentDiscount = discount;
    input.priceEntry = entry;
    input.deductions = deductions;
    return input;
}

} // namespace

// ---- Keys ---------------------------------------------------------------------------------

QString documentKindKey(DocumentKind kind)
{
    return detail::keyOf(DocumentKindKeys, kind);
}

Result<DocumentKind> documentKindFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(DocumentKindKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a kind of document; expected one of: %2.").arg(text, known);
    });
}

QString invoiceRoleKey(InvoiceRole role)
{
    return detail::keyOf(InvoiceRoleKeys, role);
}

Result<InvoiceRole> invoiceRoleFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(InvoiceRoleKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not an invoice role; expected one of: %2.").arg(text, known);
    });
}

QString documentStatusKey(DocumentStatus status)
{
    return detail::keyOf(DocumentStatusKeys, status);
}

Result<DocumentStatus> documentStatusFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(DocumentStatusKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a document status; expected one of: %2.").arg(text, known);
    });
}

QString paymentStatusKey(PaymentStatus status)
{
    return detail::keyOf(PaymentStatusKeys, status);
}

QString operationNatureKey(OperationNature nature)
{
    return detail::keyOf(OperationNatureKeys, nature);
}

Result<OperationNature> operationNatureFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(OperationNatureKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a nature of operation; expected one of: %2.").arg(text, known);
    });
}

QString paymentModeKey(PaymentMode mode)
{
    return detail::keyOf(PaymentModeKeys, mode);
}

Result<PaymentMode> paymentModeFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(PaymentModeKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a payment mode; expected one of: %2.").arg(text, known);
    });
}

QString quoteStatusKey(QuoteStatus status)
{
    return detail::keyOf(QuoteStatusKeys, status);
}

Result<QuoteStatus> quoteStatusFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(QuoteStatusKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a quote status; expected one of: %2.").arg(text, known);
    });
}

// ---- JSON ---------------------------------------------------------------------------------

QJsonObject DocumentParties::toJson() const
{
    return QJsonObject{
        {u"seller"_s, sellerToJson(seller)},
        {u"activity"_s, activityToJson(activity)},
        {u"customer"_s, customerToJson(customer)},
    };
}

Result<DocumentParties> DocumentParties::fromJson(const QJsonObject &json)
{
    DocumentParties parties;
    Reader r(json, QString());
    parties.seller = sellerFromJson(r, u"seller"_s);
    parties.activity = activityFromJson(r, u"activity"_s);
    parties.customer = customerFromJson(r, u"customer"_s);
    if (!r.ok())
        return fail(r.error());
    return parties;
}

QJsonArray linesToJson(const QList<DocumentLine> &lines)
{
    QJsonArray array;
    for (const DocumentLine &line : lines) {
        QJsonObject o{
            {u"designation"_s, line.designation},
            {u"unit"_s, line.unit},
            {u"quantity_units"_s, line.quantity.units()},
            {u"unit_price_units"_s, line.unitPrice.units()},
            {u"vat_rate_units"_s, line.vatRate.units()},
            {u"exemption_mention"_s, line.exemptionMention},
            {u"revenue_account"_s, line.revenueAccount},
            {u"catalog_item_id"_s, line.catalogItemId},
        };
        o.insert(u"discount_units"_s,
                 line.discount ? QJsonValue(line.discount->units()) : QJsonValue());
        array.append(o);
    }
    return array;
}

Result<QList<DocumentLine>> linesFromJson(const QJsonArray &array)
{
    return readArray<DocumentLine>(array, u"lines"_s, [](Reader &r) {
        DocumentLine line;
        r.text(u"designation"_s, line.designation);
        r.text(u"unit"_s, line.unit);
        r.quantity(u"quantity_units"_s, line.quantity);
        r.unitPrice(u"unit_price_units"_s, line.unitPrice);
        r.optionalRate(u"discount_units"_s, line.discount);
        r.rate(u"vat_rate_units"_s, line.vatRate);
        r.text(u"exemption_mention"_s, line.exemptionMention);
        r.text(u"revenue_account"_s, line.revenueAccount);
        r.text(u"catalog_item_id"_s, line.catalogItemId);
        return line;
    });
}

QJsonArray deductionsToJson(const QList<VatDeduction> &deductions)
{
    QJsonArray array;
    for (const VatDeduction &d : deductions) {
        array.append(QJsonObject{
            {u"rate_units"_s, d.rate.units()},
            {u"exemption_mention"_s, d.exemptionMention},
            {u"base_cents"_s, d.base.cents()},
            {u"vat_cents"_s, d.vat.cents()},
            {u"reference"_s, d.reference},
        });
    }
    return array;
}

Result<QList<VatDeduction>> deductionsFromJson(const QJsonArray &array)
{
    return readArray<VatDeduction>(array, u"deductions"_s, [](Reader &r) {
        VatDeduction d;
        r.rate(u"rate_units"_s, d.rate);
        r.text(u"exemption_mention"_s, d.exemptionMention);
        r.money(u"base_cents"_s, d.base);
        r.money(u"vat_cents"_s, d.vat);
        r.text(u"reference"_s, d.reference);
        return d;
    });
}

QJsonArray sharesToJson(const QList<PaymentShare> &shares)
{
    QJsonArray array;
    for (const PaymentShare &s : shares) {
        array.append(QJsonObject{
            {u"rate_units"_s, s.rate.units()},
            {u"exemption_mention"_s, s.exemptionMention},
            {u"amount_cents"_s, s.amount.cents()},
            {u"vat_cents"_s, s.vat.cents()},
        });
    }
    return array;
}

Result<QList<PaymentShare>> sharesFromJson(const QJsonArray &array)
{
    return readArray<PaymentShare>(array, u"shares"_s, [](Reader &r) {
        PaymentShare s;
        r.rate(u"rate_units"_s, s.rate);
        r.text(u"exemption_mention"_s, s.exemptionMention);
        r.money(u"amount_cents"_s, s.amount);
        r.money(u"vat_cents"_s, s.vat);
        return s;
    });
}

// ---- Documents ----------------------------------------------------------------------------

InvoiceInput SalesDocument::toInvoiceInput() const
{
    return inputFrom(lines, documentDiscount, priceEntry, deductions);
}

Result<InvoiceTotals> SalesDocument::totals() const
{
    return computeInvoiceTotals(toInvoiceInput());
}

InvoiceInput Quote::toInvoiceInput() const
{
    return inputFrom(lines, documentDiscount, priceEntry, {});
}

Result<InvoiceTotals> Quote::totals() const
{
    return computeInvoiceTotals(toInvoiceInput());
}

QDate dueDateFor(QDate date, const Customer &customer)
{
    return date.addDays(customer.paymentTermDays);
}

PaymentStatus paymentStatusFor(Money total, Money paid, Money credited)
{
    if (paid.isZero() && credited.isZero() && !total.isZero() && !total.isNegative())
        return PaymentStatus::Waiting;
    const Result<Money> settled = Money::checkedAdd(paid, credited);
    if (!settled || *settled >= total)
        return PaymentStatus::Paid;
    return paid.isZero() ? PaymentStatus::Waiting : PaymentStatus::PartlyPaid;
}

qint64 daysLate(QDate dueDate, QDate today)
{
    if (!dueDate.isValid() || !today.isValid())
        return 0;
    return std::max<qint64>(0, dueDate.daysTo(today));
}

// ---- Validation ---------------------------------------------------------------------------

namespace {

bool isPercentage(Rate rate)
{
    return !rate.isNegative() && rate <= OneHundredPercent;
}

QString lineField(qsizetype index, const QString &field)
{
    return u"lines[%1].%2"_s.arg(index).arg(field);
}

// The line rules shared by documents and quotes, then whether the totals can be computed at all
// (only when the lines are sound, so that one mistake is not reported twice).
void checkLines(ValidationErrors &errors, const QList<DocumentLine> &lines,
                const std::optional<Rate> &documentDiscount, const InvoiceInput &input)
{
    const QStringList units = knownUnitCodes();
    const qsizetype before = errors.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocumentLine &line = lines.at(i);
        if (line.designation.trimmed().isEmpty()) {
            errors.append(invalid(lineField(i, u"designation"_s),
                                  Tr::tr("Line %1 has no designation.").arg(i + 1)));
        }
        if (!units.contains(line.unit)) {
            errors.append(invalid(lineField(i, u"unit"_s),
                                  Tr::tr("Line %1: “%2” is not a known unit.")
                                      .arg(QString::number(i + 1), line.unit)));
        }
        if (!isFrenchVatRate(line.vatRate)) {
            errors.append(invalid(lineField(i, u"vatRate"_s),
                                  Tr::tr("Line %1: %2 % is not a French VAT rate (20, 10, 5.5, "
                                         "2.1 or 0 %).")
                                      .arg(QString::number(i + 1),
                                           line.vatRate.toPercentString())));
        } else if (line.vatRate.isZero() && line.exemptionMention.trimmed().isEmpty()) {
            errors.append(invalid(lineField(i, u"exemptionMention"_s),
                                  Tr::tr("Line %1 is at 0 % VAT: it needs the legal reference of "
                                         "its exemption.")
                                      .arg(i + 1)));
        }
        if (line.discount && !isPercentage(*line.discount)) {
            errors.append(invalid(lineField(i, u"discount"_s),
                                  Tr::tr("Line %1: a discount of %2 % is not between 0 and 100 %.")
                                      .arg(QString::number(i + 1),
                                           line.discount->toPercentString())));
        }
    }
    if (documentDiscount && !isPercentage(*documentDiscount)) {
        errors.append(invalid(u"documentDiscount"_s,
                              Tr::tr("A discount of %1 % is not between 0 and 100 %.")
                                  .arg(documentDiscount->toPercentString())));
    }
    if (errors.size() == before) {
        const Result<InvoiceTotals> totals = computeInvoiceTotals(input);
        if (!totals)
            errors.append(totals.error());
    }
}

void checkAddress(ValidationErrors &errors, const QString &field, const Address &address,
                  const QString &whose)
{
    if (address.line1.trimmed().isEmpty() || address.postcode.trimmed().isEmpty()
        || address.city.trimmed().isEmpty()) {
        errors.append(invalid(field, Tr::tr("The address of %1 is incomplete: street, postcode "
                                            "and city are printed on the document.")
                                         .arg(whose)));
    }
}

void checkSeller(ValidationErrors &errors, const CooperativeSettings &seller)
{
    const QString whose = Tr::tr("the cooperative");
    if (seller.name.trimmed().isEmpty()) {
        errors.append(invalid(u"seller.name"_s,
                              Tr::tr("The cooperative's name is required on every invoice.")));
    }
    checkAddress(errors, u"seller.address"_s, seller.address, whose);
    if (seller.siren.isEmpty()) {
        errors.append(invalid(u"seller.siren"_s,
                              Tr::tr("The cooperative's SIREN is required on every invoice.")));
    } else if (const Result<QString> siren = normalizeSiren(seller.siren); !siren) {
        errors.append(siren.error().located(u"seller.siren"_s));
    }
    if (seller.vatNumber.isEmpty()) {
        errors.append(invalid(u"seller.vatNumber"_s,
                              Tr::tr("The cooperative's VAT number is required on every "
                                     "invoice.")));
    } else if (const Result<QString> vat = normalizeVatNumber(seller.vatNumber); !vat) {
        errors.append(vat.error().located(u"seller.vatNumber"_s));
    }
    if (seller.legalForm.trimmed().isEmpty()) {
        errors.append(invalid(u"seller.legalForm"_s,
                              Tr::tr("The cooperative's legal form is required on every "
                                     "invoice.")));
    }
    if (seller.rcsCity.trimmed().isEmpty()) {
        errors.append(invalid(u"seller.rcsCity"_s,
                              Tr::tr("The cooperative's RCS registration (“RCS Lyon”) is "
                                     "required on every invoice.")));
    }
}

void checkCustomer(ValidationErrors &errors, const Customer &customer)
{
    if (customer.displayName().isEmpty()) {
        errors.append(invalid(u"customer.name"_s,
                              Tr::tr("The customer's name is required on the document.")));
    }
    const Address &billing = customer.billingAddress;
    if (billing.postcode.trimmed().isEmpty() || billing.city.trimmed().isEmpty()) {
        errors.append(invalid(u"customer.billingAddress"_s,
                              Tr::tr("The customer's billing address needs a postcode and a "
                                     "city.")));
    }
    if (customer.kind == CustomerKind::Company && billing.country == u"FR"_s) {
        if (customer.siren.isEmpty()) {
            errors.append(invalid(u"customer.siren"_s,
                                  Tr::tr("The SIREN of a French company customer is required on "
                                         "the invoice.")));
        } else if (const Result<QString> siren = normalizeSiren(customer.siren); !siren) {
            errors.append(siren.error().located(u"customer.siren"_s));
        }
    }
}

} // namespace

ValidationErrors validateDraft(const SalesDocument &document)
{
    ValidationErrors errors;
    checkLines(errors, document.lines, document.documentDiscount, document.toInvoiceInput());
    if (document.serviceDate.isValid() && document.serviceEndDate.isValid()
        && document.serviceEndDate < document.serviceDate) {
        errors.append(invalid(u"serviceEndDate"_s,
                              Tr::tr("The service ends on %1, before it starts on %2.")
                                  .arg(detail::isoDate(document.serviceEndDate),
                                       detail::isoDate(document.serviceDate))));
    }
    if (document.date.isValid() && document.dueDate.isValid() && document.dueDate < document.date) {
        errors.append(invalid(u"dueDate"_s, Tr::tr("The due date %1 is before the document's "
                                                   "date %2.")
                                                .arg(detail::isoDate(document.dueDate),
                                                     detail::isoDate(document.date))));
    }
    if (document.latePenaltyRate.isNegative()) {
        errors.append(invalid(u"latePenaltyRate"_s,
                              Tr::tr("The late-payment penalty rate cannot be negative.")));
    }
    return errors;
}

// Only what issuing adds, as the header says: the draft's own rules are validateDraft's, which every
// saved draft has passed and which the editor shows next to these.
ValidationErrors validateForIssue(const SalesDocument &document, const DocumentParties &parties)
{
    ValidationErrors errors;
    const bool invoice = document.kind == DocumentKind::Invoice;
    if (document.lines.isEmpty()) {
        errors.append(invalid(u"lines"_s, Tr::tr("A document needs at least one line.")));
    } else if (invoice) {
        const Result<InvoiceTotals> totals = document.totals();
        if (totals && totals->totalIncludingVat.isZero()) {
            errors.append(invalid(u"lines"_s, Tr::tr("An invoice whose total is zero cannot be "
                                                     "issued.")));
        }
    }
    if (invoice && !document.dueDate.isValid()) {
        errors.append(invalid(u"dueDate"_s, Tr::tr("An invoice needs a due date.")));
    }
    if (document.kind == DocumentKind::CreditNote) {
        if (document.creditedInvoiceId.isEmpty()) {
            errors.append(invalid(u"creditedInvoiceId"_s,
                                  Tr::tr("A credit note must refer to the invoice it corrects.")));
        }
        if (document.creditedInvoiceNumber.trimmed().isEmpty()) {
            errors.append(invalid(u"creditedInvoiceNumber"_s,
                                  Tr::tr("A credit note must print the number of the invoice it "
                                         "corrects.")));
        }
        if (!document.creditedInvoiceDate.isValid()) {
            errors.append(invalid(u"creditedInvoiceDate"_s,
                                  Tr::tr("A credit note must print the date of the invoice it "
                                         "corrects.")));
        }
    }
    checkSeller(errors, parties.seller);
    checkCustomer(errors, parties.customer);
    return errors;
}

ValidationErrors validate(const Quote &quote)
{
    ValidationErrors errors;
    checkLines(errors, quote.lines, quote.documentDiscount, quote.toInvoiceInput());
    if (quote.date.isValid() && quote.validUntil.isValid() && quote.validUntil < quote.date) {
        errors.append(invalid(u"validUntil"_s, Tr::tr("The quote is valid until %1, before its "
                                                      "date %2.")
                                                   .arg(detail::isoDate(quote.validUntil),
                                                        detail::isoDate(quote.date))));
    }
    if (quote.depositPercent && !isPercentage(*quote.depositPercent)) {
        errors.append(invalid(u"depositPercent"_s,
                              Tr::tr("A deposit of %1 % is not between 0 and 100 %.")
                                  .arg(quote.depositPercent->toPercentString())));
    }
    const bool isSigned = quote.status == QuoteStatus::Signed;
    if (isSigned && !quote.signedDate.isValid()) {
        errors.append(invalid(u"signedDate"_s, Tr::tr("A signed quote needs its date of "
                                                      "signature.")));
    } else if (!isSigned && quote.signedDate.isValid()) {
        errors.append(invalid(u"signedDate"_s, Tr::tr("Only a signed quote has a date of "
                                                      "signature.")));
    }
    return errors;
}

// ---- Quotes -------------------------------------------------------------------------------

namespace {

// French number text for the documents ("5,5"): invoices are written in French.
QString frenchPercent(Rate rate)
{
    QString text = rate.toPercentString();
    text.replace(u'.', u',');
    return text;
}

QString frenchDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

void cacheTotals(SalesDocument &document, const InvoiceTotals &totals)
{
    document.totalExcludingVat = totals.totalExcludingVat;
    document.totalVat = totals.totalVat;
    document.totalIncludingVat = totals.totalIncludingVat;
}

std::unexpected<Error> refused(const QString &message, const QString &where)
{
    return fail(ErrorCode::Constraint, message, where);
}

bool sameGroup(Rate rateA, const QString &mentionA, Rate rateB, const QString &mentionB)
{
    return rateA == rateB && (!rateA.isZero() || mentionA.trimmed() == mentionB.trimmed());
}

Result<void> checkQuoteSigned(const Quote &quote)
{
    if (quote.status != QuoteStatus::Signed) {
        return refused(Tr::tr("The quote %1 is not signed: only a signed quote can be invoiced.")
                           .arg(quote.number),
                       u"status"_s);
    }
    return {};
}

Result<void> checkNoBalance(const QList<IssuedInvoiceOfQuote> &issued)
{
    for (const IssuedInvoiceOfQuote &invoice : issued) {
        if (invoice.role == InvoiceRole::Balance) {
            return refused(Tr::tr("The quote already has its balance invoice %1: nothing is left "
                                  "to invoice.")
                               .arg(invoice.number),
                           u"issued"_s);
        }
    }
    return {};
}

// A deposit or an intermediate invoice: one line per (rate, mention) of the quote, for `percent`
// of that rate's base.
Result<SalesDocument> makeShareInvoice(const Quote &quote, Rate percent,
                                       const QList<IssuedInvoiceOfQuote> &issued, InvoiceRole role)
{
    if (const Result<void> ok = checkQuoteSigned(quote); !ok)
        return fail(ok.error());
    if (const Result<void> ok = checkNoBalance(issued); !ok)
        return fail(ok.error());
    if (percent.isNegative() || percent.isZero() || percent >= OneHundredPercent) {
        return refused(Tr::tr("%1 % is not a share of the quote: it must be above 0 % and below "
                              "100 %.")
                           .arg(percent.toPercentString()),
                       u"percent"_s);
    }
    const Result<InvoiceTotals> quoteTotals = quote.totals();
    if (!quoteTotals)
        return fail(quoteTotals.error());

    SalesDocument document;
    document.kind = DocumentKind::Invoice;
    document.role = role;
    document.status = DocumentStatus::Draft;
    document.activityId = quote.activityId;
    document.customerId = quote.customerId;
    document.title = quote.title;
    document.priceEntry = PriceEntry::ExcludingVat;
    document.quoteId = quote.id;

    const bool severalRates = quoteTotals->perRate.size() > 1;
    for (const VatBreakdown &group : quoteTotals->perRate) {
        const Result<Money> amount = group.base.times(percent, Rounding::HalfUp);
        if (!amount)
            return fail(amount.error().located(u"percent"_s));

        // What the invoices of the quote would bill at this rate with this one: never more than
        // the quote itself (the balance would turn negative).
        Money invoiced = *amount;
        for (const IssuedInvoiceOfQuote &invoice : issued) {
            for (const VatBreakdown &b : invoice.perRate) {
                if (sameGroup(b.rate, b.exemptionMention, group.rate, group.exemptionMention))
                    invoiced += b.base;
            }
        }
        const bool beyond = group.base.isNegative() ? invoiced < group.base : invoiced > group.base;
        if (beyond) {
            return refused(Tr::tr("With this invoice, the invoices of the quote %1 would bill "
                                  "%2 excluding VAT at %3 %, more than the quote's %4.")
                               .arg(quote.number, invoiced.toString(),
                                    group.rate.toPercentString(), group.base.toString()),
                           u"percent"_s);
        }

        // Document content: invoices are French documents whatever the interface language, so
        // these designations are French literals, not translated interface text.
        QString designation = role == InvoiceRole::Deposit
            ? u"Acompte de %1 % sur le devis %2"_s.arg(frenchPercent(percent), quote.number)
            : u"Facture intermédiaire : %1 % du devis %2"_s.arg(frenchPercent(percent),
                                                                quote.number);
        if (severalRates)
            designation += u" — TVA %1 %"_s.arg(frenchPercent(group.rate));

        DocumentLine line;
        line.designation = designation;
        line.quantity = Quantity::fromUnits(Quantity::UnitsPerOne);
        const Result<UnitPrice> price = UnitPrice::fromMoney(*amount);
        if (!price)
            return fail(price.error().located(u"percent"_s));
        line.unitPrice = *price;
        line.vatRate = group.rate;
        line.exemptionMention = group.exemptionMention;
        for (const DocumentLine &quoteLine : quote.lines) {
            if (sameGroup(quoteLine.vatRate, quoteLine.exemptionMention, group.rate,
                          group.exemptionMention)) {
                line.revenueAccount = quoteLine.revenueAccount;
                break;
            }
        }
        document.lines.append(line);
    }

    const Result<InvoiceTotals> totals = document.totals();
    if (!totals)
        return fail(totals.error());
    cacheTotals(document, *totals);
    return document;
}

// "Facture d'acompte 2026-ANA-0012 du 03/02/2026": printed on the balance invoice (French
// document content, not interface text).
QString deductionReference(const IssuedInvoiceOfQuote &invoice)
{
    QString what;
    switch (invoice.role) {
    case InvoiceRole::Deposit:
        what = u"Facture d'acompte"_s;
        break;
    case InvoiceRole::Intermediate:
        what = u"Facture intermédiaire"_s;
        break;
    case InvoiceRole::Standard:
    case InvoiceRole::Balance:
        what = u"Facture"_s;
        break;
    }
    return u"%1 %2 du %3"_s.arg(what, invoice.number, frenchDate(invoice.date));
}

} // namespace

Result<SalesDocument> makeDepositInvoice(const Quote &quote, Rate percent,
                                         const QList<IssuedInvoiceOfQuote> &issued)
{
    return makeShareInvoice(quote, percent, issued, InvoiceRole::Deposit);
}

Result<SalesDocument> makeIntermediateInvoice(const Quote &quote, Rate percent,
                                              const QList<IssuedInvoiceOfQuote> &issued)
{
    return makeShareInvoice(quote, percent, issued, InvoiceRole::Intermediate);
}

Result<SalesDocument> makeBalanceInvoice(const Quote &quote,
                                         const QList<IssuedInvoiceOfQuote> &issued)
{
    if (const Result<void> ok = checkQuoteSigned(quote); !ok)
        return fail(ok.error());
    if (const Result<void> ok = checkNoBalance(issued); !ok)
        return fail(ok.error());

    SalesDocument document;
    document.kind = DocumentKind::Invoice;
    document.role = InvoiceRole::Balance;
    document.status = DocumentStatus::Draft;
    document.activityId = quote.activityId;
    document.customerId = quote.customerId;
    document.title = quote.title;
    document.priceEntry = quote.priceEntry;
    document.documentDiscount = quote.documentDiscount;
    document.lines = quote.lines;
    document.quoteId = quote.id;
    for (const IssuedInvoiceOfQuote &invoice : issued) {
        const QString reference = deductionReference(invoice);
        for (const VatBreakdown &b : invoice.perRate)
            document.deductions.append({b.rate, b.exemptionMention, b.base, b.vat, reference});
    }
    const Result<InvoiceTotals> totals = document.totals();
    if (!totals) {
        return refused(Tr::tr("The balance of the quote %1 cannot be made: %2")
                           .arg(quote.number, totals.error().message()),
                       totals.error().where());
    }
    cacheTotals(document, *totals);
    return document;
}

// ---- Credit notes -------------------------------------------------------------------------

namespace {

Result<SalesDocument> creditNoteFrame(const SalesDocument &invoice)
{
    if (invoice.kind != DocumentKind::Invoice || invoice.status != DocumentStatus::Validated
        || invoice.number.isEmpty()) {
        return refused(Tr::tr("Only a validated invoice can be credited."), u"creditedInvoiceId"_s);
    }
    SalesDocument note;
    note.kind = DocumentKind::CreditNote;
    note.role = InvoiceRole::Standard;
    note.status = DocumentStatus::Draft;
    note.activityId = invoice.activityId;
    note.customerId = invoice.customerId;
    note.nature = invoice.nature;
    note.vatOnDebits = invoice.vatOnDebits;
    note.priceEntry = invoice.priceEntry;
    note.documentDiscount = invoice.documentDiscount;
    // Document content, in French like every document.
    note.title = u"Avoir sur facture %1"_s.arg(invoice.number);
    note.creditedInvoiceId = invoice.id;
    note.creditedInvoiceNumber = invoice.number;
    note.creditedInvoiceDate = invoice.date;
    return note;
}

// Whether `value` lies between 0 and `limit` (either sign): what may still be credited.
bool within(Money value, Money limit)
{
    if (limit.isNegative())
        return value >= limit && value <= Money();
    return value >= Money() && value <= limit;
}

} // namespace

Result<SalesDocument> makeFullCreditNote(const SalesDocument &validatedInvoice)
{
    Result<SalesDocument> note = creditNoteFrame(validatedInvoice);
    if (!note)
        return note;
    note->lines = validatedInvoice.lines;
    note->deductions = validatedInvoice.deductions;
    const Result<InvoiceTotals> totals = note->totals();
    if (!totals)
        return fail(totals.error());
    cacheTotals(*note, *totals);
    return note;
}

Result<SalesDocument> makePartialCreditNote(const SalesDocument &validatedInvoice,
                                            const QList<DocumentLine> &lines)
{
    Result<SalesDocument> note = creditNoteFrame(validatedInvoice);
    if (!note)
        return note;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocumentLine &line = lines.at(i);
        const bool known = std::any_of(
            validatedInvoice.lines.cbegin(), validatedInvoice.lines.cend(),
            [&](const DocumentLine &l) {
                return sameGroup(l.vatRate, l.exemptionMention, line.vatRate,
                                 line.exemptionMention);
            });
        if (!known) {
            return refused(Tr::tr("The invoice %1 has no line at %2 % VAT: a credit note only "
                                  "reverses the rates of its invoice.")
                               .arg(validatedInvoice.number, line.vatRate.toPercentString()),
                           lineField(i, u"vatRate"_s));
        }
    }
    note->lines = lines;
    const Result<InvoiceTotals> totals = note->totals();
    if (!totals)
        return fail(totals.error());
    cacheTotals(*note, *totals);
    return note;
}

QList<VatBreakdown> creditableRemainder(const InvoiceTotals &invoice,
                                        const QList<InvoiceTotals> &previousCreditNotes)
{
    QList<VatBreakdown> remainder;
    remainder.reserve(invoice.perRate.size());
    for (const VatBreakdown &rate : invoice.perRate) {
        VatBreakdown left = rate;
        for (const InvoiceTotals &note : previousCreditNotes) {
            for (const VatBreakdown &credited : note.perRate) {
                if (sameGroup(credited.rate, credited.exemptionMention, rate.rate,
                              rate.exemptionMention)) {
                    left.base -= credited.base;
                    left.vat -= credited.vat;
                }
            }
        }
        left.total = left.base + left.vat;
        left.linesBase = left.base;
        left.linesVat = left.vat;
        remainder.append(left);
    }
    return remainder;
}

Result<void> checkCreditNote(const InvoiceTotals &invoice,
                             const QList<InvoiceTotals> &previousCreditNotes,
                             const InvoiceTotals &creditNote)
{
    const QList<VatBreakdown> remainder = creditableRemainder(invoice, previousCreditNotes);
    Money remainingTotal;
    for (const VatBreakdown &left : remainder)
        remainingTotal += left.total;

    for (qsizetype i = 0; i < creditNote.perRate.size(); ++i) {
        const VatBreakdown &credited = creditNote.perRate.at(i);
        const auto left = std::find_if(remainder.cbegin(), remainder.cend(),
                                       [&](const VatBreakdown &r) {
                                           return sameGroup(r.rate, r.exemptionMention,
                                                            credited.rate,
                                                            credited.exemptionMention);
                                       });
        if (left == remainder.cend()) {
            return refused(Tr::tr("The invoice has no amount at %1 % VAT: a credit note only "
                                  "reverses the rates of its invoice.")
                               .arg(credited.rate.toPercentString()),
                           u"lines"_s);
        }
        if (!within(credited.base, left->base) || !within(credited.vat, left->vat)) {
            return refused(Tr::tr("At %1 % VAT the credit note reverses %2 excluding VAT and %3 "
                                  "of VAT, but the invoice only has %4 and %5 left to credit.")
                               .arg(credited.rate.toPercentString(), credited.base.toString(),
                                    credited.vat.toString(), left->base.toString(),
                                    left->vat.toString()),
                           u"perRate[%1]"_s.arg(i));
        }
    }
    if (!within(creditNote.totalIncludingVat, remainingTotal)) {
        return refused(Tr::tr("The credit note of %1 including VAT exceeds the %2 left to credit "
                              "on its invoice.")
                           .arg(creditNote.totalIncludingVat.toString(), remainingTotal.toString()),
                       u"lines"_s);
    }
    return {};
}

// ---- Payments -----------------------------------------------------------------------------

Result<QList<PaymentShare>> splitPayment(const InvoiceTotals &invoice,
                                         const QList<Payment> &previous, Money alreadyCredited,
                                         Money amount)
{
    if (amount.isNegative() || amount.isZero()) {
        return refused(Tr::tr("A payment must be above zero, not %1.").arg(amount.toString()),
                       u"amount"_s);
    }
    Money paid;
    for (const Payment &payment : previous)
        paid += payment.amount;
    const Money due = invoice.totalIncludingVat - alreadyCredited - paid;
    if (amount > due) {
        return refused(Tr::tr("The payment of %1 is more than the %2 left to pay.")
                           .arg(amount.toString(), due.toString()),
                       u"amount"_s);
    }

    // What each rate still has to be paid, TTC and VAT.
    const qsizetype count = invoice.perRate.size();
    QList<Money> leftTotal;
    QList<Money> leftVat;
    Money leftEverything;
    for (const VatBreakdown &rate : invoice.perRate) {
        Money total = rate.total;
        Money vat = rate.vat;
        for (const Payment &payment : previous) {
            for (const PaymentShare &share : payment.shares) {
                if (sameGroup(share.rate, share.exemptionMention, rate.rate,
                              rate.exemptionMention)) {
                    total -= share.amount;
                    vat -= share.vat;
                }
            }
        }
        leftTotal.append(total);
        leftVat.append(vat);
        leftEverything += total;
    }

    QList<Money> amounts;
    if (amount == leftEverything) {
        // The payment settles the invoice: each rate takes exactly what it still had to pay.
        amounts = leftTotal;
    } else {
        QList<Money> weights;
        for (const Money &left : std::as_const(leftTotal))
            weights.append(left.isNegative() ? Money() : left);
        const Result<QList<Money>> split = allocate(amount, weights);
        if (!split) {
            return refused(Tr::tr("The payment of %1 cannot be split over the VAT rates of the "
                                  "invoice: nothing is left to pay on them.")
                               .arg(amount.toString()),
                           u"amount"_s);
        }
        amounts = *split;
    }

    QList<PaymentShare> shares;
    for (qsizetype i = 0; i < count; ++i) {
        const VatBreakdown &rate = invoice.perRate.at(i);
        const Money share = amounts.at(i);
        Money vat;
        if (share == leftTotal.at(i)) {
            // The last payment of this rate takes the VAT the earlier shares left, so the VAT
            // collected adds up to the invoice's to the cent.
            vat = leftVat.at(i);
        } else if (!rate.total.isZero()) {
            const Result<qint64> cents = multiplyDivideRounded(share.cents(), rate.vat.cents(),
                                                               rate.total.cents(),
                                                               Rounding::HalfUp);
            if (!cents)
                return fail(cents.error().located(u"amount"_s));
            vat = Money::fromCents(*cents);
            // Keep what is left of this rate coherent (0 ≤ VAT left ≤ TTC left), so that earlier
            // roundings can never leave the last payment a negative VAT.
            if (!share.isNegative() && !leftTotal.at(i).isNegative()
                && !leftVat.at(i).isNegative()) {
                const Money low = std::max(Money(), leftVat.at(i) - (leftTotal.at(i) - share));
                const Money high = std::min(leftVat.at(i), share);
                if (low <= high)
                    vat = std::clamp(vat, low, high);
            }
        }
        if (share.isZero() && vat.isZero())
            continue;
        shares.append({rate.rate, rate.exemptionMention, share, vat});
    }
    return shares;
}

} // namespace coop
