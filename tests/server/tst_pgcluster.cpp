#include "pgtest.h"
#include "testsupport.h"

#include "server/pgcluster.h"
#include "server/pgconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace coop;
using namespace coop::server;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::ErrorCode)

namespace {

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// The options a test cluster needs on this machine: PostgreSQL runs as "postgres" when the tests
// run as root.
PostgresCluster::Options clusterOptions(bool durable = false)
{
    PostgresCluster::Options options;
    options.durable = durable;
    if (runningAsRoot())
        options.runAsUser = u"postgres"_s;
    return options;
}

// The first column of the first row of `sql`, on a connection of its own.
Result<QVariant> scalar(const PgConnectionInfo &info, const QString &sql)
{
    QVariant value;
    auto ran = withPgConnection(info, [&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return fail(ErrorCode::Database, sql + u": "_s + query.lastError().text());
        if (query.next())
            value = query.value(0);
        return {};
    });
    if (!ran)
        return fail(ran.error());
    return value;
}

Result<void> execute(const PgConnectionInfo &info, const QStringList &statements)
{
    return withPgConnection(info, [&](QSqlDatabase &db) -> Result<void> {
        for (const QString &sql : statements) {
            if (auto r = pgExec(db, sql, sql + u':'); !r)
                return r;
        }
        return {};
    });
}

QString optionsText(const QMap<QString, QString> &options)
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u';');
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlIsParsed_data();
    void urlIsParsed();
    void badUrlNamesThePart_data();
    void badUrlNamesThePart();
    void urlRoundTrips_data();
    void urlRoundTrips();
    void connectionFailureNamesAllButThePassword();

    void clusterKeepsRowsAcrossRestart();
    void secondStartOnRunningClusterIsRefused();
    void stalePidFileOfDeadProcessIsIgnored();
    void longDataFolderPutsTheSocketInTemp();
    void serverDyingAtStartIsReportedWithItsLog();
    void startTimeoutStopsTheServerAndSaysWhy();
    void rootWithoutRunAsUserIsRefused();
    void unreachableFolderIsReportedWhenRoot();
    void otherUserWithoutRootIsRefused();

    void pgDatabaseGivesDistinctEmptyDatabasesAndDropsThem();
};

void TestPgCluster::urlIsParsed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("every part of a network URL")
        << u"postgresql://alice:s3cret@db.example.org:5433/ledger"_s << u"db.example.org"_s << 5433
        << u"alice"_s << u"s3cret"_s << u"ledger"_s << QString();
    QTest::newRow("postgres:// and libpq's defaults")
        << u"postgres://db.example.org"_s << u"db.example.org"_s << 5432 << QString() << QString()
        << QString() << QString();
    QTest::newRow("parts are percent-decoded as UTF-8")
        << u"postgresql://J%C3%A9r%C3%B4me:p%40ss%3Aw%2Fd@host/caisse%20b"_s << u"host"_s << 5432
        << u"Jérôme"_s << u"p@ss:w/d"_s << u"caisse b"_s << QString();
    QTest::newRow("socket folder and port in the query (COOP_TEST_PG form)")
        << u"postgresql://postgres@/postgres?host=/run/coop-pg.AbC123&port=5499"_s
        << u"/run/coop-pg.AbC123"_s << 5499 << u"postgres"_s << QString() << u"postgres"_s << QString();
    QTest::newRow("socket folder percent-encoded in place of the host")
        << u"postgresql://%2Fvar%2Frun%2Fpostgresql/app"_s << u"/var/run/postgresql"_s << 5432
        << QString() << QString() << u"app"_s << QString();
    QTest::newRow("IPv6 address in brackets")
        << u"postgresql://u@[::1]:6543/d"_s << u"::1"_s << 6543 << u"u"_s << QString() << u"d"_s
        << QString();
    QTest::newRow("the query overrides the parts before it")
        << u"postgresql://a:x@h:1/one?user=b&password=y&dbname=two&port=2"_s << u"h"_s << 2 << u"b"_s
        << u"y"_s << u"two"_s << QString();
    QTest::newRow("other libpq parameters are kept for the driver")
        << u"postgresql://h/d?sslmode=require&application_name=coop%20desk&connect_timeout=3"_s
        << u"h"_s << 5432 << QString() << QString() << u"d"_s
        << u"application_name=coop desk;connect_timeout=3;sslmode=require"_s;
    QTest::newRow("a password with @ unencoded: the last @ ends the user part")
        << u"postgresql://bob:a@b@h/d"_s << u"h"_s << 5432 << u"bob"_s << u"a@b"_s << u"d"_s << QString();
    QTest::newRow("spaces around the URL are ignored")
        << u"  postgresql://h/d\n"_s << u"h"_s << 5432 << QString() << QString() << u"d"_s << QString();
}

