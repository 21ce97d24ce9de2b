#include "salesfixture.h"
#include "testsupport.h"

#include "ui/catalogdialog.h"
#include "ui/creditnotedialog.h"
#include "ui/customerdialog.h"
#include "ui/format.h"
#include "ui/invoiceeditor.h"
#include "ui/invoicelinesmodel.h"
#include "ui/language.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::InvoiceEditor;

namespace {

// Replaces a field's text as typed.
void retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

QPushButton *button(const QWidget &parent, const QString &name)
{
    return parent.findChild<QPushButton *>(name);
}

} // namespace

// The forms an accountant uses around an invoice, in the editor on a real store: deleting a draft
// (never an issued invoice), the partial credit note, editing the customer, the catalogue.
class tst_SalesForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void onlyDraftsCanBeDeleted_data();
    void onlyDraftsCanBeDeleted();
    void partialCreditNoteTakesTheCoreTotals();
    void creditingBeyondWhatIsLeftIsRefused_data();
    void creditingBeyondWhatIsLeftIsRefused();
    void customerIsEditedFromTheEditor();
    void customerEditShowsAVersionConflict();
    void catalogueItemIsCheckedSavedAndInserted_data();
    void catalogueItemIsCheckedSavedAndInserted();

private:
    std::unique_ptr<InvoiceEditor> openEditor(const QString &documentId);
    SalesDocument issueInvoice(const QString &title);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_activityId;
    Customer m_customer;
    QDate m_today;
};

void tst_SalesForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"forms.coopdesk"_s), u"Formulaires"_s);
    QVERIFY(m_store);
    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    m_activityId = test::addPerson(people, u"Inès"_s, u"Garnier"_s, u"ANAF"_s).activityId;
    SalesRepository sales(*m_store);
    m_customer = test::addCustomer(sales, m_activityId, u"Atelier Vasseur"_s, u"123456790"_s);
    m_today = sales.today();
}

void tst_SalesForms::cleanupTestCase()
{
    m_store.reset();
    QSettings().clear();
}

void tst_SalesForms::cleanup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (qobject_cast<QMessageBox *>(window))
            window->close();
    }
}

std::unique_ptr<InvoiceEditor> tst_SalesForms::openEditor(const QString &documentId)
{
    auto editor = std::make_unique<InvoiceEditor>();
    editor->resize(1200, 800);
    editor->setStore(m_store.get());
    if (documentId.isEmpty())
        editor->newInvoice(m_activityId);
    else if (!editor->openDocument(documentId))
        qWarning("the document %s did not open", qPrintable(documentId));
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qWarning("the editor is not shown");
    return editor;
}

// A validated invoice: 3 × 450 € at 20 % and 2 × 125.50 € at 10 %.
SalesDocument tst_SalesForms::issueInvoice(const QString &title)
{
    SalesRepository sales(*m_store);
    const SalesDocument draft = test::addDraft(
        sales, m_customer, m_today, title,
        {test::line(u"Conseil"_s, u"3"_s, u"450"_s, u"20"_s),
         test::line(u"Atelier"_s, u"2"_s, u"125.50"_s, u"10"_s)});
    return test::require(sales.validate(draft.id, m_today));
}

void tst_SalesForms::onlyDraftsCanBeDeleted_data()
{
    QTest::addColumn<bool>("issued");
    QTest::newRow("a draft is deleted after confirmation") << false;
    QTest::newRow("an issued invoice has no delete") << true;
}

