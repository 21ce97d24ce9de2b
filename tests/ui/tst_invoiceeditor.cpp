#include "salesfixture.h"
#include "testsupport.h"

#include "ui/format.h"
#include "ui/formdialog.h"
#include "ui/invoiceeditor.h"
#include "ui/invoicelinesmodel.h"
#include "ui/language.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::InvoiceEditor;
using ui::InvoiceLinesModel;

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

// One line as typed: designation, quantity, unit price, VAT %, discount % (French decimals).
struct TypedLine
{
    QString designation;
    QString quantity;
    QString price;
    QString vat;
    QString discount;
};

// "Conseil|2|450|20|" → a TypedLine.
QList<TypedLine> parseLines(const QStringList &specs)
{
    QList<TypedLine> lines;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u'|');
        lines << TypedLine{parts.value(0), parts.value(1), parts.value(2), parts.value(3),
                           parts.value(4)};
    }
    return lines;
}

// The same line read by the core's own parsers, as the expected document holds it.
DocumentLine expectedLine(const TypedLine &typed)
{
    DocumentLine line;
    line.designation = typed.designation;
    line.quantity = test::require(Quantity::parse(typed.quantity));
    line.unitPrice = test::require(UnitPrice::parse(typed.price));
    line.vatRate = test::require(Rate::fromPercent(typed.vat));
    if (!typed.discount.isEmpty())
        line.discount = test::require(Rate::fromPercent(typed.discount));
    return line;
}

// Whether a cell editor of the view has the focus.
bool editing(const QTableView *view)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && view->viewport()->isAncestorOf(focus);
}

QWidget *openCellEditor(QTableView *view, int row, int column)
{
    if (editing(view))
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    return QApplication::focusWidget();
}

// Types `text` into a cell through the view's own editor, then Enter, as a person does.
void typeCell(QTableView *view, int row, int column, const QString &text)
{
    QWidget *editor = openCellEditor(view, row, column);
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
        edit = combo->lineEdit();
    QVERIFY2(edit, "the cell's editor takes text");
    edit->selectAll();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // The delegate commits and closes its editor from the event loop.
    QTRY_VERIFY(!editing(view));
}

// Picks a value in a cell's combo box (unit, VAT rate), then Enter.
void chooseCell(QTableView *view, int row, int column, const QVariant &value)
{
    auto *combo = qobject_cast<QComboBox *>(openCellEditor(view, row, column));
    QVERIFY2(combo, "the cell's editor is a combo box");
    const int found = combo->findData(value);
    QVERIFY(found >= 0);
    combo->setCurrentIndex(found);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!editing(view));
}

QString labelText(const InvoiceEditor &editor, const QString &name)
{
    const auto *label = editor.findChild<QLabel *>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

} // namespace

// The invoice editor typed into as a person does: its totals are exactly those of the one engine
// (SalesDocument::totals), per rate and in all; TTC entry; an error at its cell that refuses the
// validation; undo of the lines.
class tst_InvoiceEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void totalsAreThoseOfTheEngine_data();
    void totalsAreThoseOfTheEngine();
    void switchingToTtcEntryRecomputes();
    void zeroRateWithoutMentionIsShownAndRefused();
    void undoRestoresThePreviousLine();
    void linesModelPassesTheTester();
    void dueDateFollowsTheCustomersTerms();
    void catalogueItemsBecomeLines();

private:
    std::unique_ptr<InvoiceEditor> newEditor();
    void typeLines(InvoiceEditor &editor, const QList<TypedLine> &lines);
    void checkTotals(const InvoiceEditor &editor, const SalesDocument &expected);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_activityId;
    Customer m_customer;
    Customer m_quickCustomer;
    CatalogItem m_item;
};

void tst_InvoiceEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"editor.coopdesk"_s), u"Éditeur"_s);
    QVERIFY(m_store);
    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    m_activityId =
        test::addPerson(people, u"Chloé"_s, u"Renaud"_s, u"ANAC"_s).activityId;
    SalesRepository sales(*m_store);
    m_customer = test::addCustomer(sales, m_activityId, u"Atelier Vasseur"_s, u"123456790"_s, 45);
    m_quickCustomer = test::addCustomer(sales, m_activityId, u"Bistrot Lucas"_s, u"123456808"_s, 0);
    CatalogItem item;
    item.activityId = m_activityId;
    item.designation = u"Séance photo en studio"_s;
    item.unit = u"HUR"_s;
    item.unitPrice = test::require(UnitPrice::parse(u"85.50"));
    item.vatRate = Rate::fromUnits(20 * Rate::UnitsPerPercent);
    m_item = test::require(sales.saveCatalogItem(item));
}

