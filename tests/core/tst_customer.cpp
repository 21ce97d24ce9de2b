#include "core/customer.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

// A French company as the back-office types it: Danone's identifiers, which pass every key.
Customer frenchCompany()
{
    Customer customer;
    customer.id = u"c1"_s;
    customer.activityId = u"a1"_s;
    customer.kind = CustomerKind::Company;
    customer.name = u"Danone"_s;
    customer.siren = u"552032534"_s;
    customer.siret = u"55203253400646"_s;
    customer.vatNumber = u"FR27552032534"_s;
    customer.billingAddress = {u"17 boulevard Haussmann"_s, QString(), u"75009"_s, u"Paris"_s,
                               u"FR"_s};
    customer.paymentTermDays = 30;
    customer.accountingAccount = u"411DANONE"_s;
    customer.email = u"compta@example.fr"_s;
    return customer;
}

// "field=value" changes to the French company above.
Customer changed(const QStringList &changes)
{
    Customer customer = frenchCompany();
    for (const QString &change : changes) {
        const qsizetype equals = change.indexOf(u'=');
        Q_ASSERT(equals > 0);
        const QString field = change.left(equals);
        const QString value = change.mid(equals + 1);
        if (field == u"kind")
            customer.kind = customerKindFromKey(value).value();
        else if (field == u"name")
            customer.name = value;
        else if (field == u"firstName")
            customer.firstName = value;
        else if (field == u"lastName")
            customer.lastName = value;
        else if (field == u"siren")
            customer.siren = value;
        else if (field == u"siret")
            customer.siret = value;
        else if (field == u"vatNumber")
            customer.vatNumber = value;
        else if (field == u"country")
            customer.billingAddress.country = value;
        else if (field == u"postcode")
            customer.billingAddress.postcode = value;
        else if (field == u"city")
            customer.billingAddress.city = value;
        else if (field == u"paymentTermDays")
            customer.paymentTermDays = value.toInt();
        else if (field == u"accountingAccount")
            customer.accountingAccount = value;
        else if (field == u"email")
            customer.email = value;
        else
            qFatal("unknown field %s", qPrintable(field));
    }
    return customer;
}

QStringList fieldsOf(const ValidationErrors &errors)
{
    QStringList fields;
    for (const Error &error : errors) {
        fields.append(error.where());
        if (error.message().isEmpty())
            fields.append(u"(no message)"_s);
    }
    return fields;
}

CatalogItem catalogItem()
{
    CatalogItem item;
    item.id = u"i1"_s;
    item.activityId = u"a1"_s;
    item.designation = u"Journée de formation"_s;
    item.unit = u"DAY"_s;
    item.unitPrice = UnitPrice::parse(u"650").value();
    item.vatRate = Rate::fromPercent(u"20").value();
    item.revenueAccount = u"706000"_s;
    return item;
}

} // namespace

class tst_Customer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateCustomer_data();
    void validateCustomer();
    void displayName_data();
    void displayName();
    void kindKeys();
    void units();
    void vatRates();
    void validateCatalogItem_data();
    void validateCatalogItem();
};

