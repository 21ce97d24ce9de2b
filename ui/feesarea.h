#pragma once

#include "core/userscope.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class ExpensesPage;
class SupplierInvoicesPage;
class FeesAccountPage;
class FeesOverviewPage;
class FeesPoolsPage;
class ScalesDialog;

// The "Contributions & shared costs" area of the main window (issue 6 §6): tabs for the
// entrepreneur's account, the accountant's overview of every activity, the shared-cost pools and the
// expense reports and the supplier invoices; the contribution scales open in a dialog from the button beside the tabs.
class FeesArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { Account, Overview, SharedCosts, Expenses, Purchases };

    explicit FeesArea(QWidget *parent = nullptr);
    ~FeesArea() override;

    // The pages compute their accounts when first shown after this, not before: opening a large
    // store does not wait for every activity's account. Without a store they are cleared at once.
    void setStore(Store *store);
    // The person's scope (issue 9): the account, the overview, the expense reports and the
    // supplier invoices show only its activities; an entrepreneur has no overview, no shared
    // costs and no scales. Every activity and tab by default. Set it before the store.
    void setScope(const UserScope &scope);

    View currentView() const;
    void showView(View view);

    FeesAccountPage *accountPage() const { return m_account; }
    FeesOverviewPage *overviewPage() const { return m_overview; }
    FeesPoolsPage *poolsPage() const { return m_pools; }
    ExpensesPage *expensesPage() const { return m_expenses; }
    // The supplier invoices of the store, made when the tab is first shown (null before).
    SupplierInvoicesPage *purchasesPage() const { return m_purchases; }
    // Opens the contribution scales (window-modal, returned for tests); null without a store.
    ScalesDialog *openScales();
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadCurrent();

    QTabWidget *m_tabs = nullptr;
    QWidget *m_accountTab = nullptr;
    FeesAccountPage *m_account = nullptr;
    FeesOverviewPage *m_overview = nullptr;
    FeesPoolsPage *m_pools = nullptr;
    ExpensesPage *m_expenses = nullptr;
    QWidget *m_purchasesTab = nullptr;
    SupplierInvoicesPage *m_purchases = nullptr;
    QPushButton *m_scalesButton = nullptr;
    QPointer<ScalesDialog> m_scales;
    Store *m_store = nullptr;
    UserScope m_scope;
    bool m_accountLoaded = false;
    bool m_overviewLoaded = false;
    bool m_poolsLoaded = false;
    bool m_expensesLoaded = false;
    bool m_purchasesLoaded = false;
};

} // namespace coop::ui
