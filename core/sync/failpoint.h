#pragma once

#include <functional>

namespace coop::sync {

// Named points of the sync code where a fault-injection test stands in for a crash: the hook it
// installs may throw from there, and the test then reopens the store as a restarted program
// would (a transaction open at that point is rolled back by SQLite). With no hook installed, a
// failpoint does nothing. Points: "apply.before_commit" (a pulled page written, not committed),
// "ack.before_commit" (the server's answers stored, not committed), "push.before_ack" (the
// server applied a push, its answer not yet stored), "refresh.before_save" (a new refresh token
// received, not yet saved).
void setFailpointHook(std::function<void(const char *)> hook);
void failpoint(const char *name);

} // namespace coop::sync
