#include "core/purchase.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// Supplier invoices: VAT computed once per rate, half up; the resold lines (607/604) that a gross
// margin deducts; every problem of an invoice at its field.

Q_DECLARE_METATYPE(coop::SupplierInvoice)

namespace {

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

Rate percent(const char *text)
{
    return Rate::fromPercent(QString::fromLatin1(text)).value();
}

SupplierInvoiceLine line(const char *account, const char *ht, const char *rate)
{
    SupplierInvoiceLine l;
    l.description = u"Fournitures"_s;
    l.account = QString::fromLatin1(account);
    l.amountExcludingVat = money(ht);
    l.vatRate = percent(rate);
    return l;
}

SupplierInvoice invoice(QList<SupplierInvoiceLine> lines)
{
    SupplierInvoice i;
    i.id = u"purchase-1"_s;
    i.activityId = u"activity-1"_s;
    i.supplierName = u"Bois & Cie"_s;
    i.supplierSiren = u"732829320"_s;
    i.supplierReference = u"F-2026-0412"_s;
    i.date = QDate(2026, 3, 10);
    i.dueDate = QDate(2026, 4, 9);
    i.lines = std::move(lines);
    i.receiptId = QString(64, u'a');
    return i;
}

} // namespace

class TestPurchase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void accounts_data();
    void accounts();
    void problems_data();
    void problems();
    void keysRoundTrip();
};

void TestPurchase::totals_data()
{
    QTest::addColumn<SupplierInvoice>("input");
    QTest::addColumn<Money>("ht");
    QTest::addColumn<Money>("vat");
    QTest::addColumn<Money>("ttc");
    QTest::addColumn<Money>("resold");
    QTest::addColumn<int>("rates");

    // 0.05 + 0.05 + 0.05 at 5.5 %: once on the rate's base, 0.15 × 5.5 % = 0.00825 → 0.01; line
    // by line it would be 3 × 0.00275 → 0.00.
    QTest::newRow("VAT once per rate, half up")
        << invoice({line("6064", "0.05", "5.5"), line("6064", "0.05", "5.5"),
                    line("6064", "0.05", "5.5")})
        << money("0.15") << money("0.01") << money("0.16") << Money() << 1;
    // 607 at 20 % and 6063 at 20 %: one base of 150.00, VAT 30.00; 604 at 10 %: 33.33 → 3.33.
    QTest::newRow("resold lines are the 607 and 604 ones")
        << invoice({line("607", "100.00", "20"), line("6063", "50.00", "20"),
                    line("604", "33.33", "10")})
        << money("183.33") << money("33.33") << money("216.66") << money("133.33") << 2;
    // 12.25 × 20 % = 2.45; 10.10 × 10 % = 1.01; 7.30 at 0 %.
    QTest::newRow("three rates")
        << invoice({line("622", "12.25", "20"), line("626", "10.10", "10"),
                    line("6181", "7.30", "0")})
        << money("29.65") << money("3.46") << money("33.11") << Money() << 3;
    // 0.25 × 2.1 % = 0.00525 → 0.01 (half up on the third decimal's 5).
    QTest::newRow("half up at 2.1 %")
        << invoice({line("6071", "0.25", "2.1")}) << money("0.25") << money("0.01")
        << money("0.26") << money("0.25") << 1;
}

void TestPurchase::totals()
{
    QFETCH(SupplierInvoice, input);
    QFETCH(Money, ht);
    QFETCH(Money, vat);
    QFETCH(Money, ttc);
    QFETCH(Money, resold);
    QFETCH(int, rates);
    const SupplierInvoiceTotals t = supplierInvoiceTotals(input);
    QCOMPARE(t.excludingVat, ht);
    QCOMPARE(t.vat, vat);
    QCOMPARE(t.includingVat, ttc);
    QCOMPARE(t.resoldExcludingVat, resold);
    QCOMPARE(t.perRate.size(), rates);
    Money sum;
    for (qsizetype i = 0; i < t.perRate.size(); ++i) {
        QCOMPARE(t.perRate.at(i).total, t.perRate.at(i).base + t.perRate.at(i).vat);
        if (i > 0)
            QVERIFY(t.perRate.at(i - 1).rate > t.perRate.at(i).rate);
        sum += t.perRate.at(i).vat;
    }
    QCOMPARE(sum, vat);
}

