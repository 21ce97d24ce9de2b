#include "core/hashchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

Money money(const QString &text)
{
    return Money::parse(text).value();
}

Rate percent(const QString &text)
{
    return Rate::fromPercent(text).value();
}

DocumentLine line(const QString &quantity, const QString &price, const QString &rate)
{
    DocumentLine result;
    result.designation = u"Journée d'atelier"_s;
    result.unit = u"DAY"_s;
    result.quantity = Quantity::parse(quantity).value();
    result.unitPrice = UnitPrice::parse(price).value();
    result.vatRate = percent(rate);
    return result;
}

SalesDocument issuedInvoice()
{
    SalesDocument d;
    d.id = u"8c1f7f0e-6a38-4a8e-9d0f-2b8f1e0c5a11"_s;
    d.status = DocumentStatus::Validated;
    d.activityId = u"act-1"_s;
    d.customerId = u"cus-1"_s;
    d.number = u"2026-ANA042-0007"_s;
    d.date = QDate(2026, 3, 2);
    d.dueDate = QDate(2026, 4, 1);
    d.title = u"Refonte du site"_s;
    d.lines = {line(u"3"_s, u"650"_s, u"20"_s), line(u"1.5"_s, u"120.12345"_s, u"10"_s)};
    DocumentParties parties;
    parties.seller.name = u"Coopérative Exemple"_s;
    parties.seller.siren = u"380129866"_s;
    parties.customer.name = u"Danone"_s;
    parties.customer.siren = u"552032534"_s;
    parties.customer.version = 4;
    parties.activity.analyticCode = u"ANA042"_s;
    d.parties = parties;
    const InvoiceTotals totals = d.totals().value();
    d.totalExcludingVat = totals.totalExcludingVat;
    d.totalVat = totals.totalVat;
    d.totalIncludingVat = totals.totalIncludingVat;
    d.validatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::UTC);
    d.version = 2;
    return d;
}

Payment recordedPayment()
{
    Payment p;
    p.id = u"pay-1"_s;
    p.documentId = u"8c1f7f0e-6a38-4a8e-9d0f-2b8f1e0c5a11"_s;
    p.date = QDate(2026, 3, 20);
    p.amount = money(u"500.00"_s);
    p.mode = PaymentMode::Cheque;
    p.reference = u"Chèque 1234567"_s;
    p.shares = {{percent(u"20"_s), QString(), money(u"400.00"_s), money(u"66.67"_s)},
                {percent(u"10"_s), QString(), money(u"100.00"_s), money(u"9.09"_s)}};
    p.recordedAt = QDateTime(QDate(2026, 3, 21), QTime(9, 0), Qt::UTC);
    p.version = 1;
    return p;
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

class tst_HashChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genesis();
    void chainHashLayout();
    void chainHashDeterministic();
    void chainHashSensitive_data();
    void chainHashSensitive();
    void documentCanonicalBytes_data();
    void documentCanonicalBytes();
    void canonicalJsonIsCompactAndSorted();
    void paymentCanonicalBytes_data();
    void paymentCanonicalBytes();
    void contentHashIsSha256OfCanonicalBytes();
    void aChainDetectsAChange();
};

void tst_HashChain::genesis()
{
    QCOMPARE(genesisHash(), QByteArray(32, '\0'));
}

// The link is SHA-256 over previous hash, big-endian sequence, entity, NUL, id, NUL, content hash,
// exactly as the header documents it: another implementation (the server) can recompute it.
void tst_HashChain::chainHashLayout()
{
    const QByteArray previous = hashOf("previous");
    const QByteArray content = hashOf("content");
    QByteArray bytes = previous;
    bytes.append(QByteArray::fromHex("0000000000000102"));
    bytes.append("document");
    bytes.append('\0');
    bytes.append("doc-1");
    bytes.append('\0');
    bytes.append(content);
    QCOMPARE(chainHash(previous, 258, u"document"_s, u"doc-1"_s, content), hashOf(bytes));
    QCOMPARE(chainHash(previous, 258, u"document"_s, u"doc-1"_s, content).size(), 32);
}

void tst_HashChain::chainHashDeterministic()
{
    const QByteArray content = contentHash(issuedInvoice());
    const QByteArray first = chainHash(genesisHash(), 1, u"document"_s, u"doc-1"_s, content);
    QCOMPARE(chainHash(genesisHash(), 1, u"document"_s, u"doc-1"_s, contentHash(issuedInvoice())),
             first);
    QCOMPARE(contentHash(issuedInvoice()), content);
}

