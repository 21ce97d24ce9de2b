#include "documentsamples.h"
#include "documents/invoicepdf.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

// pdftotext writes the no-break spaces of the amounts; compare with plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

// Text compared without its spaces and hyphens: pdftotext joins a word cut at a hyphen at the
// end of a line ("2026-" / "ANA042") by dropping the hyphen, and the columns wrap where they must.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-')
            result += c;
    return result;
}

// French amounts written independently of the code under test: "1 234,56 €".
QString euros(Money amount)
{
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString units = QString::number(magnitude / 100);
    for (qsizetype at = units.size() - 3; at > 0; at -= 3)
        units.insert(at, u' ');
    return (cents < 0 ? u"-"_s : QString()) + units + u',' + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'))
           + u" €"_s;
}

InvoiceRenderContext contextOf(const SalesDocument &document, Money paid = Money())
{
    InvoiceRenderContext context;
    context.parties = *document.parties;
    context.paid = paid;
    return context;
}

} // namespace

// The printed invoice and credit note: every font embedded, the mandatory mentions present
// (DOMAIN.md §3), long documents paginated with their header repeated, previews page for page.
class TestInvoicePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fontsEmbedded_data();
    void fontsEmbedded();
    void mandatoryMentions_data();
    void mandatoryMentions();
    void creditNoteMentions();
    void longInvoiceBreaksOverPages();
    void previewImages();
    void draftIsMarked();

private:
    QString write(const QString &name, const QByteArray &pdf);
    QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr);
    QString text(const QString &pdf) { return plainSpaces(run(u"pdftotext"_s, {pdf, u"-"_s})); }
    int pageCount(const QString &pdf);

    QTemporaryDir m_dir;
    QList<test::SampleDocument> m_samples;
};

void TestInvoicePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // COOP_KEEP_TEST_FILES=1 keeps the PDF files for a look.
    if (qEnvironmentVariableIsSet("COOP_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo() << "files kept in" << m_dir.path();
    }
    for (const char *tool : {"pdffonts", "pdftotext", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(u"%1 is not installed: run scripts/setup-debian.sh (package "
                            "poppler-utils)."_s.arg(QString::fromLatin1(tool))));
    m_samples = test::sampleDocuments();
}

QString TestInvoicePdf::write(const QString &name, const QByteArray &pdf)
{
    const QString path = m_dir.filePath(name + u".pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

QString TestInvoicePdf::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60'000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestInvoicePdf::pageCount(const QString &pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TestInvoicePdf::fontsEmbedded_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("pdfA");
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        QTest::newRow(qPrintable(m_samples.at(i).name)) << static_cast<int>(i) << false;
        QTest::newRow(qPrintable(m_samples.at(i).name + u"_pdfa"_s)) << static_cast<int>(i) << true;
    }
}

// pdffonts lists every font with "emb" yes: a PDF/A and Factur-X requirement.
void TestInvoicePdf::fontsEmbedded()
{
    QFETCH(int, index);
    QFETCH(bool, pdfA);
    const test::SampleDocument &sample = m_samples.at(index);
    const Result<QByteArray> pdf = renderInvoicePdf(sample.document, contextOf(sample.document), pdfA);
    QVERIFY2(pdf, test::why(pdf).constData());
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = write(sample.name + (pdfA ? u"_a"_s : QString()), *pdf);
    int exitCode = -1;
    const QStringList lines = run(u"pdffonts"_s, {path}, &exitCode).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(exitCode, 0);
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'\n'))); // header, rule, at least one font
    const qsizetype column = lines.at(0).indexOf(u" emb "_s) + 1;
    QVERIFY(column > 0);
    for (qsizetype i = 2; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).mid(column, 3) == u"yes"_s, qPrintable(lines.join(u'\n')));
}

void TestInvoicePdf::mandatoryMentions_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_samples.size(); ++i)
        if (m_samples.at(i).document.kind == DocumentKind::Invoice)
            QTest::newRow(qPrintable(m_samples.at(i).name)) << static_cast<int>(i);
}

