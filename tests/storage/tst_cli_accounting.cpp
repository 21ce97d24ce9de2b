// `coopdesk-cli accounting …` and `contribution post` on a generated cooperative: the commands and
// JSON fields of issue 7 §6 as written, the FEC checked by the independent checker, the closing
// refused for an entry dated in it, and clear refusals of bad command lines.
#include "feccheck.h"
#include "testsupport.h"

#include "core/money.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class TestCliAccounting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void balanceAsJson();
    void fecIntoAFolder();
    void exportCsv();
    void closeAndReopen();
    void contributionPost();
    void chartIsEditable();
    void badCommandLines_data();
    void badCommandLines();

private:
    test::CliRun run(QStringList args);

    QTemporaryDir m_dir;
    QString m_store;
};

test::CliRun TestCliAccounting::run(QStringList args)
{
    args.prepend(m_store);
    args.prepend(u"--store"_s);
    return test::runCli(args, true);
}

void TestCliAccounting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"demo.coopdesk"_s);
    QVERIFY(test::createStore(m_store));
    const test::CliRun demo = run({u"demo"_s, u"--entrepreneurs"_s, u"20"_s, u"--years"_s, u"2"_s,
                                   u"--today"_s, u"2026-06-30"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    // The demo's documents were posted as they were validated: nothing is left to post.
    const test::CliRun post = run({u"accounting"_s, u"post"_s});
    QVERIFY2(post.exitCode == 0, post.describe().constData());
    QVERIFY2(post.out.contains(u"0 "_s), post.describe().constData());
}

void TestCliAccounting::balanceAsJson()
{
    const test::CliRun r = run({u"accounting"_s, u"balance"_s, u"--at"_s, u"2026-03-31"_s,
                                u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"at"_s).toString(), u"2026-03-31"_s);
    QCOMPARE(o.value(u"from"_s).toString(), u"2026-01-01"_s);
    QVERIFY(o.value(u"balanced"_s).toBool());
    QCOMPARE(o.value(u"total_debit"_s).toString(), o.value(u"total_credit"_s).toString());
    const QJsonArray accounts = o.value(u"accounts"_s).toArray();
    QVERIFY(accounts.size() >= 4);
    Money debit;
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        for (const char *key : {"account", "label", "opening_debit", "opening_credit", "debit",
                                "credit", "balance_debit", "balance_credit"})
            QVERIFY2(a.contains(QLatin1StringView(key)), key);
        debit += Money::parse(a.value(u"opening_debit"_s).toString()).value()
                 + Money::parse(a.value(u"debit"_s).toString()).value();
    }
    QCOMPARE(debit.toString(), o.value(u"total_debit"_s).toString());
}

