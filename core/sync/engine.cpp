#include "engine.h"

#include "core/sync/change.h"
#include "core/sync/failpoint.h"
#include "core/sync/protocol.h"
#include "core/sync/replica.h"

#include "core/storage/ledgerrepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace coop::sync {

namespace {

const QString kServerKey = u"sync_server"_s;
const QString kLoginKey = u"sync_login"_s;
const QString kRefreshKey = u"sync_refresh_token"_s;
const QString kLastSyncKey = u"sync_last_at"_s;

// A page of changes as received, and read.
struct FetchedPage
{
    TransportReply reply;
    QJsonObject body;
    std::optional<Result<PullPage>> page; // read when the answer is 200
};

FetchedPage readPage(TransportReply reply)
{
    FetchedPage fetched;
    fetched.reply = std::move(reply);
    if (fetched.reply.status == 200) {
        fetched.body = QJsonDocument::fromJson(fetched.reply.body).object();
        fetched.page = PullPage::fromJson(fetched.body);
    }
    return fetched;
}

// Fetches pages on a thread of its own, one after the other, through a transport spawned for the
// purpose, which lives and dies on that thread (and keeps its connection between pages), while
// the engine applies the previous page.
class PageFetcher
{
public:
    explicit PageFetcher(std::unique_ptr<Transport> transport)
        : m_thread([this, t = std::move(transport)]() mutable { run(std::move(t)); })
    {
    }
    ~PageFetcher()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    PageFetcher(const PageFetcher &) = delete;
    PageFetcher &operator=(const PageFetcher &) = delete;

    // `request` already carries its headers.
    std::future<FetchedPage> fetch(TransportRequest request)
    {
        std::promise<FetchedPage> promise;
        std::future<FetchedPage> future = promise.get_future();
        {
            const std::lock_guard lock(m_mutex);
            m_jobs.push_back({std::move(request), std::move(promise)});
        }
        m_wake.notify_one();
        return future;
    }

private:
    struct Job
    {
        TransportRequest request;
        std::promise<FetchedPage> promise;
    };

    void run(std::unique_ptr<Transport> transport)
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_stop)
                    break; // a page asked for and not fetched is no longer waited for
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job.promise.set_value(readPage(transport->send(job.request)));
        }
        transport.reset();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    std::thread m_thread; // last: started once the members it uses exist
};

// The server's error answer as an Error: what a person can act on, with the server's words.
Error replyError(const TransportReply &reply, const QString &what)
{
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString code = body.value(u"error"_s).toString();
    QString message = body.value(u"message"_s).toString();
    if (message.isEmpty())
        message = Tr::tr("the server answered %1").arg(reply.status);
    const QString text = what + u' ' + message;
    if (reply.status == 401 || reply.status == 403)
        return Error(ErrorCode::Forbidden, text, code);
    if (reply.status == 410)
        return Error(ErrorCode::Conflict, text, u"snapshot_required"_s);
    if (reply.status >= 500 || reply.status == 0)
        return Error(ErrorCode::Io, text, u"server"_s);
    return Error(ErrorCode::Conflict, text, code);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject loginBody(const QString &login, const QString &password, const QString &deviceId,
                      const QString &deviceName)
{
    return {{u"login"_s, login},
            {u"password"_s, password},
            {u"device_id"_s, deviceId},
            {u"device_name"_s, deviceName}};
}

QList<AccountMembership> membershipsOf(const QJsonObject &session)
{
    QList<AccountMembership> list;
    for (const QJsonValue &value : session.value(u"memberships"_s).toArray()) {
        const QJsonObject m = value.toObject();
        AccountMembership membership;
        membership.tenant = m.value(u"tenant"_s).toString();
        membership.role = m.value(u"role"_s).toString();
        for (const QJsonValue &activity : m.value(u"activities"_s).toArray())
            membership.activities.append(activity.toString());
        if (!membership.tenant.isEmpty())
            list.append(membership);
    }
    return list;
}

// After rows landed from the server: the documents it issued join this store's hash chain, then
// the ledger posts what was validated and has no entry yet, in validation order (ADR 008: the
// ledger is derived from the validated documents). Both only add what is missing, so a sync
// stopped between a page and this catches up at the next one. A posting the ledger refuses (a
// date in a period this store closed) does not stop the sync: the server has issued the
// document whatever this store's books say; it stays pending for `accounting post`.
bool carriesPostings(const QList<Change> &changes)
{
    static const QSet<QString> sources{u"sales_document"_s, u"payment"_s, u"expense_report"_s,
                                       u"supplier_invoice"_s, u"payroll_run"_s, u"cost_pool"_s};
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const Change &c) { return sources.contains(c.entity); });
}

