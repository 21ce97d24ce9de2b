#include "core/activity.h"
#include "core/cooperative.h"
#include "core/entrepreneur.h"

#include <QTest>

#include <functional>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::CooperativeSettings)
Q_DECLARE_METATYPE(coop::Activity)
Q_DECLARE_METATYPE(coop::Entrepreneur)
Q_DECLARE_METATYPE(coop::ErrorCode)
Q_DECLARE_METATYPE(coop::PriorStatus)
Q_DECLARE_METATYPE(coop::InterviewKind)

namespace {

// Every validation test compares the fields the errors point at, in order: that is what the UI
// uses to put each message next to its field.
QStringList fieldsOf(const ValidationErrors &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.where());
    return fields;
}

QByteArray describe(const ValidationErrors &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines.append(error.toString());
    return lines.join(u"\n"_s).toUtf8();
}

Rate percent(const char *text)
{
    return *Rate::fromPercent(QString::fromLatin1(text));
}

Money euros(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

CooperativeSettings validSettings()
{
    CooperativeSettings s;
    s.name = u"Coopérative Alpha"_s;
    s.legalForm = u"SCOP SARL"_s;
    s.capital = euros("12000.00");
    s.siren = u"552032534"_s;
    s.siret = u"55203253400646"_s;
    s.vatNumber = u"FR27552032534"_s;
    s.address = Address{u"12 rue des Lilas"_s, {}, u"69003"_s, u"Lyon"_s, u"FR"_s};
    s.rcsCity = u"RCS Lyon"_s;
    s.nafCode = u"78.30Z"_s;
    s.headcount = 20;
    s.atMpRate = percent("2.08");
    s.mobilityRate = percent("2");
    s.mutuelleMonthlyAmount = euros("40.00");
    s.mutuelleEmployerShare = percent("50");
    s.fiscalYearStartMonth = 1;
    s.iban = u"FR7630006000011234567890189"_s;
    s.bic = u"BNPAFRPPXXX"_s;
    s.bankName = u"BNP Paribas"_s;
    return s;
}

CooperativeSettings settingsWith(const std::function<void(CooperativeSettings &)> &change)
{
    CooperativeSettings s = validSettings();
    change(s);
    return s;
}

Activity activityWith(const std::function<void(Activity &)> &change)
{
    Activity a;
    a.id = u"act-1"_s;
    a.analyticCode = u"ANA042"_s;
    a.name = u"Atelier Bois"_s;
    a.trade = u"Menuiserie"_s;
    a.members = {ActivityMember{u"ent-1"_s, percent("100")}};
    change(a);
    return a;
}

const QDate Today(2026, 3, 15);

Entrepreneur entrepreneurWith(const std::function<void(Entrepreneur &)> &change)
{
    Entrepreneur e;
    e.id = u"ent-1"_s;
    e.firstName = u"Camille"_s;
    e.lastName = u"Martin"_s;
    e.birthDate = QDate(1985, 5, 12);
    e.nir = u"185057800608491"_s;
    e.email = u"camille.martin@example.fr"_s;
    e.phone = u"+33 6 12 34 56 78"_s;
    e.priorStatus = PriorStatus::JobSeeker;
    e.referentAdviser = u"Claire Dubois"_s;
    e.interviews = {Interview{u"i-1"_s, QDate(2025, 3, 1), InterviewKind::Reception, {}, {}},
                    Interview{u"i-2"_s, QDate(2025, 9, 1), InterviewKind::FollowUp, {}, {}}};
    change(e);
    return e;
}

} // namespace

class tst_Records : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cooperative_data();
    void cooperative();
    void activity_data();
    void activity();
    void entrepreneur_data();
    void entrepreneur();
    void priorStatusKeys_data();
    void priorStatusKeys();
    void interviewKindKeys_data();
    void interviewKindKeys();
    void unknownKeysAreRefused();
};

