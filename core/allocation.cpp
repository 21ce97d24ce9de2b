#include "allocation.h"

#include "int128_p.h"
#include "tr.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace coop {

Result<QList<Money>> allocate(Money total, const QList<qint64> &weights)
{
    using detail::Int128;
    using detail::UInt128;

    if (weights.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Cannot split %1: there are no weights to split it over.")
                        .arg(total.toString()));
    }
    // A sum of qint64 weights can pass qint64, never 128 bits.
    UInt128 weightSum = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights.at(i) < 0) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Cannot split %1: the weight at index %2 is %3, and weights "
                               "must not be negative.")
                            .arg(total.toString())
                            .arg(i)
                            .arg(weights.at(i)));
        }
        weightSum += static_cast<UInt128>(weights.at(i));
    }
    if (weightSum == 0) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Cannot split %1: all %n weights are zero.", nullptr,
                           static_cast<int>(qMin<qsizetype>(weights.size(),
                                                            std::numeric_limits<int>::max())))
                        .arg(total.toString()));
    }

    // Splitting the magnitude and negating afterwards makes -x the mirror of x; the magnitude of
    // the smallest qint64 still fits in unsigned 128 bits, and so do |total| × weight products.
    const bool negative = total.isNegative();
    const UInt128 magnitude = detail::magnitude(total.cents());

    const qsizetype count = weights.size();
    QList<UInt128> parts(count);
    QList<UInt128> remainders(count);
    UInt128 distributed = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const UInt128 share = magnitude * static_cast<UInt128>(weights.at(i));
        parts[i] = share / weightSum;
        remainders[i] = share % weightSum;
        distributed += parts[i];
    }
    // Σ remainders = leftover × Σw with each remainder < Σw, so fewer cents are left than there are
    // non-zero remainders: a zero weight (remainder 0) never receives one.
    const UInt128 leftover = magnitude - distributed;
    Q_ASSERT(leftover < static_cast<UInt128>(count));

    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto leftoverCount = static_cast<qsizetype>(leftover);
    std::partial_sort(order.begin(), order.begin() + leftoverCount, order.end(),
                      [&remainders](qsizetype a, qsizetype b) {
                          if (remainders.at(a) != remainders.at(b))
                              return remainders.at(a) > remainders.at(b);
                          return a < b;
                      });
    for (qsizetype k = 0; k < leftoverCount; ++k)
        ++parts[order.at(k)];

    QList<Money> result;
    result.reserve(count);
    for (const UInt128 part : std::as_const(parts)) {
        // part ≤ |total| ≤ 2^63, and 2^63 only for the smallest total, whose negation fits.
        const Int128 signedPart = static_cast<Int128>(part);
        result.append(Money::fromCents(static_cast<qint64>(negative ? -signedPart : signedPart)));
    }
    return result;
}

Result<QList<Money>> allocate(Money total, const QList<Money> &weights)
{
    QList<qint64> cents;
    cents.reserve(weights.size());
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights.at(i).isNegative()) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Cannot split %1: the weight at index %2 is %3, and weights "
                               "must not be negative.")
                            .arg(total.toString())
                            .arg(i)
                            .arg(weights.at(i).toString()));
        }
        cents.append(weights.at(i).cents());
    }
    return allocate(total, cents);
}

} // namespace coop
