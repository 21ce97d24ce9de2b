// The posting rules (issue 7 §2) with hand-checked entries, the entry checks, the opening entry,
// the FEC writer's bytes, and a property over random invoices: every entry balances, the
// customer gets the TTC, each VAT account its rate's VAT, the revenue accounts the HT. The seed
// is printed; COOP_SEED=<n> replays a run.

#include "core/fec.h"
#include "core/ledger.h"
#include "core/posting.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

Money euros(qint64 cents) { return Money::fromCents(cents); }
Rate percentTenths(qint64 tenths) { return Rate::fromUnits(tenths * Rate::UnitsPerPercent / 10); }

DocumentLine docLine(const QString &account, qint64 quantity, qint64 priceCents, qint64 rateTenths)
{
    DocumentLine l;
    l.designation = u"Ligne"_s;
    l.quantity = Quantity::fromUnits(quantity * Quantity::UnitsPerOne);
    l.unitPrice = UnitPrice::fromUnits(priceCents * UnitPrice::UnitsPerCent);
    l.vatRate = percentTenths(rateTenths);
    if (rateTenths == 0)
        l.exemptionMention = u"TVA non applicable, art. 293 B du CGI"_s;
    l.revenueAccount = account;
    return l;
}

DocumentParties parties()
{
    DocumentParties p;
    p.activity.analyticCode = u"ANA042"_s;
    p.customer.kind = CustomerKind::Company;
    p.customer.name = u"Boulangerie Martin"_s;
    p.customer.accountingAccount = u"411MARTIN"_s;
    return p;
}

Money sideTotal(const LedgerEntry &e, const QString &account, JournalSide side)
{
    Money total;
    for (const JournalLine &l : e.lines) {
        if (l.account == account && l.side == side)
            total += l.amount;
    }
    return total;
}

} // namespace

class TestPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invoiceEntry();
    void creditNoteSwapsSides();
    void paymentAndRefund();
    void expenseReportAndReimbursement();
    void purchaseAndPayment();
    void supplierInvoiceAsPosted();
    void entryChecks_data();
    void entryChecks();
    void openingCarriesBalancesAndResult();
    void accountLabelFromParent();
    void fecBytes();
    void randomInvoicesBalance();
};

// 2 × 100 € at 20 % on 706000 and 3 × 33.33 € at 20 % on 707000, 50 € at 10 % on 706000:
// HT 20 % = 299.99, VAT 60.00 (59.998 rounded once), HT 10 % = 50.00, VAT 5.00.
void TestPosting::invoiceEntry()
{
    SalesDocument d;
    d.id = u"doc-1"_s;
    d.number = u"2026-ANA042-0007"_s;
    d.date = QDate(2026, 3, 2);
    d.lines = {docLine(u"706000"_s, 2, 10000, 200), docLine(u"707000"_s, 3, 3333, 200),
               docLine(u"706000"_s, 1, 5000, 100)};
    const auto e = postSalesDocument(d, parties(), AccountingMapping());
    QVERIFY2(e, e ? "" : qPrintable(e.error().message()));
    QCOMPARE(e->journal, u"VT"_s);
    QCOMPARE(e->date, QDate(2026, 3, 2));
    QCOMPARE(e->pieceRef, u"2026-ANA042-0007"_s);
    QCOMPARE(e->sourceKind, u"invoice"_s);
    QCOMPARE(e->lines.at(0).account, u"411000"_s);
    QCOMPARE(e->lines.at(0).auxAccount, u"411MARTIN"_s);
    QCOMPARE(e->lines.at(0).auxLabel, u"Boulangerie Martin"_s);
    QCOMPARE(e->lines.at(0).side, JournalSide::Debit);
    QCOMPARE(e->lines.at(0).amount, euros(41499));  // 299.99 + 60.00 + 50.00 + 5.00
    QCOMPARE(sideTotal(*e, u"706000"_s, JournalSide::Credit), euros(25000));
    QCOMPARE(sideTotal(*e, u"707000"_s, JournalSide::Credit), euros(9999));
    QCOMPARE(sideTotal(*e, u"445712"_s, JournalSide::Credit), euros(6000));
    QCOMPARE(sideTotal(*e, u"445711"_s, JournalSide::Credit), euros(500));
    for (const JournalLine &l : e->lines)
        QCOMPARE(l.activityCode, u"ANA042"_s);
    QVERIFY(isBalanced(e->lines));
}

