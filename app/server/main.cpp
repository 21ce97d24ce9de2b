// coopdesk-server: the cooperative's server (serve), and its administration (user …, migrate).
// With --database it uses an existing PostgreSQL; otherwise it runs a private one in its data
// folder, so that one command starts a working server on one machine.

#include "server/accounts.h"
#include "server/api.h"
#include "server/database.h"
#include "server/httpserver.h"
#include "server/pgcluster.h"

#include "core/tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#ifdef COOP_HAVE_TRANSLATIONS
#include "translations/translations.h"
#endif

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::server;

namespace {

HttpServer *g_server = nullptr;

void onSignal(int)
{
    if (g_server)
        g_server->stop();
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int failWith(const QString &message, int code = 1)
{
    QTextStream(stderr) << "coopdesk-server: " << message << Qt::endl;
    return code;
}

int failWith(const Error &e)
{
    return failWith(e.toString());
}

// Where the server's PostgreSQL is: --database, or the private cluster of the data folder —
// started here, or already running (a serving coopdesk-server): its postmaster.pid names the
// socket folder and port.
struct DatabaseSource
{
    std::unique_ptr<PostgresCluster> cluster;
    PgConnectionInfo info;
};

Result<DatabaseSource> openDatabase(const QCommandLineParser &parser, const QString &dataDir)
{
    DatabaseSource source;
    if (parser.isSet(u"database"_s)) {
        auto info = PgConnectionInfo::fromUrl(parser.value(u"database"_s));
        if (!info)
            return fail(info.error().located(u"--database"_s));
        source.info = *info;
        return source;
    }
    const QString pgDir = QDir(dataDir).filePath(u"postgresql"_s);
    const QString pidFile = QDir(pgDir).filePath(u"pgdata/postmaster.pid"_s);
    QFile pid(pidFile);
    if (pid.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = pid.readAll().split('\n');
        const qint64 process = lines.value(0).trimmed().toLongLong();
#ifdef Q_OS_UNIX
        if (process > 0 && ::kill(static_cast<pid_t>(process), 0) == 0 && lines.size() > 4) {
            source.info.host = QString::fromLocal8Bit(lines.at(4).trimmed());
            source.info.port = lines.at(3).trimmed().toInt();
            source.info.user = u"coopdesk"_s;
            source.info.database = u"coopdesk"_s;
            return source;
        }
#endif
    }
    auto cluster = PostgresCluster::start(pgDir);
    if (!cluster)
        return fail(cluster.error());
    if (auto r = (*cluster)->ensureDatabase(u"coopdesk"_s); !r)
        return fail(r.error());
    source.info = (*cluster)->connectionInfo().withDatabase(u"coopdesk"_s);
    source.cluster = std::move(*cluster);
    return source;
}

Result<QString> readPasswordFile(const QString &path)
{
    QFile file;
    const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(ErrorCode::Io, Tr::tr("Cannot read the password file %1: %2").arg(path, file.errorString()),
                    u"--password-file"_s);
    QString password = QString::fromUtf8(file.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

int serve(const QCommandLineParser &parser, const QString &dataDir)
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0 && !parser.isSet(u"database"_s))
        return failWith(Tr::tr("Do not run the server as root: PostgreSQL refuses it, and a network "
                               "service should not have that power. Run it as an ordinary user "
                               "(the packaged systemd unit uses the coopdesk user)."));
#endif
    auto source = openDatabase(parser, dataDir);
    if (!source)
        return failWith(source.error());
    Database db(source->info);
    if (auto r = db.install(); !r)
        return failWith(r.error());

    HttpOptions http;
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    http.port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (colon <= 0 || !portOk || http.port < 0 || http.port > 65535)
        return failWith(Tr::tr("--listen expects HOST:PORT, e.g. 127.0.0.1:8443 (got \"%1\").").arg(listen), 2);
    http.host = listen.left(colon);
    http.threads = parser.value(u"threads"_s).toInt();
    if (http.threads < 1 || http.threads > 256)
        return failWith(Tr::tr("--threads expects a number from 1 to 256."), 2);
    http.tlsCertificate = parser.value(u"tls-cert"_s);
    http.tlsKey = parser.value(u"tls-key"_s);

    Api api(db, {});
    HttpServer server(api, http);
    if (auto r = server.bind(); !r)
        return failWith(r.error());
    g_server = &server;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    out() << Tr::tr("coopdesk-server %1 listening on %2:%3 (PostgreSQL: %4)")
                 .arg(QStringLiteral(COOPDESK_VERSION), http.host)
                 .arg(server.port())
                 .arg(source->info.toDisplayString())
          << Qt::endl;
    server.serve();
    g_server = nullptr;
    out() << Tr::tr("coopdesk-server stopped.") << Qt::endl;
    return 0;
}

int userCommand(const QCommandLineParser &parser, const QStringList &args, const QString &dataDir)
{
    const QString sub = args.value(1);
    if (sub.isEmpty())
        return failWith(Tr::tr("user expects add, grant, revoke-device or list."), 2);
    auto source = openDatabase(parser, dataDir);
    if (!source)
        return failWith(source.error());
    Database db(source->info);
    if (auto r = db.install(); !r)
        return failWith(r.error());
    Accounts accounts(db);

    if (sub == "add"_L1) {
        if (args.size() != 3 || !parser.isSet(u"password-file"_s))
            return failWith(Tr::tr("usage: user add LOGIN --password-file FILE [--name NAME]"), 2);
        auto password = readPasswordFile(parser.value(u"password-file"_s));
        if (!password)
            return failWith(password.error());
        auto id = accounts.addUser(args.at(2), parser.value(u"name"_s), *password);
        if (!id)
            return failWith(id.error());
        out() << id->toString(QUuid::WithoutBraces) << Qt::endl;
        return 0;
    }
    if (sub == "grant"_L1) {
        if (args.size() != 3 || !parser.isSet(u"tenant"_s) || !parser.isSet(u"role"_s))
            return failWith(Tr::tr("usage: user grant LOGIN --tenant TENANT --role entrepreneur|accountant|admin "
                                   "[--activity ID]…"),
                            2);
        auto role = roleFromName(parser.value(u"role"_s));
        if (!role)
            return failWith(role.error().toString(), 2);
        if (auto r = accounts.grant(args.at(2), parser.value(u"tenant"_s), *role, parser.values(u"activity"_s)); !r)
            return failWith(r.error());
        return 0;
    }
    if (sub == "revoke-device"_L1) {
        if (args.size() != 3)
            return failWith(Tr::tr("usage: user revoke-device DEVICE [--reason TEXT]"), 2);
        const QString reason = parser.isSet(u"reason"_s) ? parser.value(u"reason"_s) : Tr::tr("revoked by an administrator");
        if (auto r = accounts.revokeDevice(args.at(2), reason); !r)
            return failWith(r.error());
        return 0;
    }
    if (sub == "list"_L1) {
        auto users = accounts.listUsers();
        if (!users)
            return failWith(users.error());
        if (parser.isSet(u"json"_s)) {
            QJsonArray list;
            for (const UserInfo &u : std::as_const(*users)) {
                QJsonArray memberships;
                for (const Membership &m : u.memberships)
                    memberships.append(QJsonObject{{u"tenant"_s, m.tenant},
                                                   {u"role"_s, roleName(m.role)},
                                                   {u"activities"_s, QJsonArray::fromStringList(m.activities)}});
                QJsonArray devices;
                for (const DeviceInfo &d : u.devices)
                    devices.append(QJsonObject{{u"id"_s, d.id},
                                               {u"name"_s, d.name},
                                               {u"last_seen"_s, d.lastSeen.toUTC().toString(Qt::ISODate)},
                                               {u"revoked"_s, d.revoked}});
                list.append(QJsonObject{{u"id"_s, u.id.toString(QUuid::WithoutBraces)},
                                        {u"login"_s, u.login},
                                        {u"name"_s, u.displayName},
                                        {u"disabled"_s, u.disabled},
                                        {u"memberships"_s, memberships},
                                        {u"devices"_s, devices}});
            }
            out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const UserInfo &u : std::as_const(*users)) {
            QStringList roles;
            for (const Membership &m : u.memberships)
                roles.append(u"%1:%2%3"_s.arg(m.tenant, roleName(m.role),
                                              m.activities.isEmpty() ? QString() : u"["_s + m.activities.join(u',') + u']'));
            out() << u.login << '\t' << roles.join(u' ') << '\t'
                  << Tr::tr("%n device(s)", nullptr, static_cast<int>(u.devices.size())) << Qt::endl;
        }
        return 0;
    }
    return failWith(Tr::tr("Unknown user command \"%1\" (add, grant, revoke-device, list).").arg(sub), 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CoopDesk"_s);
    QCoreApplication::setApplicationName(u"coopdesk-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COOPDESK_VERSION));
#ifdef COOP_HAVE_TRANSLATIONS
    coop::installTranslationsFromArguments(QCoreApplication::arguments());
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "The CoopDesk cooperative server.\n\n"
        "Commands:\n"
        "  serve                        run the server (the default)\n"
        "  migrate                      create or update the database schema, then stop\n"
        "  user add LOGIN               add a user (--password-file, --name)\n"
        "  user grant LOGIN             give a role in a tenant (--tenant, --role, --activity)\n"
        "  user revoke-device DEVICE    cut a device off (--reason)\n"
        "  user list                    list users, roles and devices (--json)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, Tr::tr("serve, migrate or user …"));
    const QString defaultData = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                    .filePath(u"coopdesk-server"_s);
    parser.addOptions({
        {u"data"_s, Tr::tr("The server's data folder (its private PostgreSQL lives there)."), u"DIR"_s, defaultData},
        {u"database"_s, Tr::tr("Use this PostgreSQL instead (postgresql://user@host:port/db)."), u"URL"_s},
        {u"listen"_s, Tr::tr("Address and port to listen on."), u"HOST:PORT"_s, u"127.0.0.1:8443"_s},
        {u"threads"_s, Tr::tr("Worker threads: devices served at once, each with its own database connection."), u"N"_s, u"32"_s},
        {u"tls-cert"_s, Tr::tr("Serve HTTPS with this PEM certificate (or put nginx in front)."), u"FILE"_s},
        {u"tls-key"_s, Tr::tr("The certificate's PEM private key."), u"FILE"_s},
        {u"password-file"_s, Tr::tr("user add: read the password from this file (- for stdin)."), u"FILE"_s},
        {u"name"_s, Tr::tr("user add: the person's name."), u"NAME"_s},
        {u"tenant"_s, Tr::tr("user grant: the cooperative (its store's tenant id)."), u"TENANT"_s},
        {u"role"_s, Tr::tr("user grant: entrepreneur, accountant or admin."), u"ROLE"_s},
        {u"activity"_s, Tr::tr("user grant: an activity of the role (repeat for a portfolio)."), u"ID"_s},
        {u"reason"_s, Tr::tr("user revoke-device: why, kept with the device."), u"TEXT"_s},
        {u"json"_s, Tr::tr("user list: print JSON.")},
        {u"lang"_s, Tr::tr("Language of the messages: fr or en."), u"LANG"_s},
    });
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, u"serve"_s);
    const QString dataDir = parser.value(u"data"_s);

    if (command == "serve"_L1)
        return serve(parser, dataDir);
    if (command == "user"_L1)
        return userCommand(parser, args, dataDir);
    if (command == "migrate"_L1) {
        auto source = openDatabase(parser, dataDir);
        if (!source)
            return failWith(source.error());
        Database db(source->info);
        if (auto r = db.install(); !r)
            return failWith(r.error());
        out() << Tr::tr("Schema version %1.").arg(Database::latestSchemaVersion()) << Qt::endl;
        return 0;
    }
    return failWith(Tr::tr("Unknown command \"%1\" (serve, migrate, user).").arg(command), 2);
}
