#include "translations/translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    QString type;    // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QString keyOf(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

// The messages of a .ts file, by context, source and disambiguation.
QMap<QString, Message> readTs(const QString &path, QString *error)
{
    QMap<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path;
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.insert(keyOf(message), message);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return u"[%1] %2"_s.arg(message.context, message.source.left(70));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString sourceDir()
{
    return qEnvironmentVariable("COOP_SOURCE_DIR");
}

QString tsPath(const QString &language)
{
    return sourceDir() + u"/translations/coopdesk_"_s + language + u".ts"_s;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogue_isComplete_data();
    void catalogue_isComplete();
    void catalogues_holdEveryMessageOfTheSources();
    void embeddedCatalogues_translate();
};

void tst_Translations::initTestCase()
{
    QVERIFY2(!sourceDir().isEmpty(), "COOP_SOURCE_DIR is not set (run through ctest)");
}

void tst_Translations::catalogue_isComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French, the default language") << u"fr"_s;
    QTest::newRow("English") << u"en"_s;
}

void tst_Translations::catalogue_isComplete()
{
    QFETCH(QString, language);
    QString error;
    const QMap<QString, Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == u"unfinished")
            problems << u"unfinished: "_s + describe(message);
        else if (message.type == u"vanished" || message.type == u"obsolete")
            problems << u"no longer in the sources: "_s + describe(message);
        else if (!message.type.isEmpty())
            problems << message.type + u": "_s + describe(message);
        if (message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << u"empty translation: "_s + describe(message);
            continue;
        }
        for (const QString &translation : message.translations) {
            // %n may be left out of a singular form ("un montant"); numbered ones never.
            QSet<QString> expected = placeholders(message.source);
            QSet<QString> actual = placeholders(translation);
            if (message.numerus) {
                expected.remove(u"%n"_s);
                actual.remove(u"%n"_s);
            }
            if (expected != actual)
                problems << u"placeholders differ in \"%1\": "_s.arg(translation)
                                + describe(message);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::catalogues_holdEveryMessageOfTheSources()
{
    const QString lupdate = qEnvironmentVariable("COOP_LUPDATE");
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate not available (COOP_LUPDATE)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"coopdesk_fr.ts"_s);

    const QDir root(sourceDir());
    QStringList arguments =
        qEnvironmentVariable("COOP_LUPDATE_OPTIONS").split(u' ', Qt::SkipEmptyParts);
    arguments << u"-silent"_s << u"-extensions"_s << u"h,cpp"_s << u"-I"_s << root.path()
              << root.filePath(u"core"_s) << root.filePath(u"documents"_s) << root.filePath(u"ui"_s) << root.filePath(u"app"_s)
              << root.filePath(u"server"_s)
              << u"-ts"_s << fresh;
    QProcess process;
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120'000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QString error;
    const QMap<QString, Message> inSources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!inSources.isEmpty());

    for (const QString &language : {u"fr"_s, u"en"_s}) {
        const QMap<QString, Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &message : inSources)
            if (!committed.contains(keyOf(message)))
                missing << describe(message);
        QStringList stale;
        for (const Message &message : committed)
            if (!inSources.contains(keyOf(message)))
                stale << describe(message);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"coopdesk_%1.ts lacks messages of the sources (build the target "
                            "update_translations, then translate):\n"_s.arg(language)
                            + missing.join(u'\n')));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"coopdesk_%1.ts holds messages no longer in the sources:\n"_s
                                .arg(language)
                            + stale.join(u'\n')));
    }
}

void tst_Translations::embeddedCatalogues_translate()
{
    QVERIFY(coop::installTranslations(u"fr"_s));
    QCOMPARE(QCoreApplication::translate("coop::ui::MainWindow", "Sales"), u"Ventes"_s);
    QCOMPARE(QCoreApplication::translate("coop::ui::StoreDialog", "&Unlock"), u"&Déverrouiller"_s);
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_fr.qm"_s))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);

    QVERIFY(coop::installTranslations(u"en"_s));
    QCOMPARE(QCoreApplication::translate("coop::ui::MainWindow", "Sales"), u"Sales"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);

    // Unknown languages fall back to French, the default.
    QCOMPARE(coop::normalizedLanguage(u"de"_s), u"fr"_s);
    QCOMPARE(coop::normalizedLanguage(u"en_GB"_s), u"en"_s);
    QVERIFY(coop::installTranslations(u"fr_FR"_s));
    QCOMPARE(QCoreApplication::translate("coop::ui::MainWindow", "Sales"), u"Ventes"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
