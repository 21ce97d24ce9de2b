#pragma once

#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"

#include <QList>

#include <functional>
#include <memory>

namespace coop::server {
class Api;
}

namespace coop::test {

// The sync engine's link to a real server Api in the same process: each request goes through the
// server's handlers exactly as the HTTP server would pass it, with optional faults for the
// simulation and scenarios:
//  - DropRequest: the server never sees it; the engine gets no answer;
//  - DropResponse: the server handles it (and commits) but the answer is lost;
//  - Duplicate: delivered twice, the engine gets the second answer;
//  - Delay: the server handles it later, before some later request (a reordered message); the
//    engine gets no answer now.
class ApiTransport : public sync::Transport
{
public:
    enum class Fault { None, DropRequest, DropResponse, Duplicate, Delay };

    explicit ApiTransport(server::Api &api) : m_api(api) {}

    sync::TransportReply send(const sync::TransportRequest &request) override;

    // Decides the fault of each request (none when unset).
    std::function<Fault(const sync::TransportRequest &)> faults;
    // Whether a delayed request is delivered before this one (when some are waiting).
    std::function<bool()> deliverDelayed;
    // Requests sent so far (including failed ones).
    int requests = 0;
    // The delayed requests never arrive (their connections timed out).
    void forgetDelayed() { m_delayed.clear(); }

private:
    sync::TransportReply deliver(const sync::TransportRequest &request);

    server::Api &m_api;
    QList<sync::TransportRequest> m_delayed;
};

// A device of the tenant: an encrypted store joined to the server's cooperative (its tenant id),
// with its sync engine on `transport`. nullptr store on failure (the test fails).
struct Device
{
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

Device makeDevice(const QString &path, const QString &tenant, sync::Transport &transport,
                  sync::SyncEngineOptions options = {});
// Reopens a device's store (after a simulated crash), with a new engine on `transport`.
Device reopenDevice(const QString &path, sync::Transport &transport, sync::SyncEngineOptions options = {});

} // namespace coop::test
