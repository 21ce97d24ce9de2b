#include "mainwindow.h"

#include "accountingarea.h"
#include "cooperativedialog.h"
#include "elidedlabel.h"
#include "emptystatepage.h"
#include "entrepreneursarea.h"
#include "formdialog.h"
#include "homepage.h"
#include "language.h"
#include "payrollarea.h"
#include "feesarea.h"
#include "salesarea.h"
#include "syncarea.h"
#include "syncworker.h"
#include "theme.h"
#include "uisettings.h"

#include "core/storage/store.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kNavigationWidth = 240;
constexpr int kPageWidth = 780;

int indexOf(MainWindow::Area area)
{
    return static_cast<int>(area);
}

MainWindow::Area areaAt(int index)
{
    Q_ASSERT(index >= 0 && index < MainWindow::kAreaCount);
    return static_cast<MainWindow::Area>(index);
}

// Navigation entries with room around them: the highlight is inset from the panel's edges and the
// text indented inside it. Colours, highlight and focus frame stay the platform style's.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        item.rect = option.rect.adjusted(4, 1, -4, -1);
        const QString text = item.text;
        item.text.clear();
        const QWidget *widget = item.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        const QRect textRect = item.rect.adjusted(10, 0, -6, 0);
        painter->save();
        painter->setFont(item.font);
        style->drawItemText(painter, textRect, Qt::AlignLeft | Qt::AlignVCenter, item.palette,
                            item.state.testFlag(QStyle::State_Enabled),
                            item.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()),
                            item.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText
                                                                        : QPalette::Text);
        painter->restore();
    }
};

// A navigation name ("Entrepreneurs & contracts") as a menu entry, where "&" marks a mnemonic.
QString escapedForMenu(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(theme::appIcon());
    buildCentralArea();
    buildMenus();
    attachStore();
    m_navigation->setCurrentRow(indexOf(Area::Home));

    m_statusFile = new ElidedLabel(this);
    m_statusFile->setObjectName(u"statusFile"_s);
    m_statusFile->setContentsMargins(4, 0, 4, 0);
    m_statusSchema = new QLabel(this);
    m_statusSchema->setObjectName(u"statusSchema"_s);
    m_syncStatus = new SyncStatusButton(this);
    connect(m_syncStatus, &QToolButton::clicked, this, [this] { setCurrentArea(Area::Sync); });
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_statusSchema);
    startSync();

    retranslate(); // also shows the store's details
    restoreLayout();
}

MainWindow::~MainWindow()
{
    stopSync();
}

void MainWindow::startSync()
{
    stopSync();
    if (!m_store)
        return;
    m_syncWorker = std::make_unique<SyncWorker>(*m_store, m_store->connectionOpener());
    m_sync->setWorker(m_syncWorker.get());
    m_syncStatus->setWorker(m_syncWorker.get());
    // Signing in stores the role and the activities the server granted: the window follows.
    connect(m_syncWorker.get(), &SyncWorker::signInFinished, this, [this](bool ok) {
        if (!ok || !m_store)
            return;
        const Result<UserScope> scope = UserScope::read(*m_store);
        if (scope && *scope == m_scope)
            return;
        attachStore();
        showStoreDetails();
    });
}

void MainWindow::stopSync()
{
    if (m_sync)
        m_sync->setWorker(nullptr);
    if (m_syncStatus)
        m_syncStatus->setWorker(nullptr);
    m_syncWorker.reset();
}

void MainWindow::attachStore()
{
    m_scope = UserScope();
    if (m_store) {
        Result<UserScope> scope = UserScope::read(*m_store);
        if (scope) {
            m_scope = std::move(*scope);
        } else {
            // A role that cannot be read opens nothing beyond the person's own account, empty.
            qWarning("%s", qUtf8Printable(scope.error().message()));
            m_scope.role = UserScope::Role::Entrepreneur;
        }
    }
    // The scope first: the areas then read the store once, within it.
    m_entrepreneurs->setScope(m_scope);
    m_sales->setScope(m_scope);
    m_fees->setScope(m_scope);
    switch (m_scope.role) {
    case UserScope::Role::Entrepreneur:
        m_accounting->setRole(LedgerRole::Entrepreneur);
        break;
    case UserScope::Role::Accountant:
        m_accounting->setRole(LedgerRole::Accountant);
        break;
    case UserScope::Role::Admin:
        m_accounting->setRole(LedgerRole::Admin);
        break;
    }
    m_entrepreneurs->setStore(m_store.get());
    m_sales->setStore(m_store.get());
    m_payroll->setStore(m_store.get());
    m_fees->setStore(m_store.get());
    m_accounting->setStore(m_store.get());
    if (m_store)
        m_home->showHome(m_store.get(), m_scope);
    applyScopeToNavigation();
}

