#pragma once

#include "serverfixture.h"

#include "server/httpserver.h"

#include <memory>
#include <thread>

namespace coop::test {

// A real coopdesk-server (ServerFixture's API behind the HTTP server) on a port of 127.0.0.1,
// serving from its own thread until stopped or destroyed. Idle keep-alive connections are closed
// after a second, so stopping does not wait for a client that keeps one open.
class LiveServer
{
public:
    LiveServer();
    ~LiveServer();
    LiveServer(const LiveServer &) = delete;
    LiveServer &operator=(const LiveServer &) = delete;

    // Serves on `port` (0: a free one); false with error() when it cannot bind.
    bool start(int port);
    void stop();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString url() const;
    ServerFixture &fixture() { return m_fixture; }

private:
    ServerFixture m_fixture;
    std::unique_ptr<server::HttpServer> m_http;
    std::thread m_thread;
    int m_port = 0;
    QString m_error;
};

} // namespace coop::test
