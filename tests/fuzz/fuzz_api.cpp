// Fuzz target: the server's request handling (server::Api::handle) on a real database.
//
// An input is a request written as text, so that the seed corpus reads like HTTP:
//     POST /v1/t/coop/push?x=1        the method, the target (percent-encoded path and query)
//     coop-protocol: 1                header lines, "name: value"
//     authorization: Bearer $TOKEN
//                                     an empty line, then the body
//     {"device_id":"$DEVICE","ops":[…]}
// Before it is read, these words are replaced, so that mutations keep reaching the code behind
// authentication and ordering: $TOKEN / $ETOKEN (a valid access token of an admin / of an
// entrepreneur of tenant "coop" who holds activity "act-1"), $DEVICE / $EDEVICE (their devices),
// $REFRESH (a refresh token of a third user), $PASSWORD (every fuzz user's password), $SEQ /
// $ESEQ (the device's next device_seq; each further occurrence in the input is one more), $UUID
// (a new UUID at each occurrence), $NOW (the time, ISO 8601) and, in the head only, $SHA (the
// SHA-256 of the body after replacement).
//
// Once per process: the schema installed on a fresh PostgreSQL database (COOP_TEST_PG, or a
// private cluster), the users created and logged in. Invariants checked for every input:
//  - the status is a real HTTP status; a JSON answer parses as an object;
//  - every answer that is not 2xx is {"error": <code>, "message": <text>, …};
//  - no 5xx while the database is up: a 500 would mean the input broke the server;
//  - a 2xx answer of push, pull and snapshot reads with the client's own decoders;
//  - after every push that got an answer, the database is consistent: every row has its change
//    in the log, the log's numbering has no hole past the tenant's clock, every device's progress
//    is its last applied operation.

#include "fuzz.h"

#include "serverfixture.h"

#include "core/sync/change.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

struct Session
{
    QString login;
    QByteArray token;
    QByteArray device;
    int logins = 0;
};

struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<test::ServerFixture> fixture;
    QString checkConnection;
    Session admin;
    Session entrepreneur;
    QByteArray refreshToken;
    quint64 uuids = 0;
    quint64 inputs = 0;
};

