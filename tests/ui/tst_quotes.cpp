#include "salesfixture.h"
#include "testsupport.h"

#include "ui/format.h"
#include "ui/invoiceeditor.h"
#include "ui/invoicelinesmodel.h"
#include "ui/language.h"
#include "ui/quoteeditor.h"
#include "ui/quotesmodel.h"
#include "ui/quotespage.h"
#include "ui/salesarea.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::InvoiceLinesModel;
using ui::QuoteEditor;
using ui::QuotesModel;
using ui::QuoteState;

namespace {

// A line as a person types it, in French decimals: "designation|quantity|price|vat%".
struct TypedLine
{
    QString designation;
    QString quantity;
    QString price;
    QString vat;
};

QList<TypedLine> typedLines(const QStringList &specs)
{
    QList<TypedLine> lines;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u'|');
        lines << TypedLine{parts.value(0), parts.value(1), parts.value(2), parts.value(3)};
    }
    return lines;
}

// The same line as the core reads it (the French comma read as a decimal point).
DocumentLine coreLine(const TypedLine &typed)
{
    const auto dotted = [](QString text) { return text.replace(u',', u'.'); };
    return test::line(typed.designation, dotted(typed.quantity), dotted(typed.price),
                      dotted(typed.vat));
}

// Types text key by key; characters beyond ASCII go as the text of a key event.
void typeKeys(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool cellEditorOpen(const QTableView *view)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && view->viewport()->isAncestorOf(focus);
}

QWidget *openEditorAt(QTableView *view, int row, int column)
{
    if (cellEditorOpen(view))
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    return QApplication::focusWidget();
}

// Types into a cell through the view's own editor and commits with Enter.
void typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(openEditorAt(view, row, column));
    QVERIFY2(edit, "the cell is edited as text");
    edit->selectAll();
    typeKeys(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!cellEditorOpen(view));
}

// Picks the entry holding `value` in a cell's combo box and commits with Enter.
void pickInCell(QTableView *view, int row, int column, const QVariant &value)
{
    auto *box = qobject_cast<QComboBox *>(openEditorAt(view, row, column));
    QVERIFY2(box, "the cell is edited in a combo box");
    const int at = box->findData(value);
    QVERIFY(at >= 0);
    box->setCurrentIndex(at);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!cellEditorOpen(view));
}

QString textOf(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : u"(no label %1)"_s.arg(name);
}

} // namespace

// Quotes: the list model, the editor typed into as a person does (totals of Quote::totals(),
// errors at their fields), and a signed quote's schedule through the Sales area, from the
// deposit to the balance, adding up to the quote to the cent.
class tst_Quotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void modelPassesTheTesterAndShowsStates();
    void editorTotalsAreThoseOfTheQuote_data();
    void editorTotalsAreThoseOfTheQuote();
    void errorsShowAtTheirField_data();
    void errorsShowAtTheirField();
    void statusActionsAreStored_data();
    void statusActionsAreStored();
    void depositThenBalanceAddUpToTheQuote_data();
    void depositThenBalanceAddUpToTheQuote();

private:
    Quote addQuote(const QString &title, QDate date, QDate validUntil, QuoteStatus status,
                   const QList<DocumentLine> &lines);
    void chooseCustomer(QuoteEditor &editor);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_activityId;
    Customer m_customer;
};

void tst_Quotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"quotes.coopdesk"_s), u"Devis"_s);
    QVERIFY(m_store);
    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    m_activityId = test::addPerson(people, u"Inès"_s, u"Garnier"_s, u"ANAQ"_s).activityId;
    SalesRepository sales(*m_store);
    m_customer = test::addCustomer(sales, m_activityId, u"Menuiserie Delorme"_s, u"123456790"_s);
}

void tst_Quotes::cleanupTestCase()
{
    m_store.reset();
    QSettings().clear();
}

Quote tst_Quotes::addQuote(const QString &title, QDate date, QDate validUntil,
                           QuoteStatus status, const QList<DocumentLine> &lines)
{
    Quote quote;
    quote.activityId = m_activityId;
    quote.customerId = m_customer.id;
    quote.date = date;
    quote.validUntil = validUntil;
    quote.title = title;
    quote.lines = lines;
    quote.depositPercent = Rate::fromUnits(30 * Rate::UnitsPerPercent);
    quote.status = status;
    if (status == QuoteStatus::Signed)
        quote.signedDate = date;
    return test::require(SalesRepository(*m_store).saveQuote(quote));
}

