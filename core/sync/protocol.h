#pragma once

#include "core/operation.h"
#include "core/result.h"

#include <QList>

namespace coop {
class Store;
}

namespace coop::sync {

// Sent with every request and checked by the server (issue 8).
inline constexpr int kProtocolVersion = 1;

// The device's queue of operations waiting for the server, read in device_seq order: the order
// in which the server must apply them.
class Outbox
{
public:
    explicit Outbox(Store &store) : m_store(store) {}

    Result<qint64> count() const;
    Result<QList<Operation>> pending(int limit) const;

private:
    Store &m_store;
};

} // namespace coop::sync
