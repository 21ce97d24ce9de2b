#include "ui/accountingarea.h"
#include "ui/emptystatepage.h"
#include "ui/entrepreneursarea.h"
#include "ui/feesarea.h"
#include "ui/language.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"
#include "ui/payrollarea.h"
#include "ui/salesarea.h"
#include "ui/storedialog.h"
#include "ui/syncarea.h"
#include "ui/uisettings.h"

#include "core/storage/store.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using coop::Store;
using coop::ui::MainWindow;

namespace {

const QString kPassphrase = u"cheval agrafe correct batterie"_s;

// QTest::keyClicks only knows ASCII: other characters are sent as the text of a key event.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void title_showsTheStoreName();
    void statusBar_showsFileAndSchemaVersionInFrench();
    void home_showsTheStoreIdentity();
    void navigation_everyEntrySwitchesPage();
    void shortcuts_jumpToAreas();
    void language_switchesLiveAndIsRemembered();
    void geometry_isRemembered();
    void lock_closesTheStoreAndUnlocksAgain();
    void lock_cancelEndsTheSession();
    void launcher_withoutStoreShowsTheCreateDialog();

private:
    std::unique_ptr<Store> createStore(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
}

void tst_MainWindow::init()
{
    QSettings().clear();
    coop::ui::applyLanguage(u"fr"_s, false);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"coop.coopdesk"_s);
}

void tst_MainWindow::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<Store> tst_MainWindow::createStore(const QString &name)
{
    coop::StoreCreateOptions options;
    options.name = name;
    options.kdf = coop::KdfParams::interactive();
    auto store = Store::create(m_path, kPassphrase, options);
    if (!store)
        qFatal("cannot create the test store: %s", qPrintable(store.error().toString()));
    return std::move(*store);
}

void tst_MainWindow::title_showsTheStoreName()
{
    MainWindow window(createStore(u"Coopérative Sud"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"CoopDesk — Coopérative Sud"_s);
}

void tst_MainWindow::statusBar_showsFileAndSchemaVersionInFrench()
{
    MainWindow window(createStore(u"Coop"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int schema = window.store()->schemaVersion();
    QVERIFY(schema >= 2);
    QCOMPARE(child<QLabel>(&window, u"statusSchema"_s)->text(), u"Schéma %1"_s.arg(schema));
    QVERIFY(child<QLabel>(&window, u"statusSchema"_s)->isVisible());
    auto *file = window.findChild<QWidget *>(u"statusFile"_s);
    QVERIFY(file && file->isVisible());
    QCOMPARE(file->toolTip(), QDir::toNativeSeparators(m_path));
}

void tst_MainWindow::home_showsTheStoreIdentity()
{
    MainWindow window(createStore(u"Coopérative Ouest"_s));
    window.show();
    QCOMPARE(window.currentArea(), MainWindow::Area::Home);
    QCOMPARE(child<QLabel>(&window, u"homeStoreName"_s)->text(), u"Coopérative Ouest"_s);
    QCOMPARE(child<QLabel>(&window, u"homeStoreFile"_s)->text(), QDir::toNativeSeparators(m_path));
    QCOMPARE(child<QLabel>(&window, u"homeSchemaVersion"_s)->text(),
             QString::number(window.store()->schemaVersion()));
    QVERIFY(!window.store()->storeId().isEmpty());
    QCOMPARE(child<QLabel>(&window, u"homeStoreId"_s)->text(), window.store()->storeId());
}

void tst_MainWindow::navigation_everyEntrySwitchesPage()
{
    MainWindow window(createStore(u"Coop"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = child<QListWidget>(&window, u"navigation"_s);
    auto *pages = child<QStackedWidget>(&window, u"pages"_s);
    QCOMPARE(navigation->count(), MainWindow::kAreaCount);

    QSet<QWidget *> seen;
    for (int i = MainWindow::kAreaCount - 1; i >= 0; --i) {
        const QRect rect = navigation->visualItemRect(navigation->item(i));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        const auto area = static_cast<MainWindow::Area>(i);
        QCOMPARE(window.currentArea(), area);
        QWidget *page = pages->currentWidget();
        QVERIFY(page->isVisible());
        QVERIFY(!seen.contains(page));
        seen.insert(page);
        QCOMPARE(navigation->item(i)->text(), window.areaName(area));
        if (area == MainWindow::Area::Entrepreneurs) {
            QCOMPARE(page, window.entrepreneursArea());
        } else if (area == MainWindow::Area::Sales) {
            QCOMPARE(page, window.salesArea());
        } else if (area == MainWindow::Area::Payroll) {
            QCOMPARE(page, window.payrollArea());
        } else if (area == MainWindow::Area::Contributions) {
            QCOMPARE(page, window.feesArea());
        } else if (area == MainWindow::Area::Accounting) {
            QCOMPARE(page, window.accountingArea());
        } else if (area == MainWindow::Area::Sync) {
            QCOMPARE(page, window.syncArea());
        } else if (area != MainWindow::Area::Home) {
            auto *empty = qobject_cast<coop::ui::EmptyStatePage *>(page);
            QVERIFY(empty);
            QCOMPARE(empty->title(), window.areaName(area));
            QVERIFY(empty->description().size() > 30);
        }
    }
    QCOMPARE(window.areaName(MainWindow::Area::Sales), u"Ventes"_s);
}

void tst_MainWindow::shortcuts_jumpToAreas()
{
    MainWindow window(createStore(u"Coop"_s));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i = 0; i < MainWindow::kAreaCount; ++i) {
        auto *action = child<QAction>(&window, u"areaAction%1"_s.arg(i + 1));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), MainWindow::Area::Payroll);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), MainWindow::Area::Sync);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), MainWindow::Area::Home);
    // F5 syncs a signed-in store; one that never signed in is shown the Sync area to sign in.
    QCOMPARE(child<QAction>(&window, u"syncNowAction"_s)->shortcut(), QKeySequence(Qt::Key_F5));
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(window.currentArea(), MainWindow::Area::Sync);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(child<QAction>(&window, u"lockAction"_s)->shortcut(), QKeySequence(u"Ctrl+L"_s));
    QCOMPARE(child<QAction>(&window, u"quitAction"_s)->shortcut(), QKeySequence(u"Ctrl+Q"_s));
}

