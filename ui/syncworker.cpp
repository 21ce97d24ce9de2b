#include "syncworker.h"

#include "core/storage/store.h"
#include "core/sync/transport.h"
#include "core/tr.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace coop::ui {

// What runs on the sync thread: its own store connection, transport and engine. Every member is
// touched only on that thread, except `cancelled`.
class SyncJob : public QObject
{
public:
    explicit SyncJob(SyncWorker::StoreOpener opener) : m_opener(std::move(opener)) {}

    void setOpener(SyncWorker::StoreOpener opener) { m_opener = std::move(opener); }

    std::atomic_bool cancelled{false};

    // The engine talking to `server` (the one of the stored session when empty).
    Result<sync::SyncEngine *> engine(QString server = {})
    {
        if (!m_store) {
            if (!m_opener)
                return fail(ErrorCode::Internal, Tr::tr("The sync has no access to the store."));
            auto opened = m_opener();
            if (!opened)
                return fail(opened.error());
            m_store = std::move(*opened);
        }
        if (server.isEmpty()) {
            sync::HttpTransport none{QUrl()}; // status() reads the store only
            auto status = sync::SyncEngine(*m_store, none).status();
            if (!status)
                return fail(status.error());
            server = status->server;
            if (server.isEmpty())
                return fail(ErrorCode::Forbidden, Tr::tr("Not signed in to the cooperative's server."),
                            u"session"_s);
        }
        if (!m_engine || server != m_server) {
            m_engine.reset();
            m_transport = std::make_unique<sync::HttpTransport>(QUrl(server));
            m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_transport);
            m_server = server;
        }
        return m_engine.get();
    }

private:
    SyncWorker::StoreOpener m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::HttpTransport> m_transport;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QString m_server;
};

SyncWorker::SyncWorker(Store &store, StoreOpener opener, QObject *parent)
    : QObject(parent), m_store(store), m_opener(std::move(opener)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::backgroundSync);
    // Edits in any area add to the outbox: the counts follow within a few seconds.
    auto *statusTimer = new QTimer(this);
    connect(statusTimer, &QTimer::timeout, this, &SyncWorker::refreshStatus);
    statusTimer->start(5000);
    refreshStatus();
    m_state = m_status.signedIn ? State::Idle : State::SignedOut;
    if (m_status.signedIn)
        scheduleNext(5000);
}

SyncWorker::~SyncWorker()
{
    if (m_thread) {
        m_job->cancelled = true;
        // Also ends the wait of a request in flight: the engine sees no answer and stops.
        m_thread->quit();
        m_thread->wait();
    }
}

void SyncWorker::setInterval(int intervalMs, int firstDelayMs)
{
    m_intervalMs = intervalMs;
    m_timer->stop();
    if (m_status.signedIn && intervalMs > 0)
        scheduleNext(firstDelayMs);
}

void SyncWorker::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"sync"_s);
    m_job = new SyncJob(m_opener);
    m_job->moveToThread(m_thread);
    // The job (and its store connection) is destroyed on its own thread once the loop ends.
    SyncJob *job = m_job;
    connect(m_thread, &QThread::finished, job, [job] { delete job; }, Qt::DirectConnection);
    m_thread->start();
}

void SyncWorker::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncWorker::scheduleNext(int delayMs)
{
    if (delayMs <= 0 || m_intervalMs <= 0)
        return;
    m_timer->start(delayMs);
}

void SyncWorker::backgroundSync()
{
    // Without its own connection yet (the person has not given it), the background waits.
    if (m_status.signedIn && m_opener)
        syncNow();
}

void SyncWorker::setOpener(StoreOpener opener)
{
    m_opener = std::move(opener);
    if (m_job) {
        SyncJob *job = m_job;
        QMetaObject::invokeMethod(m_job, [job, opener = m_opener] { job->setOpener(opener); },
                                  Qt::QueuedConnection);
    }
    if (m_status.signedIn && m_opener && !m_busy)
        scheduleNext(1000);
}

void SyncWorker::refreshStatus()
{
    sync::HttpTransport none{QUrl()}; // status() never sends anything
    auto status = sync::SyncEngine(m_store, none).status();
    if (status)
        m_status = *status;
    if (!m_status.signedIn && !m_busy)
        setState(State::SignedOut);
    Q_EMIT statusChanged();
}