void TestPosting::creditNoteSwapsSides()
{
    SalesDocument d;
    d.id = u"cn-1"_s;
    d.kind = DocumentKind::CreditNote;
    d.number = u"AV2026-0001"_s;
    d.date = QDate(2026, 4, 1);
    d.lines = {docLine(u"706000"_s, 1, 10000, 200)};
    const auto e = postSalesDocument(d, parties(), AccountingMapping());
    QVERIFY(e);
    QCOMPARE(e->sourceKind, u"credit_note"_s);
    QCOMPARE(sideTotal(*e, u"411000"_s, JournalSide::Credit), euros(12000));
    QCOMPARE(sideTotal(*e, u"706000"_s, JournalSide::Debit), euros(10000));
    QCOMPARE(sideTotal(*e, u"445712"_s, JournalSide::Debit), euros(2000));
}

void TestPosting::paymentAndRefund()
{
    SalesDocument d;
    d.number = u"2026-ANA042-0007"_s;
    Payment p;
    p.id = u"pay-1"_s;
    p.date = QDate(2026, 3, 20);
    p.amount = euros(12345);
    p.reference = u"VIR 2026-ANA042-0007"_s;
    const auto e = postPayment(p, d, parties(), AccountingMapping());
    QVERIFY(e);
    QCOMPARE(e->journal, u"BQ"_s);
    QCOMPARE(e->pieceRef, u"VIR 2026-ANA042-0007"_s);
    QCOMPARE(sideTotal(*e, u"512000"_s, JournalSide::Debit), euros(12345));
    QCOMPARE(sideTotal(*e, u"411000"_s, JournalSide::Credit), euros(12345));
    d.kind = DocumentKind::CreditNote;
    const auto refund = postPayment(p, d, parties(), AccountingMapping());
    QVERIFY(refund);
    QCOMPARE(sideTotal(*refund, u"512000"_s, JournalSide::Credit), euros(12345));
    QCOMPARE(sideTotal(*refund, u"411000"_s, JournalSide::Debit), euros(12345));
}

// Train 120 € TTC (20 € VAT), hotel 88 € TTC (8 € VAT), 100 km at the scale (no VAT).
void TestPosting::expenseReportAndReimbursement()
{
    ExpenseReport r;
    r.id = u"ndf-1"_s;
    r.month = QDate(2026, 3, 1);
    ExpenseLine train;
    train.category = ExpenseCategory::Travel;
    train.amountIncludingVat = euros(12000);
    train.vat = euros(2000);
    ExpenseLine hotel;
    hotel.category = ExpenseCategory::Accommodation;
    hotel.amountIncludingVat = euros(8800);
    hotel.vat = euros(800);
    ExpenseLine km;
    km.category = ExpenseCategory::Mileage;
    km.amountIncludingVat = euros(6030);
    r.lines = {train, hotel, km};
    const auto e = postExpenseReport(r, u"ANA042"_s, u"MARTIN Alice"_s, AccountingMapping());
    QVERIFY2(e, e ? "" : qPrintable(e.error().message()));
    QCOMPARE(e->journal, u"AC"_s);
    QCOMPARE(e->date, QDate(2026, 3, 31));
    QCOMPARE(sideTotal(*e, u"6251"_s, JournalSide::Debit), euros(10000 + 6030));
    QCOMPARE(sideTotal(*e, u"6256"_s, JournalSide::Debit), euros(8000));
    QCOMPARE(sideTotal(*e, u"445660"_s, JournalSide::Debit), euros(2800));
    QCOMPARE(sideTotal(*e, u"467100"_s, JournalSide::Credit), euros(26830));
    QCOMPARE(e->lines.constLast().auxAccount, u"NDFANA042"_s);
    const auto paid = postExpenseReimbursement(r, QDate(2026, 4, 10), u"ANA042"_s,
                                               u"MARTIN Alice"_s, AccountingMapping());
    QVERIFY(paid);
    QCOMPARE(paid->journal, u"BQ"_s);
    QCOMPARE(sideTotal(*paid, u"467100"_s, JournalSide::Debit), euros(26830));
    QCOMPARE(sideTotal(*paid, u"512000"_s, JournalSide::Credit), euros(26830));
}

