#include "testsupport.h"

#include "ui/format.h"
#include "ui/language.h"
#include "ui/supplierinvoicedialog.h"
#include "ui/supplierinvoicespage.h"

#include "core/businessday.h"
#include "core/storage/demo.h"
#include "core/storage/purchaserepository.h"
#include "core/storage/store.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
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
using ui::SupplierInvoiceDialog;
using ui::SupplierInvoicesPage;

namespace {

template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

Rate percent(qint64 tenths)
{
    return Rate::fromUnits(tenths * Rate::UnitsPerPercent / 10);
}

// Types a line in the dialog's table: description, account (chosen or typed), amount, rate.
void typeLine(SupplierInvoiceDialog *dialog, int row, const QString &description,
              const QString &account, const QString &amount, Rate rate)
{
    QTableWidget *lines = dialog->linesTable();
    lines->item(row, SupplierInvoiceDialog::Description)->setText(description);
    auto *accounts = qobject_cast<QComboBox *>(
        lines->cellWidget(row, SupplierInvoiceDialog::Account));
    QVERIFY(accounts);
    const int known = accounts->findData(account);
    if (known >= 0)
        accounts->setCurrentIndex(known);
    else
        accounts->setEditText(account);
    lines->item(row, SupplierInvoiceDialog::AmountExcludingVat)->setText(amount);
    auto *rates = qobject_cast<QComboBox *>(
        lines->cellWidget(row, SupplierInvoiceDialog::VatRate));
    QVERIFY(rates);
    const int index = rates->findData(rate.units());
    QVERIFY(index >= 0);
    rates->setCurrentIndex(index);
}

void click(QWidget *dialog, const char *name)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

// The supplier invoices screen on a small generated cooperative: an invoice typed in its dialog
// with its scanned copy, saved, validated, paid and read back from the store; a line charged to
// an account that is not a charge refused at its cell.
class tst_SupplierInvoices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void invoiceTypedValidatedPaid();
    void nonChargeAccountRefusedAtItsCell_data();
    void nonChargeAccountRefusedAtItsCell();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
};

void tst_SupplierInvoices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    qputenv("USER", "support-team");
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"purchases.coopdesk"_s), u"Achats"_s);
    QVERIFY(m_store);
    m_today = businessToday();
    DemoOptions options;
    options.expenses = false;
    options.entrepreneurs = 4;
    options.years = 1;
    options.seed = 5;
    options.today = m_today;
    options.invoicesPerActivityPerYear = 1;
    const Result<DemoReport> demo = generateDemo(*m_store, options);
    QVERIFY2(demo, test::why(demo).constData());
}

void tst_SupplierInvoices::cleanupTestCase()
{
    m_store.reset();
}

