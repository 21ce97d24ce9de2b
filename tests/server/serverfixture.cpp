#include "serverfixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coop::test {

ServerFixture::ServerFixture(server::SyncOptions sync) : now(QDateTime::currentDateTimeUtc())
{
    if (!m_pg.isValid()) {
        m_error = m_pg.error();
        return;
    }
    m_db = std::make_unique<server::Database>(m_pg.info());
    if (auto r = m_db->install(); !r) {
        m_error = r.error().toString();
        return;
    }
    server::Api::Options options;
    options.accounts.passwordCost = server::PasswordCost::minimal();
    options.accounts.clock = [this] { return now; };
    options.sync = std::move(sync);
    m_api = std::make_unique<server::Api>(*m_db, std::move(options));
}

server::ApiResponse ServerFixture::call(const QByteArray &method, const QString &path,
                                        const QJsonObject &body, const QByteArray &token,
                                        const QMap<QString, QString> &query)
{
    server::ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.headers.insert("coop-protocol", "1");
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token);
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_api->handle(request);
}

QJsonObject ServerFixture::addUser(const QString &login, const QString &tenant, server::Role role,
                                   const QStringList &activities)
{
    auto added = m_api->accounts().addUser(login, login, password());
    if (!added && added.error().code() != ErrorCode::AlreadyExists) {
        qWarning("add user %s: %s", qPrintable(login), qPrintable(added.error().toString()));
        return {};
    }
    if (auto r = m_api->accounts().grant(login, tenant, role, activities); !r) {
        qWarning("grant %s: %s", qPrintable(login), qPrintable(r.error().toString()));
        return {};
    }
    return this->login(login, login + u"-laptop"_s);
}

QJsonObject ServerFixture::login(const QString &login, const QString &device)
{
    const server::ApiResponse r = call("POST", u"/v1/auth/login"_s,
                                       {{u"login"_s, login},
                                        {u"password"_s, password()},
                                        {u"device_id"_s, device},
                                        {u"device_name"_s, device}});
    if (r.status != 200) {
        qWarning("login %s: %d %s", qPrintable(login), r.status, r.body.constData());
        return {};
    }
    return bodyOf(r);
}

QJsonObject bodyOf(const server::ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray tokenOf(const QJsonObject &session)
{
    return session.value(u"access_token"_s).toString().toLatin1();
}

QJsonObject operation(qint64 deviceSeq, const QString &tenant, const QString &entity,
                      const QString &id, const QString &kind, qint64 baseVersion,
                      const QJsonObject &fields)
{
    return {
        {u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"device_seq"_s, deviceSeq},
        {u"tenant"_s, tenant},
        {u"entity"_s, entity},
        {u"id"_s, id},
        {u"kind"_s, kind},
        {u"base_version"_s, baseVersion},
        {u"fields"_s, fields},
        {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

} // namespace coop::test
