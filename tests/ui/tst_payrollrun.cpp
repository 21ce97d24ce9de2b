#include "testsupport.h"

#include "ui/format.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/payrollarea.h"
#include "ui/payrollpayslip.h"
#include "ui/payrollrunmodel.h"
#include "ui/payrollrunpage.h"
#include "ui/payrollsimulator.h"

#include "core/payrollrun.h"
#include "core/storage/demo.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::PayrollJournalModel;
using ui::PayrollRunPage;
using ui::PayrollRunsModel;
using ui::PayrollSlipsModel;
using ui::PayslipLinesModel;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

// The month's run as the store keeps it.
std::optional<PayrollRun> stored(Store &store, const QString &month)
{
    return require(PayrollRepository(store).load(month));
}

// Clicks the button of a message box the page opened.
void answer(QMessageBox *box, QMessageBox::StandardButton button)
{
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->button(button), Qt::LeftButton);
}

} // namespace

// The monthly run through its page on a small generated cooperative (core/storage/demo.h):
// computed through the buttons, the slips and payslips as the store keeps them, the journal, the
// payroll firm's export, and a closed month that refuses to be computed again.
class tst_PayrollRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void computeThroughTheButtonShowsTheStoredSlips();
    void selectedSlipShowsItsPayslip();
    void journalBalances();
    void slipsSortAndSearch();
    void computingAgainAsksBeforeReplacingTheDraft();
    void exportWritesThePayrollFirmsCsv();
    void closedMonthRefusesToBeComputedAgain();
    void payrollAreaIsInTheMainWindow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    QString m_month;
    std::unique_ptr<PayrollRunPage> m_page;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_PayrollRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.coopdesk"_s);
    m_store = test::createStore(m_path, u"Démo"_s);
    QVERIFY(m_store);
    DemoOptions options;
    options.entrepreneurs = 24;
    options.years = 2;
    options.seed = 7;
    options.today = QDate(2026, 5, 20);
    options.invoicesPerActivityPerYear = 6;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
    m_month = u"2026-04"_s;
    const QList<PayrollRunInput> inputs = require(PayrollRepository(*m_store).inputsFor(m_month));
    QVERIFY2(inputs.size() >= 3, "the demo has too few entrepreneurs under a CESA");

    m_page = std::make_unique<PayrollRunPage>();
    m_page->resize(1200, 800);
    m_page->setStore(m_store.get());
    m_page->setMonth(m_month);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_page->runsModel(), m_page->slipsModel(),
                                                     m_page->slipsFilter(), m_page->journalModel(),
                                                     m_page->payslipView()->model()})
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_PayrollRun::cleanupTestCase()
{
    m_page.reset();
    m_store.reset();
}

