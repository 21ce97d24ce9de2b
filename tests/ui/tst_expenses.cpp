#include "testsupport.h"

#include "ui/expensereportdialog.h"
#include "ui/expensespage.h"
#include "ui/format.h"
#include "ui/language.h"

#include "core/businessday.h"
#include "core/mileage.h"
#include "core/storage/demo.h"
#include "core/storage/expenserepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::ExpenseReportDialog;
using ui::ExpensesPage;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

// The smallest file the store takes for a PDF receipt: its signature, then anything.
QByteArray pdfBytes(const QByteArray &body)
{
    return "%PDF-1.4\n" + body + "\n%%EOF\n";
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

void setCategory(QTableWidget *table, int row, ExpenseCategory category)
{
    auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, ExpenseReportDialog::Category));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(static_cast<int>(category)));
}

void click(QWidget *dialog, const char *name)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

// The expense reports in the fees area, on a small generated cooperative: a report typed in its
// dialog, a receipt attached from a file, submitted, validated and paid, then read back from the
// store and listed; refusals shown at their line or field.
class tst_Expenses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void reportTypedSubmittedValidatedPaid();
    void refusalsAtTheirLine_data();
    void refusalsAtTheirLine();
    void rejectNeedsAReasonThenGoesBackToDraft();
    void listFiltersAndSearches();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
    QDate m_month;
    QString m_paidId;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_Expenses::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"expenses.coopdesk"_s), u"Frais"_s);
    QVERIFY(m_store);
    m_today = businessToday();
    m_month = QDate(m_today.year(), m_today.month(), 1);
    DemoOptions options;
    options.expenses = false; // the list starts empty: the test types its own reports
    options.entrepreneurs = 6;
    options.years = 1;
    options.seed = 3;
    options.today = m_today;
    options.invoicesPerActivityPerYear = 2;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
}

void tst_Expenses::cleanupTestCase()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_store.reset();
}

