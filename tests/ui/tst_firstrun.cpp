// The first start of the desktop application (issue 9): the first-run wizard through the
// launcher, on real widgets and real stores — a stand-alone cooperative, the demo, and joining
// the cooperative's server (a real coopdesk-server on the loopback over a fresh PostgreSQL
// database, reached through HttpTransport) with its first sync; later starts on the unlock
// dialog; the lock after inactivity.

#include "liveserver.h"
#include "serverfixture.h"
#include "testsupport.h"

#include "ui/firstrunwizard.h"
#include "ui/inactivitylock.h"
#include "ui/launcher.h"
#include "ui/mainwindow.h"
#include "ui/storedialog.h"
#include "ui/syncworker.h"
#include "ui/uisettings.h"

#include "server/httpserver.h"

#include "core/customer.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <thread>

using namespace Qt::StringLiterals;
using namespace coop;
using server::Role;
using ui::FirstRunWizard;

namespace {

constexpr int kNetworkMs = 30000;
constexpr int kTaskMs = 60000;
const QString kTenant = u"coop-horizon"_s;

using test::LiveServer;

// What a colleague's device put on the server: an activity and its customer, pushed by an admin.
struct Seeded
{
    QString activityId;
    QString customerId;
    QString error;
};

Seeded seedServer(LiveServer &server, const QString &folder)
{
    Seeded seeded;
    if (server.fixture().addUser(u"boss"_s, kTenant, Role::Admin).isEmpty()) {
        seeded.error = u"cannot add the admin"_s;
        return seeded;
    }
    StoreCreateOptions options;
    options.tenantId = kTenant;
    options.kdf = KdfParams::interactive();
    auto store = Store::create(folder + u"/boss.coopdesk"_s, test::kPassphrase, options);
    if (!store) {
        seeded.error = store.error().toString();
        return seeded;
    }
    Activity activity;
    activity.analyticCode = u"ANA001"_s;
    activity.name = u"Atelier Lenoir"_s;
    activity.trade = u"Boulangerie"_s;
    auto saved = PeopleRepository(**store).saveActivity(activity);
    if (!saved) {
        seeded.error = saved.error().toString();
        return seeded;
    }
    Customer customer;
    customer.activityId = saved->id;
    customer.kind = CustomerKind::Company;
    customer.name = u"Boulangerie Lenoir"_s;
    customer.siren = u"123456790"_s;
    customer.billingAddress.line1 = u"3 place Bellecour"_s;
    customer.billingAddress.postcode = u"69002"_s;
    customer.billingAddress.city = u"Lyon"_s;
    auto added = SalesRepository(**store).saveCustomer(customer);
    if (!added) {
        seeded.error = added.error().toString();
        return seeded;
    }
    sync::HttpTransport transport{QUrl(server.url())};
    sync::SyncEngine engine(**store, transport);
    if (auto in = engine.signIn(server.url(), u"boss"_s, test::ServerFixture::password(), u"boss"_s); !in) {
        seeded.error = in.error().toString();
        return seeded;
    }
    if (auto synced = engine.syncOnce(); !synced) {
        seeded.error = synced.error().toString();
        return seeded;
    }
    seeded.activityId = saved->id;
    seeded.customerId = added->id;
    return seeded;
}

QString metaValue(Store &store, const QString &key)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT value FROM store_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return u"<none>"_s;
    return q.value(0).toString();
}

