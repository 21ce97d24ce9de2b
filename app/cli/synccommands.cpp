#include "synccommands.h"

#include "clicontext.h"

#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/replica.h"
#include "core/sync/transport.h"
#include "core/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

void printJson(CliContext &c, const QJsonDocument &document)
{
    c.out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// A sync failure: the engine's sentence says what happened and what to do; its "where" is the
// server's error code, of no use to the person.
int syncFailure(CliContext &c, const Error &error)
{
    c.err() << Tr::tr("error: %1").arg(error.message()) << Qt::endl;
    return Failure;
}

Result<QString> readPassword(CliContext &c)
{
    const QString path = c.parser().value(u"password-file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot read the password file: %1.").arg(file.errorString()),
                    path);
    QString text = QString::fromUtf8(file.readLine(64 * 1024));
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The password file is empty."), path);
    return text;
}

bool validServer(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1)
           && !url.host().isEmpty();
}

int runStatus(CliContext &c, Store &store)
{
    sync::HttpTransport none{QUrl()}; // status() sends nothing
    auto status = sync::SyncEngine(store, none).status();
    if (!status)
        return c.failure(status.error());
    const QString lastSync = status->lastSync.isValid()
                                 ? status->lastSync.toUTC().toString(Qt::ISODateWithMs)
                                 : QString();
    if (c.parser().isSet(u"json"_s)) {
        printJson(c, QJsonDocument(QJsonObject{
                         {u"server"_s, status->server},
                         {u"login"_s, status->login},
                         {u"signed_in"_s, status->signedIn},
                         {u"tenant"_s, store.tenantId()},
                         {u"device_id"_s, store.deviceId()},
                         {u"pending"_s, status->pendingOperations},
                         {u"conflicts"_s, status->openConflicts},
                         {u"last_sync"_s, lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
                     }));
        return Ok;
    }
    if (status->signedIn)
        c.out() << Tr::tr("Signed in to %1 as %2.").arg(status->server, status->login) << '\n';
    else
        c.out() << Tr::tr("Not signed in.") << '\n';
    c.out() << Tr::tr("Pending operations: %1").arg(status->pendingOperations) << '\n'
            << Tr::tr("Open conflicts: %1").arg(status->openConflicts) << '\n'
            << Tr::tr("Last sync: %1").arg(lastSync.isEmpty() ? Tr::tr("never") : lastSync) << '\n';
    return Ok;
}

QString plain(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

int runConflicts(CliContext &c, Store &store)
{
    auto conflicts = sync::LocalReplica(store).openConflicts();
    if (!conflicts)
        return c.failure(conflicts.error());
    if (c.parser().isSet(u"json"_s)) {
        QJsonArray list;
        for (const sync::ConflictItem &item : std::as_const(*conflicts))
            list.append(QJsonObject{
                {u"id"_s, item.id},
                {u"op_id"_s, item.opId.toString(QUuid::WithoutBraces)},
                {u"operation"_s, item.operationKind},
                {u"entity"_s, item.entity},
                {u"entity_id"_s, item.entityId},
                {u"field"_s, item.field},
                {u"local_value"_s, item.localValue},
                {u"server_value"_s, item.serverValue},
                {u"reason"_s, item.reason},
                {u"detected_at"_s, item.detectedAt.toUTC().toString(Qt::ISODateWithMs)},
            });
        printJson(c, QJsonDocument(list));
        return Ok;
    }
    if (conflicts->isEmpty()) {
        c.out() << Tr::tr("No open conflicts.") << '\n';
        return Ok;
    }
    for (const sync::ConflictItem &item : std::as_const(*conflicts))
        c.out() << Tr::tr("#%1 %2/%3.%4: yours %5, server's %6 (%7)")
                       .arg(item.id)
                       .arg(item.entity, item.entityId, item.field, plain(item.localValue),
                            plain(item.serverValue), item.reason)
                << '\n';
    return Ok;
}

} // namespace

int runSyncCommand(CliContext &c)
{
    const QStringList &words = c.words();
    const QString action = words.isEmpty() ? QString() : words.first();
    if (words.size() > 1 || (!action.isEmpty() && action != "status"_L1 && action != "conflicts"_L1))
        return c.usage(Tr::tr("sync takes no action (sync now), or status, or conflicts."));
    const bool signIn = c.parser().isSet(u"user"_s) || c.parser().isSet(u"password-file"_s);
    if (!action.isEmpty() && (signIn || c.parser().isSet(u"server"_s)))
        return c.usage(Tr::tr("sync %1 takes no --server, --user or --password-file.").arg(action));
    if (signIn && (!c.parser().isSet(u"user"_s) || !c.parser().isSet(u"password-file"_s)))
        return c.usage(Tr::tr("sync: --user and --password-file go together."));
    if (signIn && c.parser().value(u"user"_s).trimmed().isEmpty())
        return c.usage(Tr::tr("sync: --user takes a login."));
    const QString serverOption = c.parser().value(u"server"_s).trimmed();
    if (c.parser().isSet(u"server"_s) && !validServer(serverOption))
        return c.usage(Tr::tr("--server takes an address such as https://coop.example.org, not \"%1\".")
                           .arg(serverOption));
    if (signIn && serverOption.isEmpty())
        return c.usage(Tr::tr("sync: --server URL is required to sign in."));

    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    if (action == "status"_L1)
        return runStatus(c, **store);
    if (action == "conflicts"_L1)
        return runConflicts(c, **store);

    QString server = serverOption;
    if (server.isEmpty()) {
        sync::HttpTransport none{QUrl()};
        auto status = sync::SyncEngine(**store, none).status();
        if (!status)
            return c.failure(status.error());
        if (!status->signedIn || status->server.isEmpty())
            return syncFailure(c, Error(ErrorCode::Forbidden,
                                        Tr::tr("This store is not signed in to a server: give --server "
                                               "URL --user LOGIN --password-file FILE.")));
        server = status->server;
    }
    sync::HttpTransport transport{QUrl(server)};
    sync::SyncEngine engine(**store, transport);
    const bool json = c.parser().isSet(u"json"_s);
    if (signIn) {
        auto password = readPassword(c);
        if (!password)
            return c.failure(password.error());
        const QString login = c.parser().value(u"user"_s).trimmed();
        auto signedIn = engine.signIn(server, login, *password, QSysInfo::machineHostName());
        password->fill(u'\0');
        if (!signedIn)
            return syncFailure(c, signedIn.error());
        if (!json)
            c.out() << Tr::tr("Signed in to %1 as %2.").arg(server, login) << '\n';
    }
    auto report = engine.syncOnce();
    if (!report)
        return syncFailure(c, report.error());
    auto status = engine.status();
    if (!status)
        return c.failure(status.error());
    if (json) {
        printJson(c, QJsonDocument(QJsonObject{
                         {u"server"_s, server},
                         {u"pushed"_s, report->pushed},
                         {u"rejected"_s, report->rejected},
                         {u"merged"_s, report->merged},
                         {u"pulled"_s, report->pulled},
                         {u"snapshot_rows"_s, report->snapshotRows},
                         {u"cursor"_s, report->cursor},
                         {u"pending"_s, status->pendingOperations},
                         {u"conflicts"_s, status->openConflicts},
                     }));
        return Ok;
    }
    c.out() << Tr::tr("Pushed %1 operation(s) (%2 rejected, %3 merged), pulled %4 change(s)")
                   .arg(report->pushed)
                   .arg(report->rejected)
                   .arg(report->merged)
                   .arg(report->pulled);
    if (report->snapshotRows > 0)
        c.out() << Tr::tr(" and %1 snapshot row(s)").arg(report->snapshotRows);
    c.out() << Tr::tr("; cursor %1.").arg(report->cursor) << '\n'
            << Tr::tr("Pending operations: %1").arg(status->pendingOperations) << '\n'
            << Tr::tr("Open conflicts: %1").arg(status->openConflicts) << '\n';
    return Ok;
}

} // namespace coop::cli