void tst_PayrollRun::computeThroughTheButtonShowsTheStoredSlips()
{
    QCOMPARE(m_page->month(), m_month);
    QVERIFY(!m_page->run());
    QCOMPARE(m_page->slipsModel()->rowCount(), 0);
    QVERIFY(!m_page->findChild<QPushButton *>(u"closeButton"_s)->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(u"exportButton"_s)->isEnabled());

    // No run yet: computed at once, without a question.
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"computeButton"_s), Qt::LeftButton);
    QVERIFY2(!m_page->messageIsError(), qPrintable(m_page->message()));
    QVERIFY(m_page->lastComputeMilliseconds() >= 0);
    // The busy cursor shown while computing is gone.
    QVERIFY(!QApplication::overrideCursor());
    const std::optional<PayrollRun> run = stored(*m_store, m_month);
    QVERIFY(run);
    QVERIFY(m_page->run());

    // The list of runs: this month, a draft, its totals.
    QCOMPARE(m_page->runsModel()->rowCount(), 1);
    const PayrollRunSummary summary = m_page->runsModel()->runs().constFirst();
    QCOMPARE(summary.month, m_month);
    QCOMPARE(summary.status, PayrollRunStatus::Draft);
    const QModelIndex slipsCell = m_page->runsModel()->index(0, PayrollRunsModel::Slips);
    QCOMPARE(slipsCell.data().toString(), ui::formatCount(run->slips.size()));
    QCOMPARE(m_page->runsModel()->index(0, PayrollRunsModel::EmployerCost).data().toString(),
             ui::formatMoney(run->totals.employerCost));
    QCOMPARE(m_page->runsModel()->index(0, PayrollRunsModel::Gross).data().toString(),
             ui::formatMoney(run->totals.gross));

    // The slips the store kept, one row each, with their figures.
    PayrollSlipsModel *slips = m_page->slipsModel();
    QCOMPARE(slips->rowCount(), int(run->slips.size()));
    for (int row = 0; row < slips->rowCount(); ++row) {
        const PayrollRunSlip &slip = run->slips.at(row);
        const auto at = [&](int column, int role = Qt::DisplayRole) {
            return slips->index(row, column).data(role);
        };
        QCOMPARE(at(0, PayrollSlipsModel::EntrepreneurIdRole).toString(), slip.entrepreneurId);
        QCOMPARE(at(PayrollSlipsModel::Name).toString(), slip.name);
        QCOMPARE(at(PayrollSlipsModel::Activity).toString(), slip.activityCode);
        QCOMPARE(at(PayrollSlipsModel::Days, PayrollSlipsModel::RawRole).toInt(),
                 slip.daysUnderContract);
        QCOMPARE(at(PayrollSlipsModel::Gross).toString(), ui::formatAmount(slip.payslip.gross));
        QCOMPARE(at(PayrollSlipsModel::Net).toString(),
                 ui::formatAmount(slip.payslip.netBeforeTax));
        QCOMPARE(at(PayrollSlipsModel::EmployerCost).toString(),
                 ui::formatAmount(slip.payslip.employerCost));
        QCOMPARE(at(PayrollSlipsModel::Fixed, PayrollSlipsModel::RawRole).toLongLong(),
                 slip.fixedGross.cents());
        QCOMPARE(at(PayrollSlipsModel::Variable, PayrollSlipsModel::RawRole).toLongLong(),
                 slip.variableGross.cents());
    }
    QVERIFY(m_page->findChild<QPushButton *>(u"closeButton"_s)->isEnabled());
    QVERIFY(m_page->findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
}

void tst_PayrollRun::selectedSlipShowsItsPayslip()
{
    const std::optional<PayrollRun> run = stored(*m_store, m_month);
    QVERIFY(run);
    for (const qsizetype index : {qsizetype(0), run->slips.size() - 1}) {
        const PayrollRunSlip &slip = run->slips.at(index);
        // Clicked in the list, as a person does.
        QTableView *view = m_page->slipsView();
        int row = -1;
        for (int r = 0; r < m_page->slipsFilter()->rowCount(); ++r) {
            if (m_page->slipsFilter()->index(r, 0).data(PayrollSlipsModel::EntrepreneurIdRole)
                == slip.entrepreneurId)
                row = r;
        }
        QVERIFY(row >= 0);
        view->scrollTo(m_page->slipsFilter()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(m_page->slipsFilter()->index(row, 1)).center());
        QCOMPARE(m_page->currentSlipId(), slip.entrepreneurId);

        const ui::PayslipView *payslip = m_page->payslipView();
        QCOMPARE(payslip->model()->payslip(), std::optional(slip.payslip));
        QCOMPARE(payslip->summaryText(u"gross"_s), ui::formatMoney(slip.payslip.gross));
        QCOMPARE(payslip->summaryText(u"employeeTotal"_s),
                 ui::formatMoney(slip.payslip.employeeTotal));
        QCOMPARE(payslip->summaryText(u"employerTotal"_s),
                 ui::formatMoney(slip.payslip.employerTotal));
        QCOMPARE(payslip->summaryText(u"netBeforeTax"_s),
                 ui::formatMoney(slip.payslip.netBeforeTax));
        QCOMPARE(payslip->summaryText(u"employerCost"_s),
                 ui::formatMoney(slip.payslip.employerCost));
        const PayslipLinesModel *lines = payslip->model();
        QCOMPARE(lines->rowCount(), int(slip.payslip.lines.size()) + 2);
        const int total = lines->rowOf(PayslipLinesModel::kTotalCode);
        QCOMPARE(lines->index(total, PayslipLinesModel::Employee).data().toString(),
                 ui::formatAmount(slip.payslip.employeeTotal));
        QCOMPARE(lines->index(total, PayslipLinesModel::Employer).data().toString(),
                 ui::formatAmount(slip.payslip.employerTotal));
    }
}

