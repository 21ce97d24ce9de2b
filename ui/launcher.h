#pragma once

#include "core/storage/keyenvelope.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace coop {
class Store;
}

namespace coop::ui {

class MainWindow;
class StoreDialog;

struct LaunchOptions
{
    QString storePath;      // --store FILE; empty: the last store used, else the create dialog
    QString demoStorePath;  // the demo store, whose passphrase the unlock dialog may tell
    QString demoPassphrase;
    KdfParams kdf = KdfParams::moderate(); // cost of stores created from the dialog
};

// The desktop application's flow between its windows: the store dialog first (unlock the last
// store used, or create one), then the main window; Lock closes the store and shows the unlock
// dialog again. It remembers the last store in QSettings. finished() tells the application to end:
// the person cancelled the dialog or closed the main window.
class Launcher : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(QObject *parent = nullptr);
    ~Launcher() override;

    // Shows the first dialog and returns; the rest follows from the windows' signals.
    void start(const LaunchOptions &options);

    MainWindow *mainWindow() const { return m_window.get(); }
    // The store dialog on screen, if any.
    StoreDialog *storeDialog() const;

Q_SIGNALS:
    void finished();

private:
    void showStoreDialog(bool unlock, const QString &path);
    void storeOpened(std::unique_ptr<Store> store);
    void dialogRejected();
    void lock();

    LaunchOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    QPointer<StoreDialog> m_dialog;
};

} // namespace coop::ui
