#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class InvoiceEditor;
class InvoiceListPage;

// The "Sales" area of the main window: the list of invoices and credit notes, and the editor of
// one document opened from it (Back, Alt+Left, returns to the list on that document). Ctrl+N
// (new invoice) and Ctrl+F (search) work anywhere in the area.
class SalesArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { List, Editor };

    explicit SalesArea(QWidget *parent = nullptr);
    ~SalesArea() override;

    void setStore(Store *store);

    View currentView() const;
    void showList();
    void newInvoice();
    void openDocument(const QString &id);

    QAction *newInvoiceAction() const { return m_newAction; }
    QAction *searchAction() const { return m_searchAction; }
    InvoiceListPage *listPage() const { return m_list; }
    InvoiceEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store *m_store = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QWidget *m_editorPage = nullptr;
    InvoiceListPage *m_list = nullptr;
    InvoiceEditor *m_editor = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_searchAction = nullptr;
};

} // namespace coop::ui