void tst_InvoiceEditor::cleanupTestCase()
{
    m_store.reset();
    QSettings().clear();
}

void tst_InvoiceEditor::cleanup()
{
    // Editors of a failed test may leave a message box behind.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (qobject_cast<QMessageBox *>(window))
            window->close();
    }
}

std::unique_ptr<InvoiceEditor> tst_InvoiceEditor::newEditor()
{
    auto editor = std::make_unique<InvoiceEditor>();
    editor->resize(1200, 800);
    editor->setStore(m_store.get());
    editor->newInvoice(m_activityId);
    editor->show();
    if (!QTest::qWaitForWindowActive(editor.get()))
        qWarning("the editor did not become active");
    auto *customer = qobject_cast<QComboBox *>(editor->field(u"customerId"_s));
    customer->setCurrentIndex(customer->findData(m_customer.id));
    return editor;
}

void tst_InvoiceEditor::typeLines(InvoiceEditor &editor, const QList<TypedLine> &lines)
{
    QTableView *view = editor.linesView();
    auto *add = editor.findChild<QPushButton *>(u"addLineButton"_s);
    QVERIFY(add);
    for (const TypedLine &line : lines) {
        const int row = editor.linesModel()->rowCount();
        view->clearSelection();
        view->setCurrentIndex(row > 0 ? editor.linesModel()->index(row - 1, 0) : QModelIndex());
        add->click();
        QCOMPARE(editor.linesModel()->rowCount(), row + 1);
        typeCell(view, row, InvoiceLinesModel::Designation, line.designation);
        typeCell(view, row, InvoiceLinesModel::Quantity, line.quantity);
        typeCell(view, row, InvoiceLinesModel::UnitPrice, line.price);
        if (!line.discount.isEmpty())
            typeCell(view, row, InvoiceLinesModel::Discount, line.discount);
        chooseCell(view, row, InvoiceLinesModel::VatRate,
                   test::require(Rate::fromPercent(line.vat)).units());
    }
}

void tst_InvoiceEditor::checkTotals(const InvoiceEditor &editor, const SalesDocument &expected)
{
    const Result<InvoiceTotals> totals = expected.totals();
    QVERIFY2(totals, test::why(totals).constData());
    QCOMPARE(labelText(editor, u"totalExcludingVat"_s), ui::formatMoney(totals->totalExcludingVat));
    QCOMPARE(labelText(editor, u"totalVat"_s), ui::formatMoney(totals->totalVat));
    QCOMPARE(labelText(editor, u"totalIncludingVat"_s), ui::formatMoney(totals->totalIncludingVat));
    const QTableWidget *perRate = editor.perRateTable();
    QCOMPARE(perRate->rowCount(), int(totals->perRate.size()));
    for (int row = 0; row < perRate->rowCount(); ++row) {
        const VatBreakdown &rate = totals->perRate.at(row);
        QVERIFY(perRate->item(row, 0)->text().startsWith(ui::formatPercent(rate.rate)));
        QCOMPARE(perRate->item(row, 1)->text(), ui::formatMoney(rate.base));
        QCOMPARE(perRate->item(row, 2)->text(), ui::formatMoney(rate.vat));
        QCOMPARE(perRate->item(row, 3)->text(), ui::formatMoney(rate.total));
    }
    for (int row = 0; row < editor.linesModel()->rowCount(); ++row)
        QCOMPARE(editor.linesModel()->index(row, InvoiceLinesModel::Amount).data().toString(),
                 ui::formatMoney(totals->lines.at(row).displayed));
}

