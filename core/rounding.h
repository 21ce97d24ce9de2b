#pragma once

#include "result.h"

#include <QtGlobal>

namespace coop {

// How a quotient that falls between two integers becomes one of them. Every rounding in CoopDesk
// names its mode at the call site: the law or the practice decides (DOMAIN.md), never a default.
enum class Rounding {
    HalfUp,        // half away from zero, for VAT and payslip lines: 2.5 → 3, -2.5 → -3
    HalfEven,      // half to the even neighbour (banker's rounding): 2.5 → 2, 3.5 → 4, -2.5 → -2
    TowardZero,    // truncation: 2.9 → 2, -2.9 → -2
    AwayFromZero,  // any fraction moves away from zero: 2.1 → 3, -2.1 → -3
    Floor,         // toward minus infinity: 2.9 → 2, -2.1 → -3
    Ceiling,       // toward plus infinity: 2.1 → 3, -2.9 → -2
};

// numerator / denominator rounded once with `rounding`, computed exactly (128-bit internally).
// A zero denominator is an InvalidArgument error; a quotient outside qint64 (only
// min / -1 can do that) is an Overflow error.
Result<qint64> divideRounded(qint64 numerator, qint64 denominator, Rounding rounding);

// a × b / denominator with an exact 128-bit product, rounded once: the building block for
// "amount × hours / monthly hours" and similar pro-rata rules. Same errors as divideRounded().
Result<qint64> multiplyDivideRounded(qint64 a, qint64 b, qint64 denominator, Rounding rounding);

} // namespace coop
