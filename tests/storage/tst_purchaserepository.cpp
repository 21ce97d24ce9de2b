// Supplier invoices in a real store: draft → validated → paid through the repository, the totals
// kept with the row, and a validated invoice frozen against the repository and hand-written SQL.
#include "salesfixture.h"

#include "core/storage/accountrepository.h"
#include "core/storage/demo.h"
#include "core/storage/expenserepository.h"
#include "core/storage/purchaserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

SupplierInvoiceLine purchaseLine(const QString &account, qint64 cents, qint64 ratePercent)
{
    SupplierInvoiceLine l;
    l.description = u"Planches de chêne"_s;
    l.account = account;
    l.amountExcludingVat = Money::fromCents(cents);
    l.vatRate = percent(ratePercent);
    return l;
}

} // namespace

class TestPurchaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifecycle();
    void draftRefusals_data();
    void draftRefusals();
    void validatedIsFrozen();
    void frozenAgainstRawSql_data();
    void frozenAgainstRawSql();
    void deleteDraft();
    void filters();
    void demoWritesExpensesAndPurchases();

private:
    SupplierInvoice draft(const QString &reference, QDate date) const;

    QTemporaryDir m_dir;
    SalesStore m_s;
    QString m_receipt;
    QString m_validatedId;
};

SupplierInvoice TestPurchaseRepository::draft(const QString &reference, QDate date) const
{
    SupplierInvoice i;
    i.activityId = m_s.activityId;
    i.supplierName = u"Scierie du Lac"_s;
    i.supplierSiren = sirenFrom(u"51234567"_s);
    i.supplierReference = reference;
    i.date = date;
    i.dueDate = date.addDays(30);
    i.lines = {purchaseLine(u"607"_s, 40'000, 20), purchaseLine(u"6063"_s, 2'550, 20),
               purchaseLine(u"604"_s, 10'005, 10)};
    i.receiptId = m_receipt;
    return i;
}

void TestPurchaseRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"purchases.coopdesk"_s));
    QVERIFY(m_s.store);
    ExpenseRepository expenses(*m_s.store);
    const auto receipt =
        expenses.addReceipt(QByteArray("%PDF-1.4\n% facture fournisseur\n"), u"F-0412.pdf"_s);
    QVERIFY2(receipt, why(receipt).constData());
    m_receipt = receipt->sha256;
}

void TestPurchaseRepository::lifecycle()
{
    PurchaseRepository repo(*m_s.store);
    auto saved = repo.saveDraft(draft(u"F-0412"_s, QDate(2026, 3, 10)));
    QVERIFY2(saved, why(saved).constData());
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->status, SupplierInvoiceStatus::Draft);

    // Totals kept with the row: 20 % on 425.50 = 85.10; 10 % on 100.05 = 10.005 → 10.01.
    QSqlQuery q(m_s.store->database());
    QVERIFY(q.exec(u"SELECT total_excluding_vat_cents, total_vat_cents, resold_excluding_vat_cents "
                   "FROM supplier_invoice WHERE id = '"_s
                   + saved->id + u"'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 52'555);
    QCOMPARE(q.value(1).toLongLong(), 8'510 + 1'001);
    QCOMPARE(q.value(2).toLongLong(), 40'000 + 10'005);

    const auto reread = repo.invoice(saved->id);
    QVERIFY(reread && reread->has_value());
    QCOMPARE(**reread, *saved);

    auto validated = repo.validate(saved->id, saved->version, u"Claire (comptable)"_s,
                                   QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC));
    QVERIFY2(validated, why(validated).constData());
    QCOMPARE(validated->status, SupplierInvoiceStatus::Validated);
    const auto stamp = repo.validation(saved->id);
    QVERIFY(stamp);
    QCOMPARE(stamp->validatedBy, u"Claire (comptable)"_s);
    QCOMPARE(stamp->validatedAt, QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC));

    // Paid: not before its date, and only once validated.
    QCOMPARE(repo.markPaid(saved->id, validated->version, QDate(2026, 3, 9)).error().where(),
             u"paidOn"_s);
    auto paid = repo.markPaid(saved->id, validated->version, QDate(2026, 4, 9));
    QVERIFY2(paid, why(paid).constData());
    QCOMPARE(paid->status, SupplierInvoiceStatus::Paid);
    QCOMPARE(paid->paidOn, QDate(2026, 4, 9));
    QCOMPARE(repo.invoice(saved->id).value()->paidOn, QDate(2026, 4, 9));
    QCOMPARE(repo.markPaid(saved->id, paid->version, QDate(2026, 4, 10)).error().code(),
             ErrorCode::Constraint);
    m_validatedId = saved->id;
}

