#pragma once

#include "core/error.h"

#include <QDialog>
#include <QPointer>
#include <QToolButton>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace coop::ui {

class SyncWorker;

// The sync state in the status bar of every area (issue 8 §5): online, offline or syncing, the
// operations waiting to be sent, the last sync and the open conflicts. Clicking it opens the
// Sync area.
class SyncStatusButton : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusButton(QWidget *parent = nullptr);

    void setWorker(SyncWorker *worker);
    SyncWorker *worker() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<SyncWorker> m_worker;
};

// Signing in to the cooperative's server: its address, the login and password (sent once, never
// kept) and this device's name (the computer's by default). A failure is shown at its field: the
// address when the server does not answer, the password when the server refuses the login, the
// login when the account has no role in this store's cooperative.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(SyncWorker &worker, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *deviceEdit() const { return m_device; }
    QPushButton *signInButton() const { return m_ok; }

    // The message at a field ("server", "login", "password", "device"), or at the top ("").
    QString errorAt(const QString &field) const;
    // The field the person is told to fix for an error of SyncEngine::signIn.
    static QString fieldOf(ErrorCode code, const QString &where);

    void accept() override;

private:
    void showError(const QString &field, const QString &message);
    void clearErrors();
    void finished(bool ok, ErrorCode code, const QString &message, const QString &where);

    SyncWorker &m_worker;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_device = nullptr;
    QLabel *m_serverError = nullptr;
    QLabel *m_loginError = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_deviceError = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_waiting = false;
};

// The "Sync" area of the main window: where the store stands with the server, "Sync now" with a
// progress that can be stopped, signing in and out, and the conflict inbox: every value the
// server did not keep, beside the server's, with the choice to keep the server's or ours (queued
// again for the next sync). The inbox is filtered as the person types.
class SyncArea : public QWidget
{
    Q_OBJECT
public:
    explicit SyncArea(QWidget *parent = nullptr);
    ~SyncArea() override;

    // The window's sync; null when no store is open.
    void setWorker(SyncWorker *worker);

    // Opens the sign-in dialog (window-modal) and returns it; null without a worker.
    SignInDialog *openSignIn();

    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *keepServerButton() const { return m_keepServer; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *conflictView() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    // The text of the status lines and of the last result, for the tests.
    QString stateText() const;
    QString resultText() const;

    enum Column { Entity, Record, Field, LocalValue, ServerValue, Reason, DetectedAt, ColumnCount };

    // Resolves the selected conflicts (nothing without a selection).
    void keepSelected(bool mine);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshStatus();
    void reloadConflicts();
    void updateButtons();
    bool ensureOpener();
    void syncNow();

    QPointer<SyncWorker> m_worker;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QLabel *m_inboxTitle = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QPushButton *m_keepServer = nullptr;
    QPushButton *m_keepMine = nullptr;
    QLabel *m_inboxError = nullptr;
};

// The text shown for the state of a sync, in the current language.
QString syncStateText(const SyncWorker &worker);

} // namespace coop::ui
