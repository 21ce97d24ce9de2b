#include "testsupport.h"

#include "ui/accountingarea.h"
#include "ui/accountingexportdialog.h"
#include "ui/format.h"
#include "ui/journalpage.h"
#include "ui/language.h"
#include "ui/ledgermodel.h"
#include "ui/mainwindow.h"
#include "ui/periodclosingpage.h"
#include "ui/trialbalancepage.h"

#include "core/cooperative.h"
#include "core/storage/demo.h"
#include "core/storage/ledgerrepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#ifdef COOP_HAVE_QTPDF
#include <QPdfDocument>
#endif

using namespace Qt::StringLiterals;
using namespace coop;
using ui::JournalPage;
using ui::LedgerModel;
using ui::TrialBalanceModel;
using ui::TrialBalancePage;

namespace {

// Reads every page the view would read by scrolling to the end.
void fetchAll(LedgerModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

struct Sums
{
    Money debit;
    Money credit;
};

// The text of every page of a PDF, pages separated by form feeds; empty without QtPdf.
QString pdfText(const QString &path)
{
#ifdef COOP_HAVE_QTPDF
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages.append(document.getAllText(page).text());
    return pages.join(u'\f');
#else
    Q_UNUSED(path);
    return {};
#endif
}

// PDF text extraction may render spaces (the amounts' narrow no-break ones) in several ways.
QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(u"\\s|\u202f|\u00a0"_s));
    return text;
}

Sums sumsOf(const QList<LedgerRow> &rows)
{
    Sums sums;
    for (const LedgerRow &row : rows) {
        sums.debit += row.debit;
        sums.credit += row.credit;
    }
    return sums;
}

} // namespace

// The Accounting area on a small generated cooperative whose validated documents were posted
// (postPending): the journal browser against LedgerRepository::countRows and rows, the trial
// balance's totals and exports against LedgerRepository, a period closed then reopened through
// the page's dialogs, and the FEC and CSV export dialogs writing their files.
class tst_AccountingArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void journalBrowserCountsWhatTheLedgerCounts_data();
    void journalBrowserCountsWhatTheLedgerCounts();
    void journalBrowserOffersTheCooperativeAndEveryActivity();
    void journalSearchIsDebounced();
    void balanceTotalsAreTheLedgers_data();
    void balanceTotalsAreTheLedgers();
    void balanceAndGeneralLedgerExports();
    void closeThenReopenWithAReason();
    void reopeningWithoutAReasonIsRefusedAtTheField();
    void reopeningIsTheAdminsOnly();
    void fecExportWritesTheNamedFile();
    void csvExportUsesAndRemembersTheLayout();
    void areaIsInTheMainWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
    QString m_activityCode;   // an activity with posted lines
    QString m_cooperativeCode;
};

void tst_AccountingArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountingarea"_s);
    QSettings().clear();
    ui::applyLanguage(u"en"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"demo.coopdesk"_s), u"Démo"_s);
    QVERIFY(m_store);
    m_today = QDate(2026, 5, 20);
    DemoOptions options;
    options.entrepreneurs = 10;
    options.years = 2;
    options.seed = 11;
    options.today = m_today;
    options.invoicesPerActivityPerYear = 5;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
    LedgerRepository ledger(*m_store);
    const Result<qint64> posted = ledger.postPending();
    QVERIFY2(posted, test::why(posted).constData());
    // A month's contribution: lines on the cooperative's own analytic code too.
    const Result<PostedEntry> contribution = ledger.postContribution(u"2026-04"_s);
    QVERIFY2(contribution, test::why(contribution).constData());

    LedgerFilter all;
    const Result<qint64> lines = ledger.countRows(all);
    QVERIFY2(lines, test::why(lines).constData());
    // More lines than a page, so that paging is exercised.
    QVERIFY2(*lines > LedgerModel::kDefaultPageSize, QByteArray::number(*lines).constData());

    const Result<AccountingMapping> mapping = ledger.mapping();
    QVERIFY2(mapping, test::why(mapping).constData());
    m_cooperativeCode = mapping->cooperativeCode;
    // The activity with the most lines.
    const Result<QList<Activity>> activities = PeopleRepository(*m_store).activities();
    QVERIFY2(activities, test::why(activities).constData());
    qint64 most = 0;
    for (const Activity &activity : *activities) {
        LedgerFilter filter;
        filter.activityCode = activity.analyticCode;
        const Result<qint64> count = ledger.countRows(filter);
        QVERIFY2(count, test::why(count).constData());
        if (*count > most) {
            most = *count;
            m_activityCode = activity.analyticCode;
        }
    }
    QVERIFY(!m_activityCode.isEmpty());
}

