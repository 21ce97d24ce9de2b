// Accounts and tokens of coopdesk-server on a real PostgreSQL: login, access tokens that expire,
// refresh tokens that rotate, a reused refresh token that cuts the device off, revocation.

#include "serverfixture.h"

#include "server/credentials.h"

#include "testsupport.h"

#include <QJsonArray>

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    int pullStatus(ServerFixture &f, const QByteArray &token)
    {
        return f.get(u"/v1/t/coop-a/pull"_s, token).status;
    }
    QString errorOf(const server::ApiResponse &r) { return bodyOf(r).value(u"error"_s).toString(); }

private Q_SLOTS:
    void loginGivesTokensAndMemberships()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s = f.addUser(u"alice"_s, u"coop-a"_s, Role::Entrepreneur, {u"act-1"_s});
        QVERIFY(!s.isEmpty());
        QVERIFY(s.value(u"access_token"_s).toString().startsWith("v1."_L1));
        QCOMPARE(s.value(u"refresh_token"_s).toString().size(), 43); // 32 bytes, base64url
        QCOMPARE(s.value(u"access_expires_in"_s).toInteger(), 900);
        const QJsonArray m = s.value(u"memberships"_s).toArray();
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.at(0)[u"tenant"_s].toString(), u"coop-a"_s);
        QCOMPARE(m.at(0)[u"role"_s].toString(), u"entrepreneur"_s);
        QCOMPARE(m.at(0)[u"activities"_s].toArray(), QJsonArray{u"act-1"_s});
        QCOMPARE(pullStatus(f, tokenOf(s)), 200);
    }

    void wrongPasswordAndUnknownLoginReadTheSame()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QVERIFY(!f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin).isEmpty());
        const auto wrong = f.call("POST", u"/v1/auth/login"_s,
                                  {{u"login"_s, u"alice"_s}, {u"password"_s, u"not the password"_s},
                                   {u"device_id"_s, u"d1"_s}});
        const auto unknown = f.call("POST", u"/v1/auth/login"_s,
                                    {{u"login"_s, u"nobody"_s}, {u"password"_s, u"whatever it is"_s},
                                     {u"device_id"_s, u"d1"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(bodyOf(wrong).value(u"message"_s), bodyOf(unknown).value(u"message"_s));
    }

    void passwordsAndRefreshTokensAreNotStoredInClear()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        auto db = f.database().connection(server::Database::Role::Maintenance);
        QVERIFY2(db, why(db).constData());
        QSqlQuery q(*db);
        QVERIFY(q.exec(u"SELECT password_hash FROM app_user"_s) && q.next());
        QVERIFY(q.value(0).toString().startsWith("$argon2id$"_L1));
        QVERIFY(!q.value(0).toString().contains(ServerFixture::password()));
        QVERIFY(q.exec(u"SELECT count(*) FROM refresh_token WHERE token_hash = sha256(convert_to('%1', 'UTF8'))"_s
                           .arg(s.value(u"refresh_token"_s).toString()))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // found by its hash only
        QVERIFY(q.exec(u"SELECT count(*) FROM refresh_token WHERE encode(token_hash, 'escape') LIKE '%%1%'"_s
                           .arg(s.value(u"refresh_token"_s).toString().left(12)))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void expiredAccessTokenIsRefusedAndRefreshGivesANewOne()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        QCOMPARE(pullStatus(f, tokenOf(s)), 200);
        f.now = f.now.addSecs(15 * 60 + 1);
        const auto expired = f.get(u"/v1/t/coop-a/pull"_s, tokenOf(s));
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorOf(expired), u"token_expired"_s);

        const auto refreshed = f.call("POST", u"/v1/auth/refresh"_s,
                                      {{u"refresh_token"_s, s.value(u"refresh_token"_s)}});
        QCOMPARE(refreshed.status, 200);
        const QJsonObject s2 = bodyOf(refreshed);
        QVERIFY(s2.value(u"refresh_token"_s) != s.value(u"refresh_token"_s));
        QCOMPARE(pullStatus(f, tokenOf(s2)), 200);
    }

    void tamperedOrForeignTokensAreRefused()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        QByteArray token = tokenOf(s);
        token[10] = token[10] == 'A' ? 'B' : 'A';
        QCOMPARE(pullStatus(f, token), 401);
        QCOMPARE(pullStatus(f, {}), 401);
        // Same claims, signed by another key.
        const auto claims = server::AccessClaims{QUuid::fromString(s.value(u"user_id"_s).toString()),
                                                 u"alice-laptop"_s, f.now.addSecs(600)};
        QCOMPARE(pullStatus(f, server::issueAccessToken(server::newServerKey(), claims)), 401);
    }

    void rotatedRefreshTokenReusedRevokesTheDevice()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s1 = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        const auto refresh = [&](const QJsonObject &s) {
            return f.call("POST", u"/v1/auth/refresh"_s, {{u"refresh_token"_s, s.value(u"refresh_token"_s)}});
        };
        const auto r2 = refresh(s1);
        QCOMPARE(r2.status, 200);
        const QJsonObject s2 = bodyOf(r2);
        const auto r3 = refresh(s2); // the device moved on: s2 is spent too
        QCOMPARE(r3.status, 200);
        const QJsonObject s3 = bodyOf(r3);

        f.now = f.now.addSecs(120);
        const auto reuse = refresh(s1); // someone else kept a copy of s1
        QCOMPARE(reuse.status, 401);
        QCOMPARE(errorOf(reuse), u"device_revoked"_s);
        // The whole device is cut off: its newest refresh token and its access token too.
        QCOMPARE(errorOf(refresh(s3)), u"device_revoked"_s);
        const auto pull = f.get(u"/v1/t/coop-a/pull"_s, tokenOf(s3));
        QCOMPARE(pull.status, 401);
        QCOMPARE(errorOf(pull), u"device_revoked"_s);
        // The user's other devices keep working, and signing in again on this one does not.
        QCOMPARE(pullStatus(f, tokenOf(f.login(u"alice"_s, u"alice-desktop"_s))), 200);
        QVERIFY(f.login(u"alice"_s, u"alice-laptop"_s).isEmpty());
    }

    void aRefreshWhoseAnswerWasLostMayBeRetried()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s1 = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        const QJsonObject body{{u"refresh_token"_s, s1.value(u"refresh_token"_s)}};
        QCOMPARE(f.call("POST", u"/v1/auth/refresh"_s, body).status, 200); // answer lost
        f.now = f.now.addSecs(3 * 3600); // the device came back hours later
        const auto retry = f.call("POST", u"/v1/auth/refresh"_s, body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(pullStatus(f, tokenOf(bodyOf(retry))), 200);
        // Once the retried answer is used, the first token is spent for good.
        QCOMPARE(f.call("POST", u"/v1/auth/refresh"_s,
                        {{u"refresh_token"_s, bodyOf(retry).value(u"refresh_token"_s)}})
                     .status,
                 200);
        f.now = f.now.addSecs(120);
        QCOMPARE(errorOf(f.call("POST", u"/v1/auth/refresh"_s, body)), u"device_revoked"_s);
    }

    void aLateCopyOfTheExchangeIsStaleNotATheft()
    {
        // A client gave up waiting for its refresh, retried, and moved on; the network then
        // delivers its first request: refused, nothing given, the device keeps working.
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s1 = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        const QJsonObject body{{u"refresh_token"_s, s1.value(u"refresh_token"_s)}};
        const QJsonObject s2 = bodyOf(f.call("POST", u"/v1/auth/refresh"_s, body));
        const auto r3 = f.call("POST", u"/v1/auth/refresh"_s, {{u"refresh_token"_s, s2.value(u"refresh_token"_s)}});
        QCOMPARE(r3.status, 200);
        f.now = f.now.addSecs(20);
        const auto late = f.call("POST", u"/v1/auth/refresh"_s, body);
        QCOMPARE(late.status, 409);
        QVERIFY(!bodyOf(late).contains(u"access_token"_s));
        QCOMPARE(pullStatus(f, tokenOf(bodyOf(r3))), 200);
        QCOMPARE(f.call("POST", u"/v1/auth/refresh"_s, {{u"refresh_token"_s, bodyOf(r3).value(u"refresh_token"_s)}}).status,
                 200);
    }

    void aRefreshRetriedTooLateIsAReuse()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s1 = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        const QJsonObject body{{u"refresh_token"_s, s1.value(u"refresh_token"_s)}};
        QCOMPARE(f.call("POST", u"/v1/auth/refresh"_s, body).status, 200);
        f.now = f.now.addSecs(25 * 3600);
        QCOMPARE(errorOf(f.call("POST", u"/v1/auth/refresh"_s, body)), u"device_revoked"_s);
    }

    void revokedDeviceIsCutOff()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject s = f.addUser(u"alice"_s, u"coop-a"_s, Role::Admin);
        QCOMPARE(pullStatus(f, tokenOf(s)), 200);
        auto r = f.api().accounts().revokeDevice(u"alice-laptop"_s, u"stolen"_s);
        QVERIFY2(r, why(r).constData());
        QCOMPARE(pullStatus(f, tokenOf(s)), 401);
        QCOMPARE(f.call("POST", u"/v1/auth/refresh"_s, {{u"refresh_token"_s, s.value(u"refresh_token"_s)}}).status,
                 401);
        QCOMPARE(f.api().accounts().revokeDevice(u"no-such-device"_s, u"x"_s).error().code(),
                 ErrorCode::NotFound);
    }

    void everyRequestNamesTheProtocol()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        server::ApiRequest request;
        request.method = "POST";
        request.path = u"/v1/auth/login"_s;
        request.body = "{}";
        QCOMPARE(f.api().handle(request).status, 426);
        request.headers.insert("coop-protocol", "2");
        QCOMPARE(f.api().handle(request).status, 426);
        request.headers.insert("coop-protocol", "1");
        const auto noDevice = f.api().handle(request);
        QCOMPARE(noDevice.status, 400);
        QCOMPARE(bodyOf(noDevice).value(u"where"_s).toString(), u"device_id"_s);
        request.body = "{not json";
        const auto bad = f.api().handle(request);
        QCOMPARE(bad.status, 400);
        QVERIFY(bodyOf(bad).value(u"message"_s).toString().contains("not JSON"_L1));
    }

    void adminCommandsCheckTheirInput()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        auto &accounts = f.api().accounts();
        QCOMPARE(accounts.addUser(u"bob"_s, {}, u"short"_s).error().where(), u"password"_s);
        QCOMPARE(accounts.addUser(u" bob"_s, {}, ServerFixture::password()).error().where(), u"login"_s);
        QVERIFY(accounts.addUser(u"bob"_s, {}, ServerFixture::password()));
        QCOMPARE(accounts.addUser(u"bob"_s, {}, ServerFixture::password()).error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(accounts.grant(u"bob"_s, u"coop-a"_s, Role::Entrepreneur, {}).error().where(), u"activities"_s);
        QCOMPARE(accounts.grant(u"nobody"_s, u"coop-a"_s, Role::Admin, {}).error().code(), ErrorCode::NotFound);
        QVERIFY(accounts.grant(u"bob"_s, u"coop-a"_s, Role::Accountant, {u"a1"_s, u"a2"_s}));
        auto users = accounts.listUsers();
        QVERIFY2(users, why(users).constData());
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->at(0).memberships.at(0).activities, (QStringList{u"a1"_s, u"a2"_s}));
        QCOMPARE(users->at(0).memberships.at(0).role, Role::Accountant);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
