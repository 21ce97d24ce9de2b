#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace coop::sync {

// One HTTP exchange as the sync engine sees it.
struct TransportRequest
{
    QByteArray method;                     // GET, POST, PUT
    QString path;                          // /v1/...
    QMap<QString, QString> query;
    QMap<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
};

struct TransportReply
{
    // 0 when no answer came (connection refused, cut, timed out): the request may or may not
    // have been carried out, and the engine's idempotent protocol makes a retry safe.
    int status = 0;
    QByteArray body;
    QString networkError;
};

// How the engine reaches the server: HTTP in the programs, a seeded faulty link to the server's
// handlers in the tests. send() blocks until the answer or the failure.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual TransportReply send(const TransportRequest &request) = 0;
    // Another transport to the same server, to be used (created, sent through and destroyed) on
    // another thread beside this one: the engine fetches the next page of changes while it
    // applies the current one. None when the transport cannot run beside itself (the tests'
    // seeded link, whose order of events is the test).
    virtual std::unique_ptr<Transport> spawn() const { return nullptr; }
};

// HTTP(S) through Qt Network, synchronous: a local event loop waits for the reply, so it is meant
// for a worker thread (the desktop's sync thread, the command line). TLS certificates are checked
// against the system's authorities.
class HttpTransport : public Transport
{
public:
    explicit HttpTransport(QUrl server, int timeoutMs = 30000);
    ~HttpTransport() override;

    TransportReply send(const TransportRequest &request) override;
    std::unique_ptr<Transport> spawn() const override;

private:
    QUrl m_server;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace coop::sync
