#pragma once

#include "core/result.h"
#include "core/storage/demo.h"
#include "core/storage/keyenvelope.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace coop {
class Store;
}

namespace coop::ui {

class SyncWorker;

// Creates the demo store at `path` when there is none: the cheaper key derivation of stores
// unlocked often, the public `passphrase`, and the generated cooperative of `options`. A failed
// generation leaves no file behind, so that the next attempt starts from scratch.
Result<void> ensureDemoStore(const QString &path, const QString &passphrase,
                             const DemoOptions &options);

struct FirstRunOptions
{
    QString demoStorePath;  // the demo store (created on first use)
    QString demoPassphrase;
    DemoOptions demo;
    KdfParams kdf = KdfParams::moderate(); // cost of the stores created here
    QString folder; // where new store files are proposed; the Documents folder when empty
};

// The first start of CoopDesk (no store yet): a wizard that either
//  - creates a stand-alone cooperative's store (name, file, passphrase with its strength meter),
//  - opens the demo store (generated the first time), or
//  - connects to the cooperative's server: address, login and password (checked at once, each
//    error at its field), the cooperative when the account belongs to several, then the store's
//    file and passphrase, then the first sync with its progress.
// Everything slow runs off the UI thread: the key derivation and the demo's generation behind a
// progress dialog whose Cancel removes what was being created, the account check likewise, and
// the first sync on a SyncWorker. Cancelling the first sync keeps the store and its session: the
// sync carries on where it stopped the next time the store is opened (storeCreated() lets the
// launcher remember the file). Enter goes to the next page, Esc cancels.
// On success, takeStore() hands over the open store.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PageChoice, PageStandalone, PageAccount, PageConnectStore, PageFirstSync };
    enum class Choice { Standalone, Demo, Connect };

    explicit FirstRunWizard(const FirstRunOptions &options, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    Choice choice() const;
    // The store opened by the accepted wizard; null before, and after the first call.
    std::unique_ptr<Store> takeStore();

    // What the tests drive and read.
    QRadioButton *choiceButton(Choice choice) const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fileEdit(PageId page) const;
    QLineEdit *passphraseEdit(PageId page) const;
    QLineEdit *confirmEdit(PageId page) const;
    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *deviceEdit() const { return m_device; }
    QComboBox *cooperativeBox() const { return m_cooperative; }
    QProgressBar *syncProgress() const { return m_syncBar; }
    QPushButton *retryButton() const { return m_retry; }
    // The message shown at a field, empty when none: "server", "login", "password", "device",
    // "cooperative" (the account page), "file" and "" (the page) of the current store page,
    // "choice" (the demo could not be made) and "sync" (the first sync's failure).
    QString errorAt(const QString &field) const;
    QString syncText() const;
    // Background work (a store being created, the account checked, the first sync) is running.
    bool isBusy() const;
    // The highest progress the first sync reported (done, total), for the tests.
    qint64 syncProgressSeen() const { return m_progressSeen; }
    SyncWorker *syncWorker() const { return m_syncWorker.get(); }

    void done(int result) override;

Q_SIGNALS:
    // A store file now exists at `path` (created by this wizard).
    void storeCreated(const QString &path);

private:
    class Page;
    class PassphraseFields;
    class TaskDialog;
    struct Membership
    {
        QString tenant;
        QString role;
    };
    using Opener = std::function<Result<std::unique_ptr<Store>>()>;

    void buildChoicePage();
    void buildStandalonePage();
    void buildAccountPage();
    void buildConnectStorePage();
    void buildFirstSyncPage();
    QWidget *fileRow(QLineEdit *&edit, QLabel *&error, const QString &objectName);
    QLabel *errorLabel(const QString &objectName);
    void showError(QLabel *label, QWidget *field, const QString &message);
    void clearErrors(const QList<QLabel *> &labels);

    bool validateChoice();
    bool validateStandalone();
    bool validateAccount();
    bool validateConnectStore();
    void accountEdited();

    // Runs `work` on a thread of its own behind the progress dialog; `finished` follows on the
    // UI thread, told whether the person asked to stop meanwhile.
    void runTask(const QString &text, std::function<void()> work,
                 std::function<void(bool cancelled)> finished);
    // Opens, on this thread, the store a task created or opened (`opened`: its connection opener)
    // and goes on; a cancelled task's new files are removed (`created`: the task made them).
    void storeTaskFinished(const Result<Opener> &opened, bool cancelled, const QString &path,
                           bool created, QLabel *fileError, QLineEdit *file, QLabel *pageError);

    void startFirstSync();
    void signInFinished(bool ok, const QString &message);
    void syncProgressed(int phase, qint64 done, qint64 total);
    void syncFinished(bool ok, const QString &message);
    void retry();

    FirstRunOptions m_options;
    std::unique_ptr<Store> m_store;
    // Declared after the store: destroyed first (it reads the store and waits for its thread).
    std::unique_ptr<SyncWorker> m_syncWorker;
    QPointer<QThread> m_task;
    QPointer<TaskDialog> m_taskDialog;
    bool m_taskRunning = false;
    bool m_taskCancelled = false;
    bool m_closeWhenIdle = false;
    bool m_ready = false; // the current page's background work succeeded: let it go on

    Page *m_choicePage = nullptr;
    QRadioButton *m_standalone = nullptr;
    QRadioButton *m_demo = nullptr;
    QRadioButton *m_connect = nullptr;
    QLabel *m_choiceError = nullptr;

    Page *m_standalonePage = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_fileError = nullptr;
    PassphraseFields *m_newPassphrase = nullptr;
    QLabel *m_standaloneError = nullptr;

    Page *m_accountPage = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_device = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_loginError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_deviceError = nullptr;
    QLabel *m_cooperativeLabel = nullptr;
    QComboBox *m_cooperative = nullptr;
    QLabel *m_cooperativeError = nullptr;
    QList<Membership> m_memberships; // of the account as checked; empty until then

    Page *m_connectStorePage = nullptr;
    QLineEdit *m_connectFile = nullptr;
    QLabel *m_connectFileError = nullptr;
    PassphraseFields *m_connectPassphrase = nullptr;
    QLabel *m_connectError = nullptr;
    QString m_tenant;
    QString m_deviceId; // drawn at the account check, the store's device id

    Page *m_syncPage = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncBar = nullptr;
    QLabel *m_syncError = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_syncDone = false;
    qint64 m_progressSeen = 0;
};

} // namespace coop::ui
