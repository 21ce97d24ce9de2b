// Payroll runs in a real encrypted store: who is paid in a month, the prorated fixed part, the
// variable part the activity's collected turnover allows, the journal, replacing a draft, closing.
#include "salesfixture.h"

#include "core/payroll.h"
#include "core/payrollrun.h"
#include "core/storage/payrollrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

Entrepreneur person(const QString &last, const QString &first, const QString &activityId)
{
    Entrepreneur e;
    e.lastName = last;
    e.firstName = first;
    e.birthDate = QDate(1985, 4, 12);
    e.activityId = activityId;
    return e;
}

ContractTerms terms(QDate from, qint64 fixedCents, qint64 variablePercent)
{
    ContractTerms t;
    t.effectiveFrom = from;
    t.fixedMonthlyPart = Money::fromCents(fixedCents);
    t.variableRate = Rate::fromUnits(variablePercent * Rate::UnitsPerPercent);
    t.monthlyHours = Quantity::fromUnits(151'667);
    t.equivalentHours = true;
    return t;
}

Contract cesa(const QString &entrepreneurId, const QString &activityId, QDate start,
              qint64 fixedCents, qint64 variablePercent)
{
    Contract c;
    c.entrepreneurId = entrepreneurId;
    c.activityId = activityId;
    c.type = ContractType::Cesa;
    c.signedOn = start.addDays(-10);
    c.start = start;
    c.terms = {terms(start, fixedCents, variablePercent)};
    return c;
}

QStringList dump(const Store &store, const QStringList &tables)
{
    QStringList lines;
    for (const QString &table : tables) {
        QSqlQuery q(store.database());
        q.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines;
}

const QStringList PayrollTables = {u"payroll_run"_s, u"payroll_slip"_s, u"payroll_journal_line"_s};

Money sum(const QList<PayrollJournalLine> &journal, JournalSide side, const QString &account = {})
{
    Money total;
    for (const PayrollJournalLine &line : journal) {
        if (line.side == side && (account.isEmpty() || line.account == account))
            total += line.amount;
    }
    return total;
}

} // namespace

class TestPayrollRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void whoIsPaidAndHowMuch();
    void journalBalancesAndMatchesTheSlips();
    void storedRunReadsBackIdentical();
    void rerunReplacesTheDraft();
    void laterMonthsDeductWhatEarlierRunsCost();
    void closedMonthIsFrozen();
    void csvForThePayrollFirm();
    void badMonth();

private:
    QTemporaryDir m_dir;
    SalesStore m_s;
    QString m_alice;
    QString m_paul;
    QString m_secondActivity;
    PayrollRun m_march;
    Money m_aliceFixedCost;
};

void TestPayrollRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"payroll.coopdesk"_s));
    QVERIFY(m_s.store);
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);

    Activity second;
    second.analyticCode = u"ANA2"_s;
    second.name = u"Menuiserie"_s;
    second.trade = u"Menuiserie"_s;
    const auto savedActivity = people.saveActivity(second);
    QVERIFY2(savedActivity, why(savedActivity).constData());
    m_secondActivity = savedActivity->id;

    // Alice: a CESA since 2025, 1 500 € fixed, 95 % of what her account allows on top.
    auto alice = people.saveEntrepreneur(person(u"Martin"_s, u"Alice"_s, m_s.activityId));
    QVERIFY2(alice, why(alice).constData());
    m_alice = alice->id;
    auto c1 = people.saveContract(cesa(m_alice, m_s.activityId, QDate(2025, 6, 1), 150'000, 95));
    QVERIFY2(c1, why(c1).constData());
    // Paul: a CESA from 16 March, 2 000 € fixed, no variable part.
    auto paul = people.saveEntrepreneur(person(u"Bernard"_s, u"Paul"_s, m_secondActivity));
    QVERIFY2(paul, why(paul).constData());
    m_paul = paul->id;
    auto c2 = people.saveContract(cesa(m_paul, m_secondActivity, QDate(2026, 3, 16), 200'000, 0));
    QVERIFY2(c2, why(c2).constData());
    // Chloé: a CAPE only, never on the payroll.
    auto chloe = people.saveEntrepreneur(person(u"Durand"_s, u"Chloé"_s, m_secondActivity));
    QVERIFY2(chloe, why(chloe).constData());
    Contract cape;
    cape.entrepreneurId = chloe->id;
    cape.activityId = m_secondActivity;
    cape.type = ContractType::Cape;
    cape.signedOn = QDate(2026, 1, 2);
    cape.start = QDate(2026, 1, 5);
    cape.capePeriods = {{QDate(2026, 1, 5), QDate(2026, 12, 31)}};
    QVERIFY2(people.saveContract(cape), "CAPE");
    // Denis: his CESA ended in February.
    auto denis = people.saveEntrepreneur(person(u"Petit"_s, u"Denis"_s, m_secondActivity));
    QVERIFY2(denis, why(denis).constData());
    Contract ended = cesa(denis->id, m_secondActivity, QDate(2025, 1, 1), 180'000, 0);
    ended.exitDate = QDate(2026, 2, 28);
    ended.exitReason = ExitReason::Resignation;
    auto c4 = people.saveContract(ended);
    QVERIFY2(c4, why(c4).constData());

    // Alice's activity collects 10 000 € HT in March (12 000 € TTC at 20 %).
    SalesRepository sales = m_s.sales();
    SalesDocument big = m_s.invoiceDraft(u"Refonte complète"_s);
    big.lines = {line(u"Développement"_s, 20, 500, 20)};
    auto draft = sales.saveDraft(big);
    QVERIFY2(draft, why(draft).constData());
    auto issued = sales.validate(draft->id, QDate(2026, 3, 2));
    QVERIFY2(issued, why(issued).constData());
    auto paid = sales.recordPayment(issued->id, QDate(2026, 3, 20), Money::fromCents(1'200'000),
                                    PaymentMode::Transfer);
    QVERIFY2(paid, why(paid).constData());
}

void TestPayrollRepository::whoIsPaidAndHowMuch()
{
    PayrollRepository repo(*m_s.store);
    const auto inputs = repo.inputsFor(u"2026-03");
    QVERIFY2(inputs, why(inputs).constData());
    QCOMPARE(inputs->size(), 2);

    const auto run = repo.run(u"2026-03", QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    QVERIFY2(run, why(run).constData());
    m_march = *run;
    QCOMPARE(run->rulesValidFrom, QDate(2026, 3, 1));
    QCOMPARE(run->payDate, QDate(2026, 3, 31));
    QCOMPARE(run->slips.size(), 2);

    // Sorted by name: Bernard before Martin.
    const PayrollRunSlip &paul = run->slips.at(0);
    QCOMPARE(paul.entrepreneurId, m_paul);
    QCOMPARE(paul.activityCode, u"ANA2"_s);
    QCOMPARE(paul.daysUnderContract, 16);
    QCOMPARE(paul.fixedGross, Money::fromCents(103'226));  // 2 000 × 16 / 31 = 1 032.258
    QCOMPARE(paul.variableGross, Money());
    QCOMPARE(paul.payslip.gross, paul.fixedGross);

    const PayrollRunSlip &alice = run->slips.at(1);
    QCOMPARE(alice.entrepreneurId, m_alice);
    QCOMPARE(alice.daysUnderContract, 31);
    QCOMPARE(alice.fixedGross, Money::fromCents(150'000));
    QVERIFY(alice.variableGross > Money());

    // The variable part: the largest gross whose cost fits cost(fixed) + 95 % of what is left.
    const auto rules = loadBuiltInPayrollRules();
    QVERIFY(rules);
    const PayrollEngine engine(*rules->tableFor(QDate(2026, 3, 31)).value());
    const auto cooperative = PeopleRepository(*m_s.store).cooperative();
    QVERIFY(cooperative);
    const PayrollSituation situation =
        PayrollSituation::fromCooperative(*cooperative, engine.table());
    QCOMPARE(alice.payslip.situation, situation);
    const Money fixedCost = engine.employerCost(alice.fixedGross, situation);
    // The fiscal year starts in January: January and February were never run, so they count as
    // paid at the fixed part (with the first table, March's, as no earlier one exists).
    const Money available = Money::fromCents(1'000'000) - fixedCost - fixedCost;
    const Money envelope =
        fixedCost + (available - fixedCost).times(Rate::fromUnits(95'000'000), Rounding::Floor).value();
    m_aliceFixedCost = fixedCost;
    QVERIFY(alice.payslip.employerCost <= envelope);
    QVERIFY(engine.employerCost(alice.payslip.gross + Money::fromCents(1), situation) > envelope);
    QCOMPARE(alice.payslip, engine.compute(alice.payslip.gross, situation).value());

    // Totals are the sums of the slips.
    QCOMPARE(run->totals.slips, 2);
    QCOMPARE(run->totals.gross, paul.payslip.gross + alice.payslip.gross);
    QCOMPARE(run->totals.employerCost, paul.payslip.employerCost + alice.payslip.employerCost);
    QCOMPARE(run->totals.netBeforeTax, paul.payslip.netBeforeTax + alice.payslip.netBeforeTax);
}

void TestPayrollRepository::journalBalancesAndMatchesTheSlips()
{
    const QList<PayrollJournalLine> &journal = m_march.journal;
    QVERIFY(!journal.isEmpty());
    QCOMPARE(sum(journal, JournalSide::Debit), sum(journal, JournalSide::Credit));
    QCOMPARE(sum(journal, JournalSide::Debit, u"6411"_s), m_march.totals.gross);
    QCOMPARE(sum(journal, JournalSide::Credit, u"421"_s), m_march.totals.netBeforeTax);
    QCOMPARE(sum(journal, JournalSide::Debit), m_march.totals.employerCost);
    // Charges carry the activity's analytic code; the bodies' accounts none.
    for (const PayrollJournalLine &line : journal) {
        QVERIFY(line.amount > Money());
        if (line.account.startsWith(u'6'))
            QVERIFY2(line.activityCode == u"ANA1" || line.activityCode == u"ANA2",
                     qPrintable(line.label));
        else
            QVERIFY2(line.activityCode.isEmpty(), qPrintable(line.label));
    }
    // Each slip balances on its own: its lines are labelled with the person's name.
    for (const PayrollRunSlip &slip : m_march.slips) {
        QList<PayrollJournalLine> own;
        for (const PayrollJournalLine &line : journal) {
            if (line.label.endsWith(slip.name))
                own.append(line);
        }
        QCOMPARE(sum(own, JournalSide::Debit), sum(own, JournalSide::Credit));
        QCOMPARE(sum(own, JournalSide::Debit), slip.payslip.employerCost);
    }
}

void TestPayrollRepository::storedRunReadsBackIdentical()
{
    PayrollRepository repo(*m_s.store);
    const auto loaded = repo.load(u"2026-03");
    QVERIFY2(loaded, why(loaded).constData());
    QVERIFY(loaded->has_value());
    const PayrollRun &run = **loaded;
    QCOMPARE(run.month, u"2026-03"_s);
    QCOMPARE(run.payDate, m_march.payDate);
    QCOMPARE(run.slips.size(), m_march.slips.size());
    for (qsizetype i = 0; i < run.slips.size(); ++i) {
        QCOMPARE(run.slips.at(i).entrepreneurId, m_march.slips.at(i).entrepreneurId);
        QCOMPARE(run.slips.at(i).fixedGross, m_march.slips.at(i).fixedGross);
        QCOMPARE(run.slips.at(i).variableGross, m_march.slips.at(i).variableGross);
        QCOMPARE(run.slips.at(i).payslip, m_march.slips.at(i).payslip);
    }
    QCOMPARE(run.journal, m_march.journal);
    QCOMPARE(run.totals.employerCost, m_march.totals.employerCost);

    const auto summary = repo.summary(u"2026-03");
    QVERIFY(summary && summary->has_value());
    QCOMPARE((*summary)->status, PayrollRunStatus::Draft);
    QCOMPARE((*summary)->computedAt, QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(!(*summary)->closedAt.isValid());
}

void TestPayrollRepository::rerunReplacesTheDraft()
{
    PayrollRepository repo(*m_s.store);
    // Paul's fixed part changes by an amendment from 1 March… no: from his start; a new contract
    // figure is enough to show the run is recomputed, not appended.
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);
    auto contracts = people.contractsOf(m_paul);
    QVERIFY(contracts && contracts->size() == 1);
    Contract c = contracts->first();
    c.terms.first().fixedMonthlyPart = Money::fromCents(210'000);
    QVERIFY2(people.saveContract(c), "amended");

    const auto again = repo.run(u"2026-03");
    QVERIFY2(again, why(again).constData());
    QCOMPARE(again->slips.at(0).fixedGross, Money::fromCents(108'387)); // 2 100 × 16 / 31
    const auto runs = repo.runs();
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    QSqlQuery q(m_s.store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM payroll_slip"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    m_march = *again;
}

void TestPayrollRepository::laterMonthsDeductWhatEarlierRunsCost()
{
    PayrollRepository repo(*m_s.store);
    const auto april = repo.inputsFor(u"2026-04");
    QVERIFY2(april, why(april).constData());
    const Money marchCost = m_march.slips.at(1).payslip.employerCost;
    bool found = false;
    for (const PayrollRunInput &input : *april) {
        if (input.entrepreneurId != m_alice)
            continue;
        found = true;
        // The year's collected HT less January and February (never run: the fixed part's cost)
        // and March (its stored slip).
        QCOMPARE(input.available, Money::fromCents(1'000'000) - m_aliceFixedCost - m_aliceFixedCost
                                      - marchCost);
    }
    QVERIFY(found);
}

void TestPayrollRepository::closedMonthIsFrozen()
{
    PayrollRepository repo(*m_s.store);
    QVERIFY2(repo.close(u"2026-03", QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC)),
             "close");
    const QStringList before = dump(*m_s.store, PayrollTables);

    const auto again = repo.run(u"2026-03");
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::Conflict);
    QVERIFY(again.error().message().contains(u"2026-03"_s));
    const auto closeTwice = repo.close(u"2026-03");
    QVERIFY(!closeTwice);
    QCOMPARE(closeTwice.error().code(), ErrorCode::Conflict);
    QCOMPARE(repo.close(u"2026-05").error().code(), ErrorCode::NotFound);

    // Even SQL written by hand cannot change a closed run.
    QSqlQuery q(m_s.store->database());
    QVERIFY(!q.exec(u"UPDATE payroll_slip SET gross_cents = 1"_s));
    QVERIFY(!q.exec(u"DELETE FROM payroll_journal_line"_s));
    QVERIFY(!q.exec(u"DELETE FROM payroll_run"_s));
    QCOMPARE(dump(*m_s.store, PayrollTables), before);

    const auto summary = repo.summary(u"2026-03");
    QVERIFY(summary && summary->has_value());
    QCOMPARE((*summary)->status, PayrollRunStatus::Closed);
    QCOMPARE((*summary)->closedAt, QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
}

void TestPayrollRepository::csvForThePayrollFirm()
{
    const QByteArray csv = payrollRunCsv(m_march);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "month;entrepreneur_id;name;nir;activity;code;label;"));
    const QStringList rows = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    qsizetype lines = 0;
    for (const PayrollRunSlip &slip : m_march.slips)
        lines += slip.payslip.lines.size() + (slip.payslip.rgdu.isZero() ? 0 : 1) + 1;
    QCOMPARE(rows.size(), lines + 1);
    const PayrollRunSlip &alice = m_march.slips.at(1);
    const QString total = u"2026-03;"_s + alice.entrepreneurId + u";Martin Alice;;ANA1;TOTAL;"_s;
    bool seen = false;
    for (const QString &row : rows) {
        if (!row.startsWith(total))
            continue;
        seen = true;
        const QStringList fields = row.split(u';');
        QCOMPARE(fields.at(7), alice.payslip.gross.toString().replace(u'.', u','));
        QCOMPARE(fields.at(9), alice.payslip.employeeTotal.toString().replace(u'.', u','));
        QCOMPARE(fields.at(11), alice.payslip.employerTotal.toString().replace(u'.', u','));
    }
    QVERIFY(seen);
}

void TestPayrollRepository::badMonth()
{
    PayrollRepository repo(*m_s.store);
    const QStringList before = dump(*m_s.store, PayrollTables);
    for (const auto month : {u"2026-13", u"March", u"2026-3"}) {
        const auto run = repo.run(month);
        QVERIFY(!run);
        QCOMPARE(run.error().code(), ErrorCode::ParseError);
        QCOMPARE(run.error().where(), u"month"_s);
    }
    // Before the first rule table: said, and nothing written.
    const auto early = repo.run(u"2025-12");
    QVERIFY(!early);
    QCOMPARE(early.error().code(), ErrorCode::NotFound);
    QCOMPARE(dump(*m_s.store, PayrollTables), before);
}

QTEST_GUILESS_MAIN(TestPayrollRepository)
#include "tst_payrollrepository.moc"
