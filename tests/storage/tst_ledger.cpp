// The ledger on a real encrypted store (issue 7): entries posted when documents are validated,
// the FEC of a demo cooperative checked by an independent checker, files broken on purpose
// caught, re-exports byte-identical, closed periods, and each activity's analytic balance against
// the entrepreneur's account (issue 6).

#include "feccheck.h"
#include "salesfixture.h"
#include "testsupport.h"

#include "core/storage/accountrepository.h"
#include "core/storage/contributionrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/demo.h"
#include "core/storage/ledgerrepository.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;


namespace {

const QDate kToday(2026, 11, 20);
const QDate kReconcileAt(2026, 10, 31);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList months(int year, int from, int to)
{
    QStringList out;
    for (int m = from; m <= to; ++m)
        out << u"%1-%2"_s.arg(year).arg(m, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validationPostsItsEntry();
    void everyEntryBalances();
    void fecOfTheDemoPasses_data();
    void fecOfTheDemoPasses();
    void reexportIsByteIdentical();
    void brokenFilesAreCaught_data();
    void brokenFilesAreCaught();
    void closedPeriodRefusesEntries();
    void reopeningNeedsAdminAndReason();
    void analyticBalanceEqualsTheAccount();
    void csvExportAndBalance();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_siren;
    QString m_fec2026;    // the FEC of 2026, written once
};

void TestLedger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = createStore(m_dir.filePath(u"demo.coopdesk"_s));
    QVERIFY(m_store);
    DemoOptions options;
    options.entrepreneurs = 55;
    options.years = 2;
    options.today = kToday;
    options.seed = 7;
    const auto demo = generateDemo(*m_store, options);
    QVERIFY2(demo, why(demo).constData());
    QVERIFY(demo->invoices > 300);

    // A year of the rest: payroll runs closed, pools allocated, the contribution posted.
    PayrollRepository payroll(*m_store);
    // (The rule tables start in March 2026.)
    for (const QString &month : months(2026, 3, 10)) {
        const auto run = payroll.run(month);
        QVERIFY2(run, why(run).constData());
        const auto closed = payroll.close(month);
        QVERIFY2(closed, why(closed).constData());
    }
    CostPoolRepository pools(*m_store);
    const auto stored = pools.pools();
    QVERIFY2(stored, why(stored).constData());
    QVERIFY(!stored->isEmpty());
    for (const StoredCostPool &p : *stored) {
        const auto allocated = pools.allocate(p.pool.id);
        QVERIFY2(allocated, why(allocated).constData());
    }
    LedgerRepository ledger(*m_store);
    for (const QString &month : months(2026, 1, 10)) {
        const auto posted = ledger.postContribution(month);
        QVERIFY2(posted, why(posted).constData());
    }
    // Whatever a repository validated without posting would be found here.
    const auto pending = ledger.postPending();
    QVERIFY2(pending, why(pending).constData());
    QCOMPARE(*pending, 0);

    const auto settings = PeopleRepository(*m_store).cooperative();
    QVERIFY(settings);
    m_siren = settings->siren;
    QCOMPARE(m_siren.size(), 9);
    QVERIFY(QDir(m_dir.path()).mkpath(u"fec-a"_s));
    const auto fec = ledger.exportFec(2026, m_dir.filePath(u"fec-a"_s));
    QVERIFY2(fec, why(fec).constData());
    m_fec2026 = fec->filePath;
}

// Validating an invoice and recording its payment write their entries in the same transaction,
// with the figures of the document.
void TestLedger::validationPostsItsEntry()
{
    QTemporaryDir dir;
    SalesStore s = createSalesStore(dir.filePath(u"one.coopdesk"_s));
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    const auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY2(draft, why(draft).constData());
    LedgerRepository ledger(*s.store);
    QCOMPARE(*ledger.countRows({}), 0);
    const auto issued = sales.validate(draft->id, QDate(2026, 3, 2));
    QVERIFY2(issued, why(issued).constData());

    // 2 × 100 € at 20 % and 50 € at 10 %: 411 295.00 / 706 250.00 / 445712 40.00 / 445711 5.00.
    LedgerFilter vt;
    vt.journal = u"VT"_s;
    const auto rows = ledger.rows(vt);
    QVERIFY2(rows, why(rows).constData());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(rows->at(0).account, u"411000"_s);
    QCOMPARE(rows->at(0).auxAccount, u"411MARTIN"_s);
    QCOMPARE(rows->at(0).debit, Money::fromCents(29500));
    QCOMPARE(rows->at(1).account, u"706000"_s);
    QCOMPARE(rows->at(1).credit, Money::fromCents(25000));
    QCOMPARE(rows->at(2).account, u"445712"_s);
    QCOMPARE(rows->at(2).credit, Money::fromCents(4000));
    QCOMPARE(rows->at(3).account, u"445711"_s);
    QCOMPARE(rows->at(3).credit, Money::fromCents(500));
    QCOMPARE(rows->at(0).number, 1);
    QCOMPARE(rows->at(0).pieceRef, issued->number);
    QCOMPARE(rows->at(0).date, QDate(2026, 3, 2));
    for (const LedgerRow &r : *rows)
        QCOMPARE(r.activityCode, rows->at(0).activityCode);
    QVERIFY(!rows->at(0).activityCode.isEmpty());

    const auto paid = sales.recordPayment(issued->id, QDate(2026, 3, 20), Money::fromCents(10000),
                                          PaymentMode::Transfer);
    QVERIFY2(paid, why(paid).constData());
    LedgerFilter bq;
    bq.journal = u"BQ"_s;
    const auto bank = ledger.rows(bq);
    QVERIFY2(bank, why(bank).constData());
    QCOMPARE(bank->size(), 2);
    QCOMPARE(bank->at(0).account, u"512000"_s);
    QCOMPARE(bank->at(0).debit, Money::fromCents(10000));
    QCOMPARE(bank->at(1).account, u"411000"_s);
    QCOMPARE(bank->at(1).credit, Money::fromCents(10000));

    // A second invoice is the journal's entry 2; the same source is never posted twice.
    const auto second = sales.saveDraft(s.invoiceDraft(u"Suite"_s));
    QVERIFY(second);
    const auto issued2 = sales.validate(second->id, QDate(2026, 3, 3));
    QVERIFY2(issued2, why(issued2).constData());
    const auto again = ledger.rows(vt);
    QCOMPARE(again->constLast().number, 2);
    const auto repost = ledger.postPending();
    QVERIFY2(repost, why(repost).constData());
    QCOMPARE(*repost, 0);

    // Posted lines are frozen, whoever writes.
    QSqlQuery q(s.store->database());
    QVERIFY(!q.exec(u"UPDATE ledger_line SET debit_cents = 1 WHERE line = 1"_s));
    QVERIFY(!q.exec(u"DELETE FROM ledger_entry"_s));
}

void TestLedger::everyEntryBalances()
{
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM (SELECT entry_seq FROM ledger_line GROUP BY entry_seq "
                   "HAVING sum(debit_cents) <> sum(credit_cents))"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
    QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT source_kind) FROM ledger_entry"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toLongLong() > 1000);
    // Sales, credit notes, payments, payroll, contribution, allocations at least.
    QVERIFY2(q.value(1).toLongLong() >= 6, qPrintable(q.value(1).toString()));
    // Numbering per journal and fiscal year: 1..n, no gap, no duplicate.
    QVERIFY(q.exec(u"SELECT journal, fiscal_year_start, count(*), min(number), max(number) "
                   "FROM ledger_entry GROUP BY journal, fiscal_year_start"_s));
    int groups = 0;
    while (q.next()) {
        ++groups;
        QCOMPARE(q.value(3).toLongLong(), 1);
        QCOMPARE(q.value(4).toLongLong(), q.value(2).toLongLong());
    }
    QVERIFY(groups >= 6);
    LedgerRepository ledger(*m_store);
    for (const QDate at : {QDate(2025, 6, 30), QDate(2025, 12, 31), QDate(2026, 3, 31), kToday}) {
        const auto tb = ledger.balance(at);
        QVERIFY2(tb, why(tb).constData());
        QCOMPARE(tb->totalDebit, tb->totalCredit);
        QCOMPARE(tb->totalBalanceDebit, tb->totalBalanceCredit);
    }
}

void TestLedger::fecOfTheDemoPasses_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2025, opening with the balances of 2024") << 2025;
    QTest::newRow("2026, opening with the balances of 2025") << 2026;
}

