// The main window by role (issue 9): an entrepreneur opens on their activity's account and no
// list of any area they reach shows another activity's people, customers, documents, quotes,
// expense reports or supplier invoices; cooperative-wide areas and the settings are not theirs.
// An accountant opens on their portfolio with the work waiting on each of its activities, and
// the lists show the portfolio's activities only; the admin (a stand-alone store) sees everything.
// A real store: three activities (Alpha, Zorglub, Xylo) with customers, validated and draft
// invoices, quotes, expense reports, supplier invoices and contracts that raise alerts; the role
// is put in the store's metadata as a sign-in to the server leaves it.

#include "peoplefixture.h"
#include "salesfixture.h"
#include "testsupport.h"

#include "ui/entrepreneursarea.h"
#include "ui/entrepreneurslistpage.h"
#include "ui/expensereportdialog.h"
#include "ui/expensespage.h"
#include "ui/feesaccountpage.h"
#include "ui/feesarea.h"
#include "ui/feesoverviewpage.h"
#include "ui/feespoolspage.h"
#include "ui/homepage.h"
#include "ui/invoicelistpage.h"
#include "ui/invoicesmodel.h"
#include "ui/mainwindow.h"
#include "ui/portfoliopage.h"
#include "ui/salesarea.h"
#include "ui/supplierinvoicedialog.h"
#include "ui/supplierinvoicespage.h"
#include "ui/uisettings.h"

#include "core/businessday.h"
#include "core/expense.h"
#include "core/purchase.h"
#include "core/storage/expenserepository.h"
#include "core/storage/purchaserepository.h"
#include "core/storage/store.h"
#include "core/userscope.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using test::require;
using ui::MainWindow;

namespace {

// One activity of the fixture and what was made for it.
struct Side
{
    Entrepreneur person;
    Customer customer;
    QString overdueNumber;   // a validated invoice, due a month ago, unpaid
    QString draftId;         // a draft invoice
    QString marker;          // a word in every name of the activity's data
};

// The texts of the window's visible item views (every row, fetched to the end) and combo boxes.
QStringList shownTexts(MainWindow &window)
{
    QStringList texts;
    QCoreApplication::processEvents();
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(&window) || !view->model())
            continue;
        QAbstractItemModel *model = view->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->index(row, column).data(Qt::DisplayRole).toString());
        }
    }
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(&window))
            continue;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
    }
    return texts;
}

// Every text the window shows in its visible item views and combo boxes, walking every
// navigation entry the role reaches (but those in `skipped`) and every visible tab of each area.
QStringList visibleTexts(MainWindow &window, const QList<MainWindow::Area> &skipped = {})
{
    QStringList texts;
    const auto collect = [&texts, &window] { texts.append(shownTexts(window)); };
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->isHidden() || skipped.contains(MainWindow::Area(row)))
            continue;
        navigation->setCurrentRow(row);
        collect();
        QWidget *page = window.findChild<QWidget *>(u"pages"_s);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(&window))
                continue;
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (!tabs->isTabVisible(tab))
                    continue;
                tabs->setCurrentIndex(tab);
                collect();
            }
            tabs->setCurrentIndex(0);
        }
    }
    return texts;
}

// Every item of the combo boxes of a dialog.
QStringList comboTexts(QWidget *dialog)
{
    QStringList texts;
    for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    return std::ranges::any_of(texts, [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

QString firstContaining(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return text;
    }
    return {};
}

} // namespace

class tst_Roles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scopeFromMeta_data();
    void scopeFromMeta();

    void entrepreneur_opensOnTheirAccount();
    void entrepreneur_neverSeesAnotherActivity();
    void entrepreneur_hasNoCooperativeWideAction();
    void accountant_portfolioListsTheWorkWaiting();
    void accountant_listsShowThePortfolioOnly();
    void accountant_severalActivitiesReadPageByPage();
    void admin_seesEverythingAndTheSettings();

private:
    void setRole(const QString &role, const QStringList &activityIds);
    Side addSide(const QString &firstName, const QString &lastName, const QString &code,
                 const QString &marker, int dayShift);
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    Side m_alpha;
    Side m_zorglub;
    Side m_xylo;
    QDate m_today = businessToday();
};