Result<void> deriveFromPulled(Store &store)
{
    if (auto r = SalesRepository(store).linkSyncedDocuments(); !r)
        return fail(r.error());
    if (auto r = LedgerRepository(store).postPending(); !r)
        qWarning("sync: the ledger could not post what was pulled: %s",
                 qPrintable(r.error().toString()));
    return {};
}

} // namespace

SyncEngine::SyncEngine(Store &store, Transport &transport, SyncEngineOptions options)
    : m_store(store), m_transport(transport), m_options(options)
{
}

qint64 SyncEngine::backoffMs(int attempt, quint32 randomValue)
{
    const qint64 base = std::min<qint64>(300000, qint64(1000) << std::clamp(attempt, 0, 20));
    return base - base / 4 * static_cast<qint64>(randomValue % 1001) / 1000;
}

Result<QString> SyncEngine::meta(const QString &key) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT value FROM store_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return fail(ErrorCode::Database, Tr::tr("Cannot read the sync session: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> SyncEngine::setMeta(const QList<std::pair<QString, QString>> &values)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return fail(ErrorCode::Database, Tr::tr("Cannot save the sync session: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    for (const auto &[key, value] : values) {
        if (value.isNull()) {
            q.prepare(u"DELETE FROM store_meta WHERE key = ?"_s);
            q.addBindValue(key);
        } else {
            q.prepare(u"INSERT INTO store_meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.addBindValue(key);
            q.addBindValue(value);
        }
        if (!q.exec()) {
            const QString text = q.lastError().text();
            q.finish();
            db.rollback();
            return fail(ErrorCode::Database, Tr::tr("Cannot save the sync session: %1").arg(text));
        }
    }
    q.finish();
    if (!db.commit())
        return fail(ErrorCode::Database, Tr::tr("Cannot save the sync session: %1").arg(db.lastError().text()));
    return {};
}

Result<void> SyncEngine::saveSession(const QJsonObject &session)
{
    const QString refreshToken = session.value(u"refresh_token"_s).toString();
    const QString access = session.value(u"access_token"_s).toString();
    if (refreshToken.isEmpty() || access.isEmpty())
        return fail(ErrorCode::ParseError, Tr::tr("The server's answer has no tokens."), u"session"_s);
    // Saved before it is used: a crash now leaves the new token, which the next start uses.
    if (auto r = setMeta({{kRefreshKey, refreshToken}}); !r)
        return r;
    m_accessToken = access.toLatin1();
    return {};
}

Result<QList<AccountMembership>> SyncEngine::checkAccount(Transport &transport, const QString &login,
                                                         const QString &password,
                                                         const QString &deviceName,
                                                         const QString &deviceId)
{
    // Without the future store's id, a device id of its own for this one login (see the header).
    const QString probeDevice = !deviceId.isEmpty()
                                    ? deviceId
                                    : u"check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    TransportRequest request{"POST", u"/v1/auth/login"_s, {},
                             {{"coop-protocol", QByteArray::number(kProtocolVersion)}}, {}};
    request.body = compact(loginBody(login, password, probeDevice, deviceName));
    const TransportReply reply = transport.send(request);
    if (reply.status == 0)
        return fail(ErrorCode::Io, Tr::tr("No answer from the server: %1").arg(reply.networkError),
                    u"network"_s);
    if (reply.status != 200)
        return fail(replyError(reply, Tr::tr("Cannot sign in:")));
    const QList<AccountMembership> memberships = membershipsOf(QJsonDocument::fromJson(reply.body).object());
    if (memberships.isEmpty())
        return fail(ErrorCode::Forbidden,
                    Tr::tr("The account %1 has no role in any cooperative on this server.").arg(login),
                    u"tenant"_s);
    return memberships;
}

Result<void> SyncEngine::signIn(const QString &server, const QString &login, const QString &password,
                                const QString &deviceName)
{
    TransportRequest request{"POST", u"/v1/auth/login"_s, {}, {}, {}};
    request.body = compact(loginBody(login, password, m_store.deviceId(), deviceName));
    auto reply = call(std::move(request), false);
    if (!reply)
        return fail(reply.error());
    if (reply->status != 200)
        return fail(replyError(*reply, Tr::tr("Cannot sign in:")));
    const QJsonObject session = QJsonDocument::fromJson(reply->body).object();
    const QList<AccountMembership> memberships = membershipsOf(session);
    const auto member = std::find_if(memberships.cbegin(), memberships.cend(),
                                     [this](const AccountMembership &m) {
                                         return m.tenant == m_store.tenantId();
                                     });
    if (member == memberships.cend())
        return fail(ErrorCode::Forbidden,
                    Tr::tr("The account %1 has no role in this store's cooperative (%2) on the server.")
                        .arg(login, m_store.tenantId()),
                    u"tenant"_s);
    if (auto r = saveSession(session); !r)
        return r;
    // The role the window is shaped by (kept after signOut(): see the header). An admin covers
    // every activity and lists none: an empty value, kept as a row (a null one would delete it).
    const QString activities = member->activities.isEmpty() ? u""_s : member->activities.join(u',');
    return setMeta({{kServerKey, server},
                    {kLoginKey, login},
                    {kSyncRoleKey, member->role},
                    {kSyncActivitiesKey, activities}});
}

Result<void> SyncEngine::signOut()
{
    m_accessToken.clear();
    return setMeta({{kRefreshKey, QString()}, {kLoginKey, QString()}});
}

Result<void> SyncEngine::refresh()
{
    auto token = meta(kRefreshKey);
    if (!token)
        return fail(token.error());
    if (token->isEmpty())
        return fail(ErrorCode::Forbidden, Tr::tr("Not signed in to the cooperative's server."), u"session"_s);
    TransportRequest request{"POST", u"/v1/auth/refresh"_s, {}, {{"coop-protocol", QByteArray::number(kProtocolVersion)}}, {}};
    request.body = compact({{u"refresh_token"_s, *token}});
    const TransportReply reply = m_transport.send(request);
    if (reply.status == 0)
        return fail(ErrorCode::Io, Tr::tr("No answer from the server: %1").arg(reply.networkError), u"network"_s);
    if (reply.status != 200) {
        m_accessToken.clear();
        return fail(replyError(reply, Tr::tr("The session could not be renewed; sign in again:")));
    }
    failpoint("refresh.before_save");
    return saveSession(QJsonDocument::fromJson(reply.body).object());
}

Result<TransportReply> SyncEngine::call(TransportRequest request, bool authenticated)
{
    request.headers.insert("coop-protocol", QByteArray::number(kProtocolVersion));
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (authenticated) {
            if (m_accessToken.isEmpty()) {
                if (auto r = refresh(); !r)
                    return fail(r.error());
            }
            request.headers.insert("authorization", "Bearer " + m_accessToken);
        }
        TransportReply reply = m_transport.send(request);
        if (reply.status == 0)
            return fail(ErrorCode::Io, Tr::tr("No answer from the server: %1").arg(reply.networkError),
                        u"network"_s);
        if (authenticated && reply.status == 401 && attempt == 0) {
            const QString code = QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toString();
            if (code == "token_expired"_L1 || code == "unauthorized"_L1) {
                m_accessToken.clear();
                continue;
            }
        }
        return reply;
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Internal, QString());
}

