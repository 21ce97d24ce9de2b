#pragma once

// Private to coop_core's .cpp files: the tables that give each value of a domain enum its stable
// key ("cape", "job_seeker"…), the one spelling the store, the CSV files and the CLI write, and
// the lookups both ways. A table lists every value once, so keyOf() always finds one.

#include "result.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstddef>

namespace coop::detail {

template<typename Enum>
struct EnumKey
{
    Enum value;
    QLatin1StringView key;
};

template<typename Enum, std::size_t N>
QString keyOf(const EnumKey<Enum> (&keys)[N], Enum value)
{
    for (const EnumKey<Enum> &entry : keys) {
        if (entry.value == value)
            return QString(entry.key);
    }
    Q_ASSERT_X(false, "keyOf", "an enum value without a key");
    return {};
}

// "a, b, c" in table order: what a message about an unknown key lists as accepted.
template<typename Enum, std::size_t N>
QString keyList(const EnumKey<Enum> (&keys)[N])
{
    QStringList list;
    list.reserve(qsizetype(N));
    for (const EnumKey<Enum> &entry : keys)
        list.append(QString(entry.key));
    return list.join(QLatin1StringView(", "));
}

// The value whose key is exactly `key`; otherwise a ParseError whose message `unknown` builds
// from keyList(). The caller words and translates that message, so that each sentence reaches
// lupdate whole.
template<typename Enum, std::size_t N, typename UnknownMessage>
Result<Enum> fromKey(const EnumKey<Enum> (&keys)[N], const QString &key, UnknownMessage unknown)
{
    for (const EnumKey<Enum> &entry : keys) {
        if (entry.key == key)
            return entry.value;
    }
    return fail(ErrorCode::ParseError, unknown(keyList(keys)));
}

} // namespace coop::detail
