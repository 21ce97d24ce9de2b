// The demo cooperative: reproducible, valid by the core's own rules, and alive (every stage of a
// contract, the alerts the support team works from).
#include "core/alerts.h"
#include "core/demodata.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

const QDate kToday(2026, 3, 15);

DemoCooperative demo(int entrepreneurs, int years, quint64 seed, QDate today = kToday)
{
    DemoDataOptions options;
    options.entrepreneurs = entrepreneurs;
    options.years = years;
    options.seed = seed;
    options.today = today;
    return generateDemoCooperative(options);
}

QString describe(const ValidationErrors &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines.append(e.toString());
    return lines.join(u'\n');
}

QHash<QString, QList<Contract>> byPerson(const QList<Contract> &contracts)
{
    QHash<QString, QList<Contract>> map;
    for (const Contract &c : contracts)
        map[c.entrepreneurId].append(c);
    return map;
}

} // namespace

class tst_DemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData();
    void differentSeedDifferentData();
    void everyRecordPassesValidate_data();
    void everyRecordPassesValidate();
    void identifiersAreUnique();
    void nothingHappensAfterToday();
    void historyCoversTheYears_data();
    void historyCoversTheYears();
    void everyStageIsThere();
    void alertsOfEveryKindTheDataCanHave();
    void sharedActivitiesSplitTheirResult();

private:
    const DemoCooperative m_large = demo(400, 3, 2026);
};

void tst_DemoData::sameSeedSameData()
{
    const DemoCooperative a = demo(120, 3, 42);
    const DemoCooperative b = demo(120, 3, 42);
    QCOMPARE(a.settings, b.settings);
    QCOMPARE(a.activities, b.activities);
    QCOMPARE(a.entrepreneurs, b.entrepreneurs);
    QCOMPARE(a.contracts, b.contracts);
}

void tst_DemoData::differentSeedDifferentData()
{
    const DemoCooperative a = demo(120, 3, 42);
    const DemoCooperative b = demo(120, 3, 43);
    QCOMPARE(a.entrepreneurs.size(), b.entrepreneurs.size());
    QVERIFY(a.entrepreneurs != b.entrepreneurs);
    QVERIFY(a.contracts != b.contracts);
    QVERIFY(a.settings.siren != b.settings.siren);
    qsizetype sameNames = 0;
    for (qsizetype i = 0; i < a.entrepreneurs.size(); ++i) {
        if (a.entrepreneurs.at(i).displayName() == b.entrepreneurs.at(i).displayName())
            ++sameNames;
    }
    QVERIFY2(sameNames < 10, qPrintable(QString::number(sameNames)));
}

void tst_DemoData::everyRecordPassesValidate_data()
{
    QTest::addColumn<int>("entrepreneurs");
    QTest::addColumn<int>("years");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("today");

    QTest::newRow("400 over 3 years") << 400 << 3 << quint64(2026) << kToday;
    QTest::newRow("one person") << 1 << 1 << quint64(1) << kToday;
    QTest::newRow("a leap day as today") << 150 << 2 << quint64(7) << QDate(2024, 2, 29);
    QTest::newRow("10 years of history") << 200 << 10 << quint64(99) << QDate(2030, 12, 31);
    QTest::newRow("another seed") << 300 << 4 << quint64(123456789) << kToday;
}

void tst_DemoData::everyRecordPassesValidate()
{
    QFETCH(int, entrepreneurs);
    QFETCH(int, years);
    QFETCH(quint64, seed);
    QFETCH(QDate, today);

    const DemoCooperative d = demo(entrepreneurs, years, seed, today);
    QCOMPARE(d.entrepreneurs.size(), entrepreneurs);
    QVERIFY2(validate(d.settings).isEmpty(), qPrintable(describe(validate(d.settings))));
    for (const Activity &a : d.activities)
        QVERIFY2(validate(a).isEmpty(), qPrintable(a.analyticCode + u'\n' + describe(validate(a))));
    for (const Entrepreneur &e : d.entrepreneurs) {
        const ValidationErrors errors = validate(e, today);
        QVERIFY2(errors.isEmpty(), qPrintable(e.displayName() + u'\n' + describe(errors)));
    }
    for (const Contract &c : d.contracts) {
        const ValidationErrors errors = validate(c);
        QVERIFY2(errors.isEmpty(), qPrintable(c.id + u'\n' + describe(errors)));
    }
    // A clean history: no person has two contracts on one day.
    const auto contracts = byPerson(d.contracts);
    for (auto it = contracts.cbegin(); it != contracts.cend(); ++it)
        QVERIFY2(overlaps(*it).isEmpty(), qPrintable(it.key()));
}