World *g_world = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The server logs what it refuses; thousands of inputs would drown the driver's report.
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("COOP_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

[[noreturn]] void setupFailed(const QString &what)
{
    std::fprintf(stderr, "fuzz_api: cannot set up the server: %s\n", qPrintable(what));
    std::exit(1);
}

bool relogin(Session &session)
{
    // The fuzzer may revoke a device (a refresh token shown twice) or log the user in elsewhere:
    // a new device keeps the requests authenticated.
    ++session.logins;
    const QString device = u"%1-device-%2"_s.arg(session.login).arg(session.logins);
    const QJsonObject s = g_world->fixture->login(session.login, device);
    if (s.isEmpty())
        return false;
    session.token = test::tokenOf(s);
    session.device = device.toUtf8();
    return true;
}

void setUp()
{
    static int argc = 1;
    static char name[] = "fuzz_api";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(quietMessages);
    g_world = new World;
    g_world->app = std::make_unique<QCoreApplication>(argc, argv);
    g_world->fixture = std::make_unique<test::ServerFixture>();
    test::ServerFixture &f = *g_world->fixture;
    if (!f.isValid())
        setupFailed(f.error());
    const auto add = [&f](Session &session, const QString &login, server::Role role, const QStringList &activities) {
        session.login = login;
        const QJsonObject s = f.addUser(login, u"coop"_s, role, activities);
        if (s.isEmpty())
            setupFailed(u"cannot add %1"_s.arg(login));
        session.token = test::tokenOf(s);
        session.device = (login + u"-laptop"_s).toUtf8();
    };
    add(g_world->admin, u"fuzz-admin"_s, server::Role::Admin, {});
    add(g_world->entrepreneur, u"fuzz-ent"_s, server::Role::Entrepreneur, {u"act-1"_s});
    // Another tenant, so that its name is a real one the fuzz users may not reach.
    if (f.addUser(u"fuzz-other"_s, u"other"_s, server::Role::Admin).isEmpty())
        setupFailed(u"cannot add fuzz-other"_s);
    const QJsonObject refresher = f.addUser(u"fuzz-refresh"_s, u"coop"_s, server::Role::Accountant, {u"act-1"_s});
    g_world->refreshToken = refresher.value(u"refresh_token"_s).toString().toLatin1();
    if (g_world->refreshToken.isEmpty())
        setupFailed(u"no refresh token"_s);

    g_world->checkConnection = u"fuzz-check"_s;
    if (auto db = f.pg().info().open(g_world->checkConnection); !db)
        setupFailed(db.error().toString());

    // At exit, and before an abort for a broken invariant: the database first (its destructor
    // drops it), then the application object, whose end stops a private PostgreSQL cluster.
    static const auto tearDown = [] {
        QSqlDatabase::database(g_world->checkConnection, false).close();
        QSqlDatabase::removeDatabase(g_world->checkConnection);
        g_world->fixture.reset();
        g_world->app.reset();
    };
    std::atexit(tearDown);
    fuzz::setBeforeAbort(tearDown);
}

QSqlDatabase checkDb()
{
    return QSqlDatabase::database(g_world->checkConnection, false);
}

std::optional<qint64> scalar(const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(checkDb());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool databaseIsUp()
{
    return scalar(u"SELECT 1"_s) == 1;
}

qint64 nextSeq(const QByteArray &device)
{
    return scalar(u"SELECT last_seq FROM device_progress WHERE tenant_id = 'coop' AND device_id = ?"_s,
                  {QString::fromUtf8(device)})
               .value_or(0)
           + 1;
}

QByteArray hexOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Replaces the $WORDS of one part of the input; `sha` is the body's hash (head only).
QByteArray expand(const QByteArray &text, const QByteArray &sha, qint64 *adminSeq, qint64 *entSeq,
                  bool *usesAdmin, bool *usesEntrepreneur)
{
    QByteArray out;
    out.reserve(text.size() + 64);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != '$') {
            out.append(text.at(i++));
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end) >= 'A' && text.at(end) <= 'Z')
            ++end;
        const QByteArray word = text.mid(i + 1, end - i - 1);
        World &w = *g_world;
        if (word == "TOKEN") {
            out.append(w.admin.token);
            *usesAdmin = true;
        } else if (word == "ETOKEN") {
            out.append(w.entrepreneur.token);
            *usesEntrepreneur = true;
        } else if (word == "DEVICE") {
            out.append(w.admin.device);
        } else if (word == "EDEVICE") {
            out.append(w.entrepreneur.device);
        } else if (word == "REFRESH") {
            out.append(w.refreshToken);
        } else if (word == "PASSWORD") {
            out.append(test::ServerFixture::password().toUtf8());
        } else if (word == "SEQ") {
            if (*adminSeq == 0)
                *adminSeq = nextSeq(w.admin.device);
            out.append(QByteArray::number((*adminSeq)++));
        } else if (word == "ESEQ") {
            if (*entSeq == 0)
                *entSeq = nextSeq(w.entrepreneur.device);
            out.append(QByteArray::number((*entSeq)++));
        } else if (word == "UUID") {
            // Made from a counter: the same inputs in the same order give the same requests.
            const quint64 n = ++w.uuids;
            out.append(QUuid(0xf0220000u, 0, 0x4000, 0x80, 0, static_cast<uchar>(n >> 40), static_cast<uchar>(n >> 32),
                             static_cast<uchar>(n >> 24), static_cast<uchar>(n >> 16), static_cast<uchar>(n >> 8),
                             static_cast<uchar>(n))
                           .toByteArray(QUuid::WithoutBraces));
        } else if (word == "NOW") {
            out.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1());
        } else if (word == "SHA" && !sha.isNull()) {
            out.append(sha);
        } else {
            out.append(text.mid(i, end - i));
        }
        i = end;
    }
    return out;
}