void tst_AccountingArea::cleanupTestCase()
{
    m_store.reset();
}

void tst_AccountingArea::journalBrowserCountsWhatTheLedgerCounts_data()
{
    QTest::addColumn<QString>("journal");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("balanced"); // whole entries: debit = credit

    QTest::newRow("every line") << QString() << QString() << QString() << QDate() << QDate()
                                << true;
    QTest::newRow("the sales journal") << u"VT"_s << QString() << QString() << QDate() << QDate()
                                       << true;
    QTest::newRow("the bank journal") << u"BQ"_s << QString() << QString() << QDate() << QDate()
                                      << true;
    QTest::newRow("one activity's analytic code")
        << QString() << u"<activity>"_s << QString() << QDate() << QDate() << false;
    QTest::newRow("sales of one activity")
        << u"VT"_s << u"<activity>"_s << QString() << QDate() << QDate() << false;
    QTest::newRow("customers' accounts (411)")
        << QString() << QString() << u"411"_s << QDate() << QDate() << false;
    QTest::newRow("a quarter") << QString() << QString() << QString() << QDate(2026, 1, 1)
                               << QDate(2026, 3, 31) << true;
    QTest::newRow("the contributions (journal OD)")
        << u"OD"_s << QString() << QString() << QDate() << QDate() << true;
    QTest::newRow("the cooperative's own analytic code")
        << QString() << u"<cooperative>"_s << QString() << QDate() << QDate() << false;
}

void tst_AccountingArea::journalBrowserCountsWhatTheLedgerCounts()
{
    QFETCH(QString, journal);
    QFETCH(QString, activity);
    QFETCH(QString, account);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, balanced);
    if (activity == u"<activity>"_s)
        activity = m_activityCode;
    if (activity == u"<cooperative>"_s)
        activity = m_cooperativeCode;

    JournalPage page;
    page.model()->setPageSize(60);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setStore(m_store.get());
    page.setJournal(journal);
    page.setAnalyticCode(activity);
    page.setAccountPrefix(account);
    page.setPeriod(from, to);

    const LedgerFilter filter = page.filter();
    QCOMPARE(filter.journal, journal);
    QCOMPARE(filter.activityCode, activity);
    QCOMPARE(filter.accountPrefix, account);
    QCOMPARE(page.model()->filter().journal, journal);
    QCOMPARE(page.model()->filter().activityCode, activity);

    LedgerRepository ledger(*m_store);
    const Result<qint64> count = ledger.countRows(filter);
    QVERIFY2(count, test::why(count).constData());
    QVERIFY2(*count > 0, "the filter matches lines");
    // The count is shown before the lines are all read, and is the ledger's.
    QVERIFY2(page.countText().contains(QString::number(*count % 1000)),
             qPrintable(page.countText()));
    const Result<qint64> modelCount = page.model()->totalCount();
    QVERIFY2(modelCount, test::why(modelCount).constData());
    QCOMPARE(*modelCount, *count);
    QVERIFY(page.model()->rowCount() <= 60);

    fetchAll(page.model());
    QCOMPARE(qint64(page.model()->rowCount()), *count);

    // Validation order, the same lines as the ledger's.
    const Result<QList<LedgerRow>> rows = ledger.rows(filter);
    QVERIFY2(rows, test::why(rows).constData());
    for (int row = 0; row < page.model()->rowCount(); row += 37) {
        QCOMPARE(page.model()->rowAt(row).sequence, rows->at(row).sequence);
        QCOMPARE(page.model()->rowAt(row).line, rows->at(row).line);
    }
    for (int row = 1; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->rowAt(row - 1).sequence <= page.model()->rowAt(row).sequence);

    // The totals under the list are every matching line's.
    const Sums sums = sumsOf(*rows);
    QVERIFY(page.totalsAreComplete());
    QCOMPARE(page.shownDebit(), sums.debit);
    QCOMPARE(page.shownCredit(), sums.credit);
    if (balanced)
        QCOMPARE(page.shownDebit(), page.shownCredit());
}

