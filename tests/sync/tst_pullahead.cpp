// The pull fetches the next page while it applies the current one (SyncEngine::pullAll over a
// transport that can be spawned): over real HTTP to a real server, every change arrives once and
// in order, and a page fetched ahead is dropped when it no longer follows (a local edit made
// during the pull is pushed first, then the pull carries on from its own cursor).

#include "liveserver.h"
#include "serverfixture.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "core/storage/unitofwork.h"
#include "core/sync/replica.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

const QString kTenant = u"coop-ahead"_s;

// HTTP, counting the requests sent through its spawned transports (pages fetched ahead); the
// count is shared with them, which run on another thread.
class CountingTransport : public sync::Transport
{
public:
    CountingTransport(const QUrl &server, std::shared_ptr<std::atomic<int>> ahead, bool spawned = false)
        : m_http(server, 30000), m_server(server), m_ahead(std::move(ahead)), m_spawned(spawned) {}

    sync::TransportReply send(const sync::TransportRequest &request) override
    {
        if (m_spawned)
            ++*m_ahead;
        return m_http.send(request);
    }
    std::unique_ptr<sync::Transport> spawn() const override
    {
        return std::make_unique<CountingTransport>(m_server, m_ahead, true);
    }

private:
    sync::HttpTransport m_http;
    QUrl m_server;
    std::shared_ptr<std::atomic<int>> m_ahead;
    bool m_spawned;
};

Result<void> insertCustomer(Store &store, const QString &id, const QString &name)
{
    UnitOfWork unit(store);
    if (auto r = unit.begin(); !r)
        return r;
    if (auto r = unit.insert(u"customer"_s, id,
                             {{u"activity_id"_s, u"act"_s}, {u"kind"_s, u"company"_s}, {u"name"_s, name}});
        !r)
        return fail(r.error());
    return unit.commit();
}

QStringList names(Store &store)
{
    QSqlQuery q(store.database());
    QStringList out;
    if (!q.exec(u"SELECT name FROM customer ORDER BY id"_s))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QByteArray why(const Result<sync::SyncReport> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace

class TestPullAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<LiveServer>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        QVERIFY(!m_server->fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QVERIFY(m_dir.isValid());

        // Device A writes the activity and 300 customers and pushes them.
        m_aheadA = std::make_shared<std::atomic<int>>(0);
        m_httpA = std::make_unique<CountingTransport>(QUrl(m_server->url()), m_aheadA);
        m_a = makeDevice(m_dir.filePath(u"a.coopdesk"_s), kTenant, *m_httpA);
        QVERIFY(m_a.store);
        {
            UnitOfWork unit(*m_a.store);
            QVERIFY(unit.begin());
            QVERIFY(unit.insert(u"activity"_s, u"act"_s, {{u"analytic_code"_s, u"ACT"_s}, {u"name"_s, u"Atelier"_s}}));
            QVERIFY(unit.commit());
        }
        for (int i = 0; i < 300; ++i)
            QVERIFY(insertCustomer(*m_a.store, u"c%1"_s.arg(i, 3, 10, QLatin1Char('0')), u"Client %1"_s.arg(i)));
        QVERIFY(m_a.engine->signIn(m_server->url(), u"alice"_s, ServerFixture::password(), u"a"_s));
        auto pushed = m_a.engine->syncOnce();
        QVERIFY2(pushed, why(pushed).constData());
        QCOMPARE(pushed->pushed, 301);
    }

    // 301 changes in pages of 20: sixteen pages, all but the first fetched ahead (on one spawned
    // transport, which keeps its connection); every change once, the cursor at the server's
    // head, the store sound.
    void everyPageArrivesOnce()
    {
        auto ahead = std::make_shared<std::atomic<int>>(0);
        CountingTransport http(QUrl(m_server->url()), ahead);
        Device b = newReader(u"b"_s, http);
        QVERIFY(b.store);
        QList<qint64> cursors;
        auto report = b.engine->syncOnce([&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::Pull)
                cursors.append(p.done);
            return true;
        });
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->pulled, 301);
        QCOMPARE(cursors.size(), 16);
        QVERIFY(std::is_sorted(cursors.cbegin(), cursors.cend()));
        QCOMPARE(ahead->load(), 15);
        QCOMPARE(names(*b.store), names(*m_a.store));
        QCOMPARE(names(*b.store).size(), 300);
        auto check = b.store->check();
        QVERIFY2(check && check->isEmpty(), check ? qPrintable(check->join(u'\n')) : "");
    }

    // A local edit during the pull: the page fetched ahead is not applied over it; the edit is
    // pushed, the pull resumes from the store's cursor, and both devices end equal.
    void aPageAheadIsDroppedAfterALocalEdit()
    {
        auto ahead = std::make_shared<std::atomic<int>>(0);
        CountingTransport http(QUrl(m_server->url()), ahead);
        Device c = newReader(u"c"_s, http);
        QVERIFY(c.store);
        int pages = 0;
        auto report = c.engine->syncOnce([&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::Pull && ++pages == 3) {
                // The activity came with the first page: a customer of it, made on this device.
                if (!insertCustomer(*c.store, u"from-c"_s, u"Fait en route"_s))
                    return false;
            }
            return true;
        });
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->pushed, 1);
        QVERIFY(ahead->load() >= 15);
        const QStringList onC = names(*c.store);
        QCOMPARE(onC.size(), 301);
        QVERIFY(onC.contains(u"Fait en route"_s));
        auto status = c.engine->status();
        QVERIFY(status);
        QCOMPARE(status->pendingOperations, 0);

        auto back = m_a.engine->syncOnce();
        QVERIFY2(back, why(back).constData());
        QCOMPARE(names(*m_a.store), onC);
        auto check = c.store->check();
        QVERIFY2(check && check->isEmpty(), check ? qPrintable(check->join(u'\n')) : "");
    }

    void cleanupTestCase()
    {
        m_a = {};
        m_httpA.reset();
        m_server.reset();
    }

private:
    // A new device signed in, pulling 20 changes a page; no store when it cannot sign in.
    Device newReader(const QString &name, sync::Transport &http)
    {
        sync::SyncEngineOptions small;
        small.pullLimit = 20;
        Device d = makeDevice(m_dir.filePath(name + u".coopdesk"_s), kTenant, http, small);
        if (d.store && !d.engine->signIn(m_server->url(), u"alice"_s, ServerFixture::password(), name))
            d = {};
        return d;
    }

    std::unique_ptr<LiveServer> m_server;
    QTemporaryDir m_dir;
    std::shared_ptr<std::atomic<int>> m_aheadA;
    std::unique_ptr<CountingTransport> m_httpA;
    Device m_a;
};

QTEST_GUILESS_MAIN(TestPullAhead)
#include "tst_pullahead.moc"
