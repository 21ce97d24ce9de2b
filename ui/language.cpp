#include "language.h"

#include "format.h"

#include <QLocale>

#include "uisettings.h"

#include "translations/translations.h"

#include <QSettings>

namespace coop::ui {

namespace {
QString &installedLanguage()
{
    static QString language = availableLanguages().constFirst();
    return language;
}
} // namespace

QString savedLanguage()
{
    return normalizedLanguage(QSettings().value(settings::kLanguage).toString());
}

void applyLanguage(const QString &language, bool remember)
{
    const QString code = normalizedLanguage(language);
    installTranslations(code);
    installedLanguage() = code;
    // What core formats for people (an allocation's explanation…) follows the interface.
    QLocale::setDefault(displayLocale());
    if (remember)
        QSettings().setValue(settings::kLanguage, code);
}

QString currentLanguage()
{
    return installedLanguage();
}

} // namespace coop::ui
