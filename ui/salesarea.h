#pragma once

#include "core/userscope.h"

#include <QWidget>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class InvoiceEditor;
class InvoiceListPage;
class QuoteEditor;
class QuotesPage;

// The "Sales" area of the main window: two tabs, the list of invoices and credit notes and the
// list of quotes, and the editor of one document or one quote opened from them (Back, Alt+Left,
// returns to where the person came from: the list on that document, or the quote an invoice was
// made from). Ctrl+N (a new invoice, or a new quote on the quotes tab) and Ctrl+F (search) work
// anywhere in the area.
class SalesArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { List, Editor, QuoteList, QuoteEditor };

    explicit SalesArea(QWidget *parent = nullptr);
    ~SalesArea() override;

    void setStore(Store *store);
    // The activities the lists show (issue 9): an entrepreneur's own, an accountant's portfolio;
    // every one by default. Set it before the store.
    void setScope(const UserScope &scope);

    View currentView() const;
    void showList();
    void newInvoice();
    void openDocument(const QString &id);
    void showQuotes();
    void newQuote();
    void openQuote(const QString &id);

    QAction *newInvoiceAction() const { return m_newAction; }
    QAction *searchAction() const { return m_searchAction; }
    InvoiceListPage *listPage() const { return m_list; }
    InvoiceEditor *editor() const { return m_editor; }
    QuotesPage *quotesPage() const { return m_quotes; }
    QuoteEditor *quoteEditor() const { return m_quoteEditor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void newForCurrentView();
    void backFromEditor();
    void backFromQuote();

    Store *m_store = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QWidget *m_editorPage = nullptr;
    InvoiceListPage *m_list = nullptr;
    InvoiceEditor *m_editor = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_quotesTab = nullptr;
    QWidget *m_quoteEditorPage = nullptr;
    QuotesPage *m_quotes = nullptr;
    QuoteEditor *m_quoteEditor = nullptr;
    // The invoice editor was opened from the quote editor: Back returns there.
    bool m_invoiceFromQuote = false;
    QAction *m_newAction = nullptr;
    QAction *m_searchAction = nullptr;
};

} // namespace coop::ui
