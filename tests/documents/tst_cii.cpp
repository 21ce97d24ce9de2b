#include "core/cii.h"
#include "documentsamples.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace coop;

// The CII of every kind of document the store issues, checked by the official artefacts: the
// Factur-X 1.07.3 EN16931 schema (xmllint) and the EN 16931 CII business rules (Saxon).
class TestCii : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schema_data();
    void schema();
    void businessRules_data();
    void businessRules();
    void totals_data();
    void totals();
    void lineAmountsAddUp_data();
    void lineAmountsAddUp();
    void creditNoteRefersToItsInvoice();
    void perRateRoundingIsAnAllowanceOrCharge();
    void draftNeedsParties();

private:
    void addRows();
    QString xpath(const QString &file, const QString &expression) const;
    QString path(const QString &name) const { return m_dir.filePath(u"in/"_s + name + u".xml"_s); }

    QTemporaryDir m_dir;
    QString m_validators;
    QString m_xmllint;
    QString m_java;
    QString m_saxonJar;
    QList<test::SampleDocument> m_samples;
    QString m_saxonLog;
    bool m_saxonRan = false;
};

void TestCii::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // COOP_KEEP_TEST_FILES=1 keeps the XML and the reports for a look.
    if (qEnvironmentVariableIsSet("COOP_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo() << "files kept in" << m_dir.path();
    }
    m_validators = qEnvironmentVariable("COOP_VALIDATORS");
    QVERIFY2(!m_validators.isEmpty() && QDir(m_validators).exists(),
             qPrintable(u"The validation artefacts are missing (COOP_VALIDATORS=\"%1\"): the "
                        "folder validators/ of the project must sit next to the source tree."_s
                            .arg(m_validators)));
    m_xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    m_java = QStandardPaths::findExecutable(u"java"_s);
    QVERIFY2(!m_xmllint.isEmpty(),
             "xmllint is not installed: run scripts/setup-debian.sh (package libxml2-utils).");
    QVERIFY2(!m_java.isEmpty(),
             "java is not installed: run scripts/setup-debian.sh (package libsaxonhe-java).");
    // Debian's libsaxonhe-java; COOP_SAXON_JAR points elsewhere on other systems.
    m_saxonJar = qEnvironmentVariable("COOP_SAXON_JAR", u"/usr/share/java/Saxon-HE.jar"_s);
    QVERIFY2(QFile::exists(m_saxonJar),
             qPrintable(u"Saxon-HE is not at %1: run scripts/setup-debian.sh (package "
                        "libsaxonhe-java) or set COOP_SAXON_JAR."_s.arg(m_saxonJar)));

    QVERIFY(QDir(m_dir.path()).mkpath(u"in"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"out"_s));
    m_samples = test::sampleDocuments();
    for (const test::SampleDocument &sample : std::as_const(m_samples)) {
        const Result<QByteArray> cii = buildCii(sample.document, sample.paid);
        QVERIFY2(cii, test::why(cii).constData());
        QFile file(path(sample.name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(*cii), cii->size());
    }

    // One Java run for the whole folder: the XSLT takes seconds to compile.
    QProcess saxon;
    saxon.setProcessChannelMode(QProcess::MergedChannels);
    saxon.start(m_java, {u"-cp"_s, m_saxonJar, u"net.sf.saxon.Transform"_s,
                         u"-s:"_s + m_dir.filePath(u"in"_s),
                         u"-xsl:"_s + m_validators + u"/en16931-cii/xslt/EN16931-CII-validation.xslt"_s,
                         u"-o:"_s + m_dir.filePath(u"out"_s)});
    QVERIFY2(saxon.waitForFinished(240'000), "Saxon did not finish in 4 minutes.");
    m_saxonLog = QString::fromUtf8(saxon.readAll());
    QVERIFY2(saxon.exitStatus() == QProcess::NormalExit && saxon.exitCode() == 0,
             qPrintable(u"Saxon failed: "_s + m_saxonLog));
    m_saxonRan = true;
}

void TestCii::addRows()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_samples.size(); ++i)
        QTest::newRow(qPrintable(m_samples.at(i).name)) << static_cast<int>(i);
}

void TestCii::schema_data()
{
    addRows();
}

// The XML is valid against the Factur-X EN16931 schema (element order, types, code lists).
void TestCii::schema()
{
    QFETCH(int, index);
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(m_xmllint, {u"--noout"_s, u"--schema"_s,
                              m_validators + u"/factur-x-1.07.3/Factur-X_1.07.3_EN16931.xsd"_s,
                              path(m_samples.at(index).name)});
    QVERIFY(xmllint.waitForFinished(60'000));
    const QString output = QString::fromUtf8(xmllint.readAll());
    QVERIFY2(xmllint.exitCode() == 0, qPrintable(output));
}

void TestCii::businessRules_data()
{
    addRows();
}

// No EN 16931 rule of flag "fatal" fails (BR-CO-10, BR-S-08, BR-DEC-*, BR-CO-17…).
void TestCii::businessRules()
{
    QFETCH(int, index);
    QVERIFY(m_saxonRan);
    QFile report(m_dir.filePath(u"out/"_s + m_samples.at(index).name + u".xml"_s));
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(u"No report: "_s + m_saxonLog));
    QXmlStreamReader reader(&report);
    QStringList failures;
    int rulesFired = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"fired-rule")
            ++rulesFired;
        if (reader.name() == u"failed-assert" && reader.attributes().value(u"flag"_s) == u"fatal") {
            const QString id = reader.attributes().value(u"id"_s).toString();
            const QString location = reader.attributes().value(u"location"_s).toString();
            QString text;
            while (!(reader.isEndElement() && reader.name() == u"failed-assert") && !reader.atEnd()) {
                reader.readNext();
                if (reader.isCharacters())
                    text += reader.text();
            }
            failures << id + u" at "_s + location + u": "_s + text.simplified();
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY2(rulesFired > 50, "The report does not look like an EN 16931 validation.");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QString TestCii::xpath(const QString &file, const QString &expression) const
{
    QProcess xmllint;
    xmllint.start(m_xmllint, {u"--xpath"_s, expression, file});
    if (!xmllint.waitForFinished(30'000))
        return u"(timeout)"_s;
    return QString::fromUtf8(xmllint.readAllStandardOutput()).trimmed();
}

void TestCii::totals_data()
{
    addRows();
}

// BT-109, BT-110, BT-112, BT-113, BT-115 and each rate's BT-116/BT-117 are the core's totals.
void TestCii::totals()
{
    QFETCH(int, index);
    const test::SampleDocument &sample = m_samples.at(index);
    const InvoiceTotals totals = sample.document.totals().value();
    const QString file = path(sample.name);
    auto amount = [&](const QString &element) {
        return xpath(file, u"string(//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']"
                           "/*[local-name()='%1'])"_s.arg(element));
    };
    QCOMPARE(amount(u"TaxBasisTotalAmount"_s), totals.totalExcludingVat.toString());
    QCOMPARE(amount(u"TaxTotalAmount"_s), totals.totalVat.toString());
    QCOMPARE(amount(u"GrandTotalAmount"_s), totals.totalIncludingVat.toString());
    QCOMPARE(amount(u"TotalPrepaidAmount"_s), sample.paid.toString());
    QCOMPARE(amount(u"DuePayableAmount"_s), (totals.totalIncludingVat - sample.paid).toString());
    QCOMPARE(sample.document.totalIncludingVat, totals.totalIncludingVat);

    // BT-106 = BT-109 + allowances − charges, and every standard rate's base and VAT.
    const Money lineTotal = Money::parse(amount(u"LineTotalAmount"_s)).value();
    const Money allowances = Money::parse(amount(u"AllowanceTotalAmount"_s)).value();
    const Money charges = Money::parse(amount(u"ChargeTotalAmount"_s)).value();
    QCOMPARE(lineTotal - allowances + charges, totals.totalExcludingVat);
    for (const VatBreakdown &rate : totals.perRate) {
        if (rate.rate.isZero())
            continue;
        const QString group = u"//*[local-name()='ApplicableHeaderTradeSettlement']"
                              "/*[local-name()='ApplicableTradeTax']"
                              "[*[local-name()='RateApplicablePercent']='%1']"_s
                                  .arg(rate.rate.toPercentString());
        QCOMPARE(xpath(file, u"string("_s + group + u"/*[local-name()='BasisAmount'])"_s),
                 rate.base.toString());
        QCOMPARE(xpath(file, u"string("_s + group + u"/*[local-name()='CalculatedAmount'])"_s),
                 rate.vat.toString());
    }
}

void TestCii::lineAmountsAddUp_data()
{
    addRows();
}

// BR-CO-10 by our own reading: BT-106 is the sum of the BT-131 written.
void TestCii::lineAmountsAddUp()
{
    QFETCH(int, index);
    const test::SampleDocument &sample = m_samples.at(index);
    QFile file(path(sample.name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader reader(&file);
    Money sum;
    Money header;
    int lines = 0;
    bool inLine = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"SpecifiedTradeSettlementLineMonetarySummation")
            inLine = true;
        else if (reader.isStartElement() && reader.name() == u"SpecifiedTradeSettlementHeaderMonetarySummation")
            inLine = false;
        else if (reader.isStartElement() && reader.name() == u"LineTotalAmount") {
            const Money value = Money::parse(reader.readElementText()).value();
            if (inLine) {
                sum += value;
                ++lines;
            } else {
                header = value;
            }
        }
    }
    QCOMPARE(header, sum);
    QCOMPARE(lines, static_cast<int>(sample.document.lines.size() + sample.document.deductions.size()));
}

void TestCii::creditNoteRefersToItsInvoice()
{
    const auto sample = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                     [](const auto &s) { return s.name == u"credit_note"_s; });
    QVERIFY(sample != m_samples.cend());
    const QString file = path(sample->name);
    QCOMPARE(xpath(file, u"string(//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode'])"_s),
             u"381"_s);
    QCOMPARE(xpath(file, u"string(//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID'])"_s),
             u"2026-ANA042-0007"_s);
    QCOMPARE(xpath(file, u"string(//*[local-name()='InvoiceReferencedDocument']//*[local-name()='DateTimeString'])"_s),
             u"20260312"_s);
    const auto deposit = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                      [](const auto &s) { return s.name == u"deposit_invoice"_s; });
    QCOMPARE(xpath(path(deposit->name),
                   u"string(//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode'])"_s),
             u"386"_s);
    // The seller's and the buyer's SIREN under scheme 0002.
    const QString multi = path(u"multi_rate_discounts"_s);
    QCOMPARE(xpath(multi, u"string(//*[local-name()='SellerTradeParty']/*[local-name()='SpecifiedLegalOrganization']/*[local-name()='ID'][@schemeID='0002'])"_s),
             u"123456782"_s);
    QCOMPARE(xpath(multi, u"string(//*[local-name()='BuyerTradeParty']/*[local-name()='SpecifiedLegalOrganization']/*[local-name()='ID'][@schemeID='0002'])"_s),
             u"987654324"_s);
}

// The engine rounds once per rate, BT-131 once per line: a document-level charge or allowance
// of the rate carries the cent, so that BR-S-08 and BR-CO-10 hold with the engine's bases.
void TestCii::perRateRoundingIsAnAllowanceOrCharge()
{
    const QString file = path(u"rounding_per_rate"_s);
    const QString summation = u"//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']"_s;
    QCOMPARE(xpath(file, u"string(%1/*[local-name()='LineTotalAmount'])"_s.arg(summation)), u"3.00"_s);
    QCOMPARE(xpath(file, u"string(%1/*[local-name()='ChargeTotalAmount'])"_s.arg(summation)), u"0.01"_s);
    QCOMPARE(xpath(file, u"string(%1/*[local-name()='AllowanceTotalAmount'])"_s.arg(summation)), u"0.01"_s);
    QCOMPARE(xpath(file, u"string(%1/*[local-name()='TaxBasisTotalAmount'])"_s.arg(summation)), u"3.00"_s);
    const QString charge = u"//*[local-name()='ApplicableHeaderTradeSettlement']"
                           "/*[local-name()='SpecifiedTradeAllowanceCharge']"
                           "[*[local-name()='ChargeIndicator']/*='true']"_s;
    QCOMPARE(xpath(file, u"string(%1/*[local-name()='Reason'])"_s.arg(charge)), u"Arrondi"_s);
    QCOMPARE(xpath(file, u"string(%1//*[local-name()='RateApplicablePercent'])"_s.arg(charge)), u"20"_s);
    // VAT on debits: BT-8 code 5 (the invoice date).
    QCOMPARE(xpath(file, u"string((//*[local-name()='DueDateTypeCode'])[1])"_s), u"5"_s);
}

void TestCii::draftNeedsParties()
{
    SalesDocument draft = m_samples.constFirst().document;
    draft.status = DocumentStatus::Draft;
    draft.parties.reset();
    const Result<QByteArray> refused = buildCii(draft);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidArgument);
    const DocumentParties parties = test::sampleParties();
    const Result<QByteArray> preview = buildCii(draft, Money(), &parties);
    QVERIFY2(preview, test::why(preview).constData());
    QVERIFY(preview->contains("<ram:Name>Imprimerie Delorme SAS</ram:Name>"));
}

QTEST_GUILESS_MAIN(TestCii)
#include "tst_cii.moc"
