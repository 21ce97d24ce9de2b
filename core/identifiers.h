#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

namespace coop {

// Checks of the French and banking identifiers a back-office types in every day. Each takes what
// a person may type (spaces, dots or dashes between groups, lower case) and returns the canonical
// form (digits only; upper case for letters) or an error that says what is wrong: length,
// characters, or the check key. None of them contacts a registry: a number can be well formed and
// still not exist.

// SIREN: 9 digits, Luhn key. (La Poste's SIRENs, 356 000 000, are checked by its own rule.)
Result<QString> normalizeSiren(QStringView text);
// SIRET: 14 digits (SIREN + NIC), Luhn key over the 14 digits (La Poste: digit sum multiple of 5).
Result<QString> normalizeSiret(QStringView text);
// Intra-EU VAT number. For FR: "FR" + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97;
// other member states: 2-letter prefix + 2 to 13 letters/digits, checked for form only.
Result<QString> normalizeVatNumber(QStringView text);
// The French VAT number derived from a SIREN.
QString frenchVatNumberFor(const QString &siren);
// NIR (social security number): 13 characters + 2-digit key, key = 97 − (number mod 97);
// Corsica "2A"/"2B" in the department are read as 19/18 for the key. First digit 1 or 2, or 3, 4,
// 7, 8 (temporary numbers); month 01-12, or 20, 30-42, 50-99 when the month of birth is unknown.
Result<QString> normalizeNir(QStringView text);
// IBAN: country code, check digits (mod 97 = 1) and the country's length (FR: 27).
Result<QString> normalizeIban(QStringView text);
// BIC: 8 or 11 characters, 4 letters + country + location (+ branch).
Result<QString> normalizeBic(QStringView text);
// NAF/APE code: "62.01Z" (also typed "6201Z").
Result<QString> normalizeNafCode(QStringView text);

} // namespace coop