void tst_InvoiceEditor::totalsAreThoseOfTheEngine_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<bool>("ttc");
    QTest::addColumn<QString>("documentDiscount");

    QTest::newRow("one rate, prices excluding VAT")
        << QStringList{u"Conseil|2|450|20|"_s} << false << QString();
    QTest::newRow("two rates are totalled each on its own")
        << QStringList{u"Conseil|3|333,33|20|"_s, u"Livre|7|12,99|5,5|"_s} << false << QString();
    QTest::newRow("line discounts and reduced rates, rounded once per rate")
        << QStringList{u"Atelier|1,5|80|10|15"_s, u"Brochure|10|3,333|2,1|"_s,
                       u"Repas|4|17,45|5,5|"_s, u"Boisson|3|2,175|20|"_s}
        << false << QString();
    QTest::newRow("prices including VAT keep the typed total")
        << QStringList{u"Panier|3|19,99|5,5|"_s, u"Sac|1|4,99|20|"_s, u"Tisane|2|6,35|5,5|"_s}
        << true << QString();
    QTest::newRow("a document discount applies to every rate")
        << QStringList{u"Conseil|1|1000|20|"_s, u"Restauration|2|49,90|10|"_s} << false
        << u"7,5"_s;
}

void tst_InvoiceEditor::totalsAreThoseOfTheEngine()
{
    QFETCH(QStringList, lines);
    QFETCH(bool, ttc);
    QFETCH(QString, documentDiscount);
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    if (ttc) {
        auto *entry = qobject_cast<QComboBox *>(editor->field(u"priceEntry"_s));
        entry->setCurrentIndex(entry->findData(static_cast<int>(PriceEntry::IncludingVat)));
    }
    if (!documentDiscount.isEmpty()) {
        auto *discount = qobject_cast<QLineEdit *>(editor->field(u"documentDiscount"_s));
        discount->setFocus();
        typeText(discount, documentDiscount);
    }
    const QList<TypedLine> typed = parseLines(lines);
    typeLines(*editor, typed);
    if (QTest::currentTestFailed())
        return;

    SalesDocument expected;
    expected.priceEntry = ttc ? PriceEntry::IncludingVat : PriceEntry::ExcludingVat;
    if (!documentDiscount.isEmpty())
        expected.documentDiscount = test::require(Rate::fromPercent(documentDiscount));
    for (const TypedLine &line : typed)
        expected.lines << expectedLine(line);
    // What was typed is what the document holds…
    QCOMPARE(editor->currentDocument().lines, expected.lines);
    // …and what the editor shows is the engine's result for it, to the cent.
    checkTotals(*editor, expected);
    QVERIFY(editor->shownErrors().isEmpty());

    // Saved, the store caches the same totals.
    QVERIFY(editor->saveDraft());
    const Result<InvoiceTotals> totals = expected.totals();
    QCOMPARE(editor->document().totalIncludingVat, totals->totalIncludingVat);
}

void tst_InvoiceEditor::switchingToTtcEntryRecomputes()
{
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    const QList<TypedLine> typed =
        parseLines({u"Coffret|3|41,67|20|"_s, u"Confiture|5|4,74|5,5|"_s});
    typeLines(*editor, typed);
    SalesDocument expected;
    for (const TypedLine &line : typed)
        expected.lines << expectedLine(line);
    checkTotals(*editor, expected);
    const QString excludingTotal = labelText(*editor, u"totalIncludingVat"_s);

    auto *entry = qobject_cast<QComboBox *>(editor->field(u"priceEntry"_s));
    entry->setFocus();
    entry->setCurrentIndex(entry->findData(static_cast<int>(PriceEntry::IncludingVat)));
    expected.priceEntry = PriceEntry::IncludingVat;
    checkTotals(*editor, expected);
    // The typed prices are now TTC: the total including VAT is their sum, cent for cent.
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s),
             ui::formatMoney(Money::fromCents(3 * 4167 + 5 * 474)));
    QVERIFY(labelText(*editor, u"totalIncludingVat"_s) != excludingTotal);
    QCOMPARE(editor->linesModel()->headerData(InvoiceLinesModel::UnitPrice, Qt::Horizontal)
                 .toString(),
             InvoiceLinesModel::tr("Unit price incl. VAT"));

    entry->setCurrentIndex(entry->findData(static_cast<int>(PriceEntry::ExcludingVat)));
    expected.priceEntry = PriceEntry::ExcludingVat;
    checkTotals(*editor, expected);
}

