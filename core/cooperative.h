#pragma once

#include "address.h"
#include "money.h"
#include "rate.h"
#include "validation.h"

#include <QDate>
#include <QString>

namespace coop {

// The cooperative's own settings (one per store/tenant), edited by an admin. Used on every
// document (identity, legal mentions), by payroll (headcount, AT/MP, mobility, mutuelle) and
// accounting (fiscal year).
struct CooperativeSettings
{
    QString name;
    QString legalForm = QStringLiteral("SCOP SARL"); // e.g. "SCOP SA", "SCIC SAS"
    Money capital;
    QString siren;       // 9 digits
    QString siret;       // 14 digits, must start with the SIREN
    QString vatNumber;   // FR + key + SIREN
    Address address;
    QString rcsCity;     // "RCS Lyon"
    QString nafCode;     // "78.30Z"
    int headcount = 0;   // employees, for payroll thresholds (11 / 50 / 250)
    Rate atMpRate;       // accident du travail / maladie professionnelle, e.g. 2.08 %
    Rate mobilityRate;   // versement mobilité of the commune, 0 where none
    Money mutuelleMonthlyAmount;
    Rate mutuelleEmployerShare; // share of the mutuelle paid by the employer, e.g. 50 %
    int fiscalYearStartMonth = 1; // 1..12; the fiscal year starts on the 1st of this month
    QString invoiceNumberTemplate = QStringLiteral("{YYYY}-{ANA}-{SEQYEAR}");
    QString creditNoteNumberTemplate = QStringLiteral("AV{YYYY}-{SEQYEAR}");
    QString iban;
    QString bic;
    QString bankName;

    bool operator==(const CooperativeSettings &) const = default;
};

// Every problem of the settings, each at its field: required identity, SIREN/SIRET/VAT/IBAN/BIC
// keys, the SIRET starting with the SIREN, the VAT number matching the SIREN, rates within
// 0-100 %, month 1-12, numbering templates that contain a sequence placeholder.
ValidationErrors validate(const CooperativeSettings &settings);

// The first day of the fiscal year that contains `date` (settings.fiscalYearStartMonth, January
// when it is out of range).
QDate fiscalYearStart(const CooperativeSettings &settings, QDate date);

} // namespace coop
