// coopdesk: the desktop application. Parses the command line and hands over to coop::ui.

#include "ui/firstrunwizard.h"
#include "ui/language.h"
#include "ui/launcher.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The demo store lives in the user's application data. Its passphrase is public on purpose, "demo",
// and the unlock dialog says so: the demo holds made-up data for trying CoopDesk, never real data.
const QString kDemoPassphrase = u"demo"_s;

QString demoStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/demo.coopdesk"_s;
}

// The demo cooperative: about sixty entrepreneurs over three years, the same ones at every
// creation (fixed seed), as they stand on the day the store is created.
constexpr int kDemoEntrepreneurs = 60;
constexpr int kDemoYears = 3;
constexpr quint64 kDemoSeed = 2026;

// --lang is needed before the parser is built, to translate its own help text.
QString languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
        if (argument == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CoopDesk"_s);
    QApplication::setApplicationName(u"CoopDesk"_s);
    // Wayland matches the window to its desktop entry by this id (packaging/linux).
    QGuiApplication::setDesktopFileName(u"coop.coopdesk.CoopDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(COOPDESK_VERSION));
    // The launcher decides when the session ends: a window hidden while locked is not the last one.
    QApplication::setQuitOnLastWindowClosed(false);

    const QString language = languageOption(QApplication::arguments());
    // --lang applies to this run only; the Language menu saves the choice.
    coop::ui::applyLanguage(language.isEmpty() ? coop::ui::savedLanguage() : language, false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "CoopDesk, the back-office of business and employment "
                                        "cooperatives."));
    // Qt's French catalogue lacks the text of addHelpOption(): this option says the same in ours.
    const QCommandLineOption helpOption(
        {u"h"_s, u"help"_s}, QApplication::translate("main", "Show this help and quit."));
    parser.addOption(helpOption);
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        u"store"_s, QApplication::translate("main", "Open the store FILE (or create it)."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Open the demo store (passphrase: demo), "
                                                   "created on first use."));
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "Language of the interface: fr or en."),
        QApplication::translate("main", "LANGUAGE"));
    QCommandLineOption screenshotOption(u"screenshot"_s, u"Save screenshots in DIR."_s, u"DIR"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({storeOption, demoOption, langOption, screenshotOption});
    parser.process(app);
    if (parser.isSet(helpOption))
        parser.showHelp(0);

    coop::ui::LaunchOptions options;
    options.demoStorePath = demoStorePath();
    options.demoPassphrase = kDemoPassphrase;
    options.demo.entrepreneurs = kDemoEntrepreneurs;
    options.demo.years = kDemoYears;
    options.demo.seed = kDemoSeed;
    if (parser.isSet(demoOption)) {
        // Made on the first --demo (the first-run wizard makes it the same way, off this thread).
        if (const auto ready = coop::ui::ensureDemoStore(options.demoStorePath, kDemoPassphrase,
                                                         options.demo);
            !ready) {
            QMessageBox::critical(nullptr, QApplication::applicationName(),
                                  ready.error().toString());
            return 1;
        }
        options.storePath = options.demoStorePath;
    } else if (parser.isSet(storeOption)) {
        options.storePath = QDir::current().absoluteFilePath(parser.value(storeOption));
    }

    if (parser.isSet(screenshotOption)) {
        // A developer's option (scripts/screenshots.sh), hidden from --help and not translated.
        if (options.storePath.isEmpty()) {
            std::fputs("coopdesk: --screenshot needs --demo or --store\n", stderr);
            return 2;
        }
        const QString passphrase = parser.isSet(demoOption)
                                       ? kDemoPassphrase
                                       : qEnvironmentVariable("COOPDESK_PASSPHRASE");
        return coop::ui::takeScreenshots(parser.value(screenshotOption), options.storePath,
                                         passphrase);
    }

    coop::ui::Launcher launcher;
    QObject::connect(&launcher, &coop::ui::Launcher::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    launcher.start(options);
    return QApplication::exec();
}