void tst_Quotes::chooseCustomer(QuoteEditor &editor)
{
    auto *customer = qobject_cast<QComboBox *>(editor.field(u"customerId"_s));
    QVERIFY(customer);
    const int at = customer->findData(m_customer.id);
    QVERIFY(at > 0);
    customer->setCurrentIndex(at);
}

// Each stored status shows as such, and a quote neither signed nor refused whose validity has
// passed shows as expired; the signed quote's share follows its validated invoices.
void tst_Quotes::modelPassesTheTesterAndShowsStates()
{
    const QDate today = businessToday();
    const QList<DocumentLine> lines = {test::line(u"Étagère en chêne"_s, u"2"_s, u"410"_s, u"20"_s)};
    const Quote draft = addQuote(u"Brouillon"_s, today, today.addDays(30), QuoteStatus::Draft, lines);
    const Quote sent = addQuote(u"Envoyé"_s, today, today.addDays(30), QuoteStatus::Sent, lines);
    const Quote expired = addQuote(u"Périmé"_s, today.addDays(-60), today.addDays(-30),
                                   QuoteStatus::Sent, lines);
    const Quote refused = addQuote(u"Refusé"_s, today.addDays(-60), today.addDays(-30),
                                   QuoteStatus::Refused, lines);
    const Quote signedQuote = addQuote(u"Signé"_s, today, today.addDays(30), QuoteStatus::Signed,
                                       lines);

    QuotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QVERIFY(model.rowCount() >= 5);
    const auto stateOf = [&model](const Quote &quote) {
        const int row = model.rowOf(quote.id);
        return row < 0 ? QString() : model.index(row, QuotesModel::Status).data().toString();
    };
    QCOMPARE(stateOf(draft), ui::QuoteLabels::state(QuoteState::Draft));
    QCOMPARE(stateOf(sent), ui::QuoteLabels::state(QuoteState::Sent));
    QCOMPARE(stateOf(expired), ui::QuoteLabels::state(QuoteState::Expired));
    QCOMPARE(stateOf(refused), ui::QuoteLabels::state(QuoteState::Refused));
    QCOMPARE(stateOf(signedQuote), ui::QuoteLabels::state(QuoteState::Signed));

    // A validated deposit of 30 % shows as 30 % invoiced.
    SalesRepository sales(*m_store);
    const SalesDocument deposit = test::require(sales.createInvoiceFromQuote(
        signedQuote.id, InvoiceRole::Deposit, Rate::fromUnits(30 * Rate::UnitsPerPercent)));
    test::require(sales.validate(deposit.id, today));
    model.reload();
    const int row = model.rowOf(signedQuote.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, QuotesModel::Invoiced).data().toString(),
             ui::formatPercent(Rate::fromUnits(30 * Rate::UnitsPerPercent)));
    QCOMPARE(model.index(row, QuotesModel::TotalIncludingVat).data().toString(),
             ui::formatMoney(signedQuote.totalIncludingVat));

    // The page's state filter keeps the expired ones only.
    ui::QuotesPage page;
    page.setStore(m_store.get());
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.stateFilter()->setCurrentIndex(
        page.stateFilter()->findData(static_cast<int>(QuoteState::Expired)));
    QVERIFY(page.proxy()->rowCount() >= 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        QCOMPARE(page.proxy()->index(r, QuotesModel::Status).data().toString(),
                 ui::QuoteLabels::state(QuoteState::Expired));
    page.stateFilter()->setCurrentIndex(0);
    typeKeys(page.searchField(), u"perime"_s);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, 0).data(QuotesModel::IdRole).toString(), expired.id);
}

void tst_Quotes::editorTotalsAreThoseOfTheQuote_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("discount");
    QTest::newRow("one rate, whole amounts") << QStringList{u"Pose de parquet|12|45|20"_s}
                                             << QString();
    QTest::newRow("three rates rounded once per rate")
        << QStringList{u"Conseil|3|333,33|20"_s, u"Livre|7|12,99|5,5"_s,
                       u"Transport|1,5|19,999|10"_s}
        << QString();
    QTest::newRow("document discount on thirds")
        << QStringList{u"Atelier|3|0,333|20"_s, u"Fournitures|1|99,99|20"_s} << u"7,5"_s;
}

