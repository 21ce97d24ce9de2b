#include "syncservice.h"

#include "commands.h"
#include "database.h"

#include "core/operation.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

// Entities that only the support team writes (DESIGN.md §7: contracts, rates, settings, people,
// payments): an entrepreneur's operation on them is refused with a reason.
const QSet<QString> &supportOnlyEntities()
{
    static const QSet<QString> set{u"setting"_s,     u"cooperative"_s, u"activity"_s,
                                   u"entrepreneur"_s, u"interview"_s,   u"contract"_s,
                                   u"contribution_scale"_s, u"cost_pool"_s, u"payment"_s};
    return set;
}

// Rows that carry no activity_id take their scope from a parent row.
struct ParentLink
{
    QString entity;
    QString field;
};

const QHash<QString, ParentLink> &parentLinks()
{
    static const QHash<QString, ParentLink> links{
        {u"interview"_s, {u"entrepreneur"_s, u"entrepreneur_id"_s}},
        {u"payment"_s, {u"sales_document"_s, u"document_id"_s}},
    };
    return links;
}

enum class Frozen { No, ForEntrepreneurs, ForAll };

// What the local stores' triggers freeze, the server freezes too: a validated invoice or credit
// note and a recorded payment change only through the server's commands; a validated expense
// report or supplier invoice only by the support team (payment, notes); an allocated pool never.
Frozen frozenState(const QString &entity, const QJsonObject &fields)
{
    const QString status = fields.value(u"status"_s).toString();
    if (entity == "sales_document"_L1)
        return status.isEmpty() || status == "draft"_L1 ? Frozen::No : Frozen::ForAll;
    if (entity == "payment"_L1)
        return Frozen::ForAll;
    if (entity == "cost_pool"_L1)
        return status == "allocated"_L1 ? Frozen::ForAll : Frozen::No;
    if (entity == "expense_report"_L1 || entity == "supplier_invoice"_L1)
        return status == "validated"_L1 || status == "paid"_L1 ? Frozen::ForEntrepreneurs : Frozen::No;
    return Frozen::No;
}

// The statuses an entrepreneur may give a document: drafting and submitting are theirs,
// validating is the support team's (and, for invoices, the server's command).
bool entrepreneurMaySetStatus(const QString &entity, const QJsonObject &fields)
{
    if (!fields.contains(u"status"_s))
        return true;
    if (entity != "sales_document"_L1 && entity != "expense_report"_L1 && entity != "supplier_invoice"_L1)
        return true;
    const QString status = fields.value(u"status"_s).toString();
    return status == "draft"_L1 || status == "submitted"_L1;
}

// The keys PostgreSQL indexes (a row's id, the activity that scopes it) must fit in one index
// entry (about 2.7 kB): a longer one is refused with a reason instead of failing the push.
constexpr qsizetype kMaxKeyLength = 256;

bool isEntityName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The statement with libpq's $1, $2… in place of QtSql's ? placeholders (none of the statements
// given here has a question mark anywhere else).
QString numberedPlaceholders(const QString &sql)
{
    QString out;
    int n = 0;
    for (const QChar c : sql) {
        if (c == u'?')
            out += u'$' + QString::number(++n);
        else
            out += c;
    }
    return out;
}

// A JSON string literal of `text`, in UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

qint64 versionIn(const QJsonObject &o, const QString &key)
{
    return o.value(key).toVariant().toLongLong();
}

QString scopeText(const std::optional<QString> &scope)
{
    return scope.value_or(QString());
}


struct RowState
{
    bool exists = false;
    std::optional<QString> scope;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject fieldVersions;
    QJsonObject deviceVersions;
};

QJsonObject opResult(const Operation &op, const QString &status, qint64 version,
                     const QString &reason = {}, const QJsonArray &conflicts = {})
{
    QJsonObject r{
        {u"op_id"_s, op.opId.toString(QUuid::WithoutBraces)},
        {u"device_seq"_s, op.deviceSeq},
        {u"status"_s, status},
        {u"version"_s, version},
    };
    if (!reason.isEmpty())
        r.insert(u"reason"_s, reason);
    if (!conflicts.isEmpty())
        r.insert(u"conflicts"_s, conflicts);
    return r;
}

QJsonObject conflict(const QString &field, const QJsonValue &local, const QJsonValue &server)
{
    return {{u"field"_s, field}, {u"local_value"_s, local}, {u"server_value"_s, server}};
}

QString activitiesJson(const Membership &m)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.activities)).toJson(QJsonDocument::Compact));
}

Error forbidden(const QString &what, const QString &where = u"tenant"_s)
{
    return Error(ErrorCode::Forbidden, what, where);
}

// One push: its transaction, the request, the options. Rows are read once (the batch's rows in
// one query, locked) and changed in memory; the new rows, their change-log entries and the
// operations' results are written together by flush(), so a push of a hundred operations costs
// about a dozen statements, not six hundred. The tenant's clock row is locked at the first change
// and its counter written at the flush: sequence numbers still follow commit order.
class Work
{
public:
    Work(Database &db, const RequestContext &ctx, const SyncOptions &options, Transaction &tx)
        : m_db(db), m_ctx(ctx), m_options(options), m_tx(tx) {}

