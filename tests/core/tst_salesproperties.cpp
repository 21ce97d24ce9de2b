// Properties of the sales rules over many random documents: what must hold for every invoice,
// credit note, quote schedule and payment, whatever the amounts. The generator is seeded; the
// seed is printed, and COOP_SEED=<n> replays a run.

#include "core/salesdocument.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

// The error of a failed Result for QVERIFY2 messages (evaluated even when the check passes).
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

constexpr int InvoiceCount = 10'000;
constexpr int QuoteCount = 10'000;
constexpr int PaidInvoiceCount = 10'000;

const QString Exempt = u"Exonération de TVA, article 261-4-4° du CGI"_s;
const QString ReverseCharge = u"Autoliquidation (article 283-2 du CGI)"_s;

qsizetype indexOf(const QList<VatBreakdown> &perRate, Rate rate, const QString &mention)
{
    for (qsizetype i = 0; i < perRate.size(); ++i) {
        if (perRate.at(i).rate == rate && perRate.at(i).exemptionMention == mention)
            return i;
    }
    return -1;
}

} // namespace

class tst_SalesProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void invoiceTotalsAddUp();
    void fullCreditNoteCancelsTheInvoice();
    void quoteScheduleAddsUpToTheQuote();
    void paymentsAddUpToTheInvoicePerRate();

private:
    qint64 between(qint64 lowest, qint64 highest) // inclusive
    {
        return m_random.bounded(lowest, highest + 1);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    Rate anyRate()
    {
        const QList<Rate> rates = frenchVatRates();
        return rates.at(between(0, rates.size() - 1));
    }
    DocumentLine randomLine(Rate rate, bool positiveOnly);
    QList<DocumentLine> randomLines(bool positiveOnly);
    SalesDocument randomInvoice(bool positiveOnly);

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    int m_case = 0;
};

void tst_SalesProperties::initTestCase()
{
    bool ok = false;
    const QByteArray fromEnvironment = qgetenv("COOP_SEED");
    m_seed = fromEnvironment.toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    qInfo("tst_salesproperties seed: %u (replay with COOP_SEED=%u)", m_seed, m_seed);
}

void tst_SalesProperties::init()
{
    // Each test function draws its own sequence from the seed, so one can be replayed alone.
    m_random.seed(m_seed);
    m_case = 0;
}

void tst_SalesProperties::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("failed at case %d with COOP_SEED=%u", m_case, m_seed);
}

DocumentLine tst_SalesProperties::randomLine(Rate rate, bool positiveOnly)
{
    DocumentLine line;
    line.designation = u"Ligne"_s;
    line.vatRate = rate;
    if (rate.isZero())
        line.exemptionMention = chance(50) ? Exempt : ReverseCharge;
    // Quantities to 3 decimals up to 1000, prices to 5 decimals up to 5000 €, sometimes tiny.
    qint64 quantity = chance(30) ? between(1, 10) * Quantity::UnitsPerOne : between(1, 1'000'000);
    qint64 price = chance(20) ? between(1, 999) : between(1, 500'000'000);
    if (!positiveOnly && chance(10))
        quantity = -quantity; // a discount or a returned item
    if (!positiveOnly && chance(5))
        price = -price;
    line.quantity = Quantity::fromUnits(quantity);
    line.unitPrice = UnitPrice::fromUnits(price);
    if (chance(20))
        line.discount = Rate::fromUnits(between(0, Rate::UnitsPerOne));
    return line;
}

QList<DocumentLine> tst_SalesProperties::randomLines(bool positiveOnly)
{
    QList<DocumentLine> lines;
    const qint64 count = between(1, 8);
    for (qint64 i = 0; i < count; ++i)
        lines.append(randomLine(anyRate(), positiveOnly));
    return lines;
}

SalesDocument tst_SalesProperties::randomInvoice(bool positiveOnly)
{
    SalesDocument invoice;
    invoice.id = u"doc-%1"_s.arg(m_case);
    invoice.status = DocumentStatus::Validated;
    invoice.number = u"2026-ANA042-%1"_s.arg(m_case);
    invoice.date = QDate(2026, 1, 1).addDays(between(0, 364));
    invoice.priceEntry = chance(30) ? PriceEntry::IncludingVat : PriceEntry::ExcludingVat;
    if (chance(20))
        invoice.documentDiscount = Rate::fromUnits(between(0, 50 * Rate::UnitsPerPercent));
    invoice.lines = randomLines(positiveOnly);
    return invoice;
}