void tst_Customer::validateCustomer_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("a French company with SIREN, SIRET and VAT number is valid")
        << QStringList() << QStringList();
    QTest::newRow("a French company needs its SIREN")
        << QStringList{u"siren="_s, u"siret="_s, u"vatNumber="_s} << QStringList{u"siren"_s};
    QTest::newRow("SIREN with a wrong Luhn key")
        << QStringList{u"siren=552032535"_s} << QStringList{u"siren"_s};
    QTest::newRow("SIREN of eight digits")
        << QStringList{u"siren=55203253"_s} << QStringList{u"siren"_s};
    QTest::newRow("SIREN stored with spaces is not canonical")
        << QStringList{u"siren=552 032 534"_s} << QStringList{u"siren"_s};
    QTest::newRow("SIRET optional")
        << QStringList{u"siret="_s} << QStringList();
    QTest::newRow("SIRET with a wrong key")
        << QStringList{u"siret=55203253400647"_s} << QStringList{u"siret"_s};
    QTest::newRow("SIRET of another company than the SIREN")
        << QStringList{u"siret=35600000049837"_s} << QStringList{u"siret"_s};
    QTest::newRow("VAT number optional")
        << QStringList{u"vatNumber="_s} << QStringList();
    QTest::newRow("VAT number with a wrong key")
        << QStringList{u"vatNumber=FR28552032534"_s} << QStringList{u"vatNumber"_s};
    QTest::newRow("FR VAT number of another SIREN")
        << QStringList{u"vatNumber=FR89380129866"_s} << QStringList{u"vatNumber"_s};
    QTest::newRow("VAT number outside the EU")
        << QStringList{u"vatNumber=US123456789"_s} << QStringList{u"vatNumber"_s};
    QTest::newRow("a foreign company needs no SIREN")
        << QStringList{u"country=DE"_s, u"siren="_s, u"siret="_s, u"vatNumber=DE123456789"_s}
        << QStringList();
    QTest::newRow("a foreign company's SIREN, when given, is still checked")
        << QStringList{u"country=BE"_s, u"siren=552032535"_s, u"siret="_s, u"vatNumber="_s}
        << QStringList{u"siren"_s};
    QTest::newRow("an individual without SIREN is valid")
        << QStringList{u"kind=individual"_s, u"name="_s, u"firstName=Jeanne"_s,
                       u"lastName=Martin"_s, u"siren="_s, u"siret="_s, u"vatNumber="_s}
        << QStringList();
    QTest::newRow("an individual needs a last name (or a name)")
        << QStringList{u"kind=individual"_s, u"name="_s, u"firstName=Jeanne"_s, u"siren="_s,
                       u"siret="_s, u"vatNumber="_s}
        << QStringList{u"lastName"_s};
    QTest::newRow("a company needs its name")
        << QStringList{u"name=  "_s} << QStringList{u"name"_s};
    QTest::newRow("billing address needs a postcode")
        << QStringList{u"postcode="_s} << QStringList{u"billingAddress.postcode"_s};
    QTest::newRow("billing address needs a city")
        << QStringList{u"city="_s} << QStringList{u"billingAddress.city"_s};
    QTest::newRow("country is an ISO code")
        << QStringList{u"country=France"_s, u"siren="_s, u"siret="_s, u"vatNumber="_s}
        << QStringList{u"billingAddress.country"_s};
    QTest::newRow("payment on receipt (0 days)")
        << QStringList{u"paymentTermDays=0"_s} << QStringList();
    QTest::newRow("payment terms of 60 days, the legal ceiling")
        << QStringList{u"paymentTermDays=60"_s} << QStringList();
    QTest::newRow("payment terms of 61 days refused")
        << QStringList{u"paymentTermDays=61"_s} << QStringList{u"paymentTermDays"_s};
    QTest::newRow("negative payment terms refused")
        << QStringList{u"paymentTermDays=-1"_s} << QStringList{u"paymentTermDays"_s};
    QTest::newRow("customer account 411 alone")
        << QStringList{u"accountingAccount=411"_s} << QStringList();
    QTest::newRow("customer account outside 411")
        << QStringList{u"accountingAccount=401DANONE"_s} << QStringList{u"accountingAccount"_s};
    QTest::newRow("customer account in lower case")
        << QStringList{u"accountingAccount=411danone"_s} << QStringList{u"accountingAccount"_s};
    QTest::newRow("customer account longer than 411 + 9")
        << QStringList{u"accountingAccount=411ABCDEFGHIJ"_s}
        << QStringList{u"accountingAccount"_s};
    QTest::newRow("e-mail without a domain")
        << QStringList{u"email=compta@"_s} << QStringList{u"email"_s};
    QTest::newRow("every problem at once, each at its field")
        << QStringList{u"name="_s, u"siren="_s, u"siret="_s, u"vatNumber="_s,
                       u"paymentTermDays=90"_s, u"email=no"_s}
        << QStringList{u"name"_s, u"siren"_s, u"paymentTermDays"_s, u"email"_s};
}

void tst_Customer::validateCustomer()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, errors);
    QCOMPARE(fieldsOf(validate(changed(changes))), errors);
}

void tst_Customer::displayName_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("a company by its name") << QStringList() << u"Danone"_s;
    QTest::newRow("an individual's name when given")
        << QStringList{u"kind=individual"_s, u"name=Mme Jeanne Martin"_s, u"firstName=Jeanne"_s,
                       u"lastName=Martin"_s}
        << u"Mme Jeanne Martin"_s;
    QTest::newRow("an individual without a name: First Last")
        << QStringList{u"kind=individual"_s, u"name="_s, u"firstName=Jeanne"_s,
                       u"lastName=Martin"_s}
        << u"Jeanne Martin"_s;
    QTest::newRow("last name alone, without stray spaces")
        << QStringList{u"kind=individual"_s, u"name="_s, u"lastName= Martin "_s}
        << u"Martin"_s;
}

void tst_Customer::displayName()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, displayName);
    QCOMPARE(changed(changes).displayName(), displayName);
}

