#pragma once

#include "core/storage/keyenvelope.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coop {
class Store;
}

namespace coop::ui {

class ElidedLabel;
class StrengthMeter;

// The first window of CoopDesk: unlock an existing store with its passphrase, or create a new one.
// The dialog only collects what the person types and calls Store::open / Store::create; the rules
// (what a wrong passphrase is, whether a file may be overwritten) are theirs, and their Error is
// shown at the field it concerns, never in a message box. The key derivation takes about a second:
// meanwhile the dialog shows a wait cursor and its buttons are disabled (the Store must be opened
// on the GUI thread, which owns its database connection).
// On success, takeStore() hands over the open store.
class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Create };

    explicit StoreDialog(QWidget *parent = nullptr);
    StoreDialog(Mode mode, const QString &path, QWidget *parent = nullptr);
    ~StoreDialog() override;

    Mode mode() const { return m_mode; }
    // The store to unlock, or the file the new store will be created at.
    QString storePath() const;

    // Unlock mode on `path`; clears the passphrase and any earlier message.
    void showUnlock(const QString &path);
    // Create mode; `suggestedPath` fills the file field when given.
    void showCreate(const QString &suggestedPath = {});

    // The demo store (created by `coopdesk --demo`): when the dialog unlocks this file it tells the
    // passphrase, which is public.
    void setDemoStore(const QString &path, const QString &passphrase);
    // The Argon2id cost of stores created here (tests and the demo use KdfParams::interactive()).
    void setKdfParams(const KdfParams &params) { m_kdf = params; }

    // The store opened or created by the accepted dialog; null before, and after the first call.
    std::unique_ptr<Store> takeStore();

protected:
    void changeEvent(QEvent *event) override;

private:
    class BusyScope;

    void buildUnlockPage();
    void buildCreatePage();
    void buildButtons();
    void setMode(Mode mode);
    void retranslate();
    void updateDemoHint();
    void updateCreateState();
    void clearErrors();
    void showError(QLabel *label, QWidget *field, const QString &message);
    void setBusy(bool busy);
    void fitHeight();

    void unlock();
    void create();
    void chooseStoreToOpen();
    void chooseNewStoreFile();
    void passphraseStrengthChanged();

    Mode m_mode = Mode::Unlock;
    QString m_unlockPath;
    QString m_demoPath;
    QString m_demoPassphrase;
    KdfParams m_kdf = KdfParams::moderate();
    std::unique_ptr<Store> m_store;

    QWidget *m_pages = nullptr;

    QWidget *m_unlockPage = nullptr;
    QLabel *m_unlockTitle = nullptr;
    QLabel *m_unlockFileLabel = nullptr;
    ElidedLabel *m_unlockFile = nullptr;
    QLabel *m_unlockFileError = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLabel *m_demoHint = nullptr;

    QWidget *m_createPage = nullptr;
    QLabel *m_createTitle = nullptr;
    QLabel *m_createIntro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileError = nullptr;
    QLabel *m_newPassphraseLabel = nullptr;
    QLineEdit *m_newPassphrase = nullptr;
    StrengthMeter *m_strengthMeter = nullptr;
    QLabel *m_strengthText = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmError = nullptr;
    QLabel *m_createError = nullptr;

    QPushButton *m_createNew = nullptr;
    QPushButton *m_openOther = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace coop::ui