    Result<std::optional<QString>> scopeOf(const QString &entity, const QString &id,
                                           const QJsonObject &fields);
    // Reads the rows of these operations at once (locked), so that apply() finds them in memory.
    Result<void> prefetch(const QList<Operation> &ops);
    Result<RowState> load(const QString &entity, const QString &id);
    // The change-log numbers of `count` changes: from the tenant's clock (locked) or, in the
    // test-only global mode, from the global sequence.
    Result<QList<qint64>> takeSeqs(qsizetype count);
    // Takes the tenant's clock row before anything else: every writer locks the clock first,
    // then rows, so two pushes (or a push and a command) never wait for each other in a circle.
    Result<void> lockClock();
    Result<void> write(const QString &entity, const QString &id, const RowState &row);
    Result<QJsonObject> apply(const Operation &op);
    void recordResult(const Operation &op, const QJsonObject &result);
    // The device's last applied operation, written with the next flush.
    void recordProgress(qint64 lastSeq) { m_progress = lastSeq; }
    // Writes what is pending (rows, change log, results, the clock).
    Result<void> flush();
    // Empty when allowed; otherwise the reason, for the op's result.
    QString refusal(const QString &entity, const std::optional<QString> &scope,
                    const QJsonObject &newFields) const;

private:
    // A statement prepared once on this thread's connection and kept with it.
    QSqlQuery &statement(const QString &sql);
    static QString key(const QString &entity, const QString &id) { return entity + u'\x1f' + id; }

    Database &m_db;
    const RequestContext &m_ctx;
    const SyncOptions &m_options;
    Transaction &m_tx;
    std::map<QString, QSqlQuery> m_fallback;
    QHash<QString, RowState> m_rows;
    QStringList m_dirty; // rows written, in the order of their first write
    QSet<QString> m_dirtySet;
    QByteArray m_results; // the operations' answers, as the JSON array's items
    std::optional<qint64> m_nextSeq;
    qint64 m_clockAtStart = 0;
    std::optional<qint64> m_progress;
};

QSqlQuery &Work::statement(const QString &sql)
{
    if (auto cached = m_db.statement(Database::Role::Service, sql))
        return **cached;
    // Could not prepare: a statement of this work only, whose exec() reports the reason.
    auto it = m_fallback.find(sql);
    if (it == m_fallback.end()) {
        it = m_fallback.emplace(sql, QSqlQuery(m_tx.db())).first;
        it->second.prepare(sql);
    }
    return it->second;
}

Result<std::optional<QString>> Work::scopeOf(const QString &entity, const QString &id,
                                             const QJsonObject &fields)
{
    if (entity == "activity"_L1)
        return std::optional<QString>(id);
    const QString activity = fields.value(u"activity_id"_s).toString();
    if (activity.size() > kMaxKeyLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("invalid: an activity id has at most %1 characters").arg(kMaxKeyLength),
                    u"activity_id"_s);
    if (!activity.isEmpty())
        return std::optional<QString>(activity);
    const auto link = parentLinks().constFind(entity);
    if (link == parentLinks().cend())
        return std::optional<QString>();
    const QString parentId = fields.value(link->field).toString();
    auto parent = load(link->entity, parentId);
    if (!parent)
        return fail(parent.error());
    if (!parent->exists || parent->deleted)
        return fail(ErrorCode::NotFound,
                    Tr::tr("%1 \"%2\" refers to %3 \"%4\", which the server does not have.")
                        .arg(entity, id, link->entity, parentId),
                    link->field);
    return parent->scope;
}

RowState rowFrom(const QSqlQuery &q, int at)
{
    RowState row;
    row.exists = true;
    if (!q.value(at).isNull())
        row.scope = q.value(at).toString();
    row.version = q.value(at + 1).toLongLong();
    row.deleted = q.value(at + 2).toBool();
    row.fields = parseObject(q.value(at + 3));
    row.fieldVersions = parseObject(q.value(at + 4));
    row.deviceVersions = parseObject(q.value(at + 5));
    return row;
}

Result<void> Work::prefetch(const QList<Operation> &ops)
{
    QJsonArray keys;
    for (const Operation &op : ops) {
        if (op.kind != Operation::Kind::Command && !m_rows.contains(key(op.entity, op.entityId))) {
            keys.append(QJsonObject{{u"e"_s, op.entity}, {u"i"_s, op.entityId}});
            m_rows.insert(key(op.entity, op.entityId), RowState{});
        }
    }
    if (keys.isEmpty())
        return {};
    // One index probe a key, in key order (the order every writer locks rows in): the lateral
    // subquery with its lock is never flattened, so the planner cannot turn it into a scan of
    // the tenant's rows, whatever it believes of the key list's size.
    QSqlQuery &q = statement(u"SELECT r.entity, r.id, r.scope, r.version, r.deleted, r.fields, "
                             "r.field_versions, r.device_versions FROM (SELECT DISTINCT e, i "
                             "FROM jsonb_to_recordset(?::jsonb) AS k(e text, i text) ORDER BY e, i) k "
                             "CROSS JOIN LATERAL (SELECT x.entity, x.id, x.scope, x.version, x.deleted, "
                             "x.fields::text, x.field_versions::text, x.device_versions::text "
                             "FROM entity_row x WHERE x.tenant_id = ? AND x.entity = k.e AND x.id = k.i "
                             "FOR UPDATE) r"_s);
    q.addBindValue(jsonText(keys));
    q.addBindValue(m_ctx.tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the rows of the push:"), q));
    while (q.next())
        m_rows.insert(key(q.value(0).toString(), q.value(1).toString()), rowFrom(q, 2));
    q.finish();
    return {};
}

Result<RowState> Work::load(const QString &entity, const QString &id)
{
    const auto cached = m_rows.constFind(key(entity, id));
    if (cached != m_rows.cend())
        return *cached;
    QSqlQuery &q = statement(u"SELECT scope, version, deleted, fields::text, field_versions::text, "
                             "device_versions::text FROM entity_row WHERE tenant_id = ? AND entity = ? "
                             "AND id = ? FOR UPDATE"_s);
    q.addBindValue(m_ctx.tenant);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read %1 \"%2\":").arg(entity, id), q));
    const RowState row = q.next() ? rowFrom(q, 0) : RowState{};
    q.finish();
    m_rows.insert(key(entity, id), row);
    return row;
}