// For every invoice: TTC = HT + VAT, per rate and in total, and the totals are the exact sums of
// the per-rate amounts.
void tst_SalesProperties::invoiceTotalsAddUp()
{
    for (m_case = 0; m_case < InvoiceCount; ++m_case) {
        const SalesDocument invoice = randomInvoice(false);
        const Result<InvoiceTotals> totals = invoice.totals();
        QVERIFY(totals.has_value());
        QCOMPARE(totals->totalIncludingVat, totals->totalExcludingVat + totals->totalVat);
        Money base;
        Money vat;
        Money total;
        for (const VatBreakdown &rate : totals->perRate) {
            QCOMPARE(rate.total, rate.base + rate.vat);
            base += rate.base;
            vat += rate.vat;
            total += rate.total;
        }
        QCOMPARE(base, totals->totalExcludingVat);
        QCOMPARE(vat, totals->totalVat);
        QCOMPARE(total, totals->totalIncludingVat);
    }
}

// A full credit note has exactly the invoice's totals, rate by rate: invoice − credit note nets to
// zero at every rate.
void tst_SalesProperties::fullCreditNoteCancelsTheInvoice()
{
    for (m_case = 0; m_case < InvoiceCount; ++m_case) {
        const SalesDocument invoice = randomInvoice(false);
        const InvoiceTotals invoiceTotals = invoice.totals().value();
        const Result<SalesDocument> note = makeFullCreditNote(invoice);
        QVERIFY(note.has_value());
        QCOMPARE(note->kind, DocumentKind::CreditNote);
        const InvoiceTotals noteTotals = note->totals().value();
        QCOMPARE(noteTotals.perRate.size(), invoiceTotals.perRate.size());
        for (qsizetype i = 0; i < invoiceTotals.perRate.size(); ++i) {
            const VatBreakdown &a = invoiceTotals.perRate.at(i);
            const VatBreakdown &b = noteTotals.perRate.at(i);
            QCOMPARE(b.rate, a.rate);
            QCOMPARE(b.exemptionMention, a.exemptionMention);
            QCOMPARE(a.base - b.base, Money());
            QCOMPARE(a.vat - b.vat, Money());
            QCOMPARE(a.total - b.total, Money());
        }
        QCOMPARE(noteTotals.totalIncludingVat, invoiceTotals.totalIncludingVat);
        QCOMPARE(note->totalIncludingVat, invoiceTotals.totalIncludingVat);
        // And nothing is left to credit afterwards.
        const Result<void> again = checkCreditNote(invoiceTotals, {noteTotals}, noteTotals);
        if (!invoiceTotals.totalIncludingVat.isZero())
            QVERIFY(!again.has_value());
    }
}