// What the CGI (art. 242 nonies A) and the Code de commerce (L441-9) require on an invoice.
void TestInvoicePdf::mandatoryMentions()
{
    QFETCH(int, index);
    const test::SampleDocument &sample = m_samples.at(index);
    const SalesDocument &invoice = sample.document;
    const Result<QByteArray> pdf = renderInvoicePdf(invoice, contextOf(invoice, sample.paid));
    QVERIFY2(pdf, test::why(pdf).constData());
    const QString content = text(write(sample.name, *pdf));
    const InvoiceTotals totals = invoice.totals().value();
    const DocumentParties &parties = *invoice.parties;

    QStringList expected = {
        u"N° "_s + invoice.number,
        parties.seller.name,
        u"SIREN : "_s + parties.seller.siren,
        parties.seller.vatNumber,
        parties.seller.rcsCity,
        u"SCOP SARL au capital de 37 500,00 €"_s,
        parties.activity.name,
        parties.customer.displayName(),
        parties.customer.billingAddress.city,
        u"12/03/2026"_s,                                    // issue date
        u"Nature de l'opération"_s,
        u"Total HT"_s, euros(totals.totalExcludingVat),
        u"Total TVA"_s, euros(totals.totalVat),
        u"Total TTC"_s, euros(totals.totalIncludingVat),
        u"Pénalités de retard"_s,
        u"IBAN "_s + parties.seller.iban,
        u"Page 1/"_s,
    };
    if (invoice.role == InvoiceRole::Deposit)
        expected << u"FACTURE D'ACOMPTE N° "_s + invoice.number;
    if (invoice.dueDate.isValid())
        expected << u"Date d'échéance"_s << invoice.dueDate.toString(u"dd/MM/yyyy"_s);
    if (invoice.isB2B(parties.customer))
        expected << u"Indemnité forfaitaire pour frais de recouvrement"_s << u"40 €"_s;
    if (parties.customer.kind == CustomerKind::Company && !parties.customer.siren.isEmpty())
        expected << u"SIREN : "_s + parties.customer.siren;
    if (!parties.customer.vatNumber.isEmpty())
        expected << parties.customer.vatNumber;
    if (!invoice.purchaseOrder.isEmpty())
        expected << invoice.purchaseOrder;
    if (!sample.paid.isZero())
        expected << u"Déjà réglé"_s << euros(sample.paid) << u"Reste à payer"_s
                 << euros(totals.totalIncludingVat - sample.paid);
    for (const VatBreakdown &rate : totals.perRate) {
        expected << euros(rate.base) << euros(rate.vat) << euros(rate.total);
        if (!rate.exemptionMention.isEmpty())
            expected << u"TVA à 0 % : "_s + rate.exemptionMention;
    }
    for (const VatDeduction &deduction : invoice.deductions)
        expected << u"Déduction : "_s + deduction.reference.left(30);
    const QString flat = squeezed(content);
    for (const QString &needle : std::as_const(expected))
        QVERIFY2(flat.contains(squeezed(needle)),
                 qPrintable(u"missing \"%1\" in:\n%2"_s.arg(needle, content)));
    // Per-rate lines: "20 %", "5,5 %", "2,1 %", "0 %" where the invoice has them.
    for (const VatBreakdown &rate : totals.perRate)
        QVERIFY(content.contains(rate.rate.toPercentString().replace(u'.', u',') + u" %"_s));
}

