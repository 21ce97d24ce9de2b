// The entrepreneur's account in a real store: every figure traced to what the store holds (sales,
// payments, expense reports, contribution, allocated pools, payroll), and the salary envelope.
#include "salesfixture.h"

#include "core/storage/accountrepository.h"
#include "core/storage/contributionrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/expenserepository.h"
#include "core/storage/payrollrepository.h"

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

private:
    QTemporaryDir m_dir;
    SalesStore m_s;
    Money m_salaryCost;
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

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