bool MainWindow::isAreaAvailable(Area area) const
{
    if (m_scope.role != UserScope::Role::Entrepreneur)
        return true;
    // An entrepreneur works on their own activity: no cooperative-wide area (people, payroll,
    // accounting).
    switch (area) {
    case Area::Home:
    case Area::Sales:
    case Area::Contributions:
    case Area::Sync:
        return true;
    case Area::Entrepreneurs:
    case Area::Payroll:
    case Area::Accounting:
        return false;
    }
    return false;
}

void MainWindow::applyScopeToNavigation()
{
    for (int i = 0; i < kAreaCount; ++i) {
        const bool available = isAreaAvailable(areaAt(i));
        m_navigation->item(i)->setHidden(!available);
        m_areaActions[static_cast<size_t>(i)]->setVisible(available);
        m_areaActions[static_cast<size_t>(i)]->setEnabled(available);
    }
    const bool admin = m_scope.role == UserScope::Role::Admin;
    m_cooperativeAction->setVisible(admin);
    const bool people = isAreaAvailable(Area::Entrepreneurs);
    m_alertsAction->setVisible(people);
    m_alertsAction->setEnabled(people);
    m_entrepreneurs->newEntrepreneurAction()->setVisible(people);
    if (!isAreaAvailable(currentArea()))
        setCurrentArea(Area::Home);
}

void MainWindow::setSyncStoreOpener(SyncStoreOpener opener)
{
    if (m_syncWorker)
        m_syncWorker->setOpener(std::move(opener));
}

