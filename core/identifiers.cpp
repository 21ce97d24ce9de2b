#include "identifiers.h"

#include "tr.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// What people put between groups when they copy a number from a letter or a web page: spaces
// (including the non-breaking ones French typography uses), dots and dashes.
bool isGroupSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-';
}

QString compact(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isGroupSeparator(c))
            out.append(c.toUpper());
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiUpper(c);
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// The first character that is not an ASCII digit, or -1.
qsizetype firstNonDigit(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s[i]))
            return i;
    }
    return -1;
}

// Luhn (ISO/IEC 7812-1): from the right, every second digit is doubled (minus 9 above 9); the
// sum is a multiple of 10.
bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitValue(digits[i]);
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

int digitSum(QStringView digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += digitValue(c);
    return sum;
}

// The number a string of digits and letters (A = 10 … Z = 35) stands for, mod 97, computed
// piecewise so that an IBAN of 34 characters never needs big integers (ISO 7064 MOD 97-10).
int mod97(QStringView s)
{
    int r = 0;
    for (const QChar c : s) {
        if (isAsciiDigit(c)) {
            r = (r * 10 + digitValue(c)) % 97;
        } else {
            const int v = c.unicode() - u'A' + 10;
            r = (r * 100 + v) % 97;
        }
    }
    return r;
}

Result<QString> digitsOnly(QStringView typed, const QString &digits, qsizetype length,
                           const QString &what)
{
    if (digits.isEmpty())
        return fail(ErrorCode::ParseError, Tr::tr("No %1 was given.").arg(what));
    if (const qsizetype bad = firstNonDigit(digits); bad >= 0) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a %2: “%3” is not a digit.")
                        .arg(typed, what, QString(digits[bad])));
    }
    if (digits.size() != length) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a %2: it has %3 digits instead of %4.")
                        .arg(typed.toString(), what)
                        .arg(digits.size())
                        .arg(length));
    }
    return digits;
}

constexpr QLatin1StringView LaPosteSiren("356000000");

// IBAN lengths (SWIFT IBAN Registry) of the EU and EEA states, the microstates that use the euro,
// Switzerland and the United Kingdom: the banks a French cooperative and its customers use.
const QHash<QString, int> &ibanLengths()
{
    static const QHash<QString, int> lengths = {
        {u"AD"_s, 24}, {u"AT"_s, 20}, {u"BE"_s, 16}, {u"BG"_s, 22}, {u"CH"_s, 21},
        {u"CY"_s, 28}, {u"CZ"_s, 24}, {u"DE"_s, 22}, {u"DK"_s, 18}, {u"EE"_s, 20},
        {u"ES"_s, 24}, {u"FI"_s, 18}, {u"FO"_s, 18}, {u"FR"_s, 27}, {u"GB"_s, 22},
        {u"GI"_s, 23}, {u"GL"_s, 18}, {u"GR"_s, 27}, {u"HR"_s, 21}, {u"HU"_s, 28},
        {u"IE"_s, 22}, {u"IS"_s, 26}, {u"IT"_s, 27}, {u"LI"_s, 21}, {u"LT"_s, 20},
        {u"LU"_s, 20}, {u"LV"_s, 21}, {u"MC"_s, 27}, {u"MT"_s, 31}, {u"NL"_s, 18},
        {u"NO"_s, 15}, {u"PL"_s, 28}, {u"PT"_s, 25}, {u"RO"_s, 24}, {u"SE"_s, 24},
        {u"SI"_s, 19}, {u"SK"_s, 24}, {u"SM"_s, 27}, {u"VA"_s, 22},
    };
    return lengths;
}

// Prefixes of intra-EU VAT numbers (VIES): the member states, Greece as "EL", and Northern
// Ireland ("XI"), which keeps EU VAT rules for goods.
bool isEuVatPrefix(QStringView prefix)
{
    static const QStringList prefixes = {
        u"AT"_s, u"BE"_s, u"BG"_s, u"CY"_s, u"CZ"_s, u"DE"_s, u"DK"_s, u"EE"_s, u"EL"_s,
        u"ES"_s, u"FI"_s, u"FR"_s, u"HR"_s, u"HU"_s, u"IE"_s, u"IT"_s, u"LT"_s, u"LU"_s,
        u"LV"_s, u"MT"_s, u"NL"_s, u"PL"_s, u"PT"_s, u"RO"_s, u"SE"_s, u"SI"_s, u"SK"_s,
        u"XI"_s,
    };
    return prefixes.contains(prefix);
}

