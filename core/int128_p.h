#pragma once

// Private to coop_core's .cpp files. 128-bit integers are a GCC/Clang extension, so they stay out
// of every public header; the public types only ever expose qint64.

#include "rounding.h"

#include <QtGlobal>

#include <optional>

namespace coop::detail {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

// |value| as unsigned, computed in unsigned arithmetic so that even the minimum is defined.
inline UInt128 magnitude(Int128 value)
{
    return value < 0 ? UInt128(0) - static_cast<UInt128>(value) : static_cast<UInt128>(value);
}

inline Int128 product(qint64 a, qint64 b)
{
    return static_cast<Int128>(a) * b;
}

// The qint64 equal to `value`, or nothing when it does not fit.
std::optional<qint64> narrow(Int128 value);

// numerator / denominator rounded once; nothing when the quotient does not fit qint64.
// `denominator` must not be zero (callers pass scale constants or values they checked).
std::optional<qint64> divideRounded128(Int128 numerator, Int128 denominator, Rounding rounding);

} // namespace coop::detail
