#pragma once

#include "core/userscope.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class QuotesModel;

// The list of quotes: a state filter, a search on number, customer and title, New quote (Ctrl+N
// while the page is shown) and opening a quote with Enter or a double click.
class QuotesPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuotesPage(QWidget *parent = nullptr);
    ~QuotesPage() override;

    void setStore(Store *store);
    // The activities whose quotes are listed (issue 9); every one by default.
    void setScope(const UserScope &scope);
    // Reads the quotes again (after a change), keeping the selection.
    void invalidate();
    void selectQuote(const QString &id);
    void focusSearch();
    // The quote of the current row, empty when none.
    QString currentId() const;

    QuotesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *stateFilter() const { return m_state; }
    QLineEdit *searchField() const { return m_search; }
    QAction *newQuoteAction() const { return m_newAction; }

Q_SIGNALS:
    void openRequested(const QString &id);
    void newRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void openCurrent();

    QuotesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
};

} // namespace coop::ui
