#include "salesfixture.h"
#include "testsupport.h"

#include "ui/customerdialog.h"
#include "ui/format.h"
#include "ui/invoiceeditor.h"
#include "ui/invoicelinesmodel.h"
#include "ui/invoicelistpage.h"
#include "ui/invoicepreview.h"
#include "ui/invoicesmodel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/paymentdialog.h"
#include "ui/salesarea.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::FormDialog;
using ui::InvoiceEditor;
using ui::InvoiceLinesModel;
using ui::InvoicesModel;

namespace {

// Types text as key presses; characters beyond ASCII are sent as their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(FormDialog *dialog, const QString &key, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog->field(key));
    if (!edit)
        qFatal("no line edit %s", qPrintable(key));
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

// The list's row of a document, read as the list shows it (after going back to it).
int listRow(ui::SalesArea *sales, const QString &id)
{
    InvoicesModel *model = sales->listPage()->model();
    while (model->rowOf(id) < 0 && model->canFetchMore({}))
        model->fetchMore({});
    return model->rowOf(id);
}

PaymentStatus listedPaymentStatus(ui::SalesArea *sales, const QString &id)
{
    const int row = listRow(sales, id);
    if (row < 0)
        qFatal("document not listed");
    return sales->listPage()->model()->rowAt(row).paymentStatus;
}

} // namespace

// From a new customer to a paid invoice and a credit note, through the main window's Sales area
// as a person uses it: forms, editor, confirmation, payments, the list's statuses.
class tst_SalesJourney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fromNewCustomerToPaidInvoiceAndCreditNote();
};

void tst_SalesJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
}

void tst_SalesJourney::cleanupTestCase()
{
    QSettings().clear();
}

