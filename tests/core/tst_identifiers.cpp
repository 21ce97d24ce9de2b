#include "core/identifiers.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// The check keys below were computed by hand from the rules (Luhn; VAT (12 + 3 × (SIREN mod 97))
// mod 97; NIR 97 − (13 digits mod 97) with 2A → 19, 2B → 18; IBAN ISO 13616 mod 97), and the
// company numbers are public ones (Danone 552 032 534, Orange 380 129 866, La Poste 356 000 000).

namespace {

Result<QString> normalize(const QString &kind, QStringView text)
{
    if (kind == u"siren")
        return normalizeSiren(text);
    if (kind == u"siret")
        return normalizeSiret(text);
    if (kind == u"vat")
        return normalizeVatNumber(text);
    if (kind == u"nir")
        return normalizeNir(text);
    if (kind == u"iban")
        return normalizeIban(text);
    if (kind == u"bic")
        return normalizeBic(text);
    if (kind == u"naf")
        return normalizeNafCode(text);
    qFatal("unknown identifier kind");
}

QByteArray errorText(const Result<QString> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace

class tst_Identifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void frenchVatNumberFor_data();
    void frenchVatNumberFor();
    void canonicalFormIsAFixedPoint_data();
    void canonicalFormIsAFixedPoint();
};

void tst_Identifiers::accepts_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("Danone's SIREN") << u"siren"_s << u"552032534"_s << u"552032534"_s;
    QTest::newRow("Orange's SIREN") << u"siren"_s << u"380129866"_s << u"380129866"_s;
    QTest::newRow("a SIREN typed in groups of three")
        << u"siren"_s << u"552 032 534"_s << u"552032534"_s;
    QTest::newRow("a SIREN pasted with non-breaking spaces")
        << u"siren"_s << u"552\u00A0032\u202F534"_s << u"552032534"_s;
    QTest::newRow("La Poste's SIREN passes the Luhn key")
        << u"siren"_s << u"356000000"_s << u"356000000"_s;

    QTest::newRow("a Danone SIRET") << u"siret"_s << u"55203253400646"_s << u"55203253400646"_s;
    QTest::newRow("a SIRET typed as SIREN and NIC")
        << u"siret"_s << u"380 129 866 46850"_s << u"38012986646850"_s;
    QTest::newRow("La Poste's head office SIRET is a plain Luhn number")
        << u"siret"_s << u"35600000000048"_s << u"35600000000048"_s;
    QTest::newRow("a La Poste office SIRET: no Luhn key, digits add up to 45, a multiple of 5")
        << u"siret"_s << u"356 000 000 49837"_s << u"35600000049837"_s;

    QTest::newRow("Danone's VAT key is 27")
        << u"vat"_s << u"FR27552032534"_s << u"FR27552032534"_s;
    QTest::newRow("a French VAT number typed in lower case with spaces")
        << u"vat"_s << u"fr 89 380 129 866"_s << u"FR89380129866"_s;
    QTest::newRow("La Poste's VAT key is 39")
        << u"vat"_s << u"FR39356000000"_s << u"FR39356000000"_s;
    QTest::newRow("another member state's number is checked for its form only")
        << u"vat"_s << u"DE123456789"_s << u"DE123456789"_s;
    QTest::newRow("Greece's VAT numbers start with EL")
        << u"vat"_s << u"EL123456789"_s << u"EL123456789"_s;
    QTest::newRow("a Dutch VAT number holds letters")
        << u"vat"_s << u"nl123456789b01"_s << u"NL123456789B01"_s;

