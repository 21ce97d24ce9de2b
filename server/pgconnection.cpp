#include "pgconnection.h"

#include "core/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

constexpr int MaxPort = 65535;
// Without it a connection to an address that swallows packets waits for the system's TCP timeout.
const QString kDefaultConnectTimeout = u"10"_s;

// libpq parameters the URL's query may carry besides host, port, user, password and dbname. They
// go to the driver untouched. client_encoding is left out: the driver sets it to UTF-8 itself.
bool isPassThroughParameter(const QString &name)
{
    static const QStringList known = {
        u"hostaddr"_s, u"connect_timeout"_s, u"options"_s, u"application_name"_s,
        u"fallback_application_name"_s, u"keepalives"_s, u"keepalives_idle"_s,
        u"keepalives_interval"_s, u"keepalives_count"_s, u"tcp_user_timeout"_s, u"sslmode"_s,
        u"sslcompression"_s, u"sslcert"_s, u"sslkey"_s, u"sslpassword"_s, u"sslrootcert"_s,
        u"sslcrl"_s, u"sslcrldir"_s, u"sslsni"_s, u"ssl_min_protocol_version"_s,
        u"ssl_max_protocol_version"_s, u"requirepeer"_s, u"gssencmode"_s, u"krbsrvname"_s,
        u"gsslib"_s, u"target_session_attrs"_s, u"channel_binding"_s, u"passfile"_s,
        u"load_balance_hosts"_s,
    };
    return known.contains(name);
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return u - u'A' + 10;
}

// %XX sequences decoded as UTF-8; nothing when a '%' is not followed by two hex digits or the
// bytes are not UTF-8.
std::optional<QString> percentDecoded(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    QByteArray bytes;
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'%')
            continue;
        bytes += text.mid(plainStart, i - plainStart).toUtf8();
        if (i + 2 >= text.size() || !isHexDigit(text.at(i + 1)) || !isHexDigit(text.at(i + 2)))
            return std::nullopt;
        bytes += static_cast<char>(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2)));
        i += 2;
        plainStart = i + 1;
    }
    bytes += text.mid(plainStart).toUtf8();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

std::unexpected<Error> badEncoding(const QString &part, const QString &label)
{
    return fail(ErrorCode::ParseError,
                Tr::tr("The %1 in the PostgreSQL URL has a malformed percent sign: write “%” and "
                       "two hexadecimal digits of UTF-8, e.g. %2 for @.")
                    .arg(label, u"%40"_s),
                part);
}

Result<QString> decodedPart(QStringView text, const QString &part, const QString &label)
{
    auto decoded = percentDecoded(text);
    if (!decoded)
        return badEncoding(part, label);
    return *decoded;
}

Result<int> parsedPort(const QString &text, const QString &part)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    const bool digitsOnly = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly || port < 1 || port > MaxPort) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("The port “%1” in the PostgreSQL URL is not a number from 1 to 65535.")
                        .arg(text),
                    part);
    }
    return port;
}

std::unexpected<Error> severalHosts(const QString &part)
{
    return fail(ErrorCode::ParseError,
                Tr::tr("The PostgreSQL URL names several hosts; CoopDesk connects to one server: "
                       "keep a single host."),
                part);
}