void TestPosting::purchaseAndPayment()
{
    PurchasePosting p;
    p.sourceId = u"si-1"_s;
    p.activityCode = u"ANA042"_s;
    p.supplierName = u"Papeterie Dupont"_s;
    p.supplierAux = auxAccountFor(u"401", p.supplierName);
    QCOMPARE(p.supplierAux, u"401PAPETERIE"_s);
    p.reference = u"F-889"_s;
    p.date = QDate(2026, 5, 4);
    p.charges = {{u"607000"_s, euros(50000), euros(10000)}, {u"6064"_s, euros(2500), euros(500)}};
    const auto e = postPurchase(p, AccountingMapping());
    QVERIFY(e);
    QCOMPARE(e->journal, u"AC"_s);
    QCOMPARE(sideTotal(*e, u"607000"_s, JournalSide::Debit), euros(50000));
    QCOMPARE(sideTotal(*e, u"445660"_s, JournalSide::Debit), euros(10500));
    QCOMPARE(sideTotal(*e, u"401000"_s, JournalSide::Credit), euros(63000));
    const auto paid = postPurchasePayment(p, QDate(2026, 6, 1), AccountingMapping());
    QVERIFY(paid);
    QCOMPARE(sideTotal(*paid, u"401000"_s, JournalSide::Debit), euros(63000));
    QCOMPARE(sideTotal(*paid, u"512000"_s, JournalSide::Credit), euros(63000));
}

// Two 20 % lines on 607 and one 5.5 % line on 6064: 607 takes 150.00, 6064 33.33; the VAT is
// the invoice's, once per rate: 30.00 + 1.83 (1.833 rounded half up) = 31.83, on one line.
void TestPosting::supplierInvoiceAsPosted()
{
    SupplierInvoice invoice;
    invoice.id = u"si-2"_s;
    invoice.supplierName = u"Grossiste Éole"_s;
    invoice.supplierReference = u"F-12"_s;
    invoice.date = QDate(2026, 5, 4);
    invoice.lines = {{u"Marchandises"_s, u"607"_s, euros(10000), percentTenths(200)},
                     {u"Papier"_s, u"6064"_s, euros(3333), percentTenths(55)},
                     {u"Marchandises"_s, u"607"_s, euros(5000), percentTenths(200)}};
    const PurchasePosting p = purchasePostingOf(invoice, u"ANA042"_s);
    QCOMPARE(p.supplierAux, u"401GROSSISTE"_s);
    QCOMPARE(p.charges.size(), 2);
    QCOMPARE(p.charges.at(0).account, u"607"_s);
    QCOMPARE(p.charges.at(0).excludingVat, euros(15000));
    QCOMPARE(p.charges.at(1).excludingVat, euros(3333));
    const auto e = postPurchase(p, AccountingMapping());
    QVERIFY(e);
    QCOMPARE(sideTotal(*e, u"445660"_s, JournalSide::Debit), euros(3183));
    QCOMPARE(sideTotal(*e, u"401000"_s, JournalSide::Credit), euros(15000 + 3333 + 3183));
    QCOMPARE(sideTotal(*e, u"401000"_s, JournalSide::Credit),
             supplierInvoiceTotals(invoice).includingVat);
}

void TestPosting::entryChecks_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("where");
    QTest::newRow("unbalanced") << u"unbalanced"_s << u"lines"_s;
    QTest::newRow("one line") << u"one"_s << u"lines"_s;
    QTest::newRow("not an account") << u"account"_s << u"lines[1].account"_s;
    QTest::newRow("negative amount") << u"negative"_s << u"lines[0].amount"_s;
    QTest::newRow("no date") << u"date"_s << u"date"_s;
    QTest::newRow("no journal") << u"journal"_s << u"journal"_s;
    QTest::newRow("no piece") << u"piece"_s << u"pieceRef"_s;
    QTest::newRow("all zero") << u"zero"_s << u"lines"_s;
}

