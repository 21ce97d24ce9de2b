#include "cooperative.h"

#include "identifiers.h"
#include "numbering.h"
#include "rules_p.h"
#include "tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::checkIdentifier;
using detail::invalid;

void checkPercentage(ValidationErrors &errors, const QString &field, Rate rate,
                     const QString &what)
{
    if (rate.isNegative() || rate > Rate::fromUnits(Rate::UnitsPerOne)) {
        errors.append(invalid(field, Tr::tr("The %1 of %2 % is not between 0 % and 100 %.")
                                         .arg(what, rate.toPercentString())));
    }
}

void checkNumberTemplate(ValidationErrors &errors, const QString &field, const QString &pattern)
{
    // The template's own parser says what is wrong and where: an unknown placeholder, no sequence
    // (two documents of the same day would get the same number, and the law asks for a unique,
    // continuous sequence, CGI ann. II art. 242 nonies A), or two of them.
    if (auto parsed = NumberTemplate::parse(pattern); !parsed)
        errors.append(invalid(field, parsed.error().message()));
}

} // namespace

ValidationErrors validate(const CooperativeSettings &settings)
{
    ValidationErrors errors;

    if (settings.name.trimmed().isEmpty())
        errors.append(invalid(u"name"_s, Tr::tr("The cooperative's name is required.")));
    if (settings.capital.isNegative()) {
        errors.append(invalid(u"capital"_s, Tr::tr("The share capital cannot be negative (%1).")
                                                .arg(settings.capital.toString())));
    }

    QString siren;
    if (settings.siren.isEmpty()) {
        errors.append(invalid(u"siren"_s, Tr::tr("The cooperative's SIREN is required: it is "
                                                 "printed on every invoice.")));
    } else {
        siren = checkIdentifier(errors, u"siren"_s, settings.siren, normalizeSiren);
    }
    if (!settings.siret.isEmpty()) {
        const QString siret = checkIdentifier(errors, u"siret"_s, settings.siret, normalizeSiret);
        if (!siret.isEmpty() && !siren.isEmpty() && !siret.startsWith(siren)) {
            errors.append(invalid(u"siret"_s, Tr::tr("The SIRET %1 does not start with the "
                                                     "SIREN %2.")
                                                  .arg(siret, siren)));
        }
    }
    if (!settings.vatNumber.isEmpty()) {
        const QString vat =
            checkIdentifier(errors, u"vatNumber"_s, settings.vatNumber, normalizeVatNumber);
        if (!vat.isEmpty() && !siren.isEmpty() && vat != frenchVatNumberFor(siren)) {
            errors.append(invalid(u"vatNumber"_s,
                                  Tr::tr("The VAT number %1 does not match the SIREN %2, whose "
                                         "VAT number is %3.")
                                      .arg(vat, siren, frenchVatNumberFor(siren))));
        }
    }
    if (!settings.nafCode.isEmpty())
        checkIdentifier(errors, u"nafCode"_s, settings.nafCode, normalizeNafCode);
    if (!settings.iban.isEmpty())
        checkIdentifier(errors, u"iban"_s, settings.iban, normalizeIban);
    if (!settings.bic.isEmpty())
        checkIdentifier(errors, u"bic"_s, settings.bic, normalizeBic);

    if (settings.headcount < 0) {
        errors.append(invalid(u"headcount"_s, Tr::tr("The headcount cannot be negative (%1).")
                                                  .arg(settings.headcount)));
    }
    checkPercentage(errors, u"atMpRate"_s, settings.atMpRate, Tr::tr("AT/MP rate"));
    checkPercentage(errors, u"mobilityRate"_s, settings.mobilityRate,
                    Tr::tr("versement mobilité rate"));
    if (settings.mutuelleMonthlyAmount.isNegative()) {
        errors.append(invalid(u"mutuelleMonthlyAmount"_s,
                              Tr::tr("The mutuelle's monthly amount cannot be negative (%1).")
                                  .arg(settings.mutuelleMonthlyAmount.toString())));
    }
    checkPercentage(errors, u"mutuelleEmployerShare"_s, settings.mutuelleEmployerShare,
                    Tr::tr("employer's share of the mutuelle"));
    if (settings.fiscalYearStartMonth < 1 || settings.fiscalYearStartMonth > 12) {
        errors.append(invalid(u"fiscalYearStartMonth"_s,
                              Tr::tr("The fiscal year must start in a month from 1 to 12, not "
                                     "%1.")
                                  .arg(settings.fiscalYearStartMonth)));
    }
    checkNumberTemplate(errors, u"invoiceNumberTemplate"_s, settings.invoiceNumberTemplate);
    checkNumberTemplate(errors, u"creditNoteNumberTemplate"_s,
                        settings.creditNoteNumberTemplate);
    return errors;
}

QDate fiscalYearStart(const CooperativeSettings &settings, QDate date)
{
    const int month = settings.fiscalYearStartMonth >= 1 && settings.fiscalYearStartMonth <= 12
                          ? settings.fiscalYearStartMonth
                          : 1;
    QDate start(date.year(), month, 1);
    if (start > date)
        start = start.addYears(-1);
    return start;
}

} // namespace coop