void TestPgCluster::urlIsParsed()
{
    QFETCH(QString, url);
    const auto info = PgConnectionInfo::fromUrl(url);
    QVERIFY2(info, test::why(info).constData());
    QTEST(info->host, "host");
    QTEST(info->port, "port");
    QTEST(info->user, "user");
    QTEST(info->password, "password");
    QTEST(info->database, "database");
    QTEST(optionsText(info->options), "options");
}

void TestPgCluster::badUrlNamesThePart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("another scheme") << u"mysql://h/d"_s << u"scheme"_s << u"postgresql://"_s;
    QTest::newRow("no scheme") << u"h:5432/d"_s << u"scheme"_s << u"postgresql://"_s;
    QTest::newRow("empty") << QString() << u"scheme"_s << u"postgresql://"_s;
    QTest::newRow("port not a number") << u"postgresql://h:abc/d"_s << u"port"_s << u"“abc”"_s;
    QTest::newRow("port above 65535") << u"postgresql://h:70000/d"_s << u"port"_s << u"70000"_s;
    QTest::newRow("port zero") << u"postgresql://h:0/d"_s << u"port"_s << u"65535"_s;
    QTest::newRow("port with a sign") << u"postgresql://h:+5432/d"_s << u"port"_s << u"+5432"_s;
    QTest::newRow("colon without a port") << u"postgresql://h:/d"_s << u"port"_s << u"65535"_s;
    QTest::newRow("bad port in the query") << u"postgresql://h/d?port=x1"_s << u"port"_s << u"x1"_s;
    QTest::newRow("bad percent sign in the user") << u"postgresql://u%4@h/d"_s << u"user"_s << u"user name"_s;
    QTest::newRow("bad percent sign in the password")
        << u"postgresql://u:p%zzsecret@h/d"_s << u"password"_s << u"password"_s;
    QTest::newRow("bad percent sign in the database") << u"postgresql://h/d%G1"_s << u"database"_s
                                                      << u"database name"_s;
    QTest::newRow("percent-encoding that is not UTF-8") << u"postgresql://h/%C3"_s << u"database"_s
                                                        << u"UTF-8"_s;
    QTest::newRow("several hosts") << u"postgresql://h1,h2:5432/d"_s << u"host"_s << u"several hosts"_s;
    QTest::newRow("several hosts in the query") << u"postgresql:///d?host=a,b"_s << u"host"_s
                                                << u"several hosts"_s;
    QTest::newRow("IPv6 without its closing bracket") << u"postgresql://[::1/d"_s << u"host"_s << u"]"_s;
    QTest::newRow("IPv6 without brackets") << u"postgresql://::1/d"_s << u"host"_s << u"brackets"_s;
    QTest::newRow("unknown query parameter") << u"postgresql://h/d?colour=blue"_s << u"colour"_s
                                             << u"“colour”"_s;
    QTest::newRow("query parameter without a value") << u"postgresql://h/d?sslmode"_s << u"query"_s
                                                     << u"name=value"_s;
}

void TestPgCluster::badUrlNamesThePart()
{
    QFETCH(QString, url);
    QFETCH(QString, where);
    QFETCH(QString, mentions);
    const auto info = PgConnectionInfo::fromUrl(url);
    QVERIFY2(!info, "the URL was accepted");
    QCOMPARE(info.error().code(), ErrorCode::ParseError);
    QCOMPARE(info.error().where(), where);
    QVERIFY2(info.error().message().contains(mentions), qPrintable(info.error().message()));
    QVERIFY2(!info.error().message().contains(u"secret"_s), qPrintable(info.error().message()));
}