void TestPosting::entryChecks()
{
    QFETCH(QString, breakage);
    QFETCH(QString, where);
    LedgerEntry e;
    e.journal = u"OD"_s;
    e.date = QDate(2026, 1, 31);
    e.pieceRef = u"X-1"_s;
    e.label = u"Essai"_s;
    JournalLine d;
    d.account = u"6286"_s;
    d.side = JournalSide::Debit;
    d.amount = euros(1000);
    JournalLine c = d;
    c.side = JournalSide::Credit;
    e.lines = {d, c};
    QVERIFY(validate(e).isEmpty());
    if (breakage == u"unbalanced")
        e.lines[1].amount = euros(999);
    else if (breakage == u"one")
        e.lines.removeLast();
    else if (breakage == u"account")
        e.lines[1].account = u"62A6"_s;
    else if (breakage == u"negative")
        e.lines[0].amount = euros(-1000);
    else if (breakage == u"date")
        e.date = QDate();
    else if (breakage == u"journal")
        e.journal.clear();
    else if (breakage == u"piece")
        e.pieceRef.clear();
    else if (breakage == u"zero")
        e.lines[0].amount = e.lines[1].amount = Money();
    const ValidationErrors errors = validate(e);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().where(), where);
}

void TestPosting::openingCarriesBalancesAndResult()
{
    const QList<CarriedBalance> before = {
        {u"411000"_s, u"411MARTIN"_s, u"Martin"_s, euros(120000)},
        {u"445712"_s, {}, {}, euros(-20000)},
        {u"512000"_s, {}, {}, euros(50000)},
        {u"706000"_s, {}, {}, euros(-300000)},
        {u"6411"_s, {}, {}, euros(150000)},
        {u"421000"_s, {}, {}, Money()},
    };
    const QList<JournalLine> lines = openingLines(before, AccountingMapping());
    QVERIFY(isBalanced(lines));
    QCOMPARE(lines.size(), 4);  // 411, 445712, 512, result; no zero line, no class 6/7
    QCOMPARE(lines.at(0).auxAccount, u"411MARTIN"_s);
    QCOMPARE(lines.at(1).side, JournalSide::Credit);
    QCOMPARE(lines.constLast().account, u"120000"_s);          // a profit of 1 500 €
    QCOMPARE(lines.constLast().side, JournalSide::Credit);
    QCOMPARE(lines.constLast().amount, euros(150000));
}

void TestPosting::accountLabelFromParent()
{
    const QList<LedgerAccount> chart = defaultChartOfAccounts();
    QCOMPARE(accountLabel(chart, u"6286"), u"Contribution coopérative"_s);
    QCOMPARE(accountLabel(chart, u"706150"), u"Prestations de services"_s);  // from 706
    QCOMPARE(accountLabel(chart, u"999"), QString());
    QVERIFY(validate(LedgerAccount{u"0123"_s, u"x"_s}).size() == 1);
    QVERIFY(validate(LedgerAccount{u"6286"_s, u"Contribution"_s}).isEmpty());
}

