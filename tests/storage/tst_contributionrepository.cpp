// Contribution scales in a real store and the month's contribution of each activity: the scale its
// contract names (or the default one) in the version in force, bases read from the sales, floors.
#include "salesfixture.h"

#include "core/storage/contributionrepository.h"
#include "core/storage/expenserepository.h"
#include "core/storage/purchaserepository.h"

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
    void previewWritesNothing();
    void overrideOutOfRangeRefused();
    void unknownScaleIsSaid();
    void basesOverrideAndInternal_data();
    void basesOverrideAndInternal();

private:
    // A second store: ANA1's March of 5 000 € HT to an outside customer, 1 000 € HT invoiced to
    // another activity of the cooperative (its SIREN), paid in part, and 1 700 € HT of purchases
    // of which 1 500 resold.
    bool fillBasesStore();

    const ActivityContribution *find(const QList<ActivityContribution> &list, const QString &code);

    QTemporaryDir m_dir;
    SalesStore m_s;
    SalesStore m_bases;
    QString m_basesScaleId;
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

void TestContributionRepository::previewWritesNothing()
{
    ContributionRepository repo(*m_s.store);
    const auto before = repo.scales();
    QVERIFY(before);

    // A new BAREME version from March at 12 %: March's 5 000 € owe 600 €, above the floor.
    const auto newVersion = repo.preview(u"2026-03", flatScale(u"BAREME"_s, QDate(2026, 3, 1), 12));
    QVERIFY2(newVersion, why(newVersion).constData());
    const ActivityContribution *alice = find(*newVersion, u"ANA1"_s);
    QVERIFY(alice);
    QCOMPARE(alice->scaleEffectiveFrom, QDate(2026, 3, 1));
    QCOMPARE(alice->month.amount, amount(600));
    QCOMPARE(alice->yearToDate, amount(80 + 80 + 600));

    // The stored default edited to 10 %: Bob's 1 000 € owe 100 €, above the 80 € floor.
    StoredContributionScale defaut;
    for (const StoredContributionScale &s : *before)
        if (s.scale.code == u"DEFAUT")
            defaut = s;
    QVERIFY(!defaut.id.isEmpty());
    defaut.scale.brackets = {{Money(), Rate::fromUnits(10 * Rate::UnitsPerPercent)}};
    const auto edited = repo.preview(u"2026-03", defaut);
    QVERIFY2(edited, why(edited).constData());
    QCOMPARE(find(*edited, u"ANA2"_s)->month.amount, amount(100));
    QVERIFY(!find(*edited, u"ANA2"_s)->month.floorApplied);

    // Another scale made the default in the preview takes the flag from DEFAUT.
    StoredContributionScale other = flatScale(u"NOUVEAU"_s, QDate(2026, 1, 1), 20, true);
    const auto moved = repo.preview(u"2026-03", other);
    QVERIFY2(moved, why(moved).constData());
    QCOMPARE(find(*moved, u"ANA2"_s)->scaleCode, u"NOUVEAU"_s);
    QCOMPARE(find(*moved, u"ANA2"_s)->month.amount, amount(200));

    // An invalid candidate is refused at its field.
    StoredContributionScale bad = flatScale(u"BAREME"_s, QDate(2026, 3, 1), 12);
    bad.scale.brackets.clear();
    const auto refused = repo.preview(u"2026-03", bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"brackets"_s);

    // Nothing was written: the stored figures are unchanged.
    QCOMPARE(repo.scales().value(), before.value());
    const auto march = repo.compute(u"2026-03");
    QVERIFY(march);
    QCOMPARE(find(*march, u"ANA1"_s)->month.amount, amount(480));
    QCOMPARE(find(*march, u"ANA2"_s)->month.amount, amount(80));
}

void TestContributionRepository::overrideOutOfRangeRefused()
{
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);
    Contract c = people.contractsOf(m_alice).value().first();
    c.terms.first().contributionOverride = Rate::fromUnits(101 * Rate::UnitsPerPercent);
    auto refused = people.saveContract(c);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"terms[0].contributionOverride"_s);
    c.terms.first().contributionOverride = Rate::fromUnits(-1);
    refused = people.saveContract(c);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"terms[0].contributionOverride"_s);
    QVERIFY(!people.contractsOf(m_alice).value().first().terms.first().contributionOverride);
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

