#include "transport.h"

#include "core/tr.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace coop::sync {

HttpTransport::HttpTransport(QUrl server, int timeoutMs) : m_server(std::move(server)), m_timeoutMs(timeoutMs) {}

HttpTransport::~HttpTransport() = default;

std::unique_ptr<Transport> HttpTransport::spawn() const
{
    return std::make_unique<HttpTransport>(m_server, m_timeoutMs);
}

TransportReply HttpTransport::send(const TransportRequest &request)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    QUrlQuery query;
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);

    QNetworkRequest http(url);
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        http.setRawHeader(it.key(), it.value());
    if (!request.body.isEmpty() || request.method != "GET")
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       request.method == "PUT" ? u"application/octet-stream"_s : u"application/json"_s);
    http.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    TransportReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (out.status == 0)
        out.networkError = reply->errorString().isEmpty() ? Tr::tr("no answer from the server")
                                                          : reply->errorString();
    reply->deleteLater();
    return out;
}

} // namespace coop::sync