QString tst_Expenses::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_Expenses::reportTypedSubmittedValidatedPaid()
{
    ExpensesPage page;
    page.setStore(m_store.get());
    const qsizetype before = require(ExpenseRepository(*m_store).reports()).size();
    QCOMPARE(page.model()->rowCount(), before);
    QPointer<ExpenseReportDialog> dialog = page.newReport();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *owner = dialog->findChild<QComboBox *>(u"owner"_s);
    QVERIFY(owner && owner->count() > 0);
    owner->setCurrentIndex(owner->count() - 1);
    const QStringList ids = owner->currentData().toString().split(u'|');
    QCOMPARE(ids.size(), 2);

    // A train ticket with its receipt, and a trip in the entrepreneur's own car.
    QTableWidget *lines = dialog->linesTable();
    ExpenseLine train;
    train.date = m_month;
    train.category = ExpenseCategory::Travel;
    QCOMPARE(dialog->addLine(train), 0);
    setCell(lines, 0, ExpenseReportDialog::Description, u"Train Lyon – Paris, salon"_s);
    setCell(lines, 0, ExpenseReportDialog::Amount, u"84,50"_s);
    setCell(lines, 0, ExpenseReportDialog::Vat, u"7,68"_s);
    const QByteArray receiptBytes = pdfBytes("billet SNCF 84,50");
    QVERIFY(dialog->attachReceipt(0, writeFile(u"billet.pdf"_s, receiptBytes)));
    QCOMPARE(lines->item(0, ExpenseReportDialog::ReceiptColumn)->text(), u"billet.pdf"_s);

    click(dialog, "addLine");
    QCOMPARE(lines->rowCount(), 2);
    setCategory(lines, 1, ExpenseCategory::Mileage);
    qobject_cast<QDateEdit *>(lines->cellWidget(1, ExpenseReportDialog::Date))->setDate(m_month);
    setCell(lines, 1, ExpenseReportDialog::Description, u"Rendez-vous client"_s);
    setCell(lines, 1, ExpenseReportDialog::Kilometres, u"120"_s);
    setCell(lines, 1, ExpenseReportDialog::FiscalPower, u"5"_s);
    setCell(lines, 1, ExpenseReportDialog::Journey, u"Lyon – Villefranche aller-retour"_s);

    click(dialog, "submit");
    QCOMPARE(dialog->formError(), QString());
    QVERIFY2(dialog->errorAt(u"lines[0].receiptId"_s).isEmpty(),
             qPrintable(dialog->errorAt(u"lines[0].receiptId"_s)));
    const QString id = dialog->report().id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(dialog->report().status, ExpenseStatus::Submitted);
    // The mileage line is priced by the store from the official scale, after the distance of
    // the person's reports of the earlier months of the year.
    qint64 kilometresBefore = 0;
    ExpenseReportFilter earlier;
    earlier.entrepreneurId = ids.at(1);
    for (const ExpenseReport &other : require(ExpenseRepository(*m_store).reports(earlier))) {
        if (other.month.year() == m_month.year() && other.month < m_month
            && other.status != ExpenseStatus::Rejected)
            kilometresBefore += expenseTotals(other).kilometres;
    }
    MileageVehicle car;
    car.fiscalPower = 5;
    const Money mileage = require(mileageTripAllowance(car, kilometresBefore, 120, m_month));
    QCOMPARE(dialog->report().lines.at(1).amountIncludingVat, mileage);
    QCOMPARE(lines->item(1, ExpenseReportDialog::Amount)->text(), ui::formatAmount(mileage));
    QVERIFY(!dialog->findChild<QPushButton *>(u"saveDraft"_s)->isEnabled());

    // The support team validates it and pays it.
    dialog->setDecidedBy(u"Compta"_s);
    click(dialog, "validate");
    QCOMPARE(dialog->report().status, ExpenseStatus::Validated);
    dialog->setPaidOn(m_today);
    click(dialog, "markPaid");
    QCOMPARE(dialog->formError(), QString());
    QCOMPARE(dialog->report().status, ExpenseStatus::Paid);

    // Read back from the store.
    ExpenseRepository repository(*m_store);
    const std::optional<ExpenseReport> stored = require(repository.report(id));
    QVERIFY(stored);
    QCOMPARE(stored->status, ExpenseStatus::Paid);
    QCOMPARE(stored->activityId, ids.at(0));
    QCOMPARE(stored->entrepreneurId, ids.at(1));
    QCOMPARE(stored->month, m_month);
    QCOMPARE(stored->lines.size(), 2);
    QCOMPARE(stored->lines.at(0).description, u"Train Lyon – Paris, salon"_s);
    QCOMPARE(stored->lines.at(0).amountIncludingVat, Money::fromCents(8450));
    QCOMPARE(stored->lines.at(0).vat, Money::fromCents(768));
    QCOMPARE(stored->lines.at(1).category, ExpenseCategory::Mileage);
    QCOMPARE(stored->lines.at(1).kilometres, 120);
    QCOMPARE(stored->lines.at(1).vehicle.fiscalPower, 5);
    QCOMPARE(stored->lines.at(1).amountIncludingVat, mileage);
    const ExpenseRepository::Decision decision = require(repository.decision(id));
    QCOMPARE(decision.decidedBy, u"Compta"_s);
    QCOMPARE(decision.paidOn, m_today);
    const std::optional<Receipt> receipt =
        require(repository.receipt(stored->lines.at(0).receiptId));
    QVERIFY(receipt);
    QCOMPARE(receipt->content, receiptBytes);
    QCOMPARE(receipt->fileName, u"billet.pdf"_s);
    // Opening the receipt gives back the file's bytes.
    QFile copy(dialog->receiptCopy(0));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), receiptBytes);

    // The list shows it once the dialog is closed.
    dialog->accept();
    QCOMPARE(page.model()->rowCount(), before + 1);
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (page.model()->item(r, ExpensesPage::Activity)->data(ExpensesPage::IdRole) == id)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->item(row, ExpensesPage::Status)->text(),
             expenseStatusLabel(ExpenseStatus::Paid));
    QCOMPARE(page.model()->item(row, ExpensesPage::Amount)->text(),
             ui::formatMoney(Money::fromCents(8450) + mileage));
    QCOMPARE(page.model()->item(row, ExpensesPage::Kilometres)->text(), ui::formatCount(120));
    m_paidId = id;
}

