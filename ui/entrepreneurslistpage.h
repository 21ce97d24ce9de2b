#pragma once

#include "core/userscope.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class EntrepreneursFilterModel;
class EntrepreneursModel;

// The entrepreneurs of the cooperative: search as you type (name, e-mail, analytic code), filters
// by status and by alert, a sortable list (Enter or a double click opens the person), the count,
// "New entrepreneur", and an empty state when the store has nobody yet. The list is read from the
// store when the page is shown after a change, not before: opening the main window costs nothing.
class EntrepreneursListPage : public QWidget
{
    Q_OBJECT
public:
    explicit EntrepreneursListPage(QWidget *parent = nullptr);
    ~EntrepreneursListPage() override;

    // The store to list (null: nothing, while locked). The list is read when next shown.
    void setStore(Store *store);
    // The activities whose people are listed (issue 9); every one by default.
    void setScope(const UserScope &scope);
    // Reads the list again now (after a change), keeping the current person selected.
    void reload();
    // The list will be read again the next time the page is shown.
    void invalidate() { m_stale = true; }

    void selectEntrepreneur(const QString &id);
    QString currentEntrepreneurId() const;
    void focusSearch();

    EntrepreneursModel *model() const { return m_model; }
    EntrepreneursFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // Milliseconds from the page's show to the list's first paint, the last time it was read on
    // show (reading the store included); -1 before.
    qint64 openMilliseconds() const { return m_openMilliseconds; }

Q_SIGNALS:
    void openRequested(const QString &entrepreneurId);
    void newRequested();
    // The list was read from the store again.
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
    void updateCount();
    void applyFilters();
    void openCurrent();
    void sizeColumns();

    Store *m_store = nullptr;
    bool m_stale = true;
    bool m_timing = false;
    QElapsedTimer m_openTimer;
    qint64 m_openMilliseconds = -1;

    EntrepreneursModel *m_model = nullptr;
    EntrepreneursFilterModel *m_proxy = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_alertLabel = nullptr;
    QComboBox *m_alert = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_noMatch = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyNew = nullptr;
};

} // namespace coop::ui