void tst_Records::cooperative_data()
{
    QTest::addColumn<CooperativeSettings>("settings");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<ErrorCode>("code");     // of the first error
    QTest::addColumn<QString>("because");    // a piece of the first error's message

    const auto ok = ErrorCode::InvalidArgument;
    const auto parse = ErrorCode::ParseError;
    QTest::newRow("complete settings are valid")
        << validSettings() << QStringList() << ok << QString();
    QTest::newRow("the optional identifiers may be left empty")
        << settingsWith([](auto &s) {
               s.siret.clear();
               s.vatNumber.clear();
               s.nafCode.clear();
               s.iban.clear();
               s.bic.clear();
           })
        << QStringList() << ok << QString();
    QTest::newRow("the name is required")
        << settingsWith([](auto &s) { s.name = u"  "_s; }) << QStringList{u"name"_s} << ok
        << u"name is required"_s;
    QTest::newRow("the SIREN is required")
        << settingsWith([](auto &s) { s.siren.clear(); }) << QStringList{u"siren"_s} << ok
        << u"SIREN is required"_s;
    QTest::newRow("a SIREN with a wrong key is refused")
        << settingsWith([](auto &s) { s.siren = u"552032535"_s; }) << QStringList{u"siren"_s}
        << parse << u"552032535"_s;
    QTest::newRow("the SIREN is stored without its spaces")
        << settingsWith([](auto &s) { s.siren = u"552 032 534"_s; }) << QStringList{u"siren"_s}
        << ok << u"canonical form, “552032534”"_s;
    QTest::newRow("the SIRET must start with the SIREN")
        << settingsWith([](auto &s) { s.siret = u"38012986646850"_s; })
        << QStringList{u"siret"_s} << ok << u"does not start with the SIREN 552032534"_s;
    QTest::newRow("a SIRET with a wrong key is refused")
        << settingsWith([](auto &s) { s.siret = u"55203253400647"_s; })
        << QStringList{u"siret"_s} << parse << u"55203253400647"_s;
    QTest::newRow("the VAT number must be the SIREN's")
        << settingsWith([](auto &s) { s.vatNumber = u"FR89380129866"_s; })
        << QStringList{u"vatNumber"_s} << ok << u"whose VAT number is FR27552032534"_s;
    QTest::newRow("a VAT number with a wrong key is refused")
        << settingsWith([](auto &s) { s.vatNumber = u"FR28552032534"_s; })
        << QStringList{u"vatNumber"_s} << parse << u"is 27, not 28"_s;
    QTest::newRow("a foreign VAT number is not the cooperative's")
        << settingsWith([](auto &s) { s.vatNumber = u"DE123456789"_s; })
        << QStringList{u"vatNumber"_s} << ok << u"DE123456789"_s;
    QTest::newRow("a wrong SIREN does not also report the SIRET and VAT as mismatched")
        << settingsWith([](auto &s) { s.siren = u"552032535"_s; }) << QStringList{u"siren"_s}
        << parse << u"552032535"_s;
    QTest::newRow("an IBAN with a wrong key is refused")
        << settingsWith([](auto &s) { s.iban = u"FR7630006000011234567890188"_s; })
        << QStringList{u"iban"_s} << parse << u"check digits"_s;
    QTest::newRow("the IBAN is stored without its spaces")
        << settingsWith([](auto &s) { s.iban = u"FR76 3000 6000 0112 3456 7890 189"_s; })
        << QStringList{u"iban"_s} << ok << u"“FR7630006000011234567890189”"_s;
    QTest::newRow("a BIC of nine characters is refused")
        << settingsWith([](auto &s) { s.bic = u"BNPAFRPPX"_s; }) << QStringList{u"bic"_s}
        << parse << u"BNPAFRPPX"_s;
    QTest::newRow("a NAF code without its letter is refused")
        << settingsWith([](auto &s) { s.nafCode = u"78.30"_s; }) << QStringList{u"nafCode"_s}
        << parse << u"78.30"_s;
    QTest::newRow("a NAF code is stored with its dot")
        << settingsWith([](auto &s) { s.nafCode = u"7830Z"_s; }) << QStringList{u"nafCode"_s}
        << ok << u"“78.30Z”"_s;
    QTest::newRow("the capital cannot be negative")
        << settingsWith([](auto &s) { s.capital = euros("-0.01"); })
        << QStringList{u"capital"_s} << ok << u"-0.01"_s;
    QTest::newRow("a capital of zero is allowed")
        << settingsWith([](auto &s) { s.capital = Money(); }) << QStringList() << ok << QString();
    QTest::newRow("the headcount cannot be negative")
        << settingsWith([](auto &s) { s.headcount = -1; }) << QStringList{u"headcount"_s} << ok
        << u"-1"_s;
    QTest::newRow("an AT/MP rate above 100 % is refused")
        << settingsWith([](auto &s) { s.atMpRate = percent("100.000001"); })
        << QStringList{u"atMpRate"_s} << ok << u"100.000001 %"_s;
    QTest::newRow("a negative mobility rate is refused")
        << settingsWith([](auto &s) { s.mobilityRate = percent("-0.5"); })
        << QStringList{u"mobilityRate"_s} << ok << u"-0.5 %"_s;
    QTest::newRow("rates of 0 % and 100 % are the bounds")
        << settingsWith([](auto &s) {
               s.atMpRate = Rate();
               s.mobilityRate = Rate();
               s.mutuelleEmployerShare = percent("100");
           })
        << QStringList() << ok << QString();
    QTest::newRow("the employer's share of the mutuelle is at most 100 %")
        << settingsWith([](auto &s) { s.mutuelleEmployerShare = percent("101"); })
        << QStringList{u"mutuelleEmployerShare"_s} << ok << u"101 %"_s;
    QTest::newRow("the mutuelle's amount cannot be negative")
        << settingsWith([](auto &s) { s.mutuelleMonthlyAmount = euros("-40"); })
        << QStringList{u"mutuelleMonthlyAmount"_s} << ok << u"-40.00"_s;
    QTest::newRow("the fiscal year cannot start in month 0")
        << settingsWith([](auto &s) { s.fiscalYearStartMonth = 0; })
        << QStringList{u"fiscalYearStartMonth"_s} << ok << u"not 0"_s;
    QTest::newRow("the fiscal year cannot start in month 13")
        << settingsWith([](auto &s) { s.fiscalYearStartMonth = 13; })
        << QStringList{u"fiscalYearStartMonth"_s} << ok << u"not 13"_s;
    QTest::newRow("a fiscal year starting in December is allowed")
        << settingsWith([](auto &s) { s.fiscalYearStartMonth = 12; }) << QStringList() << ok
        << QString();
    QTest::newRow("an invoice template without a sequence is refused")
        << settingsWith([](auto &s) { s.invoiceNumberTemplate = u"{YYYY}-{ANA}"_s; })
        << QStringList{u"invoiceNumberTemplate"_s} << ok << u"no sequence"_s;
    QTest::newRow("a misspelt placeholder is not a sequence")
        << settingsWith([](auto &s) { s.invoiceNumberTemplate = u"{YYYY}-{SEQ}"_s; })
        << QStringList{u"invoiceNumberTemplate"_s} << ok << u"{SEQ}"_s;
    QTest::newRow("a credit-note template without a sequence is refused")
        << settingsWith([](auto &s) { s.creditNoteNumberTemplate = u"AV{YYYY}"_s; })
        << QStringList{u"creditNoteNumberTemplate"_s} << ok << u"no sequence"_s;
    QTest::newRow("{SEQGLOBAL} is a sequence")
        << settingsWith([](auto &s) { s.invoiceNumberTemplate = u"F{SEQGLOBAL}"_s; })
        << QStringList() << ok << QString();
    QTest::newRow("{SEQMONTH} is a sequence")
        << settingsWith([](auto &s) { s.invoiceNumberTemplate = u"{YYYY}{MM}-{SEQMONTH}"_s; })
        << QStringList() << ok << QString();
    QTest::newRow("a padded {SEQYEAR:4} is a sequence")
        << settingsWith([](auto &s) { s.invoiceNumberTemplate = u"{YYYY}-{SEQYEAR:4}"_s; })
        << QStringList() << ok << QString();
    QTest::newRow("{SEQMONTHANA} is a sequence")
        << settingsWith([](auto &s) { s.creditNoteNumberTemplate = u"{ANA}{SEQMONTHANA}"_s; })
        << QStringList() << ok << QString();
    QTest::newRow("every problem is reported at once, in field order")
        << settingsWith([](auto &s) {
               s.name.clear();
               s.siret = u"38012986646850"_s;
               s.headcount = -3;
               s.fiscalYearStartMonth = 0;
           })
        << QStringList{u"name"_s, u"siret"_s, u"headcount"_s, u"fiscalYearStartMonth"_s} << ok
        << u"name is required"_s;
}

