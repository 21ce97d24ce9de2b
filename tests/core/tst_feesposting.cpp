#include "core/feesposting.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// The contribution and the allocations as analytic transfers: balanced, net zero on the account,
// each activity's line on its code, credits and refunds on the other side.

namespace {

Money euros(qint64 value)
{
    return Money::fromCents(value * 100);
}

Money netOn(const QList<JournalLine> &lines, const QString &account)
{
    Money net;
    for (const JournalLine &l : lines) {
        if (l.account == account)
            net += l.side == JournalSide::Debit ? l.amount : -l.amount;
    }
    return net;
}

} // namespace

class TestFeesPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contribution();
    void contributionCreditSwapsSides();
    void allocation();
};

void TestFeesPosting::contribution()
{
    const QList<JournalLine> lines = contributionJournal(
        {{u"ANA1"_s, euros(480)}, {u"ANA2"_s, euros(80)}, {u"ANA3"_s, Money()}}, u"2026-03"_s,
        u"COOP"_s);
    QCOMPARE(lines.size(), 3);  // no line for a zero
    QVERIFY(isBalanced(lines));
    QCOMPARE(netOn(lines, u"6286"_s), Money());
    QCOMPARE(lines.at(0), (JournalLine{u"6286"_s, u"Contribution coopérative 2026-03"_s, u"ANA1"_s,
                                       JournalSide::Debit, euros(480), {}, {}}));
    QCOMPARE(lines.at(2).activityCode, u"COOP"_s);
    QCOMPARE(lines.at(2).side, JournalSide::Credit);
    QCOMPARE(lines.at(2).amount, euros(560));
}

void TestFeesPosting::contributionCreditSwapsSides()
{
    // A whole-base month that gives back 200 €: the activity is credited.
    const QList<JournalLine> lines =
        contributionJournal({{u"ANA1"_s, euros(-200)}}, u"2026-07"_s, u"COOP"_s, u"628"_s);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).side, JournalSide::Credit);
    QCOMPARE(lines.at(0).amount, euros(200));
    QCOMPARE(lines.at(1).side, JournalSide::Debit);
    QVERIFY(isBalanced(lines));
}

void TestFeesPosting::allocation()
{
    CostPool pool;
    pool.label = u"Assurance RC Pro T1 2026"_s;
    pool.from = QDate(2026, 1, 1);
    pool.to = QDate(2026, 3, 31);
    pool.amount = Money::fromCents(31'000);
    pool.account = u"6161"_s;
    pool.key = AllocationKey::Turnover;
    AllocationParticipant a;
    a.activityId = u"a"_s;
    a.activityCode = u"ANA1"_s;
    a.turnover = euros(2'000);
    AllocationParticipant b = a;
    b.activityId = u"b"_s;
    b.activityCode = u"ANA2"_s;
    b.turnover = euros(1'000);
    const auto allocation = allocatePool(pool, {a, b});
    QVERIFY(allocation);
    const QList<JournalLine> lines = allocationJournal(*allocation, u"COOP"_s);
    QCOMPARE(lines.size(), 3);
    QVERIFY(isBalanced(lines));
    QCOMPARE(netOn(lines, u"6161"_s), Money());
    QCOMPARE(lines.at(0).amount + lines.at(1).amount, pool.amount);
    QCOMPARE(lines.at(2).activityCode, u"COOP"_s);
    QCOMPARE(lines.at(0).label, pool.label);
}

QTEST_APPLESS_MAIN(TestFeesPosting)
#include "tst_feesposting.moc"