Result<QList<sync::ConflictItem>> SyncWorker::openConflicts() const
{
    return sync::LocalReplica(m_store).openConflicts();
}

Result<void> SyncWorker::resolve(qint64 conflictId, sync::Resolution resolution)
{
    auto r = sync::LocalReplica(m_store).resolve(conflictId, resolution);
    refreshStatus();
    return r;
}

void SyncWorker::signIn(const QString &server, const QString &login, const QString &password,
                        const QString &deviceName)
{
    if (m_busy)
        return;
    ensureThread();
    m_busy = true;
    m_job->cancelled = false;
    setState(State::Syncing);
    SyncJob *job = m_job;
    QMetaObject::invokeMethod(m_job, [this, job, server, login, password, deviceName] {
        Result<void> done;
        auto engine = job->engine(server);
        if (!engine)
            done = fail(engine.error());
        else
            done = (*engine)->signIn(server, login, password, deviceName);
        const Error error = done ? Error() : done.error();
        QMetaObject::invokeMethod(this, [this, ok = done.has_value(), error] {
            onSignInFinished(ok, error.code(), error.message(), error.where());
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncWorker::onSignInFinished(bool ok, ErrorCode code, const QString &message, const QString &where)
{
    m_busy = false;
    m_lastError = ok ? QString() : message;
    refreshStatus();
    setState(m_status.signedIn ? State::Idle : State::SignedOut);
    Q_EMIT signInFinished(ok, code, message, where);
    if (ok)
        syncNow(); // the first sync follows the sign-in at once
}

void SyncWorker::signOut()
{
    m_timer->stop();
    if (!m_thread) {
        // Nothing runs: the window's connection forgets the session itself.
        sync::HttpTransport none{QUrl()};
        if (auto r = sync::SyncEngine(m_store, none).signOut(); !r)
            m_lastError = r.error().message();
        refreshStatus();
        setState(State::SignedOut);
        return;
    }
    cancel();
    SyncJob *job = m_job;
    QMetaObject::invokeMethod(m_job, [this, job] {
        QString message;
        auto engine = job->engine();
        if (engine) {
            if (auto r = (*engine)->signOut(); !r)
                message = r.error().message();
        }
        QMetaObject::invokeMethod(this, [this, message] {
            m_lastError = message;
            refreshStatus();
            setState(State::SignedOut);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncWorker::syncNow()
{
    if (m_busy)
        return;
    ensureThread();
    m_timer->stop();
    m_busy = true;
    m_job->cancelled = false;
    setState(State::Syncing);
    SyncJob *job = m_job;
    QMetaObject::invokeMethod(m_job, [this, job] {
        auto engine = job->engine();
        Result<sync::SyncReport> report = sync::SyncReport();
        if (!engine) {
            report = fail(engine.error());
        } else {
            report = (*engine)->syncOnce([this, job](const sync::SyncProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] {
                    Q_EMIT progressChanged(p.phase, p.done, p.total);
                }, Qt::QueuedConnection);
                return !job->cancelled.load();
            });
        }
        const Error error = report ? Error() : report.error();
        const sync::SyncReport done = report ? *report : sync::SyncReport();
        QMetaObject::invokeMethod(this, [this, ok = report.has_value(), error, done] {
            onSyncFinished(ok, error.code(), error.message(), done);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncWorker::onSyncFinished(bool ok, ErrorCode code, const QString &message,
                                const sync::SyncReport &report)
{
    m_busy = false;
    refreshStatus();
    if (ok) {
        m_failures = 0;
        m_lastError.clear();
        m_lastReport = report;
        setState(State::Idle);
        scheduleNext(m_intervalMs);
    } else {
        m_lastError = message;
        if (code == ErrorCode::Cancelled) {
            setState(m_status.signedIn ? State::Idle : State::SignedOut);
            scheduleNext(m_intervalMs);
        } else if (!m_status.signedIn) {
            setState(State::SignedOut);
        } else {
            // No answer, or a refusal a later try may get past (the session ended: sign in).
            setState(code == ErrorCode::Io ? State::Offline : State::Failed);
            if (code != ErrorCode::Forbidden)
                scheduleNext(static_cast<int>(
                    sync::SyncEngine::backoffMs(m_failures++, QRandomGenerator::global()->generate())));
        }
    }
    Q_EMIT syncFinished(ok, message);
}

void SyncWorker::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

} // namespace coop::ui