void tst_Roles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_roles"_s);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"roles.coopdesk"_s);
    m_store = test::createStore(m_path, u"Coopérative Horizon"_s);
    QVERIFY(m_store);
    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    // Validated in date order: the numbering is chronological.
    m_alpha = addSide(u"Alice"_s, u"Alpha"_s, u"ALP001"_s, u"Alpha"_s, 0);
    m_zorglub = addSide(u"Zoé"_s, u"Zorglub"_s, u"ZOR002"_s, u"Zorglub"_s, 1);
    m_xylo = addSide(u"Xavier"_s, u"Xylo"_s, u"XYL003"_s, u"Xylo"_s, 2);
}

Side tst_Roles::addSide(const QString &firstName, const QString &lastName, const QString &code,
                        const QString &marker, int dayShift)
{
    PeopleRepository people(*m_store);
    SalesRepository sales(*m_store);
    Side side;
    side.marker = marker;
    side.person = test::addPerson(people, firstName, lastName, code);
    // A CAPE ending within 30 days: one contract alert for each person.
    test::addCape(people, side.person, m_today.addMonths(-6), m_today.addDays(10));
    side.customer = test::addCustomer(sales, side.person.activityId, u"Client "_s + marker,
                                      u"732829320"_s);

    const QDate issued = m_today.addDays(-60 + dayShift);
    const SalesDocument toValidate =
        test::addDraft(sales, side.customer, issued, u"Prestation "_s + marker,
                       {test::line(u"Conseil "_s + marker, u"2"_s, u"400"_s, u"20"_s)});
    side.overdueNumber = require(sales.validate(toValidate.id, issued)).number;
    side.draftId = test::addDraft(sales, side.customer, m_today, u"Brouillon "_s + marker,
                                  {test::line(u"Atelier "_s + marker, u"1"_s, u"300"_s, u"20"_s)})
                       .id;

    Quote quote;
    quote.activityId = side.person.activityId;
    quote.customerId = side.customer.id;
    quote.date = m_today;
    quote.validUntil = m_today.addDays(30);
    quote.title = u"Devis "_s + marker;
    quote.lines = {test::line(u"Étude "_s + marker, u"1"_s, u"900"_s, u"20"_s)};
    require(sales.saveQuote(quote));

    ExpenseReport report;
    report.activityId = side.person.activityId;
    report.entrepreneurId = side.person.id;
    report.month = QDate(m_today.year(), m_today.month(), 1);
    require(ExpenseRepository(*m_store).saveDraft(report));

    SupplierInvoice purchase;
    purchase.activityId = side.person.activityId;
    purchase.supplierName = u"Fournisseur "_s + marker;
    purchase.supplierReference = u"F-"_s + code;
    purchase.date = m_today.addDays(-5);
    SupplierInvoiceLine line;
    line.description = u"Papier "_s + marker;
    line.account = u"6064"_s;
    line.amountExcludingVat = Money::fromCents(12'000);
    line.vatRate = Rate::fromUnits(20 * Rate::UnitsPerPercent);
    purchase.lines = {line};
    require(PurchaseRepository(*m_store).saveDraft(purchase));
    return side;
}

void tst_Roles::init()
{
    QSettings().clear();
    // A test that failed with the store in its window lost it: open it again.
    if (!m_store) {
        Result<std::unique_ptr<Store>> store = Store::open(m_path, test::kPassphrase);
        QVERIFY2(store, test::why(store).constData());
        m_store = std::move(*store);
    }
}

void tst_Roles::cleanup()
{
    QSettings().clear();
    if (m_store)
        setRole(QString(), {});
}

// As the sync engine's sign-in leaves it: the role and the activities in store_meta (none for a
// stand-alone store).
void tst_Roles::setRole(const QString &role, const QStringList &activityIds)
{
    QSqlQuery query(m_store->database());
    for (const auto &[key, value] :
         {std::pair{QString::fromLatin1(UserScope::kRoleKey), role},
          std::pair{QString::fromLatin1(UserScope::kActivitiesKey), activityIds.join(u',')}}) {
        if (role.isEmpty()) {
            query.prepare(u"DELETE FROM store_meta WHERE key = ?"_s);
            query.addBindValue(key);
        } else {
            query.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            query.addBindValue(key);
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
}

std::unique_ptr<MainWindow> tst_Roles::openWindow()
{
    auto window = std::make_unique<MainWindow>(std::move(m_store));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

void tst_Roles::scopeFromMeta_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("activities");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("expectedRole");
    QTest::addColumn<QStringList>("expectedActivities");

    QTest::newRow("stand-alone store: its holder is the admin")
        << QString() << QString() << true << int(UserScope::Role::Admin) << QStringList();
    QTest::newRow("entrepreneur: their one activity")
        << u"entrepreneur"_s << u"a1"_s << true << int(UserScope::Role::Entrepreneur)
        << QStringList{u"a1"_s};
    QTest::newRow("accountant: the portfolio, blanks and repeats dropped")
        << u"accountant"_s << u"a1, a2,,a1"_s << true << int(UserScope::Role::Accountant)
        << QStringList{u"a1"_s, u"a2"_s};
    QTest::newRow("admin named by the server")
        << u"admin"_s << QString() << true << int(UserScope::Role::Admin) << QStringList();
    QTest::newRow("an unknown role is refused, never widened")
        << u"superuser"_s << u"a1"_s << false << 0 << QStringList();
}

void tst_Roles::scopeFromMeta()
{
    QFETCH(QString, role);
    QFETCH(QString, activities);
    QFETCH(bool, valid);
    QFETCH(int, expectedRole);
    QFETCH(QStringList, expectedActivities);
    const Result<UserScope> scope = UserScope::fromMeta(role, activities);
    QCOMPARE(scope.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(int(scope->role), expectedRole);
    QCOMPARE(scope->activityIds, expectedActivities);
    if (scope->role == UserScope::Role::Admin) {
        QVERIFY(scope->sees(u"any"_s));
    } else {
        QVERIFY(scope->sees(u"a1"_s));
        QVERIFY(!scope->sees(u"elsewhere"_s));
    }
}

void tst_Roles::entrepreneur_opensOnTheirAccount()
{
    setRole(u"entrepreneur"_s, {m_alpha.person.activityId});
    // Where the window was left does not matter: the entrepreneur opens on their account.
    QSettings().setValue(ui::settings::kCurrentArea, int(MainWindow::Area::Sales));
    const Result<UserScope> scope = UserScope::read(*m_store);
    QVERIFY2(scope, test::why(scope).constData());
    QCOMPARE(scope->role, UserScope::Role::Entrepreneur);

    auto window = openWindow();
    QCOMPARE(window->currentArea(), MainWindow::Area::Home);
    QCOMPARE(window->homePage()->kind(), ui::HomePage::Kind::Account);
    ui::FeesAccountPage *account = window->homePage()->accountPage();
    QVERIFY(account);
    QVERIFY(account->isVisibleTo(window.get()));
    QVERIFY2(account->account().has_value(), qPrintable(account->message()));
    QCOMPARE(account->account()->activityId, m_alpha.person.activityId);
    QCOMPARE(account->activity(), u"ALP001"_s);
    // It shows today's account: the fiscal year up to today.
    QCOMPARE(account->date(), businessToday());
    QCOMPARE(account->account()->at, businessToday());
    // The account counts the activity's own validated invoice: 2 × 400 € excluding VAT. It was
    // issued 60 days ago, in the previous fiscal year in January and February: read on its
    // issue date, the account holds it whenever the test runs.
    account->setDate(m_today.addDays(-60));
    QVERIFY2(account->account().has_value(), qPrintable(account->message()));
    QCOMPARE(account->account()->turnoverInvoiced, Money::fromCents(80'000));
    m_store = window->takeStore();
}

void tst_Roles::entrepreneur_neverSeesAnotherActivity()
{
    setRole(u"entrepreneur"_s, {m_alpha.person.activityId});
    auto window = openWindow();
    const QStringList texts = visibleTexts(*window);
    // Their own data is there: the lists are filtered, not empty.
    for (const QString &own : {m_alpha.overdueNumber, u"Client Alpha"_s, u"Devis Alpha"_s,
                               u"Fournisseur Alpha"_s, u"ALP001"_s})
        QVERIFY2(anyContains(texts, own), qPrintable(own));
    for (const Side *other : {&m_zorglub, &m_xylo}) {
        QVERIFY2(!anyContains(texts, other->marker),
                 qPrintable(firstContaining(texts, other->marker)));
        QVERIFY2(!anyContains(texts, other->overdueNumber), qPrintable(other->overdueNumber));
    }
    // A new invoice is of their activity, for their customers; a new quote offers their
    // customers only.
    window->setCurrentArea(MainWindow::Area::Sales);
    window->salesArea()->newInvoice();
    const QStringList invoiceTexts = shownTexts(*window);
    QVERIFY(anyContains(invoiceTexts, u"Client Alpha"_s));
    window->salesArea()->newQuote();
    const QStringList quoteTexts = shownTexts(*window);
    QVERIFY(anyContains(quoteTexts, u"Client Alpha"_s));
    // A new expense report or supplier invoice is of their activity only.
    window->setCurrentArea(MainWindow::Area::Contributions);
    window->feesArea()->showView(ui::FeesArea::View::Expenses);
    QDialog *report = window->feesArea()->expensesPage()->newReport();
    QVERIFY(report);
    const QStringList reportTexts = comboTexts(report);
    report->reject();
    window->feesArea()->showView(ui::FeesArea::View::Purchases);
    QVERIFY(window->feesArea()->purchasesPage());
    QDialog *purchase = window->feesArea()->purchasesPage()->newInvoice();
    QVERIFY(purchase);
    const QStringList purchaseTexts = comboTexts(purchase);
    purchase->reject();
    QVERIFY(anyContains(reportTexts, u"ALP001"_s));
    QVERIFY(anyContains(purchaseTexts, u"ALP001"_s));
    for (const QStringList *shown : {&invoiceTexts, &quoteTexts, &reportTexts, &purchaseTexts}) {
        for (const Side *other : {&m_zorglub, &m_xylo})
            QVERIFY2(!anyContains(*shown, other->marker),
                     qPrintable(firstContaining(*shown, other->marker)));
    }
    m_store = window->takeStore();
}

void tst_Roles::entrepreneur_hasNoCooperativeWideAction()
{
    setRole(u"entrepreneur"_s, {m_alpha.person.activityId});
    auto window = openWindow();
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    for (const MainWindow::Area area : {MainWindow::Area::Entrepreneurs, MainWindow::Area::Payroll,
                                        MainWindow::Area::Accounting}) {
        QVERIFY(!window->isAreaAvailable(area));
        QVERIFY(navigation->item(int(area))->isHidden());
        QAction *shortcut = window->findChild<QAction *>(u"areaAction%1"_s.arg(int(area) + 1));
        QVERIFY(!shortcut->isVisible());
        QVERIFY(!shortcut->isEnabled());
        window->setCurrentArea(area);
        QCOMPARE(window->currentArea(), MainWindow::Area::Home);
    }
    for (const MainWindow::Area area : {MainWindow::Area::Sales, MainWindow::Area::Contributions,
                                        MainWindow::Area::Sync}) {
        QVERIFY(!navigation->item(int(area))->isHidden());
        window->setCurrentArea(area);
        QCOMPARE(window->currentArea(), area);
    }
    QAction *settings = window->cooperativeSettingsAction();
    QVERIFY(!settings->isVisible());
    QVERIFY(!settings->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"alertsAction"_s)->isVisible());
    QVERIFY(!window->entrepreneursArea()->newEntrepreneurAction()->isEnabled());
    // In the fees area: their account, expenses and purchases; no overview of every activity,
    // no shared costs, no contribution scales.
    window->setCurrentArea(MainWindow::Area::Contributions);
    ui::FeesArea *fees = window->feesArea();
    QTabWidget *tabs = fees->tabs();
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(fees->overviewPage())));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(fees->poolsPage())));
    QVERIFY(!fees->findChild<QPushButton *>(u"scalesButton"_s)->isVisibleTo(window.get()));
    QVERIFY(!fees->openScales());
    m_store = window->takeStore();
}

void tst_Roles::accountant_portfolioListsTheWorkWaiting()
{
    setRole(u"accountant"_s, {m_alpha.person.activityId});
    auto window = openWindow();
    QCOMPARE(window->currentArea(), MainWindow::Area::Home);
    QCOMPARE(window->homePage()->kind(), ui::HomePage::Kind::Portfolio);
    ui::PortfolioPage *portfolio = window->homePage()->portfolioPage();
    QVERIFY(portfolio && portfolio->isVisibleTo(window.get()));
    QCOMPARE(portfolio->message(), QString());
    QStandardItemModel *model = portfolio->model();
    QCOMPARE(model->rowCount(), 1);
    const auto count = [model](int column) {
        return model->item(0, column)->data(ui::PortfolioPage::CountRole).toLongLong();
    };
    const QStandardItem *activity = model->item(0, ui::PortfolioPage::Activity);
    QVERIFY(activity->text().contains(u"ALP001"_s));
    QCOMPARE(activity->data(ui::PortfolioPage::IdRole).toString(), m_alpha.person.activityId);
    const QString people = model->item(0, ui::PortfolioPage::People)->text();
    QVERIFY2(people.contains(u"Alpha"_s, Qt::CaseInsensitive), qPrintable(people));
    // The fixture made one draft and one invoice due a month ago for each activity.
    QCOMPARE(count(ui::PortfolioPage::Drafts), qint64(1));
    QCOMPARE(count(ui::PortfolioPage::Overdue), qint64(1));
    // The alerts of the activity's people, as the core raises them (the CAPE ending in 10 days).
    Store *store = window->store();
    const QList<Alert> alerts = require(PeopleRepository(*store).alerts(m_today));
    const qint64 alphaAlerts = std::ranges::count_if(
        alerts, [this](const Alert &alert) { return alert.entrepreneurId == m_alpha.person.id; });
    QVERIFY(alphaAlerts >= 1);
    QCOMPARE(count(ui::PortfolioPage::Alerts), alphaAlerts);
    QCOMPARE(portfolio->conflictCount(), qint64(0));
    QVERIFY(!portfolio->conflictsText().isEmpty());
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY(!model->item(0, column)->text().contains(u"Zorglub"_s));
        QVERIFY(!model->item(0, column)->text().contains(u"Xylo"_s));
    }
    // The accountant reaches every area, but not the cooperative's settings.
    for (int area = 0; area < MainWindow::kAreaCount; ++area)
        QVERIFY(window->isAreaAvailable(MainWindow::Area(area)));
    QVERIFY(!window->cooperativeSettingsAction()->isVisible());
    m_store = window->takeStore();
}