void TestPurchaseRepository::draftRefusals_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown receipt") << 0 << u"receiptId"_s;
    QTest::newRow("not a charge account") << 1 << u"lines[0].account"_s;
    QTest::newRow("SIREN key") << 2 << u"supplierSiren"_s;
    QTest::newRow("unknown activity") << 3 << u"activityId"_s;
    QTest::newRow("validation needs the reference") << 4 << u"supplierReference"_s;
    QTest::newRow("validation needs a person") << 5 << u"validatedBy"_s;
}

void TestPurchaseRepository::draftRefusals()
{
    QFETCH(int, problem);
    QFETCH(QString, where);
    PurchaseRepository repo(*m_s.store);
    SupplierInvoice i = draft(u"F-0500"_s, QDate(2026, 3, 20));
    QString by = u"Claire"_s;
    switch (problem) {
    case 0: i.receiptId = QString(64, u'0'); break;
    case 1: i.lines.first().account = u"401"_s; break;
    case 2: i.supplierSiren = u"123456789"_s; break;
    case 3: i.activityId = u"nope"_s; break;
    case 4: i.supplierReference.clear(); break;
    case 5: by = u" "_s; break;
    }
    const auto before = repo.invoices().value().size();
    if (problem < 4) {
        const auto refused = repo.saveDraft(i);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where(), where);
        QCOMPARE(repo.invoices().value().size(), before);
        return;
    }
    auto saved = repo.saveDraft(i);
    QVERIFY2(saved, why(saved).constData());
    const auto refused = repo.validate(saved->id, saved->version, by);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), where);
    QCOMPARE(repo.invoice(saved->id).value()->status, SupplierInvoiceStatus::Draft);
    QVERIFY(repo.deleteDraft(saved->id, saved->version));
}

void TestPurchaseRepository::validatedIsFrozen()
{
    PurchaseRepository repo(*m_s.store);
    SupplierInvoice stored = repo.invoice(m_validatedId).value().value();
    SupplierInvoice edited = stored;
    edited.lines.first().amountExcludingVat = Money::fromCents(1);
    const auto refused = repo.saveDraft(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Constraint);
    QCOMPARE(refused.error().where(), u"status"_s);
    QCOMPARE(repo.deleteDraft(stored.id, stored.version).error().code(), ErrorCode::Constraint);
    QCOMPARE(repo.validate(stored.id, stored.version, u"Claire"_s).error().code(),
             ErrorCode::Constraint);
    // An edit against an old version is a conflict.
    auto other = repo.saveDraft(draft(u"F-0600"_s, QDate(2026, 3, 21)));
    QVERIFY(other);
    SupplierInvoice newer = *other;
    newer.supplierName = u"Scierie du Lac SARL"_s;
    auto edited2 = repo.saveDraft(newer);
    QVERIFY2(edited2, why(edited2).constData());
    QCOMPARE(edited2->version, 2);
    SupplierInvoice stale = *other;
    stale.supplierName = u"Autre"_s;
    QCOMPARE(repo.saveDraft(stale).error().code(), ErrorCode::Conflict);
    QCOMPARE(repo.invoice(stale.id).value()->supplierName, u"Scierie du Lac SARL"_s);
}

