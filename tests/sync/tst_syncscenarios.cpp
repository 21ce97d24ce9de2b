// Sync scenarios of DESIGN.md §7 with real parts end to end: encrypted stores on two devices, their
// sync engines, the server's handlers on a real PostgreSQL, in one process (ApiTransport).

#include "serverfixture.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "core/storage/unitofwork.h"
#include "core/sync/protocol.h"
#include "core/sync/replica.h"
#include "server/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

const QString kTenant = u"coop-scenarios"_s;

Result<void> write(Store &store, const std::function<Result<void>(UnitOfWork &)> &work)
{
    UnitOfWork unit(store);
    if (auto r = unit.begin(); !r)
        return r;
    if (auto r = work(unit); !r)
        return r;
    return unit.commit();
}

Result<void> insertCustomer(Store &store, const QString &id, const QString &activity, const QString &name)
{
    return write(store, [&](UnitOfWork &u) {
        return u.insert(u"customer"_s, id,
                        {{u"activity_id"_s, activity}, {u"kind"_s, u"company"_s}, {u"name"_s, name}});
    });
}

Result<void> updateCustomer(Store &store, const QString &id, const QVariantMap &fields)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT version FROM customer WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fail(ErrorCode::NotFound, u"no customer "_s + id);
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    return write(store, [&](UnitOfWork &u) -> Result<void> {
        auto r = u.update(u"customer"_s, id, version, fields);
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void> deleteCustomer(Store &store, const QString &id)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT version FROM customer WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fail(ErrorCode::NotFound, u"no customer "_s + id);
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    return write(store, [&](UnitOfWork &u) { return u.remove(u"customer"_s, id, version); });
}

QVariant value(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString customerField(Store &store, const QString &id, const QString &field)
{
    return value(store, u"SELECT %1 FROM customer WHERE id = '%2'"_s.arg(field, id)).toString();
}

qint64 pending(Store &store)
{
    return sync::Outbox(store).count().value_or(-1);
}

} // namespace

class TestSyncScenarios : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<QTemporaryDir> m_dir;
    Device m_a;
    Device m_b;

    Device device(const QString &name)
    {
        Device d = makeDevice(m_dir->filePath(name + u".coopdesk"_s), kTenant, *m_transport);
        if (d.engine) {
            auto r = d.engine->signIn(u"in-process"_s, u"alice"_s, ServerFixture::password(), name);
            if (!r)
                qWarning("sign in %s: %s", qPrintable(name), qPrintable(r.error().toString()));
        }
        return d;
    }

    static sync::SyncReport synced(Device &d)
    {
        auto r = d.engine->syncOnce();
        if (!r) {
            qWarning("sync: %s", qPrintable(r.error().toString()));
            return {};
        }
        return *r;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerFixture>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        QVERIFY(!m_server->addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        m_transport = std::make_unique<ApiTransport>(m_server->api());
        m_dir = std::make_unique<QTemporaryDir>();
        m_a = device(u"a"_s);
        m_b = device(u"b"_s);
        QVERIFY(m_a.store && m_b.store);
        // A sets up an activity with one customer; B receives them.
        QVERIFY(write(*m_a.store, [](UnitOfWork &u) {
            return u.insert(u"activity"_s, u"act"_s, {{u"analytic_code"_s, u"ACT"_s}, {u"name"_s, u"Atelier"_s}});
        }));
        QVERIFY(insertCustomer(*m_a.store, u"c1"_s, u"act"_s, u"Dupont"_s));
        QCOMPARE(synced(m_a).pushed, 2);
        QCOMPARE(synced(m_b).pulled, 2);
        QCOMPARE(customerField(*m_b.store, u"c1"_s, u"name"_s), u"Dupont"_s);
    }

    void cleanup()
    {
        m_a = {};
        m_b = {};
        m_transport.reset();
        m_server.reset();
        m_dir.reset();
    }

    void sameFieldOnTwoDevices()
    {
        QVERIFY(updateCustomer(*m_a.store, u"c1"_s, {{u"name"_s, u"Dupont SA"_s}}));
        QVERIFY(updateCustomer(*m_b.store, u"c1"_s, {{u"name"_s, u"Dupont SARL"_s}}));
        QCOMPARE(synced(m_a).pushed, 1);
        const sync::SyncReport b = synced(m_b);
        QCOMPARE(b.merged, 1); // B reached the server second: its value goes to B's inbox
        synced(m_a);
        for (Device *d : {&m_a, &m_b})
            QCOMPARE(customerField(*d->store, u"c1"_s, u"name"_s), u"Dupont SA"_s);
        auto conflicts = sync::LocalReplica(*m_b.store).openConflicts();
        QVERIFY2(conflicts, why(conflicts).constData());
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->at(0).field, u"name"_s);
        QCOMPARE(conflicts->at(0).localValue.toString(), u"Dupont SARL"_s);
        QCOMPARE(conflicts->at(0).serverValue.toString(), u"Dupont SA"_s);
        QCOMPARE(sync::LocalReplica(*m_a.store).openConflicts()->size(), 0);

        // B keeps its value after all: it goes to the server again and wins this time.
        QVERIFY(sync::LocalReplica(*m_b.store).resolve(conflicts->at(0).id, sync::Resolution::KeepLocal));
        synced(m_b);
        synced(m_a);
        for (Device *d : {&m_a, &m_b})
            QCOMPARE(customerField(*d->store, u"c1"_s, u"name"_s), u"Dupont SARL"_s);
        QCOMPARE(sync::LocalReplica(*m_b.store).openConflicts()->size(), 0);
    }

    void differentFieldsMerge()
    {
        QVERIFY(updateCustomer(*m_a.store, u"c1"_s, {{u"name"_s, u"Dupont SA"_s}}));
        QVERIFY(updateCustomer(*m_b.store, u"c1"_s, {{u"billing_city"_s, u"Lyon"_s}, {u"email"_s, u"compta@dupont.fr"_s}}));
        synced(m_a);
        const sync::SyncReport b = synced(m_b);
        QCOMPARE(b.merged, 0);
        QCOMPARE(b.rejected, 0);
        synced(m_a);
        for (Device *d : {&m_a, &m_b}) {
            QCOMPARE(customerField(*d->store, u"c1"_s, u"name"_s), u"Dupont SA"_s);
            QCOMPARE(customerField(*d->store, u"c1"_s, u"billing_city"_s), u"Lyon"_s);
            QCOMPARE(customerField(*d->store, u"c1"_s, u"email"_s), u"compta@dupont.fr"_s);
            QCOMPARE(sync::LocalReplica(*d->store).openConflicts()->size(), 0);
        }
        // The same version everywhere: the devices agree with the server row for row.
        QCOMPARE(value(*m_a.store, u"SELECT version FROM customer WHERE id = 'c1'"_s),
                 value(*m_b.store, u"SELECT version FROM customer WHERE id = 'c1'"_s));
    }

    void deleteAfterEditIsRefused()
    {
        // B edits and reaches the server first; A's delete of the row B changed is refused, the row
        // comes back on A with B's value, and A's inbox says why.
        QVERIFY(updateCustomer(*m_b.store, u"c1"_s, {{u"name"_s, u"Dupont & fils"_s}}));
        QVERIFY(deleteCustomer(*m_a.store, u"c1"_s));
        synced(m_b);
        const sync::SyncReport a = synced(m_a);
        QCOMPARE(a.rejected, 1);
        QCOMPARE(customerField(*m_a.store, u"c1"_s, u"name"_s), u"Dupont & fils"_s);
        auto conflicts = sync::LocalReplica(*m_a.store).openConflicts();
        QVERIFY(!conflicts->isEmpty());
        QVERIFY(conflicts->at(0).reason.contains("changed on the server"_L1));
    }

    void editAfterDeleteIsRefused()
    {
        // A's delete reaches the server first; B's edit of the deleted row is refused into B's inbox
        // (its value kept there), and the row disappears from B.
        QVERIFY(deleteCustomer(*m_a.store, u"c1"_s));
        QVERIFY(updateCustomer(*m_b.store, u"c1"_s, {{u"name"_s, u"Dupont & fils"_s}}));
        synced(m_a);
        const sync::SyncReport b = synced(m_b);
        QCOMPARE(b.rejected, 1);
        QCOMPARE(value(*m_b.store, u"SELECT count(*) FROM customer"_s).toInt(), 0);
        auto conflicts = sync::LocalReplica(*m_b.store).openConflicts();
        QCOMPARE(conflicts->size(), 1);
        QVERIFY(conflicts->at(0).reason.contains("deleted"_L1));
        QVERIFY(conflicts->at(0).localValue.toObject().value(u"name"_s).toString().contains("fils"_L1));
    }

    void firstSyncCutAtHalfIsResumed()
    {
        for (int i = 0; i < 1200; ++i)
            QVERIFY(insertCustomer(*m_a.store, u"bulk-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"act"_s,
                                   u"Client %1"_s.arg(i)));
        QCOMPARE(synced(m_a).pushed, 1200);

        // A new device pulls 100 changes a page; the link dies after its fifth request.
        sync::SyncEngineOptions small;
        small.pullLimit = 100;
        Device c = makeDevice(m_dir->filePath(u"c.coopdesk"_s), kTenant, *m_transport, small);
        QVERIFY(c.engine->signIn(u"in-process"_s, u"alice"_s, ServerFixture::password(), u"c"_s));
        const int start = m_transport->requests;
        m_transport->faults = [&](const sync::TransportRequest &) {
            return m_transport->requests - start > 5 ? ApiTransport::Fault::DropRequest : ApiTransport::Fault::None;
        };
        auto cut = c.engine->syncOnce();
        QVERIFY(!cut);
        QCOMPARE(cut.error().code(), ErrorCode::Io);
        const qint64 half = value(*c.store, u"SELECT count(*) FROM customer"_s).toLongLong();
        QVERIFY2(half > 0 && half < 1201, QByteArray::number(half).constData());

        // The process dies; a new one opens the store and carries on from the stored cursor.
        const QString path = c.store->path();
        c = {};
        m_transport->faults = {};
        c = reopenDevice(path, *m_transport, small);
        const int before = m_transport->requests;
        auto resumed = c.engine->syncOnce();
        QVERIFY2(resumed, why(resumed).constData());
        QCOMPARE(value(*c.store, u"SELECT count(*) FROM customer"_s).toLongLong(), 1201);
        QCOMPARE(value(*c.store, u"SELECT count(DISTINCT name) FROM customer"_s).toLongLong(), 1201);
        // Only what was missing was fetched (plus the token refresh of the new process).
        QVERIFY2(resumed->pulled < 1202 - half + 100, QByteArray::number(resumed->pulled).constData());
        QVERIFY(m_transport->requests - before < 16);
    }

    void snapshotResetKeepsTheOutbox()
    {
        // B is offline and edits; meanwhile A works and the server prunes its change log past B's
        // cursor. B's next sync pushes its work first, then takes the server's whole copy.
        QVERIFY(updateCustomer(*m_b.store, u"c1"_s, {{u"billing_city"_s, u"Nantes"_s}}));
        QVERIFY(insertCustomer(*m_b.store, u"from-b"_s, u"act"_s, u"Martin"_s));
        QCOMPARE(pending(*m_b.store), 2);
        QVERIFY(insertCustomer(*m_a.store, u"from-a"_s, u"act"_s, u"Durand"_s));
        QVERIFY(updateCustomer(*m_a.store, u"c1"_s, {{u"name"_s, u"Dupont SA"_s}}));
        synced(m_a);
        auto conn = m_server->database().connection(server::Database::Role::Maintenance);
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY(q.exec(u"SELECT next_seq - 1 FROM tenant_clock WHERE tenant_id = '%1'"_s.arg(kTenant)) && q.next());
        QVERIFY(m_server->api().sync().prune(kTenant, q.value(0).toLongLong()));

        auto b = m_b.engine->syncOnce();
        QVERIFY2(b, why(b).constData());
        QCOMPARE(b->pushed, 2);
        QVERIFY(b->snapshotRows >= 4);
        QCOMPARE(pending(*m_b.store), 0);
        synced(m_a);
        for (Device *d : {&m_a, &m_b}) {
            QCOMPARE(customerField(*d->store, u"c1"_s, u"name"_s), u"Dupont SA"_s);
            QCOMPARE(customerField(*d->store, u"c1"_s, u"billing_city"_s), u"Nantes"_s);
            QCOMPARE(customerField(*d->store, u"from-b"_s, u"name"_s), u"Martin"_s);
            QCOMPARE(customerField(*d->store, u"from-a"_s, u"name"_s), u"Durand"_s);
        }
        auto progress = sync::LocalReplica(*m_b.store).snapshotInProgress(kTenant);
        QVERIFY(progress && !progress->has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_syncscenarios.moc"