void tst_PayrollRun::journalBalances()
{
    const std::optional<PayrollRun> run = stored(*m_store, m_month);
    QVERIFY(run);
    PayrollJournalModel *journal = m_page->journalModel();
    QCOMPARE(journal->lines(), run->journal);
    QCOMPARE(journal->rowCount(), int(run->journal.size()) + 1);
    Money debit;
    Money credit;
    for (int row = 0; row < run->journal.size(); ++row) {
        const PayrollJournalLine &line = run->journal.at(row);
        QCOMPARE(journal->index(row, PayrollJournalModel::Account).data().toString(),
                 line.account);
        QCOMPARE(journal->index(row, PayrollJournalModel::AnalyticCode).data().toString(),
                 line.activityCode);
        const int column =
            line.side == JournalSide::Debit ? PayrollJournalModel::Debit : PayrollJournalModel::Credit;
        QCOMPARE(journal->index(row, column).data().toString(), ui::formatAmount(line.amount));
        (line.side == JournalSide::Debit ? debit : credit) += line.amount;
    }
    QVERIFY(!debit.isZero());
    QCOMPARE(debit, credit);
    const int total = int(run->journal.size());
    QVERIFY(journal->index(total, 0).data(PayrollJournalModel::IsTotalRole).toBool());
    QCOMPARE(journal->index(total, PayrollJournalModel::Debit).data().toString(),
             ui::formatAmount(debit));
    QCOMPARE(journal->index(total, PayrollJournalModel::Credit).data().toString(),
             ui::formatAmount(credit));
    // The gross of every slip is debited to 6411.
    Money wages;
    for (const PayrollJournalLine &line : run->journal) {
        if (line.account.startsWith(u"641"_s) && line.side == JournalSide::Debit)
            wages += line.amount;
    }
    QCOMPARE(wages, run->totals.gross);
    const QString balance = m_page->journalBalanceLabel()->text();
    QVERIFY2(balance.contains(ui::formatMoney(debit)), qPrintable(balance));
}

void tst_PayrollRun::slipsSortAndSearch()
{
    ui::PayrollSlipsFilter *filter = m_page->slipsFilter();
    const int all = filter->rowCount();
    // Sorted by gross from its header, ascending then descending.
    QHeaderView *header = m_page->slipsView()->horizontalHeader();
    const auto grossAt = [&](int row) {
        return filter->index(row, PayrollSlipsModel::Gross).data(PayrollSlipsModel::RawRole)
            .toLongLong();
    };
    header->setSortIndicator(PayrollSlipsModel::Gross, Qt::AscendingOrder);
    for (int row = 1; row < all; ++row)
        QVERIFY(grossAt(row - 1) <= grossAt(row));
    header->setSortIndicator(PayrollSlipsModel::Gross, Qt::DescendingOrder);
    for (int row = 1; row < all; ++row)
        QVERIFY(grossAt(row - 1) >= grossAt(row));

    // A part of a name, typed without its capitals: only the matching names stay.
    const QString name = filter->index(0, PayrollSlipsModel::Name).data().toString();
    const QString part = ui::foldedForSearch(name.section(u' ', 0, 0)).left(4);
    QTest::keyClicks(m_page->searchField(), part);
    QVERIFY(filter->rowCount() >= 1);
    QVERIFY(filter->rowCount() <= all);
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(ui::foldedForSearch(filter->index(row, PayrollSlipsModel::Name).data().toString())
                    .contains(part));
    m_page->searchField()->clear();
    QCOMPARE(filter->rowCount(), all);
    header->setSortIndicator(PayrollSlipsModel::Name, Qt::AscendingOrder);
}