Result<void> SyncEngine::pushAll(SyncReport &report, const ProgressFn &progress)
{
    Outbox outbox(m_store);
    LocalReplica replica(m_store);
    auto total = outbox.count();
    if (!total)
        return fail(total.error());
    qint64 done = 0;
    const QString path = u"/v1/t/%1/push"_s.arg(m_store.tenantId());
    for (;;) {
        auto ops = outbox.pending(m_options.pushBatch);
        if (!ops)
            return fail(ops.error());
        if (ops->isEmpty())
            return {};
        QJsonArray list;
        for (const Operation &op : std::as_const(*ops))
            list.append(op.toJson());
        TransportRequest request{"POST", path, {}, {}, {}};
        request.body = compact({{u"device_id"_s, m_store.deviceId()}, {u"ops"_s, list}});
        auto reply = call(std::move(request));
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(replyError(*reply, Tr::tr("The server refused the changes:")));
        const QJsonArray answers = QJsonDocument::fromJson(reply->body).object().value(u"results"_s).toArray();
        QList<OpResult> results;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QJsonObject answer = answers.at(i).toObject();
            if (answer.value(u"status"_s).toString() == "out_of_order"_L1)
                return fail(ErrorCode::Conflict,
                            Tr::tr("The server and this store disagree on the order of this device's changes "
                                   "(%1). Was the store restored from a backup? Ask the support team.")
                                .arg(answer.value(u"reason"_s).toString()),
                            u"device_seq"_s);
            auto result = OpResult::fromJson(answer);
            if (!result)
                return fail(result.error().located(u"results[%1]"_s.arg(i)));
            results.append(*result);
        }
        if (results.isEmpty())
            return fail(ErrorCode::Conflict, Tr::tr("The server acknowledged none of the changes."), u"push"_s);
        failpoint("push.before_ack");
        if (auto r = replica.acknowledge(results); !r)
            return r;
        for (const OpResult &r : std::as_const(results)) {
            ++report.pushed;
            if (r.status == OpResult::Status::Rejected)
                ++report.rejected;
            else if (r.status == OpResult::Status::Merged)
                ++report.merged;
        }
        done += results.size();
        if (progress && !progress({SyncProgress::Phase::Push, done, std::max(done, *total)}))
            return fail(ErrorCode::Cancelled, Tr::tr("Sync stopped."));
    }
}

