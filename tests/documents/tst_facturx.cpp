#include "core/cii.h"
#include "documentsamples.h"
#include "documents/invoicepdf.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

InvoiceRenderContext contextOf(const SalesDocument &document, Money paid = Money())
{
    InvoiceRenderContext context;
    context.parties = *document.parties;
    context.paid = paid;
    return context;
}

} // namespace

// The Factur-X PDF/A-3 (DOMAIN.md §3): the CII embedded as factur-x.xml, byte for byte, as the
// associated file of the document; XMP for PDF/A-3B with the Factur-X extension; fonts embedded;
// a structure qpdf accepts.
class TestFacturX : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedXmlIsTheCii_data();
    void embeddedXmlIsTheCii();
    void structure();
    void draftsHaveNone();

private:
    QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr);
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QList<test::SampleDocument> m_samples;
};

void TestFacturX::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("COOP_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo() << "files kept in" << m_dir.path();
    }
    for (const char *tool : {"pdfdetach", "pdffonts", "qpdf"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(u"%1 is not installed: run scripts/setup-debian.sh (packages "
                            "poppler-utils and qpdf)."_s.arg(QString::fromLatin1(tool))));
    m_samples = test::sampleDocuments();
}

QString TestFacturX::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60'000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

QString TestFacturX::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFacturX::embeddedXmlIsTheCii_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_samples.size(); ++i)
        QTest::newRow(qPrintable(m_samples.at(i).name)) << static_cast<int>(i);
}