// A quote typed into the editor's widgets shows, per rate and in all, what Quote::totals()
// computes, and is stored with those totals.
void tst_Quotes::editorTotalsAreThoseOfTheQuote()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, discount);
    QuoteEditor editor;
    editor.setStore(m_store.get());
    editor.resize(1000, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.newQuote();
    QCOMPARE(qobject_cast<QDateEdit *>(editor.field(u"validUntil"_s))->date(),
             businessToday().addDays(30));
    chooseCustomer(editor);
    typeKeys(editor.field(u"title"_s), u"Aménagement du grenier"_s);
    if (!discount.isEmpty())
        typeKeys(editor.field(u"documentDiscount"_s), discount);
    typeKeys(editor.field(u"depositPercent"_s), u"30"_s);

    Quote expected;
    expected.activityId = m_activityId;
    expected.customerId = m_customer.id;
    if (!discount.isEmpty())
        expected.documentDiscount = test::require(Rate::fromPercent(discount.replace(u',', u'.')));
    auto *add = editor.findChild<QPushButton *>(u"quoteAddLineButton"_s);
    QVERIFY(add);
    QTableView *view = editor.linesView();
    for (const TypedLine &typed : typedLines(lines)) {
        const int row = editor.linesModel()->rowCount();
        add->click();
        QCOMPARE(editor.linesModel()->rowCount(), row + 1);
        typeIntoCell(view, row, InvoiceLinesModel::Designation, typed.designation);
        typeIntoCell(view, row, InvoiceLinesModel::Quantity, typed.quantity);
        typeIntoCell(view, row, InvoiceLinesModel::UnitPrice, typed.price);
        pickInCell(view, row, InvoiceLinesModel::VatRate,
                   test::require(Rate::fromPercent(QString(typed.vat).replace(u',', u'.'))).units());
        expected.lines << coreLine(typed);
    }
    QCOMPARE(editor.currentQuote().lines, expected.lines);

    const Result<InvoiceTotals> totals = expected.totals();
    QVERIFY2(totals, test::why(totals).constData());
    QCOMPARE(textOf(editor, u"quoteTotalHt"_s), ui::formatMoney(totals->totalExcludingVat));
    QCOMPARE(textOf(editor, u"quoteTotalVat"_s), ui::formatMoney(totals->totalVat));
    QCOMPARE(textOf(editor, u"quoteTotalTtc"_s), ui::formatMoney(totals->totalIncludingVat));
    const QTableWidget *perRate = editor.perRateTable();
    QCOMPARE(perRate->rowCount(), int(totals->perRate.size()));
    for (int row = 0; row < perRate->rowCount(); ++row) {
        QCOMPARE(perRate->item(row, 1)->text(), ui::formatMoney(totals->perRate.at(row).base));
        QCOMPARE(perRate->item(row, 2)->text(), ui::formatMoney(totals->perRate.at(row).vat));
        QCOMPARE(perRate->item(row, 3)->text(), ui::formatMoney(totals->perRate.at(row).total));
    }

    // Ctrl+S stores it, numbered, with the same totals.
    editor.field(u"title"_s)->setFocus();
    QTest::keyClick(editor.field(u"title"_s), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor.quote().id.isEmpty(), qPrintable(editor.generalError()));
    QVERIFY(!editor.isModified());
    QVERIFY(editor.quote().number.startsWith(u'D'));
    const std::optional<Quote> stored =
        test::require(SalesRepository(*m_store).quote(editor.quote().id));
    QVERIFY(stored);
    QCOMPARE(stored->totalIncludingVat, totals->totalIncludingVat);
    QCOMPARE(stored->totalExcludingVat, totals->totalExcludingVat);
    QCOMPARE(stored->depositPercent, std::optional<Rate>(Rate::fromUnits(30 * Rate::UnitsPerPercent)));
    QCOMPARE(stored->title, u"Aménagement du grenier"_s);
}

