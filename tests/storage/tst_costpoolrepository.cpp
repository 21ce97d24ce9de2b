// Shared-cost pools in a real store: who shares a pool (presence from the contracts, turnover from
// the sales), the split kept with the pool, and an allocated pool frozen.
#include "salesfixture.h"

#include "core/storage/costpoolrepository.h"
#include "core/storage/expenserepository.h"
#include "core/storage/purchaserepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

Money amount(qint64 euros)
{
    return Money::fromCents(euros * 100);
}

StoredCostPool insurance(AllocationKey key)
{
    StoredCostPool p;
    p.pool.label = u"Assurance RC Pro, mars 2026"_s;
    p.pool.from = QDate(2026, 3, 1);
    p.pool.to = QDate(2026, 3, 31);
    p.pool.amount = amount(310);
    p.pool.account = u"6161"_s;
    p.pool.key = key;
    return p;
}

const AllocationShare *shareOf(const Allocation &a, const QString &code)
{
    for (const AllocationShare &s : a.shares)
        if (s.activityCode == code)
            return &s;
    return nullptr;
}

} // namespace

class TestCostPoolRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void participantsFromTheStore();
    void turnoverSplitIsKeptAndFrozen();
    void fixedAmountsFromThePool();
    void previewWritesNothing();
    void previewOfAnUnsavedPool();
    void refused();
    void marginLessResoldPurchases();

private:
    QTemporaryDir m_dir;
    SalesStore m_s;
    QString m_second;
};

void TestCostPoolRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"pools.coopdesk"_s));
    QVERIFY(m_s.store);
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);
    Activity second;
    second.analyticCode = u"ANA2"_s;
    second.name = u"Menuiserie"_s;
    second.trade = u"Menuiserie"_s;
    auto saved = people.saveActivity(second);
    QVERIFY2(saved, why(saved).constData());
    m_second = saved->id;

    const auto person = [&](const QString &last, const QString &activity) {
        Entrepreneur e;
        e.lastName = last;
        e.firstName = u"Camille"_s;
        e.birthDate = QDate(1980, 1, 1);
        e.activityId = activity;
        return people.saveEntrepreneur(e).value().id;
    };
    const auto cape = [&](const QString &who, const QString &activity, QDate start) {
        Contract c;
        c.entrepreneurId = who;
        c.activityId = activity;
        c.type = ContractType::Cape;
        c.signedOn = start.addDays(-3);
        c.start = start;
        c.capePeriods = {{start, start.addMonths(12).addDays(-1)}};
        return bool(people.saveContract(c));
    };
    // ANA1: two people all month. ANA2: one person from 16 March.
    QVERIFY(cape(person(u"Martin"_s, m_s.activityId), m_s.activityId, QDate(2026, 1, 5)));
    QVERIFY(cape(person(u"Bernard"_s, m_s.activityId), m_s.activityId, QDate(2026, 2, 1)));
    QVERIFY(cape(person(u"Petit"_s, m_second), m_second, QDate(2026, 3, 16)));

    // ANA1 invoices 1 000 € HT in March.
    SalesRepository sales = m_s.sales();
    SalesDocument invoice = m_s.invoiceDraft(u"Mars"_s);
    invoice.lines = {line(u"Prestation"_s, 2, 500, 20)};
    auto draft = sales.saveDraft(invoice);
    QVERIFY2(draft, why(draft).constData());
    QVERIFY(sales.validate(draft->id, QDate(2026, 3, 10)));
}

