#include "fuzz.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace coop::fuzz {

namespace {
std::atomic<OutcomeSink> g_sink{nullptr};
std::atomic<void (*)()> g_beforeAbort{nullptr};
}

void violation(std::string_view what, std::string_view detail)
{
    std::fprintf(stderr, "\n*** fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    if (!detail.empty()) {
        // The detail may hold any byte, U+0000 included: written whole.
        std::fwrite(detail.data(), 1, detail.size(), stderr);
        std::fputc('\n', stderr);
    }
    std::fflush(stderr);
    if (const auto cleanup = g_beforeAbort.exchange(nullptr))
        cleanup();
    std::abort();
}

void noteOutcome(std::string_view key)
{
    if (const OutcomeSink sink = g_sink.load())
        sink(key);
}

void setOutcomeSink(OutcomeSink sink)
{
    g_sink.store(sink);
}

void setBeforeAbort(void (*cleanup)())
{
    g_beforeAbort.store(cleanup);
}

} // namespace coop::fuzz