void tst_AccountingArea::journalBrowserOffersTheCooperativeAndEveryActivity()
{
    JournalPage page;
    page.setStore(m_store.get());
    const QStringList codes = page.analyticCodes();
    QVERIFY(codes.size() >= 3);
    QCOMPARE(codes.at(0), QString());
    QCOMPARE(codes.at(1), m_cooperativeCode);
    const Result<QList<Activity>> activities = PeopleRepository(*m_store).activities();
    QVERIFY2(activities, test::why(activities).constData());
    QCOMPARE(codes.size(), activities->size() + 2);
    for (const Activity &activity : *activities)
        QVERIFY2(codes.contains(activity.analyticCode), qPrintable(activity.analyticCode));

    // The cooperative's own code filters on that code (its side of the analytic transfers).
    page.setAnalyticCode(m_cooperativeCode);
    QCOMPARE(page.filter().activityCode, m_cooperativeCode);
    LedgerFilter filter;
    filter.activityCode = m_cooperativeCode;
    const Result<qint64> count = LedgerRepository(*m_store).countRows(filter);
    QVERIFY2(count, test::why(count).constData());
    QVERIFY(*count > 0);
    const Result<qint64> shown = page.model()->totalCount();
    QVERIFY2(shown, test::why(shown).constData());
    QCOMPARE(*shown, *count);
}