Result<QList<qint64>> Work::takeSeqs(qsizetype count)
{
    QList<qint64> seqs;
    seqs.reserve(count);
    if (m_options.cursorMode == CursorMode::GlobalSerial) {
        QSqlQuery &g = statement(u"SELECT nextval('change_log_global_seq')"_s);
        for (qsizetype i = 0; i < count; ++i) {
            if (!g.exec() || !g.next())
                return fail(databaseError(Tr::tr("Cannot number the change:"), g));
            seqs.append(g.value(0).toLongLong());
            g.finish();
        }
        return seqs;
    }
    if (auto r = lockClock(); !r)
        return fail(r.error());
    for (qsizetype i = 0; i < count; ++i)
        seqs.append((*m_nextSeq)++);
    return seqs;
}

Result<void> Work::lockClock()
{
    if (m_nextSeq || m_options.cursorMode == CursorMode::GlobalSerial)
        return {};
    // Locked until this transaction ends: the next writer of the tenant waits, so sequence
    // numbers become visible in the order they were given.
    QSqlQuery &q = statement(u"SELECT next_seq FROM tenant_clock WHERE tenant_id = ? FOR UPDATE"_s);
    q.addBindValue(m_ctx.tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot number the change:"), q));
    if (!q.next())
        return fail(forbidden(Tr::tr("There is no tenant \"%1\" for this user.").arg(m_ctx.tenant)));
    m_clockAtStart = q.value(0).toLongLong();
    m_nextSeq = m_clockAtStart;
    q.finish();
    return {};
}

Result<void> Work::write(const QString &entity, const QString &id, const RowState &row)
{
    // The clock first, before any other row is locked after this write.
    if (auto r = lockClock(); !r)
        return fail(r.error());
    RowState written = row;
    written.exists = true;
    const QString k = key(entity, id);
    if (!m_dirtySet.contains(k)) {
        m_dirtySet.insert(k);
        m_dirty.append(k);
    }
    m_rows.insert(k, written);
    return {};
}

void Work::recordResult(const Operation &op, const QJsonObject &result)
{
    if (!m_results.isEmpty())
        m_results += ',';
    m_results += "{\"op_id\":\"" + op.opId.toString(QUuid::WithoutBraces).toLatin1()
                 + "\",\"device_seq\":" + QByteArray::number(op.deviceSeq)
                 + ",\"result\":" + QJsonDocument(result).toJson(QJsonDocument::Compact) + '}';
}

Result<void> Work::flush()
{
    // A row written several times by this push is logged once, in its final state: the change
    // log holds whole rows and the push commits at once, so no reader could have seen the steps.
    QList<qint64> seqs;
    if (!m_dirty.isEmpty()) {
        auto taken = takeSeqs(m_dirty.size());
        if (!taken)
            return fail(taken.error());
        seqs = std::move(*taken);
    }
    QByteArray rows = "[";
    rows.reserve(512 * m_dirty.size() + 2);
    for (qsizetype i = 0; i < m_dirty.size(); ++i) {
        const QString &k = m_dirty.at(i);
        const RowState &row = m_rows[k];
        const qsizetype split = k.indexOf(u'\x1f');
        if (i > 0)
            rows += ',';
        rows += "{\"entity\":";
        appendJsonString(rows, QStringView(k).left(split));
        rows += ",\"id\":";
        appendJsonString(rows, QStringView(k).mid(split + 1));
        rows += ",\"scope\":";
        if (row.scope)
            appendJsonString(rows, *row.scope);
        else
            rows += "null";
        rows += ",\"version\":" + QByteArray::number(row.version)
                + ",\"deleted\":" + (row.deleted ? "true" : "false")
                + ",\"fields\":" + QJsonDocument(row.fields).toJson(QJsonDocument::Compact)
                + ",\"field_versions\":" + QJsonDocument(row.fieldVersions).toJson(QJsonDocument::Compact)
                + ",\"device_versions\":" + QJsonDocument(row.deviceVersions).toJson(QJsonDocument::Compact)
                + ",\"changed_seq\":" + QByteArray::number(seqs.at(i)) + '}';
    }
    rows += ']';
    const bool clockMoved = m_nextSeq && *m_nextSeq != m_clockAtStart;
    if (m_dirty.isEmpty() && m_results.isEmpty() && !clockMoved && !m_progress)
        return {};
    // The rows, their change-log entries (from the rows as written), the operations' answers,
    // the clock and the device's progress in one statement, one round trip: each part of the
    // WITH runs once, whether or not it is read.
    static const QString sql = u"WITH p AS (SELECT ?::text AS tenant, ?::text AS device, ?::jsonb AS rows, "
        "?::jsonb AS results, ?::bigint AS next_seq, ?::bigint AS last_seq), "
        "w AS (INSERT INTO entity_row (tenant_id, entity, id, scope, version, deleted, fields, "
        "field_versions, device_versions, changed_seq) "
        "SELECT p.tenant, r.entity, r.id, r.scope, r.version, r.deleted, r.fields, r.field_versions, "
        "r.device_versions, r.changed_seq FROM p, jsonb_to_recordset(p.rows) AS r(entity text, "
        "id text, scope text, version bigint, deleted boolean, fields jsonb, field_versions jsonb, "
        "device_versions jsonb, changed_seq bigint) "
        "ON CONFLICT (tenant_id, entity, id) DO UPDATE SET scope = excluded.scope, "
        "version = excluded.version, deleted = excluded.deleted, fields = excluded.fields, "
        "field_versions = excluded.field_versions, device_versions = excluded.device_versions, "
        "changed_seq = excluded.changed_seq "
        "RETURNING tenant_id, changed_seq, entity, id, scope, version, deleted, fields), "
        "l AS (INSERT INTO change_log (tenant_id, seq, entity, id, scope, version, deleted, fields) "
        "SELECT tenant_id, changed_seq, entity, id, scope, version, deleted, "
        "CASE WHEN deleted THEN '{}'::jsonb ELSE fields END FROM w), "
        "a AS (INSERT INTO applied_op (op_id, tenant_id, device_id, device_seq, result) "
        "SELECT a.op_id::uuid, p.tenant, p.device, a.device_seq, a.result "
        "FROM p, jsonb_to_recordset(p.results) AS a(op_id text, device_seq bigint, result jsonb)), "
        "c AS (UPDATE tenant_clock SET next_seq = p.next_seq FROM p "
        "WHERE p.next_seq IS NOT NULL AND tenant_id = p.tenant), "
        "d AS (UPDATE device_progress SET last_seq = p.last_seq FROM p "
        "WHERE p.last_seq IS NOT NULL AND tenant_id = p.tenant AND device_id = p.device) "
        "SELECT 1"_s;
    static const QString numberedSql = numberedPlaceholders(sql);
    const QByteArray resultsJson = '[' + m_results + ']';
    // libpq's own parameters when the connection allows (the JSON is sent as it is), else QPSQL's.
    auto direct = m_tx.execDirect(
        "coop_push_flush", numberedSql,
        {m_ctx.tenant.toUtf8(), m_ctx.deviceId.toUtf8(), rows, resultsJson,
         clockMoved ? std::optional(QByteArray::number(*m_nextSeq)) : std::nullopt,
         m_progress ? std::optional(QByteArray::number(*m_progress)) : std::nullopt},
        Tr::tr("Cannot write the rows of the push:"));
    if (!direct)
        return fail(direct.error());
    if (!*direct) {
        QSqlQuery &q = statement(sql);
        q.addBindValue(m_ctx.tenant);
        q.addBindValue(m_ctx.deviceId);
        q.addBindValue(QString::fromUtf8(rows));
        q.addBindValue(QString::fromUtf8(resultsJson));
        q.addBindValue(clockMoved ? QVariant(*m_nextSeq) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(m_progress ? QVariant(*m_progress) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return fail(databaseError(Tr::tr("Cannot write the rows of the push:"), q));
        q.finish();
    }
    m_dirty.clear();
    m_dirtySet.clear();
    m_results.clear();
    if (clockMoved)
        m_clockAtStart = *m_nextSeq;
    m_progress.reset();
    return {};
}

QString Work::refusal(const QString &entity, const std::optional<QString> &scope,
                      const QJsonObject &newFields) const
{
    if (!m_options.serviceFilter)
        return {};
    const Membership &m = *m_ctx.membership;
    if (!m.covers(scopeText(scope)))
        return Tr::tr("forbidden: activity %1 is outside your role").arg(scopeText(scope));
    if (m.role != Role::Entrepreneur)
        return {};
    if (!scope)
        return Tr::tr("forbidden: the cooperative's %1 is edited by the support team").arg(entity);
    if (supportOnlyEntities().contains(entity))
        return Tr::tr("forbidden: %1 is edited by the support team").arg(entity);
    if (!entrepreneurMaySetStatus(entity, newFields))
        return Tr::tr("forbidden: only the support team validates a %1").arg(entity);
    return {};
}

Result<QJsonObject> Work::apply(const Operation &op)
{
    if (op.kind == Operation::Kind::Command) {
        // The server's commands (commands.h) read and write rows through this push.
        struct Host : CommandHost
        {
            Work &work;
            explicit Host(Work &w) : work(w) {}
            const RequestContext &context() const override { return work.m_ctx; }
            bool serviceFilter() const override { return work.m_options.serviceFilter; }
            QSqlQuery &statement(const QString &sql) override { return work.statement(sql); }
            Result<CommandRow> load(const QString &entity, const QString &id) override
            {
                auto row = work.load(entity, id);
                if (!row)
                    return fail(row.error());
                return CommandRow{row->exists, row->scope, row->version, row->deleted,
                                  row->fields, row->fieldVersions, row->deviceVersions};
            }
            Result<void> write(const QString &entity, const QString &id, const CommandRow &row) override
            {
                return work.write(entity, id,
                                  RowState{row.exists, row.scope, row.version, row.deleted,
                                           row.fields, row.fieldVersions, row.deviceVersions});
            }
        } host(*this);
        // A command may read rows with its own statements: what this push changed so far is
        // written first.
        if (auto r = flush(); !r)
            return fail(r.error());
        return runCommand(host, op);
    }
    if (!isEntityName(op.entity))
        return opResult(op, u"rejected"_s, 0, Tr::tr("\"%1\" is not an entity").arg(op.entity));
    if (op.entityId.size() > kMaxKeyLength)
        return opResult(op, u"rejected"_s, 0, Tr::tr("invalid: an id has at most %1 characters").arg(kMaxKeyLength));

    QJsonObject incoming = op.fields;
    incoming.remove(u"id"_s);
    incoming.remove(u"version"_s);

    auto loaded = load(op.entity, op.entityId);
    if (!loaded)
        return fail(loaded.error());
    RowState row = *loaded;
    const QString device = m_ctx.deviceId;
    // What this device has seen of the row: its base, or the version its own last change made
    // (after which every concurrent change was merged against it).
    const qint64 base = std::max(op.baseVersion, versionIn(row.deviceVersions, device));

    if (op.kind == Operation::Kind::Delete) {
        if (!row.exists)
            return opResult(op, u"rejected"_s, 0, Tr::tr("the server has no such row"));
        if (row.deleted)
            return opResult(op, u"applied"_s, row.version);
        if (const QString why = refusal(op.entity, row.scope, {}); !why.isEmpty())
            return opResult(op, u"rejected"_s, row.version, why);
        if (frozenState(op.entity, row.fields) != Frozen::No)
            return opResult(op, u"rejected"_s, row.version,
                            Tr::tr("immutable: a validated document cannot be deleted"));
        QJsonArray changedBehind;
        for (auto it = row.fieldVersions.constBegin(); it != row.fieldVersions.constEnd(); ++it) {
            if (it.value().toVariant().toLongLong() > base)
                changedBehind.append(conflict(it.key(), QJsonValue::Null, row.fields.value(it.key())));
        }
        if (!changedBehind.isEmpty())
            return opResult(op, u"rejected"_s, row.version,
                            Tr::tr("changed on the server since; not deleted"), changedBehind);
        row.version += 1;
        row.deleted = true;
        row.deviceVersions.insert(device, row.version);
        if (auto r = write(op.entity, op.entityId, row); !r)
            return fail(r.error());
        return opResult(op, u"applied"_s, row.version);
    }

    if (!row.exists) {
        if (op.kind == Operation::Kind::Update)
            return opResult(op, u"rejected"_s, 0, Tr::tr("the server has no such row"));
        auto scope = scopeOf(op.entity, op.entityId, incoming);
        if (!scope)
            return opResult(op, u"rejected"_s, 0, scope.error().message());
        if (const QString why = refusal(op.entity, *scope, incoming); !why.isEmpty())
            return opResult(op, u"rejected"_s, 0, why);
        row.scope = *scope;
        row.version = 1;
        row.fields = incoming;
        for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it)
            row.fieldVersions.insert(it.key(), 1);
        row.deviceVersions.insert(device, 1);
        if (auto r = write(op.entity, op.entityId, row); !r)
            return fail(r.error());
        return opResult(op, u"applied"_s, 1);
    }

    if (row.deleted)
        return opResult(op, u"rejected"_s, row.version, Tr::tr("deleted on the server"));
    const Frozen frozen = frozenState(op.entity, row.fields);
    if (frozen == Frozen::ForAll
        || (frozen == Frozen::ForEntrepreneurs && m_options.serviceFilter
            && m_ctx.membership->role == Role::Entrepreneur))
        return opResult(op, u"rejected"_s, row.version,
                        Tr::tr("immutable: a validated document cannot be changed"));
    if (const QString why = refusal(op.entity, row.scope, incoming); !why.isEmpty())
        return opResult(op, u"rejected"_s, row.version, why);

    // Field by field: a field changed behind this device's back keeps the server's value (the
    // first to reach the server wins) and ours goes back as a conflict.
    const qint64 newVersion = row.version + 1;
    QJsonObject merged = row.fields;
    QJsonArray conflicts;
    bool changed = false;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const QJsonValue current = row.fields.value(it.key());
        if (current == it.value())
            continue;
        if (row.fieldVersions.value(it.key()).toVariant().toLongLong() > base) {
            conflicts.append(conflict(it.key(), it.value(), current));
            continue;
        }
        merged.insert(it.key(), it.value());
        row.fieldVersions.insert(it.key(), newVersion);
        changed = true;
    }
    const QString status = conflicts.isEmpty() ? u"applied"_s : u"merged"_s;
    if (!changed)
        return opResult(op, status, row.version, {}, conflicts);
    auto scope = scopeOf(op.entity, op.entityId, merged);
    if (!scope)
        return opResult(op, u"rejected"_s, row.version, scope.error().message());
    if (const QString why = refusal(op.entity, *scope, merged); !why.isEmpty())
        return opResult(op, u"rejected"_s, row.version, why);
    row.scope = *scope;
    row.fields = merged;
    row.version = newVersion;
    row.deviceVersions.insert(device, newVersion);
    if (auto r = write(op.entity, op.entityId, row); !r)
        return fail(r.error());
    return opResult(op, status, newVersion, {}, conflicts);
}

Result<void> checkMember(const RequestContext &ctx, const SyncOptions &options)
{
    if (options.serviceFilter && !ctx.membership)
        return fail(forbidden(Tr::tr("You are not a member of \"%1\".").arg(ctx.tenant)));
    return {};
}

// The request as admitted inside its transaction: the device and membership checked now when
// the API left them to the transaction (RequestContext::checkAccess), then the membership rule.
Result<RequestContext> admit(const RequestContext &ctx, const SyncOptions &options)
{
    RequestContext admitted = ctx;
    if (admitted.checkAccess) {
        auto membership = admitted.checkAccess();
        if (!membership)
            return fail(membership.error());
        admitted.membership = *membership;
        admitted.checkAccess = nullptr;
    }
    if (auto r = checkMember(admitted, options); !r)
        return fail(r.error());
    return admitted;
}

// The filter a pull or snapshot adds for a user who does not see the whole tenant.
bool seesAll(const RequestContext &ctx, const SyncOptions &options)
{
    return !options.serviceFilter || (ctx.membership && ctx.membership->role == Role::Admin);
}

Result<std::pair<qint64, qint64>> head(Transaction &tx, const RequestContext &ctx,
                                       const SyncOptions &options)
{
    QSqlQuery q(tx.db());
    q.prepare(u"SELECT next_seq - 1, pruned_to FROM tenant_clock WHERE tenant_id = ?"_s);
    q.addBindValue(ctx.tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the change log:"), q));
    if (!q.next())
        return fail(forbidden(Tr::tr("There is no tenant \"%1\" for this user.").arg(ctx.tenant)));
    qint64 last = q.value(0).toLongLong();
    const qint64 pruned = q.value(1).toLongLong();
    if (options.cursorMode == CursorMode::GlobalSerial) {
        q.prepare(u"SELECT coalesce(max(seq), 0) FROM change_log WHERE tenant_id = ?"_s);
        q.addBindValue(ctx.tenant);
        if (!q.exec() || !q.next())
            return fail(databaseError(Tr::tr("Cannot read the change log:"), q));
        last = q.value(0).toLongLong();
    }
    return std::pair{last, pruned};
}

} // namespace

SyncService::SyncService(Database &db, SyncOptions options) : m_db(db), m_options(std::move(options)) {}

Result<QJsonObject> SyncService::push(const RequestContext &request, const QJsonObject &body)
{
    if (!request.checkAccess) {
        if (auto r = checkMember(request, m_options); !r)
            return fail(r.error());
    }
    RequestContext ctx = request;
    if (m_options.serviceFilter && body.value(u"device_id"_s).toString() != ctx.deviceId)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The device of the push is not the device of the token."), u"device_id"_s);
    const QJsonValue opsValue = body.value(u"ops"_s);
    if (!opsValue.isArray())
        return fail(ErrorCode::ParseError, Tr::tr("a list of operations is required"), u"ops"_s);
    const QJsonArray opsJson = opsValue.toArray();
    if (opsJson.size() > m_options.maxOpsPerPush)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("At most %1 operations per push.").arg(m_options.maxOpsPerPush), u"ops"_s);
    QList<Operation> ops;
    ops.reserve(opsJson.size());
    for (qsizetype i = 0; i < opsJson.size(); ++i) {
        auto op = Operation::fromJson(opsJson.at(i).toObject());
        if (!op)
            return fail(op.error().located(u"ops[%1].%2"_s.arg(i).arg(op.error().where())));
        if (m_options.serviceFilter && op->tenant != ctx.tenant)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The operation is for tenant \"%1\", not \"%2\".").arg(op->tenant, ctx.tenant),
                        u"ops[%1].tenant"_s.arg(i));
        ops.append(*op);
    }

    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    Transaction tx(*conn);
    // The work outlives the lambda: a failed request is rolled back before it is released.
    Work work(m_db, ctx, m_options, tx);
    auto run = [&]() -> Result<QJsonObject> {
        if (auto r = tx.beginAs(ctx.userId); !r)
            return fail(r.error());
        if (ctx.checkAccess) {
            auto admitted = admit(ctx, m_options);
            if (!admitted)
                return fail(admitted.error());
            ctx = *admitted;
        }
        auto progress = m_db.statement(Database::Role::Service,
                                       u"INSERT INTO device_progress (tenant_id, device_id) VALUES (?, ?) "
                                       "ON CONFLICT (tenant_id, device_id) DO UPDATE SET last_seq = "
                                       "device_progress.last_seq RETURNING last_seq"_s);
        if (!progress)
            return fail(progress.error());
        QSqlQuery &q = **progress;
        q.addBindValue(ctx.tenant);
        q.addBindValue(ctx.deviceId);
        if (!q.exec() || !q.next())
            return fail(databaseError(Tr::tr("Cannot read the device's progress:"), q));
        qint64 lastSeq = q.value(0).toLongLong();
        q.finish();
        const qint64 startSeq = lastSeq;

        // The answers already given to these operations (a retry, a duplicate).
        QHash<QString, QJsonObject> answered;
        {
            // An array of the primary key's type: one index probe an operation.
            QString ids = u"{"_s;
            for (const Operation &op : std::as_const(ops)) {
                if (ids.size() > 1)
                    ids += u',';
                ids += op.opId.toString(QUuid::WithoutBraces);
            }
            ids += u'}';
            auto seen = m_db.statement(Database::Role::Service,
                                       u"SELECT op_id::text, result::text FROM applied_op "
                                       "WHERE op_id = ANY (?::uuid[])"_s);
            if (!seen)
                return fail(seen.error());
            (*seen)->addBindValue(ids);
            if (!(*seen)->exec())
                return fail(databaseError(Tr::tr("Cannot read the applied operations:"), **seen));
            while ((*seen)->next())
                answered.insert((*seen)->value(0).toString(), parseObject((*seen)->value(1)));
            (*seen)->finish();
        }
        const bool writes = std::any_of(ops.cbegin(), ops.cend(), [&](const Operation &op) {
            return !answered.contains(op.opId.toString(QUuid::WithoutBraces));
        });
        if (writes) {
            if (auto r = work.lockClock(); !r)
                return fail(r.error());
        }
        if (auto r = work.prefetch(ops); !r)
            return fail(r.error());

        QJsonArray results;
        for (const Operation &op : std::as_const(ops)) {
            const QString id = op.opId.toString(QUuid::WithoutBraces);
            if (const auto known = answered.constFind(id); known != answered.cend()) {
                results.append(*known);
                continue;
            }
            if (op.deviceSeq != lastSeq + 1) {
                results.append(opResult(op, u"out_of_order"_s, 0,
                                        Tr::tr("expected operation %1 of this device first").arg(lastSeq + 1)));
                break;
            }
            auto result = work.apply(op);
            if (!result)
                return fail(result.error());
            work.recordResult(op, *result);
            answered.insert(id, *result);
            results.append(*result);
            lastSeq = op.deviceSeq;
        }
        if (lastSeq != startSeq)
            work.recordProgress(lastSeq);
        if (auto r = work.flush(); !r)
            return fail(r.error());
        if (m_options.beforePushCommit)
            m_options.beforePushCommit();
        if (auto r = tx.commit(); !r)
            return fail(r.error());
        return QJsonObject{{u"results"_s, results}};
    };
    auto result = run();
    if (!result)
        tx.rollback();
    return result;
}

