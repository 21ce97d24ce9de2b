#pragma once

#include "core/purchase.h"
#include "core/userscope.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class SupplierInvoiceDialog;

// The supplier invoices of the cooperative (issue 6 §1, purchases): one row per invoice (activity
// code, supplier, reference, date, amounts excluding VAT, VAT and including VAT, status), a
// status filter and a search as you type on the activity, the supplier and the reference; an
// invoice opens in a SupplierInvoiceDialog, where it is typed, validated and marked paid.
class SupplierInvoicesPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Activity, Supplier, Reference, Date, ExcludingVat, Vat, IncludingVat, Status,
                  ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit SupplierInvoicesPage(Store &store, QWidget *parent = nullptr);
    ~SupplierInvoicesPage() override;

    // Reads the invoices again from the store.
    void reload();
    // The activities whose invoices are listed (issue 9); every one by default. Reads them again.
    void setScope(const UserScope &scope);

    // All when empty.
    void setStatusFilter(std::optional<SupplierInvoiceStatus> status);
    void setSearch(const QString &text);

    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The invoices listed (the status filter applied, not the search), in the model's order.
    QList<SupplierInvoice> invoices() const { return m_invoices; }
    QString message() const;

    // Each opens the invoice's dialog (window-modal, returned for tests; the list is read again
    // when it closes); null for an unknown id.
    SupplierInvoiceDialog *newInvoice();
    SupplierInvoiceDialog *openInvoice(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    SupplierInvoiceDialog *openDialog(const SupplierInvoice &invoice);
    void retranslate();
    void updateCount();

    Store &m_store;
    UserScope m_scope;
    QList<SupplierInvoice> m_invoices;
    QHash<QString, QString> m_activityCodes;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPointer<SupplierInvoiceDialog> m_dialog;
};

} // namespace coop::ui
