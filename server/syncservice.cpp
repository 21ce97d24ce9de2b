#include "syncservice.h"

#include "database.h"

#include "core/operation.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

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

bool isEntityName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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

QVariant scopeValue(const std::optional<QString> &scope)
{
    return scope ? QVariant(*scope) : QVariant(QMetaType(QMetaType::QString));
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

// One push, pull or snapshot: the transaction, the request, the options.
class Work
{
public:
    Work(const RequestContext &ctx, const SyncOptions &options, Transaction &tx)
        : m_ctx(ctx), m_options(options), m_tx(tx) {}

    Result<std::optional<QString>> scopeOf(const QString &entity, const QString &id,
                                           const QJsonObject &fields);
    Result<RowState> load(const QString &entity, const QString &id);
    Result<qint64> nextSeq();
    Result<void> write(const QString &entity, const QString &id, const RowState &row);
    Result<QJsonObject> apply(const Operation &op);
    // Empty when allowed; otherwise the reason, for the op's result.
    QString refusal(const QString &entity, const std::optional<QString> &scope,
                    const QJsonObject &newFields) const;

private:
    // The statements are prepared once per request and reused for every operation; they live as
    // long as the Work, so a failed request is rolled back before they are released.
    QSqlQuery &statement(const QString &sql);

    const RequestContext &m_ctx;
    const SyncOptions &m_options;
    Transaction &m_tx;
    std::map<QString, QSqlQuery> m_statements;
};

QSqlQuery &Work::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, QSqlQuery(m_tx.db())).first;
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
    if (!activity.isEmpty())
        return std::optional<QString>(activity);
    const auto link = parentLinks().constFind(entity);
    if (link == parentLinks().cend())
        return std::optional<QString>();
    const QString parentId = fields.value(link->field).toString();
    QSqlQuery &q = statement(u"SELECT scope FROM entity_row WHERE tenant_id = ? AND entity = ? AND id = ?"_s);
    q.addBindValue(m_ctx.tenant);
    q.addBindValue(link->entity);
    q.addBindValue(parentId);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the parent row:"), q));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("%1 \"%2\" refers to %3 \"%4\", which the server does not have.")
                        .arg(entity, id, link->entity, parentId),
                    link->field);
    if (q.value(0).isNull())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<RowState> Work::load(const QString &entity, const QString &id)
{
    QSqlQuery &q = statement(u"SELECT scope, version, deleted, fields::text, field_versions::text, "
                             "device_versions::text FROM entity_row WHERE tenant_id = ? AND entity = ? "
                             "AND id = ? FOR UPDATE"_s);
    q.addBindValue(m_ctx.tenant);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read %1 \"%2\":").arg(entity, id), q));
    RowState row;
    if (!q.next())
        return row;
    row.exists = true;
    if (!q.value(0).isNull())
        row.scope = q.value(0).toString();
    row.version = q.value(1).toLongLong();
    row.deleted = q.value(2).toBool();
    row.fields = parseObject(q.value(3));
    row.fieldVersions = parseObject(q.value(4));
    row.deviceVersions = parseObject(q.value(5));
    return row;
}

Result<qint64> Work::nextSeq()
{
    if (m_options.cursorMode == CursorMode::GlobalSerial) {
        QSqlQuery &g = statement(u"SELECT nextval('change_log_global_seq')"_s);
        if (!g.exec() || !g.next())
            return fail(databaseError(Tr::tr("Cannot number the change:"), g));
        return g.value(0).toLongLong();
    }
    // The row stays locked until this transaction ends: the next writer of the tenant waits, so
    // sequence numbers are visible in the order they were given.
    QSqlQuery &q = statement(u"UPDATE tenant_clock SET next_seq = next_seq + 1 WHERE tenant_id = ? "
                             "RETURNING next_seq - 1"_s);
    q.addBindValue(m_ctx.tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot number the change:"), q));
    if (!q.next())
        return fail(forbidden(Tr::tr("There is no tenant \"%1\" for this user.").arg(m_ctx.tenant)));
    return q.value(0).toLongLong();
}

Result<void> Work::write(const QString &entity, const QString &id, const RowState &row)
{
    auto seq = nextSeq();
    if (!seq)
        return fail(seq.error());
    QSqlQuery &q = statement(u"INSERT INTO entity_row (tenant_id, entity, id, scope, version, deleted, fields, "
              "field_versions, device_versions, changed_seq) "
              "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?) "
              "ON CONFLICT (tenant_id, entity, id) DO UPDATE SET scope = excluded.scope, "
              "version = excluded.version, deleted = excluded.deleted, fields = excluded.fields, "
              "field_versions = excluded.field_versions, device_versions = excluded.device_versions, "
              "changed_seq = excluded.changed_seq"_s);
    q.addBindValue(m_ctx.tenant);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(scopeValue(row.scope));
    q.addBindValue(row.version);
    q.addBindValue(row.deleted);
    q.addBindValue(compact(row.fields));
    q.addBindValue(compact(row.fieldVersions));
    q.addBindValue(compact(row.deviceVersions));
    q.addBindValue(*seq);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot write %1 \"%2\":").arg(entity, id), q));
    QSqlQuery &log = statement(u"INSERT INTO change_log (tenant_id, seq, entity, id, scope, version, "
                               "deleted, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)"_s);
    log.addBindValue(m_ctx.tenant);
    log.addBindValue(*seq);
    log.addBindValue(entity);
    log.addBindValue(id);
    log.addBindValue(scopeValue(row.scope));
    log.addBindValue(row.version);
    log.addBindValue(row.deleted);
    log.addBindValue(compact(row.deleted ? QJsonObject() : row.fields));
    if (!log.exec())
        return fail(databaseError(Tr::tr("Cannot log the change of %1 \"%2\":").arg(entity, id), log));
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
    if (op.kind == Operation::Kind::Command)
        return opResult(op, u"rejected"_s, 0,
                        Tr::tr("unknown command \"%1\"").arg(op.entity));
    if (!isEntityName(op.entity))
        return opResult(op, u"rejected"_s, 0, Tr::tr("\"%1\" is not an entity").arg(op.entity));

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