void tst_AccountingArea::journalSearchIsDebounced()
{
    JournalPage page;
    page.show();
    page.setStore(m_store.get());
    const Result<qint64> all = page.model()->totalCount();
    QVERIFY2(all, test::why(all).constData());

    // A piece reference to look for: the first sales line's.
    LedgerFilter sales;
    sales.journal = u"VT"_s;
    const Result<QList<LedgerRow>> first = LedgerRepository(*m_store).rows(sales, 0, 1);
    QVERIFY2(first && !first->isEmpty(), test::why(first).constData());
    const QString piece = first->first().pieceRef;

    auto *search = page.findChild<QLineEdit *>(u"ledgerSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, piece);
    // Typing does not read the ledger at each key: the filter is applied after a pause.
    QCOMPARE(page.model()->filter().search, QString());
    QTRY_COMPARE(page.model()->filter().search, piece);
    LedgerFilter filter;
    filter.search = piece;
    const Result<qint64> count = LedgerRepository(*m_store).countRows(filter);
    QVERIFY2(count, test::why(count).constData());
    QVERIFY(*count > 0 && *count < *all);
    QCOMPARE(qint64(page.model()->rowCount()), *count);
}

void tst_AccountingArea::balanceTotalsAreTheLedgers_data()
{
    QTest::addColumn<QDate>("at");
    QTest::addColumn<QString>("activity");
    QTest::newRow("the whole cooperative today") << m_today << QString();
    QTest::newRow("the whole cooperative at the end of last year")
        << QDate(m_today.year() - 1, 12, 31) << QString();
    QTest::newRow("one activity's analytic code") << m_today << u"<activity>"_s;
    QTest::newRow("the cooperative's own code") << m_today << u"<cooperative>"_s;
}

void tst_AccountingArea::balanceTotalsAreTheLedgers()
{
    QFETCH(QDate, at);
    QFETCH(QString, activity);
    if (activity == u"<activity>"_s)
        activity = m_activityCode;
    if (activity == u"<cooperative>"_s)
        activity = m_cooperativeCode;

    TrialBalancePage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setStore(m_store.get());
    page.setDate(at);
    page.setAnalyticCode(activity);
    QCOMPARE(page.analyticCode(), activity);
    QVERIFY2(page.message().isEmpty(), qPrintable(page.message()));

    const Result<TrialBalance> expected = LedgerRepository(*m_store).balance(at, activity);
    QVERIFY2(expected, test::why(expected).constData());
    QVERIFY(!expected->accounts.isEmpty());
    const TrialBalanceModel *model = page.model();
    // One row an account, then the totals.
    QCOMPARE(model->rowCount(), expected->accounts.size() + 1);
    for (int row = 0; row < expected->accounts.size(); ++row)
        QCOMPARE(model->index(row, TrialBalanceModel::Account).data().toString(),
                 expected->accounts.at(row).account);

    const auto cell = [model](int column) {
        return Money::fromCents(
            model->index(model->rowCount() - 1, column).data(TrialBalanceModel::CentsRole)
                .toLongLong());
    };
    QCOMPARE(cell(TrialBalanceModel::OpeningDebit) + cell(TrialBalanceModel::Debit),
             expected->totalDebit);
    QCOMPARE(cell(TrialBalanceModel::OpeningCredit) + cell(TrialBalanceModel::Credit),
             expected->totalCredit);
    QCOMPARE(cell(TrialBalanceModel::BalanceDebit), expected->totalBalanceDebit);
    QCOMPARE(cell(TrialBalanceModel::BalanceCredit), expected->totalBalanceCredit);
    if (activity.isEmpty()) {
        // The whole ledger balances.
        QCOMPARE(expected->totalDebit, expected->totalCredit);
        QCOMPARE(cell(TrialBalanceModel::BalanceDebit), cell(TrialBalanceModel::BalanceCredit));
    }
    QVERIFY2(page.totalsText().contains(ui::formatMoney(expected->totalDebit)),
             qPrintable(page.totalsText()));
}

void tst_AccountingArea::balanceAndGeneralLedgerExports()
{
    TrialBalancePage page;
    page.setStore(m_store.get());
    page.setDate(m_today);
    LedgerRepository ledger(*m_store);
    const Result<TrialBalance> balance = ledger.balance(m_today);
    QVERIFY2(balance, test::why(balance).constData());

    const QString csvPath = m_dir.filePath(u"balance.csv"_s);
    const Result<void> csv = page.exportBalanceCsv(csvPath);
    QVERIFY2(csv, test::why(csv).constData());
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.readAll(), LedgerRepository::balanceCsv(*balance));

    const QString pdfPath = m_dir.filePath(u"balance.pdf"_s);
    const Result<void> pdf = page.exportBalancePdf(pdfPath);
    QVERIFY2(pdf, test::why(pdf).constData());
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.size() > 2000);
#ifdef COOP_HAVE_QTPDF
    {
        // The title names the cooperative and the date; the totals are the ledger's; every
        // page is numbered.
        const QString text = pdfText(pdfPath);
        const Result<CooperativeSettings> settings = PeopleRepository(*m_store).cooperative();
        QVERIFY2(settings, test::why(settings).constData());
        QVERIFY2(text.contains(settings->name), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Trial balance"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(ui::formatDate(m_today)), qPrintable(text.left(300)));
        QVERIFY2(withoutSpaces(text).contains(
                     withoutSpaces(ui::formatMoney(balance->totalBalanceDebit))),
                 qPrintable(text.right(600)));
        const qsizetype pages = text.count(u'\f') + 1;
        QVERIFY2(text.contains(u"Page 1 / %1"_s.arg(pages)), qPrintable(text.right(300)));
        QVERIFY2(text.contains(u"Page %1 / %1"_s.arg(pages)), qPrintable(text.right(300)));
    }
#endif

    // The general ledger of the customers' accounts over the fiscal year to date.
    page.setLedgerAccount(u"411"_s);
    const LedgerFilter filter = page.ledgerFilter();
    QCOMPARE(filter.accountPrefix, u"411"_s);
    QCOMPARE(filter.from, balance->from);
    QCOMPARE(filter.to, m_today);
    const Result<QByteArray> expectedLedger = ledger.generalLedgerCsv(filter);
    QVERIFY2(expectedLedger, test::why(expectedLedger).constData());
    const QString ledgerCsvPath = m_dir.filePath(u"ledger.csv"_s);
    const Result<void> ledgerCsv = page.exportLedgerCsv(ledgerCsvPath);
    QVERIFY2(ledgerCsv, test::why(ledgerCsv).constData());
    QFile ledgerCsvFile(ledgerCsvPath);
    QVERIFY(ledgerCsvFile.open(QIODevice::ReadOnly));
    QCOMPARE(ledgerCsvFile.readAll(), *expectedLedger);

    const QString ledgerPdfPath = m_dir.filePath(u"ledger.pdf"_s);
    const Result<void> ledgerPdf = page.exportLedgerPdf(ledgerPdfPath);
    QVERIFY2(ledgerPdf, test::why(ledgerPdf).constData());
    QFile ledgerPdfFile(ledgerPdfPath);
    QVERIFY(ledgerPdfFile.open(QIODevice::ReadOnly));
    QVERIFY(ledgerPdfFile.readAll().startsWith("%PDF-"));
#ifdef COOP_HAVE_QTPDF
    {
        const QString text = pdfText(ledgerPdfPath);
        QVERIFY2(text.contains(u"General ledger"_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"411000"_s), qPrintable(text.left(600)));
        // The customers' balance brought forward opens the account, and its last balance is
        // the trial balance's.
        QVERIFY2(text.contains(u"Balance brought forward"_s), qPrintable(text.left(600)));
        for (const AccountBalance &account : balance->accounts) {
            if (account.account.startsWith(u"411"_s))
                QVERIFY2(withoutSpaces(text).contains(
                             withoutSpaces(ui::formatMoney(account.balance().abs()))),
                         qPrintable(account.account));
        }
        QVERIFY2(text.contains(u"Page 1 / "_s), qPrintable(text.right(300)));
    }
#endif
}