void tst_Roles::accountant_listsShowThePortfolioOnly()
{
    setRole(u"accountant"_s, {m_alpha.person.activityId});
    auto window = openWindow();
    // The books and the payroll stay the cooperative's: the accountant's people, sales and
    // contributions are the portfolio's.
    const QStringList texts =
        visibleTexts(*window, {MainWindow::Area::Payroll, MainWindow::Area::Accounting});
    for (const QString &own : {m_alpha.overdueNumber, u"Client Alpha"_s, u"Devis Alpha"_s})
        QVERIFY2(anyContains(texts, own), qPrintable(own));
    QVERIFY2(!anyContains(texts, u"Zorglub"_s), qPrintable(firstContaining(texts, u"Zorglub"_s)));
    QVERIFY2(!anyContains(texts, m_zorglub.overdueNumber), qPrintable(m_zorglub.overdueNumber));
    m_store = window->takeStore();
}

void tst_Roles::accountant_severalActivitiesReadPageByPage()
{
    setRole(u"accountant"_s, {m_alpha.person.activityId, m_zorglub.person.activityId});
    auto window = openWindow();
    window->setCurrentArea(MainWindow::Area::Sales);
    ui::InvoicesModel *model = window->salesArea()->listPage()->model();
    // One row a page: the rows of the activity outside the portfolio are skipped page by page.
    model->setPageSize(1);
    model->reload();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->rowAt(row).id);
    QCOMPARE(model->rowCount(), 4); // a validated invoice and a draft for each of the two
    QVERIFY(ids.contains(m_alpha.draftId));
    QVERIFY(ids.contains(m_zorglub.draftId));
    QVERIFY(!ids.contains(m_xylo.draftId));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->rowAt(row).activityId != m_xylo.person.activityId);
    const Result<qint64> total = model->totalCount();
    QVERIFY2(total, test::why(total).constData());
    QCOMPARE(*total, qint64(4));
    QCOMPARE(window->homePage()->portfolioPage()->model()->rowCount(), 2);
    m_store = window->takeStore();
}

