#pragma once

#include "accounts.h"
#include "syncservice.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace coop::server {

class Database;

// One HTTP exchange as the API sees it, independent of the HTTP library: the HTTP server adapts
// cpp-httplib to it, and the sync tests call it directly through a faulty transport.
struct ApiRequest
{
    QByteArray method;               // "GET", "POST", "PUT"
    QString path;                    // "/v1/t/<tenant>/pull", percent-decoded
    QMap<QString, QString> query;    // decoded query parameters
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// The /v1 API (docs/adr/009-sync-protocol.md). Every request but /v1/health carries the
// protocol version header; every /v1/t/<tenant>/ request an access token. Errors are JSON:
// {"error": <code>, "message": <sentence>, "where": <field>} with codes unauthorized,
// token_expired, device_revoked, forbidden, bad_request, not_found, snapshot_required, protocol,
// server_error. handle() is thread-safe: each thread uses its own database connection.
class Api
{
public:
    struct Options
    {
        AccountOptions accounts;
        SyncOptions sync;
    };

    Api(Database &db, Options options);

    ApiResponse handle(const ApiRequest &request);

    Accounts &accounts() { return m_accounts; }
    SyncService &sync() { return m_sync; }

private:
    ApiResponse login(const ApiRequest &request);
    ApiResponse refresh(const ApiRequest &request);
    ApiResponse tenantRequest(const ApiRequest &request, const QString &tenant, const QString &rest);

    Accounts m_accounts;
    SyncService m_sync;
};

} // namespace coop::server