void TestPurchase::accounts_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("charge");
    QTest::addColumn<bool>("resold");
    QTest::newRow("goods for resale") << u"607"_s << true << true;
    QTest::newRow("goods for resale, sub-account") << u"6071"_s << true << true;
    QTest::newRow("subcontracted services") << u"604"_s << true << true;
    QTest::newRow("office supplies") << u"6064"_s << true << false;
    QTest::newRow("fees") << u"622"_s << true << false;
    QTest::newRow("rent") << u"613"_s << true << false;
    QTest::newRow("salaries are not purchases") << u"641"_s << false << false;
    QTest::newRow("a supplier account is not a charge") << u"401"_s << false << false;
    QTest::newRow("too short") << u"60"_s << false << false;
    QTest::newRow("letters") << u"60A7"_s << false << false;
}

void TestPurchase::accounts()
{
    QFETCH(QString, account);
    QFETCH(bool, charge);
    QFETCH(bool, resold);
    QCOMPARE(isSupplierChargeAccount(account), charge);
    QCOMPARE(isResoldAccount(account), resold);
}

void TestPurchase::problems_data()
{
    QTest::addColumn<SupplierInvoice>("input");
    QTest::addColumn<bool>("forValidation");
    QTest::addColumn<QStringList>("fields");

    const SupplierInvoice good = invoice({line("607", "100.00", "20")});
    QTest::newRow("complete") << good << true << QStringList();

    SupplierInvoice draft = good;
    draft.supplierReference.clear();
    draft.receiptId.clear();
    draft.lines.first().description.clear();
    QTest::newRow("a draft may lack the reference, description and receipt")
        << draft << false << QStringList();
    QTest::newRow("validating needs them")
        << draft << true
        << QStringList{u"supplierReference"_s, u"lines[0].description"_s, u"receiptId"_s};

    SupplierInvoice empty = good;
    empty.lines.clear();
    QTest::newRow("validating needs a line") << empty << true << QStringList{u"lines"_s};

    SupplierInvoice siren = good;
    siren.supplierSiren = u"732829321"_s;
    QTest::newRow("a SIREN with a wrong key") << siren << false << QStringList{u"supplierSiren"_s};
    siren.supplierSiren = u"732 829 320"_s;
    QTest::newRow("a SIREN not in canonical form")
        << siren << false << QStringList{u"supplierSiren"_s};
    siren.supplierSiren.clear();
    QTest::newRow("no SIREN (a foreign or small supplier)") << siren << true << QStringList();

    SupplierInvoice lines = good;
    lines.lines = {line("641", "10.00", "20"), line("606", "0.00", "20"),
                   line("6064", "10.00", "19.6")};
    QTest::newRow("line problems at their line")
        << lines << false
        << QStringList{u"lines[0].account"_s, u"lines[1].amountExcludingVat"_s,
                       u"lines[2].vatRate"_s};

    SupplierInvoice dates = good;
    dates.dueDate = QDate(2026, 3, 1);
    QTest::newRow("due before the date") << dates << false << QStringList{u"dueDate"_s};
    dates = good;
    dates.date = QDate();
    dates.dueDate = QDate();
    QTest::newRow("no date") << dates << false << QStringList{u"date"_s};

    SupplierInvoice who = good;
    who.activityId.clear();
    who.supplierName = u"  "_s;
    QTest::newRow("activity and supplier")
        << who << false << QStringList{u"activityId"_s, u"supplierName"_s};

    SupplierInvoice paid = good;
    paid.status = SupplierInvoiceStatus::Paid;
    QTest::newRow("paid without a date") << paid << true << QStringList{u"paidOn"_s};
    paid.paidOn = QDate(2026, 3, 9);
    QTest::newRow("paid before the invoice") << paid << true << QStringList{u"paidOn"_s};
    paid.paidOn = QDate(2026, 4, 2);
    QTest::newRow("paid") << paid << true << QStringList();
}

void TestPurchase::problems()
{
    QFETCH(SupplierInvoice, input);
    QFETCH(bool, forValidation);
    QFETCH(QStringList, fields);
    QStringList found;
    for (const Error &e : validate(input, forValidation)) {
        QVERIFY(!e.message().isEmpty());
        found.append(e.where());
    }
    QCOMPARE(found, fields);
}

void TestPurchase::keysRoundTrip()
{
    for (const SupplierInvoiceStatus s : {SupplierInvoiceStatus::Draft,
                                          SupplierInvoiceStatus::Validated,
                                          SupplierInvoiceStatus::Paid}) {
        QCOMPARE(supplierInvoiceStatusFromKey(supplierInvoiceStatusKey(s)).value(), s);
        QVERIFY(!supplierInvoiceStatusLabel(s).isEmpty());
    }
    QVERIFY(!supplierInvoiceStatusFromKey(u"sent"_s));
    for (const ChargeAccount &a : supplierChargeAccounts()) {
        QVERIFY2(isSupplierChargeAccount(a.account), qPrintable(a.account));
        QVERIFY(!a.label.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPurchase)
#include "tst_purchase.moc"