    QTest::newRow("NIR of a man born in May 1985 in the Yvelines, key 91")
        << u"nir"_s << u"1 85 05 78 006 084 91"_s << u"185057800608491"_s;
    QTest::newRow("NIR born in Corse-du-Sud: 2A is read as 19, key 51")
        << u"nir"_s << u"2 90 11 2A 004 123 51"_s << u"290112A00412351"_s;
    QTest::newRow("NIR born in Haute-Corse: 2B is read as 18, key 87")
        << u"nir"_s << u"1 78 03 2B 033 045 87"_s << u"178032B03304587"_s;
    QTest::newRow("NIR with Corsica typed in lower case")
        << u"nir"_s << u"290112a00412351"_s << u"290112A00412351"_s;
    QTest::newRow("NIR of a man born abroad, department 99, key 30")
        << u"nir"_s << u"1-80-12-99-135-042-30"_s << u"180129913504230"_s;
    QTest::newRow("temporary NIR starting with 7, key 95")
        << u"nir"_s << u"785059912345695"_s << u"785059912345695"_s;
    QTest::newRow("NIR with month 20 for an unknown month of birth, key 69")
        << u"nir"_s << u"285207512345669"_s << u"285207512345669"_s;
    QTest::newRow("NIR with month 42, the last of the 30-42 range, key 83")
        << u"nir"_s << u"185427512345683"_s << u"185427512345683"_s;
    QTest::newRow("NIR with month 50 for an unknown month of birth, key 17")
        << u"nir"_s << u"185507512345617"_s << u"185507512345617"_s;

    QTest::newRow("the French IBAN of the ISO 13616 example")
        << u"iban"_s << u"FR76 3000 6000 0112 3456 7890 189"_s
        << u"FR7630006000011234567890189"_s;
    QTest::newRow("a French IBAN in lower case")
        << u"iban"_s << u"fr7630006000011234567890189"_s << u"FR7630006000011234567890189"_s;
    QTest::newRow("a German IBAN, 22 characters")
        << u"iban"_s << u"DE89 3704 0044 0532 0130 00"_s << u"DE89370400440532013000"_s;
    QTest::newRow("a British IBAN with letters in the bank code")
        << u"iban"_s << u"GB82 WEST 1234 5698 7654 32"_s << u"GB82WEST12345698765432"_s;
    QTest::newRow("a Swiss IBAN, 21 characters")
        << u"iban"_s << u"CH93 0076 2011 6238 5295 7"_s << u"CH9300762011623852957"_s;
    QTest::newRow("a Belgian IBAN, 16 characters")
        << u"iban"_s << u"BE68 5390 0754 7034"_s << u"BE68539007547034"_s;

    QTest::newRow("an 11-character BIC") << u"bic"_s << u"BNPAFRPPXXX"_s << u"BNPAFRPPXXX"_s;
    QTest::newRow("an 8-character BIC typed in lower case with spaces")
        << u"bic"_s << u"bnpa fr pp"_s << u"BNPAFRPP"_s;
    QTest::newRow("a BIC with digits in its location and branch")
        << u"bic"_s << u"AGRIFRPP882"_s << u"AGRIFRPP882"_s;

    QTest::newRow("NAF code with its dot") << u"naf"_s << u"62.01Z"_s << u"62.01Z"_s;
    QTest::newRow("NAF code typed without the dot, in lower case")
        << u"naf"_s << u"7830z"_s << u"78.30Z"_s;
}

void tst_Identifiers::accepts()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const Result<QString> result = normalize(kind, text);
    QVERIFY2(result, errorText(result).constData());
    QCOMPARE(*result, canonical);
}

