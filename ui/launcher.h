#pragma once

#include "core/storage/demo.h"
#include "core/storage/keyenvelope.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace coop {
class Store;
}

namespace coop::ui {

class FirstRunWizard;
class InactivityLock;
class MainWindow;
class StoreDialog;

struct LaunchOptions
{
    QString storePath;      // --store FILE; empty: the last store used, else the first-run wizard
    QString demoStorePath;  // the demo store, whose passphrase the unlock dialog may tell
    QString demoPassphrase;
    DemoOptions demo;       // the cooperative the wizard generates in a new demo store
    KdfParams kdf = KdfParams::moderate(); // cost of stores created from the dialog
    QString newStoreFolder; // where the wizard proposes new stores; the Documents folder if empty
};

// The desktop application's flow between its windows: on the first start (no store given, none
// remembered) the first-run wizard, later the unlock dialog of the last store used (or the create
// dialog for a --store FILE that does not exist yet), then the main window. Lock ("Lock now", or
// no key or mouse input for the minutes of the kLockAfterMinutes setting) closes the store and
// shows the unlock dialog again. It remembers the last store in QSettings. finished() tells the
// application to end: the person cancelled the dialog or the wizard, or closed the main window.
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
    // The first-run wizard on screen, if any.
    FirstRunWizard *firstRunWizard() const;
    // The lock after inactivity; its delay is read from the settings by start() (the tests set
    // a shorter one with setIntervalMs()).
    InactivityLock *inactivityLock() const { return m_inactivity; }

Q_SIGNALS:
    void finished();

private:
    void showStoreDialog(bool unlock, const QString &path);
    void showFirstRun();
    void closeDialogs();
    void storeOpened(std::unique_ptr<Store> store);
    void dialogRejected();
    void lock();

    LaunchOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    QPointer<StoreDialog> m_dialog;
    QPointer<FirstRunWizard> m_wizard;
    InactivityLock *m_inactivity = nullptr;
};

} // namespace coop::ui
