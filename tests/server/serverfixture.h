#pragma once

#include "pgtest.h"

#include "server/api.h"
#include "server/database.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace coop::test {

// A real coopdesk-server API on a fresh PostgreSQL database: the schema installed, passwords
// hashed at Argon2id's minimum cost (the tests log in often), and a clock the test moves.
class ServerFixture
{
public:
    explicit ServerFixture(server::SyncOptions sync = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    server::Database &database() { return *m_db; }
    server::Api &api() { return *m_api; }
    const PgDatabase &pg() const { return m_pg; }

    // The API's clock; starts at the real time.
    QDateTime now;

    server::ApiResponse call(const QByteArray &method, const QString &path,
                             const QJsonObject &body = {}, const QByteArray &token = {},
                             const QMap<QString, QString> &query = {});
    server::ApiResponse get(const QString &path, const QByteArray &token,
                            const QMap<QString, QString> &query = {})
    {
        return call("GET", path, {}, token, query);
    }

    // A user with that role in the tenant (created on first use), logged in from `device`:
    // the login's JSON answer (access_token, refresh_token…), empty on failure (the test fails).
    QJsonObject addUser(const QString &login, const QString &tenant, server::Role role,
                        const QStringList &activities = {});
    QJsonObject login(const QString &login, const QString &device);

    static QString password() { return QStringLiteral("a long enough password"); }

private:
    PgDatabase m_pg;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::Api> m_api;
    QString m_error;
};

QJsonObject bodyOf(const server::ApiResponse &response);
QByteArray tokenOf(const QJsonObject &session);

// One operation of the wire protocol, as a device would push it.
QJsonObject operation(qint64 deviceSeq, const QString &tenant, const QString &entity,
                      const QString &id, const QString &kind, qint64 baseVersion,
                      const QJsonObject &fields);

} // namespace coop::test
