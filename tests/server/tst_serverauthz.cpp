// The authorisation matrix of coopdesk-server: every role × every tenant endpoint × its own and a
// foreign tenant, counting leaks (a row, a file or a write outside what the role may see). Run
// twice: with the service's own checks, and with them switched off on purpose, where PostgreSQL's
// row-level security alone must still keep every tenant and every activity apart.

#include "serverfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

const QString kOwn = u"coop-a"_s;
const QString kForeign = u"coop-b"_s;
const QStringList kActivities{u"a1"_s, u"a2"_s, u"a3"_s};

QString blobSha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestServerAuthz : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_f;
    QHash<QString, QByteArray> m_tokens;   // role name → access token
    QHash<QString, qint64> m_nextSeq;      // role name → next device_seq of its device
    QHash<QString, QString> m_devices;     // role name → its device
    QHash<QString, QString> m_seededScope; // row id → scope ('' for the cooperative) in coop-a
    QStringList m_foreignIds;              // rows of coop-b
    QHash<QString, QString> m_blobScope;   // sha → scope in coop-a
    QString m_foreignBlob;
    int m_counter = 0;

    QSet<QString> visibleScopes(const QString &role) const
    {
        if (role == "entrepreneur"_L1)
            return {u""_s, u"a1"_s};
        if (role == "accountant"_L1)
            return {u""_s, u"a1"_s, u"a2"_s};
        return {u""_s, u"a1"_s, u"a2"_s, u"a3"_s};
    }

    server::ApiResponse push(const QString &role, const QString &tenant, const QJsonObject &op)
    {
        const auto r = m_f->call("POST", u"/v1/t/%1/push"_s.arg(tenant),
                                 {{u"device_id"_s, m_devices.value(role)}, {u"ops"_s, QJsonArray{op}}},
                                 m_tokens.value(role));
        if (r.status == 200) {
            const auto status = bodyOf(r)[u"results"_s].toArray().at(0)[u"status"_s].toString();
            if (status != "out_of_order"_L1)
                ++m_nextSeq[role];
        }
        return r;
    }

    void seed(const QString &tenant, const QByteArray &token, const QString &device,
              const QList<QJsonObject> &rows)
    {
        QJsonArray ops;
        qint64 seq = 0;
        for (const QJsonObject &row : rows)
            ops.append(operation(++seq, tenant, row[u"entity"_s].toString(), row[u"id"_s].toString(),
                                 u"insert"_s, 0, row[u"fields"_s].toObject()));
        const auto r = m_f->call("POST", u"/v1/t/%1/push"_s.arg(tenant),
                                 {{u"device_id"_s, device}, {u"ops"_s, ops}}, token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : bodyOf(r)[u"results"_s].toArray())
            QCOMPARE(v[u"status"_s].toString(), u"applied"_s);
    }

    QStringList idsIn(const QJsonArray &changes) const
    {
        QStringList ids;
        for (const QJsonValue &c : changes)
            ids.append(c[u"id"_s].toString());
        return ids;
    }

    // Where a row ended up, read as the maintenance role (which sees everything).
    QList<std::pair<QString, QString>> placesOf(const QString &id)
    {
        auto db = m_f->database().connection(server::Database::Role::Maintenance);
        QList<std::pair<QString, QString>> places;
        if (!db)
            return places;
        QSqlQuery q(*db);
        q.prepare(u"SELECT tenant_id, coalesce(scope, '') FROM entity_row WHERE id = ?"_s);
        q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                places.append({q.value(0).toString(), q.value(1).toString()});
        }
        return places;
    }

    bool blobStored(const QString &tenant, const QString &sha)
    {
        auto db = m_f->database().connection(server::Database::Role::Maintenance);
        if (!db)
            return false;
        QSqlQuery q(*db);
        q.prepare(u"SELECT 1 FROM blob WHERE tenant_id = ? AND sha256 = ?"_s);
        q.addBindValue(tenant);
        q.addBindValue(sha);
        return q.exec() && q.next();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        const QJsonObject admin = m_f->addUser(u"admin"_s, kOwn, Role::Admin);
        const QJsonObject adminB = m_f->addUser(u"admin-b"_s, kForeign, Role::Admin);
        QVERIFY(!admin.isEmpty() && !adminB.isEmpty());

        QList<QJsonObject> rows;
        const auto row = [&](const QString &entity, const QString &id, const QJsonObject &fields,
                             const QString &scope) {
            rows.append({{u"entity"_s, entity}, {u"id"_s, id}, {u"fields"_s, fields}});
            m_seededScope.insert(id, scope);
        };
        row(u"setting"_s, u"store_name"_s, {{u"value"_s, u"Coop A"_s}}, u""_s);
        for (const QString &a : kActivities) {
            row(u"activity"_s, a, {{u"code"_s, a.toUpper()}}, a);
            row(u"customer"_s, QString(a + u"-customer"_s), {{u"activity_id"_s, a}, {u"name"_s, QString(u"Client of "_s + a)}}, a);
            row(u"entrepreneur"_s, QString(a + u"-person"_s), {{u"activity_id"_s, a}, {u"last_name"_s, a}}, a);
            // An interview has no activity of its own: it takes its entrepreneur's.
            row(u"interview"_s, QString(a + u"-interview"_s), {{u"entrepreneur_id"_s, QString(a + u"-person"_s)}}, a);
        }
        seed(kOwn, tokenOf(admin), u"admin-laptop"_s, rows);
        seed(kForeign, tokenOf(adminB), u"admin-b-laptop"_s,
             {{{u"entity"_s, u"setting"_s}, {u"id"_s, u"b-setting"_s}, {u"fields"_s, QJsonObject{{u"value"_s, u"B"_s}}}},
              {{u"entity"_s, u"activity"_s}, {u"id"_s, u"b1"_s}, {u"fields"_s, QJsonObject{{u"code"_s, u"B1"_s}}}},
              {{u"entity"_s, u"customer"_s}, {u"id"_s, u"b1-customer"_s},
               {u"fields"_s, QJsonObject{{u"activity_id"_s, u"b1"_s}, {u"name"_s, u"B's client"_s}}}}});
        m_foreignIds = {u"b-setting"_s, u"b1"_s, u"b1-customer"_s};

        for (const QString &a : kActivities) {
            const QByteArray data = "receipt of " + a.toLatin1();
            const QString sha = blobSha(data);
            const auto r = m_f->call("PUT", u"/v1/t/%1/blobs/%2"_s.arg(kOwn, sha), {}, tokenOf(admin),
                                     {{u"activity"_s, a}});
            Q_UNUSED(r);
            server::ApiRequest put;
            put.method = "PUT";
            put.path = u"/v1/t/%1/blobs/%2"_s.arg(kOwn, sha);
            put.query = {{u"activity"_s, a}};
            put.headers = {{"coop-protocol", "1"}, {"authorization", "Bearer " + tokenOf(admin)}};
            put.body = data;
            QCOMPARE(m_f->api().handle(put).status, 200);
            m_blobScope.insert(sha, a);
        }
        {
            const QByteArray data = "receipt of b1";
            m_foreignBlob = blobSha(data);
            server::ApiRequest put;
            put.method = "PUT";
            put.path = u"/v1/t/%1/blobs/%2"_s.arg(kForeign, m_foreignBlob);
            put.query = {{u"activity"_s, u"b1"_s}};
            put.headers = {{"coop-protocol", "1"}, {"authorization", "Bearer " + tokenOf(adminB)}};
            put.body = data;
            QCOMPARE(m_f->api().handle(put).status, 200);
        }

        m_tokens.insert(u"entrepreneur"_s, tokenOf(m_f->addUser(u"entrepreneur"_s, kOwn, Role::Entrepreneur, {u"a1"_s})));
        m_tokens.insert(u"accountant"_s, tokenOf(m_f->addUser(u"accountant"_s, kOwn, Role::Accountant, {u"a1"_s, u"a2"_s})));
        m_tokens.insert(u"admin"_s, tokenOf(m_f->login(u"admin"_s, u"admin-desk"_s)));
        for (const QString &role : {u"entrepreneur"_s, u"accountant"_s, u"admin"_s})
            QVERIFY(!m_tokens.value(role).isEmpty());
        m_nextSeq = {{u"entrepreneur"_s, 1}, {u"accountant"_s, 1}, {u"admin"_s, 1}};
        m_devices = {{u"entrepreneur"_s, u"entrepreneur-laptop"_s}, {u"accountant"_s, u"accountant-laptop"_s},
                     {u"admin"_s, u"admin-desk"_s}};
    }

    void loginListsOnlyOwnMemberships()
    {
        const QJsonObject s = m_f->login(u"entrepreneur"_s, u"entrepreneur-phone"_s);
        const QJsonArray m = s[u"memberships"_s].toArray();
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.at(0)[u"tenant"_s].toString(), kOwn);
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("foreign");
        QTest::addColumn<bool>("serviceFilter");
        for (bool filter : {true, false}) {
            for (const char *role : {"entrepreneur", "accountant", "admin"}) {
                for (const char *endpoint : {"pull", "snapshot", "push", "blob_get", "blob_put"}) {
                    for (bool foreign : {false, true}) {
                        QTest::addRow("%s %s %s tenant%s", role, endpoint, foreign ? "foreign" : "own",
                                      filter ? "" : " (RLS only)")
                            << QString::fromLatin1(role) << QString::fromLatin1(endpoint) << foreign << filter;
                    }
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, endpoint);
        QFETCH(bool, foreign);
        QFETCH(bool, serviceFilter);
        m_f->api().sync().options().serviceFilter = serviceFilter;
        const auto restore = qScopeGuard([&] { m_f->api().sync().options().serviceFilter = true; });
        const QString tenant = foreign ? kForeign : kOwn;
        const QByteArray token = m_tokens.value(role);
        const QSet<QString> visible = visibleScopes(role);
        QStringList leaks;

        if (endpoint == "pull"_L1 || endpoint == "snapshot"_L1) {
            const auto r = m_f->get(u"/v1/t/%1/%2"_s.arg(tenant, endpoint), token, {{u"limit"_s, u"5000"_s}});
            const QJsonObject body = bodyOf(r);
            const QStringList ids = idsIn(body[endpoint == "pull"_L1 ? u"changes"_s : u"rows"_s].toArray());
            if (foreign) {
                QVERIFY2(r.status == 403, r.body.constData());
                leaks += ids;
            } else {
                QCOMPARE(r.status, 200);
                for (const QString &id : ids) {
                    if (m_seededScope.contains(id) && !visible.contains(m_seededScope.value(id)))
                        leaks.append(id);
                    if (m_foreignIds.contains(id))
                        leaks.append(id);
                }
                // Complete as well as tight: every seeded row the role may see is there.
                for (auto it = m_seededScope.cbegin(); it != m_seededScope.cend(); ++it) {
                    if (visible.contains(it.value()))
                        QVERIFY2(ids.contains(it.key()), qPrintable(it.key() + u" not in "_s + ids.join(u' ')));
                }
            }
        } else if (endpoint == "push"_L1) {
            // One write into each activity and one into the cooperative's rows.
            for (const QString &scope : {u"a1"_s, u"a2"_s, u"a3"_s, u""_s}) {
                const QString id = u"pushed-%1"_s.arg(++m_counter);
                const QJsonObject op = scope.isEmpty()
                    ? operation(m_nextSeq.value(role), tenant, u"setting"_s, id, u"insert"_s, 0, {{u"value"_s, u"x"_s}})
                    : operation(m_nextSeq.value(role), tenant, u"customer"_s, id, u"insert"_s, 0,
                                {{u"activity_id"_s, foreign ? u"b1"_s : scope}, {u"name"_s, id}});
                const auto r = push(role, tenant, op);
                const auto places = placesOf(id);
                for (const auto &[t, s] : places) {
                    if (t != kOwn || !visible.contains(s))
                        leaks.append(u"%1 written in %2/%3"_s.arg(id, t, s));
                }
                if (foreign) {
                    QVERIFY2(r.status == 403, r.body.constData());
                } else if (serviceFilter) {
                    QCOMPARE(r.status, 200);
                    const QString status = bodyOf(r)[u"results"_s].toArray().at(0)[u"status"_s].toString();
                    // Beyond tenants: an entrepreneur does not write the cooperative's rows.
                    const bool allowed = visible.contains(scope) && !(role == "entrepreneur"_L1 && scope.isEmpty());
                    QCOMPARE(status, allowed ? u"applied"_s : u"rejected"_s);
                    QCOMPARE(places.size(), allowed ? 1 : 0);
                } else if (!visible.contains(scope)) {
                    QVERIFY2(r.status == 403, r.body.constData());
                }
            }
        } else if (endpoint == "blob_get"_L1) {
            if (foreign) {
                const auto r = m_f->get(u"/v1/t/%1/blobs/%2"_s.arg(tenant, m_foreignBlob), token);
                QVERIFY(r.status != 200);
                if (r.status == 200)
                    leaks.append(m_foreignBlob);
            } else {
                for (auto it = m_blobScope.cbegin(); it != m_blobScope.cend(); ++it) {
                    const auto r = m_f->get(u"/v1/t/%1/blobs/%2"_s.arg(tenant, it.key()), token);
                    QCOMPARE(r.status == 200, visible.contains(it.value()));
                    if (r.status == 200 && !visible.contains(it.value()))
                        leaks.append(it.key());
                }
            }
        } else if (endpoint == "blob_put"_L1) {
            for (const QString &scope : kActivities) {
                const QByteArray data = u"%1 put by %2 #%3"_s.arg(scope, role).arg(++m_counter).toUtf8();
                server::ApiRequest put;
                put.method = "PUT";
                put.path = u"/v1/t/%1/blobs/%2"_s.arg(tenant, blobSha(data));
                put.query = {{u"activity"_s, foreign ? u"b1"_s : scope}};
                put.headers = {{"coop-protocol", "1"}, {"authorization", "Bearer " + token}};
                put.body = data;
                const int status = m_f->api().handle(put).status;
                const bool stored = blobStored(tenant, blobSha(data));
                if (stored && (foreign || !visible.contains(scope)))
                    leaks.append(u"file in %1/%2"_s.arg(tenant, scope));
                if (!foreign)
                    QCOMPARE(status == 200, visible.contains(scope));
                else
                    QVERIFY(status != 200);
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestServerAuthz)
#include "tst_serverauthz.moc"
