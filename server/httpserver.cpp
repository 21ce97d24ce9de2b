#include "httpserver.h"

#include "api.h"

#include "core/tr.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace coop::server {

struct HttpServer::Impl
{
    std::unique_ptr<httplib::Server> server;
};

namespace {

ApiRequest toApi(const httplib::Request &req)
{
    ApiRequest r;
    r.method = QByteArray::fromStdString(req.method);
    r.path = QString::fromStdString(req.path);
    for (const auto &[key, value] : req.params)
        r.query.insert(QString::fromStdString(key), QString::fromStdString(value));
    for (const auto &[key, value] : req.headers)
        r.headers.insert(QByteArray::fromStdString(key).toLower(), QByteArray::fromStdString(value));
    r.body = QByteArray::fromStdString(req.body);
    return r;
}

} // namespace

HttpServer::HttpServer(Api &api, HttpOptions options)
    : m_impl(std::make_unique<Impl>()), m_api(api), m_options(std::move(options))
{
}

HttpServer::~HttpServer()
{
    stop();
}

Result<void> HttpServer::bind()
{
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
        auto tls = std::make_unique<httplib::SSLServer>(m_options.tlsCertificate.toLocal8Bit().constData(),
                                                        m_options.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Cannot read the TLS certificate %1 or its key %2.")
                            .arg(m_options.tlsCertificate, m_options.tlsKey),
                        u"tls"_s);
        m_impl->server = std::move(tls);
#else
        return fail(ErrorCode::InvalidArgument, Tr::tr("This build has no TLS; put nginx in front."), u"tls"_s);
#endif
    } else {
        m_impl->server = std::make_unique<httplib::Server>();
    }
    httplib::Server &svr = *m_impl->server;
    const size_t threads = static_cast<size_t>(std::max(1, m_options.threads));
    svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    svr.set_tcp_nodelay(true);
    svr.set_payload_max_length(static_cast<size_t>(m_options.maxBodyBytes));
    svr.set_read_timeout(m_options.readTimeoutSeconds, 0);
    svr.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    svr.set_keep_alive_timeout(m_options.keepAliveSeconds);
    svr.set_keep_alive_max_count(static_cast<size_t>(std::max(1, m_options.keepAliveMaxRequests)));

    const auto handler = [this](const httplib::Request &req, httplib::Response &res) {
        const ApiResponse out = m_api.handle(toApi(req));
        res.status = out.status;
        // With its charset the type is not one cpp-httplib compresses: its Brotli at the highest
        // quality cost more than the rest of a pull page's work. On slow links nginx compresses.
        const QByteArray type = out.contentType == "application/json" ? QByteArray("application/json; charset=utf-8")
                                                                      : out.contentType;
        res.set_content(out.body.constData(), static_cast<size_t>(out.body.size()), type.constData());
    };
    svr.Get(".*", handler);
    svr.Post(".*", handler);
    svr.Put(".*", handler);
    svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return;
        const std::string body = res.status == 413
                                     ? R"({"error":"too_large","message":"The request is too large."})"
                                     : R"({"error":"bad_request","message":"The request could not be read."})";
        res.set_content(body, "application/json; charset=utf-8");
    });

    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0) {
        m_port = svr.bind_to_any_port(host);
        if (m_port < 0)
            return fail(ErrorCode::Io, Tr::tr("Cannot listen on %1.").arg(m_options.host), u"listen"_s);
    } else {
        if (!svr.bind_to_port(host, m_options.port))
            return fail(ErrorCode::Io, Tr::tr("Cannot listen on %1:%2 (in use, or not allowed).")
                                           .arg(m_options.host)
                                           .arg(m_options.port),
                        u"listen"_s);
        m_port = m_options.port;
    }
    return {};
}

void HttpServer::serve()
{
    if (m_impl->server)
        m_impl->server->listen_after_bind();
}

void HttpServer::stop()
{
    if (m_impl->server)
        m_impl->server->stop();
}

} // namespace coop::server