Result<QJsonObject> SyncService::pull(const RequestContext &ctx, qint64 cursor, int limit)
{
    auto body = pullBody(ctx, cursor, limit);
    if (!body)
        return fail(body.error());
    return QJsonDocument::fromJson(*body).object();
}

Result<QByteArray> SyncService::pullBody(const RequestContext &request, qint64 cursor, int limit)
{
    if (!request.checkAccess) {
        if (auto r = checkMember(request, m_options); !r)
            return fail(r.error());
    }
    if (cursor < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The cursor cannot be negative."), u"cursor"_s);
    limit = std::clamp(limit, 1, m_options.maxPageSize);
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.beginAs(request.userId, true); !r)
        return fail(r.error());
    auto admitted = admit(request, m_options);
    if (!admitted)
        return fail(admitted.error());
    const RequestContext &ctx = *admitted;
    auto top = head(tx, ctx, m_options);
    if (!top)
        return fail(top.error());
    const auto [last, pruned] = *top;
    if (cursor < pruned)
        return fail(ErrorCode::Conflict,
                    Tr::tr("The changes after %1 are no longer kept; a snapshot is needed.").arg(cursor),
                    u"snapshot_required"_s);
    const bool all = seesAll(ctx, m_options);
    q.setForwardOnly(true);
    // Each change as its JSON text, written by PostgreSQL from the stored jsonb.
    q.prepare(u"SELECT seq, json_build_object('seq', seq, 'entity', entity, 'id', id, 'version', version, "
              "'deleted', deleted, 'fields', fields)::text FROM change_log "
              "WHERE tenant_id = ? AND seq > ? AND seq <= ? %1 ORDER BY seq LIMIT ?"_s
                  .arg(all ? QString() : u"AND (scope IS NULL OR scope = ANY (ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))"_s));
    q.addBindValue(ctx.tenant);
    q.addBindValue(cursor);
    q.addBindValue(last);
    if (!all)
        q.addBindValue(activitiesJson(*ctx.membership));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the change log:"), q));
    QByteArray body = QByteArrayLiteral("{\"changes\":[");
    qint64 lastSeq = cursor;
    int count = 0;
    while (q.next()) {
        lastSeq = q.value(0).toLongLong();
        if (count++ > 0)
            body += ',';
        body += q.value(1).toString().toUtf8();
    }
    const bool more = count == limit;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    body += "],\"cursor\":" + QByteArray::number(more ? lastSeq : std::max(last, cursor))
            + ",\"more\":" + (more ? "true" : "false") + ",\"head\":" + QByteArray::number(last) + '}';
    return body;
}

