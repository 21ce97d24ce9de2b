#include "core/costallocation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace coop;
using namespace Qt::StringLiterals;

// Shared-cost allocation (issue 6 §3): hand-checked splits per key, then properties over random
// pools: the shares add up to the pool to the cent, they are monotone in the key, an absent
// activity gets nothing, and the order of the participants changes nothing.

namespace {

CostPool pool(AllocationKey key, qint64 cents, QDate from = QDate(2026, 3, 1),
              QDate to = QDate(2026, 3, 31))
{
    CostPool p;
    p.id = u"pool-1"_s;
    p.label = u"Assurance RC Pro"_s;
    p.from = from;
    p.to = to;
    p.amount = Money::fromCents(cents);
    p.account = u"6161"_s;
    p.key = key;
    return p;
}

AllocationParticipant activity(const QString &code, qint64 turnoverCents = 0)
{
    AllocationParticipant a;
    a.activityId = u"id-"_s + code;
    a.activityCode = code;
    a.turnover = Money::fromCents(turnoverCents);
    return a;
}

QList<qint64> amounts(const Allocation &allocation)
{
    QList<qint64> result;
    for (const AllocationShare &share : allocation.shares)
        result.append(share.amount.cents());
    return result;
}

quint32 seed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("COOP_SEED").toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate();
}

} // namespace

class TestCostAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
    void presenceProrates();
    void tiesGoToTheFirstCode();
    void explanation();
    void refused_data();
    void refused();
    void properties();
};

