// `coopdesk-cli sync` (issue 8 §5): the real command line against a real coopdesk-server (the API
// of server::HttpServer on 127.0.0.1 over a fresh PostgreSQL database), through HttpTransport.

#include "liveserver.h"
#include "serverfixture.h"
#include "testsupport.h"

#include "server/httpserver.h"

#include "core/customer.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <thread>

using namespace Qt::StringLiterals;
using namespace coop;
using server::Role;

namespace {

const QString kTenant = u"coop-horizon"_s;

using test::LiveServer;

// A device store of the tenant with an activity and a customer waiting in its outbox; the
// number of waiting operations in `pending`.
bool createDevice(const QString &path, qint64 *pending)
{
    StoreCreateOptions options;
    options.tenantId = kTenant;
    options.kdf = KdfParams::interactive();
    auto store = Store::create(path, test::kPassphrase, options);
    if (!store) {
        qWarning("create: %s", qPrintable(store.error().toString()));
        return false;
    }
    Activity activity;
    activity.analyticCode = u"ANA001"_s;
    activity.name = u"Atelier Lenoir"_s;
    activity.trade = u"Boulangerie"_s;
    auto saved = PeopleRepository(**store).saveActivity(activity);
    if (!saved)
        return false;
    Customer customer;
    customer.activityId = saved->id;
    customer.kind = CustomerKind::Company;
    customer.name = u"Hôtel du Parc"_s;
    customer.siren = u"123456790"_s;
    customer.billingAddress.line1 = u"3 place Bellecour"_s;
    customer.billingAddress.postcode = u"69002"_s;
    customer.billingAddress.city = u"Lyon"_s;
    if (!SalesRepository(**store).saveCustomer(customer))
        return false;
    sync::HttpTransport none{QUrl()};
    auto status = sync::SyncEngine(**store, none).status();
    if (!status)
        return false;
    *pending = status->pendingOperations;
    return true;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QJsonObject jsonOf(const test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Signs in with the password file, pushes the outbox, pulls; the stored session then serves
    // a second sync without --user; status and conflicts read the store.
    void syncWithUserAndPasswordFile()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;
        const QString store = dir.filePath(u"a.coopdesk"_s);
        qint64 pending = 0;
        QVERIFY(createDevice(store, &pending));
        QVERIFY(pending >= 2);
        const QString passwordFile =
            writeFile(dir, u"password"_s, test::ServerFixture::password().toUtf8() + "\n");
        QVERIFY(!passwordFile.isEmpty());

        const test::CliRun run = test::runCli({u"--store"_s, store, u"sync"_s, u"--server"_s, server.url(),
                                               u"--user"_s, u"alice"_s, u"--password-file"_s,
                                               passwordFile, u"--json"_s},
                                              true);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject report = jsonOf(run);
        for (const QString &field : {u"pushed"_s, u"rejected"_s, u"merged"_s, u"pulled"_s,
                                     u"snapshot_rows"_s, u"cursor"_s, u"pending"_s, u"conflicts"_s})
            QVERIFY2(report.value(field).isDouble(), qPrintable(field + u" in "_s + run.out));
        QCOMPARE(report.value(u"pushed"_s).toInteger(), pending);
        QCOMPARE(report.value(u"rejected"_s).toInteger(), 0);
        QCOMPARE(report.value(u"merged"_s).toInteger(), 0);
        QCOMPARE(report.value(u"pending"_s).toInteger(), 0);
        QCOMPARE(report.value(u"conflicts"_s).toInteger(), 0);
        QVERIFY(report.value(u"cursor"_s).toInteger() >= pending); // our own changes come back
        QVERIFY(!run.out.contains(test::ServerFixture::password()));

        // The session is kept: a second sync needs no password and has nothing to send.
        const test::CliRun again = test::runCli({u"--store"_s, store, u"sync"_s}, true);
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.out.contains(u"Pushed 0 operation(s)"_s), again.describe().constData());
        QVERIFY(again.out.contains(u"Pending operations: 0"_s));

        const test::CliRun status = test::runCli({u"--store"_s, store, u"sync"_s, u"status"_s, u"--json"_s}, true);
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        const QJsonObject s = jsonOf(status);
        QCOMPARE(s.value(u"signed_in"_s).toBool(), true);
        QCOMPARE(s.value(u"server"_s).toString(), server.url());
        QCOMPARE(s.value(u"login"_s).toString(), u"alice"_s);
        QCOMPARE(s.value(u"pending"_s).toInteger(), 0);
        QVERIFY(!s.value(u"last_sync"_s).toString().isEmpty());

        const test::CliRun text = test::runCli({u"--store"_s, store, u"sync"_s, u"status"_s}, true);
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY2(text.out.contains(u"Signed in to %1 as alice."_s.arg(server.url())), text.describe().constData());

        const test::CliRun conflicts = test::runCli({u"--store"_s, store, u"sync"_s, u"conflicts"_s, u"--json"_s}, true);
        QVERIFY2(conflicts.exitCode == 0, conflicts.describe().constData());
        QCOMPARE(QJsonDocument::fromJson(conflicts.out.toUtf8()).array().size(), 0);

        // Another device of the tenant receives what the command line sent.
        QTemporaryDir other;
        StoreCreateOptions options;
        options.tenantId = kTenant;
        options.kdf = KdfParams::interactive();
        auto second = Store::create(other.filePath(u"b.coopdesk"_s), test::kPassphrase, options);
        QVERIFY2(second, test::why(second).constData());
        sync::HttpTransport transport{QUrl(server.url())};
        sync::SyncEngine engine(**second, transport);
        auto in = engine.signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"b"_s);
        QVERIFY2(in, test::why(in).constData());
        auto pulled = engine.syncOnce();
        QVERIFY2(pulled, test::why(pulled).constData());
        auto customers = SalesRepository(**second).customers();
        QVERIFY2(customers, test::why(customers).constData());
        QCOMPARE(customers->size(), 1);
        QCOMPARE(customers->first().name, u"Hôtel du Parc"_s);
    }

    // Refusals of the server and an absent server fail with exit 1 and a sentence that says why;
    // nothing is sent, the outbox keeps its operations.
    void failuresExitOne_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << u"alice"_s << u"not the password"_s << true << u"Cannot sign in"_s;
        QTest::newRow("member of another cooperative")
            << u"bob"_s << test::ServerFixture::password() << true << u"has no role in this store's cooperative"_s;
        QTest::newRow("server unreachable") << u"alice"_s << test::ServerFixture::password() << false
                                            << u"No answer from the server"_s;
    }
    void failuresExitOne()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(bool, reachable);
        QFETCH(QString, message);
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QVERIFY(!server.fixture().addUser(u"bob"_s, u"another-coop"_s, Role::Admin).isEmpty());
        QTemporaryDir dir;
        const QString store = dir.filePath(u"a.coopdesk"_s);
        qint64 pending = 0;
        QVERIFY(createDevice(store, &pending));
        const QString passwordFile = writeFile(dir, u"password"_s, password.toUtf8());
        const test::CliRun run = test::runCli(
            {u"--store"_s, store, u"sync"_s, u"--server"_s, reachable ? server.url() : u"http://127.0.0.1:1"_s,
             u"--user"_s, login, u"--password-file"_s, passwordFile},
            true);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.startsWith(u"error: "_s), run.describe().constData());
        QVERIFY2(run.err.contains(message), run.describe().constData());
        QVERIFY(!run.err.contains(u"usage"_s));
        QVERIFY(!run.err.contains(password));

        const test::CliRun status = test::runCli({u"--store"_s, store, u"sync"_s, u"status"_s, u"--json"_s}, true);
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QCOMPARE(jsonOf(status).value(u"signed_in"_s).toBool(), false);
        QCOMPARE(jsonOf(status).value(u"pending"_s).toInteger(), pending);
    }

    // Without a session and without --user, the sync says how to sign in.
    void notSignedInExitOne()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"a.coopdesk"_s);
        qint64 pending = 0;
        QVERIFY(createDevice(store, &pending));
        const test::CliRun run = test::runCli({u"--store"_s, store, u"sync"_s}, true);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(u"--password-file"_s), run.describe().constData());
    }

    // A wrong command line exits 2 before the store is opened or the network used.
    void badCommandLineExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("user without password file")
            << QStringList{u"sync"_s, u"--server"_s, u"https://coop.example.org"_s, u"--user"_s, u"alice"_s}
            << u"go together"_s;
        QTest::newRow("password file without user")
            << QStringList{u"sync"_s, u"--server"_s, u"https://coop.example.org"_s, u"--password-file"_s, u"pw"_s}
            << u"go together"_s;
        QTest::newRow("sign-in without server")
            << QStringList{u"sync"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, u"pw"_s}
            << u"--server URL is required"_s;
        QTest::newRow("server that is not an address")
            << QStringList{u"sync"_s, u"--server"_s, u"coop.example.org"_s} << u"--server takes an address"_s;
        QTest::newRow("unknown action") << QStringList{u"sync"_s, u"everything"_s} << u"sync takes"_s;
        QTest::newRow("two actions") << QStringList{u"sync"_s, u"status"_s, u"conflicts"_s} << u"sync takes"_s;
        QTest::newRow("status with a sign-in")
            << QStringList{u"sync"_s, u"status"_s, u"--user"_s, u"alice"_s, u"--password-file"_s, u"pw"_s}
            << u"takes no --server"_s;
        QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--pasword-file"_s, u"pw"_s}
                                        << u"pasword-file"_s;
    }
    void badCommandLineExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const test::CliRun run =
            test::runCli(QStringList{u"--store"_s, dir.filePath(u"absent.coopdesk"_s)} + args, true);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains(message), run.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