Result<QJsonObject> SyncService::snapshot(const RequestContext &ctx, const QString &after, int limit)
{
    if (auto r = checkMember(ctx, m_options); !r)
        return fail(r.error());
    limit = std::clamp(limit, 1, m_options.maxPageSize);
    QString afterEntity = u""_s; // never NULL: (entity, id) > (NULL, NULL) is never true
    QString afterId = u""_s;
    if (!after.isEmpty()) {
        const qsizetype slash = after.indexOf(u'/');
        if (slash <= 0)
            return fail(ErrorCode::ParseError, Tr::tr("expected entity/id"), u"after"_s);
        afterEntity = after.left(slash);
        afterId = after.mid(slash + 1);
    }
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.beginAs(ctx.userId, true); !r)
        return fail(r.error());
    auto top = head(tx, ctx, m_options);
    if (!top)
        return fail(top.error());
    const bool all = seesAll(ctx, m_options);
    q.setForwardOnly(true);
    q.prepare(u"SELECT entity, id, version, fields::text FROM entity_row "
              "WHERE tenant_id = ? AND NOT deleted AND (entity, id) > (?, ?) %1 "
              "ORDER BY entity, id LIMIT ?"_s
                  .arg(all ? QString() : u"AND (scope IS NULL OR scope = ANY (ARRAY(SELECT jsonb_array_elements_text(?::jsonb))))"_s));
    q.addBindValue(ctx.tenant);
    q.addBindValue(afterEntity);
    q.addBindValue(afterId);
    if (!all)
        q.addBindValue(activitiesJson(*ctx.membership));
    q.addBindValue(limit);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the rows:"), q));
    QJsonArray rows;
    QString next;
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const QString id = q.value(1).toString();
        rows.append(QJsonObject{
            {u"seq"_s, 0},
            {u"entity"_s, entity},
            {u"id"_s, id},
            {u"version"_s, q.value(2).toLongLong()},
            {u"deleted"_s, false},
            {u"fields"_s, parseObject(q.value(3))},
        });
        next = entity + u'/' + id;
    }
    if (rows.size() < limit)
        next.clear();
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return QJsonObject{{u"rows"_s, rows}, {u"next"_s, next}, {u"cursor"_s, top->first}};
}

