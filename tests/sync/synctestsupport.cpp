#include "synctestsupport.h"

#include "testsupport.h"

#include "server/api.h"

using namespace Qt::StringLiterals;

namespace coop::test {

sync::TransportReply ApiTransport::deliver(const sync::TransportRequest &request)
{
    server::ApiRequest api;
    api.method = request.method;
    api.path = request.path;
    api.query = request.query;
    api.headers = request.headers;
    api.body = request.body;
    const server::ApiResponse response = m_api.handle(api);
    return {response.status, response.body, {}};
}

sync::TransportReply ApiTransport::send(const sync::TransportRequest &request)
{
    ++requests;
    if (!m_delayed.isEmpty() && deliverDelayed && deliverDelayed()) {
        const sync::TransportRequest late = m_delayed.takeFirst();
        const sync::TransportReply lost = deliver(late);
        if (qEnvironmentVariableIsSet("COOP_SIM_TRACE"))
            qInfo("  late delivery of %s %s: %d %s", late.method.constData(), qPrintable(late.path),
                  lost.status, lost.body.left(120).constData());
    }
    const Fault fault = faults ? faults(request) : Fault::None;
    switch (fault) {
    case Fault::None:
        return deliver(request);
    case Fault::DropRequest:
        return {0, {}, u"request lost"_s};
    case Fault::DropResponse:
        deliver(request);
        return {0, {}, u"answer lost"_s};
    case Fault::Duplicate:
        deliver(request);
        return deliver(request);
    case Fault::Delay:
        m_delayed.append(request);
        return {0, {}, u"no answer yet"_s};
    }
    return {};
}

Device makeDevice(const QString &path, const QString &tenant, sync::Transport &transport,
                  sync::SyncEngineOptions options)
{
    StoreCreateOptions create;
    create.tenantId = tenant;
    // Argon2id's smallest cost: the simulation opens thousands of stores.
    create.kdf = KdfParams{1, 8192};
    Device d;
    auto store = Store::create(path, kPassphrase, create);
    if (!store) {
        qWarning("makeDevice(%s): %s", qPrintable(path), qPrintable(store.error().toString()));
        return d;
    }
    d.store = std::move(*store);
    d.engine = std::make_unique<sync::SyncEngine>(*d.store, transport, options);
    return d;
}

Device reopenDevice(const QString &path, sync::Transport &transport, sync::SyncEngineOptions options)
{
    Device d;
    auto store = Store::open(path, kPassphrase);
    if (!store) {
        qWarning("reopenDevice(%s): %s", qPrintable(path), qPrintable(store.error().toString()));
        return d;
    }
    d.store = std::move(*store);
    d.engine = std::make_unique<sync::SyncEngine>(*d.store, transport, options);
    return d;
}

} // namespace coop::test