void TestCliAccounting::fecIntoAFolder()
{
    const QString dir = m_dir.filePath(u"fec"_s);
    QVERIFY(QDir().mkpath(dir));
    const test::CliRun r = run({u"accounting"_s, u"fec"_s, u"--year"_s, u"2025"_s, u"--out"_s, dir,
                                u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString file = o.value(u"file"_s).toString();
    QVERIFY(file.endsWith(u"FEC20251231.txt"_s));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QStringList problems = test::checkFec(QFileInfo(file).fileName(), bytes, QDate(2025, 1, 1));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    QCOMPARE(qint64(bytes.count('\n')), qint64(o.value(u"lines"_s).toInteger()) + 1);
    QCOMPARE(o.value(u"total_debit"_s).toString(), o.value(u"total_credit"_s).toString());
}

void TestCliAccounting::exportCsv()
{
    const QString out = m_dir.filePath(u"q1.csv"_s);
    const test::CliRun r = run({u"accounting"_s, u"export"_s, u"--from"_s, u"2026-01-01"_s,
                                u"--to"_s, u"2026-03-31"_s, u"--out"_s, out, u"--columns"_s,
                                u"journal,number,date,account,debit,credit"_s});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBFjournal;number;date;account;debit;credit\n"));
    QVERIFY(csv.contains(";512000;"));
}

void TestCliAccounting::closeAndReopen()
{
    QTemporaryDir dir;
    const test::CliRun close = run({u"accounting"_s, u"close"_s, u"--until"_s, u"2026-06-30"_s});
    QVERIFY2(close.exitCode == 0, close.describe().constData());
    // An invoice payment dated in the closed period is refused, with the date it is closed until.
    const test::CliRun list = run({u"invoice"_s, u"list"_s, u"--status"_s, u"unpaid"_s,
                                   u"--json"_s});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    const QJsonArray unpaid = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(!unpaid.isEmpty());
    {
        const QString id = unpaid.first().toObject().value(u"id"_s).toString();
        const test::CliRun pay = run({u"invoice"_s, u"pay"_s, id, u"--amount"_s, u"0.01"_s,
                                      u"--date"_s, u"2026-06-30"_s});
        QCOMPARE(pay.exitCode, 1);
        QVERIFY2(pay.err.contains(u"30/06/2026"_s), pay.describe().constData());
    }
    const test::CliRun noReason = run({u"accounting"_s, u"reopen"_s, u"--until"_s, u"none"_s});
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY2(noReason.err.contains(u"reason"_s), noReason.describe().constData());
    const test::CliRun reopen = run({u"accounting"_s, u"reopen"_s, u"--until"_s, u"none"_s,
                                     u"--reason"_s, u"Correction"_s});
    QVERIFY2(reopen.exitCode == 0, reopen.describe().constData());
}

void TestCliAccounting::contributionPost()
{
    const test::CliRun first = run({u"contribution"_s, u"post"_s, u"--month"_s, u"2026-01"_s});
    QVERIFY2(first.exitCode == 0, first.describe().constData());
    QVERIFY2(first.out.contains(u"OD"_s), first.describe().constData());
    const test::CliRun twice = run({u"contribution"_s, u"post"_s, u"--month"_s, u"2026-01"_s});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already posted"_s), twice.describe().constData());
}

void TestCliAccounting::chartIsEditable()
{
    const test::CliRun added = run({u"accounting"_s, u"chart"_s, u"--number"_s, u"706100"_s,
                                    u"--label"_s, u"Formations"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const QJsonArray accounts =
        QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"accounts"_s).toArray();
    bool found = false;
    for (const QJsonValue &v : accounts)
        found |= v.toObject().value(u"number"_s).toString() == u"706100"_s
                 && v.toObject().value(u"label"_s).toString() == u"Formations"_s;
    QVERIFY(found);
    QVERIFY(accounts.size() > 100);
    const test::CliRun bad = run({u"accounting"_s, u"chart"_s, u"--number"_s, u"9X1"_s,
                                  u"--label"_s, u"Non"_s});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"9X1"_s), bad.describe().constData());
}

void TestCliAccounting::badCommandLines_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList{u"accounting"_s} << 2;
    QTest::newRow("unknown action") << QStringList{u"accounting"_s, u"burn"_s} << 2;
    QTest::newRow("fec without year") << QStringList{u"accounting"_s, u"fec"_s, u"--out"_s, u"."_s} << 2;
    QTest::newRow("fec into a file") << QStringList{u"accounting"_s, u"fec"_s, u"--year"_s,
                                                    u"2025"_s, u"--out"_s, u"nowhere/x.txt"_s}
                                     << 1;
    QTest::newRow("export without dates") << QStringList{u"accounting"_s, u"export"_s, u"--out"_s,
                                                         u"x.csv"_s}
                                          << 2;
    QTest::newRow("bad date") << QStringList{u"accounting"_s, u"balance"_s, u"--at"_s,
                                             u"31/03/2026"_s}
                              << 2;
    QTest::newRow("close without until") << QStringList{u"accounting"_s, u"close"_s} << 2;
}

void TestCliAccounting::badCommandLines()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const test::CliRun r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(!r.err.trimmed().isEmpty(), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliAccounting)
#include "tst_cli_accounting.moc"
