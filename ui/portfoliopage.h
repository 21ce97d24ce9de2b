#pragma once

#include "core/businessday.h"
#include "core/userscope.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

// The accountant's home (issue 9): the activities of their portfolio, one row each with the work
// waiting on it (draft documents to validate, overdue invoices, contract alerts of its people),
// and the sync conflicts waiting in the store. Only the activities of the scope are read.
class PortfolioPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Activity, People, Drafts, Overdue, Alerts, ColumnCount };
    // The activity's id (every column); the figures' cells also hold their number (CountRole).
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CountRole = Qt::UserRole + 2;

    explicit PortfolioPage(QWidget *parent = nullptr);
    ~PortfolioPage() override;

    // Reads the portfolio of `scope` in `store` (null clears the page).
    void showPortfolio(Store *store, const UserScope &scope);
    // The day overdue invoices and alerts are judged on (the system date when null).
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : businessToday(); }
    void refresh();

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The open sync conflicts of the store, -1 when they could not be read.
    qint64 conflictCount() const { return m_conflicts; }
    QString conflictsText() const;
    // The reading error shown, empty when none.
    QString message() const;

Q_SIGNALS:
    // The person asked to see an activity's documents (a double click on its row).
    void activityActivated(const QString &activityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store *m_store = nullptr;
    UserScope m_scope;
    QDate m_today;
    qint64 m_conflicts = 0;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QLabel *m_message = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace coop::ui
