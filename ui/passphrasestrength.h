#pragma once

#include <QString>

namespace coop::ui {

// A rough guide shown while someone chooses a store passphrase, not a security proof: it cannot
// tell a famous quotation from a random one. Under 10 characters a passphrase is TooShort; above,
// the estimate is length × log2(size of the character classes used), lowered for passphrases made
// of few distinct characters. A store may be created from Fair upwards.
enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

inline constexpr int kMinimumPassphraseLength = 10;

PassphraseStrength estimatePassphraseStrength(const QString &passphrase);
bool isAcceptablePassphrase(PassphraseStrength strength);

} // namespace coop::ui