void tst_Records::cooperative()
{
    QFETCH(CooperativeSettings, settings);
    QFETCH(QStringList, fields);
    QFETCH(ErrorCode, code);
    QFETCH(QString, because);

    const ValidationErrors errors = validate(settings);
    QCOMPARE(fieldsOf(errors), fields);
    if (!errors.isEmpty()) {
        QCOMPARE(errors.first().code(), code);
        QVERIFY2(errors.first().message().contains(because), describe(errors).constData());
    }
}

void tst_Records::activity_data()
{
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("because");

    QTest::newRow("one entrepreneur with 100 %") << activityWith([](auto &) {}) << QStringList()
                                                 << QString();
    QTest::newRow("an activity without members yet")
        << activityWith([](auto &a) { a.members.clear(); }) << QStringList() << QString();
    QTest::newRow("a shared activity split 60/40")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("60")}, {u"ent-2"_s, percent("40")}};
           })
        << QStringList() << QString();
    QTest::newRow("thirds written exactly: 33.333334 + 33.333333 + 33.333333")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("33.333334")},
                            {u"ent-2"_s, percent("33.333333")},
                            {u"ent-3"_s, percent("33.333333")}};
           })
        << QStringList() << QString();
    QTest::newRow("a two-character code is the shortest")
        << activityWith([](auto &a) { a.analyticCode = u"A1"_s; }) << QStringList() << QString();
    QTest::newRow("a twelve-character code is the longest")
        << activityWith([](auto &a) { a.analyticCode = u"ABCDEF123456"_s; }) << QStringList()
        << QString();
    QTest::newRow("a one-character code is refused")
        << activityWith([](auto &a) { a.analyticCode = u"A"_s; })
        << QStringList{u"analyticCode"_s} << u"“A”"_s;
    QTest::newRow("a thirteen-character code is refused")
        << activityWith([](auto &a) { a.analyticCode = u"ABCDEF1234567"_s; })
        << QStringList{u"analyticCode"_s} << u"ABCDEF1234567"_s;
    QTest::newRow("a lower-case code is refused")
        << activityWith([](auto &a) { a.analyticCode = u"ana042"_s; })
        << QStringList{u"analyticCode"_s} << u"ana042"_s;
    QTest::newRow("an accented code is refused")
        << activityWith([](auto &a) { a.analyticCode = u"ÉBÈNE"_s; })
        << QStringList{u"analyticCode"_s} << u"ÉBÈNE"_s;
    QTest::newRow("a code with a dash is refused")
        << activityWith([](auto &a) { a.analyticCode = u"ANA-42"_s; })
        << QStringList{u"analyticCode"_s} << u"ANA-42"_s;
    QTest::newRow("the name is required")
        << activityWith([](auto &a) { a.name = u" "_s; }) << QStringList{u"name"_s}
        << u"name is required"_s;
    QTest::newRow("an entrepreneur listed twice is refused")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("50")}, {u"ent-1"_s, percent("50")}};
           })
        << QStringList{u"members[1].entrepreneurId"_s} << u"ent-1 is listed twice"_s;
    QTest::newRow("a member without an entrepreneur is refused")
        << activityWith([](auto &a) { a.members = {{QString(), percent("100")}}; })
        << QStringList{u"members[0].entrepreneurId"_s} << u"no entrepreneur"_s;
    QTest::newRow("a zero share is refused even when the sum is 100 %")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("100")}, {u"ent-2"_s, Rate()}};
           })
        << QStringList{u"members[1].share"_s} << u"not 0 %"_s;
    QTest::newRow("a negative share is refused even when the sum is 100 %")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("110")}, {u"ent-2"_s, percent("-10")}};
           })
        << QStringList{u"members[1].share"_s} << u"not -10 %"_s;
    QTest::newRow("shares adding up to 99.999999 % are refused")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("33.333333")},
                            {u"ent-2"_s, percent("33.333333")},
                            {u"ent-3"_s, percent("33.333333")}};
           })
        << QStringList{u"members"_s} << u"99.999999 %"_s;
    QTest::newRow("shares adding up to 100.000001 % are refused")
        << activityWith([](auto &a) {
               a.members = {{u"ent-1"_s, percent("50.000001")}, {u"ent-2"_s, percent("50")}};
           })
        << QStringList{u"members"_s} << u"100.000001 %"_s;
    QTest::newRow("a single member with 90 % is refused")
        << activityWith([](auto &a) { a.members = {{u"ent-1"_s, percent("90")}}; })
        << QStringList{u"members"_s} << u"90 %"_s;
}