void TestPurchaseRepository::frozenAgainstRawSql_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("lines") << u"UPDATE supplier_invoice SET lines = '[]'"_s;
    QTest::newRow("totals") << u"UPDATE supplier_invoice SET total_excluding_vat_cents = 1"_s;
    QTest::newRow("resold") << u"UPDATE supplier_invoice SET resold_excluding_vat_cents = 0"_s;
    QTest::newRow("date") << u"UPDATE supplier_invoice SET date = '2026-01-01'"_s;
    QTest::newRow("supplier") << u"UPDATE supplier_invoice SET supplier_name = 'X'"_s;
    QTest::newRow("back to draft") << u"UPDATE supplier_invoice SET status = 'draft', paid_on = ''"_s;
    QTest::newRow("unpaid") << u"UPDATE supplier_invoice SET status = 'validated', paid_on = ''"_s;
    QTest::newRow("payment date") << u"UPDATE supplier_invoice SET paid_on = '2026-05-01'"_s;
    QTest::newRow("delete") << u"DELETE FROM supplier_invoice"_s;
}

void TestPurchaseRepository::frozenAgainstRawSql()
{
    QFETCH(QString, sql);
    QSqlQuery q(m_s.store->database());
    QVERIFY2(!q.exec(sql + u" WHERE id = '"_s + m_validatedId + u"'"_s), qPrintable(sql));
    PurchaseRepository repo(*m_s.store);
    const SupplierInvoice stored = repo.invoice(m_validatedId).value().value();
    QCOMPARE(stored.status, SupplierInvoiceStatus::Paid);
    QCOMPARE(stored.lines.size(), 3);
    QCOMPARE(stored.date, QDate(2026, 3, 10));
    QCOMPARE(stored.paidOn, QDate(2026, 4, 9));
}

void TestPurchaseRepository::deleteDraft()
{
    PurchaseRepository repo(*m_s.store);
    auto saved = repo.saveDraft(draft(u"F-0700"_s, QDate(2026, 3, 22)));
    QVERIFY(saved);
    QCOMPARE(repo.deleteDraft(saved->id, saved->version + 1).error().code(), ErrorCode::Conflict);
    QVERIFY(repo.deleteDraft(saved->id, saved->version));
    QVERIFY(!repo.invoice(saved->id).value().has_value());
    // A draft's edits are plain updates, and a draft's raw SQL edit passes the triggers.
    auto again = repo.saveDraft(draft(u"F-0701"_s, QDate(2026, 3, 22)));
    QVERIFY(again);
    QSqlQuery q(m_s.store->database());
    QVERIFY(q.exec(u"UPDATE supplier_invoice SET supplier_name = 'Scierie' WHERE id = '"_s
                   + again->id + u"'"_s));
}

void TestPurchaseRepository::filters()
{
    PurchaseRepository repo(*m_s.store);
    SupplierInvoiceFilter paid;
    paid.status = SupplierInvoiceStatus::Paid;
    const auto paidOnes = repo.invoices(paid);
    QVERIFY(paidOnes);
    QCOMPARE(paidOnes->size(), 1);
    QCOMPARE(paidOnes->first().id, m_validatedId);
    SupplierInvoiceFilter period;
    period.activityId = m_s.activityId;
    period.from = QDate(2026, 3, 11);
    period.to = QDate(2026, 3, 31);
    const auto inPeriod = repo.invoices(period);
    QVERIFY(inPeriod);
    QVERIFY(!inPeriod->isEmpty());
    for (const SupplierInvoice &i : *inPeriod)
        QVERIFY(i.date >= period.from && i.date <= period.to);
    SupplierInvoiceFilter elsewhere;
    elsewhere.activityId = u"other"_s;
    QVERIFY(repo.invoices(elsewhere).value().isEmpty());
}

namespace {

qint64 count(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every issued document and payment, as figures.
QStringList salesFigures(const Store &store)
{
    QStringList rows;
    QSqlQuery q(store.database());
    if (q.exec(u"SELECT number, date, total_including_vat_cents FROM sales_document "
               "WHERE status = 'validated' ORDER BY number"_s))
        while (q.next())
            rows.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                        + q.value(2).toString());
    if (q.exec(u"SELECT date, amount_cents FROM payment ORDER BY date, amount_cents"_s))
        while (q.next())
            rows.append(q.value(0).toString() + u' ' + q.value(1).toString());
    return rows;
}

} // namespace