QString frenchVatKey(QStringView siren)
{
    const qint64 n = siren.toLongLong();
    return u"%1"_s.arg((12 + 3 * (n % 97)) % 97, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<QString> normalizeSiren(QStringView text)
{
    const QString siren = compact(text);
    const auto digits = digitsOnly(text, siren, 9, Tr::tr("SIREN"));
    if (!digits)
        return digits;
    // La Poste's SIREN passes Luhn too; only its SIRETs need their own rule.
    if (!luhnValid(siren)) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a valid SIREN: its check digit is wrong (a mistyped "
                           "digit?).")
                        .arg(text));
    }
    return siren;
}

Result<QString> normalizeSiret(QStringView text)
{
    const QString siret = compact(text);
    const auto digits = digitsOnly(text, siret, 14, Tr::tr("SIRET"));
    if (!digits)
        return digits;
    if (!luhnValid(QStringView(siret).first(9))) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a valid SIRET: its first nine digits are not a valid "
                           "SIREN.")
                        .arg(text));
    }
    // INSEE numbers La Poste's establishments (SIREN 356 000 000) beyond what a Luhn key allows,
    // so their SIRET only has digits adding up to a multiple of 5; the head office
    // (356 000 000 00048) is a plain Luhn number. Either rule is accepted for La Poste.
    const bool laPoste = QStringView(siret).first(9) == LaPosteSiren;
    if (!luhnValid(siret) && !(laPoste && digitSum(siret) % 5 == 0)) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a valid SIRET: its check digit is wrong (a mistyped "
                           "digit?).")
                        .arg(text));
    }
    return siret;
}

Result<QString> normalizeVatNumber(QStringView text)
{
    const QString vat = compact(text);
    if (vat.size() < 2 || !isAsciiUpper(vat[0]) || !isAsciiUpper(vat[1])) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an intra-EU VAT number: it must start with the "
                           "two-letter code of a member state, such as FR.")
                        .arg(text));
    }
    const QStringView prefix = QStringView(vat).first(2);
    if (!isEuVatPrefix(prefix)) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an intra-EU VAT number: “%2” is not the code of an EU "
                           "member state (Greece is EL).")
                        .arg(text.toString(), prefix.toString()));
    }
    const QStringView rest = QStringView(vat).sliced(2);
    if (prefix == u"FR") {
        if (rest.size() != 11 || firstNonDigit(rest) >= 0) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“%1” is not a French VAT number: expected FR, a two-digit key "
                               "and the nine digits of the SIREN.")
                            .arg(text));
        }
        const QStringView siren = rest.sliced(2);
        if (!luhnValid(siren)) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“%1” is not a valid French VAT number: “%2” is not a valid "
                               "SIREN.")
                            .arg(text.toString(), siren.toString()));
        }
        // CGI ann. IV art. 286 ter: key = (12 + 3 × (SIREN mod 97)) mod 97.
        const QString key = frenchVatKey(siren);
        if (rest.first(2) != key) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“%1” is not a valid French VAT number: the key for SIREN %2 is "
                               "%3, not %4.")
                            .arg(text.toString(), siren.toString(), key,
                                 rest.first(2).toString()));
        }
        return vat;
    }
    bool alnum = true;
    for (const QChar c : rest)
        alnum = alnum && isAsciiAlnum(c);
    if (!alnum || rest.size() < 2 || rest.size() > 13) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an intra-EU VAT number: after the country code, expected "
                           "2 to 13 letters or digits.")
                        .arg(text));
    }
    return vat;
}

QString frenchVatNumberFor(const QString &siren)
{
    return u"FR"_s + frenchVatKey(siren) + siren;
}