void tst_Records::activity()
{
    QFETCH(Activity, activity);
    QFETCH(QStringList, fields);
    QFETCH(QString, because);

    const ValidationErrors errors = validate(activity);
    QCOMPARE(fieldsOf(errors), fields);
    for (const Error &error : errors)
        QCOMPARE(error.code(), ErrorCode::InvalidArgument);
    if (!errors.isEmpty())
        QVERIFY2(errors.first().message().contains(because), describe(errors).constData());
}

void tst_Records::entrepreneur_data()
{
    QTest::addColumn<Entrepreneur>("entrepreneur");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("because");

    const auto ok = ErrorCode::InvalidArgument;
    QTest::newRow("a complete record is valid")
        << entrepreneurWith([](auto &) {}) << QStringList() << ok << QString();
    QTest::newRow("NIR and e-mail may be missing under a CAPE")
        << entrepreneurWith([](auto &e) {
               e.nir.clear();
               e.email.clear();
               e.interviews.clear();
           })
        << QStringList() << ok << QString();
    QTest::newRow("the first name is required")
        << entrepreneurWith([](auto &e) { e.firstName = u" "_s; })
        << QStringList{u"firstName"_s} << ok << u"first name"_s;
    QTest::newRow("the last name is required")
        << entrepreneurWith([](auto &e) { e.lastName.clear(); }) << QStringList{u"lastName"_s}
        << ok << u"last name"_s;
    QTest::newRow("the birth date is required")
        << entrepreneurWith([](auto &e) { e.birthDate = QDate(); })
        << QStringList{u"birthDate"_s} << ok << u"birth date is required"_s;
    QTest::newRow("sixteen years old today is old enough")
        << entrepreneurWith([](auto &e) {
               e.birthDate = QDate(2010, 3, 15);
               e.nir.clear();
           })
        << QStringList() << ok << QString();
    QTest::newRow("sixteen tomorrow is too young")
        << entrepreneurWith([](auto &e) {
               e.birthDate = QDate(2010, 3, 16);
               e.nir.clear();
           })
        << QStringList{u"birthDate"_s} << ok << u"2010-03-16"_s;
    QTest::newRow("born 100 years ago today is still plausible")
        << entrepreneurWith([](auto &e) {
               e.birthDate = QDate(1926, 3, 15);
               e.nir.clear();
           })
        << QStringList() << ok << QString();
    QTest::newRow("born 100 years and a day ago is not")
        << entrepreneurWith([](auto &e) {
               e.birthDate = QDate(1926, 3, 14);
               e.nir.clear();
           })
        << QStringList{u"birthDate"_s} << ok << u"1926-03-14"_s;
    QTest::newRow("a NIR with a wrong key is refused")
        << entrepreneurWith([](auto &e) { e.nir = u"185057800608492"_s; })
        << QStringList{u"nir"_s} << ErrorCode::ParseError << u"key should be 91"_s;
    QTest::newRow("a NIR is stored without spaces")
        << entrepreneurWith([](auto &e) { e.nir = u"1 85 05 78 006 084 91"_s; })
        << QStringList{u"nir"_s} << ok << u"“185057800608491”"_s;
    QTest::newRow("a NIR whose year is not the year of birth is refused")
        << entrepreneurWith([](auto &e) { e.birthDate = QDate(1986, 5, 12); })
        << QStringList{u"nir"_s} << ok << u"born in “85”"_s;
    QTest::newRow("a NIR whose month is not the month of birth is refused")
        << entrepreneurWith([](auto &e) { e.birthDate = QDate(1985, 6, 12); })
        << QStringList{u"nir"_s} << ok << u"month 05"_s;
    QTest::newRow("a NIR with month 20 (unknown) fits any month of birth")
        << entrepreneurWith([](auto &e) {
               e.nir = u"285207512345669"_s;
               e.birthDate = QDate(1985, 11, 30);
           })
        << QStringList() << ok << QString();
    QTest::newRow("a NIR with month 42 (unknown) fits any month of birth")
        << entrepreneurWith([](auto &e) {
               e.nir = u"185427512345683"_s;
               e.birthDate = QDate(1985, 1, 2);
           })
        << QStringList() << ok << QString();
    QTest::newRow("a NIR born in Corse-du-Sud matches November 1990")
        << entrepreneurWith([](auto &e) {
               e.nir = u"290112A00412351"_s;
               e.birthDate = QDate(1990, 11, 3);
           })
        << QStringList() << ok << QString();
    QTest::newRow("a NIR's year \"05\" is the last two digits of 2005")
        << entrepreneurWith([](auto &e) {
               e.nir = u"205077512345695"_s;
               e.birthDate = QDate(2005, 7, 1);
           })
        << QStringList() << ok << QString();
    QTest::newRow("an e-mail address without a domain is refused")
        << entrepreneurWith([](auto &e) { e.email = u"camille.martin@"_s; })
        << QStringList{u"email"_s} << ok << u"camille.martin@"_s;
    QTest::newRow("an e-mail address with a space is refused")
        << entrepreneurWith([](auto &e) { e.email = u"camille martin@example.fr"_s; })
        << QStringList{u"email"_s} << ok << u"camille martin@example.fr"_s;
    QTest::newRow("an e-mail domain without a dot is refused")
        << entrepreneurWith([](auto &e) { e.email = u"camille@example"_s; })
        << QStringList{u"email"_s} << ok << u"camille@example"_s;
    QTest::newRow("an e-mail address with two @ is refused")
        << entrepreneurWith([](auto &e) { e.email = u"camille@martin@example.fr"_s; })
        << QStringList{u"email"_s} << ok << u"camille@martin@example.fr"_s;
    QTest::newRow("an e-mail address with a plus and subdomains is fine")
        << entrepreneurWith([](auto &e) { e.email = u"c.martin+coop@mail.example.co.uk"_s; })
        << QStringList() << ok << QString();
    QTest::newRow("an interview held today is fine")
        << entrepreneurWith([](auto &e) { e.interviews[1].date = Today; }) << QStringList()
        << ok << QString();
    QTest::newRow("an interview dated tomorrow is refused")
        << entrepreneurWith([](auto &e) { e.interviews[1].date = Today.addDays(1); })
        << QStringList{u"interviews[1].date"_s} << ok << u"2026-03-16"_s;
    QTest::newRow("an interview without a date is refused")
        << entrepreneurWith([](auto &e) { e.interviews[0].date = QDate(); })
        << QStringList{u"interviews[0].date"_s} << ok << u"Interview 1 has no date"_s;
    QTest::newRow("every problem is reported at once, in field order")
        << entrepreneurWith([](auto &e) {
               e.firstName.clear();
               e.birthDate = QDate(1986, 5, 12);
               e.email = u"nobody"_s;
               e.interviews[0].date = Today.addYears(1);
           })
        << QStringList{u"firstName"_s, u"nir"_s, u"email"_s, u"interviews[0].date"_s} << ok
        << u"first name"_s;
}