void tst_InvoiceEditor::zeroRateWithoutMentionIsShownAndRefused()
{
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    auto *title = qobject_cast<QLineEdit *>(editor->field(u"title"_s));
    title->setFocus();
    typeText(title, u"Formation certifiante"_s);
    typeLines(*editor, parseLines({u"Formation|2|600|20|"_s}));
    QVERIFY(editor->shownErrors().isEmpty());
    const qint64 before = test::require(SalesRepository(*m_store).countDocuments({}));

    // 0 % without the legal mention: the error is at the line's rate, the totals are not given.
    chooseCell(editor->linesView(), 0, InvoiceLinesModel::VatRate, qint64(0));
    const QString error = editor->errorAt(u"lines[0].vatRate"_s);
    QVERIFY2(!error.isEmpty(), qPrintable(editor->shownErrors().join(u" / "_s)));
    QCOMPARE(editor->linesModel()->index(0, InvoiceLinesModel::VatRate)
                 .data(InvoiceLinesModel::ErrorRole).toString(),
             error);
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s), u"—"_s);
    QVERIFY(editor->findChild<QLabel *>(u"lineErrors"_s)->text().contains(error));

    // Validate is refused before any question and nothing is written.
    editor->findChild<QPushButton *>(u"validateButton"_s)->click();
    QVERIFY(!editor->confirmation());
    QVERIFY(!editor->validateNow());
    QVERIFY(!editor->isReadOnly());
    QCOMPARE(test::require(SalesRepository(*m_store).countDocuments({})), before);
    QVERIFY(!editor->saveDraft());
    QCOMPARE(test::require(SalesRepository(*m_store).countDocuments({})), before);

    // With the mention the line is right again and the invoice can be issued.
    typeCell(editor->linesView(), 0, InvoiceLinesModel::Exemption,
             u"Exonération de TVA, article 261-4-4° du CGI (formation professionnelle)"_s);
    QVERIFY(editor->errorAt(u"lines[0].vatRate"_s).isEmpty());
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s),
             ui::formatMoney(Money::fromCents(120000)));
    editor->requestValidation();
    QVERIFY(editor->confirmation());
    editor->confirmation()->button(QMessageBox::Yes)->click();
    QVERIFY2(editor->isReadOnly(), qPrintable(editor->shownErrors().join(u" / "_s)));
    QVERIFY(!editor->document().number.isEmpty());
}

void tst_InvoiceEditor::undoRestoresThePreviousLine()
{
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    typeLines(*editor, parseLines({u"Conseil|2|100|20|"_s, u"Déplacement|1|35|20|"_s}));
    const QList<DocumentLine> typed = editor->linesModel()->lines();
    const QString total = labelText(*editor, u"totalIncludingVat"_s);
    QCOMPARE(total, ui::formatMoney(Money::fromCents(28200)));

    typeCell(editor->linesView(), 0, InvoiceLinesModel::Quantity, u"5"_s);
    QCOMPARE(editor->linesModel()->lines().at(0).quantity, Quantity::fromUnits(5000));
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s), ui::formatMoney(Money::fromCents(64200)));

    // Ctrl+Z in the lines gives back the previous line, and the totals follow.
    editor->linesView()->setFocus();
    QTest::keyClick(editor->linesView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->linesModel()->lines(), typed);
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s), total);
    // Redo, then undo again.
    QTest::keyClick(editor->linesView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->linesModel()->lines().at(0).quantity, Quantity::fromUnits(5000));
    editor->undoStack()->undo();
    QCOMPARE(editor->linesModel()->lines(), typed);

    // A removed line comes back too, in its place.
    editor->linesView()->setCurrentIndex(editor->linesModel()->index(0, 0));
    editor->findChild<QPushButton *>(u"removeLineButton"_s)->click();
    QCOMPARE(editor->linesModel()->rowCount(), 1);
    QCOMPARE(editor->linesModel()->lines().at(0).designation, u"Déplacement"_s);
    editor->undoStack()->undo();
    QCOMPARE(editor->linesModel()->lines(), typed);

    // A move, undone.
    editor->linesView()->setCurrentIndex(editor->linesModel()->index(0, 0));
    editor->findChild<QPushButton *>(u"moveDownButton"_s)->click();
    QCOMPARE(editor->linesModel()->lines().at(1), typed.at(0));
    editor->undoStack()->undo();
    QCOMPARE(editor->linesModel()->lines(), typed);

    // A value that cannot be read leaves the line as it was and says why at the cell.
    typeCell(editor->linesView(), 1, InvoiceLinesModel::UnitPrice, u"douze"_s);
    QCOMPARE(editor->linesModel()->lines(), typed);
    QVERIFY(!editor->errorAt(u"lines[1].unitPrice"_s).isEmpty());
}