void tst_Quotes::errorsShowAtTheirField_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("validity before the date") << u"validUntil"_s;
    QTest::newRow("deposit above 100 %") << u"depositPercent"_s;
    QTest::newRow("a 0 % line needs its mention") << u"lines[0].exemptionMention"_s;
    QTest::newRow("a quote has a customer") << u"customerId"_s;
}

// What validate(Quote) refuses is shown at its field (or line cell) and nothing is stored.
void tst_Quotes::errorsShowAtTheirField()
{
    QFETCH(QString, where);
    QuoteEditor editor;
    editor.setStore(m_store.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.newQuote();
    if (where != u"customerId"_s)
        chooseCustomer(editor);
    typeKeys(editor.field(u"title"_s), u"Devis refusé par les règles"_s);
    editor.linesModel()->appendLine(test::line(u"Découpe"_s, u"1"_s, u"80"_s,
                                               where.startsWith(u"lines"_s) ? u"0"_s : u"20"_s));
    if (where == u"validUntil"_s) {
        auto *validUntil = qobject_cast<QDateEdit *>(editor.field(u"validUntil"_s));
        validUntil->setDate(businessToday().addDays(-1));
    } else if (where == u"depositPercent"_s) {
        typeKeys(editor.field(u"depositPercent"_s), u"120"_s);
    }
    const qint64 before = test::require(SalesRepository(*m_store).quotes()).size();
    QVERIFY(!editor.save());
    QVERIFY2(!editor.errorAt(where).isEmpty(), qPrintable(editor.generalError()));
    if (where.startsWith(u"lines"_s)) {
        const QModelIndex cell =
            editor.linesModel()->index(0, InvoiceLinesModel::columnOf(u"exemptionMention"_s));
        QVERIFY(!cell.data(InvoiceLinesModel::ErrorRole).toString().isEmpty());
    } else {
        const auto *label = editor.findChild<QLabel *>(u"error_"_s + where);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), editor.errorAt(where));
    }
    QCOMPARE(test::require(SalesRepository(*m_store).quotes()).size(), before);
}

void tst_Quotes::statusActionsAreStored_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("status");
    QTest::newRow("sent to the customer") << u"markSent"_s << int(QuoteStatus::Sent);
    QTest::newRow("refused by the customer") << u"markRefused"_s << int(QuoteStatus::Refused);
}

// Mark as sent and Mark as refused store the status; a refused quote offers no signature.
void tst_Quotes::statusActionsAreStored()
{
    QFETCH(QString, button);
    QFETCH(int, status);
    const QDate today = businessToday();
    const Quote quote = addQuote(u"Bibliothèque"_s, today, today.addDays(30), QuoteStatus::Draft,
                                 {test::line(u"Rayonnage"_s, u"4"_s, u"120"_s, u"20"_s)});
    QuoteEditor editor;
    editor.setStore(m_store.get());
    QVERIFY(editor.openQuote(quote.id));
    QVERIFY(editor.button(button)->isEnabled());
    editor.button(button)->click();
    QCOMPARE(int(editor.quote().status), status);
    const std::optional<Quote> stored = test::require(SalesRepository(*m_store).quote(quote.id));
    QVERIFY(stored);
    QCOMPARE(int(stored->status), status);
    QCOMPARE(stored->lines, quote.lines);
    QCOMPARE(editor.button(u"markSigned"_s)->isEnabled(), status != int(QuoteStatus::Refused));
}

void tst_Quotes::depositThenBalanceAddUpToTheQuote_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("two rates with odd cents")
        << QStringList{u"Conseil|3|333,33|20"_s, u"Livre|7|12,99|5,5"_s};
    QTest::newRow("one rate, a third of a euro")
        << QStringList{u"Menuiserie|1|1000,01|20"_s, u"Vis|333|0,033|20"_s};
}

