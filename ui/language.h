#pragma once

#include <QString>

namespace coop::ui {

// The language chosen in the Language menu, "fr" when none was chosen.
QString savedLanguage();

// Installs `language` now: every widget receives a LanguageChange event and retranslates itself
// (the main window and dialogs do, live). With `remember`, it is also the language of later starts.
void applyLanguage(const QString &language, bool remember);

// The language currently installed ("fr" or "en").
QString currentLanguage();

} // namespace coop::ui