void TestLedger::fecOfTheDemoPasses()
{
    QFETCH(int, year);
    const QString dir = m_dir.filePath(u"fec-pass-%1"_s.arg(year));
    QVERIFY(QDir().mkpath(dir));
    const auto fec = LedgerRepository(*m_store).exportFec(year, dir);
    QVERIFY2(fec, why(fec).constData());
    const QString name = QFileInfo(fec->filePath).fileName();
    QCOMPARE(name, m_siren + u"FEC"_s + QString::number(year) + u"1231.txt"_s);
    const QByteArray bytes = readAll(fec->filePath);
    QVERIFY(bytes.size() > 1000);
    const QStringList problems = checkFec(name, bytes, QDate(year, 1, 1));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    QCOMPARE(fec->totalDebit, fec->totalCredit);
    QCOMPARE(qint64(bytes.count('\n')), fec->lines + 1);
    // The second year opens with the balances carried from the first.
    const QByteArray secondLine = bytes.split('\n').value(1);
    QVERIFY(secondLine.startsWith("AN\t"));
    // Accents are ISO-8859-15 bytes ("À-nouveaux": À = 0xC0), never UTF-8.
    QVERIFY(bytes.contains("\tAN\t\xC0-nouveaux\t") || bytes.contains("AN\t\xC0-nouveaux\t"));
    QVERIFY(!bytes.contains("\xC3\xA9"));
}