Result<void> SyncEngine::runSnapshot(SyncReport &report, const ProgressFn &progress)
{
    LocalReplica replica(m_store);
    const QString tenant = m_store.tenantId();
    auto started = replica.snapshotInProgress(tenant);
    if (!started)
        return fail(started.error());
    QString next = *started ? (*started)->next : QString();
    bool begun = started->has_value();
    qint64 rows = *started ? (*started)->rows : 0;
    for (;;) {
        TransportRequest request{"GET", u"/v1/t/%1/snapshot"_s.arg(tenant),
                                 {{u"limit"_s, QString::number(m_options.snapshotLimit)}}, {}, {}};
        if (!next.isEmpty())
            request.query.insert(u"after"_s, next);
        auto reply = call(std::move(request));
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(replyError(*reply, Tr::tr("The server could not send its copy:")));
        auto page = SnapshotPage::fromJson(QJsonDocument::fromJson(reply->body).object());
        if (!page)
            return fail(page.error());
        if (!begun) {
            if (auto r = replica.beginSnapshot(tenant, page->cursor); !r)
                return r;
            begun = true;
        }
        if (auto r = replica.applySnapshotPage(tenant, page->rows, page->next); !r)
            return r;
        rows += page->rows.size();
        report.snapshotRows += page->rows.size();
        if (progress && !progress({SyncProgress::Phase::Snapshot, rows, 0}))
            return fail(ErrorCode::Cancelled, Tr::tr("Sync stopped."));
        if (page->next.isEmpty()) {
            if (auto r = replica.finishSnapshot(tenant); !r)
                return r;
            return deriveFromPulled(m_store);
        }
        next = page->next;
    }
}