qint64 count(Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_stores; // where the wizard proposes new stores

    ui::LaunchOptions options() const
    {
        ui::LaunchOptions o;
        o.demoStorePath = m_dir->filePath(u"demo/demo.coopdesk"_s);
        o.demoPassphrase = u"demo"_s;
        o.demo.entrepreneurs = 4;
        o.demo.years = 1;
        o.demo.seed = 7;
        o.demo.invoicesPerActivityPerYear = 2;
        o.kdf = KdfParams::interactive();
        o.newStoreFolder = m_stores;
        return o;
    }

    // The wizard's connection path up to the store page, with the account's fields typed.
    static void fillAccount(FirstRunWizard *wizard, const QString &server, const QString &login,
                            const QString &password)
    {
        wizard->serverEdit()->setText(server);
        wizard->loginEdit()->setText(login);
        wizard->passwordEdit()->setText(password);
    }

    static void fillPassphrase(FirstRunWizard *wizard, FirstRunWizard::PageId page)
    {
        QTest::keyClicks(wizard->passphraseEdit(page), test::kPassphrase);
        QTest::keyClicks(wizard->confirmEdit(page), test::kPassphrase);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_stores = m_dir->filePath(u"stores"_s);
        QVERIFY(QDir().mkpath(m_stores));
    }

    void cleanup() { QSettings().clear(); }

    // No store given and none remembered: the wizard; Esc closes it and ends the application,
    // creating nothing.
    void firstStartShowsTheWizardAndEscapeCancels()
    {
        ui::Launcher launcher;
        QSignalSpy finished(&launcher, &ui::Launcher::finished);
        launcher.start(options());
        QPointer<FirstRunWizard> wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(!launcher.storeDialog());
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageChoice));
        QVERIFY(wizard->choiceButton(FirstRunWizard::Choice::Standalone)->isChecked());
        QTest::keyClick(wizard, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(wizard.isNull() || !wizard->isVisible());
        QVERIFY(filesIn(m_stores).isEmpty());
        QVERIFY(QSettings().value(ui::settings::kLastStore).toString().isEmpty());

        // A remembered store that is gone is a first start again.
        QSettings().setValue(ui::settings::kLastStore, m_dir->filePath(u"gone.coopdesk"_s));
        ui::Launcher again;
        again.start(options());
        QVERIFY(again.firstRunWizard());
    }

    // A stand-alone cooperative: name, file, passphrase; Enter goes on; the store opens in the
    // main window, and the next start shows its unlock dialog.
    void standaloneStoreOpensInTheMainWindow()
    {
        ui::Launcher launcher;
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->choiceButton(FirstRunWizard::Choice::Standalone)->setChecked(true);
        QTest::keyClick(wizard->choiceButton(FirstRunWizard::Choice::Standalone), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageStandalone));

        const QString path = m_stores + u"/sud.coopdesk"_s;
        QTest::keyClicks(wizard->nameEdit(), u"Cooperative Sud"_s);
        wizard->fileEdit(FirstRunWizard::PageStandalone)->setText(path);
        // Nothing goes on before the passphrase is acceptable and confirmed.
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::keyClicks(wizard->passphraseEdit(FirstRunWizard::PageStandalone), test::kPassphrase);
        QTest::keyClicks(wizard->confirmEdit(FirstRunWizard::PageStandalone), u"correct horse"_s);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::keyClicks(wizard->confirmEdit(FirstRunWizard::PageStandalone), u" battery staple"_s);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::keyClick(wizard->confirmEdit(FirstRunWizard::PageStandalone), Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->isVisible(), kTaskMs);
        Store *store = launcher.mainWindow()->store();
        QVERIFY(store);
        QCOMPARE(store->path(), path);
        QCOMPARE(store->name(), u"Cooperative Sud"_s);
        QCOMPARE(QSettings().value(ui::settings::kLastStore).toString(), path);
        QTRY_VERIFY(!launcher.firstRunWizard());

        // The next start: the unlock dialog of that store.
        ui::Launcher next;
        next.start(options());
        QVERIFY(!next.firstRunWizard());
        QVERIFY(next.storeDialog());
        QCOMPARE(next.storeDialog()->mode(), ui::StoreDialog::Mode::Unlock);
        QCOMPARE(next.storeDialog()->storePath(), path);
    }

    // An existing file is refused at the file field and nothing of it changes.
    void standaloneExistingFileIsRefusedAtTheFileField()
    {
        const QString path = m_stores + u"/taken.coopdesk"_s;
        QVERIFY(test::createStore(path, u"Taken"_s));
        const auto before = test::checksums(test::storeFiles(path));
        ui::Launcher launcher;
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        wizard->next();
        QTest::keyClicks(wizard->nameEdit(), u"Cooperative Sud"_s);
        wizard->fileEdit(FirstRunWizard::PageStandalone)->setText(path);
        fillPassphrase(wizard, FirstRunWizard::PageStandalone);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->errorAt(u"file"_s).isEmpty(), kTaskMs);
        QVERIFY(!wizard->isBusy());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageStandalone));
        QVERIFY(!launcher.mainWindow());
        QCOMPARE(test::checksums(test::storeFiles(path)), before);
    }

    // The demo: generated on first use off the UI thread, then opened without asking its
    // passphrase.
    void demoOpensTheGeneratedCooperative()
    {
        ui::Launcher launcher;
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->choiceButton(FirstRunWizard::Choice::Demo)->click();
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible()); // the demo needs no more
        QVERIFY(!wizard->button(QWizard::NextButton)->isVisible());
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isBusy()); // generating on its thread; the window is still alive
        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->isVisible(), kTaskMs);
        Store *store = launcher.mainWindow()->store();
        QVERIFY(store);
        QCOMPARE(store->path(), options().demoStorePath);
        QCOMPARE(store->name(), u"Coopérative de démonstration"_s);
        QCOMPARE(count(*store, u"entrepreneur"_s), 4);
        QVERIFY(count(*store, u"customer"_s) > 0);
        QCOMPARE(QSettings().value(ui::settings::kLastStore).toString(), options().demoStorePath);
    }

    // The progress dialog's Cancel stops the demo's generation: the half-made store is removed
    // and the wizard stays where it was.
    void cancelledDemoLeavesNothing()
    {
        ui::LaunchOptions launch = options();
        launch.demo.entrepreneurs = 30; // long enough to be stopped
        ui::Launcher launcher;
        QSignalSpy finished(&launcher, &ui::Launcher::finished);
        launcher.start(launch);
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        wizard->choiceButton(FirstRunWizard::Choice::Demo)->click();
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isBusy());
        auto *progress = wizard->findChild<QDialog *>(u"taskDialog"_s);
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QTest::keyClick(progress, Qt::Key_Escape);
        QVERIFY(progress->isVisible()); // until the work has stopped
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy(), kTaskMs);
        QVERIFY(!Store::exists(launch.demoStorePath));
        QVERIFY(filesIn(QFileInfo(launch.demoStorePath).absolutePath()).isEmpty());
        QVERIFY(!launcher.mainWindow());
        QCOMPARE(finished.count(), 0);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageChoice));
        QVERIFY(QSettings().value(ui::settings::kLastStore).toString().isEmpty());
    }

    // Joining the cooperative's server: the account is checked, the store is created in the
    // account's cooperative, and the first sync brings the server's rows with its progress.
    void connectCreatesTheStoreAndSyncsIt()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        const Seeded seeded = seedServer(server, m_dir->path());
        QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Accountant, {seeded.activityId}).isEmpty());

        ui::Launcher launcher;
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        wizard->choiceButton(FirstRunWizard::Choice::Connect)->click();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageAccount));
        QVERIFY(!wizard->deviceEdit()->text().isEmpty()); // the computer's name
        fillAccount(wizard, server.url(), u"alice"_s, test::ServerFixture::password());
        QTest::keyClick(wizard->passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::PageConnectStore), kNetworkMs);
        QVERIFY(!wizard->cooperativeBox()->isVisible()); // one cooperative: nothing to choose
        QVERIFY(filesIn(m_stores).isEmpty()); // nothing created by the check

        // The file is named after the cooperative; the store is created when going on.
        const QString path = m_stores + u"/coop-horizon.coopdesk"_s;
        QCOMPARE(QDir::fromNativeSeparators(wizard->fileEdit(FirstRunWizard::PageConnectStore)->text()), path);
        fillPassphrase(wizard, FirstRunWizard::PageConnectStore);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::PageFirstSync), kTaskMs);
        QVERIFY(Store::exists(path));
        QCOMPARE(QSettings().value(ui::settings::kLastStore).toString(), path);
        QAbstractButton *back = wizard->button(QWizard::BackButton);
        QVERIFY(!(back->isVisible() && back->isEnabled())); // the store is made: no way back

        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kNetworkMs);
        QVERIFY2(wizard->errorAt(u"sync"_s).isEmpty(), qPrintable(wizard->errorAt(u"sync"_s)));
        QVERIFY(wizard->syncProgressSeen() > 0); // the pages' progress reached the window
        QCOMPARE(wizard->syncProgress()->value(), wizard->syncProgress()->maximum());
        QVERIFY2(wizard->syncText().contains(u"received"_s), qPrintable(wizard->syncText()));
        QVERIFY(wizard->passwordEdit()->text().isEmpty()); // forgotten once signed in
        wizard->button(QWizard::FinishButton)->click();

        QTRY_VERIFY(launcher.mainWindow() && launcher.mainWindow()->isVisible());
        Store *store = launcher.mainWindow()->store();
        QVERIFY(store);
        QCOMPARE(store->path(), path);
        QCOMPARE(store->tenantId(), kTenant);
        auto customer = SalesRepository(*store).customer(seeded.customerId);
        QVERIFY2(customer, test::why(customer).constData());
        QVERIFY(customer->has_value());
        QCOMPARE((*customer)->name, u"Boulangerie Lenoir"_s);
        // The role the window is shaped by, and the session the window's sync goes on with.
        QCOMPARE(metaValue(*store, sync::kSyncRoleKey), u"accountant"_s);
        QCOMPARE(metaValue(*store, sync::kSyncActivitiesKey), seeded.activityId);
        QVERIFY(launcher.mainWindow()->syncWorker());
        QVERIFY(launcher.mainWindow()->syncWorker()->status().signedIn);
        QCOMPARE(launcher.mainWindow()->syncWorker()->status().login, u"alice"_s);
        // The account check was this store's first login: besides the fixture's own login
        // ("alice-laptop"), the server knows one device of alice's, the store's.
        auto users = server.fixture().api().accounts().listUsers();
        QVERIFY2(users, test::why(users).constData());
        QStringList devices;
        for (const server::UserInfo &u : std::as_const(*users)) {
            if (u.login == "alice"_L1) {
                for (const server::DeviceInfo &d : u.devices) {
                    if (d.id != "alice-laptop"_L1)
                        devices.append(d.id);
                }
            }
        }
        QCOMPARE(devices.join(u","_s), store->deviceId());
    }

    // Each failure of the account check is shown at the field to fix, and nothing is created.
    void connectErrorAtItsField_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        QTest::newRow("a wrong password is at the password field")
            << u"alice"_s << u"not her password"_s << true << u"password"_s << u"wrong login or password"_s;
        QTest::newRow("an account without a cooperative is at the login field")
            << u"carol"_s << test::ServerFixture::password() << true << u"login"_s << u"no role"_s;
        QTest::newRow("an unreachable server is at the address field")
            << u"alice"_s << test::ServerFixture::password() << false << u"server"_s << u"no answer"_s;
    }
    void connectErrorAtItsField()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(bool, reachable);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        auto carol = server.fixture().api().accounts().addUser(u"carol"_s, u"Carol"_s,
                                                               test::ServerFixture::password());
        QVERIFY2(carol, test::why(carol).constData());

        ui::Launcher launcher;
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        wizard->choiceButton(FirstRunWizard::Choice::Connect)->click();
        wizard->next();
        // Port 1 of the loopback: nothing listens, the connection is refused at once.
        fillAccount(wizard, reachable ? server.url() : u"http://127.0.0.1:1"_s, login, password);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->errorAt(field).isEmpty(), kNetworkMs);
        QVERIFY2(wizard->errorAt(field).contains(contains, Qt::CaseInsensitive),
                 qPrintable(wizard->errorAt(field)));
        for (const QString &other : {u"server"_s, u"login"_s, u"password"_s, u"device"_s}) {
            if (other != field)
                QVERIFY2(wizard->errorAt(other).isEmpty(), qPrintable(other + u": "_s + wizard->errorAt(other)));
        }
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageAccount));
        QVERIFY(!wizard->isBusy());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // the person may try again
        QVERIFY(filesIn(m_stores).isEmpty());
        QVERIFY(QSettings().value(ui::settings::kLastStore).toString().isEmpty());

        // Editing the field clears its message.
        QTest::keyClick(field == "server"_L1 ? wizard->serverEdit()
                        : field == "login"_L1 ? wizard->loginEdit()
                                              : wizard->passwordEdit(),
                        Qt::Key_A);
        QVERIFY(wizard->errorAt(field).isEmpty());
    }

    // An account in several cooperatives chooses the one of the store.
    void severalCooperativesAreChosenFrom()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        const QString activity = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Accountant, {activity}).isEmpty());
        QVERIFY(!server.fixture().addUser(u"alice"_s, u"coop-sud"_s, Role::Admin).isEmpty());

        ui::Launcher launcher;
        QSignalSpy finished(&launcher, &ui::Launcher::finished);
        launcher.start(options());
        FirstRunWizard *wizard = launcher.firstRunWizard();
        QVERIFY(wizard);
        wizard->choiceButton(FirstRunWizard::Choice::Connect)->click();
        wizard->next();
        fillAccount(wizard, server.url(), u"alice"_s, test::ServerFixture::password());
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->cooperativeBox()->isVisible(), kNetworkMs);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageAccount));
        QCOMPARE(wizard->cooperativeBox()->count(), 2);
        const int sud = wizard->cooperativeBox()->findData(u"coop-sud"_s);
        QVERIFY(sud >= 0);
        QVERIFY(wizard->cooperativeBox()->itemText(sud).contains(u"administrator"_s));
        const int horizon = wizard->cooperativeBox()->findData(kTenant);
        QVERIFY(horizon >= 0);
        QVERIFY(wizard->cooperativeBox()->itemText(horizon).contains(u"accountant"_s));
        wizard->cooperativeBox()->setCurrentIndex(sud);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::PageConnectStore));
        QVERIFY(wizard->fileEdit(FirstRunWizard::PageConnectStore)->text().endsWith(u"coop-sud.coopdesk"_s));
        wizard->reject();
        QCOMPARE(finished.count(), 1);
        QVERIFY(filesIn(m_stores).isEmpty());
    }

    // Cancel during the first sync: the wizard stops the sync and closes; the store stays with
    // its session, and the next start unlocks it and the window's sync carries on.
    void cancelledFirstSyncResumesNextTime()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        const Seeded seeded = seedServer(server, m_dir->path());
        QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());

        const QString path = m_stores + u"/coop-horizon.coopdesk"_s;
        {
            ui::Launcher launcher;
            QSignalSpy finished(&launcher, &ui::Launcher::finished);
            launcher.start(options());
            QPointer<FirstRunWizard> wizard = launcher.firstRunWizard();
            QVERIFY(wizard);
            wizard->choiceButton(FirstRunWizard::Choice::Connect)->click();
            wizard->next();
            fillAccount(wizard, server.url(), u"alice"_s, test::ServerFixture::password());
            wizard->next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::PageConnectStore), kNetworkMs);
            fillPassphrase(wizard, FirstRunWizard::PageConnectStore);
            // Cancel as soon as the sync page shows, while it signs in.
            bool syncPage = false;
            bool wasBusy = false;
            connect(wizard, &QWizard::currentIdChanged, this, [wizard, &syncPage, &wasBusy](int id) {
                if (id != FirstRunWizard::PageFirstSync || syncPage)
                    return;
                syncPage = true;
                wasBusy = wizard->isBusy();
                wizard->button(QWizard::CancelButton)->click();
                // It waits for the sync to stop, then closes.
                QVERIFY(wizard->isVisible());
            });
            wizard->next();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTaskMs + kNetworkMs);
            QVERIFY(syncPage);
            QVERIFY(wasBusy);
            QVERIFY(!launcher.mainWindow());
        }
        QVERIFY(Store::exists(path));
        QCOMPARE(QSettings().value(ui::settings::kLastStore).toString(), path);
        {
            auto store = Store::open(path, test::kPassphrase);
            QVERIFY2(store, test::why(store).constData());
            sync::HttpTransport none{QUrl()};
            auto status = sync::SyncEngine(**store, none).status();
            QVERIFY2(status, test::why(status).constData());
            QVERIFY(status->signedIn);
            QVERIFY(!status->lastSync.isValid()); // stopped before the end
            // An admin covers every activity and lists none.
            QCOMPARE(metaValue(**store, sync::kSyncRoleKey), u"admin"_s);
            QCOMPARE(metaValue(**store, sync::kSyncActivitiesKey), QString(u""_s));
        }

        ui::Launcher next;
        next.start(options());
        QVERIFY(next.storeDialog());
        QCOMPARE(next.storeDialog()->storePath(), path);
        QLineEdit *passphrase = next.storeDialog()->findChild<QLineEdit *>(u"passphrase"_s);
        QVERIFY(passphrase);
        QTest::keyClicks(passphrase, test::kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(next.mainWindow() && next.mainWindow()->store(), kTaskMs);
        ui::SyncWorker *worker = next.mainWindow()->syncWorker();
        QVERIFY(worker);
        // The window's background sync starts a few seconds after it opens.
        QTRY_VERIFY_WITH_TIMEOUT(worker->status().lastSync.isValid() && !worker->isBusy(), kNetworkMs);
        QVERIFY2(worker->lastError().isEmpty(), qPrintable(worker->lastError()));
        auto customer = SalesRepository(*next.mainWindow()->store()).customer(seeded.customerId);
        QVERIFY2(customer, test::why(customer).constData());
        QVERIFY(customer->has_value());
    }

    // The delay comes from the settings, in minutes; 0 never locks.
    void lockDelayComesFromTheSettings()
    {
        QCOMPARE(ui::InactivityLock::savedIntervalMs(), 10 * 60 * 1000);
        QSettings().setValue(ui::settings::kLockAfterMinutes, 3);
        QCOMPARE(ui::InactivityLock::savedIntervalMs(), 3 * 60 * 1000);
        QSettings().setValue(ui::settings::kLockAfterMinutes, 0);
        QCOMPARE(ui::InactivityLock::savedIntervalMs(), 0);

        ui::InactivityLock lock;
        QSignalSpy timedOut(&lock, &ui::InactivityLock::timedOut);
        lock.setIntervalMs(0);
        lock.start();
        QTest::qWait(200);
        QCOMPARE(timedOut.count(), 0); // never
    }

    // No input for the delay: the same lock as Lock now (store closed, unlock dialog, dialogs
    // over the window cancelled). Input puts it off; the window's own updates do not.
    void inactivityLocksAndInputPutsItOff()
    {
        const QString path = m_stores + u"/a.coopdesk"_s;
        QVERIFY(test::createStore(path, u"Coop A"_s));
        QSettings().setValue(ui::settings::kLastStore, path);
        ui::Launcher launcher;
        launcher.start(options());
        QVERIFY(launcher.storeDialog());
        QLineEdit *passphrase = launcher.storeDialog()->findChild<QLineEdit *>(u"passphrase"_s);
        QVERIFY(passphrase);
        QTest::keyClicks(passphrase, test::kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(launcher.mainWindow() && launcher.mainWindow()->store(), kTaskMs);
        ui::MainWindow *window = launcher.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ui::InactivityLock *lock = launcher.inactivityLock();
        QVERIFY(lock->isActive());
        QCOMPARE(lock->intervalMs(), 10 * 60 * 1000);

        // Short, with ten times the pauses between inputs as margin for a loaded machine.
        constexpr int kDelay = 1000;
        lock->setIntervalMs(kDelay);
        // Keys and clicks for more than twice the delay: still open.
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 5 * kDelay / 2) {
            QTest::keyClick(window, Qt::Key_Shift);
            QTest::qWait(kDelay / 10);
            QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
            QTest::qWait(kDelay / 10);
            QVERIFY(window->store());
        }

        // A dialog left open over the window, and the window's sync status refreshed meanwhile.
        QPointer<QDialog> dialog = new QDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QTest::keyClick(window, Qt::Key_Shift); // the last input
        QElapsedTimer idle;
        idle.start();
        while (window->store() && idle.elapsed() < 10 * kDelay) {
            if (window->syncWorker())
                window->syncWorker()->refreshStatus();
            QTest::qWait(20);
        }
        QVERIFY(!window->store());
        // Not before the delay (less the timer's 5 % of slack).
        QVERIFY2(idle.elapsed() >= kDelay * 95 / 100, qPrintable(QString::number(idle.elapsed())));
        QVERIFY(!window->isVisible());
        QVERIFY(dialog.isNull() || !dialog->isVisible());
        QVERIFY(!lock->isActive());
        QVERIFY(launcher.storeDialog());
        QCOMPARE(launcher.storeDialog()->mode(), ui::StoreDialog::Mode::Unlock);
        QCOMPARE(launcher.storeDialog()->storePath(), path);

        // Unlocked again: the lock watches again.
        passphrase = launcher.storeDialog()->findChild<QLineEdit *>(u"passphrase"_s);
        QTest::keyClicks(passphrase, test::kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window->store(), kTaskMs);
        QVERIFY(lock->isActive());

        // A question waiting in its own event loop (exec()) when the delay ends: it is cancelled,
        // and the store closes only once the code that asked has its answer.
        bool storeAtAnswer = false;
        int answer = -1;
        QTimer::singleShot(0, window, [window, &storeAtAnswer, &answer] {
            QDialog question(window);
            answer = question.exec();
            storeAtAnswer = window->store() != nullptr;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer != -1, 10 * kDelay);
        QCOMPARE(answer, int(QDialog::Rejected));
        QVERIFY(storeAtAnswer);
        QTRY_VERIFY_WITH_TIMEOUT(!window->store(), 10 * kDelay);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
