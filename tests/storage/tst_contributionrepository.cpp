// Contribution scales in a real store and the month's contribution of each activity: the scale its
// contract names (or the default one) in the version in force, bases read from the sales, floors.
#include "salesfixture.h"

#include "core/storage/contributionrepository.h"

#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

Money amount(qint64 value)
{
    return Money::fromCents(value * 100);
}

StoredContributionScale flatScale(const QString &code, QDate from, qint64 percentValue,
                                  bool isDefault = false)
{
    StoredContributionScale stored;
    ContributionScale &s = stored.scale;
    s.code = code;
    s.label = u"Barème "_s + code;
    s.effectiveFrom = from;
    s.assemblyReference = u"AG du 12/06/2025"_s;
    s.base = ContributionBase::InvoicedHt;
    s.brackets = {{Money(), Rate::fromUnits(percentValue * Rate::UnitsPerPercent)}};
    s.floors = {{0, std::nullopt, amount(80)}};
    stored.isDefault = isDefault;
    return stored;
}

} // namespace

class TestContributionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scalesRoundTrip();
    void defaultFlagMoves();
    void invalidScaleRefused();
    void monthOfEachActivity();
    void laterVersionAppliesLater();
    void unknownScaleIsSaid();

private:
    const ActivityContribution *find(const QList<ActivityContribution> &list, const QString &code);

    QTemporaryDir m_dir;
    SalesStore m_s;
    QString m_bobActivity;
    QString m_alice;
};

const ActivityContribution *TestContributionRepository::find(const QList<ActivityContribution> &list,
                                                             const QString &code)
{
    for (const ActivityContribution &c : list)
        if (c.activityCode == code)
            return &c;
    return nullptr;
}

void TestContributionRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"contribution.coopdesk"_s));
    QVERIFY(m_s.store);
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);

    m_alice = addPerson(*m_s.store, u"Martin"_s, u"Alice"_s, m_s.activityId);
    QVERIFY(!m_alice.isEmpty());
    QVERIFY(addCesa(*m_s.store, m_alice, m_s.activityId, QDate(2025, 6, 1), 150'000, u"BAREME"_s));

    Activity second;
    second.analyticCode = u"ANA2"_s;
    second.name = u"Menuiserie"_s;
    second.trade = u"Menuiserie"_s;
    auto activity = people.saveActivity(second);
    QVERIFY2(activity, why(activity).constData());
    m_bobActivity = activity->id;
    const QString bob = addPerson(*m_s.store, u"Durand"_s, u"Bob"_s, m_bobActivity);
    QVERIFY(!bob.isEmpty());
    Contract cape;
    cape.entrepreneurId = bob;
    cape.activityId = m_bobActivity;
    cape.type = ContractType::Cape;
    cape.signedOn = QDate(2026, 1, 2);
    cape.start = QDate(2026, 1, 5);
    cape.capePeriods = {{QDate(2026, 1, 5), QDate(2026, 12, 31)}};
    QVERIFY2(people.saveContract(cape), "CAPE");

    // Alice's activity invoices 5 000 € HT in March; Bob's 1 000 € HT.
    SalesRepository sales = m_s.sales();
    SalesDocument aliceInvoice = m_s.invoiceDraft(u"Chantier"_s);
    aliceInvoice.lines = {line(u"Développement"_s, 10, 500, 20)};
    auto draft = sales.saveDraft(aliceInvoice);
    QVERIFY2(draft, why(draft).constData());
    QVERIFY2(sales.validate(draft->id, QDate(2026, 3, 2)), "validate Alice's invoice");

    Customer customer = companyCustomer(m_bobActivity);
    customer.name = u"Menuiserie cliente"_s;
    auto bobCustomer = sales.saveCustomer(customer);
    QVERIFY2(bobCustomer, why(bobCustomer).constData());
    SalesDocument bobInvoice = m_s.invoiceDraft(u"Étagères"_s);
    bobInvoice.activityId = m_bobActivity;
    bobInvoice.customerId = bobCustomer->id;
    bobInvoice.lines = {line(u"Étagère"_s, 2, 500, 20)};
    auto bobDraft = sales.saveDraft(bobInvoice);
    QVERIFY2(bobDraft, why(bobDraft).constData());
    QVERIFY2(sales.validate(bobDraft->id, QDate(2026, 3, 3)), "validate Bob's invoice");
}

void TestContributionRepository::scalesRoundTrip()
{
    ContributionRepository repo(*m_s.store);
    StoredContributionScale bareme = flatScale(u"BAREME"_s, QDate(2026, 1, 1), 10);
    bareme.scale.brackets.append({amount(4'000), Rate::fromUnits(8 * Rate::UnitsPerPercent)});
    bareme.scale.floors.append({12, ContractType::Cesa, amount(100)});
    bareme.scale.annualCap = amount(5'500);
    bareme.scale.internalRate = Rate::fromUnits(2 * Rate::UnitsPerPercent);
    const auto saved = repo.saveScale(bareme);
    QVERIFY2(saved, why(saved).constData());
    QCOMPARE(saved->version, 1);
    const auto all = repo.scales();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().scale, bareme.scale);
    QVERIFY(repo.saveScale(flatScale(u"DEFAUT"_s, QDate(2025, 1, 1), 5, true)));
}

void TestContributionRepository::defaultFlagMoves()
{
    ContributionRepository repo(*m_s.store);
    auto other = repo.saveScale(flatScale(u"AUTRE"_s, QDate(2025, 1, 1), 7, true));
    QVERIFY2(other, why(other).constData());
    auto all = repo.scales().value();
    int defaults = 0;
    for (const StoredContributionScale &s : all)
        defaults += s.isDefault ? 1 : 0;
    QCOMPARE(defaults, 1);
    // Back to DEFAUT as the default.
    for (StoredContributionScale s : all) {
        if (s.scale.code == u"DEFAUT") {
            s.isDefault = true;
            QVERIFY2(repo.saveScale(s), "default back");
        }
    }
    all = repo.scales().value();
    for (const StoredContributionScale &s : all)
        QCOMPARE(s.isDefault, s.scale.code == u"DEFAUT");
}

void TestContributionRepository::invalidScaleRefused()
{
    ContributionRepository repo(*m_s.store);
    StoredContributionScale bad = flatScale(u"BAD"_s, QDate(2026, 1, 1), 10);
    bad.scale.assemblyReference.clear();
    const auto refused = repo.saveScale(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"assemblyReference"_s);
    QCOMPARE(repo.scales().value().size(), 3);
}

void TestContributionRepository::monthOfEachActivity()
{
    ContributionRepository repo(*m_s.store);
    const auto march = repo.compute(u"2026-03");
    QVERIFY2(march, why(march).constData());
    QCOMPARE(march->size(), 2);
    const ActivityContribution *alice = find(*march, u"ANA1"_s);
    QVERIFY(alice);
    QCOMPARE(alice->scaleCode, u"BAREME"_s);
    QCOMPARE(alice->contractType, ContractType::Cesa);
    QCOMPARE(alice->seniorityMonths, 9);  // June 2025 → March 2026
    QCOMPARE(alice->base, amount(5'000));
    // 10 % of 4 000 + 8 % of 1 000.
    QCOMPARE(alice->month.amount, amount(480));
    // January and February had no sales: the floor, 80 € (the CESA's 100 € starts at 12 months
    // of seniority; Alice has 7 and 8).
    QCOMPARE(alice->yearToDate, amount(80 + 80 + 480));
    QVERIFY(!alice->closesYear);

    const ActivityContribution *bob = find(*march, u"ANA2"_s);
    QVERIFY(bob);
    QCOMPARE(bob->scaleCode, u"DEFAUT"_s);   // a CAPE names no scale
    QCOMPARE(bob->contractType, ContractType::Cape);
    QCOMPARE(bob->month.amount, amount(80)); // 5 % of 1 000 = 50, below the floor
    QVERIFY(bob->month.floorApplied);
}

void TestContributionRepository::laterVersionAppliesLater()
{
    ContributionRepository repo(*m_s.store);
    QVERIFY(repo.saveScale(flatScale(u"BAREME"_s, QDate(2026, 4, 1), 12)));
    const auto march = repo.compute(u"2026-03");
    QVERIFY(march);
    QCOMPARE(find(*march, u"ANA1"_s)->scaleEffectiveFrom, QDate(2026, 1, 1));
    const auto april = repo.compute(u"2026-04");
    QVERIFY(april);
    const ActivityContribution *alice = find(*april, u"ANA1"_s);
    QCOMPARE(alice->scaleEffectiveFrom, QDate(2026, 4, 1));
    // April's version recomputes the year: 12 % of March's 5 000 (600) above the floors, and
    // April (no sales) at the floor.
    QCOMPARE(alice->month.amount, amount(80));
    QCOMPARE(alice->yearToDate, amount(80 + 80 + 600 + 80));
}

void TestContributionRepository::unknownScaleIsSaid()
{
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);
    Contract c = people.contractsOf(m_alice).value().first();
    c.terms.first().contributionScale = u"INCONNU"_s;
    QVERIFY2(people.saveContract(c), "amended");
    ContributionRepository repo(*m_s.store);
    const auto march = repo.compute(u"2026-03");
    QVERIFY(!march);
    QCOMPARE(march.error().code(), ErrorCode::NotFound);
    QVERIFY(march.error().message().contains(u"ANA1"_s));
    QVERIFY(march.error().message().contains(u"INCONNU"_s));
}

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