void TestPurchaseRepository::demoWritesExpensesAndPurchases()
{
    DemoOptions options;
    options.entrepreneurs = 24;
    options.years = 2;
    options.seed = 9;
    options.today = QDate(2026, 6, 15);
    options.invoicesPerActivityPerYear = 4;
    auto store = createStore(m_dir.filePath(u"demo.coopdesk"_s));
    QVERIFY(store);
    const auto report = generateDemo(*store, options);
    QVERIFY2(report, why(report).constData());

    // What the report says is what the store holds.
    QVERIFY(report->expenseReports > 50);
    QVERIFY(report->supplierInvoices > 24);
    QCOMPARE(count(*store, u"SELECT count(*) FROM expense_report"_s), report->expenseReports);
    QCOMPARE(count(*store, u"SELECT count(*) FROM supplier_invoice"_s), report->supplierInvoices);
    // A few receipt files, shared by every line.
    QCOMPARE(count(*store, u"SELECT count(*) FROM receipt"_s), report->receipts);
    QVERIFY(report->receipts <= 6);
    QCOMPARE(count(*store, u"SELECT count(*) FROM receipt WHERE media_type = 'image/png'"_s),
             report->receipts);

    // Every stage: mostly reimbursed, some waiting, a few drafts, one or two rejected.
    const auto reports = [&](const char *status) {
        return count(*store, u"SELECT count(*) FROM expense_report WHERE status = '%1'"_s
                                 .arg(QLatin1StringView(status)));
    };
    QVERIFY(reports("paid") > report->expenseReports / 2);
    QVERIFY(reports("submitted") > 0);
    QVERIFY(reports("draft") > 0);
    QVERIFY(reports("rejected") >= 0 && reports("rejected") <= 2);
    QVERIFY(count(*store, u"SELECT count(*) FROM expense_report WHERE kilometres > 0"_s) > 0);
    // Supplier invoices: most paid, some resold.
    QVERIFY(count(*store, u"SELECT count(*) FROM supplier_invoice WHERE status = 'paid'"_s)
            > report->supplierInvoices / 2);
    QVERIFY(count(*store, u"SELECT count(*) FROM supplier_invoice WHERE status <> 'draft' "
                          "AND resold_excluding_vat_cents > 0"_s)
            > 0);
    // Every record as the repositories read it passes the rules, and the accounts see them.
    // (The lists are held first: a range-for over a temporary's value() would dangle.)
    const QList<ExpenseReport> allReports = ExpenseRepository(*store).reports().value();
    for (const ExpenseReport &r : allReports) {
        const auto problems = validate(r, options.today, r.status != ExpenseStatus::Draft);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString()
                                                                   : problems.first().toString()));
    }
    const QList<SupplierInvoice> allInvoices = PurchaseRepository(*store).invoices().value();
    QCOMPARE(allInvoices.size(), report->supplierInvoices);
    for (const SupplierInvoice &i : allInvoices)
        QVERIFY(validate(i, i.status != SupplierInvoiceStatus::Draft).isEmpty());
    const auto accounts = AccountRepository(*store).accounts(options.today);
    QVERIFY2(accounts, why(accounts).constData());
    Money purchases;
    Money expenses;
    for (const EntrepreneurAccount &a : *accounts) {
        purchases += a.purchases;
        expenses += a.expenses;
    }
    QVERIFY(purchases > Money());
    QVERIFY(expenses > Money());

    // The sales are those of a demo without expenses: the same seed gives the same figures.
    DemoOptions salesOnly = options;
    salesOnly.expenses = false;
    auto other = createStore(m_dir.filePath(u"demo-sales-only.coopdesk"_s));
    QVERIFY(other);
    const auto otherReport = generateDemo(*other, salesOnly);
    QVERIFY2(otherReport, why(otherReport).constData());
    QCOMPARE(otherReport->expenseReports, 0);
    QCOMPARE(otherReport->supplierInvoices, 0);
    QCOMPARE(otherReport->invoices, report->invoices);
    QCOMPARE(otherReport->payments, report->payments);
    const QStringList figures = salesFigures(*store);
    QVERIFY(figures.size() > 50);
    QCOMPARE(salesFigures(*other), figures);
}

QTEST_GUILESS_MAIN(TestPurchaseRepository)
#include "tst_purchaserepository.moc"