void TestPgCluster::urlRoundTrips_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");

    QTest::newRow("socket folder") << u"/srv/coop pg/x&y=z#1"_s << 5432 << u"postgres"_s << QString()
                                   << u"postgres"_s;
    QTest::newRow("host name with every part") << u"db.example.org"_s << 6000 << u"Zoé"_s
                                               << u"p@ss:w/d?&=%"_s << u"caisse b"_s;
    QTest::newRow("IPv6 address") << u"::1"_s << 5432 << u"u"_s << u"x"_s << u"d"_s;
    QTest::newRow("nothing but a host") << u"localhost"_s << 5432 << QString() << QString() << QString();
}

void TestPgCluster::urlRoundTrips()
{
    PgConnectionInfo info;
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    info.host = host;
    info.port = port;
    info.user = user;
    info.password = password;
    info.database = database;
    info.options.insert(u"application_name"_s, u"coop desk/test"_s);

    const auto back = PgConnectionInfo::fromUrl(info.toUrl());
    QVERIFY2(back, test::why(back).constData());
    QCOMPARE(back->host, host);
    QCOMPARE(back->port, port);
    QCOMPARE(back->user, user);
    QCOMPARE(back->password, password);
    QCOMPARE(back->database, database);
    QCOMPARE(back->options, info.options);

    const QString shown = info.toDisplayString();
    if (!password.isEmpty()) {
        QVERIFY2(!shown.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))), qPrintable(shown));
        QVERIFY2(shown.contains(u":***@"_s), qPrintable(shown));
    }
    QVERIFY2(shown.startsWith(u"postgresql://"_s), qPrintable(shown));
}

void TestPgCluster::connectionFailureNamesAllButThePassword()
{
    QTemporaryDir nowhere;
    QVERIFY(nowhere.isValid());
    PgConnectionInfo info;
    info.host = nowhere.path();
    info.port = 5999;
    info.user = u"alice"_s;
    info.password = u"Tr0ub4dor&3"_s;
    info.database = u"ledger"_s;
    const QString name = u"tst-pgcluster-refused"_s;
    const auto db = info.open(name);
    QVERIFY2(!db, "connected to a server that does not exist");
    QCOMPARE(db.error().code(), ErrorCode::Database);
    const QString message = db.error().message();
    for (const QString &part : {nowhere.path(), u"5999"_s, u"“alice”"_s, u"“ledger”"_s})
        QVERIFY2(message.contains(part), qPrintable(part + u" missing from: "_s + message));
    QVERIFY2(!message.contains(info.password), qPrintable(message));
    QVERIFY2(!QSqlDatabase::contains(name), "the failed connection stayed registered");
    QVERIFY2(!info.toDisplayString().contains(info.password), qPrintable(info.toDisplayString()));
}

