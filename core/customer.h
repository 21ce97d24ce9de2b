#pragma once

#include "address.h"
#include "fixedpoint.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace coop {

enum class CustomerKind {
    Company,    // a business or public body: B2B mentions (SIREN, 40 € indemnity) apply
    Individual, // a consumer
};
QString customerKindKey(CustomerKind kind);              // "company", "individual"
Result<CustomerKind> customerKindFromKey(QStringView key);

// A customer of one activity (each entrepreneur has their own customers, DOMAIN.md §3).
struct Customer
{
    QString id;          // UUID
    QString activityId;
    CustomerKind kind = CustomerKind::Company;
    QString name;        // company name; for an individual "First Last" as printed
    QString firstName;   // individuals only
    QString lastName;    // individuals only
    QString siren;       // company: 9 digits (required for a French company, reform mention)
    QString siret;       // optional; starts with the SIREN
    QString vatNumber;   // intra-EU VAT number, optional; an FR number must match the SIREN
    Address billingAddress;
    Address deliveryAddress;    // empty when the same as billing
    int paymentTermDays = 30;   // 0 (on receipt) to 60 (C. com. L441-10 ceiling)
    QString accountingAccount;  // customer account, "411" + up to 9 letters/digits ("411DUPONT")
    QString email;
    QString contactName;
    bool archived = false;
    qint64 version = 0;

    // The name as printed and sorted: `name`, or "First Last" for an individual without one.
    QString displayName() const;
    bool operator==(const Customer &) const = default;
};

// Every problem at its field: name (or last name) present; billing address with postcode and city;
// a company in France has a valid SIREN; SIRET key and SIRET starting with the SIREN; VAT number
// key and, for FR, matching the SIREN; payment terms 0-60 days; account "411…"; e-mail shape.
ValidationErrors validate(const Customer &customer);

// The units a line may be counted in, as UN/ECE Recommendation 20 codes (what CII BT-130 wants)
// with their French label for the documents: C62 unité, HUR heure, DAY jour, MON mois, WEE semaine,
// KGM kg, MTR m, MTK m², MTQ m³, LTR l, H87 pièce, LS forfait, KMT km.
QStringList knownUnitCodes();
QString unitLabel(const QString &code); // French, for the PDF; the code itself when unknown

// The VAT rates of mainland France (20, 10, 5.5, 2.1, 0 %), highest first.
QList<Rate> frenchVatRates();
bool isFrenchVatRate(Rate rate);

// Exemption mentions offered for 0 % lines (the user may type another legal reference).
QStringList standardExemptionMentions();

// One product or service of an activity's catalogue, copied into a line when chosen.
struct CatalogItem
{
    QString id;
    QString activityId;
    QString designation;
    QString unit = QStringLiteral("C62"); // UN/ECE Rec 20 code
    UnitPrice unitPrice;                  // excluding VAT, 5 decimals
    Rate vatRate = Rate::fromUnits(20 * Rate::UnitsPerPercent);
    QString exemptionMention;             // required at 0 %
    QString revenueAccount = QStringLiteral("706000"); // "70" + digits
    bool archived = false;
    qint64 version = 0;

    bool operator==(const CatalogItem &) const = default;
};

// Designation present, known unit, price ≥ 0, a French VAT rate, mention at 0 %, account "70…".
ValidationErrors validate(const CatalogItem &item);

} // namespace coop