void tst_HashChain::chainHashSensitive_data()
{
    QTest::addColumn<QByteArray>("previous");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("entityId");
    QTest::addColumn<QByteArray>("content");

    const QByteArray content = hashOf("content");
    QTest::newRow("another previous link")
        << hashOf("other") << qint64(7) << u"document"_s << u"doc-1"_s << content;
    QTest::newRow("another sequence")
        << genesisHash() << qint64(8) << u"document"_s << u"doc-1"_s << content;
    QTest::newRow("a sequence beyond 32 bits")
        << genesisHash() << (qint64(1) << 40 | 7) << u"document"_s << u"doc-1"_s << content;
    QTest::newRow("another entity")
        << genesisHash() << qint64(7) << u"payment"_s << u"doc-1"_s << content;
    QTest::newRow("another id")
        << genesisHash() << qint64(7) << u"document"_s << u"doc-2"_s << content;
    QTest::newRow("entity and id shifted across the separator")
        << genesisHash() << qint64(7) << u"documentd"_s << u"oc-1"_s << content;
    QTest::newRow("another content")
        << genesisHash() << qint64(7) << u"document"_s << u"doc-1"_s << hashOf("contenT");
}

void tst_HashChain::chainHashSensitive()
{
    QFETCH(QByteArray, previous);
    QFETCH(qint64, sequence);
    QFETCH(QString, entity);
    QFETCH(QString, entityId);
    QFETCH(QByteArray, content);

    const QByteArray reference =
        chainHash(genesisHash(), 7, u"document"_s, u"doc-1"_s, hashOf("content"));
    QVERIFY(chainHash(previous, sequence, entity, entityId, content) != reference);
}

void tst_HashChain::documentCanonicalBytes_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("changesBytes");

    QTest::newRow("nothing changed") << QString() << false;
    QTest::newRow("version is bookkeeping") << u"version"_s << false;
    QTest::newRow("validation timestamp is bookkeeping") << u"validatedAt"_s << false;
    QTest::newRow("a frozen party's record version") << u"party version"_s << false;
    QTest::newRow("the amount") << u"amount"_s << true;
    QTest::newRow("the VAT total") << u"vat"_s << true;
    QTest::newRow("a line's quantity") << u"quantity"_s << true;
    QTest::newRow("a line's unit price by 1e-5") << u"price"_s << true;
    QTest::newRow("a line's VAT rate") << u"rate"_s << true;
    QTest::newRow("a line's designation") << u"designation"_s << true;
    QTest::newRow("the number") << u"number"_s << true;
    QTest::newRow("the date") << u"date"_s << true;
    QTest::newRow("the due date") << u"dueDate"_s << true;
    QTest::newRow("the customer") << u"customer"_s << true;
    QTest::newRow("the frozen customer's SIREN") << u"siren"_s << true;
    QTest::newRow("a deduction") << u"deduction"_s << true;
    QTest::newRow("the kind") << u"kind"_s << true;
    QTest::newRow("the credited invoice") << u"credited"_s << true;
}

void tst_HashChain::documentCanonicalBytes()
{
    QFETCH(QString, change);
    QFETCH(bool, changesBytes);

    const SalesDocument original = issuedInvoice();
    SalesDocument d = original;
    if (change == u"version")
        d.version = 99;
    if (change == u"validatedAt")
        d.validatedAt = d.validatedAt.addSecs(3600);
    if (change == u"party version")
        d.parties->customer.version = 5;
    if (change == u"amount")
        d.totalIncludingVat = d.totalIncludingVat + Money::fromCents(1);
    if (change == u"vat")
        d.totalVat = d.totalVat - Money::fromCents(1);
    if (change == u"quantity")
        d.lines[1].quantity = Quantity::fromUnits(d.lines[1].quantity.units() + 1);
    if (change == u"price")
        d.lines[1].unitPrice = UnitPrice::fromUnits(d.lines[1].unitPrice.units() + 1);
    if (change == u"rate")
        d.lines[1].vatRate = percent(u"5.5"_s);
    if (change == u"designation")
        d.lines[0].designation += u'.';
    if (change == u"number")
        d.number = u"2026-ANA042-0008"_s;
    if (change == u"date")
        d.date = d.date.addDays(1);
    if (change == u"dueDate")
        d.dueDate = d.dueDate.addDays(-1);
    if (change == u"customer")
        d.customerId = u"cus-2"_s;
    if (change == u"siren")
        d.parties->customer.siren = u"380129866"_s;
    if (change == u"deduction")
        d.deductions = {{percent(u"20"_s), QString(), money(u"1.00"_s), money(u"0.20"_s), {}}};
    if (change == u"kind")
        d.kind = DocumentKind::CreditNote;
    if (change == u"credited")
        d.creditedInvoiceNumber = u"2026-ANA042-0001"_s;

    QCOMPARE(canonicalBytes(d) != canonicalBytes(original), changesBytes);
    QCOMPARE(contentHash(d) != contentHash(original), changesBytes);
}