void TestPgCluster::clusterKeepsRowsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The server's own settings: durable, default superuser and port.
    auto cluster = PostgresCluster::start(dir.path(), clusterOptions(true));
    QVERIFY2(cluster, test::why(cluster).constData());
    PostgresCluster &pg = **cluster;
    QVERIFY(pg.isRunning());
    QVERIFY(pg.postmasterPid() > 0);
    QCOMPARE(pg.socketDir(), QDir(dir.path()).filePath(u"sock"_s));
    QVERIFY(pg.socketNote().isEmpty());
    QVERIFY(QFileInfo::exists(QDir(pg.socketDir()).filePath(u".s.PGSQL.5432"_s)));
    QVERIFY(QFileInfo::exists(QDir(pg.clusterDir()).filePath(u"PG_VERSION"_s)));
    if (runningAsRoot())
        QCOMPARE(QFileInfo(pg.clusterDir()).owner(), u"postgres"_s);

    const PgConnectionInfo admin = pg.connectionInfo();
    QCOMPARE(admin.host, pg.socketDir());
    QCOMPARE(admin.user, u"coopdesk"_s);
    QCOMPARE(admin.database, u"postgres"_s);
    auto settings = scalar(admin, u"SELECT current_user || '|' || current_setting('listen_addresses') || '|' "
                                   "|| current_setting('server_encoding') || '|' || "
                                   "(SELECT datcollate FROM pg_database WHERE datname = 'postgres') || '|' "
                                   "|| current_setting('data_checksums')"_s);
    QVERIFY2(settings, test::why(settings).constData());
    // No TCP listener; UTF-8, collation C, checksums on.
    QCOMPARE(settings->toString(), u"coopdesk||UTF8|C|on"_s);

    auto created = pg.ensureDatabase(u"ledger"_s);
    QVERIFY2(created, test::why(created).constData());
    created = pg.ensureDatabase(u"ledger"_s);
    QVERIFY2(created, test::why(created).constData());
    const PgConnectionInfo ledger = admin.withDatabase(u"ledger"_s);
    auto written = execute(ledger, {u"CREATE TABLE note (id integer PRIMARY KEY, body text NOT NULL)"_s,
                                    u"INSERT INTO note VALUES (1, 'kept across a restart')"_s});
    QVERIFY2(written, test::why(written).constData());

    auto stopped = pg.stop();
    QVERIFY2(stopped, test::why(stopped).constData());
    QVERIFY(!pg.isRunning());
    QVERIFY(!QFileInfo::exists(QDir(pg.clusterDir()).filePath(u"postmaster.pid"_s)));
    QVERIFY(!scalar(ledger, u"SELECT 1"_s));
    cluster->reset();

    auto again = PostgresCluster::start(dir.path(), clusterOptions(true));
    QVERIFY2(again, test::why(again).constData());
    auto body = scalar((*again)->connectionInfo().withDatabase(u"ledger"_s),
                       u"SELECT body FROM note WHERE id = 1"_s);
    QVERIFY2(body, test::why(body).constData());
    QCOMPARE(body->toString(), u"kept across a restart"_s);
    // The destructor stops it.
    const QString pidFile = QDir((*again)->clusterDir()).filePath(u"postmaster.pid"_s);
    again->reset();
    QVERIFY(!QFileInfo::exists(pidFile));
}

void TestPgCluster::secondStartOnRunningClusterIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto first = PostgresCluster::start(dir.path(), clusterOptions());
    QVERIFY2(first, test::why(first).constData());

    auto second = PostgresCluster::start(dir.path(), clusterOptions());
    QVERIFY2(!second, "a second postgres started on the same folder");
    QCOMPARE(second.error().code(), ErrorCode::Conflict);
    const QString message = second.error().message();
    QVERIFY2(message.contains(u"already running"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::number((*first)->postmasterPid())), qPrintable(message));
    // The first one is untouched.
    auto answer = scalar((*first)->connectionInfo(), u"SELECT 42"_s);
    QVERIFY2(answer, test::why(answer).constData());
    QCOMPARE(answer->toInt(), 42);
}

void TestPgCluster::stalePidFileOfDeadProcessIsIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString pidFile;
    {
        auto cluster = PostgresCluster::start(dir.path(), clusterOptions());
        QVERIFY2(cluster, test::why(cluster).constData());
        auto written = execute((*cluster)->connectionInfo(),
                               {u"CREATE TABLE survivor (v text)"_s, u"INSERT INTO survivor VALUES ('here')"_s});
        QVERIFY2(written, test::why(written).constData());
        pidFile = QDir((*cluster)->clusterDir()).filePath(u"postmaster.pid"_s);
    }
    // A crash leaves postmaster.pid naming a process that is gone.
    QProcess shortLived;
    shortLived.start(u"sleep"_s, {u"0"_s});
    QVERIFY(shortLived.waitForStarted());
    const qint64 deadPid = shortLived.processId();
    QVERIFY(shortLived.waitForFinished());
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(deadPid) + '\n' + QFile::encodeName(dir.path()) + "/pgdata\n1700000000\n5432\n"
               + QFile::encodeName(dir.path()) + "/sock\n\n  5432001     32768\nready   \n");
    file.close();

    auto restarted = PostgresCluster::start(dir.path(), clusterOptions());
    QVERIFY2(restarted, test::why(restarted).constData());
    QVERIFY((*restarted)->postmasterPid() != deadPid);
    auto value = scalar((*restarted)->connectionInfo(), u"SELECT v FROM survivor"_s);
    QVERIFY2(value, test::why(value).constData());
    QCOMPARE(value->toString(), u"here"_s);
}