void tst_Expenses::refusalsAtTheirLine_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dayOffset");  // of the line's date from today
    QTest::addColumn<bool>("withReceipt");
    QTest::addColumn<QString>("where");
    QTest::newRow("no receipt to submit")
        << -1 << QString() << 0 << false << u"lines[0].receiptId"_s;
    QTest::newRow("an amount that cannot be read")
        << int(ExpenseReportDialog::Amount) << u"douze"_s << 0 << true
        << u"lines[0].amountIncludingVat"_s;
    QTest::newRow("VAT above the amount")
        << int(ExpenseReportDialog::Vat) << u"50"_s << 0 << true << u"lines[0].vat"_s;
    QTest::newRow("no description to submit")
        << int(ExpenseReportDialog::Description) << u""_s << 0 << true
        << u"lines[0].description"_s;
    QTest::newRow("a line dated after today")
        << -1 << QString() << 1 << true << u"lines[0].date"_s;
}

void tst_Expenses::refusalsAtTheirLine()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(int, dayOffset);
    QFETCH(bool, withReceipt);
    QFETCH(QString, where);
    ExpenseRepository repository(*m_store);
    const qsizetype before = require(repository.reports()).size();
    ExpenseReport report;
    report.month = m_month;
    ExpenseReportDialog dialog(*m_store, report);
    // Today is the month's first day: the day after is in the month but in the future.
    dialog.setToday(m_month);
    dialog.show();
    ExpenseLine line;
    line.date = m_month.addDays(dayOffset);
    line.category = ExpenseCategory::Meals;
    line.description = u"Déjeuner salon"_s;
    line.amountIncludingVat = Money::fromCents(2400);
    line.vat = Money::fromCents(218);
    dialog.addLine(line);
    if (withReceipt)
        QVERIFY(dialog.attachReceipt(0, writeFile(u"ticket.pdf"_s, pdfBytes("ticket 24,00"))));
    if (column >= 0)
        setCell(dialog.linesTable(), 0, column, text);
    click(&dialog, "submit");
    QVERIFY2(!dialog.errorAt(where).isEmpty(), qPrintable(dialog.formError()));
    const int shownColumn = column >= 0 ? column
                            : where.endsWith(u"date") ? int(ExpenseReportDialog::Date)
                                                      : int(ExpenseReportDialog::ReceiptColumn);
    QWidget *widget = dialog.linesTable()->cellWidget(0, shownColumn);
    const QString tip = widget ? widget->toolTip()
                               : dialog.linesTable()->item(0, shownColumn)->toolTip();
    QVERIFY2(tip.contains(dialog.errorAt(where)), qPrintable(tip));
    QCOMPARE(dialog.report().id, QString());
    QCOMPARE(require(repository.reports()).size(), before);
}

void tst_Expenses::rejectNeedsAReasonThenGoesBackToDraft()
{
    ExpenseReport report;
    report.month = m_month;
    ExpenseReportDialog dialog(*m_store, report);
    dialog.show();
    ExpenseLine line;
    line.date = m_month;
    line.category = ExpenseCategory::Supplies;
    line.description = u"Cartouches d'encre"_s;
    line.amountIncludingVat = Money::fromCents(5990);
    line.vat = Money::fromCents(998);
    dialog.addLine(line);
    QVERIFY(dialog.attachReceipt(0, writeFile(u"encre.png"_s,
                                              QByteArray("\x89PNG\r\n\x1a\n", 8) + "IHDR")));
    QVERIFY2(dialog.submit(), qPrintable(dialog.formError()));
    const QString id = dialog.report().id;

    dialog.setReason(QString());
    click(&dialog, "reject");
    QVERIFY(!dialog.errorAt(u"note"_s).isEmpty());
    QCOMPARE(require(ExpenseRepository(*m_store).report(id))->status, ExpenseStatus::Submitted);

    // Paying before validation is refused by the store, said at the top.
    QVERIFY(!dialog.markPaid());
    QVERIFY(!dialog.formError().isEmpty());

    // Who decides is required too, said at its field.
    dialog.setReason(u"Facture au nom de la coopérative manquante"_s);
    dialog.setDecidedBy(QString());
    click(&dialog, "reject");
    QVERIFY(!dialog.errorAt(u"decidedBy"_s).isEmpty());
    QCOMPARE(dialog.report().status, ExpenseStatus::Submitted);
    dialog.setDecidedBy(u"Compta"_s);
    click(&dialog, "reject");
    QCOMPARE(dialog.formError(), QString());
    QCOMPARE(dialog.report().status, ExpenseStatus::Rejected);
    const std::optional<ExpenseReport> rejected = require(ExpenseRepository(*m_store).report(id));
    QCOMPARE(rejected->status, ExpenseStatus::Rejected);
    QCOMPARE(rejected->note, u"Facture au nom de la coopérative manquante"_s);

    // Edited, it is a draft again.
    setCell(dialog.linesTable(), 0, ExpenseReportDialog::Description, u"Cartouches d'encre x2"_s);
    click(&dialog, "saveDraft");
    QCOMPARE(dialog.formError(), QString());
    const std::optional<ExpenseReport> draft = require(ExpenseRepository(*m_store).report(id));
    QCOMPARE(draft->status, ExpenseStatus::Draft);
    QCOMPARE(draft->lines.at(0).description, u"Cartouches d'encre x2"_s);
}