void tst_DemoData::identifiersAreUnique()
{
    const DemoCooperative &d = m_large;
    QSet<QString> ids;
    QSet<QString> nirs;
    QSet<QString> people;
    QSet<QString> codes;
    qsizetype records = 0;
    for (const Activity &a : d.activities) {
        ids.insert(a.id);
        codes.insert(a.analyticCode);
        ++records;
    }
    QCOMPARE(codes.size(), d.activities.size());
    QSet<QString> activityIds = ids;
    for (const Entrepreneur &e : d.entrepreneurs) {
        ids.insert(e.id);
        ++records;
        if (!e.nir.isEmpty())
            nirs.insert(e.nir);
        people.insert(e.lastName + u'|' + e.firstName + u'|' + e.birthDate.toString(Qt::ISODate));
        QVERIFY(activityIds.contains(e.activityId));
        for (const Interview &i : e.interviews) {
            ids.insert(i.id);
            ++records;
        }
        // The NIR's sex digit, birth year and month are the person's.
        QVERIFY(e.nir.startsWith(u'1') || e.nir.startsWith(u'2'));
        QCOMPARE(e.nir.mid(1, 4), e.birthDate.toString(u"yyMM"_s));
    }
    QCOMPARE(nirs.size(), d.entrepreneurs.size());
    QCOMPARE(people.size(), d.entrepreneurs.size());
    for (const Contract &c : d.contracts) {
        ids.insert(c.id);
        ++records;
        QVERIFY(activityIds.contains(c.activityId));
    }
    QCOMPARE(ids.size(), records);
}

void tst_DemoData::nothingHappensAfterToday()
{
    for (const Entrepreneur &e : m_large.entrepreneurs) {
        for (const Interview &i : e.interviews)
            QVERIFY(i.date <= kToday);
    }
    for (const Contract &c : m_large.contracts) {
        QVERIFY(c.signedOn <= kToday);
        QVERIFY(c.start <= kToday);
        if (c.associateDate.isValid())
            QVERIFY(c.associateDate <= kToday);
        if (c.exitDate.isValid())
            QVERIFY(c.exitDate <= kToday);
        for (const ContractTerms &t : c.terms)
            QVERIFY(t.effectiveFrom <= kToday);
    }
}

void tst_DemoData::historyCoversTheYears_data()
{
    QTest::addColumn<int>("years");
    QTest::newRow("one year") << 1;
    QTest::newRow("three years") << 3;
    QTest::newRow("six years") << 6;
}

void tst_DemoData::historyCoversTheYears()
{
    QFETCH(int, years);
    const DemoCooperative d = demo(300, years, 5);
    const QDate origin = kToday.addYears(-years);
    // Four people in five joined during the story, the others up to four years before it.
    QHash<QString, QDate> joined;
    for (const Contract &c : d.contracts) {
        if (!joined.contains(c.entrepreneurId) || c.start < joined.value(c.entrepreneurId))
            joined.insert(c.entrepreneurId, c.start);
    }
    QCOMPARE(joined.size(), d.entrepreneurs.size());
    qsizetype during = 0;
    QDate first = kToday;
    for (const QDate &date : std::as_const(joined)) {
        QVERIFY(date >= origin.addYears(-4));
        during += date >= origin;
        if (date >= origin)
            first = std::min(first, date);
    }
    QVERIFY2(during >= joined.size() * 7 / 10 && during <= joined.size() * 9 / 10,
             qPrintable(QString::number(during)));
    QVERIFY2(first <= origin.addMonths(3), qPrintable(first.toString(Qt::ISODate)));
}