void tst_AccountingArea::closeThenReopenWithAReason()
{
    ui::PeriodClosingPage page;
    page.show();
    page.setStore(m_store.get());
    QVERIFY(!page.closedUntil());
    const int before = page.history()->rowCount();

    // Close until the end of last year, through the dialog, which says what it locks.
    const QDate until(m_today.year() - 1, 12, 31);
    ui::ClosePeriodDialog *close = page.requestClose();
    QVERIFY(close);
    close->dateEdit()->setDate(until);
    QVERIFY2(close->findChildren<QLabel *>().size() > 0, "the dialog explains itself");
    bool explains = false;
    for (const QLabel *label : close->findChildren<QLabel *>())
        explains |= label->text().contains(ui::formatDate(until))
                    && label->text().contains(u"refused"_s);
    QVERIFY2(explains, "the confirmation says which days it locks");
    close->accept();
    QVERIFY2(close->formError().isEmpty(), qPrintable(close->formError()));
    QCOMPARE(close->result(), int(QDialog::Accepted));

    LedgerRepository ledger(*m_store);
    const Result<std::optional<QDate>> closed = ledger.closedUntil();
    QVERIFY2(closed, test::why(closed).constData());
    QCOMPARE(*closed, std::optional<QDate>(until));
    QCOMPARE(page.closedUntil(), std::optional<QDate>(until));
    QVERIFY2(page.statusText().contains(QString::number(until.year())),
             qPrintable(page.statusText()));
    QVERIFY(page.reopenButton()->isEnabled());

    // Reopen everything, with a reason.
    ui::ReopenPeriodDialog *reopen = page.requestReopen();
    QVERIFY(reopen);
    reopen->dateEdit()->setDate(reopen->dateEdit()->minimumDate()); // "—": nothing stays closed
    const QString reason = u"Facture fournisseur de décembre reçue en retard"_s;
    reopen->reasonEdit()->setPlainText(reason);
    reopen->accept();
    QVERIFY2(reopen->formError().isEmpty(), qPrintable(reopen->formError()));
    QCOMPARE(reopen->result(), int(QDialog::Accepted));

    const Result<std::optional<QDate>> after = ledger.closedUntil();
    QVERIFY2(after, test::why(after).constData());
    QVERIFY(!after->has_value());
    QVERIFY(!page.closedUntil());

    // The history lists both, latest first, the reason with the reopening.
    const Result<QList<PeriodEvent>> events = ledger.periodEvents();
    QVERIFY2(events, test::why(events).constData());
    QCOMPARE(events->size(), before + 2);
    QCOMPARE(page.history()->rowCount(), before + 2);
    QCOMPARE(page.history()->item(0, 1)->text(), u"Reopened"_s);
    QCOMPARE(page.history()->item(0, 4)->text(), reason);
    QCOMPARE(page.history()->item(1, 1)->text(), u"Closed"_s);
    QCOMPARE(page.history()->item(1, 2)->text(), ui::formatDate(until));
}