void TestInvoicePdf::creditNoteMentions()
{
    const auto sample = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                     [](const auto &s) { return s.name == u"credit_note"_s; });
    QVERIFY(sample != m_samples.cend());
    const Result<QByteArray> pdf = renderInvoicePdf(sample->document, contextOf(sample->document));
    QVERIFY2(pdf, test::why(pdf).constData());
    const QString flat = squeezed(text(write(u"credit_note"_s, *pdf)));
    const InvoiceTotals totals = sample->document.totals().value();
    for (const QString &needle : {u"AVOIR N° AV2026-0003"_s, u"2026-ANA042-0007 du 12/03/2026"_s,
                                  u"Total TTC de l'avoir"_s, euros(totals.totalIncludingVat),
                                  u"SIREN : 123456782"_s, u"20/03/2026"_s}) {
        QVERIFY2(flat.contains(squeezed(needle)),
                 qPrintable(u"missing \"%1\" in:\n%2"_s.arg(needle, flat)));
    }
    QVERIFY(!flat.contains(u"FACTUREN°"_s));
}

// 120 lines do not fit one page: the table goes on with its header on the next pages, and the
// footer numbers the pages "x/y".
void TestInvoicePdf::longInvoiceBreaksOverPages()
{
    const SalesDocument invoice = test::manyLinesInvoice(120);
    const Result<QByteArray> pdf = renderInvoicePdf(invoice, contextOf(invoice));
    QVERIFY2(pdf, test::why(pdf).constData());
    const QString path = write(u"long"_s, *pdf);
    const int pages = pageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString content = text(path);
    QVERIFY(content.contains(u"Page 2/%1"_s.arg(pages)));
    QVERIFY(content.contains(u"Page %1/%1"_s.arg(pages)));
    // The table header on every page the table runs over (the totals may start a page of their own).
    const qsizetype headers = content.count(u"Désignation"_s);
    QVERIFY2(headers >= pages - 1 && headers <= pages && headers >= 2,
             qPrintable(u"%1 headers on %2 pages"_s.arg(headers).arg(pages)));
    // Every line is printed once, the last one included.
    QCOMPARE(content.count(u"Prestation de mise en page n°"_s), 120);
    QVERIFY(content.contains(u"FACTURE N° 2026-ANA042-0100 (suite)"_s));
    QVERIFY(content.contains(euros(invoice.totals().value().totalIncludingVat)));
}

// The preview draws the same pages: as many images as the PDF has pages, none blank.
void TestInvoicePdf::previewImages()
{
    const SalesDocument invoice = test::manyLinesInvoice(120);
    const Result<QByteArray> pdf = renderInvoicePdf(invoice, contextOf(invoice));
    QVERIFY2(pdf, test::why(pdf).constData());
    const int pages = pageCount(write(u"preview"_s, *pdf));
    const Result<QList<QImage>> images = renderInvoicePages(invoice, contextOf(invoice), 72);
    QVERIFY2(images, test::why(images).constData());
    QCOMPARE(images->size(), pages);
    for (const QImage &image : *images) {
        QCOMPARE(image.size(), QSize(595, 842));
        qint64 dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (qGray(image.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    }
    const Result<QList<QImage>> sharp = renderInvoicePages(invoice, contextOf(invoice), 150);
    QVERIFY2(sharp, test::why(sharp).constData());
    QCOMPARE(sharp->size(), pages);
    QCOMPARE(sharp->constFirst().width(), qRound(595.28 * 150 / 72));
    QVERIFY(!renderInvoicePages(invoice, contextOf(invoice), 20));
}

void TestInvoicePdf::draftIsMarked()
{
    SalesDocument draft = m_samples.constFirst().document;
    draft.status = DocumentStatus::Draft;
    draft.number.clear();
    InvoiceRenderContext context = contextOf(draft);
    context.draft = true;
    const Result<QByteArray> pdf = renderInvoicePdf(draft, context);
    QVERIFY2(pdf, test::why(pdf).constData());
    const QString flat = text(write(u"draft"_s, *pdf)).simplified();
    QVERIFY(flat.contains(u"BROUILLON — document sans valeur"_s));
    QVERIFY(flat.contains(u"FACTURE (BROUILLON)"_s));
    QVERIFY(!flat.contains(u"FACTURE N°"_s));
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