void tst_Records::entrepreneur()
{
    QFETCH(Entrepreneur, entrepreneur);
    QFETCH(QStringList, fields);
    QFETCH(ErrorCode, code);
    QFETCH(QString, because);

    const ValidationErrors errors = validate(entrepreneur, Today);
    QCOMPARE(fieldsOf(errors), fields);
    if (!errors.isEmpty()) {
        QCOMPARE(errors.first().code(), code);
        QVERIFY2(errors.first().message().contains(because), describe(errors).constData());
    }
}

void tst_Records::priorStatusKeys_data()
{
    QTest::addColumn<PriorStatus>("status");
    QTest::addColumn<QString>("key");

    QTest::newRow("job seeker") << PriorStatus::JobSeeker << u"job_seeker"_s;
    QTest::newRow("employee") << PriorStatus::Employee << u"employee"_s;
    QTest::newRow("self-employed") << PriorStatus::SelfEmployed << u"self_employed"_s;
    QTest::newRow("student") << PriorStatus::Student << u"student"_s;
    QTest::newRow("inactive") << PriorStatus::Inactive << u"inactive"_s;
    QTest::newRow("other") << PriorStatus::Other << u"other"_s;
}

void tst_Records::priorStatusKeys()
{
    QFETCH(PriorStatus, status);
    QFETCH(QString, key);

    QCOMPARE(priorStatusKey(status), key);
    const Result<PriorStatus> back = priorStatusFromKey(key);
    QVERIFY(back);
    QCOMPARE(*back, status);
}

