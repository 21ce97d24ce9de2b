#include "customer.h"

#include "enumkeys_p.h"
#include "identifiers.h"
#include "rules_p.h"
#include "tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::checkIdentifier;
using detail::EnumKey;
using detail::invalid;

constexpr EnumKey<CustomerKind> CustomerKindKeys[] = {
    {CustomerKind::Company, "company"_L1},
    {CustomerKind::Individual, "individual"_L1},
};

constexpr int MaxPaymentTermDays = 60;

struct UnitName
{
    QLatin1StringView code;
    const char16_t *label;
};

// The labels are printed on the documents, which are written in French whatever the language of
// the interface: they are document content, not interface text, so they are not translated.
constexpr UnitName Units[] = {
    {"C62"_L1, u"unité"},   {"HUR"_L1, u"heure"}, {"DAY"_L1, u"jour"},
    {"MON"_L1, u"mois"},    {"WEE"_L1, u"semaine"}, {"KGM"_L1, u"kg"},
    {"MTR"_L1, u"m"},       {"MTK"_L1, u"m²"},    {"MTQ"_L1, u"m³"},
    {"LTR"_L1, u"l"},       {"H87"_L1, u"pièce"}, {"LS"_L1, u"forfait"},
    {"KMT"_L1, u"km"},
};

bool isEmailAddress(const QString &email)
{
    // The form only: whether the mailbox exists is the mail server's business.
    static const QRegularExpression form(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return form.match(email).hasMatch();
}

bool isCustomerAccount(const QString &account)
{
    static const QRegularExpression form(u"^411[A-Z0-9]{0,9}$"_s);
    return form.match(account).hasMatch();
}

bool isRevenueAccount(const QString &account)
{
    static const QRegularExpression form(u"^70[0-9]{1,10}$"_s);
    return form.match(account).hasMatch();
}

bool isCountryCode(const QString &code)
{
    static const QRegularExpression form(u"^[A-Z]{2}$"_s);
    return form.match(code).hasMatch();
}

} // namespace

QString customerKindKey(CustomerKind kind)
{
    return detail::keyOf(CustomerKindKeys, kind);
}

Result<CustomerKind> customerKindFromKey(QStringView key)
{
    const QString text = key.toString();
    return detail::fromKey(CustomerKindKeys, text, [&](const QString &known) {
        return Tr::tr("“%1” is not a kind of customer; expected one of: %2.").arg(text, known);
    });
}

QString Customer::displayName() const
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty())
        return trimmed;
    const QString full = firstName.trimmed() + u' ' + lastName.trimmed();
    return full.trimmed();
}

ValidationErrors validate(const Customer &customer)
{
    ValidationErrors errors;
    if (customer.kind == CustomerKind::Company) {
        if (customer.name.trimmed().isEmpty())
            errors.append(invalid(u"name"_s, Tr::tr("The customer's name is required.")));
    } else if (customer.name.trimmed().isEmpty() && customer.lastName.trimmed().isEmpty()) {
        errors.append(invalid(u"lastName"_s, Tr::tr("The customer's last name is required.")));
    }

    const Address &billing = customer.billingAddress;
    if (billing.postcode.trimmed().isEmpty()) {
        errors.append(invalid(u"billingAddress.postcode"_s,
                              Tr::tr("The billing address needs a postcode.")));
    }
    if (billing.city.trimmed().isEmpty()) {
        errors.append(invalid(u"billingAddress.city"_s,
                              Tr::tr("The billing address needs a city.")));
    }
    if (!isCountryCode(billing.country)) {
        errors.append(invalid(u"billingAddress.country"_s,
                              Tr::tr("“%1” is not a country code of two capital letters such as "
                                     "FR.")
                                  .arg(billing.country)));
    }
    if (!customer.deliveryAddress.isEmpty() && !isCountryCode(customer.deliveryAddress.country)) {
        errors.append(invalid(u"deliveryAddress.country"_s,
                              Tr::tr("“%1” is not a country code of two capital letters such as "
                                     "FR.")
                                  .arg(customer.deliveryAddress.country)));
    }

    // The 2026 reform prints the customer's SIREN on every invoice to a French business; a
    // foreign company has none, and a consumer is not a business.
    QString siren;
    const bool frenchCompany =
        customer.kind == CustomerKind::Company && billing.country == u"FR"_s;
    if (customer.siren.isEmpty()) {
        if (frenchCompany) {
            errors.append(invalid(u"siren"_s, Tr::tr("A French company customer needs its SIREN: "
                                                     "invoices must print it.")));
        }
    } else {
        siren = checkIdentifier(errors, u"siren"_s, customer.siren, normalizeSiren);
    }
    if (!customer.siret.isEmpty()) {
        const QString siret = checkIdentifier(errors, u"siret"_s, customer.siret, normalizeSiret);
        if (!siret.isEmpty() && !siren.isEmpty() && !siret.startsWith(siren)) {
            errors.append(invalid(u"siret"_s, Tr::tr("The SIRET %1 does not start with the "
                                                     "SIREN %2.")
                                                  .arg(siret, siren)));
        }
    }
    if (!customer.vatNumber.isEmpty()) {
        const QString vat =
            checkIdentifier(errors, u"vatNumber"_s, customer.vatNumber, normalizeVatNumber);
        if (vat.startsWith(u"FR"_s) && !siren.isEmpty() && vat != frenchVatNumberFor(siren)) {
            errors.append(invalid(u"vatNumber"_s,
                                  Tr::tr("The VAT number %1 does not match the SIREN %2, whose "
                                         "VAT number is %3.")
                                      .arg(vat, siren, frenchVatNumberFor(siren))));
        }
    }

    // C. com. L441-10: no more than sixty days from the invoice date.
    if (customer.paymentTermDays < 0 || customer.paymentTermDays > MaxPaymentTermDays) {
        errors.append(invalid(u"paymentTermDays"_s,
                              Tr::tr("Payment terms must be from 0 to %1 days, not %2.")
                                  .arg(MaxPaymentTermDays)
                                  .arg(customer.paymentTermDays)));
    }
    if (!customer.accountingAccount.isEmpty() && !isCustomerAccount(customer.accountingAccount)) {
        errors.append(invalid(u"accountingAccount"_s,
                              Tr::tr("The customer account “%1” must be 411 followed by up to 9 "
                                     "capital letters or digits, such as 411DUPONT.")
                                  .arg(customer.accountingAccount)));
    }
    if (!customer.email.isEmpty() && !isEmailAddress(customer.email)) {
        errors.append(invalid(u"email"_s, Tr::tr("“%1” is not an e-mail address such as "
                                                 "name@example.fr.")
                                              .arg(customer.email)));
    }
    return errors;
}