// A signed quote with 1-3 rates, a deposit and 0-2 intermediate invoices, then the balance: the
// invoices add up to the quote per rate (base and VAT) and in total, to the cent.
void tst_SalesProperties::quoteScheduleAddsUpToTheQuote()
{
    for (m_case = 0; m_case < QuoteCount; ++m_case) {
        Quote quote;
        quote.id = u"quote-%1"_s.arg(m_case);
        quote.number = u"D2026-%1"_s.arg(m_case, 4, 10, QLatin1Char('0'));
        quote.status = QuoteStatus::Signed;
        quote.signedDate = QDate(2026, 1, 15);
        quote.priceEntry = chance(30) ? PriceEntry::IncludingVat : PriceEntry::ExcludingVat;
        if (chance(20))
            quote.documentDiscount = Rate::fromUnits(between(0, 20 * Rate::UnitsPerPercent));
        QList<Rate> rates = frenchVatRates();
        const qint64 rateCount = between(1, 3);
        while (rates.size() > rateCount)
            rates.removeAt(between(0, rates.size() - 1));
        for (const Rate rate : std::as_const(rates)) {
            const qint64 count = between(1, 3);
            for (qint64 i = 0; i < count; ++i) {
                DocumentLine line = randomLine(rate, true);
                line.exemptionMention = rate.isZero() ? Exempt : QString();
                // At least a euro per line, so that rounding each invoice up by half a cent can
                // never take the invoices above the quote.
                line.quantity = Quantity::fromUnits(between(1, 50) * Quantity::UnitsPerOne);
                line.unitPrice =
                    UnitPrice::fromUnits(between(UnitPrice::UnitsPerEuro, 900'000'000));
                quote.lines.append(line);
            }
        }
        const InvoiceTotals quoteTotals = quote.totals().value();

        // Shares of the quote: a deposit of 1-50 %, then up to two intermediate invoices, all
        // together below 95 %.
        QList<IssuedInvoiceOfQuote> issued;
        qint64 left = 95 * Rate::UnitsPerPercent;
        const qint64 intermediates = between(0, 2);
        for (qint64 i = 0; i <= intermediates; ++i) {
            const qint64 most = i == 0 ? std::min<qint64>(50 * Rate::UnitsPerPercent, left / 2)
                                       : left / 2;
            const Rate share = Rate::fromUnits(between(Rate::UnitsPerPercent / 100, most));
            left -= share.units();
            const Result<SalesDocument> invoice = i == 0
                ? makeDepositInvoice(quote, share, issued)
                : makeIntermediateInvoice(quote, share, issued);
            QVERIFY2(invoice.has_value(), why(invoice).constData());
            IssuedInvoiceOfQuote done;
            done.number = u"2026-ANA042-%1"_s.arg(issued.size() + 1);
            done.date = QDate(2026, 2, 1).addDays(30 * i);
            done.role = invoice->role;
            done.perRate = invoice->totals().value().perRate;
            issued.append(done);
        }
        const Result<SalesDocument> balance = makeBalanceInvoice(quote, issued);
        QVERIFY2(balance.has_value(), why(balance).constData());
        const InvoiceTotals balanceTotals = balance->totals().value();

        Money allTotal = balanceTotals.totalIncludingVat;
        for (const IssuedInvoiceOfQuote &invoice : std::as_const(issued)) {
            for (const VatBreakdown &b : invoice.perRate)
                allTotal += b.total;
        }
        QCOMPARE(allTotal, quoteTotals.totalIncludingVat);

        for (const VatBreakdown &expected : quoteTotals.perRate) {
            const qsizetype inBalance =
                indexOf(balanceTotals.perRate, expected.rate, expected.exemptionMention);
            QVERIFY(inBalance >= 0);
            Money base = balanceTotals.perRate.at(inBalance).base;
            Money vat = balanceTotals.perRate.at(inBalance).vat;
            for (const IssuedInvoiceOfQuote &invoice : std::as_const(issued)) {
                const qsizetype at = indexOf(invoice.perRate, expected.rate,
                                             expected.exemptionMention);
                QVERIFY(at >= 0);
                base += invoice.perRate.at(at).base;
                vat += invoice.perRate.at(at).vat;
            }
            QCOMPARE(base, expected.base);
            QCOMPARE(vat, expected.vat);
        }
        QCOMPARE(balanceTotals.perRate.size(), quoteTotals.perRate.size());
    }
}

// Random partial payments until the invoice is paid: every payment's shares add up to it, and
// in the end each rate has collected exactly its TTC and its VAT.
void tst_SalesProperties::paymentsAddUpToTheInvoicePerRate()
{
    for (m_case = 0; m_case < PaidInvoiceCount; ++m_case) {
        const SalesDocument invoice = randomInvoice(true);
        const InvoiceTotals totals = invoice.totals().value();
        if (totals.totalIncludingVat.isZero())
            continue;

        QList<Payment> payments;
        Money due = totals.totalIncludingVat;
        while (!due.isZero()) {
            // Sometimes everything, sometimes a cent, usually a random part.
            const qint64 cents = chance(15) ? due.cents()
                               : chance(10) ? 1
                                            : between(1, due.cents());
            Payment payment;
            payment.amount = Money::fromCents(cents);
            const Result<QList<PaymentShare>> shares =
                splitPayment(totals, payments, Money(), payment.amount);
            QVERIFY2(shares.has_value(), why(shares).constData());
            payment.shares = *shares;
            Money sum;
            for (const PaymentShare &share : std::as_const(payment.shares)) {
                sum += share.amount;
                QVERIFY(!share.vat.isNegative());
                QVERIFY(share.vat <= share.amount);
            }
            QCOMPARE(sum, payment.amount);
            payments.append(payment);
            due -= payment.amount;
            QVERIFY(payments.size() < 10'000);
        }
        // Once paid, nothing more is accepted.
        QVERIFY(!splitPayment(totals, payments, Money(), Money::fromCents(1)).has_value());

        for (const VatBreakdown &rate : totals.perRate) {
            Money amount;
            Money vat;
            for (const Payment &payment : std::as_const(payments)) {
                for (const PaymentShare &share : payment.shares) {
                    if (share.rate == rate.rate
                        && share.exemptionMention == rate.exemptionMention) {
                        amount += share.amount;
                        vat += share.vat;
                    }
                }
            }
            QCOMPARE(amount, rate.total);
            QCOMPARE(vat, rate.vat);
        }
    }
}

QTEST_APPLESS_MAIN(tst_SalesProperties)

#include "tst_salesproperties.moc"
