#include "purchase.h"

#include "customer.h"
#include "enumkeys_p.h"
#include "identifiers.h"
#include "rules_p.h"
#include "tr.h"

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::invalid;

constexpr EnumKey<SupplierInvoiceStatus> StatusKeys[] = {
    {SupplierInvoiceStatus::Draft, "draft"_L1},
    {SupplierInvoiceStatus::Validated, "validated"_L1},
    {SupplierInvoiceStatus::Paid, "paid"_L1},
};

QString lineField(qsizetype index, const QString &field)
{
    return u"lines[%1].%2"_s.arg(index).arg(field);
}

QString frenchDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

} // namespace

QString supplierInvoiceStatusKey(SupplierInvoiceStatus status)
{
    return detail::keyOf(StatusKeys, status);
}

Result<SupplierInvoiceStatus> supplierInvoiceStatusFromKey(const QString &key)
{
    return detail::fromKey(StatusKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a supplier invoice status; expected one of: %2.").arg(key, known);
    });
}

QString supplierInvoiceStatusLabel(SupplierInvoiceStatus status)
{
    switch (status) {
    case SupplierInvoiceStatus::Draft:
        return Tr::tr("a draft", "supplier invoice status");
    case SupplierInvoiceStatus::Validated:
        return Tr::tr("validated", "supplier invoice status");
    case SupplierInvoiceStatus::Paid:
        return Tr::tr("paid", "supplier invoice status");
    }
    return {};
}

QList<ChargeAccount> supplierChargeAccounts()
{
    return {
        {u"607"_s, Tr::tr("Goods for resale")},
        {u"604"_s, Tr::tr("Subcontracted services resold")},
        {u"6061"_s, Tr::tr("Energy and water")},
        {u"6063"_s, Tr::tr("Small equipment and tools")},
        {u"6064"_s, Tr::tr("Office supplies")},
        {u"611"_s, Tr::tr("General subcontracting")},
        {u"613"_s, Tr::tr("Rents")},
        {u"615"_s, Tr::tr("Maintenance and repairs")},
        {u"616"_s, Tr::tr("Insurance premiums")},
        {u"618"_s, Tr::tr("Documentation and seminars")},
        {u"622"_s, Tr::tr("Fees")},
        {u"623"_s, Tr::tr("Advertising")},
        {u"625"_s, Tr::tr("Travel and receptions")},
        {u"626"_s, Tr::tr("Telecommunications and postage")},
        {u"627"_s, Tr::tr("Bank charges")},
    };
}

bool isSupplierChargeAccount(QStringView account)
{
    if (account.size() < 3 || account.size() > 8)
        return false;
    for (const QChar c : account)
        if (c < u'0' || c > u'9')
            return false;
    return account.startsWith(u"60") || account.startsWith(u"61") || account.startsWith(u"62");
}

bool isResoldAccount(QStringView account)
{
    return account.startsWith(u"607") || account.startsWith(u"604");
}

SupplierInvoiceTotals supplierInvoiceTotals(const SupplierInvoice &invoice)
{
    SupplierInvoiceTotals totals;
    std::map<Rate, Money, std::greater<>> bases;  // highest rate first
    for (const SupplierInvoiceLine &line : invoice.lines) {
        bases[line.vatRate] += line.amountExcludingVat;
        if (line.resold())
            totals.resoldExcludingVat += line.amountExcludingVat;
    }
    for (const auto &[rate, base] : bases) {
        SupplierVatTotal t;
        t.rate = rate;
        t.base = base;
        // Amounts validated in the cent range of a real invoice never overflow here.
        t.vat = t.base.times(t.rate, Rounding::HalfUp).value_or(Money());
        t.total = t.base + t.vat;
        totals.excludingVat += t.base;
        totals.vat += t.vat;
        totals.perRate.append(t);
    }
    totals.includingVat = totals.excludingVat + totals.vat;
    return totals;
}

ValidationErrors validate(const SupplierInvoice &invoice, bool forValidation)
{
    ValidationErrors errors;
    if (invoice.activityId.isEmpty())
        errors.append(invalid(u"activityId"_s, Tr::tr("Choose the activity the purchase is for.")));
    if (invoice.supplierName.trimmed().isEmpty())
        errors.append(invalid(u"supplierName"_s, Tr::tr("Name the supplier.")));
    if (!invoice.supplierSiren.isEmpty())
        detail::checkIdentifier(errors, u"supplierSiren"_s, invoice.supplierSiren, normalizeSiren);
    if (forValidation && invoice.supplierReference.trimmed().isEmpty())
        errors.append(invalid(u"supplierReference"_s,
                              Tr::tr("Give the supplier's invoice number, as printed on it.")));
    if (!invoice.date.isValid())
        errors.append(invalid(u"date"_s, Tr::tr("The supplier invoice needs its date.")));
    if (invoice.dueDate.isValid() && invoice.date.isValid() && invoice.dueDate < invoice.date)
        errors.append(invalid(u"dueDate"_s,
                              Tr::tr("The due date (%1) is before the invoice's date (%2).")
                                  .arg(frenchDate(invoice.dueDate), frenchDate(invoice.date))));
    if (forValidation && invoice.lines.isEmpty())
        errors.append(invalid(u"lines"_s, Tr::tr("A supplier invoice needs at least one line.")));
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const SupplierInvoiceLine &line = invoice.lines.at(i);
        if (forValidation && line.description.trimmed().isEmpty())
            errors.append(invalid(lineField(i, u"description"_s),
                                  Tr::tr("Line %1: say what was bought.").arg(i + 1)));
        if (!isSupplierChargeAccount(line.account))
            errors.append(invalid(lineField(i, u"account"_s),
                                  Tr::tr("Line %1: “%2” is not a purchase or outside-service "
                                         "account (60…, 61… or 62…, 3 to 8 digits).")
                                      .arg(i + 1)
                                      .arg(line.account)));
        if (line.amountExcludingVat <= Money())
            errors.append(invalid(lineField(i, u"amountExcludingVat"_s),
                                  Tr::tr("Line %1: the amount excluding VAT must be above zero.")
                                      .arg(i + 1)));
        else if (line.amountExcludingVat > Money::fromCents(100'000'000'000))
            errors.append(invalid(lineField(i, u"amountExcludingVat"_s),
                                  Tr::tr("Line %1: %2 € is beyond what a purchase can be.")
                                      .arg(i + 1)
                                      .arg(line.amountExcludingVat.toString())));
        if (!isFrenchVatRate(line.vatRate))
            errors.append(invalid(lineField(i, u"vatRate"_s),
                                  Tr::tr("Line %1: %2 % is not a French VAT rate (20, 10, 5.5, "
                                         "2.1 or 0 %).")
                                      .arg(i + 1)
                                      .arg(line.vatRate.toPercentString())));
    }
    if (forValidation && invoice.receiptId.isEmpty())
        errors.append(invalid(u"receiptId"_s, Tr::tr("Attach the scanned supplier invoice.")));
    if (invoice.status == SupplierInvoiceStatus::Paid) {
        if (!invoice.paidOn.isValid())
            errors.append(invalid(u"paidOn"_s, Tr::tr("A paid supplier invoice needs its payment date.")));
        else if (invoice.date.isValid() && invoice.paidOn < invoice.date)
            errors.append(invalid(u"paidOn"_s,
                                  Tr::tr("The payment date (%1) is before the invoice's date (%2).")
                                      .arg(frenchDate(invoice.paidOn), frenchDate(invoice.date))));
    }
    return errors;
}

} // namespace coop