void TestCostAllocation::splits_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<qint64>("pool");
    QTest::addColumn<QList<qint64>>("keys");
    QTest::addColumn<QList<qint64>>("expected");

    // 100.00 over turnovers 1 000 / 2 000 / 3 000: 16.666…, 33.333…, 50 → 16.67 (largest
    // remainder 0.666 gets the cent), 33.33, 50.00.
    QTest::newRow("turnover 1:2:3 of 100.00")
        << int(AllocationKey::Turnover) << qint64(10'000)
        << QList<qint64>{100'000, 200'000, 300'000} << QList<qint64>{1'667, 3'333, 5'000};
    QTest::newRow("equal shares of 100.00 over 3: the first code gets the extra cent")
        << int(AllocationKey::EqualShares) << qint64(10'000) << QList<qint64>{0, 0, 0}
        << QList<qint64>{3'334, 3'333, 3'333};
    QTest::newRow("headcount 1, 1, 2 of 1 000.00")
        << int(AllocationKey::Headcount) << qint64(100'000) << QList<qint64>{1, 1, 2}
        << QList<qint64>{25'000, 25'000, 50'000};
    QTest::newRow("fixed amounts that add up to the pool are charged as they are")
        << int(AllocationKey::FixedAmounts) << qint64(12'345) << QList<qint64>{2'345, 4'000, 6'000}
        << QList<qint64>{2'345, 4'000, 6'000};
    QTest::newRow("a negative margin counts as zero")
        << int(AllocationKey::Margin) << qint64(9'999) << QList<qint64>{-50'000, 10'000, 20'000}
        << QList<qint64>{0, 3'333, 6'666};
    QTest::newRow("custom weights 7:3 of 0.01: the larger weight gets the cent")
        << int(AllocationKey::CustomWeights) << qint64(1) << QList<qint64>{7, 3, 0}
        << QList<qint64>{1, 0, 0};
    QTest::newRow("a refund (negative pool) mirrors a charge")
        << int(AllocationKey::Turnover) << qint64(-10'000)
        << QList<qint64>{100'000, 200'000, 300'000} << QList<qint64>{-1'667, -3'333, -5'000};
}

void TestCostAllocation::splits()
{
    QFETCH(int, key);
    QFETCH(qint64, pool);
    QFETCH(QList<qint64>, keys);
    QFETCH(QList<qint64>, expected);
    const auto k = static_cast<AllocationKey>(key);
    QList<AllocationParticipant> participants;
    const QStringList codes = {u"ANA1"_s, u"ANA2"_s, u"ANA3"_s};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        AllocationParticipant p = activity(codes.at(i));
        switch (k) {  // only the key's own figure: the others stay zero
        case AllocationKey::Turnover:
            p.turnover = Money::fromCents(keys.at(i));
            break;
        case AllocationKey::Margin:
            p.margin = Money::fromCents(keys.at(i));
            break;
        case AllocationKey::Headcount:
            p.headcount = static_cast<int>(keys.at(i));
            break;
        case AllocationKey::EqualShares:
            break;
        case AllocationKey::FixedAmounts:
            p.fixedAmount = Money::fromCents(keys.at(i));
            break;
        case AllocationKey::CustomWeights:
            p.customWeight = keys.at(i);
            break;
        }
        participants.append(p);
    }
    const auto allocation = allocatePool(::pool(k, pool), participants);
    QVERIFY2(allocation, qPrintable(allocation ? QString() : allocation.error().toString()));
    QCOMPARE(amounts(*allocation), expected);
    QCOMPARE(allocation->periodDays, 31);
}

void TestCostAllocation::presenceProrates()
{
    // Same turnover; ANA2 arrives on 16 March (16 days of 31), ANA3 left on 28 February.
    QList<AllocationParticipant> participants = {activity(u"ANA1"_s, 100'000),
                                                 activity(u"ANA2"_s, 100'000),
                                                 activity(u"ANA3"_s, 100'000)};
    participants[1].presentFrom = QDate(2026, 3, 16);
    participants[2].presentTo = QDate(2026, 2, 28);
    const auto allocation = allocatePool(pool(AllocationKey::Turnover, 47'000), participants);
    QVERIFY(allocation);
    QCOMPARE(allocation->shares.at(0).presenceDays, 31);
    QCOMPARE(allocation->shares.at(1).presenceDays, 16);
    QCOMPARE(allocation->shares.at(2).presenceDays, 0);
    // 470.00 × 31 / 47 = 310.00 and × 16 / 47 = 160.00.
    QCOMPARE(amounts(*allocation), (QList<qint64>{31'000, 16'000, 0}));
}

void TestCostAllocation::tiesGoToTheFirstCode()
{
    // Two equal weights and one cent: the activity whose code sorts first gets it, whatever the
    // order the participants are given in.
    const QList<AllocationParticipant> forward = {activity(u"AAA"_s, 500), activity(u"BBB"_s, 500)};
    const QList<AllocationParticipant> backward = {activity(u"BBB"_s, 500), activity(u"AAA"_s, 500)};
    const auto a = allocatePool(pool(AllocationKey::Turnover, 1), forward);
    const auto b = allocatePool(pool(AllocationKey::Turnover, 1), backward);
    QVERIFY(a && b);
    QCOMPARE(amounts(*a), (QList<qint64>{1, 0}));
    QCOMPARE(amounts(*b), (QList<qint64>{0, 1}));
}

void TestCostAllocation::explanation()
{
    QList<AllocationParticipant> participants = {activity(u"ANA1"_s, 100'000),
                                                 activity(u"ANA2"_s, 300'000)};
    participants[1].presentFrom = QDate(2026, 3, 16);
    const auto allocation = allocatePool(pool(AllocationKey::Turnover, 10'000), participants);
    QVERIFY(allocation);
    const QString text = allocation->explain(allocation->shares.at(1));
    QVERIFY2(text.contains(u"ANA2"_s) && text.contains(Money::fromCents(300000).toLocaleString()) && text.contains(u"16"_s)
                 && text.contains(u"31"_s) && text.contains(allocation->shares.at(1).amount.toLocaleString()),
             qPrintable(text));
    // In French, amounts read the French way: "3 000,00 €", never "3000.00".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString french = allocation->explain(allocation->shares.at(1));
    QLocale::setDefault(before);
    QVERIFY2(french.contains(u"3\u202f000,00"_s) || french.contains(u"3\u00a0000,00"_s),
             qPrintable(french));
}

void TestCostAllocation::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("where");

    QTest::newRow("no label") << u"label"_s << int(ErrorCode::InvalidArgument) << u"label"_s;
    QTest::newRow("period ends before it starts")
        << u"period"_s << int(ErrorCode::InvalidArgument) << u"to"_s;
    QTest::newRow("no account") << u"account"_s << int(ErrorCode::InvalidArgument) << u"account"_s;
    QTest::newRow("negative headcount")
        << u"headcount"_s << int(ErrorCode::InvalidArgument) << u"participants[1].headcount"_s;
    QTest::newRow("same activity twice")
        << u"twice"_s << int(ErrorCode::InvalidArgument) << u"participants[1].activityId"_s;
    QTest::newRow("nobody present: nobody to charge")
        << u"absent"_s << int(ErrorCode::Constraint) << u"participants"_s;
}

void TestCostAllocation::refused()
{
    QFETCH(QString, what);
    CostPool p = pool(AllocationKey::Headcount, 10'000);
    QList<AllocationParticipant> participants = {activity(u"ANA1"_s), activity(u"ANA2"_s)};
    participants[0].headcount = 1;
    participants[1].headcount = 2;
    if (what == u"label")
        p.label.clear();
    else if (what == u"period")
        p.to = p.from.addDays(-1);
    else if (what == u"account")
        p.account.clear();
    else if (what == u"headcount")
        participants[1].headcount = -1;
    else if (what == u"twice")
        participants[1].activityId = participants[0].activityId;
    else if (what == u"absent")
        participants[0].presentTo = participants[1].presentTo = QDate(2026, 2, 1);
    const auto allocation = allocatePool(p, participants);
    QVERIFY(!allocation);
    QTEST(int(allocation.error().code()), "code");
    QTEST(allocation.error().where(), "where");
    QVERIFY(!allocation.error().message().isEmpty());
}

void TestCostAllocation::properties()
{
    const quint32 s = seed();
    qInfo("seed %u (set COOP_SEED to replay)", s);
    QRandomGenerator random(s);
    constexpr int Cases = 100'000;
    const AllocationKey keys[] = {AllocationKey::Turnover, AllocationKey::Margin,
                                  AllocationKey::Headcount, AllocationKey::EqualShares,
                                  AllocationKey::FixedAmounts, AllocationKey::CustomWeights};
    for (int n = 0; n < Cases; ++n) {
        const AllocationKey key = keys[random.bounded(6)];
        const QDate from = QDate(2026, 1, 1).addDays(random.bounded(300));
        const QDate to = from.addDays(random.bounded(60));
        const qint64 cents = static_cast<qint64>(random.bounded(10'000'000)) - 1'000'000;
        const int count = 1 + random.bounded(12);
        QList<AllocationParticipant> participants;
        for (int i = 0; i < count; ++i) {
            AllocationParticipant p = activity(u"A%1"_s.arg(random.bounded(1000), 3, 10, QChar(u'0')));
            p.activityId = u"id%1"_s.arg(i);
            p.turnover = Money::fromCents(static_cast<qint64>(random.bounded(5'000'000)));
            p.margin = Money::fromCents(static_cast<qint64>(random.bounded(5'000'000)) - 500'000);
            p.headcount = random.bounded(4);
            p.fixedAmount = Money::fromCents(static_cast<qint64>(random.bounded(100'000)));
            p.customWeight = random.bounded(10);
            if (random.bounded(4) == 0)
                p.presentFrom = from.addDays(random.bounded(90) - 30);
            if (random.bounded(4) == 0)
                p.presentTo = from.addDays(random.bounded(90) - 30);
            participants.append(p);
        }
        const auto allocation = allocatePool(pool(key, cents, from, to), participants);
        if (!allocation) {
            // Only refused when nobody can be charged.
            QCOMPARE(allocation.error().code(), ErrorCode::Constraint);
            continue;
        }
        qint64 sum = 0;
        for (const AllocationShare &share : allocation->shares) {
            sum += share.amount.cents();
            if (share.presenceDays == 0 || share.keyValue == 0)
                QVERIFY2(share.amount.isZero(), "absent or zero key, yet charged");
            QCOMPARE(share.weight, share.keyValue * share.presenceDays);
        }
        QCOMPARE(sum, cents);
        // Monotone: a larger weight never pays less (a smaller one never more, for refunds).
        for (const AllocationShare &a : allocation->shares) {
            for (const AllocationShare &b : allocation->shares) {
                if (a.weight > b.weight)
                    QVERIFY2(cents >= 0 ? a.amount >= b.amount : a.amount <= b.amount,
                             "a larger weight paid less");
            }
        }
        // Order-free: reversed participants, same amount for each activity.
        if (n % 10 == 0) {
            QList<AllocationParticipant> reversed(participants.rbegin(), participants.rend());
            const auto again = allocatePool(pool(key, cents, from, to), reversed);
            QVERIFY(again);
            for (const AllocationShare &share : again->shares) {
                const auto same = std::find_if(
                    allocation->shares.cbegin(), allocation->shares.cend(),
                    [&](const AllocationShare &x) { return x.activityId == share.activityId; });
                QCOMPARE(same->amount, share.amount);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestCostAllocation)
#include "tst_costallocation.moc"