Result<void> SyncService::putBlob(const RequestContext &ctx, const QString &sha256,
                                  const QString &scope, const QByteArray &data)
{
    if (auto r = checkMember(ctx, m_options); !r)
        return r;
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!hex.match(sha256).hasMatch())
        return fail(ErrorCode::ParseError, Tr::tr("a lowercase SHA-256 in hexadecimal is expected"), u"sha256"_s);
    if (data.size() > m_options.maxBlobBytes)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The file is larger than %1 bytes.").arg(m_options.maxBlobBytes), u"body"_s);
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != sha256)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The bytes sent do not have this SHA-256."), u"body"_s);
    if (m_options.serviceFilter) {
        const Membership &m = *ctx.membership;
        if (!m.covers(scope) || (scope.isEmpty() && m.role == Role::Entrepreneur))
            return fail(forbidden(Tr::tr("Activity %1 is outside your role.").arg(scope), u"activity"_s));
    }
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.beginAs(ctx.userId); !r)
        return r;
    q.prepare(u"INSERT INTO blob (tenant_id, sha256, scope, data) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    q.addBindValue(ctx.tenant);
    q.addBindValue(sha256);
    q.addBindValue(scope.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(scope));
    // An empty file is a file: a null array would be bound as NULL, which the column refuses.
    q.addBindValue(data.isNull() ? QByteArray("") : data);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot store the file:"), q));
    return tx.commit();
}

