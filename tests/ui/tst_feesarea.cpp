#include "testsupport.h"

#include "ui/feesaccountpage.h"
#include "ui/feesaccountsmodel.h"
#include "ui/feesarea.h"
#include "ui/feesoverviewpage.h"
#include "ui/feespoolspage.h"
#include "ui/format.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include "core/storage/accountrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/demo.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::FeesAccountPage;
using ui::FeesAccountsModel;
using ui::FeesOverviewPage;
using ui::FeesPoolsPage;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

qint64 chartCents(double euros)
{
    return std::llround(euros * 100.0);
}

QString csvAmount(Money amount)
{
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString())
           + u"%1,%2"_s.arg(magnitude / 100).arg(magnitude % 100, 2, 10, QChar(u'0'));
}

// The shares as text, field by field (AllocationShare has no comparison of its own).
QStringList describe(const QList<AllocationShare> &shares)
{
    QStringList lines;
    for (const AllocationShare &share : shares)
        lines.append(u"%1 %2 %3 %4 %5 %6"_s.arg(share.activityId, share.activityCode)
                         .arg(share.keyValue)
                         .arg(share.presenceDays)
                         .arg(share.weight)
                         .arg(share.amount.cents()));
    return lines;
}

} // namespace

// The "Contributions & shared costs" area on a small generated cooperative with a month of payroll
// computed: the account page and its charts against AccountRepository, the overview's rows,
// totals, sorting and CSV, and a pool previewed then allocated through the buttons.
class tst_FeesArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void accountPageShowsTheRepositorysFigures_data();
    void accountPageShowsTheRepositorysFigures();
    void chartsFollowTheMonthsOfTheFiscalYear();
    void overviewHasOneRowPerAccountAndItsTotals();
    void overviewSortsTreasuryNumerically();
    void overviewSearchAndCsvExport();
    void poolPreviewThenAllocate();
    void areaIsInTheMainWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_FeesArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"demo.coopdesk"_s), u"Démo"_s);
    QVERIFY(m_store);
    m_today = QDate(2026, 5, 20);
    DemoOptions options;
    options.entrepreneurs = 24;
    options.years = 2;
    options.seed = 7;
    options.today = m_today;
    options.invoicesPerActivityPerYear = 6;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
    QVERIFY(demo->pools > 0);
    // Salaries in the accounts: the payroll of April.
    const Result<PayrollRun> run = PayrollRepository(*m_store).run(u"2026-04");
    QVERIFY2(run, test::why(run).constData());
}

void tst_FeesArea::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_store.reset();
}

void tst_FeesArea::accountPageShowsTheRepositorysFigures_data()
{
    QTest::addColumn<QDate>("at");
    QTest::addColumn<bool>("busiest");
    QTest::newRow("busiest activity today") << m_today << true;
    QTest::newRow("busiest activity at the end of last year") << QDate(2025, 12, 31) << true;
    QTest::newRow("quietest activity today") << m_today << false;
}

void tst_FeesArea::accountPageShowsTheRepositorysFigures()
{
    QFETCH(QDate, at);
    QFETCH(bool, busiest);
    const QList<EntrepreneurAccount> all = require(AccountRepository(*m_store).accounts(at));
    QVERIFY(!all.isEmpty());
    const auto chosen = std::ranges::max_element(
        all, [busiest](const EntrepreneurAccount &a, const EntrepreneurAccount &b) {
            return busiest ? a.turnoverInvoiced < b.turnoverInvoiced
                           : a.turnoverInvoiced > b.turnoverInvoiced;
        });
    const EntrepreneurAccount expected =
        require(AccountRepository(*m_store).account(chosen->activityCode, at));

    FeesAccountPage page;
    page.resize(1100, 800);
    page.setStore(m_store.get());
    page.show();
    page.setDate(at);
    page.setActivity(expected.activityCode);
    QCOMPARE(page.activity(), expected.activityCode);
    QVERIFY(page.account());
    QCOMPARE(page.account()->activityCode, expected.activityCode);
    QCOMPARE(page.account()->at, at);
    QCOMPARE(page.message(), QString());

    const QList<std::pair<QString, Money>> figures = {
        {u"turnoverInvoiced"_s, expected.turnoverInvoiced},
        {u"turnoverCollected"_s, expected.turnoverCollected},
        {u"expenses"_s, expected.expenses + expected.purchases},
        {u"allocatedCosts"_s, expected.allocatedCosts},
        {u"salaryCost"_s, expected.salaryCost},
        {u"result"_s, expected.result},
        {u"treasury"_s, expected.treasury},
        {u"receivables"_s, expected.receivables},
        {u"treasuryReference"_s, expected.treasuryReference},
        {u"salariesToPay"_s, expected.salariesToPay},
        {u"expensesToPay"_s, expected.expensesToPay},
        {u"treasuryFuture"_s, expected.treasuryFuture},
    };
    for (const auto &[name, amount] : figures)
        QCOMPARE(page.figureText(name), ui::formatMoney(amount));
    QCOMPARE(page.figureText(u"contribution"_s),
             expected.contributionKnown ? ui::formatMoney(expected.contribution) : u"—"_s);
    if (expected.envelopePayslip) {
        QVERIFY2(page.envelopeText().contains(ui::formatMoney(expected.envelope)),
                 qPrintable(page.envelopeText()));
        QVERIFY(page.envelopeText().contains(ui::formatMoney(expected.envelopePayslip->gross)));
        QVERIFY(page.envelopeText().contains(
            ui::formatMoney(expected.envelopePayslip->netBeforeTax)));
    } else {
        QVERIFY(!page.envelopeText().isEmpty());
    }
}

