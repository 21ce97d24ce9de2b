// The entrepreneur's account in a real store: every figure traced to what the store holds (sales,
// payments, expense reports, contribution, allocated pools, payroll), and the salary envelope.
#include "salesfixture.h"

#include "core/storage/accountrepository.h"
#include "core/storage/contributionrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/expenserepository.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/purchaserepository.h"

#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

Money amount(qint64 euros)
{
    return Money::fromCents(euros * 100);
}

} // namespace

class TestAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFigureFromTheStore();
    void envelopeTurnsIntoAPayslip();
    void unknownActivity();
    void overviewMatchesEachAccount();
    void suppliersInTheGrid_data();
    void suppliersInTheGrid();

private:
    QTemporaryDir m_dir;
    SalesStore m_s;
    Money m_salaryCost;
    QString m_receipt;
    bool m_purchasesAdded = false;
};

void TestAccountRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"account.coopdesk"_s));
    QVERIFY(m_s.store);
    const QString aliceId = addPerson(*m_s.store, u"Martin"_s, u"Alice"_s, m_s.activityId);
    QVERIFY(!aliceId.isEmpty());
    QVERIFY(addCesa(*m_s.store, aliceId, m_s.activityId, QDate(2025, 6, 1), 120'000, u"PLAT"_s));

    // A flat 10 % of invoiced HT, no floor.
    StoredContributionScale scale;
    scale.scale.code = u"PLAT"_s;
    scale.scale.label = u"Taux unique"_s;
    scale.scale.effectiveFrom = QDate(2026, 1, 1);
    scale.scale.assemblyReference = u"AG 2025"_s;
    scale.scale.brackets = {{Money(), Rate::fromUnits(10 * Rate::UnitsPerPercent)}};
    QVERIFY(ContributionRepository(*m_s.store).saveScale(scale));

    // March: 5 000 € HT invoiced, 3 000 € TTC (2 500 € HT) paid.
    SalesRepository sales = m_s.sales();
    SalesDocument invoice = m_s.invoiceDraft(u"Chantier"_s);
    invoice.lines = {line(u"Prestation"_s, 10, 500, 20)};
    const auto draft = sales.saveDraft(invoice);
    QVERIFY2(draft, why(draft).constData());
    const auto issued = sales.validate(draft->id, QDate(2026, 3, 2));
    QVERIFY2(issued, why(issued).constData());
    QVERIFY(sales.recordPayment(issued->id, QDate(2026, 3, 20), amount(3'000), PaymentMode::Transfer));

    // An expense report of 120 € TTC (100 € HT), validated.
    ExpenseRepository expenses(*m_s.store);
    expenses.setToday(QDate(2026, 3, 31));
    const auto receipt = expenses.addReceipt(QByteArrayLiteral("%PDF-1.4 train"), u"t.pdf"_s);
    QVERIFY(receipt);
    m_receipt = receipt->sha256;
    ExpenseReport report;
    report.activityId = m_s.activityId;
    report.entrepreneurId = aliceId;
    report.month = QDate(2026, 3, 1);
    ExpenseLine train;
    train.date = QDate(2026, 3, 5);
    train.category = ExpenseCategory::Travel;
    train.description = u"Train"_s;
    train.amountIncludingVat = amount(120);
    train.vat = amount(20);
    train.receiptId = receipt->sha256;
    report.lines = {train};
    auto saved = expenses.saveDraft(report);
    QVERIFY2(saved, why(saved).constData());
    auto submitted = expenses.submit(saved->id, saved->version);
    QVERIFY2(submitted, why(submitted).constData());
    QVERIFY(expenses.decide(submitted->id, submitted->version, true, {}, u"Claire"_s));

    // A 310 € pool of March, on ANA1 alone.
    StoredCostPool pool;
    pool.pool.label = u"Assurance, mars 2026"_s;
    pool.pool.from = QDate(2026, 3, 1);
    pool.pool.to = QDate(2026, 3, 31);
    pool.pool.amount = amount(310);
    pool.pool.account = u"6161"_s;
    pool.pool.key = AllocationKey::EqualShares;
    CostPoolRepository pools(*m_s.store);
    const auto storedPool = pools.savePool(pool);
    QVERIFY(storedPool);
    QVERIFY(pools.allocate(storedPool->pool.id));

    // March's payroll.
    const auto run = PayrollRepository(*m_s.store).run(u"2026-03");
    QVERIFY2(run, why(run).constData());
    QCOMPARE(run->slips.size(), 1);
    m_salaryCost = run->slips.first().payslip.employerCost;
}

void TestAccountRepository::everyFigureFromTheStore()
{
    const auto account = AccountRepository(*m_s.store).account(u"ANA1"_s, QDate(2026, 3, 31));
    QVERIFY2(account, why(account).constData());
    const EntrepreneurAccount &a = *account;
    QCOMPARE(a.from, QDate(2026, 1, 1));
    QCOMPARE(a.turnoverInvoiced, amount(5'000));
    QCOMPARE(a.turnoverCollected, amount(2'500));
    QCOMPARE(a.expenses, amount(100));
    QVERIFY(a.contributionKnown);
    QCOMPARE(a.contribution, amount(500));
    QCOMPARE(a.allocatedCosts, amount(310));
    QCOMPARE(a.salaryCost, m_salaryCost);
    QCOMPARE(a.result, amount(5'000 - 100 - 500 - 310) - m_salaryCost);
    // The treasury grid: the expense report is validated but not reimbursed and March's run is a
    // draft, so both are still to pay; the cash today has only lost the contribution and the costs.
    QCOMPARE(a.expensesToPay, amount(100));
    QCOMPARE(a.salariesToPay, m_salaryCost);
    QCOMPARE(a.treasury, amount(2'500 - 500 - 310));
    QCOMPARE(a.treasuryReference, a.treasury);
    QCOMPARE(a.receivables, amount(2'500));
    QCOMPARE(a.treasuryFuture, a.treasury - m_salaryCost - amount(100) + amount(2'500));
    QCOMPARE(a.treasuryFuture, a.result);  // everything settled, the result is what is left

    // Before March nothing had happened but the contribution's months.
    const auto february = AccountRepository(*m_s.store).account(u"ANA1"_s, QDate(2026, 2, 28));
    QVERIFY(february);
    QCOMPARE(february->turnoverInvoiced, Money());
    QCOMPARE(february->salaryCost, Money());
    QCOMPARE(february->allocatedCosts, Money());
}

void TestAccountRepository::envelopeTurnsIntoAPayslip()
{
    const auto account = AccountRepository(*m_s.store).account(u"ANA1"_s, QDate(2026, 3, 31));
    QVERIFY(account);
    const Money spendable =
        account->treasuryReference - account->salariesToPay - account->expensesToPay;
    QCOMPARE(account->envelope, spendable.isNegative() ? Money() : spendable);
    QVERIFY(account->envelopePayslip.has_value());
    QVERIFY(account->envelopePayslip->employerCost <= account->envelope);
    QCOMPARE(account->envelopeRemainder, account->envelope - account->envelopePayslip->employerCost);
    QVERIFY(account->envelopePayslip->gross > Money());
    QVERIFY(account->envelopePayslip->netBeforeTax < account->envelopePayslip->gross);
}

void TestAccountRepository::unknownActivity()
{
    const auto account = AccountRepository(*m_s.store).account(u"NOPE"_s, QDate(2026, 3, 31));
    QVERIFY(!account);
    QCOMPARE(account.error().code(), ErrorCode::NotFound);
    QVERIFY(account.error().message().contains(u"NOPE"_s));
}

void TestAccountRepository::overviewMatchesEachAccount()
{
    AccountRepository repo(*m_s.store);
    const auto all = repo.accounts(QDate(2026, 3, 31));
    QVERIFY2(all, why(all).constData());
    QVERIFY(!all->isEmpty());
    for (const EntrepreneurAccount &a : *all) {
        const auto one = repo.account(a.activityCode, QDate(2026, 3, 31));
        QVERIFY(one);
        QCOMPARE(one->result, a.result);
        QCOMPARE(one->treasury, a.treasury);
        QCOMPARE(one->contribution, a.contribution);
        QCOMPARE(one->envelope, a.envelope);
        QCOMPARE(one->envelopePayslip.has_value(), a.envelopePayslip.has_value());
    }
}

void TestAccountRepository::suppliersInTheGrid_data()
{
    QTest::addColumn<QDate>("at");
    QTest::addColumn<Money>("purchases");
    QTest::addColumn<Money>("suppliersToPay");
    QTest::addColumn<Money>("treasury");
    QTest::addColumn<Money>("reference");

    // Two supplier invoices of March, both validated: 1 000 € HT of goods for resale dated the
    // 10th, paid on the 25th, and 200 € HT of supplies dated the 12th, not paid. The cash of
    // everyFigureFromTheStore (2 500 collected on the 20th − 500 contribution − 310 pool on the
    // 31st) loses what was paid; the reference also loses what is still to pay.
    QTest::newRow("before the invoices: nothing")
        << QDate(2026, 3, 5) << Money() << Money() << amount(-500) << amount(-500);
    QTest::newRow("both to pay before the payment")
        << QDate(2026, 3, 20) << amount(1'200) << amount(1'200) << amount(2'500 - 500)
        << amount(2'500 - 500 - 1'200);
    QTest::newRow("paid by the date: out of the cash, the rest to pay")
        << QDate(2026, 3, 31) << amount(1'200) << amount(200)
        << amount(2'500 - 1'000 - 500 - 310) << amount(2'500 - 1'000 - 500 - 310 - 200);
}

void TestAccountRepository::suppliersInTheGrid()
{
    QFETCH(QDate, at);
    QFETCH(Money, purchases);
    QFETCH(Money, suppliersToPay);
    QFETCH(Money, treasury);
    QFETCH(Money, reference);
    if (!m_purchasesAdded) {
        PurchaseRepository repo(*m_s.store);
        const auto add = [&](const QString &account, qint64 euros, QDate date,
                             QDate paidOn) -> bool {
            SupplierInvoice i;
            i.activityId = m_s.activityId;
            i.supplierName = u"Grossiste"_s;
            i.supplierReference = u"G-"_s + date.toString(Qt::ISODate);
            i.date = date;
            SupplierInvoiceLine l;
            l.description = u"Achat"_s;
            l.account = account;
            l.amountExcludingVat = amount(euros);
            l.vatRate = percent(20);
            i.lines = {l};
            i.receiptId = m_receipt;
            auto saved = repo.saveDraft(i);
            if (saved)
                saved = repo.validate(saved->id, saved->version, u"Claire"_s);
            if (saved && paidOn.isValid())
                saved = repo.markPaid(saved->id, saved->version, paidOn);
            if (!saved)
                qWarning("%s", why(saved).constData());
            return bool(saved);
        };
        QVERIFY(add(u"607"_s, 1'000, QDate(2026, 3, 10), QDate(2026, 3, 25)));
        QVERIFY(add(u"6064"_s, 200, QDate(2026, 3, 12), QDate()));
        // A draft counts nowhere.
        SupplierInvoice draft;
        draft.activityId = m_s.activityId;
        draft.supplierName = u"Brouillon"_s;
        draft.date = QDate(2026, 3, 11);
        QVERIFY(repo.saveDraft(draft));
        m_purchasesAdded = true;
    }
    AccountRepository repo(*m_s.store);
    const auto account = repo.account(u"ANA1"_s, at);
    QVERIFY2(account, why(account).constData());
    const EntrepreneurAccount &a = *account;
    QCOMPARE(a.purchases, purchases);
    QCOMPARE(a.suppliersToPay, suppliersToPay);
    QCOMPARE(a.treasury, treasury);
    QCOMPARE(a.treasuryReference, reference);
    QCOMPARE(a.treasuryFuture,
             a.treasuryReference - a.salariesToPay - a.expensesToPay + a.receivables);
    // Everything settled, the result is what is left.
    QCOMPARE(a.treasuryFuture, a.result);
    const Money spendable = a.treasuryReference - a.salariesToPay - a.expensesToPay;
    QCOMPARE(a.envelope, spendable.isNegative() ? Money() : spendable);
    // The overview says the same.
    const auto all = repo.accounts(at);
    QVERIFY(all);
    QCOMPARE(all->constFirst().suppliersToPay, a.suppliersToPay);
    QCOMPARE(all->constFirst().treasuryReference, a.treasuryReference);
}

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
