#include "passphrasestrength.h"

#include <QSet>

#include <cmath>

namespace coop::ui {

namespace {

// Below these estimated bits a passphrase is weak, resp. fair.
constexpr double kFairBits = 56.0;
constexpr double kStrongBits = 80.0;

} // namespace

PassphraseStrength estimatePassphraseStrength(const QString &passphrase)
{
    // Count user-perceived characters as code points, so "é" or an emoji weighs one.
    const QList<uint> codePoints = passphrase.toUcs4();
    const qsizetype length = codePoints.size();
    if (length < kMinimumPassphraseLength)
        return PassphraseStrength::TooShort;

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<uint> distinct;
    for (const uint cp : codePoints) {
        distinct.insert(cp);
        if (cp >= 'a' && cp <= 'z')
            lower = true;
        else if (cp >= 'A' && cp <= 'Z')
            upper = true;
        else if (cp >= '0' && cp <= '9')
            digit = true;
        else if (cp < 0x80)
            symbol = true; // ASCII punctuation and the space
        else
            other = true; // accented letters and everything beyond ASCII
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
                     + (other ? 100 : 0);

    // "aaaaaaaaaaaa" or "abababababab" repeats itself: count at most two characters per
    // distinct one.
    const qsizetype effective = std::min(length, 2 * distinct.size());
    const double bits = static_cast<double>(effective) * std::log2(static_cast<double>(pool));
    if (distinct.size() < 5 || bits < kFairBits)
        return PassphraseStrength::Weak;
    if (bits < kStrongBits)
        return PassphraseStrength::Fair;
    return PassphraseStrength::Strong;
}

bool isAcceptablePassphrase(PassphraseStrength strength)
{
    return strength == PassphraseStrength::Fair || strength == PassphraseStrength::Strong;
}

} // namespace coop::ui
