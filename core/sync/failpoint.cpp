#include "failpoint.h"

namespace coop::sync {

namespace {

std::function<void(const char *)> &hook()
{
    static std::function<void(const char *)> h;
    return h;
}

} // namespace

void setFailpointHook(std::function<void(const char *)> h)
{
    hook() = std::move(h);
}

void failpoint(const char *name)
{
    if (hook())
        hook()(name);
}

} // namespace coop::sync
