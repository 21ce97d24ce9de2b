#pragma once

#include "core/userscope.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class FeesAccountPage;
class PortfolioPage;

// The first page of the main window, by role (issue 9): the admin's (and a stand-alone store's)
// is which store is open (name, file, schema version, id); an entrepreneur's is their activity's
// account; an accountant's is their portfolio with the work waiting on it.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { StoreDetails, Account, Portfolio };

    explicit HomePage(QWidget *parent = nullptr);

    // Reads the store's identity; null clears the page (the store is locked), the account and
    // the portfolio included.
    void showStore(const Store *store);
    // Shows the home of the scope's role over `store` (read now; null clears it).
    void showHome(Store *store, const UserScope &scope);
    Kind kind() const;

    // The entrepreneur's account page, the accountant's portfolio (made on first use; null before).
    FeesAccountPage *accountPage() const { return m_account; }
    PortfolioPage *portfolioPage() const { return m_portfolio; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_schemaVersion = 0;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_details = nullptr;
    QWidget *m_accountScroll = nullptr;
    FeesAccountPage *m_account = nullptr;
    PortfolioPage *m_portfolio = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_id = nullptr;
};

} // namespace coop::ui