void tst_Expenses::listFiltersAndSearches()
{
    ExpensesPage page;
    m_testers.append(new QAbstractItemModelTester(
        page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    page.setStore(m_store.get());
    const QList<ExpenseReport> all = require(ExpenseRepository(*m_store).reports());
    QCOMPARE(page.model()->rowCount(), all.size());
    QVERIFY(all.size() >= 2);

    for (const ExpenseStatus status : {ExpenseStatus::Draft, ExpenseStatus::Submitted,
                                       ExpenseStatus::Validated, ExpenseStatus::Rejected,
                                       ExpenseStatus::Paid}) {
        page.setStatusFilter(status);
        const qsizetype expected = std::ranges::count(all, status, &ExpenseReport::status);
        QCOMPARE(page.model()->rowCount(), expected);
        for (const ExpenseReport &listed : page.reports())
            QCOMPARE(listed.status, status);
    }
    page.setStatusFilter(ExpenseStatus::Paid);
    const QList<ExpenseReport> paidOnes = page.reports();
    QVERIFY(std::ranges::any_of(paidOnes, [this](const ExpenseReport &r) { return r.id == m_paidId; }));
    page.setStatusFilter(std::nullopt);
    QCOMPARE(page.model()->rowCount(), all.size());

    // Search as you type, on the activity's code and the person's name, without accents.
    const ExpenseReport paid = *std::ranges::find(all, m_paidId, &ExpenseReport::id);
    const Activity activity = *require(PeopleRepository(*m_store).activity(paid.activityId));
    const auto listed = [&page](const QString &id) {
        for (int row = 0; row < page.proxy()->rowCount(); ++row) {
            if (page.proxy()->index(row, ExpensesPage::Activity).data(ExpensesPage::IdRole) == id)
                return true;
        }
        return false;
    };
    page.setSearch(activity.analyticCode.toLower());
    QVERIFY(listed(m_paidId));
    QVERIFY(page.proxy()->rowCount() < all.size());
    const Entrepreneur person = *require(PeopleRepository(*m_store).entrepreneur(paid.entrepreneurId));
    page.setSearch(ui::foldedForSearch(person.lastName).toUpper());
    QVERIFY(listed(m_paidId));
    page.setSearch(u"zzzz-nobody"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    page.setSearch(QString());
    QCOMPARE(page.proxy()->rowCount(), all.size());

    // Opening a listed report shows it as stored.
    QPointer<ExpenseReportDialog> dialog = page.openReport(m_paidId);
    QVERIFY(dialog);
    QCOMPARE(dialog->report().status, ExpenseStatus::Paid);
    QCOMPARE(dialog->linesTable()->rowCount(), 2);
    QVERIFY(!dialog->findChild<QPushButton *>(u"submit"_s)->isEnabled());
    dialog->accept();
}

QTEST_MAIN(tst_Expenses)
#include "tst_expenses.moc"