Result<QJsonObject> SyncService::push(const RequestContext &ctx, const QJsonObject &body)
{
    if (auto r = checkMember(ctx, m_options); !r)
        return fail(r.error());
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
    QSqlQuery q(*conn);
    Transaction tx(*conn);
    // Statements and the work outlive the lambda: a failed request is rolled back before they
    // are released (PostgreSQL refuses to free a statement inside an aborted transaction).
    QSqlQuery seen(*conn);
    QSqlQuery record(*conn);
    Work work(ctx, m_options, tx);
    auto run = [&]() -> Result<QJsonObject> {
        if (auto r = tx.beginAs(ctx.userId); !r)
            return fail(r.error());
        q.prepare(u"INSERT INTO device_progress (tenant_id, device_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        q.addBindValue(ctx.tenant);
        q.addBindValue(ctx.deviceId);
        if (!q.exec())
            return fail(databaseError(Tr::tr("Cannot record the device's progress:"), q));
        q.prepare(u"SELECT last_seq FROM device_progress WHERE tenant_id = ? AND device_id = ? FOR UPDATE"_s);
        q.addBindValue(ctx.tenant);
        q.addBindValue(ctx.deviceId);
        if (!q.exec() || !q.next())
            return fail(databaseError(Tr::tr("Cannot read the device's progress:"), q));
        qint64 lastSeq = q.value(0).toLongLong();
        const qint64 startSeq = lastSeq;

        seen.prepare(u"SELECT result::text FROM applied_op WHERE op_id = ?::uuid"_s);
        record.prepare(u"INSERT INTO applied_op (op_id, tenant_id, device_id, device_seq, result) "
                       "VALUES (?::uuid, ?, ?, ?, ?::jsonb)"_s);
        QJsonArray results;
        for (const Operation &op : std::as_const(ops)) {
            seen.addBindValue(op.opId.toString(QUuid::WithoutBraces));
            if (!seen.exec())
                return fail(databaseError(Tr::tr("Cannot read the applied operations:"), seen));
            if (seen.next()) {
                results.append(parseObject(seen.value(0)));
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
            record.addBindValue(op.opId.toString(QUuid::WithoutBraces));
            record.addBindValue(ctx.tenant);
            record.addBindValue(ctx.deviceId);
            record.addBindValue(op.deviceSeq);
            record.addBindValue(compact(*result));
            if (!record.exec())
                return fail(databaseError(Tr::tr("Cannot record the operation:"), record));
            results.append(*result);
            lastSeq = op.deviceSeq;
        }
        if (lastSeq != startSeq) {
            q.prepare(u"UPDATE device_progress SET last_seq = ? WHERE tenant_id = ? AND device_id = ?"_s);
            q.addBindValue(lastSeq);
            q.addBindValue(ctx.tenant);
            q.addBindValue(ctx.deviceId);
            if (!q.exec())
                return fail(databaseError(Tr::tr("Cannot record the device's progress:"), q));
        }
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
    if (auto r = checkMember(ctx, m_options); !r)
        return fail(r.error());
    if (cursor < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The cursor cannot be negative."), u"cursor"_s);
    limit = std::clamp(limit, 1, m_options.maxPageSize);
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
    const auto [last, pruned] = *top;
    if (cursor < pruned)
        return fail(ErrorCode::Conflict,
                    Tr::tr("The changes after %1 are no longer kept; a snapshot is needed.").arg(cursor),
                    u"snapshot_required"_s);
    const bool all = seesAll(ctx, m_options);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, entity, id, version, deleted, fields::text FROM change_log "
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
    QJsonArray changes;
    qint64 lastSeq = cursor;
    while (q.next()) {
        lastSeq = q.value(0).toLongLong();
        changes.append(QJsonObject{
            {u"seq"_s, lastSeq},
            {u"entity"_s, q.value(1).toString()},
            {u"id"_s, q.value(2).toString()},
            {u"version"_s, q.value(3).toLongLong()},
            {u"deleted"_s, q.value(4).toBool()},
            {u"fields"_s, parseObject(q.value(5))},
        });
    }
    const bool more = changes.size() == limit;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return QJsonObject{{u"changes"_s, changes},
                       {u"cursor"_s, more ? lastSeq : std::max(last, cursor)},
                       {u"more"_s, more},
                       {u"head"_s, last}};
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
    q.addBindValue(data);
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
