#pragma once

#include "core/storage/salesrepository.h"
#include "core/userscope.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace coop {
class Store;
}

namespace coop::ui {

class InvoicesModel;

// The invoices and credit notes: a filter bar (state, customer, period, search as you type with a
// short pause, and an "Overdue" quick filter), the list sorted by its headers in SQL and read a
// page at a time as it scrolls, the number of documents, and New invoice (Ctrl+N); Enter or a
// double click opens a document. The list is read when the page is shown after a change.
class InvoiceListPage : public QWidget
{
    Q_OBJECT
public:
    // How long the search waits after a keystroke before asking the store.
    static constexpr int kSearchDelayMs = 250;

    explicit InvoiceListPage(QWidget *parent = nullptr);
    ~InvoiceListPage() override;

    void setStore(Store *store);
    // The activities listed, in the list and the customer filter (issue 9); every one by default.
    void setScope(const UserScope &scope);
    // Reads the list again now, keeping the current document selected when it is still there.
    void reload();
    void invalidate() { m_stale = true; }
    // The filter as the bar sets it.
    DocumentFilter filter() const;
    // Applies the bar's filter now (without waiting for the search's pause).
    void applyFilters();
    // Sets the state filter (the Overdue button does).
    void setStateFilter(DocumentFilter::State state);

    void selectDocument(const QString &id);
    QString currentDocumentId() const;
    void focusSearch();
    // Reads the total number of matching documents now and shows it (done after the first paint).
    void updateCount();

    InvoicesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    qint64 openMilliseconds() const { return m_openMilliseconds; }

Q_SIGNALS:
    void openRequested(const QString &documentId);
    void newRequested();
    void reloaded();
    // The list was painted for the first time after being read on show.
    void opened(qint64 milliseconds);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters();
    void retranslate();
    void loadCustomers();
    void openCurrent();
    void sizeColumns();
    void scheduleCount();

    Store *m_store = nullptr;
    UserScope m_scope;
    bool m_stale = true;
    bool m_timing = false;
    bool m_countPending = false;
    QElapsedTimer m_openTimer;
    qint64 m_openMilliseconds = -1;

    InvoicesModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_customerLabel = nullptr;
    QComboBox *m_customer = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_overdue = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace coop::ui
