#pragma once

#include "entrepreneurdialog.h"

#include "core/userscope.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class AlertsPage;
class EntrepreneurPage;
class EntrepreneursListPage;

// The "Entrepreneurs & contracts" area of the main window: two tabs, the list and the contract
// alerts, and the page of one person opened from either (Back returns to the tab it came from).
// Ctrl+N (new entrepreneur) and Ctrl+F (search) work anywhere in the area.
class EntrepreneursArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { List, Alerts, Person };

    explicit EntrepreneursArea(QWidget *parent = nullptr);
    ~EntrepreneursArea() override;

    void setStore(Store *store);
    // The activities whose people the list and the alerts show (issue 9); every one by default.
    void setScope(const UserScope &scope);

    View currentView() const;
    void showList();
    void showAlerts();
    void openEntrepreneur(const QString &id);
    // Opens the new entrepreneur dialog; once saved, their page.
    void newEntrepreneur();

    QAction *newEntrepreneurAction() const { return m_newAction; }
    QAction *searchAction() const { return m_searchAction; }
    EntrepreneursListPage *listPage() const { return m_list; }
    AlertsPage *alertsPage() const { return m_alerts; }
    EntrepreneurPage *personPage() const { return m_person; }
    EntrepreneurDialog *newEntrepreneurDialog() const { return m_newDialog; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void personChanged();

    Store *m_store = nullptr;
    int m_alertCount = -1;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    EntrepreneursListPage *m_list = nullptr;
    AlertsPage *m_alerts = nullptr;
    EntrepreneurPage *m_person = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_searchAction = nullptr;
    QPointer<EntrepreneurDialog> m_newDialog;
};

} // namespace coop::ui