void tst_AccountingArea::reopeningWithoutAReasonIsRefusedAtTheField()
{
    ui::PeriodClosingPage page;
    page.show();
    page.setStore(m_store.get());
    const QDate until(m_today.year() - 1, 6, 30);
    ui::ClosePeriodDialog *close = page.requestClose();
    QVERIFY(close);
    close->dateEdit()->setDate(until);
    close->accept();
    QCOMPARE(close->result(), int(QDialog::Accepted));
    const int events = page.history()->rowCount();

    ui::ReopenPeriodDialog *reopen = page.requestReopen();
    QVERIFY(reopen);
    reopen->reasonEdit()->setPlainText(u"   "_s);
    reopen->accept();
    QVERIFY(reopen->isVisible());
    QVERIFY(!reopen->errorAt(u"reason"_s).isEmpty());
    QCOMPARE(reopen->fieldsInError(), QStringList{u"reason"_s});
    // Nothing was reopened nor recorded.
    const Result<std::optional<QDate>> closed = LedgerRepository(*m_store).closedUntil();
    QVERIFY2(closed, test::why(closed).constData());
    QCOMPARE(*closed, std::optional<QDate>(until));
    QCOMPARE(page.history()->rowCount(), events);

    // With a reason it goes through (and leaves the store open for the other tests).
    reopen->dateEdit()->setDate(reopen->dateEdit()->minimumDate());
    reopen->reasonEdit()->setPlainText(u"Erreur de clôture"_s);
    QVERIFY(reopen->errorAt(u"reason"_s).isEmpty());
    reopen->accept();
    QCOMPARE(reopen->result(), int(QDialog::Accepted));
    QVERIFY(!page.closedUntil());
}

void tst_AccountingArea::reopeningIsTheAdminsOnly()
{
    ui::PeriodClosingPage page;
    page.show();
    page.setStore(m_store.get());
    ui::ClosePeriodDialog *close = page.requestClose();
    QVERIFY(close);
    close->dateEdit()->setDate(QDate(m_today.year() - 1, 3, 31));
    close->accept();
    QCOMPARE(close->result(), int(QDialog::Accepted));
    QVERIFY(page.reopenButton()->isEnabled());

    page.setRole(LedgerRole::Accountant);
    QVERIFY(!page.reopenButton()->isEnabled());
    QVERIFY(!page.reopenButton()->toolTip().isEmpty());
    QVERIFY(!page.requestReopen());

    // The repository refuses too, whatever the page shows.
    const Result<void> refused = LedgerRepository(*m_store).reopen(
        {}, LedgerRole::Accountant, u"test"_s, u"no reason to be allowed"_s);
    QVERIFY(!refused);

    page.setRole(LedgerRole::Admin);
    ui::ReopenPeriodDialog *reopen = page.requestReopen();
    QVERIFY(reopen);
    reopen->dateEdit()->setDate(reopen->dateEdit()->minimumDate());
    reopen->reasonEdit()->setPlainText(u"Fin du test"_s);
    reopen->accept();
    QCOMPARE(reopen->result(), int(QDialog::Accepted));
    QVERIFY(!page.closedUntil());
}

void tst_AccountingArea::fecExportWritesTheNamedFile()
{
    const Result<CooperativeSettings> settings = PeopleRepository(*m_store).cooperative();
    QVERIFY2(settings, test::why(settings).constData());
    QVERIFY(!settings->siren.isEmpty());
    const int year = m_today.year() - 1;
    const QDate start = fiscalYearStart(*settings, QDate(year, 12, 31));
    QDate closing = start.addYears(1).addDays(-1);
    if (closing.year() != year) // a fiscal year that ends in `year`, whatever its first month
        closing = start.addDays(-1);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    ui::FecExportDialog dialog(*m_store);
    dialog.show();
    dialog.setYear(year);
    dialog.setFolder(out.path());
    const Result<FecExport> written = dialog.exportNow();
    QVERIFY2(written, test::why(written).constData());

    const QString name = settings->siren + u"FEC"_s + closing.toString(u"yyyyMMdd"_s) + u".txt"_s;
    QCOMPARE(QFileInfo(written->filePath).fileName(), name);
    QVERIFY(QFile::exists(QDir(out.path()).filePath(name)));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{name});
    QVERIFY(written->lines > 0);
    QCOMPARE(written->totalDebit, written->totalCredit);
    QVERIFY2(dialog.resultText().contains(name), qPrintable(dialog.resultText()));
    QVERIFY2(dialog.resultText().contains(ui::formatCount(written->lines)),
             qPrintable(dialog.resultText()));
    // The header, then one line each.
    QFile file(written->filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("JournalCode\tJournalLib\tEcritureNum"));
    QCOMPARE(qint64(lines.size() - (lines.last().isEmpty() ? 2 : 1)), written->lines);

    // A folder that does not exist is said, nothing is written.
    dialog.setFolder(out.filePath(u"missing"_s));
    QVERIFY(!dialog.exportNow());
    QVERIFY(!dialog.resultText().isEmpty());
}