void TestLedger::reexportIsByteIdentical()
{
    const QString dir = m_dir.filePath(u"fec-b"_s);
    QVERIFY(QDir().mkpath(dir));
    const auto again = LedgerRepository(*m_store).exportFec(2026, dir);
    QVERIFY2(again, why(again).constData());
    const QByteArray first = readAll(m_fec2026);
    QVERIFY(!first.isEmpty());
    QCOMPARE(readAll(again->filePath), first);
}

void TestLedger::brokenFilesAreCaught_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an unbalanced entry") << u"unbalanced"_s << u"does not balance"_s;
    QTest::newRow("a date out of the year") << u"date"_s << u"outside the fiscal year"_s;
    QTest::newRow("a UTF-8 accent") << u"utf8"_s << u"UTF-8"_s;
    QTest::newRow("a missing field") << u"field"_s << u"fields instead of 18"_s;
    QTest::newRow("an empty mandatory field") << u"empty"_s << u"CompteNum is empty"_s;
    QTest::newRow("a decimal point") << u"point"_s << u"decimal comma"_s;
    QTest::newRow("a gap in a journal's numbering") << u"gap"_s << u"not continuous"_s;
    QTest::newRow("an aux account without its label") << u"pair"_s << u"go together"_s;
    QTest::newRow("the header out of order") << u"header"_s << u"18 field names"_s;
    QTest::newRow("a wrong file name") << u"name"_s << u"file name"_s;
}

void TestLedger::brokenFilesAreCaught()
{
    QFETCH(QString, breakage);
    QFETCH(QString, expected);
    const QByteArray good = readAll(m_fec2026);
    QString name = QFileInfo(m_fec2026).fileName();
    QList<QByteArray> lines = good.split('\n');
    QVERIFY(lines.size() > 100);
    // The first line of a sales entry, well inside the file.
    qsizetype at = -1;
    for (qsizetype i = 50; i < lines.size(); ++i) {
        if (lines.at(i).startsWith("VT\t")) {
            at = i;
            break;
        }
    }
    QVERIFY(at > 0);
    QList<QByteArray> f = lines.at(at).split('\t');
    QCOMPARE(f.size(), 18);
    if (breakage == u"unbalanced") {
        f[11] = "999999,99";
    } else if (breakage == u"date") {
        f[3] = "20240115";
    } else if (breakage == u"utf8") {
        f[10] = "Facture r\xC3\xA9vis\xC3\xA9" "e";
    } else if (breakage == u"field") {
        f.removeAt(13);
    } else if (breakage == u"empty") {
        f[4] = "";
    } else if (breakage == u"point") {
        f[11] = QByteArray(f.at(11)).replace(',', '.');
        if (!f.at(11).contains('.'))
            f[11] = "1.00";
    } else if (breakage == u"gap") {
        // Renumber this entry (every line of it) far ahead.
        const QByteArray journal = f.at(0);
        const QByteArray number = f.at(2);
        for (qsizetype i = at; i < lines.size(); ++i) {
            QList<QByteArray> g = lines.at(i).split('\t');
            if (g.size() < 3 || g.at(0) != journal || g.at(2) != number)
                break;
            g[2] = QByteArray::number(number.toLongLong() + 1000);
            lines[i] = g.join('\t');
        }
        f = lines.at(at).split('\t');
    } else if (breakage == u"pair") {
        f[6] = "411X";
        f[7] = "";
    } else if (breakage == u"header") {
        QList<QByteArray> h = lines.at(0).split('\t');
        h.swapItemsAt(0, 1);
        lines[0] = h.join('\t');
    } else if (breakage == u"name") {
        name = u"FEC2026.txt"_s;
    }
    lines[at] = f.join('\t');
    const QByteArray broken = lines.join('\n');
    const QStringList problems = checkFec(name, broken, QDate(2026, 1, 1));
    QVERIFY2(!problems.isEmpty(), qPrintable(breakage));
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.mid(0, 5).join(u'\n')));
    // The intact file passes the same checker.
    QVERIFY(checkFec(QFileInfo(m_fec2026).fileName(), good, QDate(2026, 1, 1)).isEmpty());
}