QString decoded(const QByteArray &percentEncoded, bool plusIsSpace)
{
    QByteArray bytes = percentEncoded;
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

server::ApiRequest parseRequest(const QByteArray &head, const QByteArray &body)
{
    server::ApiRequest request;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray first = lines.isEmpty() ? QByteArray() : lines.takeFirst();
    const qsizetype space = first.indexOf(' ');
    request.method = space < 0 ? first : first.left(space);
    QByteArray target = space < 0 ? QByteArray() : first.mid(space + 1);
    if (const qsizetype version = target.indexOf(' '); version >= 0)
        target.truncate(version);
    const qsizetype question = target.indexOf('?');
    request.path = decoded(question < 0 ? target : target.left(question), false);
    if (question >= 0) {
        for (const QByteArray &pair : target.mid(question + 1).split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            request.query.insert(decoded(eq < 0 ? pair : pair.left(eq), true),
                                 eq < 0 ? QString() : decoded(pair.mid(eq + 1), true));
        }
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    request.body = body;
    return request;
}

// The path with its variable parts named, for the outcome key.
QByteArray pathShape(const QString &path)
{
    static const QRegularExpression tenantPath(u"^/v1/t/[^/]*/(push|pull|snapshot|blobs/)"_s);
    const auto match = tenantPath.match(path);
    if (match.hasMatch())
        return "/v1/t/*/" + match.captured(1).toLatin1();
    if (path == "/v1/health"_L1 || path == "/v1/auth/login"_L1 || path == "/v1/auth/refresh"_L1)
        return path.toLatin1();
    return path.startsWith("/v1/"_L1) ? "/v1/?" : "?";
}

QByteArray describe(const server::ApiRequest &request, const server::ApiResponse &response)
{
    QByteArray text = "request: " + request.method + ' ' + request.path.toUtf8() + '\n';
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it)
        text += "  query " + it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        text += "  header " + it.key() + ": " + it.value() + '\n';
    text += "  body " + request.body.left(2000) + '\n';
    text += "answer: " + QByteArray::number(response.status) + ' ' + response.contentType + ' '
            + response.body.left(2000);
    return text;
}

void check(bool condition, const char *what, const server::ApiRequest &request,
           const server::ApiResponse &response)
{
    if (!condition)
        fuzz::violation(what, describe(request, response).toStdString());
}

void checkDatabase(const server::ApiRequest &request, const server::ApiResponse &response)
{
    const auto orphans = scalar(
        u"SELECT count(*) FROM entity_row r WHERE NOT EXISTS (SELECT 1 FROM change_log c "
        "WHERE c.tenant_id = r.tenant_id AND c.seq = r.changed_seq AND c.entity = r.entity "
        "AND c.id = r.id AND c.version = r.version)"_s);
    check(orphans == 0, "a row without its change in the log", request, response);
    const auto ahead = scalar(
        u"SELECT count(*) FROM tenant_clock t WHERE t.next_seq - 1 <> coalesce((SELECT max(seq) "
        "FROM change_log c WHERE c.tenant_id = t.tenant_id), 0) OR (SELECT count(*) FROM change_log c "
        "WHERE c.tenant_id = t.tenant_id) <> t.next_seq - 1"_s);
    check(ahead == 0, "the change log's numbering has a hole or runs past the tenant's clock", request, response);
    const auto progress = scalar(
        u"SELECT count(*) FROM device_progress p WHERE p.last_seq <> coalesce((SELECT max(device_seq) "
        "FROM applied_op a WHERE a.tenant_id = p.tenant_id AND a.device_id = p.device_id), 0)"_s);
    check(progress == 0, "a device's progress is not its last applied operation", request, response);
}

void checkAnswer(const server::ApiRequest &request, const server::ApiResponse &response)
{
    const int status = response.status;
    check(status >= 200 && status <= 599, "not an HTTP status", request, response);
    QJsonObject json;
    if (response.contentType == "application/json") {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
        check(error.error == QJsonParseError::NoError && doc.isObject(), "a JSON answer that is not a JSON object",
              request, response);
        json = doc.object();
    }
    const QByteArray shape = pathShape(request.path);
    if (status < 200 || status >= 300) {
        check(response.contentType == "application/json", "an error answer that is not JSON", request, response);
        check(json.value(u"error"_s).isString() && !json.value(u"error"_s).toString().isEmpty(),
              "an error answer without its \"error\" code", request, response);
        check(json.value(u"message"_s).isString(), "an error answer without its message", request, response);
        if (status >= 500)
            check(!databaseIsUp(), "a 5xx answer while the database is up", request, response);
    } else if (shape == "/v1/t/*/push") {
        const QJsonArray results = json.value(u"results"_s).toArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            if (result.value(u"status"_s).toString() == "out_of_order"_L1)
                continue;
            check(sync::OpResult::fromJson(result).has_value(), "a push result the client cannot read",
                  request, response);
        }
    } else if (shape == "/v1/t/*/pull") {
        check(sync::PullPage::fromJson(json).has_value(), "a pull page the client cannot read", request, response);
    } else if (shape == "/v1/t/*/snapshot") {
        check(sync::SnapshotPage::fromJson(json).has_value(), "a snapshot page the client cannot read",
              request, response);
    }
    if (shape == "/v1/t/*/push" || ++g_world->inputs % 64 == 0)
        checkDatabase(request, response);

    // The outcome: where the request went and how it ended, without the numbers of list items.
    static const QRegularExpression digits(u"[0-9]+"_s);
    static const QRegularExpression fieldPath(u"^[a-z_.\\[\\]-]*$"_s);
    QString where = json.value(u"where"_s).toString().replace(digits, QString());
    if (!fieldPath.match(where).hasMatch())
        where = u"(text)"_s; // a name the request chose, such as a query parameter's
    // A push's answer: which statuses (and kinds of refusal) it held.
    QStringList results;
    for (const QJsonValue &r : json.value(u"results"_s).toArray()) {
        // The reason's first word ("forbidden:", "immutable:"…); a word the request chose is not
        // an outcome of its own.
        static const QRegularExpression word(u"^[a-z_]+:?"_s);
        const QString reason = word.match(r[u"reason"_s].toString()).captured(0);
        results.append(r[u"status"_s].toString() + (reason.isEmpty() ? QString() : u':' + reason));
    }
    results.removeDuplicates();
    results.sort();
    if (!results.isEmpty())
        where += u' ' + results.join(u',');
    const bool knownMethod = request.method == "GET" || request.method == "POST" || request.method == "PUT";
    const QByteArray outcome = (knownMethod ? request.method : QByteArray("other")) + ' ' + shape + ' ' + QByteArray::number(status) + ' '
                               + json.value(u"error"_s).toString().toUtf8() + ' ' + where.toUtf8();
    fuzz::noteOutcome(outcome.toStdString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (g_world == nullptr)
        setUp();
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qsizetype split = input.indexOf("\n\n");
    qsizetype bodyStart = split + 2;
    if (const qsizetype crlf = input.indexOf("\r\n\r\n"); crlf >= 0 && (split < 0 || crlf < split)) {
        split = crlf;
        bodyStart = crlf + 4;
    }
    qint64 adminSeq = 0;
    qint64 entSeq = 0;
    bool usesAdmin = false;
    bool usesEntrepreneur = false;
    const QByteArray body = split < 0 ? QByteArray()
                                      : expand(input.mid(bodyStart), QByteArray(), &adminSeq, &entSeq,
                                               &usesAdmin, &usesEntrepreneur);
    const QByteArray head = expand(split < 0 ? input : input.left(split), hexOf(body), &adminSeq, &entSeq,
                                   &usesAdmin, &usesEntrepreneur);
    const server::ApiRequest request = parseRequest(head, body);
    const server::ApiResponse response = g_world->fixture->api().handle(request);
    checkAnswer(request, response);

    // Keep the sessions usable for the next inputs.
    const QString error = QJsonDocument::fromJson(response.body).object().value(u"error"_s).toString();
    if (response.status == 401 && error != "token_expired"_L1) {
        if (usesAdmin && !g_world->fixture->api().accounts().authenticate(g_world->admin.token))
            check(relogin(g_world->admin), "cannot log the admin in again", request, response);
        if (usesEntrepreneur && !g_world->fixture->api().accounts().authenticate(g_world->entrepreneur.token))
            check(relogin(g_world->entrepreneur), "cannot log the entrepreneur in again", request, response);
    }
    return 0;
}
