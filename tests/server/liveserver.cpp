#include "liveserver.h"

using namespace Qt::StringLiterals;

namespace coop::test {

LiveServer::LiveServer()
{
    if (!m_fixture.isValid()) {
        m_error = m_fixture.error();
        return;
    }
    start(0);
}

LiveServer::~LiveServer()
{
    stop();
}

bool LiveServer::start(int port)
{
    server::HttpOptions options;
    options.port = port;
    options.threads = 2;
    options.keepAliveSeconds = 1;
    m_http = std::make_unique<server::HttpServer>(m_fixture.api(), options);
    if (auto bound = m_http->bind(); !bound) {
        m_error = bound.error().toString();
        return false;
    }
    m_port = m_http->port();
    m_thread = std::thread([this] { m_http->serve(); });
    return true;
}

void LiveServer::stop()
{
    if (m_thread.joinable()) {
        m_http->stop();
        m_thread.join();
    }
    m_http.reset();
}

QString LiveServer::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

} // namespace coop::test