void tst_DemoData::everyStageIsThere()
{
    const DemoCooperative &d = m_large;
    const auto contracts = byPerson(d.contracts);
    QHash<ContractStatus, int> statuses;
    int renewedCapes = 0;
    int twiceRenewed = 0;
    int capeThenCesa = 0;
    int cesaOnly = 0;
    int amended = 0;
    int withoutFixedPart = 0;
    QSet<ExitReason> reasons;
    for (const Entrepreneur &e : d.entrepreneurs) {
        const QList<Contract> own = contracts.value(e.id);
        ++statuses[statusAt(own, kToday)];
        const bool hasCape = std::any_of(own.cbegin(), own.cend(), [](const Contract &c) {
            return c.type == ContractType::Cape;
        });
        const bool hasCesa = std::any_of(own.cbegin(), own.cend(), [](const Contract &c) {
            return c.type == ContractType::Cesa;
        });
        capeThenCesa += hasCape && hasCesa;
        cesaOnly += hasCesa && !hasCape;
        for (const Contract &c : own) {
            renewedCapes += c.capePeriods.size() > 1;
            twiceRenewed += c.capePeriods.size() == 3;
            amended += c.terms.size() > 1;
            withoutFixedPart += !c.terms.isEmpty() && c.terms.first().fixedMonthlyPart.isZero();
            if (c.exitReason)
                reasons.insert(*c.exitReason);
        }
    }
    for (ContractStatus s : {ContractStatus::Cape, ContractStatus::Cesa, ContractStatus::Associate,
                             ContractStatus::Exited})
        QVERIFY2(statuses.value(s) > 0, qPrintable(contractStatusKey(s)));
    QVERIFY(renewedCapes > 0);
    QVERIFY(twiceRenewed > 0);
    QVERIFY(capeThenCesa > 0);
    QVERIFY(cesaOnly > 0);
    QVERIFY(amended > 0);
    QVERIFY(withoutFixedPart > 0);
    QVERIFY2(reasons.size() >= 4, qPrintable(QString::number(reasons.size())));
    QVERIFY(reasons.contains(ExitReason::NotAssociated));
    QVERIFY(reasons.contains(ExitReason::CapeEnded));
}

void tst_DemoData::alertsOfEveryKindTheDataCanHave()
{
    const DemoCooperative &d = m_large;
    const auto contracts = byPerson(d.contracts);
    QSet<AlertKind> kinds;
    qsizetype people = 0;
    for (const Entrepreneur &e : d.entrepreneurs) {
        const QList<Alert> alerts = alertsFor(e, contracts.value(e.id), kToday);
        people += !alerts.isEmpty();
        for (const Alert &a : alerts)
            kinds.insert(a.kind);
    }
    // Every kind but overlapping contracts, which is a data-entry mistake the demo does not make.
    for (AlertKind k : {AlertKind::CapeEndingSoon, AlertKind::AssociateDeadlineSoon,
                        AlertKind::AssociateDeadlinePassed, AlertKind::TooFewInterviews,
                        AlertKind::CesaWithoutFixedPart})
        QVERIFY2(kinds.contains(k), qPrintable(alertKindKey(k)));
    QVERIFY(!kinds.contains(AlertKind::OverlappingContracts));
    // A living cooperative, not an emergency room.
    QVERIFY2(people < d.entrepreneurs.size() / 3, qPrintable(QString::number(people)));
}

void tst_DemoData::sharedActivitiesSplitTheirResult()
{
    int shared = 0;
    QHash<QString, QString> activityOf;
    for (const Entrepreneur &e : m_large.entrepreneurs)
        activityOf.insert(e.id, e.activityId);
    for (const Activity &a : m_large.activities) {
        QVERIFY(!a.members.isEmpty());
        QVERIFY(!a.trade.isEmpty());
        if (a.members.size() > 1)
            ++shared;
        for (const ActivityMember &m : a.members)
            QCOMPARE(activityOf.value(m.entrepreneurId), a.id);
    }
    QVERIFY(shared > 0);
    QCOMPARE(m_large.activities.size() + shared, m_large.entrepreneurs.size());
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