void tst_SalesForms::onlyDraftsCanBeDeleted()
{
    QFETCH(bool, issued);
    SalesRepository sales(*m_store);
    const SalesDocument document =
        issued ? issueInvoice(u"Issued"_s)
               : test::addDraft(sales, m_customer, m_today, u"To delete"_s,
                                {test::line(u"Conseil"_s, u"1"_s, u"100"_s, u"20"_s)});
    const std::unique_ptr<InvoiceEditor> editor = openEditor(document.id);
    QPushButton *remove = button(*editor, u"deleteDraftButton"_s);
    QVERIFY(remove);
    if (issued) {
        QVERIFY(remove->isHidden());
        QVERIFY(!editor->deleteAction()->isEnabled());
        editor->requestDelete();
        QVERIFY(!editor->deleteConfirmation());
        QVERIFY(!editor->deleteNow());
        const auto stored = test::require(sales.document(document.id));
        QVERIFY(stored.has_value());
        return;
    }
    QVERIFY(remove->isVisible());
    QSignalSpy back(editor.get(), &InvoiceEditor::backRequested);
    remove->click();
    QMessageBox *confirmation = editor->deleteConfirmation();
    QVERIFY(confirmation);
    // Cancel keeps the draft.
    confirmation->button(QMessageBox::Cancel)->click();
    QVERIFY(test::require(sales.document(document.id)).has_value());
    QCOMPARE(back.count(), 0);

    editor->deleteAction()->trigger();
    confirmation = editor->deleteConfirmation();
    QVERIFY(confirmation);
    confirmation->button(QMessageBox::Yes)->click();
    QCOMPARE(back.count(), 1);
    QVERIFY(!test::require(sales.document(document.id)).has_value());
}

void tst_SalesForms::partialCreditNoteTakesTheCoreTotals()
{
    SalesRepository sales(*m_store);
    const SalesDocument invoice = issueInvoice(u"Partly credited"_s);
    const Money remainingBefore = test::require(sales.settlement(invoice.id)).remaining;
    const std::unique_ptr<InvoiceEditor> editor = openEditor(invoice.id);
    QPushButton *full = button(*editor, u"creditNoteButton"_s);
    QPushButton *partial = button(*editor, u"partialCreditNoteButton"_s);
    QVERIFY(full && partial && full->isVisible() && partial->isVisible());
    partial->click();
    ui::CreditNoteDialog *dialog = editor->creditNoteDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing chosen yet

    // 1 of the 3 units of the first line.
    retype(dialog->quantityEdit(0), u"1"_s);
    DocumentLine credited = invoice.lines.at(0);
    credited.quantity = test::require(Quantity::parse(u"1"));
    const InvoiceTotals expected =
        test::require(test::require(makePartialCreditNote(invoice, {credited})).totals());
    QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
    QVERIFY(dialog->preview().has_value());
    QCOMPARE(test::require(dialog->preview()->totals()).totalIncludingVat,
             expected.totalIncludingVat);
    QCOMPARE(dialog->perRateTable()->item(0, 3)->text(),
             ui::formatMoney(expected.perRate.at(0).total));
    QCOMPARE(dialog->perRateTable()->item(0, 4)->text(),
             ui::formatMoney(test::require(invoice.totals()).perRate.at(0).total));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();

    // The draft opens in the editor with the core's totals.
    const SalesDocument &note = editor->document();
    QCOMPARE(note.kind, DocumentKind::CreditNote);
    QCOMPARE(note.status, DocumentStatus::Draft);
    QCOMPARE(note.creditedInvoiceId, invoice.id);
    QCOMPARE(note.lines.size(), 1);
    QCOMPARE(test::require(note.totals()).perRate, expected.perRate);
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s),
             ui::formatMoney(expected.totalIncludingVat));
    QCOMPARE(expected.totalIncludingVat, Money::fromCents(54000));

    QVERIFY2(editor->validateNow(), qPrintable(editor->shownErrors().join(u'\n')));
    QCOMPARE(editor->document().status, DocumentStatus::Validated);
    const Money remainingAfter = test::require(sales.settlement(invoice.id)).remaining;
    QCOMPARE(remainingAfter, remainingBefore - expected.totalIncludingVat);
}

void tst_SalesForms::creditingBeyondWhatIsLeftIsRefused_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::newRow("beyond what previous credit notes left") << u"3"_s;
    QTest::newRow("beyond the quantity invoiced") << u"4"_s;
    QTest::newRow("a quantity that is not a number") << u"two"_s;
}

