#pragma once

#include "error.h"

#include <expected>

namespace coop {

// Recoverable failures travel as values: a function that can fail for reasons a user or a file
// controls returns Result<T>. Programming errors are Q_ASSERTs instead.
template<typename T = void>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString where = {})
{
    return std::unexpected<Error>(Error(code, std::move(message), std::move(where)));
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace coop