void TestPosting::fecBytes()
{
    QCOMPARE(fecFileName(u"385405220"_s, QDate(2026, 12, 31)), u"385405220FEC20261231.txt"_s);
    QCOMPARE(toLatin9(u"é€Œœ’–Ÿ"), QByteArray("\xE9\xA4\xBC\xBD'-\xBE"));
    QCOMPARE(toLatin9(u"a\tb\nc"), QByteArray("a b c"));
    QCOMPARE(toLatin9(u"Gdańsk Łódź"), QByteArray("Gdansk ?\xF3" "dz"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    FecWriter w(buffer);
    QVERIFY(w.writeHeader());
    FecLine l;
    l.journalCode = u"VT"_s;
    l.journalLabel = u"Ventes"_s;
    l.entryNumber = 12;
    l.entryDate = QDate(2026, 3, 2);
    l.account = u"411000"_s;
    l.accountLabel = u"Clients"_s;
    l.auxAccount = u"411MARTIN"_s;
    l.auxLabel = u"Boulangerie Martin"_s;
    l.pieceRef = u"2026-ANA042-0007"_s;
    l.pieceDate = QDate(2026, 3, 2);
    l.label = u"Facture réglée"_s;
    l.debit = euros(123456789);
    l.credit = Money();
    l.validationDate = QDate(2026, 3, 3);
    QVERIFY(w.write(l));
    QVERIFY(w.finish());
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QByteArray("VT\tVentes\t12\t20260302\t411000\tClients\t411MARTIN\t"
                                     "Boulangerie Martin\t2026-ANA042-0007\t20260302\t"
                                     "Facture r\xE9gl\xE9" "e\t1234567,89\t0,00\t\t\t20260303\t\t"));
    QCOMPARE(w.linesWritten(), 1);
}

void TestPosting::randomInvoicesBalance()
{
    const QByteArray fromEnvironment = qgetenv("COOP_SEED");
    const quint32 seed = fromEnvironment.isEmpty() ? QRandomGenerator::global()->generate()
                                                   : fromEnvironment.toUInt();
    qInfo("tst_posting seed: %u (replay with COOP_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    const auto between = [&](qint64 lo, qint64 hi) { return lo + qint64(random.bounded(quint64(hi - lo + 1))); };
    const QList<qint64> rates = {200, 100, 55, 21, 0};
    const QStringList accounts = {u"706000"_s, u"707000"_s, u"708500"_s};
    const AccountingMapping mapping;
    for (int n = 0; n < 20000; ++n) {
        SalesDocument d;
        d.id = u"d%1"_s.arg(n);
        d.number = u"N%1"_s.arg(n);
        d.date = QDate(2026, 1, 1).addDays(between(0, 364));
        d.kind = between(0, 9) == 0 ? DocumentKind::CreditNote : DocumentKind::Invoice;
        d.priceEntry = between(0, 3) == 0 ? PriceEntry::IncludingVat : PriceEntry::ExcludingVat;
        if (between(0, 4) == 0)
            d.documentDiscount = Rate::fromUnits(between(0, 30 * Rate::UnitsPerPercent));
        const qint64 count = between(1, 7);
        for (qint64 i = 0; i < count; ++i) {
            DocumentLine l = docLine(accounts.at(between(0, 2)), 1, 0, rates.at(between(0, 4)));
            l.quantity = Quantity::fromUnits(between(1, 50'000) * (between(0, 12) == 0 ? -1 : 1));
            l.unitPrice = UnitPrice::fromUnits(between(1, 200'000'000));
            if (between(0, 5) == 0)
                l.discount = Rate::fromUnits(between(0, Rate::UnitsPerOne));
            d.lines.append(l);
        }
        const auto totals = d.totals();
        QVERIFY(totals);
        const auto e = postSalesDocument(d, parties(), mapping);
        if (!e && totals->totalIncludingVat.isZero())
            continue;  // an invoice that adds up to nothing moves nothing
        QVERIFY2(e, qPrintable(u"seed %1 case %2: %3"_s.arg(seed).arg(n).arg(
                        e ? QString() : e.error().message())));
        QVERIFY2(isBalanced(e->lines), qPrintable(u"seed %1 case %2"_s.arg(seed).arg(n)));
        // The customer's side, the VAT per account and the revenue add up to the totals.
        const int sign = d.kind == DocumentKind::CreditNote ? -1 : 1;
        Money customer;
        Money vat;
        Money revenue;
        for (const JournalLine &l : e->lines) {
            const Money signedAmount = l.side == JournalSide::Debit ? l.amount : -l.amount;
            if (l.account == u"411000")
                customer += signedAmount;
            else if (l.account.startsWith(u"4457"))
                vat -= signedAmount;
            else
                revenue -= signedAmount;
        }
        QCOMPARE(customer, sign == 1 ? totals->totalIncludingVat : -totals->totalIncludingVat);
        QCOMPARE(vat, sign == 1 ? totals->totalVat : -totals->totalVat);
        QCOMPARE(revenue, sign == 1 ? totals->totalExcludingVat : -totals->totalExcludingVat);
    }
}

QTEST_GUILESS_MAIN(TestPosting)
#include "tst_posting.moc"