void tst_SalesForms::creditingBeyondWhatIsLeftIsRefused()
{
    QFETCH(QString, quantity);
    SalesRepository sales(*m_store);
    const SalesDocument invoice = issueInvoice(u"Credited twice"_s);
    // One unit of the first line is already credited.
    DocumentLine first = invoice.lines.at(0);
    first.quantity = test::require(Quantity::parse(u"1"));
    const SalesDocument earlier = test::require(sales.createPartialCreditNote(invoice.id, {first}));
    test::require(sales.validate(earlier.id, m_today));
    const qsizetype notesBefore = test::require(sales.creditNotesOf(invoice.id)).size();

    const std::unique_ptr<InvoiceEditor> editor = openEditor(invoice.id);
    editor->createPartialCreditNote();
    ui::CreditNoteDialog *dialog = editor->creditNoteDialog();
    QVERIFY(dialog);
    // What is left at 20 %: two units' worth.
    QCOMPARE(dialog->remainder().at(0).base, Money::fromCents(90000));
    retype(dialog->quantityEdit(0), quantity);
    QVERIFY(!dialog->error().isEmpty());
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->error().isEmpty());
    QCOMPARE(editor->document().id, invoice.id);
    // Two units are still possible.
    retype(dialog->quantityEdit(0), u"2"_s);
    QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
    dialog->reject();
    QCOMPARE(test::require(sales.creditNotesOf(invoice.id)).size(), notesBefore);
}

void tst_SalesForms::customerIsEditedFromTheEditor()
{
    SalesRepository sales(*m_store);
    const Customer customer =
        test::addCustomer(sales, m_activityId, u"Librairie Morel"_s, u"123456808"_s);
    const SalesDocument draft = test::addDraft(sales, customer, m_today, u"Books"_s,
                                               {test::line(u"Conseil"_s, u"1"_s, u"80"_s, u"20"_s)});
    const std::unique_ptr<InvoiceEditor> editor = openEditor(draft.id);
    QPushButton *edit = button(*editor, u"editCustomerButton"_s);
    QVERIFY(edit && edit->isVisible() && edit->isEnabled());
    edit->click();
    ui::CustomerDialog *dialog = editor->customerDialog();
    QVERIFY(dialog);
    auto *line1 = qobject_cast<QLineEdit *>(dialog->field(u"billingAddress.line1"_s));
    QCOMPARE(line1->text(), customer.billingAddress.line1);
    retype(line1, u"8 rue Merciere"_s);
    retype(qobject_cast<QLineEdit *>(dialog->field(u"billingAddress.postcode"_s)), QString());
    dialog->okButton()->click();
    QVERIFY(!dialog->errorAt(u"billingAddress.postcode"_s).isEmpty());
    retype(qobject_cast<QLineEdit *>(dialog->field(u"billingAddress.postcode"_s)), u"69002"_s);
    dialog->okButton()->click();
    QTRY_VERIFY(!editor->customerDialog());

    const Customer stored = *test::require(sales.customer(customer.id));
    QCOMPARE(stored.billingAddress.line1, u"8 rue Merciere"_s);
    QCOMPARE(stored.version, customer.version + 1);
    auto *combo = qobject_cast<QComboBox *>(editor->field(u"customerId"_s));
    QCOMPARE(combo->currentData().toString(), customer.id);
    QCOMPARE(test::require(sales.partiesFor(editor->currentDocument())).customer.billingAddress.line1,
             u"8 rue Merciere"_s);

    // Once issued, the customer is no longer edited from the invoice.
    QVERIFY(editor->validateNow());
    QVERIFY(edit->isHidden());
}

void tst_SalesForms::customerEditShowsAVersionConflict()
{
    SalesRepository sales(*m_store);
    const Customer customer =
        test::addCustomer(sales, m_activityId, u"Garage Petit"_s, u"123456816"_s);
    const SalesDocument draft = test::addDraft(sales, customer, m_today, u"Repairs"_s,
                                               {test::line(u"Conseil"_s, u"1"_s, u"80"_s, u"20"_s)});
    const std::unique_ptr<InvoiceEditor> editor = openEditor(draft.id);
    editor->editCustomer();
    ui::CustomerDialog *dialog = editor->customerDialog();
    QVERIFY(dialog);
    // Someone else changes the record meanwhile.
    Customer other = customer;
    other.contactName = u"Paul Petit"_s;
    test::require(sales.saveCustomer(other));
    retype(qobject_cast<QLineEdit *>(dialog->field(u"billingAddress.line1"_s)), u"1 quai Perrache"_s);
    dialog->okButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->formError().isEmpty());
    QCOMPARE(test::require(sales.customer(customer.id))->billingAddress.line1,
             customer.billingAddress.line1);
    dialog->reject();
}