void tst_Customer::kindKeys()
{
    for (const CustomerKind kind : {CustomerKind::Company, CustomerKind::Individual})
        QCOMPARE(customerKindFromKey(customerKindKey(kind)).value(), kind);
    QCOMPARE(customerKindKey(CustomerKind::Individual), u"individual"_s);
    const Result<CustomerKind> unknown = customerKindFromKey(u"person");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), ErrorCode::ParseError);
}

void tst_Customer::units()
{
    const QStringList codes = knownUnitCodes();
    QCOMPARE(codes.size(), 13);
    for (const QString &code : {u"C62"_s, u"HUR"_s, u"DAY"_s, u"MON"_s, u"WEE"_s, u"KGM"_s,
                                u"MTR"_s, u"MTK"_s, u"MTQ"_s, u"LTR"_s, u"H87"_s, u"LS"_s,
                                u"KMT"_s}) {
        QVERIFY2(codes.contains(code), qPrintable(code));
        QVERIFY(unitLabel(code) != code);
    }
    QCOMPARE(unitLabel(u"HUR"_s), u"heure"_s);
    QCOMPARE(unitLabel(u"LS"_s), u"forfait"_s);
    QCOMPARE(unitLabel(u"MTK"_s), u"m²"_s);
    QCOMPARE(unitLabel(u"XYZ"_s), u"XYZ"_s);
}

void tst_Customer::vatRates()
{
    const QList<Rate> rates = frenchVatRates();
    QStringList texts;
    for (const Rate rate : rates)
        texts.append(rate.toPercentString());
    QCOMPARE(texts, (QStringList{u"20"_s, u"10"_s, u"5.5"_s, u"2.1"_s, u"0"_s}));
    QVERIFY(isFrenchVatRate(Rate::fromPercent(u"5.5").value()));
    QVERIFY(!isFrenchVatRate(Rate::fromPercent(u"19.6").value()));
    QVERIFY(!isFrenchVatRate(Rate::fromPercent(u"8.5").value())); // overseas, not mainland
    QVERIFY(!standardExemptionMentions().isEmpty());
    for (const QString &mention : standardExemptionMentions())
        QVERIFY(!mention.trimmed().isEmpty());
}

void tst_Customer::validateCatalogItem_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("a day of training at 20 % is valid") << QString() << QString() << QStringList();
    QTest::newRow("designation required")
        << u"designation"_s << u" "_s << QStringList{u"designation"_s};
    QTest::newRow("unknown unit")
        << u"unit"_s << u"JOUR"_s << QStringList{u"unit"_s};
    QTest::newRow("a free item (price 0) is allowed")
        << u"unitPrice"_s << u"0"_s << QStringList();
    QTest::newRow("negative price refused")
        << u"unitPrice"_s << u"-1"_s << QStringList{u"unitPrice"_s};
    QTest::newRow("5.5 % is a French rate")
        << u"vatRate"_s << u"5.5"_s << QStringList();
    QTest::newRow("19.6 % is no longer a French rate")
        << u"vatRate"_s << u"19.6"_s << QStringList{u"vatRate"_s};
    QTest::newRow("0 % needs its exemption mention")
        << u"vatRate"_s << u"0"_s << QStringList{u"exemptionMention"_s};
    QTest::newRow("0 % with its exemption mention")
        << u"vatRate+mention"_s << u"0"_s << QStringList();
    QTest::newRow("revenue account 706 is fine")
        << u"revenueAccount"_s << u"706"_s << QStringList();
    QTest::newRow("revenue account outside class 70")
        << u"revenueAccount"_s << u"411000"_s << QStringList{u"revenueAccount"_s};
    QTest::newRow("revenue account with letters")
        << u"revenueAccount"_s << u"70ABC"_s << QStringList{u"revenueAccount"_s};
}

void tst_Customer::validateCatalogItem()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, errors);

    CatalogItem item = catalogItem();
    if (field == u"designation") {
        item.designation = value;
    } else if (field == u"unit") {
        item.unit = value;
    } else if (field == u"unitPrice") {
        item.unitPrice = UnitPrice::parse(value).value();
    } else if (field == u"vatRate") {
        item.vatRate = Rate::fromPercent(value).value();
    } else if (field == u"vatRate+mention") {
        item.vatRate = Rate::fromPercent(value).value();
        item.exemptionMention = standardExemptionMentions().constFirst();
    } else if (field == u"revenueAccount") {
        item.revenueAccount = value;
    }
    QCOMPARE(fieldsOf(validate(item)), errors);
}

QTEST_APPLESS_MAIN(tst_Customer)

#include "tst_customer.moc"
