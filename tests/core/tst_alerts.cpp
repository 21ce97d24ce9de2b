#include "core/alerts.h"

#include <QTest>

#include <algorithm>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::Contract)
Q_DECLARE_METATYPE(coop::AlertKind)

namespace {

QDate d(const char *iso)
{
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(date.isValid());
    return date;
}

Contract cape(const QList<CapePeriod> &periods, const QString &id = u"cape-1"_s)
{
    Contract c;
    c.id = id;
    c.entrepreneurId = u"ent-1"_s;
    c.type = ContractType::Cape;
    c.capePeriods = periods;
    c.start = periods.first().start;
    return c;
}

Contract cape(const char *start, const char *end)
{
    return cape({CapePeriod{d(start), d(end)}});
}

ContractTerms terms(const char *from, qint64 fixedCents)
{
    ContractTerms t;
    t.effectiveFrom = d(from);
    t.fixedMonthlyPart = Money::fromCents(fixedCents);
    t.variableRate = *Rate::fromPercent(u"80"_s);
    t.monthlyHours = *Quantity::parse(u"151.67"_s);
    return t;
}

Contract cesa(const char *start, qint64 fixedCents = 150000, const QString &id = u"cesa-1"_s)
{
    Contract c;
    c.id = id;
    c.entrepreneurId = u"ent-1"_s;
    c.type = ContractType::Cesa;
    c.start = d(start);
    c.terms = {terms(start, fixedCents)};
    return c;
}

Contract exited(Contract c, const char *on, ExitReason reason = ExitReason::Resignation)
{
    c.exitDate = d(on);
    c.exitReason = reason;
    return c;
}

Contract associate(Contract c, const char *on)
{
    c.associateDate = d(on);
    c.associateShares = 1;
    return c;
}

Entrepreneur person(const QList<QDate> &interviewDates)
{
    Entrepreneur e;
    e.id = u"ent-1"_s;
    e.firstName = u"Camille"_s;
    e.lastName = u"Martin"_s;
    e.birthDate = QDate(1985, 5, 12);
    for (const QDate &date : interviewDates)
        e.interviews.append(Interview{u"i"_s, date, InterviewKind::FollowUp, {}, {}});
    return e;
}

// Two interviews in the last 12 months, so that rows about other alerts are not disturbed.
QList<QDate> followedUp(QDate at)
{
    return {at.addMonths(-1), at.addMonths(-7)};
}

// "kind contract due", the contract "-" when the alert is about the person.
QStringList summary(const QList<Alert> &alerts)
{
    QStringList lines;
    for (const Alert &alert : alerts) {
        lines.append(alertKindKey(alert.kind) + u' '
                     + (alert.contractId.isEmpty() ? u"-"_s : alert.contractId) + u' '
                     + alert.dueDate.toString(Qt::ISODate));
    }
    return lines;
}

} // namespace

class tst_Alerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alerts_data();
    void alerts();
    void messagesNameThePersonAndTheDate();
    void otherPeoplesContractsAreIgnored();
    void kindKeys_data();
    void kindKeys();
    void unknownKindKeyIsRefused();
};