void tst_FeesArea::chartsFollowTheMonthsOfTheFiscalYear()
{
    const QList<EntrepreneurAccount> all = require(AccountRepository(*m_store).accounts(m_today));
    const auto busiest = std::ranges::max_element(
        all, {}, [](const EntrepreneurAccount &a) { return a.turnoverInvoiced; });
    FeesAccountPage page;
    page.setStore(m_store.get());
    page.setDate(m_today);
    page.setActivity(busiest->activityCode);
    QVERIFY(page.account());
    const EntrepreneurAccount &account = *page.account();
    const int months = static_cast<int>((m_today.year() - account.from.year()) * 12
                                        + m_today.month() - account.from.month() + 1);
    QVERIFY(months >= 1 && months <= 12);

    const QList<QBarSet *> sets = page.monthlySeries()->barSets();
    QCOMPARE(sets.size(), 3);
    for (const QBarSet *set : sets)
        QCOMPARE(set->count(), months);
    // The months add up to the year to date (each bar is rounded to the cent already).
    qint64 invoiced = 0;
    qint64 contribution = 0;
    for (int i = 0; i < months; ++i) {
        invoiced += chartCents(sets.at(0)->at(i));
        contribution += chartCents(sets.at(2)->at(i));
    }
    QCOMPARE(invoiced, account.turnoverInvoiced.cents());
    QCOMPARE(contribution, account.contribution.cents());

    const QLineSeries *treasury = page.treasurySeries();
    QCOMPARE(treasury->count(), months);
    QCOMPARE(chartCents(treasury->at(months - 1).y()), account.treasury.cents());
    // The first point is the treasury at the end of the fiscal year's first month.
    const EntrepreneurAccount first = require(AccountRepository(*m_store).account(
        account.activityCode, account.from.addMonths(1).addDays(-1)));
    if (months > 1)
        QCOMPARE(chartCents(treasury->at(0).y()), first.treasury.cents());
}