Result<QString> normalizeNir(QStringView text)
{
    const QString nir = compact(text);
    const QString what = Tr::tr("social security number (NIR)");
    if (nir.size() != 15) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a %2: it has %3 characters instead of 15 (13 and the "
                           "2-digit key).")
                        .arg(text.toString(), what)
                        .arg(nir.size()));
    }
    // Only the department (characters 6-7) may hold a letter: 2A and 2B, Corsica since 1976.
    const bool corsica = nir[5] == u'2' && (nir[6] == u'A' || nir[6] == u'B');
    for (qsizetype i = 0; i < nir.size(); ++i) {
        if (corsica && i == 6)
            continue;
        if (!isAsciiDigit(nir[i])) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“%1” is not a %2: “%3” is not a digit (only Corsica's 2A and 2B "
                               "hold a letter, in the department).")
                            .arg(text.toString(), what, QString(nir[i])));
        }
    }
    // 1 and 2: men and women; 3 and 4, 7 and 8: temporary numbers given while a person born
    // abroad is being registered, which payroll must accept until the final one comes.
    const QChar sex = nir[0];
    if (!(sex == u'1' || sex == u'2' || sex == u'3' || sex == u'4' || sex == u'7'
          || sex == u'8')) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a %2: it starts with %3, where 1 or 2 (or 3, 4, 7, 8 for "
                           "a temporary number) is expected.")
                        .arg(text.toString(), what, QString(sex)));
    }
    // Months 20, 30-42 and 50-99 are given to people whose month of birth is unknown.
    const int month = QStringView(nir).sliced(3, 2).toInt();
    const bool monthOk = (month >= 1 && month <= 12) || month == 20
                         || (month >= 30 && month <= 42) || month >= 50;
    if (!monthOk) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a %2: “%3” is not a month of birth (01 to 12, or 20, "
                           "30-42, 50-99 when unknown).")
                        .arg(text.toString(), what, nir.sliced(3, 2)));
    }
    // The key is computed with 2A read as 19 and 2B as 18.
    QString number = nir.first(13);
    if (corsica)
        number.replace(5, 2, nir[6] == u'A' ? u"19"_s : u"18"_s);
    const int key = 97 - static_cast<int>(number.toLongLong() % 97);
    if (QStringView(nir).sliced(13).toInt() != key) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a valid %2: its key should be %3, not %4 (a mistyped "
                           "digit?).")
                        .arg(text.toString(), what,
                             u"%1"_s.arg(key, 2, 10, QLatin1Char('0')), nir.sliced(13)));
    }
    return nir;
}

Result<QString> normalizeIban(QStringView text)
{
    const QString iban = compact(text);
    if (iban.size() < 4 || !isAsciiUpper(iban[0]) || !isAsciiUpper(iban[1])
        || !isAsciiDigit(iban[2]) || !isAsciiDigit(iban[3])) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an IBAN: it must start with a two-letter country code "
                           "and two check digits, such as FR76.")
                        .arg(text));
    }
    for (const QChar c : iban) {
        if (!isAsciiAlnum(c)) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("“%1” is not an IBAN: “%2” is neither a letter nor a digit.")
                            .arg(text.toString(), QString(c)));
        }
    }
    const QString country = iban.first(2);
    const auto length = ibanLengths().constFind(country);
    if (length == ibanLengths().constEnd()) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1”: IBANs of country %2 are not supported (only the EU, the EEA, "
                           "Switzerland and the United Kingdom).")
                        .arg(text.toString(), country));
    }
    if (iban.size() != *length) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not an IBAN of country %2: it has %3 characters instead of "
                           "%4.")
                        .arg(text.toString(), country)
                        .arg(iban.size())
                        .arg(*length));
    }
    // ISO 13616: the country code and check digits moved to the end, the whole is 1 mod 97.
    const QString rearranged = iban.sliced(4) + iban.first(4);
    if (mod97(rearranged) != 1) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a valid IBAN: its check digits do not match (a mistyped "
                           "character?).")
                        .arg(text));
    }
    return iban;
}

Result<QString> normalizeBic(QStringView text)
{
    const QString bic = compact(text);
    bool valid = bic.size() == 8 || bic.size() == 11;
    // ISO 9362: institution (4 letters), country (2 letters), location (2), branch (3).
    for (qsizetype i = 0; valid && i < bic.size(); ++i)
        valid = i < 6 ? isAsciiUpper(bic[i]) : isAsciiAlnum(bic[i]);
    if (!valid) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a BIC: expected 8 or 11 characters, six letters (bank and "
                           "country) then letters or digits, such as BNPAFRPPXXX.")
                        .arg(text));
    }
    return bic;
}

Result<QString> normalizeNafCode(QStringView text)
{
    const QString naf = compact(text); // "62.01Z" and "6201Z" both become "6201Z"
    const bool valid = naf.size() == 5 && isAsciiDigit(naf[0]) && isAsciiDigit(naf[1])
                       && isAsciiDigit(naf[2]) && isAsciiDigit(naf[3]) && isAsciiUpper(naf[4]);
    if (!valid) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a NAF code: expected four digits and a letter, such as "
                           "62.01Z.")
                        .arg(text));
    }
    return QString(naf.first(2) + u'.' + naf.sliced(2));
}

} // namespace coop