void tst_MainWindow::language_switchesLiveAndIsRemembered()
{
    MainWindow window(createStore(u"Coop"_s));
    window.show();
    QCOMPARE(menuTitles(window),
             (QStringList{u"&Fichier"_s, u"&Affichage"_s, u"&Langue"_s, u"Aid&e"_s}));

    // LanguageChange reaches the widgets through the event loop.
    child<QAction>(&window, u"englishAction"_s)->trigger();
    QTRY_COMPARE(menuTitles(window),
             (QStringList{u"&File"_s, u"&View"_s, u"L&anguage"_s, u"&Help"_s}));
    QCOMPARE(window.areaName(MainWindow::Area::Sales), u"Sales"_s);
    QCOMPARE(child<QLabel>(&window, u"statusSchema"_s)->text(),
             u"Schema %1"_s.arg(window.store()->schemaVersion()));
    QVERIFY(child<QAction>(&window, u"englishAction"_s)->isChecked());
    QCOMPARE(coop::ui::savedLanguage(), u"en"_s);

    child<QAction>(&window, u"frenchAction"_s)->trigger();
    QTRY_COMPARE(menuTitles(window),
                 (QStringList{u"&Fichier"_s, u"&Affichage"_s, u"&Langue"_s, u"Aid&e"_s}));
    QCOMPARE(window.areaName(MainWindow::Area::Sales), u"Ventes"_s);
    QVERIFY(child<QAction>(&window, u"frenchAction"_s)->isChecked());
    QCOMPARE(coop::ui::savedLanguage(), u"fr"_s);
}

void tst_MainWindow::geometry_isRemembered()
{
    {
        MainWindow window(createStore(u"Coop"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 560);
        window.setCurrentArea(MainWindow::Area::Accounting);
        QSignalSpy closed(&window, &MainWindow::closed);
        child<QAction>(&window, u"quitAction"_s)->trigger();
        QCOMPARE(closed.count(), 1);
    }
    QVERIFY(QSettings().contains(coop::ui::settings::kWindowGeometry));
    auto store = Store::open(m_path, kPassphrase);
    QVERIFY(store);
    MainWindow again(std::move(*store));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 560));
    QCOMPARE(again.currentArea(), MainWindow::Area::Accounting);
}