void TestPgCluster::longDataFolderPutsTheSocketInTemp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The run-as user must get through the temporary folder to the data folder below it.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ExeOther));
    const QString dataDir = QDir(dir.path()).filePath(QString(100, u'd'));
    auto cluster = PostgresCluster::start(dataDir, clusterOptions());
    QVERIFY2(cluster, test::why(cluster).constData());
    const QString socketDir = (*cluster)->socketDir();
    QVERIFY2(socketDir.startsWith(QDir::tempPath() + u'/'), qPrintable(socketDir));
    QVERIFY2(!socketDir.startsWith(dataDir), qPrintable(socketDir));
    QVERIFY2((*cluster)->socketNote().contains(u"107"_s), qPrintable((*cluster)->socketNote()));
    auto answer = scalar((*cluster)->connectionInfo(), u"SELECT current_setting('unix_socket_directories')"_s);
    QVERIFY2(answer, test::why(answer).constData());
    QCOMPARE(answer->toString(), socketDir);

    auto stopped = (*cluster)->stop();
    QVERIFY2(stopped, test::why(stopped).constData());
    QVERIFY2(!QFileInfo::exists(socketDir), "the temporary socket folder was left behind");
}

void TestPgCluster::serverDyingAtStartIsReportedWithItsLog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PostgresCluster::Options options = clusterOptions();
    options.settings.insert(u"shared_buffers"_s, u"plenty"_s);
    auto cluster = PostgresCluster::start(dir.path(), options);
    QVERIFY2(!cluster, "postgres started with an invalid setting");
    QCOMPARE(cluster.error().code(), ErrorCode::Database);
    const QString message = cluster.error().message();
    QVERIFY2(message.contains(u"stopped while starting"_s), qPrintable(message));
    // The tail of the server's own log says why.
    QVERIFY2(message.contains(u"shared_buffers"_s) && message.contains(u"plenty"_s), qPrintable(message));
    QVERIFY2(message.contains(u"postgres.log"_s), qPrintable(message));
}

void TestPgCluster::startTimeoutStopsTheServerAndSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PostgresCluster::Options options = clusterOptions();
    options.startTimeout = std::chrono::milliseconds(1);
    auto cluster = PostgresCluster::start(dir.path(), options);
    QVERIFY2(!cluster, "a server was ready within a millisecond");
    QCOMPARE(cluster.error().code(), ErrorCode::Database);
    const QString message = cluster.error().message();
    QVERIFY2(message.contains(u"did not accept connections"_s), qPrintable(message));
    QVERIFY2(message.contains(QDir(dir.path()).filePath(u"postgres.log"_s)), qPrintable(message));

    // Nothing was left running on the folder: the next start with time enough works.
    auto again = PostgresCluster::start(dir.path(), clusterOptions());
    QVERIFY2(again, test::why(again).constData());
    auto answer = scalar((*again)->connectionInfo(), u"SELECT 1"_s);
    QVERIFY2(answer, test::why(answer).constData());

    // Database names PostgreSQL cannot hold are refused before asking it.
    auto badName = (*again)->ensureDatabase(QString(64, u'x'));
    QVERIFY(!badName);
    QCOMPARE(badName.error().code(), ErrorCode::InvalidArgument);
    auto stopped = (*again)->stop();
    QVERIFY2(stopped, test::why(stopped).constData());
    auto notRunning = (*again)->ensureDatabase(u"late"_s);
    QVERIFY(!notRunning);
    QVERIFY2(notRunning.error().message().contains(u"not running"_s), qPrintable(notRunning.error().message()));
}

