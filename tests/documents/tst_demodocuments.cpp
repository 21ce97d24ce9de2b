// Every document the demo store issues, checked by outside oracles: each CII against the Factur-X
// EN16931 schema (xmllint) and the EN 16931 business rules (Saxon, one run over the folder), each
// Factur-X PDF with all fonts embedded (pdffonts) and factur-x.xml attached (pdfdetach), byte for
// byte the CII written alone.
#include "testsupport.h"

#include "core/cii.h"
#include "core/storage/demo.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "documents/invoicepdf.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {-1, {}, u"cannot start "_s + program};
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString fileName(const QString &number)
{
    QString name = number;
    name.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    return name;
}

} // namespace

class TestDemoDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<SalesDocument> m_issued;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString validators = qEnvironmentVariable("COOP_VALIDATORS");
        QVERIFY2(QFile::exists(validators + u"/factur-x-1.07.3/Factur-X_1.07.3_EN16931.xsd"_s),
                 "COOP_VALIDATORS must name the validators folder (tests/data/validators)");
        m_store = test::createStore(m_dir.filePath(u"demo.coopdesk"_s));
        QVERIFY(m_store);
        DemoOptions options;
        options.entrepreneurs = 6;
        options.years = 1;
        options.seed = 5;
        options.today = QDate(2026, 6, 30);
        auto report = generateDemo(*m_store, options);
        QVERIFY2(report, test::why(report).constData());

        SalesRepository sales(*m_store);
        DocumentFilter filter;
        filter.today = options.today;
        auto rows = sales.listDocuments(filter, DocumentSort::Number, Qt::AscendingOrder, 0,
                                        100000);
        QVERIFY2(rows, test::why(rows).constData());
        for (const DocumentListRow &row : *rows) {
            if (row.status != DocumentStatus::Validated)
                continue;
            auto document = sales.document(row.id);
            QVERIFY2(document && *document, "a listed document must be readable");
            m_issued.append(**document);
        }
        QVERIFY2(m_issued.size() >= 20, "the demo must issue invoices and credit notes");
        bool creditNote = false;
        for (const SalesDocument &document : std::as_const(m_issued))
            creditNote |= document.kind == DocumentKind::CreditNote;
        QVERIFY2(creditNote, "the demo must issue at least one credit note");
    }

    void everyCiiPassesTheSchemaAndTheRules()
    {
        SalesRepository sales(*m_store);
        const QString ciiDir = m_dir.filePath(u"cii"_s);
        QVERIFY(QDir().mkpath(ciiDir));
        QStringList files;
        for (const SalesDocument &document : std::as_const(m_issued)) {
            auto settlement = sales.settlement(document.id);
            QVERIFY2(settlement, test::why(settlement).constData());
            auto xml = buildCii(document, settlement->paid);
            QVERIFY2(xml, test::why(xml).constData());
            const QString path = ciiDir + u'/' + fileName(document.number) + u".xml"_s;
            QVERIFY(writeFile(path, *xml));
            files.append(path);
        }

        const QString validators = qEnvironmentVariable("COOP_VALIDATORS");
        const Run schema = run(u"xmllint"_s,
                               QStringList{u"--noout"_s, u"--schema"_s,
                                           validators + u"/factur-x-1.07.3/Factur-X_1.07.3_EN16931.xsd"_s}
                                   + files);
        QVERIFY2(schema.exitCode == 0, qPrintable(schema.err.left(4000)));

        // One Java run for the whole folder: the rules are compiled once.
        const QString reports = m_dir.filePath(u"svrl"_s);
        QVERIFY(QDir().mkpath(reports));
        const Run rules = run(u"java"_s,
                              {u"-cp"_s, u"/usr/share/java/Saxon-HE.jar"_s,
                               u"net.sf.saxon.Transform"_s, u"-s:"_s + ciiDir,
                               u"-xsl:"_s + validators
                                   + u"/en16931-cii/xslt/EN16931-CII-validation.xslt"_s,
                               u"-o:"_s + reports});
        QVERIFY2(rules.exitCode == 0, qPrintable(rules.err.left(4000)));

        static const QRegularExpression fatal(
            u"<svrl:failed-assert[^>]*id=\"([^\"]+)\"[^>]*flag=\"fatal\"[\\s\\S]*?"
            "<svrl:text>([\\s\\S]*?)</svrl:text>"_s);
        QStringList failures;
        int reportCount = 0;
        QDirIterator it(reports, {u"*.xml"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            ++reportCount;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString svrl = QString::fromUtf8(file.readAll());
            auto matches = fatal.globalMatch(svrl);
            while (matches.hasNext()) {
                const auto match = matches.next();
                failures.append(QFileInfo(path).fileName() + u": "_s + match.captured(1) + u" "_s
                                + match.captured(2).simplified());
            }
        }
        QCOMPARE(reportCount, files.size());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 30).join(u'\n')));
    }

    void everyFacturXHasItsFontsAndItsXml()
    {
        SalesRepository sales(*m_store);
        const QString pdfDir = m_dir.filePath(u"pdf"_s);
        QVERIFY(QDir().mkpath(pdfDir));
        for (const SalesDocument &document : std::as_const(m_issued)) {
            auto parties = sales.partiesFor(document);
            QVERIFY2(parties, test::why(parties).constData());
            auto settlement = sales.settlement(document.id);
            QVERIFY2(settlement, test::why(settlement).constData());
            InvoiceRenderContext context;
            context.parties = *parties;
            context.paid = settlement->paid;
            auto pdf = renderFacturX(document, context);
            QVERIFY2(pdf, test::why(pdf).constData());
            const QString path = pdfDir + u'/' + fileName(document.number) + u".pdf"_s;
            QVERIFY(writeFile(path, *pdf));

            // pdffonts: a table after two header lines; the "emb" column must say yes everywhere.
            const Run fonts = run(u"pdffonts"_s, {path});
            QVERIFY2(fonts.exitCode == 0, qPrintable(fonts.err));
            const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.size() > 2, "the PDF must use fonts");
            for (const QString &line : lines.mid(2)) {
                const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
                // name type [type…] encoding emb sub uni object ID: emb is the 5th from the end.
                QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == "yes"_L1,
                         qPrintable(document.number + u": "_s + line));
            }

            const Run attached = run(u"pdfdetach"_s, {u"-list"_s, path});
            QVERIFY2(attached.exitCode == 0 && attached.out.contains(u"factur-x.xml"_s),
                     qPrintable(document.number + u": "_s + attached.out + attached.err));
            const QString saved = m_dir.filePath(u"detached.xml"_s);
            QFile::remove(saved);
            const Run detach = run(u"pdfdetach"_s, {u"-savefile"_s, u"factur-x.xml"_s, u"-o"_s,
                                                    saved, path});
            QVERIFY2(detach.exitCode == 0, qPrintable(detach.err));
            QFile xml(saved);
            QVERIFY(xml.open(QIODevice::ReadOnly));
            auto expected = buildCii(document, settlement->paid);
            QVERIFY2(expected, test::why(expected).constData());
            QCOMPARE(xml.readAll(), *expected);
        }
    }
};

QTEST_MAIN(TestDemoDocuments)
#include "tst_demodocuments.moc"