// pdfdetach lists factur-x.xml and gives back exactly the CII; qpdf --check passes; every font
// is embedded.
void TestFacturX::embeddedXmlIsTheCii()
{
    QFETCH(int, index);
    const test::SampleDocument &sample = m_samples.at(index);
    const InvoiceRenderContext context = contextOf(sample.document, sample.paid);
    const Result<QByteArray> pdf = renderFacturX(sample.document, context);
    QVERIFY2(pdf, test::why(pdf).constData());
    const Result<QByteArray> cii = buildCii(sample.document, sample.paid, &context.parties);
    QVERIFY2(cii, test::why(cii).constData());
    const QString path = write(sample.name + u".pdf"_s, *pdf);
    QVERIFY(!path.isEmpty());

    int exitCode = -1;
    const QString list = run(u"pdfdetach"_s, {u"-list"_s, path}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(list.contains(u"1 embedded files"_s) && list.contains(u"1: factur-x.xml"_s),
             qPrintable(list));

    const QString saved = m_dir.filePath(sample.name + u"-detached.xml"_s);
    run(u"pdfdetach"_s, {u"-save"_s, u"1"_s, u"-o"_s, saved, path}, &exitCode);
    QCOMPARE(exitCode, 0);
    QFile detached(saved);
    QVERIFY(detached.open(QIODevice::ReadOnly));
    QCOMPARE(detached.readAll(), *cii);

    const QString check = run(u"qpdf"_s, {u"--check"_s, path}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(check));
    QVERIFY2(check.contains(u"No syntax or stream encoding errors found"_s), qPrintable(check));

    const QStringList fonts = run(u"pdffonts"_s, {path}, &exitCode).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(exitCode, 0);
    QVERIFY(fonts.size() >= 3);
    const qsizetype column = fonts.at(0).indexOf(u" emb "_s) + 1;
    QVERIFY(column > 0);
    for (qsizetype i = 2; i < fonts.size(); ++i)
        QVERIFY2(fonts.at(i).mid(column, 3) == u"yes"_s, qPrintable(fonts.join(u'\n')));
}

// The PDF/A-3 structure read back with libqpdf: version, XMP, /AF, the file specification and
// the embedded stream's subtype and parameters, the output intent kept.
void TestFacturX::structure()
{
    const SalesDocument &invoice = m_samples.constFirst().document;
    const Result<QByteArray> pdf = renderFacturX(invoice, contextOf(invoice));
    QVERIFY2(pdf, test::why(pdf).constData());
    QVERIFY(pdf->startsWith("%PDF-1.7"));

    QPDF qpdf;
    qpdf.processMemoryFile("facturx.pdf", pdf->constData(), static_cast<size_t>(pdf->size()));
    QPDFObjectHandle root = qpdf.getRoot();

    QVERIFY(root.getKey("/Metadata").isStream());
    const std::shared_ptr<Buffer> xmpData = root.getKey("/Metadata").getStreamData();
    const QByteArray xmp(reinterpret_cast<const char *>(xmpData->getBuffer()),
                         static_cast<qsizetype>(xmpData->getSize()));
    for (const char *needle : {"<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                               "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
                               "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
                               "<fx:DocumentType>INVOICE</fx:DocumentType>",
                               "<fx:Version>1.0</fx:Version>",
                               "<pdfaSchema:prefix>fx</pdfaSchema:prefix>",
                               "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"})
        QVERIFY2(xmp.contains(needle), needle);
    QVERIFY(xmp.contains((u"<rdf:li xml:lang=\"x-default\">Facture N° "_s + invoice.number).toUtf8()));

    QPDFObjectHandle associated = root.getKey("/AF");
    QVERIFY(associated.isArray());
    QCOMPARE(associated.getArrayNItems(), 1);
    QPDFObjectHandle fileSpec = associated.getArrayItem(0);
    QVERIFY(fileSpec.isDictionary());
    QCOMPARE(fileSpec.getKey("/AFRelationship").getName(), std::string("/Alternative"));
    QCOMPARE(fileSpec.getKey("/F").getUTF8Value(), std::string("factur-x.xml"));
    QCOMPARE(fileSpec.getKey("/UF").getUTF8Value(), std::string("factur-x.xml"));
    QPDFObjectHandle stream = fileSpec.getKey("/EF").getKey("/F");
    QVERIFY(stream.isStream());
    QCOMPARE(stream.getDict().getKey("/Type").getName(), std::string("/EmbeddedFile"));
    QCOMPARE(stream.getDict().getKey("/Subtype").getName(), std::string("/text/xml"));
    QPDFObjectHandle params = stream.getDict().getKey("/Params");
    QVERIFY(params.getKey("/ModDate").isString());
    const Result<QByteArray> cii = buildCii(invoice);
    QVERIFY2(cii, test::why(cii).constData());
    QCOMPARE(params.getKey("/Size").getIntValue(), static_cast<long long>(cii->size()));

    // Listed in the name tree too, and the document keeps its sRGB output intent.
    QPDFObjectHandle names = root.getKey("/Names").getKey("/EmbeddedFiles").getKey("/Names");
    QVERIFY(names.isArray());
    QCOMPARE(names.getArrayItem(0).getUTF8Value(), std::string("factur-x.xml"));
    QVERIFY(root.getKey("/OutputIntents").isArray());
    QVERIFY(root.getKey("/OutputIntents").getArrayNItems() >= 1);

    // The Info dictionary says what the XMP says.
    QPDFObjectHandle info = qpdf.getTrailer().getKey("/Info");
    QCOMPARE(QString::fromStdString(info.getKey("/Title").getUTF8Value()),
             u"Facture N° 2026-ANA042-0007"_s);
    QCOMPARE(QString::fromStdString(info.getKey("/Author").getUTF8Value()),
             invoice.parties->seller.name);
}

void TestFacturX::draftsHaveNone()
{
    SalesDocument draft = m_samples.constFirst().document;
    draft.status = DocumentStatus::Draft;
    draft.number.clear();
    InvoiceRenderContext context = contextOf(draft);
    context.draft = true;
    QVERIFY(!renderFacturX(draft, context));
    QVERIFY(!makeFacturX("%PDF-1.4 not really a pdf", "<x/>", u"t"_s, u"a"_s));
}

QTEST_MAIN(TestFacturX)
#include "tst_facturx.moc"
