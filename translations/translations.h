#pragma once

#include <QString>
#include <QStringList>

namespace coop {

// The languages CoopDesk is translated into, default first: French, then English.
QStringList availableLanguages();

// "fr" or "en" from a setting or an option ("fr_FR", "EN" and the like too); French otherwise.
QString normalizedLanguage(const QString &language);

// Installs CoopDesk's messages for `language` (embedded in the program) and Qt's own (qtbase_xx
// from the Qt installation, for standard dialogs and --help), replacing what an earlier call
// installed. Widgets get a LanguageChange event and retranslate. Returns false when CoopDesk's
// messages for that language could not be loaded; Qt's own are optional (a deployment may omit
// them).
bool installTranslations(const QString &language);

// For the command-line programs: the system's language (French or English), or the one after
// --lang in `arguments`; read before parsing so that --help is translated too.
bool installTranslationsFromArguments(const QStringList &arguments);

} // namespace coop