void TestCostPoolRepository::participantsFromTheStore()
{
    CostPoolRepository repo(*m_s.store);
    const auto who = repo.participants(insurance(AllocationKey::Headcount));
    QVERIFY2(who, why(who).constData());
    QCOMPARE(who->size(), 2);
    const AllocationParticipant &first = who->at(0).activityCode == u"ANA1" ? who->at(0) : who->at(1);
    const AllocationParticipant &second = who->at(0).activityCode == u"ANA2" ? who->at(0) : who->at(1);
    QCOMPARE(first.headcount, 2);
    QCOMPARE(first.turnover, amount(1'000));
    QCOMPARE(first.presentFrom, QDate(2026, 3, 1));
    QCOMPARE(second.headcount, 1);
    QCOMPARE(second.presentFrom, QDate(2026, 3, 16));
    QCOMPARE(second.turnover, Money());
}

void TestCostPoolRepository::turnoverSplitIsKeptAndFrozen()
{
    CostPoolRepository repo(*m_s.store);
    // Headcount × presence: ANA1 2 × 31 = 62, ANA2 1 × 16 = 16, so 310 × 62 / 78 = 246.41… and
    // 63.58…: 246.41 + 63.59 (the larger remainder gets the cent).
    auto saved = repo.savePool(insurance(AllocationKey::Headcount));
    QVERIFY2(saved, why(saved).constData());
    const auto allocation = repo.allocate(saved->pool.id, false,
                                          QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    QVERIFY2(allocation, why(allocation).constData());
    QCOMPARE(shareOf(*allocation, u"ANA1"_s)->amount, Money::fromCents(24'641));
    QCOMPARE(shareOf(*allocation, u"ANA2"_s)->amount, Money::fromCents(6'359));

    const auto stored = repo.pool(saved->pool.id);
    QVERIFY(stored && stored->has_value());
    QVERIFY((*stored)->allocated);
    QCOMPARE((*stored)->allocatedAt, QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE((*stored)->shares.size(), 2);
    Money sum;
    for (const AllocationShare &s : (*stored)->shares)
        sum += s.amount;
    QCOMPARE(sum, amount(310));

    // Frozen: no second allocation, no edit, not even by hand-written SQL.
    QCOMPARE(repo.allocate(saved->pool.id).error().code(), ErrorCode::Conflict);
    StoredCostPool edited = **stored;
    edited.pool.amount = amount(400);
    QCOMPARE(repo.savePool(edited).error().code(), ErrorCode::Constraint);
    QSqlQuery q(m_s.store->database());
    QVERIFY(!q.exec(u"UPDATE cost_pool SET amount_cents = 1 WHERE id = '"_s + saved->pool.id + u"'"_s));
    QVERIFY(!q.exec(u"DELETE FROM cost_pool WHERE id = '"_s + saved->pool.id + u"'"_s));
}

void TestCostPoolRepository::fixedAmountsFromThePool()
{
    CostPoolRepository repo(*m_s.store);
    StoredCostPool pool = insurance(AllocationKey::FixedAmounts);
    pool.pool.label = u"Logiciel, mars 2026"_s;
    pool.pool.amount = amount(100);
    pool.pool.to = QDate(2026, 3, 31);
    pool.pool.from = QDate(2026, 3, 16);  // both present all of it
    pool.weights = {{m_s.activityId, 6'000}, {m_second, 4'000}};
    auto saved = repo.savePool(pool);
    QVERIFY2(saved, why(saved).constData());
    const auto reread = repo.pool(saved->pool.id);
    QVERIFY(reread && reread->has_value());
    QCOMPARE((*reread)->weights, pool.weights);
    const auto allocation = repo.allocate(saved->pool.id);
    QVERIFY2(allocation, why(allocation).constData());
    QCOMPARE(shareOf(*allocation, u"ANA1"_s)->amount, amount(60));
    QCOMPARE(shareOf(*allocation, u"ANA2"_s)->amount, amount(40));
}

void TestCostPoolRepository::previewWritesNothing()
{
    CostPoolRepository repo(*m_s.store);
    StoredCostPool pool = insurance(AllocationKey::Turnover);
    pool.pool.label = u"Expert-comptable, mars 2026"_s;
    auto saved = repo.savePool(pool);
    QVERIFY2(saved, why(saved).constData());
    const auto preview = repo.allocate(saved->pool.id, true);
    QVERIFY2(preview, why(preview).constData());
    // Only ANA1 invoiced: it takes all of it.
    QCOMPARE(shareOf(*preview, u"ANA1"_s)->amount, amount(310));
    QCOMPARE(shareOf(*preview, u"ANA2"_s)->amount, Money());
    QVERIFY(!repo.pool(saved->pool.id).value().value().allocated);
}

void TestCostPoolRepository::previewOfAnUnsavedPool()
{
    CostPoolRepository repo(*m_s.store);
    const qsizetype pools = repo.pools().value().size();
    // The same figures as the allocated headcount pool: 246.41 and 63.59 (turnoverSplitIsKept…).
    StoredCostPool pool = insurance(AllocationKey::Headcount);
    pool.pool.label = u"Mutuelle, mars 2026"_s;
    const auto preview = repo.preview(pool);
    QVERIFY2(preview, why(preview).constData());
    QCOMPARE(shareOf(*preview, u"ANA1"_s)->amount, Money::fromCents(24'641));
    QCOMPARE(shareOf(*preview, u"ANA2"_s)->amount, Money::fromCents(6'359));
    QCOMPARE(shareOf(*preview, u"ANA2"_s)->presenceDays, 16);

    // The core rules' field, as savePool says it; the weights too.
    StoredCostPool bad = pool;
    bad.pool.to = QDate(2026, 2, 1);
    const auto refused = repo.preview(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"to"_s);
    bad = pool;
    bad.pool.key = AllocationKey::CustomWeights;
    bad.weights = {{m_second, -5}};
    QCOMPARE(repo.preview(bad).error().where(), u"weights"_s);
    // Nothing saved.
    QCOMPARE(repo.pools().value().size(), pools);
}

void TestCostPoolRepository::refused()
{
    CostPoolRepository repo(*m_s.store);
    StoredCostPool bad = insurance(AllocationKey::Turnover);
    bad.pool.account.clear();
    QCOMPARE(repo.savePool(bad).error().where(), u"account"_s);
    bad = insurance(AllocationKey::CustomWeights);
    bad.weights = {{m_second, -1}};
    QCOMPARE(repo.savePool(bad).error().where(), u"weights"_s);
    // Nobody present in 2020: nobody to charge, and the pool stays a draft.
    StoredCostPool old = insurance(AllocationKey::EqualShares);
    old.pool.from = QDate(2020, 1, 1);
    old.pool.to = QDate(2020, 1, 31);
    auto saved = repo.savePool(old);
    QVERIFY(saved);
    QCOMPARE(repo.allocate(saved->pool.id).error().code(), ErrorCode::Constraint);
    QVERIFY(!repo.pool(saved->pool.id).value().value().allocated);
    QCOMPARE(repo.allocate(u"nope"_s).error().code(), ErrorCode::NotFound);
}

void TestCostPoolRepository::marginLessResoldPurchases()
{
    // ANA1's March: 1 000 € HT invoiced; a supplier invoice of the 12th with 400 € HT of goods
    // for resale (607) and 90 € HT of supplies (6064), validated; one of April 1st, outside the
    // period. The margin is 1 000 − 400 = 600.
    const auto receipt = ExpenseRepository(*m_s.store).addReceipt(QByteArrayLiteral("%PDF-1.4 g"),
                                                                  u"g.pdf"_s);
    QVERIFY(receipt);
    PurchaseRepository purchases(*m_s.store);
    const auto add = [&](QDate date) {
        SupplierInvoice i;
        i.activityId = m_s.activityId;
        i.supplierName = u"Grossiste"_s;
        i.supplierReference = u"G-"_s + date.toString(Qt::ISODate);
        i.date = date;
        SupplierInvoiceLine goods;
        goods.description = u"Marchandises"_s;
        goods.account = u"607"_s;
        goods.amountExcludingVat = amount(400);
        goods.vatRate = percent(20);
        SupplierInvoiceLine supplies = goods;
        supplies.account = u"6064"_s;
        supplies.amountExcludingVat = Money::fromCents(9'000);
        i.lines = {goods, supplies};
        i.receiptId = receipt->sha256;
        auto saved = purchases.saveDraft(i);
        return saved && purchases.validate(saved->id, saved->version, u"Claire"_s);
    };
    QVERIFY(add(QDate(2026, 3, 12)));
    QVERIFY(add(QDate(2026, 4, 1)));

    CostPoolRepository repo(*m_s.store);
    const auto who = repo.participants(insurance(AllocationKey::Margin));
    QVERIFY2(who, why(who).constData());
    for (const AllocationParticipant &p : *who) {
        if (p.activityCode == u"ANA1") {
            QCOMPARE(p.turnover, amount(1'000));
            QCOMPARE(p.margin, amount(600));
        } else {
            QCOMPARE(p.margin, Money());
        }
    }
    // The margin key charges ANA1 alone, all of it.
    StoredCostPool pool = insurance(AllocationKey::Margin);
    pool.pool.label = u"Marge, mars 2026"_s;
    const auto preview = repo.preview(pool);
    QVERIFY2(preview, why(preview).constData());
    QCOMPARE(shareOf(*preview, u"ANA1"_s)->keyValue, 60'000);
    QCOMPARE(shareOf(*preview, u"ANA1"_s)->amount, amount(310));
}

QTEST_GUILESS_MAIN(TestCostPoolRepository)
#include "tst_costpoolrepository.moc"