Result<void> SyncEngine::pullAll(SyncReport &report, const ProgressFn &progress)
{
    LocalReplica replica(m_store);
    const QString tenant = m_store.tenantId();
    auto inProgress = replica.snapshotInProgress(tenant);
    if (!inProgress)
        return fail(inProgress.error());
    if (*inProgress) {
        if (auto r = runSnapshot(report, progress); !r)
            return r;
    }
    int pushesForPages = 0;
    const QString path = u"/v1/t/%1/pull"_s.arg(tenant);
    auto pageRequest = [&](qint64 cursor) {
        return TransportRequest{"GET", path,
                                {{u"cursor"_s, QString::number(cursor)},
                                 {u"limit"_s, QString::number(m_options.pullLimit)}},
                                {}, {}};
    };
    // The next page, asked for while the current one is applied: taken when it is the page of
    // the cursor reached and arrived whole, otherwise dropped and asked for again the usual way
    // (which renews an expired token, takes a snapshot, reports errors).
    std::optional<std::pair<qint64, std::future<FetchedPage>>> ahead;
    std::unique_ptr<PageFetcher> fetcher; // started at the first page that has a next one
    for (;;) {
        auto cursor = replica.cursor(tenant);
        if (!cursor)
            return fail(cursor.error());
        std::optional<FetchedPage> fetched;
        if (ahead) {
            FetchedPage early = ahead->second.get();
            if (ahead->first == *cursor && early.reply.status == 200)
                fetched = std::move(early);
            ahead.reset();
        }
        if (!fetched) {
            auto reply = call(pageRequest(*cursor));
            if (!reply)
                return fail(reply.error());
            if (reply->status == 410) {
                // The server no longer keeps the changes after our cursor: take its whole copy,
                // once our own work is on the server (never discarded).
                if (auto r = pushAll(report, progress); !r)
                    return r;
                if (auto r = runSnapshot(report, progress); !r)
                    return r;
                continue;
            }
            if (reply->status != 200)
                return fail(replyError(*reply, Tr::tr("The server could not send its changes:")));
            fetched = readPage(std::move(*reply));
        }
        if (!*fetched->page)
            return fail((*fetched->page).error());
        const PullPage &page = **fetched->page;
        if (page.more && !m_accessToken.isEmpty()) {
            TransportRequest next = pageRequest(page.cursor);
            next.headers.insert("coop-protocol", QByteArray::number(kProtocolVersion));
            next.headers.insert("authorization", "Bearer " + m_accessToken);
            if (!fetcher) {
                if (std::unique_ptr<Transport> spawned = m_transport.spawn())
                    fetcher = std::make_unique<PageFetcher>(std::move(spawned));
            }
            if (fetcher)
                ahead.emplace(page.cursor, fetcher->fetch(std::move(next)));
        }
        auto outcome = replica.applyPage(tenant, page.changes, page.cursor);
        if (!outcome)
            return fail(outcome.error());
        if (outcome->status == ApplyOutcome::Status::OutboxNotEmpty) {
            // Someone edited during the sync: their work goes first, then the page again.
            if (++pushesForPages > 5)
                return {};
            if (auto r = pushAll(report, progress); !r)
                return r;
            continue;
        }
        if (carriesPostings(page.changes)) {
            if (auto r = deriveFromPulled(m_store); !r)
                return r;
        }
        report.pulled += page.changes.size();
        report.cursor = page.cursor;
        const qint64 head = fetched->body.value(u"head"_s).toInteger(page.cursor);
        if (progress && !progress({SyncProgress::Phase::Pull, page.cursor, head}))
            return fail(ErrorCode::Cancelled, Tr::tr("Sync stopped."));
        if (!page.more)
            return {};
    }
}

Result<SyncReport> SyncEngine::syncOnce(const ProgressFn &progress)
{
    SyncReport report;
    if (auto r = pushAll(report, progress); !r)
        return fail(r.error());
    if (auto r = pullAll(report, progress); !r)
        return fail(r.error());
    if (auto r = setMeta({{kLastSyncKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}); !r)
        return fail(r.error());
    return report;
}

Result<SyncStatus> SyncEngine::status() const
{
    SyncStatus s;
    for (auto [key, target] : {std::pair{kServerKey, &s.server}, std::pair{kLoginKey, &s.login}}) {
        auto v = meta(key);
        if (!v)
            return fail(v.error());
        *target = *v;
    }
    auto refreshToken = meta(kRefreshKey);
    if (!refreshToken)
        return fail(refreshToken.error());
    s.signedIn = !refreshToken->isEmpty();
    auto last = meta(kLastSyncKey);
    if (!last)
        return fail(last.error());
    s.lastSync = QDateTime::fromString(*last, Qt::ISODateWithMs);
    auto pending = Outbox(m_store).count();
    if (!pending)
        return fail(pending.error());
    s.pendingOperations = *pending;
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT count(*) FROM conflict WHERE resolved_at IS NULL"_s) || !q.next())
        return fail(ErrorCode::Database, Tr::tr("Cannot read the conflict inbox: %1").arg(q.lastError().text()));
    s.openConflicts = q.value(0).toLongLong();
    return s;
}

} // namespace coop::sync
