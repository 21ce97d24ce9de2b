#include "launcher.h"

#include "mainwindow.h"
#include "storedialog.h"
#include "uisettings.h"

#include "core/storage/store.h"

#include <QSettings>

namespace coop::ui {

Launcher::Launcher(QObject *parent) : QObject(parent) {}

Launcher::~Launcher()
{
    if (m_dialog)
        delete m_dialog.data();
}

StoreDialog *Launcher::storeDialog() const
{
    return m_dialog.data();
}

void Launcher::start(const LaunchOptions &options)
{
    m_options = options;
    QString path = options.storePath;
    if (path.isEmpty())
        path = QSettings().value(settings::kLastStore).toString();
    // A --store FILE that does not exist yet is where the person wants to create one.
    const bool unlock = !path.isEmpty() && Store::exists(path);
    showStoreDialog(unlock, unlock ? path : options.storePath);
}

void Launcher::showStoreDialog(bool unlock, const QString &path)
{
    if (m_dialog)
        delete m_dialog.data();
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
    if (!m_window || !m_window->store())
        return;
    const QString path = m_window->store()->path();
    m_window->hide();
    m_window->takeStore().reset(); // closes the database and forgets its key
    showStoreDialog(true, path);
}

} // namespace coop::ui