void tst_Alerts::alerts_data()
{
    QTest::addColumn<QList<Contract>>("contracts");
    QTest::addColumn<QList<QDate>>("interviews");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<QStringList>("expected");

    // Rows about other alerts give the person two recent interviews, so that only their own
    // alert shows.
    const auto row = [](const char *name, const QList<Contract> &contracts, QDate at,
                        const QStringList &expected) {
        QTest::newRow(name) << contracts << followedUp(at) << at << expected;
    };
    const auto rowWithInterviews = [](const char *name, const QList<Contract> &contracts,
                                      const QList<QDate> &interviews, QDate at,
                                      const QStringList &expected) {
        QTest::newRow(name) << contracts << interviews << at << expected;
    };
    const Contract year = cape("2024-01-01", "2024-12-31");

    // CAPE ending within 30 days: at ≤ end ≤ at + 30.
    row("a CAPE ending in 31 days does not alert yet", {year}, d("2024-11-30"), {});
    row("a CAPE ending in 30 days alerts", {year}, d("2024-12-01"),
        {u"cape_ending cape-1 2024-12-31"_s});
    row("a CAPE ending in 29 days alerts", {year}, d("2024-12-02"),
        {u"cape_ending cape-1 2024-12-31"_s});
    row("a CAPE ending today alerts", {year}, d("2024-12-31"),
        {u"cape_ending cape-1 2024-12-31"_s});
    row("a CAPE that has ended no longer alerts", {year}, d("2025-01-01"), {});
    row("a renewal moves the CAPE's end away",
        {cape({CapePeriod{d("2024-01-01"), d("2024-12-31")},
               CapePeriod{d("2025-01-01"), d("2025-06-30")}})},
        d("2024-12-15"), {});
    row("a CAPE followed by a recorded CESA does not alert", {year, cesa("2025-01-01")},
        d("2024-12-15"), {});
    row("a CAPE whose exit is recorded does not alert",
        {exited(year, "2024-12-31", ExitReason::CapeEnded)}, d("2024-12-15"), {});

    // Associate deadline within 90 days, or passed; a CESA from 2025-01-01 has until 2028-01-01.
    const Contract open = cesa("2025-01-01");
    row("a deadline in 91 days does not alert yet", {open}, d("2027-10-02"), {});
    row("a deadline in 90 days alerts", {open}, d("2027-10-03"),
        {u"associate_deadline_soon cesa-1 2028-01-01"_s});
    row("a deadline in 89 days alerts", {open}, d("2027-10-04"),
        {u"associate_deadline_soon cesa-1 2028-01-01"_s});
    row("a deadline today is soon, not passed", {open}, d("2028-01-01"),
        {u"associate_deadline_soon cesa-1 2028-01-01"_s});
    row("the day after the deadline it has passed", {open}, d("2028-01-02"),
        {u"associate_deadline_passed cesa-1 2028-01-01"_s});
    row("an associate does not alert", {associate(open, "2027-06-01")}, d("2027-12-01"), {});
    row("an associate date still to come does not silence the alert",
        {associate(open, "2027-12-15")}, d("2027-12-01"),
        {u"associate_deadline_soon cesa-1 2028-01-01"_s});
    row("an associate late: the deadline passed until the associate date",
        {associate(open, "2028-02-01")}, d("2028-01-31"),
        {u"associate_deadline_passed cesa-1 2028-01-01"_s});
    row("an associate late: no alert from the associate date", {associate(open, "2028-02-01")},
        d("2028-02-01"), {});
    row("a CESA that has ended does not alert", {exited(open, "2027-09-30")}, d("2027-12-01"),
        {});
    row("the 2024 CAPE brings the deadline to 2026-12-31, 90 days after 2026-10-02",
        {year, open}, d("2026-10-02"), {u"associate_deadline_soon cesa-1 2026-12-31"_s});
    row("the 2024 CAPE: 91 days before 2026-12-31 is still quiet", {year, open}, d("2026-10-01"),
        {});

    // A CESA whose terms in force have no fixed part.
    row("a CESA without a fixed part alerts", {cesa("2025-01-01", 0)}, d("2025-03-01"),
        {u"cesa_without_fixed_part cesa-1 2025-01-01"_s});
    row("a fixed part of one cent is a fixed part", {cesa("2025-01-01", 1)}, d("2025-03-01"), {});
    Contract amended = cesa("2025-01-01", 0);
    amended.terms.append(terms("2025-07-01", 150000));
    row("no fixed part until the day before the amendment that adds one", {amended},
        d("2025-06-30"), {u"cesa_without_fixed_part cesa-1 2025-01-01"_s});
    row("no alert from the day the amendment adds a fixed part", {amended}, d("2025-07-01"), {});
    Contract removed = cesa("2025-01-01");
    removed.terms.append(terms("2025-07-01", 0));
    row("an amendment that removes the fixed part alerts from its date", {removed},
        d("2025-07-01"), {u"cesa_without_fixed_part cesa-1 2025-07-01"_s});
    row("a CESA not started yet does not alert", {cesa("2025-01-01", 0)}, d("2024-12-31"), {});

    // Interviews: fewer than two in (at − 12 months, at], once under contract for 6 months.
    rowWithInterviews("under contract for 6 months less a day, no interview: not yet", {open}, {},
                      d("2025-06-30"), {});
    rowWithInterviews("under contract for 6 months, no interview: alert", {open}, {},
                      d("2025-07-01"), {u"too_few_interviews - 2025-07-01"_s});
    rowWithInterviews("one interview in the last 12 months is not enough", {open},
                      {d("2025-02-01")}, d("2025-07-01"), {u"too_few_interviews - 2025-07-01"_s});
    rowWithInterviews("two interviews in the last 12 months are enough", {open},
                      {d("2025-02-01"), d("2025-06-01")}, d("2025-07-01"), {});
    rowWithInterviews("an interview exactly 12 months ago no longer counts", {open},
                      {d("2025-03-15"), d("2026-01-10")}, d("2026-03-15"),
                      {u"too_few_interviews - 2026-03-15"_s});
    rowWithInterviews("an interview 12 months less a day ago still counts", {open},
                      {d("2025-03-16"), d("2026-01-10")}, d("2026-03-15"), {});
    rowWithInterviews("an interview held that day counts", {open},
                      {d("2025-09-01"), d("2026-03-15")}, d("2026-03-15"), {});
    rowWithInterviews("an interview after the date does not count", {open},
                      {d("2025-06-01"), d("2025-08-01")}, d("2025-07-01"),
                      {u"too_few_interviews - 2025-07-01"_s});
    rowWithInterviews("time under the CAPE counts towards the 6 months",
                      {cape("2024-10-01", "2024-12-31"), open}, {}, d("2025-04-01"),
                      {u"too_few_interviews - 2025-04-01"_s});
    rowWithInterviews("a break between contracts restarts the 6 months",
                      {cape("2024-01-01", "2024-06-30"), cesa("2024-09-01")}, {},
                      d("2025-02-28"), {});
    rowWithInterviews("nobody under contract: no interview alert",
                      {exited(cesa("2024-01-01"), "2025-03-31")}, {}, d("2025-04-01"), {});

    // Overlaps are data errors: reported whatever the date.
    row("a CESA starting on the CAPE's last day is an overlap", {year, cesa("2024-12-31")},
        d("2026-01-01"), {u"overlapping_contracts cesa-1 2024-12-31"_s});
    row("a CESA starting the day after the CAPE is no overlap", {year, open}, d("2026-01-01"),
        {});

    rowWithInterviews("several alerts come in the order of their kinds",
                      {year, cesa("2024-12-31", 0)}, {}, d("2028-03-01"),
                      {u"associate_deadline_passed cesa-1 2026-12-31"_s,
                       u"too_few_interviews - 2028-03-01"_s,
                       u"cesa_without_fixed_part cesa-1 2024-12-31"_s,
                       u"overlapping_contracts cesa-1 2024-12-31"_s});
}

