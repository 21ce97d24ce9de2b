#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace coop::server {

class Api;

struct HttpOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;            // 0: any free port (see HttpServer::port())
    // Worker threads, each with its own PostgreSQL connection. cpp-httplib keeps a worker for
    // each open connection until it closes or idles past keepAliveSeconds: this is the number of
    // devices served at the same moment (put nginx in front for more).
    int threads = 32;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int readTimeoutSeconds = 30;
    int writeTimeoutSeconds = 30;
    int keepAliveSeconds = 5;
    // Requests on one connection before the server closes it (cpp-httplib's default is 5). A
    // device that syncs sends its requests on one connection, which stays on one worker and so on
    // one PostgreSQL connection whose statements are prepared and catalogues warm: a new TCP
    // connection every five requests landed on another worker, often one still without a
    // connection of its own to open.
    int keepAliveMaxRequests = 1000;
    QString tlsCertificate;     // PEM files: both set, the server speaks HTTPS itself
    QString tlsKey;
};

// cpp-httplib in front of the Api: a fixed pool of worker threads, TCP_NODELAY, limits on body
// size (413 above it), header size (the library's 8 KiB), and read/write timeouts, so a slow or
// vanished client holds one worker for a bounded time. A client that disconnects early costs its
// worker the rest of the request and nothing else: the Api's work is a database transaction that
// commits or rolls back on its own.
class HttpServer
{
public:
    HttpServer(Api &api, HttpOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds the socket; serve() then runs until stop() (from another thread or a signal).
    Result<void> bind();
    void serve();
    void stop();
    int port() const { return m_port; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Api &m_api;
    HttpOptions m_options;
    int m_port = 0;
};

} // namespace coop::server