void tst_FeesArea::overviewHasOneRowPerAccountAndItsTotals()
{
    const QList<EntrepreneurAccount> all = require(AccountRepository(*m_store).accounts(m_today));
    FeesOverviewPage page;
    m_testers.append(new QAbstractItemModelTester(
        page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.append(new QAbstractItemModelTester(
        page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    page.setDate(m_today);
    page.setStore(m_store.get());
    QCOMPARE(page.model()->rowCount(), all.size());
    QCOMPARE(page.proxy()->rowCount(), all.size());
    QCOMPARE(page.message(), QString());
    for (int row = 0; row < all.size(); ++row) {
        QCOMPARE(page.model()->index(row, FeesAccountsModel::Code).data().toString(),
                 all.at(row).activityCode);
        QCOMPARE(page.model()->index(row, FeesAccountsModel::Treasury).data().toString(),
                 ui::formatMoney(all.at(row).treasury));
    }
    Money invoiced, collected, contribution, costs, salaries, result, treasury;
    for (const EntrepreneurAccount &account : all) {
        invoiced += account.turnoverInvoiced;
        collected += account.turnoverCollected;
        contribution += account.contribution;
        costs += account.allocatedCosts;
        salaries += account.salaryCost;
        result += account.result;
        treasury += account.treasury;
    }
    QCOMPARE(page.model()->total(FeesAccountsModel::Invoiced), invoiced);
    QCOMPARE(page.model()->total(FeesAccountsModel::Collected), collected);
    QCOMPARE(page.model()->total(FeesAccountsModel::Contribution), contribution);
    QCOMPARE(page.model()->total(FeesAccountsModel::SharedCosts), costs);
    QCOMPARE(page.model()->total(FeesAccountsModel::Salaries), salaries);
    QCOMPARE(page.model()->total(FeesAccountsModel::Result), result);
    QCOMPARE(page.model()->total(FeesAccountsModel::Treasury), treasury);
    QVERIFY(!salaries.isZero());  // April's payroll is in the accounts
    QVERIFY2(page.totalText().contains(ui::formatMoney(invoiced)), qPrintable(page.totalText()));
    QVERIFY(page.totalText().contains(ui::formatMoney(treasury)));
}

void tst_FeesArea::overviewSortsTreasuryNumerically()
{
    FeesOverviewPage page;
    page.setDate(m_today);
    page.setStore(m_store.get());
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        page.proxy()->sort(FeesAccountsModel::Treasury, order);
        QList<qint64> cents;
        for (int row = 0; row < page.proxy()->rowCount(); ++row)
            cents.append(page.proxy()
                             ->index(row, FeesAccountsModel::Treasury)
                             .data(FeesAccountsModel::CentsRole)
                             .toLongLong());
        QList<qint64> sorted = cents;
        std::ranges::sort(sorted);
        if (order == Qt::DescendingOrder)
            std::ranges::reverse(sorted);
        QCOMPARE(cents, sorted);
    }
}

void tst_FeesArea::overviewSearchAndCsvExport()
{
    FeesOverviewPage page;
    page.setDate(m_today);
    page.setStore(m_store.get());
    page.proxy()->sort(FeesAccountsModel::Result, Qt::DescendingOrder);
    const QString code = page.model()->accounts().constFirst().activityCode;
    page.setSearch(code.toLower());
    QVERIFY(page.proxy()->rowCount() >= 1);
    QVERIFY(page.proxy()->rowCount() < page.model()->rowCount());
    page.setSearch(QString());
    QCOMPARE(page.proxy()->rowCount(), page.model()->rowCount());

    QStringList header;
    for (int column = 0; column < FeesAccountsModel::ColumnCount; ++column)
        header.append(page.model()->headerData(column, Qt::Horizontal).toString());
    QString expected = header.join(u';') + u"\r\n"_s;
    Money previous = Money::fromCents(std::numeric_limits<qint64>::max());
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const int source = page.proxy()->mapToSource(page.proxy()->index(row, 0)).row();
        const EntrepreneurAccount &account = page.model()->accounts().at(source);
        QVERIFY(account.result <= previous);  // the export follows the order shown
        previous = account.result;
        QStringList fields = {account.activityCode, account.activityName,
                              csvAmount(account.turnoverInvoiced),
                              csvAmount(account.turnoverCollected),
                              csvAmount(account.contribution), csvAmount(account.allocatedCosts),
                              csvAmount(account.salaryCost), csvAmount(account.result),
                              csvAmount(account.treasury),
                              csvAmount(account.envelopePayslip ? account.envelopePayslip->gross
                                                                : Money())};
        expected += fields.join(u';') + u"\r\n"_s;
    }
    const QString path = m_dir.filePath(u"overview.csv"_s);
    const Result<void> written = page.exportCsv(path);
    QVERIFY2(written, test::why(written).constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
    QVERIFY(!page.exportCsv(m_dir.filePath(u"missing/folder/overview.csv"_s)));
}

void tst_FeesArea::poolPreviewThenAllocate()
{
    FeesPoolsPage page;
    m_testers.append(new QAbstractItemModelTester(
        page.poolsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.append(new QAbstractItemModelTester(
        page.sharesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    page.resize(1100, 700);
    page.setStore(m_store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QList<StoredCostPool> pools = require(CostPoolRepository(*m_store).pools());
    QCOMPARE(page.poolsModel()->rowCount(), pools.size());
    const auto draft = std::ranges::find_if(pools, [](const StoredCostPool &pool) {
        return !pool.allocated && pool.pool.key == AllocationKey::Turnover;
    });
    QVERIFY(draft != pools.end());
    const QString id = draft->pool.id;
    page.selectPool(id);
    QVERIFY(page.selectedPool());
    QCOMPARE(page.selectedPool()->pool.id, id);

    auto *preview = page.findChild<QPushButton *>(u"preview"_s);
    auto *allocate = page.findChild<QPushButton *>(u"allocate"_s);
    QVERIFY(preview && preview->isEnabled() && allocate->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    QCOMPARE(page.message(), QString());
    const Allocation expected = require(CostPoolRepository(*m_store).allocate(id, true));
    QCOMPARE(describe(page.shownShares()), describe(expected.shares));
    QCOMPARE(page.sharesModel()->rowCount(), expected.shares.size());
    QCOMPARE(page.sharesModel()->item(0, 5)->text(), expected.explain(expected.shares.first()));
    // A preview writes nothing.
    QVERIFY(!require(CostPoolRepository(*m_store).pool(id))->allocated);

    // Cancelled: still a draft.
    QTest::mouseClick(allocate, Qt::LeftButton);
    QTRY_VERIFY(page.allocateConfirmation() && page.allocateConfirmation()->isVisible());
    QTest::mouseClick(page.allocateConfirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    QVERIFY(!require(CostPoolRepository(*m_store).pool(id))->allocated);

    QTest::mouseClick(allocate, Qt::LeftButton);
    QTRY_VERIFY(page.allocateConfirmation() && page.allocateConfirmation()->isVisible());
    QTest::mouseClick(page.allocateConfirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    const std::optional<StoredCostPool> stored = require(CostPoolRepository(*m_store).pool(id));
    QVERIFY(stored && stored->allocated);
    QCOMPARE(page.message(), QString());
    QCOMPARE(page.selectedPool()->pool.id, id);
    QVERIFY(page.selectedPool()->allocated);
    QCOMPARE(describe(page.shownShares()), describe(stored->shares));
    QCOMPARE(describe(stored->shares), describe(expected.shares));
    QCOMPARE(page.sharesModel()->rowCount(), stored->shares.size());
    QVERIFY(!preview->isEnabled() && !allocate->isEnabled());
    const int row = page.poolsView()->currentIndex().row();
    QVERIFY(page.poolsModel()->item(row, 4)->text().contains(
        ui::formatDate(stored->allocatedAt.toLocalTime().date())));

    // Allocating again is refused by the repository; the page says why and keeps going.
    QVERIFY(!page.allocateNow());
    QVERIFY(!page.message().isEmpty());
    QCOMPARE(describe(page.shownShares()), describe(stored->shares));
}

void tst_FeesArea::areaIsInTheMainWindow()
{
    std::unique_ptr<Store> store = test::createStore(m_dir.filePath(u"empty.coopdesk"_s));
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.show();
    window.setCurrentArea(ui::MainWindow::Area::Contributions);
    QVERIFY(window.feesArea());
    QVERIFY(window.feesArea()->isVisible());
    QCOMPARE(window.feesArea()->currentView(), ui::FeesArea::View::Account);
    window.feesArea()->showView(ui::FeesArea::View::SharedCosts);
    QCOMPARE(window.feesArea()->currentView(), ui::FeesArea::View::SharedCosts);
    QCOMPARE(window.feesArea()->tabs()->count(), 5);
    // An empty store: no pool, no activity, said in the pages (loaded as they are shown).
    QCOMPARE(window.feesArea()->poolsPage()->poolsModel()->rowCount(), 0);
    QVERIFY(!window.feesArea()->poolsPage()->status().isEmpty());
    window.feesArea()->showView(ui::FeesArea::View::Account);
    QVERIFY(!window.feesArea()->accountPage()->account());
    QVERIFY(!window.feesArea()->accountPage()->message().isEmpty());
    // The supplier invoices page is made when its tab is shown, and goes with the store.
    QVERIFY(!window.feesArea()->purchasesPage());
    window.feesArea()->showView(ui::FeesArea::View::Purchases);
    QCOMPARE(window.feesArea()->currentView(), ui::FeesArea::View::Purchases);
    QVERIFY(window.feesArea()->purchasesPage());

    // Locked: the pages keep nothing of the store.
    std::unique_ptr<Store> taken = window.takeStore();
    QVERIFY(!window.feesArea()->purchasesPage());
    QVERIFY(window.feesArea()->accountPage()->message().isEmpty());
    QCOMPARE(window.feesArea()->overviewPage()->model()->rowCount(), 0);
}

QTEST_MAIN(tst_FeesArea)
#include "tst_feesarea.moc"
