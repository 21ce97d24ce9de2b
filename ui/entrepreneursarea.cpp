#include "entrepreneursarea.h"

#include "alertspage.h"
#include "entrepreneurdialog.h"
#include "entrepreneurpage.h"
#include "entrepreneurslistpage.h"
#include "entrepreneursmodel.h"

#include "core/storage/store.h"

#include <QAction>
#include <QEvent>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

EntrepreneursArea::EntrepreneursArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"entrepreneursArea"_s);
    m_list = new EntrepreneursListPage(this);
    m_alerts = new AlertsPage(this);
    m_person = new EntrepreneurPage(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"entrepreneursTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_list, QString());
    m_tabs->addTab(m_alerts, QString());

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_person);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newEntrepreneurAction"_s);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &EntrepreneursArea::newEntrepreneur);
    addAction(m_newAction);
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(u"searchEntrepreneursAction"_s);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        showList();
        m_list->focusSearch();
    });
    addAction(m_searchAction);

    connect(m_list, &EntrepreneursListPage::openRequested, this,
            &EntrepreneursArea::openEntrepreneur);
    connect(m_list, &EntrepreneursListPage::newRequested, this,
            &EntrepreneursArea::newEntrepreneur);
    connect(m_alerts, &AlertsPage::openRequested, this, &EntrepreneursArea::openEntrepreneur);
    // The tab tells how many alerts there are today, from the list's summaries.
    connect(m_list, &EntrepreneursListPage::reloaded, this, [this] {
        int count = 0;
        for (int row = 0; row < m_list->model()->rowCount(); ++row)
            count += int(m_list->model()->summaryAt(row).alerts.size());
        m_alertCount = count;
        retranslate();
    });
    connect(m_person, &EntrepreneurPage::backRequested, this, [this] {
        const QString id = m_person->entrepreneurId();
        m_stack->setCurrentWidget(m_tabs);
        if (m_tabs->currentWidget() == m_list) {
            m_list->selectEntrepreneur(id);
            m_list->view()->setFocus();
        } else {
            m_alerts->view()->setFocus();
        }
    });
    connect(m_person, &EntrepreneurPage::changed, this, &EntrepreneursArea::personChanged);
    retranslate();
}

EntrepreneursArea::~EntrepreneursArea() = default;

void EntrepreneursArea::setStore(Store *store)
{
    m_store = store;
    if (m_newDialog)
        m_newDialog->reject();
    m_list->setStore(store);
    m_alerts->setStore(store);
    m_person->setStore(store);
    m_alertCount = -1;
    m_stack->setCurrentWidget(m_tabs);
    retranslate();
}

void EntrepreneursArea::setScope(const UserScope &scope)
{
    m_list->setScope(scope);
    m_alerts->setScope(scope);
    m_alertCount = -1;
    retranslate();
}

EntrepreneursArea::View EntrepreneursArea::currentView() const
{
    if (m_stack->currentWidget() == m_person)
        return View::Person;
    return m_tabs->currentWidget() == m_alerts ? View::Alerts : View::List;
}

void EntrepreneursArea::showList()
{
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_list);
}

void EntrepreneursArea::showAlerts()
{
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_alerts);
    m_alerts->view()->setFocus();
}

void EntrepreneursArea::openEntrepreneur(const QString &id)
{
    if (m_person->showEntrepreneur(id)) {
        m_stack->setCurrentWidget(m_person);
        m_person->focusActions();
    }
}

void EntrepreneursArea::newEntrepreneur()
{
    if (!m_store || m_newDialog)
        return;
    auto *dialog = new EntrepreneurDialog(*m_store, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->entrepreneur().id;
        personChanged();
        m_list->reload();
        openEntrepreneur(id);
    });
    dialog->open();
}

void EntrepreneursArea::personChanged()
{
    m_list->invalidate();
    m_alerts->invalidate();
}

void EntrepreneursArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntrepreneursArea::retranslate()
{
    m_tabs->setTabText(0, tr("&List"));
    m_tabs->setTabText(1, m_alertCount > 0 ? tr("&Alerts (%1)").arg(m_alertCount)
                                           : tr("&Alerts"));
    m_newAction->setText(tr("&New entrepreneur…"));
    m_searchAction->setText(tr("&Find an entrepreneur"));
}

} // namespace coop::ui