void tst_InvoiceEditor::linesModelPassesTheTester()
{
    InvoiceLinesModel model;
    QUndoStack undo;
    model.setUndoStack(&undo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendLine(InvoiceLinesModel::newLine());
    model.appendLine(InvoiceLinesModel::newLine());
    QVERIFY(model.setData(model.index(0, InvoiceLinesModel::Designation), u"Conseil"_s));
    QVERIFY(model.setData(model.index(0, InvoiceLinesModel::UnitPrice), u"1 234,5"_s));
    QCOMPARE(model.lines().at(0).unitPrice, UnitPrice::fromUnits(123'450'000));
    QCOMPARE(model.index(0, InvoiceLinesModel::UnitPrice).data().toString(),
             ui::formatAmount(Money::fromCents(123450)));
    QVERIFY(model.setData(model.index(1, InvoiceLinesModel::VatRate), u"5,5"_s));
    QCOMPARE(model.lines().at(1).vatRate, Rate::fromUnits(5'500'000));
    QVERIFY(!model.setData(model.index(1, InvoiceLinesModel::Quantity), u"1,2345"_s));
    model.moveLine(0, 1);
    model.removeLine(0);
    QCOMPARE(model.rowCount(), 1);
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(model.rowCount(), 0);
}

void tst_InvoiceEditor::dueDateFollowsTheCustomersTerms()
{
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    auto *due = qobject_cast<QDateEdit *>(editor->field(u"dueDate"_s));
    const QDate date = editor->currentDocument().date;
    QCOMPARE(ui::dateOf(due), date.addDays(45));
    auto *customer = qobject_cast<QComboBox *>(editor->field(u"customerId"_s));
    customer->setCurrentIndex(customer->findData(m_quickCustomer.id));
    QCOMPARE(ui::dateOf(due), date);
    QCOMPARE(editor->currentDocument().paymentTerms, u"Paiement à réception"_s);
}

void tst_InvoiceEditor::catalogueItemsBecomeLines()
{
    const std::unique_ptr<InvoiceEditor> editor = newEditor();
    auto *button = editor->findChild<QToolButton *>(u"catalogueButton"_s);
    QVERIFY(button && button->menu());
    const auto pick = [&] {
        Q_EMIT button->menu()->aboutToShow();
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 1);
        QVERIFY(actions.constFirst()->text().contains(m_item.designation));
        actions.constFirst()->trigger();
    };
    pick();
    QCOMPARE(editor->linesModel()->rowCount(), 1);
    DocumentLine line = editor->linesModel()->lines().constFirst();
    QCOMPARE(line.designation, m_item.designation);
    QCOMPARE(line.unit, u"HUR"_s);
    QCOMPARE(line.unitPrice, m_item.unitPrice);
    QCOMPARE(line.vatRate, m_item.vatRate);
    QCOMPARE(line.catalogItemId, m_item.id);
    QCOMPARE(labelText(*editor, u"totalIncludingVat"_s), ui::formatMoney(Money::fromCents(10260)));

    // On a TTC document the catalogue's price excluding VAT is typed with its VAT.
    auto *entry = qobject_cast<QComboBox *>(editor->field(u"priceEntry"_s));
    entry->setCurrentIndex(entry->findData(static_cast<int>(PriceEntry::IncludingVat)));
    pick();
    line = editor->linesModel()->lines().at(1);
    QCOMPARE(line.unitPrice, test::require(UnitPrice::parse(u"102.60")));
    editor->undoStack()->undo();
    QCOMPARE(editor->linesModel()->rowCount(), 1);
}

QTEST_MAIN(tst_InvoiceEditor)
#include "tst_invoiceeditor.moc"
