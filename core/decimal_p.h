#pragma once

// Private to coop_core's .cpp files: the one decimal reader and writer behind Money, Rate and the
// fixed-point types, so that they all accept and print the same canonical text.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <expected>

namespace coop::detail {

enum class DecimalError {
    Syntax,           // not [+|-]digits[(.|,)digits]
    TooManyDecimals,  // well formed, but finer than the type can hold
    OutOfRange,       // well formed, but beyond qint64 units
};

// Reads "[+|-]digits[(.|,)digits]" (ASCII digits, no spaces, at least one digit on each side of the
// separator) as a count of 10^-decimals units. Checked in this order: syntax, decimals, range.
std::expected<qint64, DecimalError> parseDecimal(QStringView text, int decimals);

// units / 10^decimals as "[-]digits[.digits]", with at least minDecimals and at most `decimals`
// digits after the point; trailing zeros beyond minDecimals are dropped so the text is canonical.
QString formatDecimal(qint64 units, int decimals, int minDecimals);

} // namespace coop::detail