void tst_PayrollRun::computingAgainAsksBeforeReplacingTheDraft()
{
    const std::optional<PayrollRun> before = stored(*m_store, m_month);
    QVERIFY(before);
    const PayrollRunSummary first = require(PayrollRepository(*m_store).summary(m_month)).value();
    auto *compute = m_page->findChild<QPushButton *>(u"computeButton"_s);

    // Cancelled: nothing changes.
    QTest::mouseClick(compute, Qt::LeftButton);
    answer(m_page->replaceConfirmation(), QMessageBox::Cancel);
    QCOMPARE(require(PayrollRepository(*m_store).summary(m_month)).value().id, first.id);

    // Replaced: the draft is computed again, still one run for the month.
    QTest::mouseClick(compute, Qt::LeftButton);
    answer(m_page->replaceConfirmation(), QMessageBox::Yes);
    QTRY_VERIFY(!m_page->replaceConfirmation());
    QVERIFY2(!m_page->messageIsError(), qPrintable(m_page->message()));
    QCOMPARE(m_page->runsModel()->rowCount(), 1);
    const std::optional<PayrollRun> after = stored(*m_store, m_month);
    QVERIFY(after);
    QCOMPARE(after->slips.size(), before->slips.size());
    QCOMPARE(after->journal, before->journal);
    QCOMPARE(m_page->slipsModel()->rowCount(), int(after->slips.size()));
}

void tst_PayrollRun::exportWritesThePayrollFirmsCsv()
{
    const QString path = m_dir.filePath(u"paie-2026-04.csv"_s);
    QVERIFY(m_page->exportCsv(path));
    QVERIFY(!m_page->messageIsError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<PayrollRun> run = stored(*m_store, m_month);
    QVERIFY(run);
    QCOMPARE(file.readAll(), payrollRunCsv(*run));

    // A folder that does not exist: refused with a message, no crash.
    QVERIFY(!m_page->exportCsv(m_dir.filePath(u"missing/folder/paie.csv"_s)));
    QVERIFY(m_page->messageIsError());
}

void tst_PayrollRun::closedMonthRefusesToBeComputedAgain()
{
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    answer(m_page->closeConfirmation(), QMessageBox::Yes);
    QTRY_COMPARE(m_page->runsModel()->runs().constFirst().status, PayrollRunStatus::Closed);
    QVERIFY(!m_page->findChild<QPushButton *>(u"closeButton"_s)->isEnabled());
    const std::optional<PayrollRun> before = stored(*m_store, m_month);
    const PayrollRunSummary closed = require(PayrollRepository(*m_store).summary(m_month)).value();
    QVERIFY(before);

    // Compute again: no question, the store's refusal at the top, nothing changed.
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"computeButton"_s), Qt::LeftButton);
    QVERIFY(!m_page->replaceConfirmation());
    QVERIFY(m_page->messageIsError());
    const Result<PayrollRun> refused = PayrollRepository(*m_store).run(m_month);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QCOMPARE(m_page->message(), refused.error().message());

    const PayrollRunSummary still = require(PayrollRepository(*m_store).summary(m_month)).value();
    QCOMPARE(still.id, closed.id);
    QCOMPARE(still.status, PayrollRunStatus::Closed);
    QCOMPARE(still.computedAt, closed.computedAt);
    const std::optional<PayrollRun> after = stored(*m_store, m_month);
    QVERIFY(after);
    QCOMPARE(after->journal, before->journal);
    QCOMPARE(after->slips.size(), before->slips.size());
    for (qsizetype i = 0; i < after->slips.size(); ++i)
        QCOMPARE(after->slips.at(i).payslip, before->slips.at(i).payslip);
    QCOMPARE(m_page->slipsModel()->rowCount(), int(before->slips.size()));
}

void tst_PayrollRun::payrollAreaIsInTheMainWindow()
{
    m_page.reset();
    const QString path = m_path;
    std::unique_ptr<Store> store = std::move(m_store);
    ui::MainWindow window(std::move(store));
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentArea(ui::MainWindow::Area::Payroll);
    ui::PayrollArea *area = window.payrollArea();
    QVERIFY(area);
    QVERIFY(area->isVisible());
    QCOMPARE(area->currentView(), ui::PayrollArea::View::Simulator);
    QVERIFY(area->simulator()->isVisible());
    area->showRun();
    QVERIFY(area->runPage()->isVisible());
    // The page lists the store's runs once shown.
    QCOMPARE(area->runPage()->runsModel()->rowCount(), 1);
    QCOMPARE(area->tabs()->count(), 2);
    m_store = window.takeStore();
}

QTEST_MAIN(tst_PayrollRun)
#include "tst_payrollrun.moc"