// The value in quotes for a libpq "key=value" string.
QString quotedOption(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString describeServer(const PgConnectionInfo &info)
{
    const QString database = info.database.isEmpty() ? Tr::tr("(named after the user)") : info.database;
    const QString user = info.user.isEmpty() ? Tr::tr("(the system user)") : info.user;
    QString where;
    if (info.host.isEmpty())
        where = Tr::tr("the default local socket, port %1").arg(info.port);
    else if (info.isUnixSocket())
        where = Tr::tr("the socket folder %1, port %2").arg(info.host).arg(info.port);
    else
        where = Tr::tr("host %1, port %2").arg(info.host).arg(info.port);
    return Tr::tr("database “%1” on %2 as user “%3”").arg(database, where, user);
}

QString url(const PgConnectionInfo &info, bool withPassword)
{
    QString text = u"postgresql://"_s;
    if (!info.user.isEmpty() || !info.password.isEmpty()) {
        text += encoded(info.user);
        if (!info.password.isEmpty())
            text += u':' + (withPassword ? encoded(info.password) : u"***"_s);
        text += u'@';
    }
    QStringList query;
    if (info.isUnixSocket()) {
        query.append(u"host="_s + encoded(info.host, "/"));
        query.append(u"port="_s + QString::number(info.port));
    } else {
        if (info.host.contains(u':'))
            text += u'[' + info.host + u']';
        else
            text += encoded(info.host);
        text += u':' + QString::number(info.port);
    }
    text += u'/' + encoded(info.database);
    for (auto it = info.options.cbegin(); it != info.options.cend(); ++it)
        query.append(encoded(it.key()) + u'=' + encoded(it.value(), "/"));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

} // namespace

Result<PgConnectionInfo> PgConnectionInfo::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QStringView rest;
    bool knownScheme = false;
    for (const QString &scheme : {u"postgresql://"_s, u"postgres://"_s}) {
        if (trimmed.startsWith(scheme)) {
            rest = QStringView(trimmed).mid(scheme.size());
            knownScheme = true;
            break;
        }
    }
    if (!knownScheme) {
        return fail(ErrorCode::ParseError,
                    Tr::tr("A PostgreSQL URL starts with postgresql:// or postgres://, e.g. "
                           "postgresql://user@host:5432/database."),
                    u"scheme"_s);
    }

    PgConnectionInfo info;
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        auto user = decodedPart(colon >= 0 ? userInfo.left(colon) : userInfo, u"user"_s,
                                Tr::tr("user name"));
        if (!user)
            return fail(user.error());
        info.user = *user;
        if (colon >= 0) {
            auto password = decodedPart(userInfo.mid(colon + 1), u"password"_s, Tr::tr("password"));
            if (!password)
                return fail(password.error());
            info.password = *password;
        }
    }

    QStringView portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("The IPv6 address in the PostgreSQL URL lacks its closing bracket “]”."),
                        u"host"_s);
        }
        info.host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (after.startsWith(u','))
            return severalHosts(u"host"_s);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("Only “:port” may follow the IPv6 address in the PostgreSQL URL."),
                        u"host"_s);
        }
        if (!after.isEmpty()) {
            portText = after.mid(1);
            hasPort = true;
        }
    } else {
        if (hostPort.contains(u','))
            return severalHosts(u"host"_s);
        QStringView hostText = hostPort;
        if (const qsizetype colon = hostPort.indexOf(u':'); colon >= 0) {
            hostText = hostPort.left(colon);
            portText = hostPort.mid(colon + 1);
            hasPort = true;
            if (portText.contains(u':')) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("The host in the PostgreSQL URL has several colons: write an IPv6 "
                                   "address in brackets, e.g. [::1]:5432."),
                            u"host"_s);
            }
        }
        auto host = decodedPart(hostText, u"host"_s, Tr::tr("host"));
        if (!host)
            return fail(host.error());
        info.host = *host;
    }
    if (hasPort) {
        auto port = parsedPort(portText.toString(), u"port"_s);
        if (!port)
            return fail(port.error());
        info.port = *port;
    }

    auto database = decodedPart(path, u"database"_s, Tr::tr("database name"));
    if (!database)
        return fail(database.error());
    info.database = *database;

    for (const QStringView piece : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = piece.indexOf(u'=');
        if (eq < 0) {
            return fail(ErrorCode::ParseError,
                        Tr::tr("The parameter “%1” in the PostgreSQL URL's query has no value: "
                               "write name=value.")
                            .arg(piece.toString()),
                        u"query"_s);
        }
        auto name = decodedPart(piece.left(eq), u"query"_s, Tr::tr("query"));
        if (!name)
            return fail(name.error());
        auto value = decodedPart(piece.mid(eq + 1), *name, Tr::tr("parameter “%1”").arg(*name));
        if (!value)
            return fail(value.error());
        if (*name == u"host") {
            if (value->contains(u','))
                return severalHosts(u"host"_s);
            info.host = *value;
        } else if (*name == u"port") {
            auto port = parsedPort(*value, u"port"_s);
            if (!port)
                return fail(port.error());
            info.port = *port;
        } else if (*name == u"user") {
            info.user = *value;
        } else if (*name == u"password") {
            info.password = *value;
        } else if (*name == u"dbname") {
            info.database = *value;
        } else if (isPassThroughParameter(*name)) {
            if (value->contains(u';')) {
                return fail(ErrorCode::ParseError,
                            Tr::tr("The parameter “%1” in the PostgreSQL URL cannot contain “;”.")
                                .arg(*name),
                            *name);
            }
            info.options.insert(*name, *value);
        } else {
            return fail(ErrorCode::ParseError,
                        Tr::tr("The PostgreSQL URL has a parameter “%1” that libpq does not know.")
                            .arg(*name),
                        *name);
        }
    }
    return info;
}

QString PgConnectionInfo::toUrl() const
{
    return url(*this, true);
}

QString PgConnectionInfo::toDisplayString() const
{
    return url(*this, false);
}

PgConnectionInfo PgConnectionInfo::withDatabase(const QString &name) const
{
    PgConnectionInfo copy = *this;
    copy.database = name;
    return copy;
}

Result<QSqlDatabase> PgConnectionInfo::open(const QString &connectionName) const
{
    if (QSqlDatabase::contains(connectionName)) {
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A database connection named “%1” is open already.").arg(connectionName));
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed: install it (Debian: "
                           "libqt6sql6-psql) to connect to %1.")
                        .arg(describeServer(*this)));
    }
    QStringList connectOptions;
    if (!options.contains(u"connect_timeout"_s))
        connectOptions.append(u"connect_timeout="_s + kDefaultConnectTimeout);
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        // The driver turns every ';' of its option string into a separator.
        if (it.value().contains(u';') || it.key().contains(u';')) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The connection parameter “%1” cannot contain “;”.").arg(it.key()),
                        it.key());
        }
        connectOptions.append(it.key() + u'=' + quotedOption(it.value()));
    }

    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        db.setConnectOptions(connectOptions.join(u';'));
        if (db.open())
            return db;
        const QSqlError error = db.lastError();
        reason = error.databaseText().trimmed();
        if (reason.isEmpty())
            reason = error.text();
    }
    QSqlDatabase::removeDatabase(connectionName);
    // libpq does not echo passwords, but a message is no place to risk one.
    if (password.size() >= 4)
        reason.replace(password, u"***"_s);
    return fail(ErrorCode::Database,
                Tr::tr("Cannot connect to PostgreSQL, %1: %2").arg(describeServer(*this), reason.simplified()));
}

Result<void> withPgConnection(const PgConnectionInfo &info,
                              const std::function<Result<void>(QSqlDatabase &)> &work)
{
    const QString name = u"coop-pg-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> result;
    {
        auto db = info.open(name);
        if (!db)
            return fail(db.error());
        result = work(*db);
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> pgExec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    const QSqlError error = query.lastError();
    QString reason = error.databaseText().trimmed();
    if (reason.isEmpty())
        reason = error.text();
    return fail(ErrorCode::Database, what + u' ' + reason);
}

QString pgQuoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace coop::server