QStringList knownUnitCodes()
{
    QStringList codes;
    for (const UnitName &unit : Units)
        codes.append(QString(unit.code));
    return codes;
}

QString unitLabel(const QString &code)
{
    for (const UnitName &unit : Units) {
        if (unit.code == code)
            return QString::fromUtf16(unit.label);
    }
    return code;
}

QList<Rate> frenchVatRates()
{
    constexpr qint64 tenth = Rate::UnitsPerPercent / 10;
    return {Rate::fromUnits(200 * tenth), Rate::fromUnits(100 * tenth),
            Rate::fromUnits(55 * tenth), Rate::fromUnits(21 * tenth), Rate::fromUnits(0)};
}

bool isFrenchVatRate(Rate rate)
{
    return frenchVatRates().contains(rate);
}

QStringList standardExemptionMentions()
{
    // Legal references printed on the documents, which are in French: document content, not
    // interface text, so not translated.
    return {
        u"Autoliquidation (article 283-2 du CGI)"_s,
        u"TVA due par le preneur, article 196 de la directive 2006/112/CE"_s,
        u"Exonération de TVA, article 261-4-4° du CGI (formation professionnelle)"_s,
        u"Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)"_s,
        u"Exonération de TVA, article 262 I du CGI (exportation)"_s,
        u"TVA non applicable, article 259-1 du CGI"_s,
    };
}

ValidationErrors validate(const CatalogItem &item)
{
    ValidationErrors errors;
    if (item.designation.trimmed().isEmpty())
        errors.append(invalid(u"designation"_s, Tr::tr("The designation is required.")));
    if (!knownUnitCodes().contains(item.unit)) {
        errors.append(invalid(u"unit"_s, Tr::tr("“%1” is not a known unit; expected one of: %2.")
                                             .arg(item.unit, knownUnitCodes().join(u", "_s))));
    }
    if (item.unitPrice.isNegative()) {
        errors.append(invalid(u"unitPrice"_s, Tr::tr("A catalogue price cannot be negative (%1).")
                                                  .arg(item.unitPrice.toString())));
    }
    if (!isFrenchVatRate(item.vatRate)) {
        errors.append(invalid(u"vatRate"_s, Tr::tr("%1 % is not a French VAT rate (20, 10, 5.5, "
                                                   "2.1 or 0 %).")
                                                .arg(item.vatRate.toPercentString())));
    } else if (item.vatRate.isZero() && item.exemptionMention.trimmed().isEmpty()) {
        errors.append(invalid(u"exemptionMention"_s,
                              Tr::tr("An item at 0 % VAT needs the legal reference of its "
                                     "exemption.")));
    }
    if (!isRevenueAccount(item.revenueAccount)) {
        errors.append(invalid(u"revenueAccount"_s,
                              Tr::tr("The revenue account “%1” must be 70 followed by digits, "
                                     "such as 706000.")
                                  .arg(item.revenueAccount)));
    }
    return errors;
}

} // namespace coop
