#include "feesarea.h"

#include "expensespage.h"
#include "feesaccountpage.h"
#include "feesoverviewpage.h"
#include "feespoolspage.h"
#include "scaleeditor.h"
#include "supplierinvoicespage.h"

#include <QEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace coop::ui {

FeesArea::FeesArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"feesArea"_s);
    m_account = new FeesAccountPage(this);
    m_overview = new FeesOverviewPage(this);
    m_pools = new FeesPoolsPage(this);
    m_expenses = new ExpensesPage(this);
    // The account page scrolls in a small window rather than squeezing its charts.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_account);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_accountTab = scroll;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"feesTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_accountTab, QString());
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_pools, QString());
    m_tabs->addTab(m_expenses, QString());
    m_purchasesTab = new QWidget(this);
    auto *purchasesLayout = new QVBoxLayout(m_purchasesTab);
    purchasesLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_purchasesTab, QString());
    m_scalesButton = new QPushButton(this);
    m_scalesButton->setObjectName(u"scalesButton"_s);
    m_scalesButton->setEnabled(false);
    m_tabs->setCornerWidget(m_scalesButton, Qt::TopRightCorner);
    connect(m_scalesButton, &QPushButton::clicked, this, [this] { openScales(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            loadCurrent();
    });
    retranslate();
}

FeesArea::~FeesArea() = default;

void FeesArea::setStore(Store *store)
{
    m_store = store;
    m_accountLoaded = m_overviewLoaded = m_poolsLoaded = m_expensesLoaded = false;
    m_purchasesLoaded = false;
    // The supplier invoices page holds its store: it goes with it.
    delete m_purchases;
    m_purchases = nullptr;
    m_scalesButton->setEnabled(store != nullptr);
    if (m_scales)
        m_scales->close();
    if (!store) {
        m_account->setStore(nullptr);
        m_overview->setStore(nullptr);
        m_pools->setStore(nullptr);
        m_expenses->setStore(nullptr);
        m_accountLoaded = m_overviewLoaded = m_poolsLoaded = m_expensesLoaded = true;
        return;
    }
    if (isVisible())
        loadCurrent();
}

void FeesArea::setScope(const UserScope &scope)
{
    m_scope = scope;
    m_account->setScope(scope);
    m_overview->setScope(scope);
    m_expenses->setScope(scope);
    if (m_purchases)
        m_purchases->setScope(scope);
    const bool cooperativeWide = scope.role != UserScope::Role::Entrepreneur;
    m_tabs->setTabVisible(m_tabs->indexOf(m_overview), cooperativeWide);
    m_tabs->setTabVisible(m_tabs->indexOf(m_pools), cooperativeWide);
    m_scalesButton->setVisible(cooperativeWide);
    if (!cooperativeWide && (currentView() == View::Overview || currentView() == View::SharedCosts))
        showView(View::Account);
}

void FeesArea::loadCurrent()
{
    switch (currentView()) {
    case View::Account:
        if (!std::exchange(m_accountLoaded, true))
            m_account->setStore(m_store);
        break;
    case View::Overview:
        if (!std::exchange(m_overviewLoaded, true))
            m_overview->setStore(m_store);
        break;
    case View::SharedCosts:
        if (!std::exchange(m_poolsLoaded, true))
            m_pools->setStore(m_store);
        break;
    case View::Expenses:
        if (!std::exchange(m_expensesLoaded, true))
            m_expenses->setStore(m_store);
        break;
    case View::Purchases:
        if (!std::exchange(m_purchasesLoaded, true) && m_store) {
            m_purchases = new SupplierInvoicesPage(*m_store, m_purchasesTab);
            m_purchases->setScope(m_scope);
            m_purchasesTab->layout()->addWidget(m_purchases);
        }
        break;
    }
}

ScalesDialog *FeesArea::openScales()
{
    if (!m_store || m_scope.role == UserScope::Role::Entrepreneur)
        return nullptr;
    if (m_scales) {
        m_scales->raise();
        return m_scales;
    }
    auto *dialog = new ScalesDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scales = dialog;
    dialog->show();
    return dialog;
}

void FeesArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrent();
}

FeesArea::View FeesArea::currentView() const
{
    if (m_tabs->currentWidget() == m_overview)
        return View::Overview;
    if (m_tabs->currentWidget() == m_pools)
        return View::SharedCosts;
    if (m_tabs->currentWidget() == m_expenses)
        return View::Expenses;
    if (m_tabs->currentWidget() == m_purchasesTab)
        return View::Purchases;
    return View::Account;
}

void FeesArea::showView(View view)
{
    switch (view) {
    case View::Account:
        m_tabs->setCurrentWidget(m_accountTab);
        break;
    case View::Overview:
        m_tabs->setCurrentWidget(m_overview);
        break;
    case View::SharedCosts:
        m_tabs->setCurrentWidget(m_pools);
        break;
    case View::Expenses:
        m_tabs->setCurrentWidget(m_expenses);
        break;
    case View::Purchases:
        m_tabs->setCurrentWidget(m_purchasesTab);
        break;
    }
}

void FeesArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FeesArea::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_accountTab), tr("Entrepreneur's &account"));
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("&Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_pools), tr("S&hared costs"));
    m_tabs->setTabText(m_tabs->indexOf(m_expenses), tr("E&xpense reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_purchasesTab), tr("Supplier invoices"));
    m_scalesButton->setText(tr("Contribution &scales…"));
}

} // namespace coop::ui
