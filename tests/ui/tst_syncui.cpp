// The desktop's sync (issue 8 §5) against a real coopdesk-server: the API of server::HttpServer
// on 127.0.0.1 over a fresh PostgreSQL database, reached through the real HttpTransport from the
// main window's sync thread. Sign-in errors at their field, the status bar's counts, "Sync now",
// and the conflict inbox with both values and "Keep mine".

#include "liveserver.h"
#include "serverfixture.h"
#include "testsupport.h"

#include "ui/mainwindow.h"
#include "ui/syncarea.h"
#include "ui/syncworker.h"

#include "server/httpserver.h"

#include "core/customer.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"

#include <QApplication>
#include <QInputDialog>
#include <QTimer>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <thread>

using namespace Qt::StringLiterals;
using namespace coop;
using server::Role;

namespace {

constexpr int kNetworkMs = 30000;
const QString kTenant = u"coop-horizon"_s;

using test::LiveServer;

std::unique_ptr<Store> createDevice(const QString &path)
{
    StoreCreateOptions options;
    options.tenantId = kTenant;
    options.kdf = KdfParams::interactive();
    auto store = Store::create(path, test::kPassphrase, options);
    if (!store) {
        qWarning("create %s: %s", qPrintable(path), qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(*store);
}

// A customer of a new activity, written through the repositories (so queued in the outbox).
Result<Customer> addCustomer(Store &store, const QString &code, const QString &name)
{
    Activity activity;
    activity.analyticCode = code;
    activity.name = u"Atelier "_s + name;
    activity.trade = u"Graphisme"_s;
    auto saved = PeopleRepository(store).saveActivity(activity);
    if (!saved)
        return fail(saved.error());
    Customer customer;
    customer.activityId = saved->id;
    customer.kind = CustomerKind::Company;
    customer.name = name;
    customer.siren = u"123456790"_s;
    customer.billingAddress.line1 = u"3 place Bellecour"_s;
    customer.billingAddress.postcode = u"69002"_s;
    customer.billingAddress.city = u"Lyon"_s;
    return SalesRepository(store).saveCustomer(customer);
}

Result<Customer> renameCustomer(Store &store, const QString &id, const QString &name)
{
    SalesRepository sales(store);
    auto current = sales.customer(id);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(ErrorCode::NotFound, u"no customer %1"_s.arg(id));
    Customer customer = **current;
    customer.name = name;
    return sales.saveCustomer(customer);
}

QString customerName(Store &store, const QString &id)
{
    auto c = SalesRepository(store).customer(id);
    return c && *c ? (*c)->name : QString();
}

// The window over a new device store, its sync thread opening the same file.
struct Desk
{
    QString path;
    std::unique_ptr<ui::MainWindow> window;
    ui::SyncWorker *worker() const { return window->syncWorker(); }
    ui::SyncArea *area() const { return window->syncArea(); }
};

Desk openDesk(const QString &path)
{
    Desk d;
    d.path = path;
    auto store = createDevice(path);
    if (!store)
        return d;
    d.window = std::make_unique<ui::MainWindow>(std::move(store));
    d.window->setSyncStoreOpener([path] { return Store::open(path, test::kPassphrase); });
    d.worker()->setInterval(0, 0); // the test decides when to sync
    d.window->show();
    return d;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // Each failure of a sign-in is shown at the field to fix, and the dialog stays open.
    void signInErrorAtItsField_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("contains");
        QTest::newRow("wrong password is at the password") << u"alice"_s << u"not her password"_s
                                                           << true << u"password"_s << u"sign in"_s;
        QTest::newRow("unknown login is at the password")
            << u"nobody"_s << test::ServerFixture::password() << true << u"password"_s << u"sign in"_s;
        QTest::newRow("a member of another cooperative is at the login")
            << u"bob"_s << test::ServerFixture::password() << true << u"login"_s << u"no role"_s;
        QTest::newRow("an unreachable server is at the address")
            << u"alice"_s << test::ServerFixture::password() << false << u"server"_s << u"answer"_s;
    }
    void signInErrorAtItsField()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(bool, reachable);
        QFETCH(QString, field);
        QFETCH(QString, contains);
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QVERIFY(!server.fixture().addUser(u"bob"_s, u"another-coop"_s, Role::Admin).isEmpty());
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);

        QPointer<ui::SignInDialog> dialog = desk.area()->openSignIn();
        QVERIFY(dialog);
        // Port 1 of the loopback: nothing listens, the connection is refused at once.
        dialog->serverEdit()->setText(reachable ? server.url() : u"http://127.0.0.1:1"_s);
        dialog->loginEdit()->setText(login);
        dialog->passwordEdit()->setText(password);
        QVERIFY(!dialog->deviceEdit()->text().isEmpty()); // the computer's name by default
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorAt(field).isEmpty(), kNetworkMs);
        QVERIFY2(dialog->errorAt(field).contains(contains, Qt::CaseInsensitive),
                 qPrintable(dialog->errorAt(field)));
        for (const QString &other : {u"server"_s, u"login"_s, u"password"_s, u"device"_s, QString()}) {
            if (other != field)
                QVERIFY2(dialog->errorAt(other).isEmpty(), qPrintable(other + u": "_s + dialog->errorAt(other)));
        }
        QVERIFY(dialog->isVisible());
        QVERIFY(!desk.worker()->status().signedIn);
        QVERIFY(dialog->signInButton()->isEnabled()); // the person may try again
    }

    // Empty fields are refused before anything is sent.
    void signInRequiresEveryField()
    {
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        QPointer<ui::SignInDialog> dialog = desk.area()->openSignIn();
        QVERIFY(dialog);
        dialog->serverEdit()->setText(u"coop.example.org"_s);
        dialog->deviceEdit()->clear();
        dialog->accept();
        QVERIFY(dialog->errorAt(u"server"_s).contains(u"https://"_s));
        QVERIFY(!dialog->errorAt(u"login"_s).isEmpty());
        QVERIFY(!dialog->errorAt(u"password"_s).isEmpty());
        QVERIFY(!dialog->errorAt(u"device"_s).isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(!desk.worker()->isBusy());
    }

    // Signing in syncs at once: what waited is sent, the status bar says so; a later edit waits
    // until "Sync now"; Ctrl+7 and the status button open the area.
    void signInThenSyncFromTheArea()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        auto customer = addCustomer(*desk.window->store(), u"ANA001"_s, u"Boulangerie Lenoir"_s);
        QVERIFY2(customer, test::why(customer).constData());

        ui::SyncStatusButton *status = desk.window->syncStatusButton();
        QVERIFY(status->isVisible());
        QCOMPARE(status->accessibleName(), u"Sync status"_s);
        desk.worker()->refreshStatus();
        const qint64 waiting = desk.worker()->status().pendingOperations;
        QVERIFY(waiting >= 2); // the activity and the customer at least
        QVERIFY2(status->text().contains(u"Not signed in"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"%1 pending"_s.arg(waiting)), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"last sync never"_s));

        // The status button opens the Sync area from any area.
        desk.window->setCurrentArea(ui::MainWindow::Area::Sales);
        status->click();
        QCOMPARE(desk.window->currentArea(), ui::MainWindow::Area::Sync);
        QVERIFY(!desk.area()->syncNowButton()->isEnabled()); // not signed in yet

        QPointer<ui::SignInDialog> dialog = desk.area()->openSignIn();
        QVERIFY(dialog);
        dialog->serverEdit()->setText(server.url());
        dialog->loginEdit()->setText(u"alice"_s);
        dialog->passwordEdit()->setText(test::ServerFixture::password());
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kNetworkMs);

        // The first sync follows the sign-in.
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy() && desk.worker()->status().lastSync.isValid(),
                                 kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(desk.worker()->state(), ui::SyncWorker::State::Idle);
        QCOMPARE(desk.worker()->status().pendingOperations, 0);
        QCOMPARE(desk.worker()->lastReport().pushed, waiting);
        QVERIFY2(status->text().startsWith(u"Online"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"0 pending"_s), qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"last sync never"_s));
        QVERIFY(status->toolTip().contains(u"alice"_s));
        QVERIFY2(desk.area()->stateText().contains(server.url()), qPrintable(desk.area()->stateText()));
        QVERIFY(desk.area()->syncNowButton()->isEnabled());
        QVERIFY(desk.area()->signOutButton()->isEnabled());

        // A new edit waits, then "Sync now" sends it.
        auto renamed = renameCustomer(*desk.window->store(), customer->id, u"Boulangerie Lenoir & fils"_s);
        QVERIFY2(renamed, test::why(renamed).constData());
        // The status bar follows edits made in any area on its own, within a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"1 pending"_s), 15000);
        QTest::mouseClick(desk.area()->syncNowButton(), Qt::LeftButton);
        QVERIFY(desk.worker()->isBusy() || desk.worker()->status().pendingOperations == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy(), kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(desk.worker()->status().pendingOperations, 0);
        QCOMPARE(desk.worker()->lastReport().pushed, 1);
        QVERIFY2(status->text().contains(u"0 pending"_s), qPrintable(status->text()));
        QVERIFY2(desk.area()->resultText().contains(u"Sent 1 change"_s), qPrintable(desk.area()->resultText()));

        // The server has it: a second device signed in as alice receives the new name.
        auto other = createDevice(dir.filePath(u"b.coopdesk"_s));
        QVERIFY(other);
        sync::HttpTransport transport{QUrl(server.url())};
        sync::SyncEngine engine(*other, transport);
        auto in = engine.signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"b"_s);
        QVERIFY2(in, test::why(in).constData());
        auto pulled = engine.syncOnce();
        QVERIFY2(pulled, test::why(pulled).constData());
        QCOMPARE(customerName(*other, customer->id), u"Boulangerie Lenoir & fils"_s);

        // Signing out forgets the session.
        QTest::mouseClick(desk.area()->signOutButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->status().signedIn, kNetworkMs);
        QTRY_VERIFY(status->text().contains(u"Not signed in"_s));
    }

    // Two devices rename the same customer; the one that syncs second finds both values in its
    // inbox, keeps its own, and the next sync makes the server take it.
    void conflictInboxKeepMine()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;

        // Device B (a colleague's laptop) creates the customer.
        auto other = createDevice(dir.filePath(u"b.coopdesk"_s));
        QVERIFY(other);
        sync::HttpTransport transport{QUrl(server.url())};
        sync::SyncEngine engine(*other, transport);
        auto in = engine.signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"b"_s);
        QVERIFY2(in, test::why(in).constData());
        auto customer = addCustomer(*other, u"ANA002"_s, u"Menuiserie Brun"_s);
        QVERIFY2(customer, test::why(customer).constData());
        auto first = engine.syncOnce();
        QVERIFY2(first, test::why(first).constData());

        // This desk signs in and receives it.
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        desk.worker()->signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy() && desk.worker()->status().lastSync.isValid(),
                                 kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(customerName(*desk.window->store(), customer->id), u"Menuiserie Brun"_s);
        QCOMPARE(desk.worker()->status().openConflicts, 0);

        // Both rename it; B reaches the server first.
        auto mine = renameCustomer(*desk.window->store(), customer->id, u"Menuiserie Brun (Lyon)"_s);
        QVERIFY2(mine, test::why(mine).constData());
        auto theirs = renameCustomer(*other, customer->id, u"Brun Menuiserie SARL"_s);
        QVERIFY2(theirs, test::why(theirs).constData());
        auto second = engine.syncOnce();
        QVERIFY2(second, test::why(second).constData());

        desk.window->setCurrentArea(ui::MainWindow::Area::Sync);
        QTest::mouseClick(desk.area()->syncNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy(), kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(customerName(*desk.window->store(), customer->id), u"Brun Menuiserie SARL"_s);
        QCOMPARE(desk.worker()->status().openConflicts, 1);
        QVERIFY2(desk.window->syncStatusButton()->text().contains(u"1 conflict"_s),
                 qPrintable(desk.window->syncStatusButton()->text()));

        // The inbox shows both values.
        QTableView *view = desk.area()->conflictView();
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(cell(ui::SyncArea::Entity), u"customer"_s);
        QCOMPARE(cell(ui::SyncArea::Record), customer->id);
        QCOMPARE(cell(ui::SyncArea::Field), u"name"_s);
        QCOMPARE(cell(ui::SyncArea::LocalValue), u"Menuiserie Brun (Lyon)"_s);
        QCOMPARE(cell(ui::SyncArea::ServerValue), u"Brun Menuiserie SARL"_s);
        QVERIFY(!cell(ui::SyncArea::Reason).isEmpty());
        QVERIFY(!cell(ui::SyncArea::DetectedAt).isEmpty());
        QCOMPARE(view->accessibleName(), u"Conflict inbox"_s);

        // Search as you type.
        QTest::keyClicks(desk.area()->searchEdit(), u"plomberie"_s);
        QCOMPARE(model->rowCount(), 0);
        desk.area()->searchEdit()->clear();
        QTest::keyClicks(desk.area()->searchEdit(), u"(lyon"_s);
        QCOMPARE(model->rowCount(), 1);

        QVERIFY(!desk.area()->keepMineButton()->isEnabled()); // nothing selected
        view->selectRow(0);
        QVERIFY(desk.area()->keepMineButton()->isEnabled());
        QVERIFY(desk.area()->keepServerButton()->isEnabled());
        QTest::mouseClick(desk.area()->keepMineButton(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(desk.worker()->status().openConflicts, 0);
        QCOMPARE(desk.worker()->status().pendingOperations, 1); // our value, queued again
        QVERIFY2(desk.window->syncStatusButton()->text().contains(u"1 pending"_s),
                 qPrintable(desk.window->syncStatusButton()->text()));

        QTest::mouseClick(desk.area()->syncNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy(), kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(desk.worker()->status().pendingOperations, 0);
        QCOMPARE(desk.worker()->status().openConflicts, 0);
        QCOMPARE(customerName(*desk.window->store(), customer->id), u"Menuiserie Brun (Lyon)"_s);
        auto third = engine.syncOnce();
        QVERIFY2(third, test::why(third).constData());
        QCOMPARE(customerName(*other, customer->id), u"Menuiserie Brun (Lyon)"_s);
    }

    // A sync that is running can be stopped; the next one carries on.
    void stopAndResume()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        for (int i = 0; i < 5; ++i) {
            auto c = addCustomer(*desk.window->store(), u"ANA10%1"_s.arg(i), u"Client %1"_s.arg(i));
            QVERIFY2(c, test::why(c).constData());
        }
        desk.worker()->signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"a"_s);
        // Stopped as soon as the sign-in's sync starts: it ends cancelled or done, never lost.
        QTRY_VERIFY_WITH_TIMEOUT(desk.worker()->status().signedIn, kNetworkMs);
        desk.area()->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy(), kNetworkMs);
        QTest::mouseClick(desk.area()->syncNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy(), kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        QCOMPARE(desk.worker()->status().pendingOperations, 0);
    }

    // The window gives its sync thread a connection of its own to the store. A sync thread left
    // without one asks for the store's passphrase once, checks it, and then signs in and syncs
    // like any other.
    void passphraseAskedWhenTheSyncHasNoAccess()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.coopdesk"_s);
        auto store = createDevice(path);
        QVERIFY(store);
        ui::MainWindow window(std::move(store));
        window.syncWorker()->setInterval(0, 0);
        window.show();
        QVERIFY(window.syncWorker()->hasOpener());
        window.syncWorker()->setOpener({});
        QVERIFY(!window.syncWorker()->hasOpener());

        const auto answer = [](const QString &passphrase, bool *asked) {
            QTimer::singleShot(0, [passphrase, asked] {
                auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (!input)
                    return;
                *asked = true;
                QCOMPARE(input->textEchoMode(), QLineEdit::Password);
                input->setTextValue(passphrase);
                input->accept();
            });
        };
        bool asked = false;
        answer(u"not the passphrase"_s, &asked);
        QVERIFY(!window.syncArea()->openSignIn());
        QVERIFY(asked);
        QVERIFY(!window.syncWorker()->hasOpener());
        QVERIFY2(window.syncArea()->resultText().contains(u"Wrong passphrase"_s),
                 qPrintable(window.syncArea()->resultText()));

        asked = false;
        answer(test::kPassphrase, &asked);
        QPointer<ui::SignInDialog> dialog = window.syncArea()->openSignIn();
        QVERIFY(asked);
        QVERIFY(dialog);
        QVERIFY(window.syncWorker()->hasOpener());
        dialog->serverEdit()->setText(server.url());
        dialog->loginEdit()->setText(u"alice"_s);
        dialog->passwordEdit()->setText(test::ServerFixture::password());
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncWorker()->isBusy() && window.syncWorker()->status().lastSync.isValid(),
                                 kNetworkMs);
        QVERIFY2(window.syncWorker()->lastError().isEmpty(), qPrintable(window.syncWorker()->lastError()));
        QCOMPARE(window.syncWorker()->status().pendingOperations, 0);

        // Asked once: "Sync now" does not ask again.
        asked = false;
        answer(test::kPassphrase, &asked);
        QTest::mouseClick(window.syncArea()->syncNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncWorker()->isBusy(), kNetworkMs);
        QVERIFY(!asked);
        QVERIFY2(window.syncWorker()->lastError().isEmpty(), qPrintable(window.syncWorker()->lastError()));
    }

    // The server goes away: the sync says offline, keeps the work, and retries on its own after
    // the back-off; once the server is back, the retry sends everything.
    void offlineThenRetriedInTheBackground()
    {
        LiveServer server;
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(!server.fixture().addUser(u"alice"_s, kTenant, Role::Admin).isEmpty());
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        desk.worker()->signIn(server.url(), u"alice"_s, test::ServerFixture::password(), u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.worker()->isBusy() && desk.worker()->status().lastSync.isValid(),
                                 kNetworkMs);
        QVERIFY2(desk.worker()->lastError().isEmpty(), qPrintable(desk.worker()->lastError()));
        // Background syncs on, but hourly: what happens next is the retry's doing.
        desk.worker()->setInterval(3600 * 1000, 3600 * 1000);

        server.stop();
        auto customer = addCustomer(*desk.window->store(), u"ANA003"_s, u"Garage Petit"_s);
        QVERIFY2(customer, test::why(customer).constData());
        QTest::mouseClick(desk.area()->syncNowButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.worker()->state(), ui::SyncWorker::State::Offline, kNetworkMs);
        QVERIFY(desk.worker()->status().pendingOperations >= 2);
        QVERIFY2(desk.window->syncStatusButton()->text().startsWith(u"Offline"_s),
                 qPrintable(desk.window->syncStatusButton()->text()));
        QVERIFY(desk.worker()->lastError().contains(u"No answer from the server"_s));

        QVERIFY2(server.start(server.port()), qPrintable(server.error()));
        QTRY_VERIFY_WITH_TIMEOUT(desk.worker()->state() == ui::SyncWorker::State::Idle
                                     && desk.worker()->status().pendingOperations == 0,
                                 kNetworkMs);
        QVERIFY(desk.worker()->lastError().isEmpty());
        QVERIFY2(desk.window->syncStatusButton()->text().startsWith(u"Online"_s),
                 qPrintable(desk.window->syncStatusButton()->text()));
    }

    // Locking the window stops the sync and hides its state; unlocking starts it again.
    void lockStopsTheSync()
    {
        QTemporaryDir dir;
        Desk desk = openDesk(dir.filePath(u"a.coopdesk"_s));
        QVERIFY(desk.window);
        QVERIFY(desk.worker());
        std::unique_ptr<Store> store = desk.window->takeStore();
        QVERIFY(!desk.window->syncWorker());
        QVERIFY(!desk.window->syncStatusButton()->isVisibleTo(desk.window.get()));
        QVERIFY(!desk.area()->syncNowButton()->isEnabled());
        desk.window->setStore(std::move(store));
        QVERIFY(desk.window->syncWorker());
        QVERIFY(desk.window->syncStatusButton()->isVisibleTo(desk.window.get()));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