bool TestContributionRepository::fillBasesStore()
{
    m_bases = createSalesStore(m_dir.filePath(u"bases.coopdesk"_s));
    if (!m_bases.store)
        return false;
    Store &store = *m_bases.store;
    const QString alice = addPerson(store, u"Martin"_s, u"Alice"_s, m_bases.activityId);
    if (alice.isEmpty() || !addCesa(store, alice, m_bases.activityId, QDate(2025, 6, 1), 150'000,
                                    u"X"_s))
        return false;
    StoredContributionScale x = flatScale(u"X"_s, QDate(2026, 1, 1), 10);
    const auto savedScale = ContributionRepository(store).saveScale(x);
    if (!savedScale)
        return false;
    m_basesScaleId = savedScale->id;

    SalesRepository sales = m_bases.sales();
    // Outside: 5 000 € HT at 20 %, 1 200 € TTC paid (1 000 € HT).
    SalesDocument outside = m_bases.invoiceDraft(u"Chantier"_s);
    outside.lines = {line(u"Développement"_s, 10, 500, 20)};
    auto draft = sales.saveDraft(outside);
    auto issued = draft ? sales.validate(draft->id, QDate(2026, 3, 2)) : draft;
    if (!issued || !sales.recordPayment(issued->id, QDate(2026, 3, 20), amount(1'200),
                                        PaymentMode::Transfer))
        return false;
    // Internal: another activity of the cooperative, billed under the cooperative's own SIREN,
    // 1 000 € HT at 20 %, paid in full (1 200 € TTC).
    Customer cooperative = companyCustomer(m_bases.activityId);
    cooperative.name = u"CAE, activité Menuiserie"_s;
    cooperative.siren = PeopleRepository(store).cooperative().value().siren;
    cooperative.accountingAccount = u"411CAE"_s;
    const auto internalCustomer = sales.saveCustomer(cooperative);
    if (!internalCustomer) {
        qWarning("%s", why(internalCustomer).constData());
        return false;
    }
    SalesDocument internal = m_bases.invoiceDraft(u"Sous-traitance interne"_s);
    internal.customerId = internalCustomer->id;
    internal.lines = {line(u"Pose"_s, 2, 500, 20)};
    draft = sales.saveDraft(internal);
    issued = draft ? sales.validate(draft->id, QDate(2026, 3, 5)) : draft;
    if (!issued || !sales.recordPayment(issued->id, QDate(2026, 3, 25), amount(1'200),
                                        PaymentMode::Transfer))
        return false;

    // Purchases of March 10: 1 500 € HT of goods for resale (607), 200 € HT of supplies (6064).
    const auto receipt = ExpenseRepository(store).addReceipt(QByteArrayLiteral("%PDF-1.4 f"),
                                                             u"f.pdf"_s);
    if (!receipt)
        return false;
    SupplierInvoice purchase;
    purchase.activityId = m_bases.activityId;
    purchase.supplierName = u"Grossiste"_s;
    purchase.supplierReference = u"G-1"_s;
    purchase.date = QDate(2026, 3, 10);
    SupplierInvoiceLine goods;
    goods.description = u"Marchandises"_s;
    goods.account = u"607"_s;
    goods.amountExcludingVat = amount(1'500);
    goods.vatRate = percent(20);
    SupplierInvoiceLine supplies = goods;
    supplies.description = u"Fournitures"_s;
    supplies.account = u"6064"_s;
    supplies.amountExcludingVat = amount(200);
    purchase.lines = {goods, supplies};
    purchase.receiptId = receipt->sha256;
    PurchaseRepository purchases(store);
    const auto saved = purchases.saveDraft(purchase);
    if (!saved || !purchases.validate(saved->id, saved->version, u"Claire"_s))
        return false;
    // A draft purchase counts nowhere.
    purchase.supplierReference = u"G-2"_s;
    return bool(purchases.saveDraft(purchase));
}

void TestContributionRepository::basesOverrideAndInternal_data()
{
    QTest::addColumn<int>("base");             // ContributionBase
    QTest::addColumn<qint64>("secondFrom");    // 8 % from this base (€), 0: one 10 % bracket
    QTest::addColumn<qint64>("internalRate");  // %, -1: none (internal invoicing in the base)
    QTest::addColumn<qint64>("override");      // %, -1: none
    QTest::addColumn<qint64>("floor");         // € a month
    QTest::addColumn<qint64>("cap");           // € a year, -1: none
    QTest::addColumn<Money>("expectedBase");
    QTest::addColumn<Money>("expectedInternal");
    QTest::addColumn<Money>("expectedMonth");
    QTest::addColumn<Money>("expectedYear");   // January + February + March

    const int invoiced = int(ContributionBase::InvoicedHt);
    const int collected = int(ContributionBase::CollectedHt);
    const int margin = int(ContributionBase::GrossMargin);
    // January and February have no sales: they owe the floor only.
    QTest::newRow("invoiced, no internal rate: internal invoicing in the base")
        << invoiced << qint64(0) << qint64(-1) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(5'000) << amount(1'000) << amount(600) << amount(600);
    QTest::newRow("invoiced, internal invoicing at its own 2 %")
        << invoiced << qint64(0) << qint64(2) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(5'000) << amount(1'000) << amount(500 + 20) << amount(520);
    QTest::newRow("gross margin: invoiced less the 607/604 purchases, not the supplies")
        << margin << qint64(0) << qint64(2) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(5'000 - 1'500) << amount(1'000) << amount(350 + 20) << amount(370);
    QTest::newRow("gross margin, internal in the base")
        << margin << qint64(0) << qint64(-1) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(3'500) << amount(1'000) << amount(450) << amount(450);
    QTest::newRow("collected: the internal payment apart")
        << collected << qint64(0) << qint64(2) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(1'000) << amount(1'000) << amount(100 + 20) << amount(120);
    // 10 % to 4 000 then 8 %: 400 + 80; the contract's 5 % replaces both.
    QTest::newRow("brackets without the override")
        << invoiced << qint64(4'000) << qint64(2) << qint64(-1) << qint64(0) << qint64(-1)
        << amount(5'000) << amount(1'000) << amount(480 + 20) << amount(500);
    QTest::newRow("the contract's flat 5 % in place of the brackets")
        << invoiced << qint64(4'000) << qint64(2) << qint64(5) << qint64(0) << qint64(-1)
        << amount(5'000) << amount(1'000) << amount(250 + 20) << amount(270);
    // 1 % of 6 000 = 60, below the 100 € floor; each month owes the floor.
    QTest::newRow("override: the floor still applies")
        << invoiced << qint64(0) << qint64(-1) << qint64(1) << qint64(100) << qint64(-1)
        << amount(5'000) << amount(1'000) << amount(100) << amount(300);
    // 20 % of 6 000 = 1 200, above the cap earned by March: 3 × 1 200 / 12 = 300.
    QTest::newRow("override: the cap still applies")
        << invoiced << qint64(0) << qint64(-1) << qint64(20) << qint64(0) << qint64(1'200)
        << amount(5'000) << amount(1'000) << amount(300) << amount(300);
}

void TestContributionRepository::basesOverrideAndInternal()
{
    QFETCH(int, base);
    QFETCH(qint64, secondFrom);
    QFETCH(qint64, internalRate);
    QFETCH(qint64, override);
    QFETCH(qint64, floor);
    QFETCH(qint64, cap);
    QFETCH(Money, expectedBase);
    QFETCH(Money, expectedInternal);
    QFETCH(Money, expectedMonth);
    QFETCH(Money, expectedYear);
    if (!m_bases.store) {
        const bool filled = fillBasesStore();
        if (!filled)
            m_bases.store.reset();
        QVERIFY(filled);
    }
    Store &store = *m_bases.store;

    // The contract's override, as an amendment of its terms.
    PeopleRepository people(store);
    people.setToday(kSalesToday);
    Contract contract = people.contracts().value().constFirst();
    contract.terms.first().contributionOverride =
        override < 0 ? std::nullopt
                     : std::optional<Rate>(Rate::fromUnits(override * Rate::UnitsPerPercent));
    const auto amended = people.saveContract(contract);
    QVERIFY2(amended, why(amended).constData());
    QCOMPARE(people.contracts().value().constFirst().terms.first().contributionOverride,
             contract.terms.first().contributionOverride);

    // The scale, saved in place of the stored version.
    ContributionRepository repo(store);
    StoredContributionScale scale = repo.scales().value().constFirst();
    QCOMPARE(scale.id, m_basesScaleId);
    scale.scale.base = static_cast<ContributionBase>(base);
    scale.scale.brackets = {{Money(), Rate::fromUnits(10 * Rate::UnitsPerPercent)}};
    if (secondFrom > 0)
        scale.scale.brackets.append({amount(secondFrom), Rate::fromUnits(8 * Rate::UnitsPerPercent)});
    scale.scale.internalRate =
        internalRate < 0 ? std::nullopt
                         : std::optional<Rate>(Rate::fromUnits(internalRate * Rate::UnitsPerPercent));
    scale.scale.floors = {{0, std::nullopt, amount(floor)}};
    scale.scale.annualCap = cap < 0 ? std::nullopt : std::optional<Money>(amount(cap));
    const auto saved = repo.saveScale(scale);
    QVERIFY2(saved, why(saved).constData());

    const auto march = repo.compute(u"2026-03");
    QVERIFY2(march, why(march).constData());
    QCOMPARE(march->size(), 1);
    const ActivityContribution &c = march->constFirst();
    QCOMPARE(c.base, expectedBase);
    QCOMPARE(c.internalBase, expectedInternal);
    QCOMPARE(c.overrideRate.has_value(), override >= 0);
    QCOMPARE(c.month.amount, expectedMonth);
    QCOMPARE(c.yearToDate, expectedYear);
}

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