void tst_AccountingArea::csvExportUsesAndRemembersTheLayout()
{
    QSettings().remove(ui::CsvExportDialog::kColumnsKey);
    QSettings().remove(ui::CsvExportDialog::kOrderKey);
    const QStringList columns = {u"date"_s, u"account"_s, u"analytic"_s, u"debit"_s,
                                 u"credit"_s};
    const QString path = m_dir.filePath(u"entries.csv"_s);
    qint64 lines = 0;
    {
        ui::CsvExportDialog dialog(*m_store);
        // The Sage-like layout by default.
        QCOMPARE(dialog.layout().columns, CsvLayout::sageLike().columns);
        QCOMPARE(dialog.columnList()->count(), ui::CsvExportDialog::allColumns().size());
        dialog.setColumns(columns);
        QCOMPARE(dialog.layout().columns, columns);
        dialog.setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
        dialog.setFilePath(path);
        const Result<qint64> written = dialog.exportNow();
        QVERIFY2(written, test::why(written).constData());
        lines = *written;
    }
    LedgerFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 3, 31);
    const Result<qint64> count = LedgerRepository(*m_store).countRows(filter);
    QVERIFY2(count, test::why(count).constData());
    QCOMPARE(lines, *count);

    // The same file as the repository writes with that layout.
    CsvLayout layout = CsvLayout::sageLike();
    layout.columns = columns;
    const QString expectedPath = m_dir.filePath(u"expected.csv"_s);
    const Result<qint64> expected =
        LedgerRepository(*m_store).exportCsv(filter, layout, expectedPath);
    QVERIFY2(expected, test::why(expected).constData());
    QFile actualFile(path);
    QFile expectedFile(expectedPath);
    QVERIFY(actualFile.open(QIODevice::ReadOnly) && expectedFile.open(QIODevice::ReadOnly));
    QCOMPARE(actualFile.readAll(), expectedFile.readAll());

    // Remembered for the next export, and the Sage-like layout is one click away.
    ui::CsvExportDialog again(*m_store);
    QCOMPARE(again.layout().columns, columns);
    again.resetToSageLike();
    QCOMPARE(again.layout().columns, CsvLayout::sageLike().columns);
}

void tst_AccountingArea::areaIsInTheMainWindow()
{
    std::unique_ptr<Store> store = test::createStore(m_dir.filePath(u"empty.coopdesk"_s));
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.show();
    window.setCurrentArea(ui::MainWindow::Area::Accounting);
    ui::AccountingArea *area = window.accountingArea();
    QVERIFY(area);
    QVERIFY(area->isVisible());
    QCOMPARE(area->tabs()->count(), 3);
    QCOMPARE(area->currentView(), ui::AccountingArea::View::Journal);
    // An empty ledger: no line, the journals listed.
    QCOMPARE(area->journalPage()->model()->rowCount(), 0);
    area->showView(ui::AccountingArea::View::Balance);
    QCOMPARE(area->currentView(), ui::AccountingArea::View::Balance);
    QCOMPARE(area->balancePage()->model()->rowCount(), 0);
    area->showView(ui::AccountingArea::View::Closing);
    QVERIFY(!area->closingPage()->statusText().isEmpty());

    // Locked: the pages keep nothing of the store.
    std::unique_ptr<Store> taken = window.takeStore();
    QCOMPARE(area->journalPage()->model()->rowCount(), 0);
    QVERIFY(area->closingPage()->statusText().isEmpty());
    QVERIFY(!area->openFecExport());
}

QTEST_MAIN(tst_AccountingArea)
#include "tst_accountingarea.moc"
