// Crash safety: a child process commits in a loop and is killed with SIGKILL at random moments.
// After every kill the store must open, pass its integrity check, and hold every transaction the
// child reported committed (a commit is reported only after it returned).
#include "testsupport.h"

#include "core/storage/store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNothingCommitted();
};

void tst_CrashSafety::killedWritersLoseNothingCommitted()
{
    const QString child = qEnvironmentVariable("COOP_CRASH_CHILD");
    QVERIFY2(QFile::exists(child), "COOP_CRASH_CHILD must name the coop_crash_child program");

    QTemporaryDir dir;
    const QString file = dir.filePath(u"crash.coopdesk"_s);
    QVERIFY(test::createStore(file));

    const quint32 seed = qEnvironmentVariableIsSet("COOP_CRASH_SEED")
                             ? qEnvironmentVariable("COOP_CRASH_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (replay with COOP_CRASH_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    constexpr int kRounds = 25;
    qint64 next = 1;
    qint64 totalReported = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"COOPDESK_PASSPHRASE"_s, test::kPassphrase);
        process.setProcessEnvironment(env);
        process.start(child, {file, QString::number(next)});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));

        // Let it commit for a random while after its first commit, then kill it mid-stream.
        QElapsedTimer waited;
        waited.start();
        while (!process.canReadLine() && waited.elapsed() < 20000)
            process.waitForReadyRead(100);
        QVERIFY2(process.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QTest::qWait(static_cast<int>(random.bounded(5, 400)));
        process.kill(); // SIGKILL on Unix
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QList<qint64> reported;
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                reported.append(line.mid(10).toLongLong());
        }
        QVERIFY(!reported.isEmpty());
        totalReported += reported.size();

        auto store = Store::open(file, test::kPassphrase);
        QVERIFY2(store.has_value(), test::why(store).constData());
        auto problems = (*store)->check();
        QVERIFY2(problems.has_value(), test::why(problems).constData());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));

        QSqlQuery q((*store)->database());
        q.prepare(u"SELECT count(*) FROM setting WHERE id >= ? AND id <= ?"_s);
        q.addBindValue(u"crash.%1"_s.arg(reported.first(), 8, 10, QLatin1Char('0')));
        q.addBindValue(u"crash.%1"_s.arg(reported.last(), 8, 10, QLatin1Char('0')));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), reported.last() - reported.first() + 1);

        // Every commit queued its operation in the same transaction: rows and ops agree.
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM setting WHERE id LIKE 'crash.%'), "
                       "(SELECT count(*) FROM outbox WHERE entity = 'setting' AND entity_id LIKE 'crash.%')"_s)
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());

        // The child may have committed one more than it managed to print; continue after it.
        QVERIFY(q.exec(u"SELECT max(id) FROM setting WHERE id LIKE 'crash.%'"_s) && q.next());
        next = q.value(0).toString().mid(6).toLongLong() + 1;
        QVERIFY(next > reported.last());
    }
    qInfo("%d kills, %lld commits reported and found", kRounds, totalReported);
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