void tst_Identifiers::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("because"); // a piece of the message that gives the reason

    QTest::newRow("a SIREN with one digit changed fails the Luhn key")
        << u"siren"_s << u"552032535"_s << u"check digit is wrong"_s;
    QTest::newRow("eight digits are not a SIREN")
        << u"siren"_s << u"55203253"_s << u"8 digits instead of 9"_s;
    QTest::newRow("ten digits are not a SIREN")
        << u"siren"_s << u"5520325340"_s << u"10 digits instead of 9"_s;
    QTest::newRow("a letter in a SIREN") << u"siren"_s << u"55203253A"_s << u"“A” is not a digit"_s;
    QTest::newRow("an empty SIREN") << u"siren"_s << QString() << u"No SIREN"_s;

    QTest::newRow("a SIRET with a wrong key")
        << u"siret"_s << u"55203253400647"_s << u"check digit is wrong"_s;
    QTest::newRow("a SIRET with a Luhn key but a wrong SIREN")
        << u"siret"_s << u"55203253500007"_s << u"first nine digits"_s;
    QTest::newRow("a La Poste SIRET with neither a Luhn key nor a digit sum of 5")
        << u"siret"_s << u"35600000049838"_s << u"check digit is wrong"_s;
    QTest::newRow("the digit-sum rule is La Poste's alone")
        << u"siret"_s << u"55203253400001"_s << u"check digit is wrong"_s;
    QTest::newRow("thirteen digits are not a SIRET")
        << u"siret"_s << u"5520325340064"_s << u"13 digits instead of 14"_s;

    QTest::newRow("a French VAT number with the wrong key")
        << u"vat"_s << u"FR28552032534"_s << u"the key for SIREN 552032534 is 27, not 28"_s;
    QTest::newRow("a French VAT number with the key of a wrong SIREN")
        << u"vat"_s << u"FR30552032535"_s << u"“552032535” is not a valid SIREN"_s;
    QTest::newRow("a French VAT number without its key")
        << u"vat"_s << u"FR552032534"_s << u"two-digit key"_s;
    QTest::newRow("a French VAT number with a letter key")
        << u"vat"_s << u"FRAB552032534"_s << u"two-digit key"_s;
    QTest::newRow("a country outside the EU")
        << u"vat"_s << u"US123456789"_s << u"“US” is not the code of an EU member state"_s;
    QTest::newRow("Greece is EL, not GR")
        << u"vat"_s << u"GR123456789"_s << u"Greece is EL"_s;
    QTest::newRow("a VAT number without a country")
        << u"vat"_s << u"552032534"_s << u"two-letter code"_s;
    QTest::newRow("an EU VAT number too short")
        << u"vat"_s << u"DE1"_s << u"2 to 13 letters or digits"_s;
    QTest::newRow("an EU VAT number too long")
        << u"vat"_s << u"DE12345678901234"_s << u"2 to 13 letters or digits"_s;

    QTest::newRow("a NIR with a wrong key")
        << u"nir"_s << u"185057800608492"_s << u"key should be 91, not 92"_s;
    QTest::newRow("Corsica 2A with the key of 2B is refused")
        << u"nir"_s << u"290112A00412378"_s << u"key should be 51, not 78"_s;
    QTest::newRow("Corsica 2B with the key of 2A is refused")
        << u"nir"_s << u"290112B00412351"_s << u"key should be 78, not 51"_s;
    QTest::newRow("department 2C does not exist")
        << u"nir"_s << u"290112C00412351"_s << u"“C” is not a digit"_s;
    QTest::newRow("a letter outside the department")
        << u"nir"_s << u"1850578006084A1"_s << u"“A” is not a digit"_s;
    QTest::newRow("a NIR starting with 5, though its key 85 is right")
        << u"nir"_s << u"585057800608485"_s << u"starts with 5"_s;
    QTest::newRow("month 13 is not a month of birth, though the key 25 is right")
        << u"nir"_s << u"185137800608425"_s << u"“13” is not a month of birth"_s;
    QTest::newRow("month 00 is not a month of birth, though the key 11 is right")
        << u"nir"_s << u"185007800608411"_s << u"“00” is not a month of birth"_s;
    QTest::newRow("13 characters without the key")
        << u"nir"_s << u"1850578006084"_s << u"13 characters instead of 15"_s;

    QTest::newRow("a French IBAN with a wrong check digit")
        << u"iban"_s << u"FR76 3000 6000 0112 3456 7890 188"_s << u"check digits do not match"_s;
    QTest::newRow("a French IBAN with two digits swapped")
        << u"iban"_s << u"FR76 3000 6000 0112 3456 7809 189"_s << u"check digits do not match"_s;
    QTest::newRow("a French IBAN one character short")
        << u"iban"_s << u"FR76 3000 6000 0112 3456 7890 18"_s
        << u"26 characters instead of 27"_s;
    QTest::newRow("a German IBAN one character long")
        << u"iban"_s << u"DE89 3704 0044 0532 0130 000"_s << u"23 characters instead of 22"_s;
    QTest::newRow("a country outside the table, even with a valid key")
        << u"iban"_s << u"US64SVBKUS6S3300958879"_s << u"country US are not supported"_s;
    QTest::newRow("an IBAN without check digits")
        << u"iban"_s << u"FRXX30006000011234567890189"_s << u"two check digits"_s;
    QTest::newRow("punctuation inside an IBAN")
        << u"iban"_s << u"FR76 3000 6000 0112 3456 7890 18*"_s << u"“*” is neither"_s;

    QTest::newRow("a digit in the bank code of a BIC")
        << u"bic"_s << u"BNP1FRPP"_s << u"six letters"_s;
    QTest::newRow("a digit in the country of a BIC")
        << u"bic"_s << u"BNPAF1PP"_s << u"six letters"_s;
    QTest::newRow("a nine-character BIC") << u"bic"_s << u"BNPAFRPPX"_s << u"8 or 11"_s;

    QTest::newRow("a NAF code with three digits")
        << u"naf"_s << u"620Z"_s << u"four digits and a letter"_s;
    QTest::newRow("a NAF code without its letter")
        << u"naf"_s << u"62.01"_s << u"four digits and a letter"_s;
    QTest::newRow("a NAF code with letters for digits")
        << u"naf"_s << u"AB.CDZ"_s << u"four digits and a letter"_s;
}