void tst_MainWindow::lock_closesTheStoreAndUnlocksAgain()
{
    createStore(u"Coopérative Sud"_s);
    coop::ui::Launcher launcher;
    coop::ui::LaunchOptions options;
    options.storePath = m_path;
    launcher.start(options);

    coop::ui::StoreDialog *dialog = launcher.storeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->mode(), coop::ui::StoreDialog::Mode::Unlock);
    type(child<QLineEdit>(dialog, u"passphrase"_s), kPassphrase);
    QTest::keyClick(child<QLineEdit>(dialog, u"passphrase"_s), Qt::Key_Return);

    MainWindow *window = launcher.mainWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), u"CoopDesk — Coopérative Sud"_s);
    QCOMPARE(QSettings().value(coop::ui::settings::kLastStore).toString(), m_path);

    child<QAction>(window, u"lockAction"_s)->trigger();
    QVERIFY(!window->isVisible());
    QVERIFY(!window->store());
    QVERIFY(!window->windowTitle().contains(u"Sud"_s));
    QTRY_VERIFY(launcher.storeDialog() && launcher.storeDialog()->isVisible());
    dialog = launcher.storeDialog();
    QCOMPARE(dialog->mode(), coop::ui::StoreDialog::Mode::Unlock);
    QCOMPARE(dialog->storePath(), m_path);
    // Nothing keeps the database open while locked: it opens from another connection.
    QVERIFY(Store::open(m_path, kPassphrase).has_value());

    type(child<QLineEdit>(dialog, u"passphrase"_s), kPassphrase);
    QTest::keyClick(child<QLineEdit>(dialog, u"passphrase"_s), Qt::Key_Return);
    QCOMPARE(launcher.mainWindow(), window);
    QVERIFY(window->isVisible());
    QVERIFY(window->store());
    QCOMPARE(window->windowTitle(), u"CoopDesk — Coopérative Sud"_s);
}

void tst_MainWindow::lock_cancelEndsTheSession()
{
    createStore(u"Coop"_s);
    coop::ui::Launcher launcher;
    QSignalSpy finished(&launcher, &coop::ui::Launcher::finished);
    coop::ui::LaunchOptions options;
    options.storePath = m_path;
    launcher.start(options);
    type(child<QLineEdit>(launcher.storeDialog(), u"passphrase"_s), kPassphrase);
    QTest::keyClick(child<QLineEdit>(launcher.storeDialog(), u"passphrase"_s), Qt::Key_Return);
    QVERIFY(launcher.mainWindow());

    child<QAction>(launcher.mainWindow(), u"lockAction"_s)->trigger();
    QTRY_VERIFY(launcher.storeDialog());
    QTest::keyClick(child<QLineEdit>(launcher.storeDialog(), u"passphrase"_s), Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!launcher.mainWindow()->isVisible());
}

void tst_MainWindow::launcher_withoutStoreShowsTheCreateDialog()
{
    coop::ui::Launcher launcher;
    QSignalSpy finished(&launcher, &coop::ui::Launcher::finished);
    coop::ui::LaunchOptions options;
    options.storePath = m_path; // does not exist yet
    options.kdf = coop::KdfParams::interactive();
    launcher.start(options);
    coop::ui::StoreDialog *dialog = launcher.storeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), coop::ui::StoreDialog::Mode::Create);
    QCOMPARE(dialog->storePath(), m_path);

    type(child<QLineEdit>(dialog, u"storeName"_s), u"Nouvelle"_s);
    type(child<QLineEdit>(dialog, u"newPassphrase"_s), kPassphrase);
    type(child<QLineEdit>(dialog, u"confirmPassphrase"_s), kPassphrase);
    QTest::keyClick(child<QLineEdit>(dialog, u"confirmPassphrase"_s), Qt::Key_Return);
    QVERIFY(launcher.mainWindow());
    QCOMPARE(launcher.mainWindow()->windowTitle(), u"CoopDesk — Nouvelle"_s);
    QVERIFY(Store::exists(m_path));

    launcher.mainWindow()->close();
    QCOMPARE(finished.count(), 1);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
