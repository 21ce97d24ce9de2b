#include "api.h"

#include "core/sync/protocol.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiResponse ok(const QJsonObject &o)
{
    return {200, json(o), "application/json"};
}

ApiResponse errorResponse(int status, const QString &code, const QString &message,
                          const QString &where = {})
{
    QJsonObject o{{u"error"_s, code}, {u"message"_s, message}};
    if (!where.isEmpty())
        o.insert(u"where"_s, where);
    return {status, json(o), "application/json"};
}

// How an error of the services reads on the wire.
ApiResponse errorResponse(const Error &e)
{
    switch (e.code()) {
    case ErrorCode::Forbidden:
        if (e.where() == "token"_L1 || e.where() == "refresh_token"_L1 || e.where() == "login"_L1)
            return errorResponse(401, u"unauthorized"_s, e.message(), e.where());
        if (e.where() == "device_revoked"_L1)
            return errorResponse(401, u"device_revoked"_s, e.message());
        return errorResponse(403, u"forbidden"_s, e.message(), e.where());
    case ErrorCode::Conflict:
        if (e.where() == "token_expired"_L1)
            return errorResponse(401, u"token_expired"_s, e.message());
        if (e.where() == "snapshot_required"_L1)
            return errorResponse(410, u"snapshot_required"_s, e.message());
        return errorResponse(409, u"conflict"_s, e.message(), e.where());
    case ErrorCode::NotFound:
        return errorResponse(404, u"not_found"_s, e.message(), e.where());
    case ErrorCode::InvalidArgument:
    case ErrorCode::ParseError:
    case ErrorCode::AlreadyExists:
        return errorResponse(400, u"bad_request"_s, e.message(), e.where());
    default:
        return errorResponse(500, u"server_error"_s, e.message(), e.where());
    }
}

// PostgreSQL keeps no U+0000 in text or jsonb: a request that carries one is refused here, at
// the place of the character, instead of failing in the database as a server error.
std::optional<QString> nulCharacterAt(const QJsonValue &value, const QString &where)
{
    if (value.isString())
        return value.toString().contains(QChar(0)) ? std::optional<QString>(where) : std::nullopt;
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (auto at = nulCharacterAt(list.at(i), u"%1[%2]"_s.arg(where).arg(i)))
                return at;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = QString(it.key()).replace(QChar(0), u"\\u0000"_s);
            const QString at = where.isEmpty() ? key : where + u'.' + key;
            if (it.key().contains(QChar(0)))
                return at;
            if (auto inside = nulCharacterAt(it.value(), at))
                return inside;
        }
    }
    return std::nullopt;
}

Result<QJsonObject> bodyObject(const ApiRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::ParseError,
                    Tr::tr("The body is not JSON: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    u"body"_s);
    if (!doc.isObject())
        return fail(ErrorCode::ParseError, Tr::tr("The body must be a JSON object."), u"body"_s);
    if (const auto at = nulCharacterAt(doc.object(), QString()))
        return fail(ErrorCode::ParseError, Tr::tr("A text cannot hold the character U+0000."), *at);
    return doc.object();
}

QJsonObject sessionJson(const Session &s)
{
    QJsonArray memberships;
    for (const Membership &m : s.memberships)
        memberships.append(QJsonObject{{u"tenant"_s, m.tenant},
                                       {u"role"_s, roleName(m.role)},
                                       {u"activities"_s, QJsonArray::fromStringList(m.activities)}});
    return {
        {u"access_token"_s, QString::fromLatin1(s.accessToken)},
        {u"access_expires_in"_s, s.accessExpiresIn},
        {u"refresh_token"_s, QString::fromLatin1(s.refreshToken)},
        {u"user_id"_s, s.userId.toString(QUuid::WithoutBraces)},
        {u"memberships"_s, memberships},
    };
}

Result<qint64> integerParameter(const ApiRequest &request, const QString &name, qint64 fallback)
{
    const auto it = request.query.constFind(name);
    if (it == request.query.cend())
        return fallback;
    bool isNumber = false;
    const qint64 value = it->toLongLong(&isNumber);
    if (!isNumber)
        return fail(ErrorCode::ParseError, Tr::tr("a whole number is expected"), name);
    return value;
}

} // namespace

Api::Api(Database &db, Options options)
    : m_accounts(db, std::move(options.accounts)), m_sync(db, std::move(options.sync))
{
}