void tst_Identifiers::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, because);

    const Result<QString> result = normalize(kind, text);
    QVERIFY2(!result, qPrintable(u"accepted as "_s + result.value_or(QString())));
    QCOMPARE(result.error().code(), ErrorCode::ParseError);
    QVERIFY2(result.error().message().contains(because), errorText(result).constData());
    // The person sees which value is wrong.
    QVERIFY2(result.error().message().contains(text), errorText(result).constData());
    QVERIFY(result.error().where().isEmpty());
}

void tst_Identifiers::frenchVatNumberFor_data()
{
    QTest::addColumn<QString>("siren");
    QTest::addColumn<QString>("vat");

    QTest::newRow("Danone: SIREN mod 97 = 5, (12 + 3 × 5) mod 97 = 27")
        << u"552032534"_s << u"FR27552032534"_s;
    QTest::newRow("Orange") << u"380129866"_s << u"FR89380129866"_s;
    QTest::newRow("EDF: (12 + 3 × 94) mod 97 = 3 keeps its leading zero")
        << u"552081317"_s << u"FR03552081317"_s;
    QTest::newRow("La Poste") << u"356000000"_s << u"FR39356000000"_s;
}

void tst_Identifiers::frenchVatNumberFor()
{
    QFETCH(QString, siren);
    QFETCH(QString, vat);

    QCOMPARE(coop::frenchVatNumberFor(siren), vat);
    const Result<QString> checked = normalizeVatNumber(vat);
    QVERIFY2(checked, errorText(checked).constData());
}

void tst_Identifiers::canonicalFormIsAFixedPoint_data()
{
    accepts_data();
}

void tst_Identifiers::canonicalFormIsAFixedPoint()
{
    QFETCH(QString, kind);
    QFETCH(QString, canonical);

    const Result<QString> again = normalize(kind, canonical);
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(*again, canonical);
}

QTEST_APPLESS_MAIN(tst_Identifiers)
#include "tst_identifiers.moc"