void tst_Roles::admin_seesEverythingAndTheSettings()
{
    // No role in the store: stand-alone, its holder is the cooperative's admin.
    auto window = openWindow();
    QCOMPARE(window->scope().role, UserScope::Role::Admin);
    // Like an accountant, on the work waiting, for every activity.
    QCOMPARE(window->homePage()->kind(), ui::HomePage::Kind::Portfolio);
    QCOMPARE(window->homePage()->portfolioPage()->model()->rowCount(), 3);
    QVERIFY(window->cooperativeSettingsAction()->isVisible());
    QVERIFY(window->cooperativeSettingsAction()->isEnabled());
    for (int area = 0; area < MainWindow::kAreaCount; ++area)
        QVERIFY(window->isAreaAvailable(MainWindow::Area(area)));
    const QStringList texts = visibleTexts(*window);
    for (const Side *side : {&m_alpha, &m_zorglub, &m_xylo}) {
        QVERIFY2(anyContains(texts, side->overdueNumber), qPrintable(side->overdueNumber));
        QVERIFY2(anyContains(texts, u"Client "_s + side->marker), qPrintable(side->marker));
        QVERIFY2(anyContains(texts, u"Fournisseur "_s + side->marker), qPrintable(side->marker));
    }
    m_store = window->takeStore();
}

QTEST_MAIN(tst_Roles)
#include "tst_roles.moc"