void TestLedger::closedPeriodRefusesEntries()
{
    QTemporaryDir dir;
    SalesStore s = createSalesStore(dir.filePath(u"closed.coopdesk"_s));
    QVERIFY(s.store);
    SalesRepository sales = s.sales();
    LedgerRepository ledger(*s.store);
    QVERIFY(ledger.closeUntil(QDate(2026, 2, 28), u"Claire"_s));
    const auto draft = sales.saveDraft(s.invoiceDraft());
    QVERIFY(draft);
    // Dated in the closed period: refused, and nothing of the validation is kept.
    const auto refused = sales.validate(draft->id, QDate(2026, 2, 27));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QVERIFY2(refused.error().message().contains(u"28/02/2026"_s),
             qPrintable(refused.error().message()));
    const auto still = sales.document(draft->id);
    QVERIFY(still && *still);
    QCOMPARE((*still)->status, DocumentStatus::Draft);
    QVERIFY((*still)->number.isEmpty());
    QCOMPARE(*ledger.countRows({}), 0);
    // After the closed period it goes through.
    const auto issued = sales.validate(draft->id, QDate(2026, 3, 1));
    QVERIFY2(issued, why(issued).constData());
    QCOMPARE(*ledger.countRows({}), 4);
    // The table refuses it too, whoever writes.
    QSqlQuery q(s.store->database());
    QVERIFY(!q.exec(u"INSERT INTO ledger_entry (journal, fiscal_year_start, number, date, "
                    "piece_ref, piece_date, label, source_kind, source_id, validated_at) VALUES "
                    "('OD', '2026-01-01', 9, '2026-02-10', 'X', '2026-02-10', 'X', 'manual', 'x', "
                    "'2026-03-01T00:00:00Z')"_s));
    // Closing again must move forward.
    const auto backwards = ledger.closeUntil(QDate(2026, 1, 31), u"Claire"_s);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().where(), u"until"_s);
}

void TestLedger::reopeningNeedsAdminAndReason()
{
    QTemporaryDir dir;
    SalesStore s = createSalesStore(dir.filePath(u"reopen.coopdesk"_s));
    QVERIFY(s.store);
    LedgerRepository ledger(*s.store);
    QVERIFY(ledger.closeUntil(QDate(2026, 3, 31), u"Claire"_s));
    const auto accountant = ledger.reopen(QDate(2026, 1, 31), LedgerRole::Accountant, u"Paul"_s,
                                          u"Erreur"_s);
    QVERIFY(!accountant);
    QCOMPARE(accountant.error().code(), ErrorCode::Forbidden);
    const auto noReason = ledger.reopen(QDate(2026, 1, 31), LedgerRole::Admin, u"Ana"_s, u" "_s);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().where(), u"reason"_s);
    QCOMPARE(**ledger.closedUntil(), QDate(2026, 3, 31));
    QVERIFY(ledger.reopen(QDate(2026, 1, 31), LedgerRole::Admin, u"Ana"_s,
                          u"Facture de février oubliée"_s));
    QCOMPARE(**ledger.closedUntil(), QDate(2026, 1, 31));
    const auto events = ledger.periodEvents();
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).action, u"close"_s);
    QCOMPARE(events->at(1).action, u"reopen"_s);
    QCOMPARE(events->at(1).by, u"Ana"_s);
    QCOMPARE(events->at(1).reason, u"Facture de février oubliée"_s);
    QCOMPARE(events->at(1).until, QDate(2026, 1, 31));
}

