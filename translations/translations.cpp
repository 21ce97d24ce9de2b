#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// The translators installed last, removed before installing others. Parented to the application,
// so they go away with it.
QPointer<QTranslator> &installedCoopTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &installedQtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList availableLanguages()
{
    return {u"fr"_s, u"en"_s};
}

QString normalizedLanguage(const QString &language)
{
    const QString code = language.trimmed().left(2).toLower();
    return availableLanguages().contains(code) ? code : availableLanguages().constFirst();
}

bool installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QString code = normalizedLanguage(language);

    uninstall(installedQtTranslator());
    uninstall(installedCoopTranslator());

    // Qt's sources are in English: only other languages need its catalogue.
    if (code != u"en"_s) {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installedQtTranslator() = qt;
        } else {
            delete qt;
        }
    }

    auto *coop = new QTranslator(app);
    if (!coop->load(u":/i18n/coopdesk_"_s + code + u".qm"_s)) {
        delete coop;
        return false;
    }
    QCoreApplication::installTranslator(coop);
    installedCoopTranslator() = coop;
    return true;
}

bool installTranslationsFromArguments(const QStringList &arguments)
{
    QString language = QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                                        : QStringLiteral("en");
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        language = arguments.at(at + 1);
    return installTranslations(normalizedLanguage(language));
}

} // namespace coop