// Money as integer cents, rates and quantities as integer units, dates ISO; keys sorted, compact:
// the bytes parse back to the same JSON and serialise to the same bytes.
void tst_HashChain::canonicalJsonIsCompactAndSorted()
{
    const QByteArray bytes = canonicalBytes(issuedInvoice());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isObject());
    QCOMPARE(json.toJson(QJsonDocument::Compact), bytes);
    QVERIFY(!bytes.contains('\n'));
    QVERIFY(bytes.contains("\"date\":\"2026-03-02\""));
    QVERIFY(bytes.contains("\"quantity_units\":1500"));
    QVERIFY(bytes.contains("\"unit_price_units\":12012345"));
    QVERIFY(bytes.contains("\"vat_rate_units\":20000000}"));
    QVERIFY(!bytes.contains("version"));
    QVERIFY(bytes.indexOf("\"activity_id\"") < bytes.indexOf("\"customer_id\""));
    QVERIFY(bytes.indexOf("\"customer_id\"") < bytes.indexOf("\"date\""));
    const qint64 ttc = json.object().value(u"total_including_vat_cents"_s).toInteger();
    QCOMPARE(ttc, issuedInvoice().totalIncludingVat.cents());
}

void tst_HashChain::paymentCanonicalBytes_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("changesBytes");

    QTest::newRow("nothing changed") << QString() << false;
    QTest::newRow("version is bookkeeping") << u"version"_s << false;
    QTest::newRow("recording time is bookkeeping") << u"recordedAt"_s << false;
    QTest::newRow("the amount") << u"amount"_s << true;
    QTest::newRow("a share's VAT") << u"share vat"_s << true;
    QTest::newRow("the date") << u"date"_s << true;
    QTest::newRow("the invoice paid") << u"document"_s << true;
    QTest::newRow("the mode") << u"mode"_s << true;
    QTest::newRow("the bank account") << u"account"_s << true;
    QTest::newRow("the reference") << u"reference"_s << true;
}

void tst_HashChain::paymentCanonicalBytes()
{
    QFETCH(QString, change);
    QFETCH(bool, changesBytes);

    const Payment original = recordedPayment();
    Payment p = original;
    if (change == u"version")
        p.version = 8;
    if (change == u"recordedAt")
        p.recordedAt = p.recordedAt.addDays(1);
    if (change == u"amount")
        p.amount = money(u"500.01"_s);
    if (change == u"share vat")
        p.shares[1].vat = money(u"9.10"_s);
    if (change == u"date")
        p.date = p.date.addDays(1);
    if (change == u"document")
        p.documentId = u"doc-2"_s;
    if (change == u"mode")
        p.mode = PaymentMode::Transfer;
    if (change == u"account")
        p.bankAccount = u"512100"_s;
    if (change == u"reference")
        p.reference = u"Chèque 1234568"_s;

    QCOMPARE(canonicalBytes(p) != canonicalBytes(original), changesBytes);
    QCOMPARE(contentHash(p) != contentHash(original), changesBytes);
}

void tst_HashChain::contentHashIsSha256OfCanonicalBytes()
{
    QCOMPARE(contentHash(issuedInvoice()), hashOf(canonicalBytes(issuedInvoice())));
    QCOMPARE(contentHash(recordedPayment()), hashOf(canonicalBytes(recordedPayment())));
    QCOMPARE(contentHash(recordedPayment()).size(), 32);
}

// Three links; changing the middle record changes its link and every link after it.
void tst_HashChain::aChainDetectsAChange()
{
    const SalesDocument invoice = issuedInvoice();
    const Payment paid = recordedPayment();
    SalesDocument second = issuedInvoice();
    second.id = u"doc-2"_s;
    second.number = u"2026-ANA042-0008"_s;

    auto chain = [](const SalesDocument &a, const Payment &b, const SalesDocument &c) {
        QList<QByteArray> links;
        links.append(chainHash(genesisHash(), 1, u"document"_s, a.id, contentHash(a)));
        links.append(chainHash(links.last(), 2, u"payment"_s, b.id, contentHash(b)));
        links.append(chainHash(links.last(), 3, u"document"_s, c.id, contentHash(c)));
        return links;
    };
    const QList<QByteArray> original = chain(invoice, paid, second);
    Payment altered = paid;
    altered.amount = money(u"50.00"_s);
    const QList<QByteArray> tampered = chain(invoice, altered, second);
    QCOMPARE(tampered.at(0), original.at(0));
    QVERIFY(tampered.at(1) != original.at(1));
    QVERIFY(tampered.at(2) != original.at(2));
}

QTEST_APPLESS_MAIN(tst_HashChain)

#include "tst_hashchain.moc"