// Through the Sales area: the quote opened from the list, signed (today by default), a deposit
// at the quote's 30 % opened in the invoice editor and validated, Back to the quote, then the
// balance: deposit and balance add up to the quote's TTC to the cent, and the list shows the
// quote signed and wholly invoiced.
void tst_Quotes::depositThenBalanceAddUpToTheQuote()
{
    QFETCH(QStringList, lines);
    const QDate today = businessToday();
    QList<DocumentLine> quoteLines;
    for (const TypedLine &typed : typedLines(lines))
        quoteLines << coreLine(typed);
    const Quote quote = addQuote(u"Cuisine sur mesure"_s, today, today.addDays(30),
                                 QuoteStatus::Sent, quoteLines);

    ui::SalesArea area;
    area.resize(1200, 900);
    area.setStore(m_store.get());
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *tabs = area.findChild<QTabWidget *>(u"salesTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(tabs->widget(1));
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteList);

    ui::QuotesPage *page = area.quotesPage();
    page->selectQuote(quote.id);
    QCOMPARE(page->currentId(), quote.id);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteEditor);
    QuoteEditor *editor = area.quoteEditor();
    QCOMPARE(editor->quote().id, quote.id);
    QVERIFY(!editor->isReadOnly());

    // Signed on the date the dialog proposes (today); the quote becomes read-only.
    editor->button(u"markSigned"_s)->click();
    QDialog *sign = editor->signDialog();
    QVERIFY(sign && sign->isVisible());
    QCOMPARE(sign->findChild<QDateEdit *>()->date(), today);
    sign->accept();
    QCOMPARE(editor->quote().status, QuoteStatus::Signed);
    QCOMPARE(editor->quote().signedDate, today);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->linesModel()->flags(editor->linesModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));

    // The deposit, at the quote's 30 % proposed by the dialog, opens in the invoice editor.
    editor->button(u"deposit"_s)->click();
    QInputDialog *percent = editor->percentDialog();
    QVERIFY(percent && percent->isVisible());
    QCOMPARE(percent->textValue(), ui::formatRate(Rate::fromUnits(30 * Rate::UnitsPerPercent)));
    percent->accept();
    QCOMPARE(area.currentView(), ui::SalesArea::View::Editor);
    const SalesDocument depositDraft = area.editor()->document();
    QCOMPARE(depositDraft.role, InvoiceRole::Deposit);
    QCOMPARE(depositDraft.quoteId, quote.id);
    SalesRepository sales(*m_store);
    const SalesDocument deposit = test::require(sales.validate(depositDraft.id, today));

    // Back returns to the quote, which lists the validated deposit.
    area.editor()->requestBack();
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteEditor);
    QCOMPARE(editor->invoices().size(), 1);
    QCOMPARE(editor->invoicesTable()->item(0, 0)->text(), deposit.number);
    QCOMPARE(editor->invoicedIncludingVat(), deposit.totalIncludingVat);

    editor->button(u"balance"_s)->click();
    QCOMPARE(area.currentView(), ui::SalesArea::View::Editor);
    const SalesDocument balance = area.editor()->document();
    QCOMPARE(balance.role, InvoiceRole::Balance);
    QCOMPARE(deposit.totalIncludingVat + balance.totalIncludingVat, quote.totalIncludingVat);
    QCOMPARE(deposit.totalExcludingVat + balance.totalExcludingVat, quote.totalExcludingVat);
    const Result<InvoiceTotals> balanceTotals = balance.totals();
    QVERIFY2(balanceTotals, test::why(balanceTotals).constData());
    QCOMPARE(deposit.totalIncludingVat + balanceTotals->totalIncludingVat, quote.totalIncludingVat);

    // Issued from the invoice editor, the balance brings the quote to 100 % in the list.
    QVERIFY2(area.editor()->validateNow(), qPrintable(area.editor()->generalError()));
    area.editor()->requestBack();
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteEditor);
    QCOMPARE(editor->invoicedIncludingVat(), quote.totalIncludingVat);
    editor->requestBack();
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteList);
    QCOMPARE(page->currentId(), quote.id);
    const int row = page->model()->rowOf(quote.id);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, QuotesModel::Status).data().toString(),
             ui::QuoteLabels::state(QuoteState::Signed));
    QCOMPARE(page->model()->index(row, QuotesModel::Invoiced).data().toString(),
             ui::formatPercent(Rate::fromUnits(100 * Rate::UnitsPerPercent)));

    // On the quotes tab, Ctrl+N starts a new quote (not an invoice).
    QApplication::setActiveWindow(&area);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(area.currentView(), ui::SalesArea::View::QuoteEditor);
    QVERIFY(editor->quote().id.isEmpty());
    QVERIFY(!editor->isReadOnly());
}

QTEST_MAIN(tst_Quotes)
#include "tst_quotes.moc"
