#pragma once

#include "money.h"
#include "result.h"

#include <QList>

namespace coop {

// Splits `total` over `weights` by the largest-remainder method, so that the parts always add up
// to `total` exactly and each part is within one cent of its exact share |total| × w / Σw:
// every part first gets the floor of its share, then the cents left over go one each to the
// largest remainders, the earlier weight first when remainders are equal. A zero weight gets
// nothing. A negative total is split as its opposite and every part negated, so splitting -x
// mirrors splitting x. Computed with 128-bit intermediates, so any qint64 total and weights work.
// Errors: InvalidArgument for an empty list, a negative weight (the message names its index and
// value) or weights that sum to zero.
Result<QList<Money>> allocate(Money total, const QList<qint64> &weights);

// The same split with amounts as weights (a fee split by turnover, for instance).
Result<QList<Money>> allocate(Money total, const QList<Money> &weights);

} // namespace coop
