// Why the change log is numbered per tenant under a row lock. Two devices push at the same time;
// the first is held just before its commit while the second commits and a third device pulls.
// With a global serial (numbered at insert time), the late commit gets the smaller number, the
// pull's cursor has already passed it, and the change is never pulled: a silent loss. With the
// tenant's row lock, the second push waits for the first, numbers follow commit order, and every
// change reaches the puller. The same scenario runs against both; only the second may pass.

#include "serverfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::CursorMode;
using server::Role;

Q_DECLARE_METATYPE(coop::server::CursorMode)

class TestServerCursor : public QObject
{
    Q_OBJECT

    // Whether the reader saw both pushed rows, pulling before and after the held commit.
    static bool readerSeesEverything(CursorMode mode, QString *detail)
    {
        QSemaphore inHook;
        QSemaphore release;
        std::atomic<int> hookCalls{0};
        server::SyncOptions options;
        options.cursorMode = mode;
        options.beforePushCommit = [&] {
            if (hookCalls.fetch_add(1) == 0) { // hold only the first push
                inHook.release();
                release.acquire();
            }
        };
        ServerFixture f(options);
        if (!f.isValid()) {
            *detail = f.error();
            return false;
        }
        const QJsonObject first = f.addUser(u"first"_s, u"coop"_s, Role::Admin);
        const QJsonObject second = f.addUser(u"second"_s, u"coop"_s, Role::Admin);
        const QJsonObject reader = f.addUser(u"reader"_s, u"coop"_s, Role::Admin);
        const auto pushOne = [&f](const QJsonObject &session, const QString &device, const QString &id) {
            return f.call("POST", u"/v1/t/coop/push"_s,
                          {{u"device_id"_s, device},
                           {u"ops"_s, QJsonArray{operation(1, u"coop"_s, u"setting"_s, id, u"insert"_s, 0,
                                                           {{u"value"_s, id}})}}},
                          tokenOf(session))
                .status;
        };

        int firstStatus = 0;
        int secondStatus = 0;
        std::thread a([&] { firstStatus = pushOne(first, u"first-laptop"_s, u"from-first"_s); });
        inHook.acquire(); // the first push has written and numbered its change, not committed
        std::thread b([&] { secondStatus = pushOne(second, u"second-laptop"_s, u"from-second"_s); });
        // Give the second push time to commit (global serial) or to queue on the lock (per tenant).
        QTest::qWait(500);

        QStringList seen;
        const auto pull = [&](qint64 cursor) {
            const QJsonObject page = bodyOf(f.get(u"/v1/t/coop/pull"_s, tokenOf(reader),
                                                  {{u"cursor"_s, QString::number(cursor)}}));
            for (const QJsonValue &c : page[u"changes"_s].toArray())
                seen.append(c[u"id"_s].toString());
            return page[u"cursor"_s].toInteger();
        };
        const qint64 cursor = pull(0);
        release.release();
        a.join();
        b.join();
        pull(cursor);
        *detail = u"pushes %1/%2, pulled [%3] with cursor %4 in between"_s.arg(firstStatus)
                      .arg(secondStatus)
                      .arg(seen.join(u", "_s))
                      .arg(cursor);
        return firstStatus == 200 && secondStatus == 200 && seen.contains(u"from-first"_s)
               && seen.contains(u"from-second"_s);
    }

private Q_SLOTS:
    void lateCommitIsPulled_data()
    {
        QTest::addColumn<CursorMode>("mode");
        QTest::addColumn<bool>("everythingPulled");
        QTest::newRow("a global serial cursor loses the late commit") << CursorMode::GlobalSerial << false;
        QTest::newRow("the per-tenant cursor under a row lock loses nothing") << CursorMode::TenantLock << true;
    }

    void lateCommitIsPulled()
    {
        QFETCH(CursorMode, mode);
        QFETCH(bool, everythingPulled);
        QString detail;
        const bool all = readerSeesEverything(mode, &detail);
        QVERIFY2(all == everythingPulled, qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestServerCursor)
#include "tst_servercursor.moc"