Result<QByteArray> SyncService::getBlob(const RequestContext &ctx, const QString &sha256)
{
    if (auto r = checkMember(ctx, m_options); !r)
        return fail(r.error());
    auto conn = m_db.connection(Database::Role::Service);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.beginAs(ctx.userId); !r)
        return fail(r.error());
    q.prepare(u"SELECT data, coalesce(scope, '') FROM blob WHERE tenant_id = ? AND sha256 = ?"_s);
    q.addBindValue(ctx.tenant);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the file:"), q));
    if (!q.next() || (m_options.serviceFilter && !ctx.membership->covers(q.value(1).toString())))
        return fail(ErrorCode::NotFound, Tr::tr("There is no such file."), u"sha256"_s);
    return q.value(0).toByteArray();
}

Result<void> SyncService::prune(const QString &tenant, qint64 upToSeq)
{
    auto conn = m_db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    if (auto r = tx.begin(); !r)
        return r;
    q.prepare(u"DELETE FROM change_log WHERE tenant_id = ? AND seq <= ?"_s);
    q.addBindValue(tenant);
    q.addBindValue(upToSeq);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot prune the change log:"), q));
    q.prepare(u"UPDATE tenant_clock SET pruned_to = greatest(pruned_to, ?) WHERE tenant_id = ?"_s);
    q.addBindValue(upToSeq);
    q.addBindValue(tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot prune the change log:"), q));
    return tx.commit();
}

} // namespace coop::server
