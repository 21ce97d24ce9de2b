#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QVariant>

#include <optional>

namespace coop::detail {

// The whole number a JSON value holds, read without a double: Qt 6 keeps a number written without
// a fraction or exponent ("12345") as a 64-bit integer, and only such a number is accepted, so
// cents and counters keep every digit. A fraction, an exponent, a string or a missing value gives
// nothing; the caller words the error for its field.
inline std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const QVariant variant = value.toVariant();
    if (variant.typeId() != QMetaType::LongLong)
        return std::nullopt;
    return variant.toLongLong();
}

} // namespace coop::detail