void TestPgCluster::rootWithoutRunAsUserIsRefused()
{
    if (!runningAsRoot())
        QSKIP("only root is refused; these tests do not run as root");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto cluster = PostgresCluster::start(dir.path(), PostgresCluster::Options());
    QVERIFY2(!cluster, "PostgreSQL was started as root");
    QCOMPARE(cluster.error().code(), ErrorCode::Forbidden);
    QVERIFY2(cluster.error().message().contains(u"refuses to run as root"_s),
             qPrintable(cluster.error().message()));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(u"pgdata"_s)));

    PostgresCluster::Options asRoot;
    asRoot.runAsUser = u"root"_s;
    cluster = PostgresCluster::start(dir.path(), asRoot);
    QVERIFY2(!cluster, "PostgreSQL was started as root");
    QCOMPARE(cluster.error().code(), ErrorCode::Forbidden);

    PostgresCluster::Options nobodyKnown;
    nobodyKnown.runAsUser = u"no-such-user-coopdesk"_s;
    cluster = PostgresCluster::start(dir.path(), nobodyKnown);
    QVERIFY2(!cluster, "started as a user that does not exist");
    QCOMPARE(cluster.error().code(), ErrorCode::NotFound);
    QVERIFY2(cluster.error().message().contains(u"no-such-user-coopdesk"_s),
             qPrintable(cluster.error().message()));
}

void TestPgCluster::unreachableFolderIsReportedWhenRoot()
{
    if (!runningAsRoot())
        QSKIP("only root hands the folder to another user");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The temporary folder is root's alone (0700): "postgres" cannot get to the folder inside.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner));
    auto cluster = PostgresCluster::start(QDir(dir.path()).filePath(u"inside"_s), clusterOptions());
    QVERIFY2(!cluster, "started in a folder its user cannot reach");
    QCOMPARE(cluster.error().code(), ErrorCode::Io);
    QVERIFY2(cluster.error().message().contains(u"searchable"_s), qPrintable(cluster.error().message()));
}

void TestPgCluster::otherUserWithoutRootIsRefused()
{
    if (runningAsRoot())
        QSKIP("root may run PostgreSQL as another user");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PostgresCluster::Options options;
    options.runAsUser = u"postgres-elsewhere"_s;
    auto cluster = PostgresCluster::start(dir.path(), options);
    QVERIFY2(!cluster, "ran PostgreSQL as another user without being root");
    QCOMPARE(cluster.error().code(), ErrorCode::Forbidden);
    QVERIFY2(cluster.error().message().contains(u"Only root"_s), qPrintable(cluster.error().message()));
}

void TestPgCluster::pgDatabaseGivesDistinctEmptyDatabasesAndDropsThem()
{
    QStringList names;
    {
        test::PgDatabase first;
        QVERIFY2(first.isValid(), qPrintable(first.error()));
        test::PgDatabase second;
        QVERIFY2(second.isValid(), qPrintable(second.error()));
        QVERIFY(first.error().isEmpty());
        QVERIFY(first.name() != second.name());
        QCOMPARE(first.info().database, first.name());
        names = {first.name(), second.name()};

        // The URL says the same as info().
        const auto parsed = PgConnectionInfo::fromUrl(first.url());
        QVERIFY2(parsed, test::why(parsed).constData());
        QCOMPARE(parsed->host, first.info().host);
        QCOMPARE(parsed->port, first.info().port);
        QCOMPARE(parsed->database, first.name());

        const QString userTables = u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"_s;
        for (const test::PgDatabase *db : {&first, &second}) {
            auto count = scalar(db->info(), userTables);
            QVERIFY2(count, test::why(count).constData());
            QCOMPARE(count->toInt(), 0);
            auto inside = scalar(db->info(), u"SELECT current_database()"_s);
            QVERIFY2(inside, test::why(inside).constData());
            QCOMPARE(inside->toString(), db->name());
        }
        auto written = execute(first.info(), {u"CREATE TABLE only_in_first (x int)"_s});
        QVERIFY2(written, test::why(written).constData());
        auto count = scalar(second.info(), userTables);
        QVERIFY2(count, test::why(count).constData());
        QCOMPARE(count->toInt(), 0);

        // A session still open when the test ends does not keep the database alive.
        const QString lingering = u"tst-pgcluster-lingering"_s;
        auto open = first.info().open(lingering);
        QVERIFY2(open, test::why(open).constData());
    }
    QSqlDatabase::removeDatabase(u"tst-pgcluster-lingering"_s);

    const auto server = test::testPostgres();
    QVERIFY2(server, test::why(server).constData());
    for (const QString &name : std::as_const(names)) {
        auto left = scalar(*server, u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(name));
        QVERIFY2(left, test::why(left).constData());
        QVERIFY2(left->toInt() == 0, qPrintable(name + u" was not dropped"_s));
    }
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
