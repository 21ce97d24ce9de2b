#pragma once

#include "core/expense.h"
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

class ExpenseReportDialog;

// The expense reports of the cooperative (issue 6 §1, "Expense reports" tab of the fees area):
// one row per report (activity, entrepreneur, month, status, amount with VAT, kilometres), a
// status filter and a search as you type on the activity and the person; a report opens in an
// ExpenseReportDialog, where it is written, submitted, decided and paid.
class ExpensesPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Activity, Entrepreneur, Month, Status, Amount, Kilometres, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ExpensesPage(QWidget *parent = nullptr);
    ~ExpensesPage() override;

    // A category as a person reads it ("Mileage"), translated.
    static QString categoryLabel(ExpenseCategory category);

    void setStore(Store *store);
    // The activities whose reports are listed (issue 9); every one by default. Set it before
    // the store.
    void setScope(const UserScope &scope);
    void refresh();

    // All when empty.
    void setStatusFilter(std::optional<ExpenseStatus> status);
    void setSearch(const QString &text);

    QStandardItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // The reports listed (the status filter applied, not the search), in the model's order.
    QList<ExpenseReport> reports() const { return m_reports; }
    QString message() const;

    // Each opens the report's dialog (window-modal, returned for tests; the list is read again
    // when it closes); null without a store or a report with that id.
    ExpenseReportDialog *newReport();
    ExpenseReportDialog *openReport(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    ExpenseReportDialog *openDialog(const ExpenseReport &report);
    void retranslate();

    Store *m_store = nullptr;
    UserScope m_scope;
    QList<ExpenseReport> m_reports;
    QHash<QString, QString> m_activityNames;
    QHash<QString, QString> m_personNames;
    QComboBox *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPointer<ExpenseReportDialog> m_dialog;
};

} // namespace coop::ui