void tst_Records::interviewKindKeys_data()
{
    QTest::addColumn<InterviewKind>("kind");
    QTest::addColumn<QString>("key");

    QTest::newRow("reception") << InterviewKind::Reception << u"reception"_s;
    QTest::newRow("follow-up") << InterviewKind::FollowUp << u"follow_up"_s;
    QTest::newRow("annual") << InterviewKind::Annual << u"annual"_s;
    QTest::newRow("exit") << InterviewKind::Exit << u"exit"_s;
    QTest::newRow("other") << InterviewKind::Other << u"other"_s;
}

void tst_Records::interviewKindKeys()
{
    QFETCH(InterviewKind, kind);
    QFETCH(QString, key);

    QCOMPARE(interviewKindKey(kind), key);
    const Result<InterviewKind> back = interviewKindFromKey(key);
    QVERIFY(back);
    QCOMPARE(*back, kind);
}

void tst_Records::unknownKeysAreRefused()
{
    const Result<PriorStatus> status = priorStatusFromKey(u"JobSeeker"_s);
    QVERIFY(!status);
    QCOMPARE(status.error().code(), ErrorCode::ParseError);
    QVERIFY(status.error().message().contains(u"“JobSeeker”"_s));
    QVERIFY(status.error().message().contains(u"job_seeker"_s));

    const Result<InterviewKind> kind = interviewKindFromKey(u"followup"_s);
    QVERIFY(!kind);
    QCOMPARE(kind.error().code(), ErrorCode::ParseError);
    QVERIFY(kind.error().message().contains(u"follow_up"_s));
}

QTEST_APPLESS_MAIN(tst_Records)
#include "tst_records.moc"
