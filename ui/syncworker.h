#pragma once

#include "core/result.h"
#include "core/sync/engine.h"
#include "core/sync/replica.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace coop {
class Store;
}

namespace coop::ui {

class SyncJob;

// The desktop's sync with the cooperative's server (issue 8 §5). The SyncEngine runs on a thread
// of its own, over its own connection to the store (a Store belongs to the thread that opened
// it) and an HttpTransport, so a slow network never freezes a window. This object lives on the
// UI thread: it starts sign-ins and syncs, syncs in the background every few minutes while
// signed in, retries a failed sync after SyncEngine::backoffMs, and reports what happens by
// signals. What the status bar shows (pending operations, conflicts) is read from the window's
// own store, so an edit shows at once; the conflict inbox is resolved there too.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // Opens the sync thread's own connection to the store; called on that thread, once.
    using StoreOpener = std::function<Result<std::unique_ptr<Store>>()>;

    enum class State {
        SignedOut, // no session: sign in first
        Idle,      // signed in, nothing running; the last sync (if any) succeeded
        Syncing,
        Offline,   // the last attempt got no answer; a retry is scheduled
        Failed,    // the server refused (the message says why); retried later, or sign in again
    };
    Q_ENUM(State)

    // `store` is the window's store (read for the status, written by resolve()); `opener` gives
    // the sync thread its connection. No network and no thread until something needs them.
    SyncWorker(Store &store, StoreOpener opener, QObject *parent = nullptr);
    ~SyncWorker() override; // stops a running sync and waits for the thread

    // The delay between background syncs while signed in (0: none; default five minutes), and
    // before the first one after the window opens.
    void setInterval(int intervalMs, int firstDelayMs);

    // Whether the sync thread can open its connection; a window opened without an opener asks
    // for one (see SyncArea) before the first sync.
    bool hasOpener() const { return static_cast<bool>(m_opener); }
    void setOpener(StoreOpener opener);
    Store &store() const { return m_store; }

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    // The status read on the window's store when refreshStatus() last ran.
    const sync::SyncStatus &status() const { return m_status; }
    // The last failure's message (empty after a success).
    QString lastError() const { return m_lastError; }
    // What the last successful sync did.
    const sync::SyncReport &lastReport() const { return m_lastReport; }

    // Signs in (the password is sent once and forgotten); signInFinished() tells how it went.
    void signIn(const QString &server, const QString &login, const QString &password,
                const QString &deviceName);
    void signOut();
    // Starts a sync now (nothing when one is running).
    void syncNow();
    // Stops the running sync at the next step; what was done stays done.
    void cancel();

    // Re-reads the status on the window's store and emits statusChanged().
    void refreshStatus();
    Result<QList<sync::ConflictItem>> openConflicts() const;
    Result<void> resolve(qint64 conflictId, sync::Resolution resolution);

Q_SIGNALS:
    void stateChanged(coop::ui::SyncWorker::State state);
    void statusChanged();
    // done and total of the current phase (total 0 when unknown).
    void progressChanged(coop::sync::SyncProgress::Phase phase, qint64 done, qint64 total);
    // ok, or the error (code, sentence, where: "network", "unauthorized", "tenant"…).
    void signInFinished(bool ok, coop::ErrorCode code, const QString &message, const QString &where);
    void syncFinished(bool ok, const QString &message);

private:
    void ensureThread();
    void setState(State state);
    void scheduleNext(int delayMs);
    void backgroundSync();
    void onSyncFinished(bool ok, coop::ErrorCode code, const QString &message,
                        const coop::sync::SyncReport &report);
    void onSignInFinished(bool ok, coop::ErrorCode code, const QString &message, const QString &where);

    Store &m_store;
    StoreOpener m_opener;
    QThread *m_thread = nullptr;
    SyncJob *m_job = nullptr;
    QTimer *m_timer = nullptr;
    int m_intervalMs = 5 * 60 * 1000;
    int m_failures = 0;
    bool m_busy = false;
    State m_state = State::SignedOut;
    sync::SyncStatus m_status;
    sync::SyncReport m_lastReport;
    QString m_lastError;
};

} // namespace coop::ui
