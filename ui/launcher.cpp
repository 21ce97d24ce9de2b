#include "launcher.h"

#include "firstrunwizard.h"
#include "inactivitylock.h"
#include "mainwindow.h"
#include "storedialog.h"
#include "uisettings.h"

#include "core/storage/store.h"

#include <QDialog>
#include <QSettings>

namespace coop::ui {

Launcher::Launcher(QObject *parent) : QObject(parent), m_inactivity(new InactivityLock(this))
{
    connect(m_inactivity, &InactivityLock::timedOut, this, &Launcher::lock);
}

Launcher::~Launcher()
{
    closeDialogs();
}

StoreDialog *Launcher::storeDialog() const
{
    return m_dialog.data();
}

FirstRunWizard *Launcher::firstRunWizard() const
{
    return m_wizard.data();
}

void Launcher::start(const LaunchOptions &options)
{
    m_options = options;
    m_inactivity->setIntervalMs(InactivityLock::savedIntervalMs());
    if (options.storePath.isEmpty()) {
        const QString last = QSettings().value(settings::kLastStore).toString();
        // The first start, or the last store is gone: the wizard sets one up.
        if (last.isEmpty() || !Store::exists(last))
            showFirstRun();
        else
            showStoreDialog(true, last);
        return;
    }
    // A --store FILE that does not exist yet is where the person wants to create one.
    showStoreDialog(Store::exists(options.storePath), options.storePath);
}

void Launcher::closeDialogs()
{
    if (m_dialog)
        delete m_dialog.data();
    if (m_wizard)
        delete m_wizard.data();
}

void Launcher::showFirstRun()
{
    closeDialogs();
    FirstRunOptions options;
    options.demoStorePath = m_options.demoStorePath;
    options.demoPassphrase = m_options.demoPassphrase;
    options.demo = m_options.demo;
    options.kdf = m_options.kdf;
    options.folder = m_options.newStoreFolder;
    auto *wizard = new FirstRunWizard(options);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Remembered at once: a store whose first sync was stopped opens (and resumes) next time.
    connect(wizard, &FirstRunWizard::storeCreated, this,
            [](const QString &path) { QSettings().setValue(settings::kLastStore, path); });
    connect(wizard, &QDialog::accepted, this, [this, wizard] { storeOpened(wizard->takeStore()); });
    connect(wizard, &QDialog::rejected, this, &Launcher::dialogRejected);
    m_wizard = wizard;
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
}

void Launcher::showStoreDialog(bool unlock, const QString &path)
{
    closeDialogs();
    auto *dialog = new StoreDialog(unlock ? StoreDialog::Mode::Unlock : StoreDialog::Mode::Create,
                                   path);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_options.demoStorePath.isEmpty())
        dialog->setDemoStore(m_options.demoStorePath, m_options.demoPassphrase);
    dialog->setKdfParams(m_options.kdf);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { storeOpened(dialog->takeStore()); });
    connect(dialog, &QDialog::rejected, this, &Launcher::dialogRejected);
    m_dialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void Launcher::storeOpened(std::unique_ptr<Store> store)
{
    Q_ASSERT(store);
    QSettings().setValue(settings::kLastStore, store->path());
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(std::move(store));
        connect(m_window.get(), &MainWindow::lockRequested, this, &Launcher::lock);
        connect(m_window.get(), &MainWindow::closed, this, &Launcher::finished);
    } else {
        m_window->setStore(std::move(store));
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_inactivity->start();
}

void Launcher::dialogRejected()
{
    // Cancelling the unlock of a locked window ends the session as well: no window stays open
    // without its store.
    if (m_window)
        m_window->close();
    else
        Q_EMIT finished();
}

void Launcher::lock()
{
    m_inactivity->stop();
    if (!m_window || !m_window->store())
        return;
    // Whatever dialog is open over the window is cancelled, the innermost first: none may act on
    // the store once it is closed. (Lock now cannot be chosen while one is open; the lock after
    // inactivity can come at any time.)
    QList<QPointer<QDialog>> open;
    const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            open.prepend(dialog);
    }
    for (const QPointer<QDialog> &dialog : std::as_const(open)) {
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
    const QString path = m_window->store()->path();
    m_window->hide();
    m_window->takeStore().reset(); // closes the database and forgets its key
    showStoreDialog(true, path);
}

} // namespace coop::ui