// Issue 6: the account of each demo entrepreneur, figure by figure, from the entries of its
// analytic code over the fiscal year to the date.
void TestLedger::analyticBalanceEqualsTheAccount()
{
    LedgerRepository ledger(*m_store);
    const auto accounts = AccountRepository(*m_store).accounts(kReconcileAt);
    QVERIFY2(accounts, why(accounts).constData());
    QVERIFY(accounts->size() >= 30);
    int withTurnover = 0;
    for (const EntrepreneurAccount &a : *accounts) {
        LedgerFilter f;
        f.activityCode = a.activityCode;
        f.from = a.from;
        f.to = kReconcileAt;
        const auto rows = ledger.rows(f);
        QVERIFY2(rows, why(rows).constData());
        QHash<QString, Money> bySource;  // net charge (debit − credit) by source kind
        Money revenue;                    // class 7, credit − debit
        Money charges;                    // class 6, debit − credit
        for (const LedgerRow &r : *rows) {
            if (accountClass(r.account) == 7)
                revenue += r.credit - r.debit;
            if (accountClass(r.account) == 6) {
                charges += r.debit - r.credit;
                bySource[r.sourceKind] += r.debit - r.credit;
            }
        }
        const QByteArray who = a.activityCode.toUtf8();
        QVERIFY2(revenue == a.turnoverInvoiced, who.constData());
        QVERIFY2(bySource.value(u"expense_report"_s) == a.expenses, who.constData());
        QVERIFY2(bySource.value(u"supplier_invoice"_s) == a.purchases, who.constData());
        QVERIFY2(bySource.value(u"contribution"_s) == a.contribution,
                 qPrintable(a.activityCode + u" "_s + bySource.value(u"contribution"_s).toString()
                            + u" "_s + a.contribution.toString()));
        QVERIFY2(bySource.value(u"allocation"_s) == a.allocatedCosts, who.constData());
        QVERIFY2(bySource.value(u"payroll"_s) == a.salaryCost, who.constData());
        QVERIFY2(revenue - charges == a.result, who.constData());
        // The trial balance of the analytic code says the same.
        const auto tb = ledger.balance(kReconcileAt, a.activityCode);
        QVERIFY2(tb, why(tb).constData());
        Money tbResult;
        for (const AccountBalance &b : tb->accounts) {
            if (accountClass(b.account) >= 6)
                tbResult -= b.balance();
        }
        QVERIFY2(tbResult == a.result, who.constData());
        if (!a.turnoverInvoiced.isZero() && !a.salaryCost.isZero() && !a.contribution.isZero())
            ++withTurnover;
    }
    QVERIFY2(withTurnover >= 10, qPrintable(QString::number(withTurnover)));
}

void TestLedger::csvExportAndBalance()
{
    LedgerRepository ledger(*m_store);
    LedgerFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 3, 31);
    const QString path = m_dir.filePath(u"q1.csv"_s);
    const auto written = ledger.exportCsv(f, CsvLayout::sageLike(), path);
    QVERIFY2(written, why(written).constData());
    QCOMPARE(*written, *ledger.countRows(f));
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFjournal;date;account;aux_account;piece;label;debit;credit;"
                           "analytic\n"));
    QCOMPARE(qint64(csv.count('\n')), *written + 1);
    // A column that does not exist is refused before anything is written.
    CsvLayout bad;
    bad.columns = {u"journal"_s, u"colour"_s};
    const auto refused = ledger.exportCsv(f, bad, m_dir.filePath(u"bad.csv"_s));
    QVERIFY(!refused);
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.csv"_s)));
    const auto tb = ledger.balance(QDate(2026, 3, 31));
    QVERIFY(tb);
    const QByteArray tbCsv = LedgerRepository::balanceCsv(*tb);
    QCOMPARE(qint64(tbCsv.count('\n')), qint64(tb->accounts.size()) + 2);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
