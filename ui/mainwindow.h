#pragma once

#include "core/result.h"
#include "core/userscope.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class AccountingArea;
class ElidedLabel;
class EmptyStatePage;
class EntrepreneursArea;
class FeesArea;
class HomePage;
class PayrollArea;
class SalesArea;
class SyncArea;
class SyncStatusButton;
class SyncWorker;

// CoopDesk's main window over one open store: a navigation list of the areas on the left
// (Ctrl+1 … Ctrl+7), the area's page on the right, the store's file and schema version in the
// status bar. The person's role in the store (UserScope, issue 9) decides the areas and what they
// list: an entrepreneur opens on their activity's account and reaches their sales, their
// expenses and sync, of their activity only; an accountant opens on their portfolio and the work
// waiting, the people, sales and contributions areas listing the portfolio's activities (payroll
// and the books stay the cooperative's); the admin (a stand-alone store's holder) sees everything
// and the cooperative's settings. It owns the store while it shows it. Locking is asked for with
// lockRequested(); the owner (Launcher) takes the store back, hides the window and shows the
// unlock dialog.
// Texts follow the language live (LanguageChange); geometry and layout are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In navigation order; the shortcut of an area is Ctrl+(index + 1).
    enum class Area { Home, Entrepreneurs, Sales, Payroll, Contributions, Accounting, Sync };
    static constexpr int kAreaCount = 7;

    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store *store() const { return m_store.get(); }
    // Shows another store (after an unlock); the window's texts follow.
    void setStore(std::unique_ptr<Store> store);
    // Gives the store back (to close it); the window keeps no data of it on screen.
    std::unique_ptr<Store> takeStore();

    Area currentArea() const;
    // Shows an area; one the role does not reach is refused (nothing changes).
    void setCurrentArea(Area area);
    // Whether the person's role reaches the area (its entry is in the navigation).
    bool isAreaAvailable(Area area) const;
    // The role and activities the window shows the store for (admin without a store).
    const UserScope &scope() const { return m_scope; }
    HomePage *homePage() const { return m_home; }
    QAction *cooperativeSettingsAction() const { return m_cooperativeAction; }
    // The area's name as shown in the navigation list, in the current language.
    QString areaName(Area area) const;

    EntrepreneursArea *entrepreneursArea() const { return m_entrepreneurs; }
    SalesArea *salesArea() const { return m_sales; }
    PayrollArea *payrollArea() const { return m_payroll; }
    FeesArea *feesArea() const { return m_fees; }
    AccountingArea *accountingArea() const { return m_accounting; }
    SyncArea *syncArea() const { return m_sync; }
    // The sync state in the status bar (every area); clicking it opens the Sync area.
    SyncStatusButton *syncStatusButton() const { return m_syncStatus; }
    // The store's sync with the cooperative's server; null without a store.
    SyncWorker *syncWorker() const { return m_syncWorker.get(); }
    // How the sync thread opens its own connection to the shown store (a Store is used by the
    // thread that opened it). Without one, the Sync area asks for the passphrase the first time
    // it is needed.
    using SyncStoreOpener = std::function<Result<std::unique_ptr<Store>>()>;
    void setSyncStoreOpener(SyncStoreOpener opener);
    // Opens the cooperative's settings (File > Cooperative settings).
    void showCooperativeSettings();

Q_SIGNALS:
    void lockRequested();
    // The window was closed (File > Quit, Ctrl+Q, the window manager): the application ends.
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct AreaTexts
    {
        QString name;
        QString description;
    };
    AreaTexts areaTexts(Area area) const;

    void buildMenus();
    void buildCentralArea();
    void retranslate();
    void showStoreDetails();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void startSync();
    void stopSync();
    // Reads the person's scope from the store and gives it and the store to the areas, the
    // navigation and the menus.
    void attachStore();
    void applyScopeToNavigation();

    std::unique_ptr<Store> m_store;
    UserScope m_scope;
    // Declared after the store: destroyed first (it reads the store and waits for its thread).
    std::unique_ptr<SyncWorker> m_syncWorker;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    EntrepreneursArea *m_entrepreneurs = nullptr;
    SalesArea *m_sales = nullptr;
    PayrollArea *m_payroll = nullptr;
    FeesArea *m_fees = nullptr;
    AccountingArea *m_accounting = nullptr;
    SyncArea *m_sync = nullptr;
    SyncStatusButton *m_syncStatus = nullptr;
    std::array<EmptyStatePage *, kAreaCount> m_emptyPages{};

    ElidedLabel *m_statusFile = nullptr;
    QLabel *m_statusSchema = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_cooperativeAction = nullptr;
    QAction *m_alertsAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_showNavigationAction = nullptr;
    std::array<QAction *, kAreaCount> m_areaActions{};
    QActionGroup *m_areaGroup = nullptr;
    QAction *m_frenchAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace coop::ui
