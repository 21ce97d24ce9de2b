#include "ui/contractdocument.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

CooperativeSettings cooperative()
{
    CooperativeSettings coop;
    coop.name = u"Coopérative Horizon"_s;
    coop.legalForm = u"SCOP SARL"_s;
    coop.capital = Money::fromCents(1250000);
    coop.siren = u"123456782"_s;
    coop.siret = u"12345678210001"_s;
    coop.vatNumber = u"FR11123456782"_s;
    coop.rcsCity = u"RCS Lyon"_s;
    coop.address.line1 = u"3 rue de la République"_s;
    coop.address.postcode = u"69001"_s;
    coop.address.city = u"Lyon"_s;
    return coop;
}

Entrepreneur person()
{
    Entrepreneur e;
    e.firstName = u"Hélène"_s;
    e.lastName = u"Durand"_s;
    e.birthDate = QDate(1992, 1, 15);
    e.nir = u"292016912304592"_s;
    e.address.line1 = u"12 rue des Tisserands"_s;
    e.address.postcode = u"69003"_s;
    e.address.city = u"Lyon"_s;
    return e;
}

Activity activity()
{
    Activity a;
    a.analyticCode = u"ANA042"_s;
    a.name = u"Atelier Durand"_s;
    a.trade = u"Graphisme"_s;
    return a;
}

ContractTerms terms(QDate from, qint64 cents, const QString &note = {})
{
    ContractTerms t;
    t.effectiveFrom = from;
    t.fixedMonthlyPart = Money::fromCents(cents);
    t.variableRate = Rate::fromPercent(u"60").value();
    t.monthlyHours = Quantity::parse(u"151.67").value();
    t.contributionScale = u"STD-2026"_s;
    t.referent = u"Claire Martin"_s;
    t.note = note;
    return t;
}

Contract cesa()
{
    Contract c;
    c.type = ContractType::Cesa;
    c.signedOn = QDate(2026, 2, 20);
    c.start = QDate(2026, 3, 1);
    c.terms = {terms(QDate(2026, 3, 1), 185050),
               terms(QDate(2026, 9, 1), 200000, u"Activité en hausse"_s)};
    return c;
}

// The text of every page, with runs of white space (line breaks of the layout, no-break spaces)
// made single spaces.
QString pdfText(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u'\n';
    static const QRegularExpression spaces(u"[\\s\\x{00a0}\\x{202f}]+"_s);
    return text.replace(spaces, u" "_s);
}

} // namespace

class tst_ContractDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdf_holdsThePartiesTermsAndTheSixClauses();
    void pdf_refusesAContractThatIsNotACesa();
    void pdf_reportsAnUnwritableFile();
};

void tst_ContractDocument::pdf_holdsThePartiesTermsAndTheSixClauses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cesa.pdf"_s);
    const Result<void> written = ui::writeCesaPdf(path, cooperative(), person(), activity(), cesa());
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // The fonts travel with the document.
    QVERIFY(bytes.contains("/FontFile2"));

    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "no text could be read from the PDF");
    const QStringList expected = {
        u"Contrat d'entrepreneur salarié associé"_s,
        // The parties.
        u"Coopérative Horizon"_s, u"SCOP SARL"_s, u"au capital de 12 500,00 €"_s,
        u"SIREN 123 456 782"_s, u"RCS Lyon"_s, u"Hélène DURAND"_s, u"2 92 01 69 123 045 92"_s,
        u"Atelier Durand"_s, u"ANA042"_s,
        // Start date, hours, fixed part and variable formula.
        u"1er mars 2026"_s, u"151,67 heures par mois"_s, u"1 850,50 € bruts par mois"_s,
        u"60 %"_s,
        // The six clauses of article L7331-2.
        u"Objectifs à atteindre et obligations d'activité minimale"_s,
        u"Moyens d'accompagnement et de contrôle mis en œuvre par la coopérative"_s,
        u"Contribution au financement des services mutualisés"_s,
        u"Rémunération : part fixe et part variable"_s,
        u"Statuts de la coopérative et accès au sociétariat"_s,
        u"Droits sur la clientèle et propriété intellectuelle"_s,
        // The amendment and the signatures.
        u"1er septembre 2026"_s, u"2 000,00 €"_s, u"Activité en hausse"_s,
        u"Pour la coopérative"_s, u"L'entrepreneur salarié"_s, u"lu et approuvé"_s,
    };
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(u"missing: "_s + needle));
}

void tst_ContractDocument::pdf_refusesAContractThatIsNotACesa()
{
    QTemporaryDir dir;
    Contract cape;
    cape.type = ContractType::Cape;
    cape.start = QDate(2026, 1, 1);
    cape.capePeriods = {{QDate(2026, 1, 1), QDate(2026, 12, 31)}};
    const QString path = dir.filePath(u"cape.pdf"_s);
    const Result<void> written = ui::writeCesaPdf(path, cooperative(), person(), activity(), cape);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(path));
}

void tst_ContractDocument::pdf_reportsAnUnwritableFile()
{
    const Result<void> written = ui::writeCesaPdf(u"/nonexistent-folder/cesa.pdf"_s, cooperative(),
                                                  person(), activity(), cesa());
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Io);
}

QTEST_MAIN(tst_ContractDocument)
#include "tst_contractdocument.moc"