void tst_SalesForms::catalogueItemIsCheckedSavedAndInserted_data()
{
    QTest::addColumn<QString>("badAccount");
    QTest::newRow("a customer account is not a revenue account") << u"411000"_s;
    QTest::newRow("a revenue account is made of digits") << u"70AB"_s;
}

void tst_SalesForms::catalogueItemIsCheckedSavedAndInserted()
{
    QFETCH(QString, badAccount);
    SalesRepository sales(*m_store);
    const QString designation = u"Retouche "_s + badAccount;
    const std::unique_ptr<InvoiceEditor> editor = openEditor({});
    QPushButton *open = button(*editor, u"manageCatalogueButton"_s);
    QVERIFY(open && open->isVisible());
    open->click();
    ui::CatalogDialog *catalog = editor->catalogDialog();
    QVERIFY(catalog);
    const qsizetype before = catalog->items().size();
    button(*catalog, u"addItemButton"_s)->click();
    ui::CatalogItemDialog *form = catalog->itemDialog();
    QVERIFY(form);
    retype(qobject_cast<QLineEdit *>(form->field(u"designation"_s)), designation);
    retype(qobject_cast<QLineEdit *>(form->field(u"unitPrice"_s)), u"40,50"_s);
    auto *rate = qobject_cast<QComboBox *>(form->field(u"vatRate"_s));
    rate->setCurrentIndex(rate->findData(QVariant::fromValue(10 * Rate::UnitsPerPercent)));
    retype(qobject_cast<QLineEdit *>(form->field(u"revenueAccount"_s)), badAccount);
    form->okButton()->click();
    QVERIFY(form->isVisible());
    QVERIFY(!form->errorAt(u"revenueAccount"_s).isEmpty());
    QCOMPARE(form->fieldsInError(), QStringList{u"revenueAccount"_s});
    QCOMPARE(test::require(sales.catalogItems(m_activityId)).size(), before);

    retype(qobject_cast<QLineEdit *>(form->field(u"revenueAccount"_s)), u"706100"_s);
    QVERIFY(form->errorAt(u"revenueAccount"_s).isEmpty());
    form->okButton()->click();
    QTRY_VERIFY(!catalog->itemDialog());
    QCOMPARE(catalog->items().size(), before + 1);
    QCOMPARE(catalog->table()->rowCount(), int(before + 1));
    CatalogItem saved;
    for (const CatalogItem &item : catalog->items()) {
        if (item.designation == designation)
            saved = item;
    }
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.revenueAccount, u"706100"_s);
    QCOMPARE(saved.unitPrice, test::require(UnitPrice::parse(u"40.50")));
    QCOMPARE(saved.vatRate, Rate::fromUnits(10 * Rate::UnitsPerPercent));
    catalog->reject();

    // The editor's "From catalogue" menu now offers it.
    auto *menuButton = editor->findChild<QToolButton *>(u"catalogueButton"_s);
    QVERIFY(menuButton && menuButton->menu());
    Q_EMIT menuButton->menu()->aboutToShow();
    QAction *pick = nullptr;
    for (QAction *action : menuButton->menu()->actions()) {
        if (action->text().contains(designation))
            pick = action;
    }
    QVERIFY(pick);
    pick->trigger();
    QCOMPARE(editor->linesModel()->rowCount(), 1);
    const DocumentLine line = editor->linesModel()->lines().constFirst();
    QCOMPARE(line.catalogItemId, saved.id);
    QCOMPARE(line.revenueAccount, u"706100"_s);
    QCOMPARE(line.unitPrice, saved.unitPrice);

    // Archived, it leaves the menu.
    editor->openCatalogue();
    catalog = editor->catalogDialog();
    QVERIFY(catalog);
    for (qsizetype i = 0; i < catalog->items().size(); ++i) {
        if (catalog->items().at(i).id == saved.id)
            catalog->table()->selectRow(int(i));
    }
    QVERIFY(catalog->archiveCurrent());
    catalog->reject();
    Q_EMIT menuButton->menu()->aboutToShow();
    for (QAction *action : menuButton->menu()->actions())
        QVERIFY(!action->text().contains(designation));
}

QTEST_MAIN(tst_SalesForms)
#include "tst_salesforms.moc"