void MainWindow::buildCentralArea()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.08);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(2);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_home = new HomePage(m_pages);
    m_pages->addWidget(m_home);
    for (int i = 0; i < kAreaCount; ++i) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, QFontMetrics(navigationFont).height() + 14));
        if (i == indexOf(Area::Home))
            continue;
        if (i == indexOf(Area::Entrepreneurs)) {
            m_entrepreneurs = new EntrepreneursArea(m_pages);
            m_pages->addWidget(m_entrepreneurs);
            continue;
        }
        if (i == indexOf(Area::Sales)) {
            m_sales = new SalesArea(m_pages);
            m_pages->addWidget(m_sales);
            continue;
        }
        if (i == indexOf(Area::Payroll)) {
            m_payroll = new PayrollArea(m_pages);
            m_pages->addWidget(m_payroll);
            continue;
        }
        if (i == indexOf(Area::Contributions)) {
            m_fees = new FeesArea(m_pages);
            m_pages->addWidget(m_fees);
            continue;
        }
        if (i == indexOf(Area::Accounting)) {
            m_accounting = new AccountingArea(m_pages);
            m_pages->addWidget(m_accounting);
            continue;
        }
        if (i == indexOf(Area::Sync)) {
            m_sync = new SyncArea(m_pages);
            m_pages->addWidget(m_sync);
            continue;
        }
        m_emptyPages[static_cast<size_t>(i)] = new EmptyStatePage(m_pages);
        m_pages->addWidget(m_emptyPages[static_cast<size_t>(i)]);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kAreaCount)
            return;
        m_pages->setCurrentIndex(row);
        m_areaActions[static_cast<size_t>(row)]->setChecked(true);
    });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({kNavigationWidth, kPageWidth});
    setCentralWidget(m_splitter);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QAction *newEntrepreneur = m_entrepreneurs->newEntrepreneurAction();
    // From the menu, the new person is created in their area whichever area was shown.
    connect(newEntrepreneur, &QAction::triggered, this,
            [this] { setCurrentArea(Area::Entrepreneurs); });
    m_fileMenu->addAction(newEntrepreneur);
    m_fileMenu->addSeparator();
    // The admin's only (applyScopeToNavigation).
    m_cooperativeAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::showCooperativeSettings);
    m_cooperativeAction->setObjectName(u"cooperativeAction"_s);
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_areaGroup = new QActionGroup(this);
    m_areaGroup->setExclusive(true);
    for (int i = 0; i < kAreaCount; ++i) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setObjectName(u"areaAction%1"_s.arg(i + 1));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_areaGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentArea(areaAt(i)); });
        m_areaActions[static_cast<size_t>(i)] = action;
    }
    m_areaActions[0]->setChecked(true);
    m_viewMenu->addSeparator();
    m_alertsAction = m_viewMenu->addAction(QString(), this, [this] {
        setCurrentArea(Area::Entrepreneurs);
        m_entrepreneurs->showAlerts();
    });
    m_alertsAction->setObjectName(u"alertsAction"_s);
    m_alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // Sync now from anywhere: a signed-in store syncs at once (its progress in the status bar);
    // otherwise the Sync area opens, where the person signs in.
    m_syncNowAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_syncWorker && m_syncWorker->status().signedIn)
            m_syncWorker->syncNow();
        else
            setCurrentArea(Area::Sync);
    });
    m_syncNowAction->setObjectName(u"syncNowAction"_s);
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_showNavigationAction = m_viewMenu->addAction(QString());
    m_showNavigationAction->setObjectName(u"showNavigationAction"_s);
    m_showNavigationAction->setCheckable(true);
    m_showNavigationAction->setChecked(true);
    m_showNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_showNavigationAction, &QAction::toggled, m_navigation, &QWidget::setVisible);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    // Each language is named in itself, so these two names are never translated.
    m_frenchAction = m_languageMenu->addAction(u"Français"_s);
    m_frenchAction->setObjectName(u"frenchAction"_s);
    m_englishAction = m_languageMenu->addAction(u"English"_s);
    m_englishAction->setObjectName(u"englishAction"_s);
    for (QAction *action : {m_frenchAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_frenchAction, &QAction::triggered, this, [] { applyLanguage(u"fr"_s, true); });
    connect(m_englishAction, &QAction::triggered, this, [] { applyLanguage(u"en"_s, true); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

MainWindow::AreaTexts MainWindow::areaTexts(Area area) const
{
    switch (area) {
    case Area::Home:
        return {tr("Home"), QString()};
    case Area::Entrepreneurs:
        return {tr("Entrepreneurs & contracts"),
                tr("The cooperative's entrepreneurs will appear here, with their CAPE and CESA "
                   "contracts, amendments and key dates.")};
    case Area::Sales:
        return {tr("Sales"),
                tr("Quotes, invoices, credit notes and customer payments of each activity will "
                   "appear here.")};
    case Area::Payroll:
        return {tr("Payroll"),
                tr("The entrepreneurs' payslips, computed from each activity's account, will "
                   "appear here.")};
    case Area::Contributions:
        return {tr("Contributions & shared costs"),
                tr("The cooperative contribution of each activity and the allocation of shared "
                   "costs will appear here.")};
    case Area::Accounting:
        return {tr("Accounting"),
                tr("Journal entries, the activities' accounts and the exports (FEC, CSV) will "
                   "appear here.")};
    case Area::Sync:
        return {tr("Sync"),
                tr("The connection to the cooperative's server, changes waiting to be sent and "
                   "conflicts to resolve will appear here.")};
    }
    return {};
}

QString MainWindow::areaName(Area area) const
{
    return areaTexts(area).name;
}

void MainWindow::retranslate()
{
    for (int i = 0; i < kAreaCount; ++i) {
        const AreaTexts texts = areaTexts(areaAt(i));
        m_navigation->item(i)->setText(texts.name);
        m_areaActions[static_cast<size_t>(i)]->setText(escapedForMenu(texts.name));
        if (EmptyStatePage *page = m_emptyPages[static_cast<size_t>(i)])
            page->setTexts(texts.name, texts.description);
    }
    m_navigation->setAccessibleName(tr("Areas"));
    // Every entry fits without elision, in whichever language: the padding is the delegate's.
    int widest = 0;
    for (int i = 0; i < kAreaCount; ++i)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(
                                      m_navigation->item(i)->text()));
    m_navigation->setMinimumWidth(widest + 40);

    m_fileMenu->setTitle(tr("&File"));
    m_cooperativeAction->setText(tr("&Cooperative settings…"));
    m_cooperativeAction->setStatusTip(
        tr("The cooperative's identity, payroll parameters, numbering and bank"));
    m_alertsAction->setText(tr("Contract &alerts"));
    m_syncNowAction->setText(tr("&Sync now"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setStatusTip(tr("Close the store and ask for its passphrase again"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showNavigationAction->setText(tr("Show the &navigation"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CoopDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));

    const bool english = currentLanguage() == u"en"_s;
    m_frenchAction->setChecked(!english);
    m_englishAction->setChecked(english);

    showStoreDetails();
}

void MainWindow::showStoreDetails()
{
    const Store *store = m_store.get();
    //: The window title; %1 is the store's name
    setWindowTitle(store ? tr("CoopDesk — %1").arg(store->name()) : u"CoopDesk"_s);
    m_statusFile->setText(store ? QDir::toNativeSeparators(store->path()) : QString());
    //: In the status bar: the version of the store's database schema
    m_statusSchema->setText(store ? tr("Schema %1").arg(store->schemaVersion()) : QString());
    m_home->showStore(store);
    m_lockAction->setEnabled(store != nullptr);
    m_cooperativeAction->setEnabled(store != nullptr && m_scope.role == UserScope::Role::Admin);
    m_entrepreneurs->newEntrepreneurAction()->setEnabled(
        store != nullptr && isAreaAvailable(Area::Entrepreneurs));
}

void MainWindow::setStore(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    attachStore();
    startSync();
    showStoreDetails();
}

std::unique_ptr<Store> MainWindow::takeStore()
{
    // Forms still open on the store are cancelled: their changes could no longer be saved.
    const QList<FormDialog *> forms = findChildren<FormDialog *>();
    for (FormDialog *form : forms)
        form->reject();
    m_entrepreneurs->setStore(nullptr);
    m_sales->setStore(nullptr);
    m_payroll->setStore(nullptr);
    m_fees->setStore(nullptr);
    m_accounting->setStore(nullptr);
    stopSync();
    std::unique_ptr<Store> store = std::move(m_store);
    showStoreDetails();
    return store;
}

void MainWindow::showCooperativeSettings()
{
    // The cooperative's settings are the admin's.
    if (!m_store || m_scope.role != UserScope::Role::Admin)
        return;
    auto *dialog = new CooperativeDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

MainWindow::Area MainWindow::currentArea() const
{
    return areaAt(m_pages->currentIndex());
}

void MainWindow::setCurrentArea(Area area)
{
    if (!isAreaAvailable(area))
        return;
    m_navigation->setCurrentRow(indexOf(area));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
    Q_EMIT closed();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(settings::kWindowGeometry).toByteArray()))
        resize(kNavigationWidth + kPageWidth, 620);
    restoreState(settings.value(settings::kWindowState).toByteArray());
    m_splitter->restoreState(settings.value(settings::kSplitterState).toByteArray());
    // The admin returns to the area they left; the others open on their home (their account,
    // their portfolio).
    const int area = settings.value(settings::kCurrentArea, 0).toInt();
    if (area >= 0 && area < kAreaCount && m_scope.seesAll())
        setCurrentArea(areaAt(area));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, saveGeometry());
    settings.setValue(settings::kWindowState, saveState());
    settings.setValue(settings::kSplitterState, m_splitter->saveState());
    settings.setValue(settings::kCurrentArea, indexOf(currentArea()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CoopDesk"),
        tr("<h3>CoopDesk %1</h3>"
           "<p>The back-office of French business and employment cooperatives (CAE): "
           "entrepreneurs, sales, payroll, contributions and accounting, in an encrypted store "
           "that works offline and syncs with the cooperative's server.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace coop::ui