void tst_Alerts::alerts()
{
    QFETCH(QList<Contract>, contracts);
    QFETCH(QList<QDate>, interviews);
    QFETCH(QDate, at);
    QFETCH(QStringList, expected);

    QCOMPARE(summary(alertsFor(person(interviews), contracts, at)), expected);
}

void tst_Alerts::messagesNameThePersonAndTheDate()
{
    const QList<Contract> capeAlone = {cape("2024-01-01", "2024-12-31")};
    const QList<Contract> troubled = {cape("2024-01-01", "2024-12-31"), cesa("2024-12-31", 0)};
    struct Case
    {
        QList<Contract> contracts;
        QDate at;
        AlertKind kind;
    };
    const QList<Case> cases = {{capeAlone, d("2024-12-15"), AlertKind::CapeEndingSoon},
                               {troubled, d("2026-11-01"), AlertKind::AssociateDeadlineSoon},
                               {troubled, d("2028-03-01"), AlertKind::AssociateDeadlinePassed},
                               {troubled, d("2028-03-01"), AlertKind::TooFewInterviews},
                               {troubled, d("2028-03-01"), AlertKind::CesaWithoutFixedPart},
                               {troubled, d("2028-03-01"), AlertKind::OverlappingContracts}};
    for (const Case &c : cases) {
        const QList<Alert> alerts = alertsFor(person({}), c.contracts, c.at);
        const auto found = std::find_if(alerts.cbegin(), alerts.cend(),
                                        [&](const Alert &a) { return a.kind == c.kind; });
        QVERIFY2(found != alerts.cend(), qPrintable(alertKindKey(c.kind)));
        QCOMPARE(found->entrepreneurId, u"ent-1"_s);
        QVERIFY2(found->message.contains(u"MARTIN Camille"_s), qPrintable(found->message));
        QVERIFY2(found->message.contains(found->dueDate.toString(Qt::ISODate)),
                 qPrintable(found->message));
    }
}

void tst_Alerts::otherPeoplesContractsAreIgnored()
{
    Contract someoneElses = cesa("2024-06-01", 0, u"cesa-9"_s);
    someoneElses.entrepreneurId = u"ent-2"_s;
    const QList<Contract> contracts = {cape("2024-01-01", "2024-12-31"), someoneElses};
    QCOMPARE(summary(alertsFor(person(followedUp(d("2024-10-01"))), contracts, d("2024-10-01"))),
             QStringList());
}

void tst_Alerts::kindKeys_data()
{
    QTest::addColumn<AlertKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("CAPE ending") << AlertKind::CapeEndingSoon << u"cape_ending"_s;
    QTest::newRow("deadline soon") << AlertKind::AssociateDeadlineSoon
                                   << u"associate_deadline_soon"_s;
    QTest::newRow("deadline passed") << AlertKind::AssociateDeadlinePassed
                                     << u"associate_deadline_passed"_s;
    QTest::newRow("interviews") << AlertKind::TooFewInterviews << u"too_few_interviews"_s;
    QTest::newRow("no fixed part") << AlertKind::CesaWithoutFixedPart
                                   << u"cesa_without_fixed_part"_s;
    QTest::newRow("overlap") << AlertKind::OverlappingContracts << u"overlapping_contracts"_s;
}

void tst_Alerts::kindKeys()
{
    QFETCH(AlertKind, kind);
    QFETCH(QString, key);
    QCOMPARE(alertKindKey(kind), key);
    QCOMPARE(alertKindFromKey(key).value_or(AlertKind(-1)), kind);
}

void tst_Alerts::unknownKindKeyIsRefused()
{
    const Result<AlertKind> kind = alertKindFromKey(u"cape_ending_soon"_s);
    QVERIFY(!kind);
    QCOMPARE(kind.error().code(), ErrorCode::ParseError);
    QVERIFY(kind.error().message().contains(u"cape_ending, associate_deadline_soon"_s));
}

QTEST_APPLESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
