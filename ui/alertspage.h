#pragma once

#include "core/userscope.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class AlertsModel;

// Every contract alert of the cooperative on a date (today unless another is chosen): CAPEs
// ending, associate deadlines near or passed, too few interviews, CESAs without a fixed part,
// overlapping contracts. Sorted by kind (the most urgent date first in each), filterable by kind;
// Enter or a double click opens the person.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget *parent = nullptr);

    void setStore(Store *store);
    // The activities whose people's alerts are listed (issue 9); every one by default.
    void setScope(const UserScope &scope);
    void reload();
    void invalidate() { m_stale = true; }

    QDate date() const;
    void setDate(QDate date);
    AlertsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(const QString &entrepreneurId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateCount();

    Store *m_store = nullptr;
    UserScope m_scope;
    bool m_stale = true;
    AlertsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_none = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace coop::ui