ApiResponse Api::handle(const ApiRequest &request)
{
    if (request.path == "/v1/health"_L1)
        return ok({{u"status"_s, u"ok"_s}, {u"protocol"_s, sync::kProtocolVersion}});
    if (!request.path.startsWith("/v1/"_L1))
        return errorResponse(404, u"not_found"_s, Tr::tr("There is no %1 here.").arg(request.path));
    const QByteArray protocol = request.headers.value("coop-protocol");
    if (protocol != QByteArray::number(sync::kProtocolVersion))
        return errorResponse(426, u"protocol"_s,
                             Tr::tr("This server speaks protocol %1; the request said \"%2\". Update CoopDesk.")
                                 .arg(sync::kProtocolVersion)
                                 .arg(QString::fromLatin1(protocol)),
                             u"coop-protocol"_s);

    const auto hasNul = [](const QString &text) { return text.contains(QChar(0)); };
    if (hasNul(request.path))
        return errorResponse(400, u"bad_request"_s, Tr::tr("A text cannot hold the character U+0000."), u"path"_s);
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it) {
        if (hasNul(it.key()) || hasNul(it.value()))
            return errorResponse(400, u"bad_request"_s, Tr::tr("A text cannot hold the character U+0000."),
                                 u"query"_s);
    }

    if (request.path == "/v1/auth/login"_L1 && request.method == "POST")
        return login(request);
    if (request.path == "/v1/auth/refresh"_L1 && request.method == "POST")
        return refresh(request);
    if (request.path.startsWith("/v1/t/"_L1)) {
        const QString rest = request.path.mid(6);
        const qsizetype slash = rest.indexOf(u'/');
        if (slash <= 0 || slash > 100)
            return errorResponse(404, u"not_found"_s, Tr::tr("There is no %1 here.").arg(request.path));
        return tenantRequest(request, rest.left(slash), rest.mid(slash + 1));
    }
    return errorResponse(404, u"not_found"_s, Tr::tr("There is no %1 here.").arg(request.path));
}

ApiResponse Api::login(const ApiRequest &request)
{
    auto body = bodyObject(request);
    if (!body)
        return errorResponse(body.error());
    auto session = m_accounts.login(body->value(u"login"_s).toString(),
                                    body->value(u"password"_s).toString(),
                                    body->value(u"device_id"_s).toString(),
                                    body->value(u"device_name"_s).toString());
    if (!session)
        return errorResponse(session.error());
    return ok(sessionJson(*session));
}

ApiResponse Api::refresh(const ApiRequest &request)
{
    auto body = bodyObject(request);
    if (!body)
        return errorResponse(body.error());
    auto session = m_accounts.refresh(body->value(u"refresh_token"_s).toString().toLatin1());
    if (!session)
        return errorResponse(session.error());
    return ok(sessionJson(*session));
}

ApiResponse Api::tenantRequest(const ApiRequest &request, const QString &tenant, const QString &rest)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return errorResponse(401, u"unauthorized"_s, Tr::tr("An access token is required."), u"authorization"_s);
    const QByteArray token = authorization.mid(7).trimmed();
    // The push and the pull, the hot paths, check the device and the membership inside their own
    // transaction; the other endpoints before they start.
    const bool inTransaction = (rest == "push"_L1 && request.method == "POST")
                               || (rest == "pull"_L1 && request.method == "GET");
    auto claims = inTransaction ? m_accounts.verifyToken(token) : m_accounts.authenticate(token);
    if (!claims)
        return errorResponse(claims.error());
    RequestContext ctx{claims->userId, claims->deviceId, tenant, std::nullopt, {}};
    if (inTransaction) {
        ctx.checkAccess = [this, c = *claims, tenant]() { return m_accounts.checkAccess(c, tenant); };
    } else {
        auto memberships = m_accounts.memberships(claims->userId);
        if (!memberships)
            return errorResponse(memberships.error());
        for (const Membership &m : std::as_const(*memberships)) {
            if (m.tenant == tenant)
                ctx.membership = m;
        }
    }

    if (rest == "push"_L1 && request.method == "POST") {
        auto body = bodyObject(request);
        if (!body)
            return errorResponse(body.error());
        auto r = m_sync.push(ctx, *body);
        return r ? ok(*r) : errorResponse(r.error());
    }
    if (rest == "pull"_L1 && request.method == "GET") {
        auto cursor = integerParameter(request, u"cursor"_s, 0);
        if (!cursor)
            return errorResponse(cursor.error());
        auto limit = integerParameter(request, u"limit"_s, 1000);
        if (!limit)
            return errorResponse(limit.error());
        auto r = m_sync.pullBody(ctx, *cursor, static_cast<int>(std::clamp<qint64>(*limit, 1, 100000)));
        return r ? ApiResponse{200, *r, "application/json"} : errorResponse(r.error());
    }
    if (rest == "snapshot"_L1 && request.method == "GET") {
        auto limit = integerParameter(request, u"limit"_s, 1000);
        if (!limit)
            return errorResponse(limit.error());
        auto r = m_sync.snapshot(ctx, request.query.value(u"after"_s),
                                 static_cast<int>(std::clamp<qint64>(*limit, 1, 100000)));
        return r ? ok(*r) : errorResponse(r.error());
    }
    if (rest.startsWith("blobs/"_L1)) {
        const QString sha = rest.mid(6);
        if (request.method == "PUT") {
            auto r = m_sync.putBlob(ctx, sha, request.query.value(u"activity"_s), request.body);
            return r ? ok({{u"sha256"_s, sha}}) : errorResponse(r.error());
        }
        if (request.method == "GET") {
            auto r = m_sync.getBlob(ctx, sha);
            if (!r)
                return errorResponse(r.error());
            return {200, *r, "application/octet-stream"};
        }
    }
    return errorResponse(404, u"not_found"_s, Tr::tr("There is no %1 here.").arg(request.path));
}

} // namespace coop::server
