#pragma once

#include "core/result.h"
#include "core/userscope.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class FeesAccountsModel;
class FeesAccountsProxy;

// The accountant's overview (issue 6 §6, "Overview" tab): every activity's account on a date in a
// sortable table, a search, the totals of the rows shown, and an export of those rows as CSV.
class FeesOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeesOverviewPage(QWidget *parent = nullptr);
    ~FeesOverviewPage() override;

    void setStore(Store *store);
    // The activities listed (issue 9): an accountant's portfolio; every one by default.
    void setScope(const UserScope &scope);
    void setDate(QDate date);
    QDate date() const;
    void setSearch(const QString &text);
    void refresh();

    FeesAccountsModel *model() const { return m_model; }
    FeesAccountsProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString totalText() const;
    QString message() const;

    // The rows shown, in their order, as CSV for a spreadsheet: semicolons, decimal commas
    // without thousands separators, UTF-8 with a byte order mark, a header line.
    QByteArray csv() const;
    Result<void> exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTotal();
    void chooseExportFile();
    void retranslate();

    Store *m_store = nullptr;
    UserScope m_scope;
    FeesAccountsModel *m_model = nullptr;
    FeesAccountsProxy *m_proxy = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace coop::ui