void tst_SalesJourney::fromNewCustomerToPaidInvoiceAndCreditNote()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = test::createStore(dir.filePath(u"journey.coopdesk"_s), u"Parcours"_s);
    QVERIFY(store);
    QString activityId;
    SalesDocument other; // another validated invoice, to be credited at the end
    {
        PeopleRepository people(*store);
        test::setUpCooperative(people);
        activityId = test::addPerson(people, u"Denise"_s, u"Faure"_s, u"ANAD"_s).activityId;
        SalesRepository sales(*store);
        const Customer regular =
            test::addCustomer(sales, activityId, u"Librairie Perrin"_s, u"123456816"_s);
        other = test::addDraft(sales, regular, businessToday().addDays(-20),
                               u"Ateliers d'écriture"_s,
                               {test::line(u"Atelier"_s, u"4"_s, u"150.00"_s, u"20"_s),
                                test::line(u"Recueil"_s, u"10"_s, u"9.50"_s, u"5.5"_s)});
        other = test::require(sales.validate(other.id, other.date));
    }
    Store *storePointer = store.get();

    ui::MainWindow window(std::move(store));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentArea(ui::MainWindow::Area::Sales);
    ui::SalesArea *sales = window.salesArea();
    QVERIFY(sales);
    QCOMPARE(sales->currentView(), ui::SalesArea::View::List);
    QTRY_COMPARE(sales->listPage()->model()->rowCount(), 1);

    // Ctrl+N: a new invoice, its activity already chosen (the cooperative has only one).
    sales->listPage()->view()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(sales->currentView(), ui::SalesArea::View::Editor);
    InvoiceEditor *editor = sales->editor();
    auto *activity = qobject_cast<QComboBox *>(editor->field(u"activityId"_s));
    QCOMPARE(activity->currentData().toString(), activityId);

    // New customer…: errors at their fields first, then saved and chosen.
    editor->findChild<QPushButton *>(u"newCustomerButton"_s)->click();
    ui::CustomerDialog *customerDialog = editor->customerDialog();
    QVERIFY(customerDialog);
    QVERIFY(QTest::qWaitForWindowExposed(customerDialog));
    typeInto(customerDialog, u"name"_s, u"Studio Garnier"_s);
    typeInto(customerDialog, u"siren"_s, u"123456780"_s); // wrong key
    customerDialog->okButton()->click();
    QVERIFY(customerDialog->isVisible());
    QVERIFY(!customerDialog->errorAt(u"siren"_s).isEmpty());
    QVERIFY(!customerDialog->errorAt(u"billingAddress.postcode"_s).isEmpty());
    typeInto(customerDialog, u"siren"_s, u"123456824"_s);
    typeInto(customerDialog, u"billingAddress.line1"_s, u"8 quai Saint-Vincent"_s);
    typeInto(customerDialog, u"billingAddress.postcode"_s, u"69001"_s);
    typeInto(customerDialog, u"billingAddress.city"_s, u"Lyon"_s);
    customerDialog->okButton()->click();
    QTRY_VERIFY(!editor->customerDialog());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *customer = qobject_cast<QComboBox *>(editor->field(u"customerId"_s));
    QCOMPARE(customer->currentText(), u"Studio Garnier"_s);
    QVERIFY(!customer->currentData().toString().isEmpty());

    // Title and two lines at two rates.
    auto *title = qobject_cast<QLineEdit *>(editor->field(u"title"_s));
    title->setFocus();
    typeText(title, u"Identité visuelle"_s);
    InvoiceLinesModel *lines = editor->linesModel();
    editor->addLine();
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::Designation), u"Logo"_s));
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::Quantity), u"1"_s));
    QVERIFY(lines->setData(lines->index(0, InvoiceLinesModel::UnitPrice), u"1 200"_s));
    editor->addLine();
    QVERIFY(lines->setData(lines->index(1, InvoiceLinesModel::Designation), u"Livret imprimé"_s));
    QVERIFY(lines->setData(lines->index(1, InvoiceLinesModel::Quantity), u"50"_s));
    QVERIFY(lines->setData(lines->index(1, InvoiceLinesModel::UnitPrice), u"4,20"_s));
    QVERIFY(lines->setData(lines->index(1, InvoiceLinesModel::VatRate), u"5,5"_s));
    // 1 200 € at 20 % and 210 € at 5,5 %: 1 440,00 + 221,55.
    const Money total = Money::fromCents(144000 + 22155);
    QCOMPARE(editor->findChild<QLabel *>(u"totalIncludingVat"_s)->text(), ui::formatMoney(total));
    QCOMPARE(editor->perRateTable()->rowCount(), 2);

    // Ctrl+S saves the draft.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor->document().id.isEmpty(), qPrintable(editor->shownErrors().join(u" / "_s)));
    QVERIFY(!editor->isModified());
    const QString invoiceId = editor->document().id;

    // Validate asks first; Yes issues it: its number shows and the editor is read-only.
    editor->findChild<QPushButton *>(u"validateButton"_s)->click();
    QMessageBox *question = editor->confirmation();
    QVERIFY2(question, qPrintable(editor->shownErrors().join(u" / "_s)));
    question->button(QMessageBox::Yes)->click();
    QVERIFY2(editor->isReadOnly(), qPrintable(editor->shownErrors().join(u" / "_s)));
    const QString number = editor->document().number;
    QVERIFY(!number.isEmpty());
    QVERIFY(editor->findChild<QLabel *>(u"editorHeading"_s)->text().contains(number));
    QVERIFY(!title->isEnabled());
    QVERIFY(lines->isReadOnly());
    QVERIFY(!(lines->flags(lines->index(0, InvoiceLinesModel::Quantity)) & Qt::ItemIsEditable));
    QVERIFY(!lines->setData(lines->index(0, InvoiceLinesModel::Quantity), u"3"_s));
    QCOMPARE(editor->document().totalIncludingVat, total);

    // The printed pages can be previewed.
    editor->showPreview();
    QVERIFY(editor->preview());
    QVERIFY(editor->preview()->pageCount() >= 1);
    editor->preview()->close();

    // A partial payment: more than what is left is refused at the amount field.
    editor->findChild<QPushButton *>(u"recordPaymentButton"_s)->click();
    ui::PaymentDialog *payment = editor->paymentDialog();
    QVERIFY(payment);
    QCOMPARE(qobject_cast<QLineEdit *>(payment->field(u"amount"_s))->text(),
             ui::formatAmount(total));
    typeInto(payment, u"amount"_s, u"5 000"_s);
    payment->okButton()->click();
    QVERIFY(!payment->errorAt(u"amount"_s).isEmpty());
    typeInto(payment, u"amount"_s, u"600"_s);
    typeInto(payment, u"reference"_s, u"VIR 0042"_s);
    payment->okButton()->click();
    QTRY_VERIFY(!editor->paymentDialog());
    QCOMPARE(editor->settlement().paid, Money::fromCents(60000));
    QCOMPARE(editor->settlement().remaining, total - Money::fromCents(60000));

    // Back to the list: partly paid.
    editor->findChild<QPushButton *>(u"backButton"_s)->click();
    QCOMPARE(sales->currentView(), ui::SalesArea::View::List);
    QCOMPARE(listedPaymentStatus(sales, invoiceId), PaymentStatus::PartlyPaid);
    QCOMPARE(sales->listPage()->currentDocumentId(), invoiceId);

    // Enter opens it again; the rest is paid with the amount offered.
    sales->listPage()->view()->setFocus();
    QTest::keyClick(sales->listPage()->view(), Qt::Key_Return);
    QCOMPARE(sales->currentView(), ui::SalesArea::View::Editor);
    QCOMPARE(editor->document().id, invoiceId);
    editor->recordPayment();
    payment = editor->paymentDialog();
    QVERIFY(payment);
    QCOMPARE(qobject_cast<QLineEdit *>(payment->field(u"amount"_s))->text(),
             ui::formatAmount(total - Money::fromCents(60000)));
    payment->okButton()->click();
    QTRY_VERIFY(!editor->paymentDialog());
    QCOMPARE(editor->settlement().remaining, Money());
    QVERIFY(!editor->paymentAction()->isEnabled());
    editor->requestBack();
    QCOMPARE(listedPaymentStatus(sales, invoiceId), PaymentStatus::Paid);

    // A credit note of the other invoice, validated: what that invoice leaves to pay drops.
    const int otherRow = listRow(sales, other.id);
    QVERIFY(otherRow >= 0);
    const Money otherRemaining = sales->listPage()->model()->rowAt(otherRow).remaining;
    QCOMPARE(otherRemaining, other.totalIncludingVat);
    sales->openDocument(other.id);
    QCOMPARE(editor->document().id, other.id);
    editor->findChild<QPushButton *>(u"creditNoteButton"_s)->click();
    QCOMPARE(editor->document().kind, DocumentKind::CreditNote);
    QCOMPARE(editor->document().creditedInvoiceId, other.id);
    QVERIFY(!editor->isReadOnly());
    QCOMPARE(editor->findChild<QLabel *>(u"totalIncludingVat"_s)->text(),
             ui::formatMoney(other.totalIncludingVat));
    editor->requestValidation();
    QVERIFY2(editor->confirmation(), qPrintable(editor->shownErrors().join(u" / "_s)));
    editor->confirmation()->button(QMessageBox::Yes)->click();
    QVERIFY2(editor->isReadOnly(), qPrintable(editor->shownErrors().join(u" / "_s)));
    QVERIFY(!editor->document().number.isEmpty());
    const QString noteId = editor->document().id;

    const Result<SalesRepository::Settlement> settlement =
        SalesRepository(*storePointer).settlement(other.id);
    QVERIFY2(settlement, test::why(settlement).constData());
    QVERIFY(settlement->remaining < otherRemaining);
    QCOMPARE(settlement->credited, other.totalIncludingVat);
    editor->requestBack();
    const int creditedRow = listRow(sales, other.id);
    QCOMPARE(sales->listPage()->model()->rowAt(creditedRow).remaining, settlement->remaining);
    const int noteRow = listRow(sales, noteId);
    QVERIFY(noteRow >= 0);
    QCOMPARE(sales->listPage()->model()->index(noteRow, InvoicesModel::TotalIncludingVat)
                 .data().toString(),
             ui::formatMoney(-other.totalIncludingVat));

    // Saved as PDF, from the same document.
    sales->openDocument(invoiceId);
    const QString pdfPath = dir.filePath(u"invoice.pdf"_s);
    const Result<void> pdf = editor->savePdf(pdfPath);
    QVERIFY2(pdf, test::why(pdf).constData());
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(tst_SalesJourney)
#include "tst_salesjourney.moc"
