#include "salesarea.h"

#include "invoiceeditor.h"
#include "invoicelistpage.h"
#include "quoteeditor.h"
#include "quotespage.h"

#include <QAction>
#include <QEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

SalesArea::SalesArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"salesArea"_s);
    m_list = new InvoiceListPage(this);
    m_editor = new InvoiceEditor(this);
    // In a small window the pages scroll rather than widen it.
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        return scroll;
    };
    m_quotes = new QuotesPage(this);
    m_quoteEditor = new QuoteEditor(this);
    m_listPage = scrolled(m_list);
    m_editorPage = scrolled(m_editor);
    m_quotesTab = scrolled(m_quotes);
    m_quoteEditorPage = scrolled(m_quoteEditor);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"salesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_listPage, QString());
    m_tabs->addTab(m_quotesTab, QString());
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_editorPage);
    m_stack->addWidget(m_quoteEditorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newInvoiceAction"_s);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &SalesArea::newForCurrentView);
    addAction(m_newAction);
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(u"searchInvoicesAction"_s);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (currentView() == View::Editor)
            m_editor->requestBack();
        if (currentView() == View::QuoteEditor)
            m_quoteEditor->requestBack();
        if (currentView() == View::List)
            m_list->focusSearch();
        else if (currentView() == View::QuoteList)
            m_quotes->focusSearch();
    });
    addAction(m_searchAction);

    connect(m_list, &InvoiceListPage::openRequested, this, &SalesArea::openDocument);
    connect(m_list, &InvoiceListPage::newRequested, this, &SalesArea::newInvoice);
    connect(m_editor, &InvoiceEditor::documentChanged, m_list, &InvoiceListPage::invalidate);
    connect(m_editor, &InvoiceEditor::backRequested, this, &SalesArea::backFromEditor);
    connect(m_quotes, &QuotesPage::openRequested, this, &SalesArea::openQuote);
    connect(m_quotes, &QuotesPage::newRequested, this, &SalesArea::newQuote);
    connect(m_quoteEditor, &QuoteEditor::quoteChanged, m_quotes, &QuotesPage::invalidate);
    connect(m_quoteEditor, &QuoteEditor::backRequested, this, &SalesArea::backFromQuote);
    connect(m_quoteEditor, &QuoteEditor::openInvoiceRequested, this, [this](const QString &id) {
        if (m_editor->openDocument(id)) {
            m_invoiceFromQuote = true;
            m_list->invalidate();
            m_stack->setCurrentWidget(m_editorPage);
        }
    });
    // Ctrl+N makes what the current view lists: its text says which.
    connect(m_tabs, &QTabWidget::currentChanged, this, &SalesArea::retranslate);
    connect(m_stack, &QStackedWidget::currentChanged, this, &SalesArea::retranslate);
    // An invoice made from a quote and then validated or paid changes the quote's invoiced share.
    connect(m_editor, &InvoiceEditor::documentChanged, m_quotes, &QuotesPage::invalidate);
    retranslate();
}

SalesArea::~SalesArea() = default;

void SalesArea::setStore(Store *store)
{
    m_store = store;
    m_editor->setStore(store);
    m_list->setStore(store);
    m_quotes->setStore(store);
    m_quoteEditor->setStore(store);
    m_invoiceFromQuote = false;
    m_tabs->setCurrentWidget(m_listPage);
    m_stack->setCurrentWidget(m_tabs);
}

void SalesArea::setScope(const UserScope &scope)
{
    m_list->setScope(scope);
    m_quotes->setScope(scope);
    m_editor->setScope(scope);
    m_quoteEditor->setScope(scope);
}

SalesArea::View SalesArea::currentView() const
{
    if (m_stack->currentWidget() == m_editorPage)
        return View::Editor;
    if (m_stack->currentWidget() == m_quoteEditorPage)
        return View::QuoteEditor;
    return m_tabs->currentWidget() == m_quotesTab ? View::QuoteList : View::List;
}

void SalesArea::showList()
{
    const QString id = m_editor->document().id;
    m_invoiceFromQuote = false;
    m_tabs->setCurrentWidget(m_listPage);
    m_stack->setCurrentWidget(m_tabs);
    if (!id.isEmpty())
        m_list->selectDocument(id);
    m_list->view()->setFocus();
}

void SalesArea::newInvoice()
{
    if (!m_store)
        return;
    if (currentView() == View::Editor && m_editor->isModified())
        return; // the draft being edited is not dropped by a shortcut
    if (currentView() == View::QuoteEditor && m_quoteEditor->isModified())
        return;
    m_editor->newInvoice();
    m_invoiceFromQuote = false;
    m_stack->setCurrentWidget(m_editorPage);
}

void SalesArea::openDocument(const QString &id)
{
    if (m_editor->openDocument(id)) {
        m_invoiceFromQuote = currentView() == View::QuoteEditor;
        m_stack->setCurrentWidget(m_editorPage);
    }
}

void SalesArea::showQuotes()
{
    const QString id = m_quoteEditor->quote().id;
    m_tabs->setCurrentWidget(m_quotesTab);
    m_stack->setCurrentWidget(m_tabs);
    if (!id.isEmpty())
        m_quotes->selectQuote(id);
    m_quotes->view()->setFocus();
}

void SalesArea::newQuote()
{
    if (!m_store)
        return;
    if ((currentView() == View::QuoteEditor && m_quoteEditor->isModified())
        || (currentView() == View::Editor && m_editor->isModified()))
        return; // what is being edited is not dropped by a shortcut
    m_quoteEditor->newQuote();
    m_stack->setCurrentWidget(m_quoteEditorPage);
}

void SalesArea::openQuote(const QString &id)
{
    if (m_quoteEditor->openQuote(id))
        m_stack->setCurrentWidget(m_quoteEditorPage);
}

void SalesArea::newForCurrentView()
{
    const View view = currentView();
    if (view == View::QuoteList || view == View::QuoteEditor)
        newQuote();
    else
        newInvoice();
}

void SalesArea::backFromEditor()
{
    if (!m_invoiceFromQuote) {
        showList();
        return;
    }
    // Back to the quote the invoice was made from, with its invoices read again.
    m_invoiceFromQuote = false;
    m_quoteEditor->reload();
    m_stack->setCurrentWidget(m_quoteEditorPage);
}

void SalesArea::backFromQuote()
{
    showQuotes();
}

void SalesArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SalesArea::retranslate()
{
    const bool quotes = currentView() == View::QuoteList || currentView() == View::QuoteEditor;
    m_newAction->setText(quotes ? tr("New &quote…") : tr("New &invoice…"));
    m_searchAction->setText(quotes ? tr("F&ind a quote") : tr("F&ind an invoice"));
    m_tabs->setTabText(m_tabs->indexOf(m_listPage), tr("&Invoices"));
    m_tabs->setTabText(m_tabs->indexOf(m_quotesTab), tr("&Quotes"));
}

} // namespace coop::ui