void tst_SupplierInvoices::invoiceTypedValidatedPaid()
{
    SupplierInvoicesPage page(*m_store);
    const qsizetype before = require(PurchaseRepository(*m_store).invoices()).size();
    QCOMPARE(page.model()->rowCount(), before);

    QPointer<SupplierInvoiceDialog> dialog = page.newInvoice();
    QVERIFY(dialog);
    auto *activity = dialog->findChild<QComboBox *>(u"activity"_s);
    QVERIFY(activity && activity->count() > 0);
    activity->setCurrentIndex(activity->count() - 1);
    const QString activityId = activity->currentData().toString();
    dialog->findChild<QLineEdit *>(u"supplierName"_s)->setText(u"Imprimerie du Rhône"_s);
    dialog->findChild<QLineEdit *>(u"supplierReference"_s)->setText(u"F-2026-0412"_s);
    const QDate date = m_today.addDays(-10);
    dialog->findChild<QDateEdit *>(u"date"_s)->setDate(date);
    dialog->findChild<QDateEdit *>(u"dueDate"_s)->setDate(date.addDays(30));

    // Goods resold and office supplies at 20 %, a book at 5.5 %.
    click(dialog, "addLine");
    click(dialog, "addLine");
    click(dialog, "addLine");
    typeLine(dialog, 0, u"Catalogues imprimés pour revente"_s, u"607"_s, u"1 000,00"_s, percent(200));
    typeLine(dialog, 1, u"Papier et enveloppes"_s, u"6064"_s, u"45,50"_s, percent(200));
    typeLine(dialog, 2, u"Guide de la TVA"_s, u"618"_s, u"30,00"_s, percent(55));
    // 1 045,50 × 20 % = 209,10 and 30,00 × 5,5 % = 1,65.
    QVERIFY2(dialog->totalsText().contains(ui::formatMoney(Money::fromCents(128625))),
             qPrintable(dialog->totalsText()));

    click(dialog, "saveDraft");
    QCOMPARE(dialog->formError(), QString());
    const QString id = dialog->invoice().id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(dialog->invoice().status, SupplierInvoiceStatus::Draft);

    // Validating needs the scanned invoice: refused at its field, then accepted once attached.
    click(dialog, "validate");
    QVERIFY(!dialog->errorAt(u"receiptId"_s).isEmpty());
    QCOMPARE(dialog->invoice().status, SupplierInvoiceStatus::Draft);
    const QString scan = m_dir.filePath(u"facture.pdf"_s);
    {
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\nfacture F-2026-0412\n%%EOF\n");
    }
    QVERIFY(dialog->attachReceipt(scan));
    click(dialog, "validate");
    QCOMPARE(dialog->formError(), QString());
    QCOMPARE(dialog->invoice().status, SupplierInvoiceStatus::Validated);
    QCOMPARE(require(PurchaseRepository(*m_store).validation(id)).validatedBy,
             u"support-team"_s);
    QVERIFY(!dialog->findChild<QPushButton *>(u"saveDraft"_s)->isEnabled());

    dialog->setPaidOn(m_today);
    click(dialog, "markPaid");
    QCOMPARE(dialog->formError(), QString());
    QCOMPARE(dialog->invoice().status, SupplierInvoiceStatus::Paid);

    // Read back from the store: the same lines and totals.
    const SupplierInvoice stored = *require(PurchaseRepository(*m_store).invoice(id));
    QCOMPARE(stored.activityId, activityId);
    QCOMPARE(stored.supplierName, u"Imprimerie du Rhône"_s);
    QCOMPARE(stored.supplierReference, u"F-2026-0412"_s);
    QCOMPARE(stored.date, date);
    QCOMPARE(stored.dueDate, date.addDays(30));
    QCOMPARE(stored.paidOn, m_today);
    QVERIFY(!stored.receiptId.isEmpty());
    const QList<SupplierInvoiceLine> expected = {
        {u"Catalogues imprimés pour revente"_s, u"607"_s, Money::fromCents(100000), percent(200)},
        {u"Papier et enveloppes"_s, u"6064"_s, Money::fromCents(4550), percent(200)},
        {u"Guide de la TVA"_s, u"618"_s, Money::fromCents(3000), percent(55)}};
    QCOMPARE(stored.lines, expected);
    const SupplierInvoiceTotals totals = supplierInvoiceTotals(stored);
    QCOMPARE(totals.excludingVat, Money::fromCents(107550));
    QCOMPARE(totals.vat, Money::fromCents(21075));
    QCOMPARE(totals.includingVat, Money::fromCents(128625));
    QCOMPARE(totals.resoldExcludingVat, Money::fromCents(100000));

    // Listed once the dialog is closed, found by its supplier, among the paid ones.
    dialog->accept();
    QCOMPARE(page.model()->rowCount(), before + 1);
    page.setStatusFilter(SupplierInvoiceStatus::Paid);
    page.setSearch(u"imprimerie du rhone"_s);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, SupplierInvoicesPage::Activity)
                 .data(SupplierInvoicesPage::IdRole).toString(), id);
    QCOMPARE(page.proxy()->index(0, SupplierInvoicesPage::IncludingVat).data().toString(),
             ui::formatMoney(Money::fromCents(128625)));
    page.setStatusFilter(SupplierInvoiceStatus::Draft);
    QCOMPARE(page.proxy()->rowCount(), 0);
}

void tst_SupplierInvoices::nonChargeAccountRefusedAtItsCell_data()
{
    QTest::addColumn<QString>("account");
    QTest::newRow("a sales account is not a charge") << u"706"_s;
    QTest::newRow("the bank is not a charge") << u"512"_s;
    QTest::newRow("a fixed asset is not a charge") << u"2183"_s;
    QTest::newRow("personnel costs are not a supplier's charge") << u"641"_s;
}

void tst_SupplierInvoices::nonChargeAccountRefusedAtItsCell()
{
    QFETCH(QString, account);
    SupplierInvoicesPage page(*m_store);
    const qsizetype before = page.model()->rowCount();
    QPointer<SupplierInvoiceDialog> dialog = page.newInvoice();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"supplierName"_s)->setText(u"Fournisseur"_s);
    click(dialog, "addLine");
    click(dialog, "addLine");
    typeLine(dialog, 0, u"Fournitures"_s, u"6064"_s, u"10,00"_s, percent(200));
    typeLine(dialog, 1, u"Ligne fautive"_s, account, u"20,00"_s, percent(200));

    click(dialog, "saveDraft");
    const QString error = dialog->errorAt(u"lines[1].account"_s);
    QVERIFY(!error.isEmpty());
    QCOMPARE(dialog->linesTable()->cellWidget(1, SupplierInvoiceDialog::Account)->toolTip(), error);
    QVERIFY(dialog->errorAt(u"lines[0].account"_s).isEmpty());
    QVERIFY(dialog->invoice().id.isEmpty());
    dialog->accept();
    QCOMPARE(page.model()->rowCount(), before);
}

QTEST_MAIN(tst_SupplierInvoices)
#include "tst_supplierinvoices.moc"
