#include "unitofwork.h"

#include "store.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::Database, what + u' ' + error.text().trimmed());
}

// SQLite's extended codes keep the primary code in the low byte; 19 is SQLITE_CONSTRAINT.
bool isConstraintViolation(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 19;
}

} // namespace

UnitOfWork::UnitOfWork(Store &store) : m_store(store) {}

UnitOfWork::~UnitOfWork()
{
    if (m_active)
        rollback();
}

Result<void> UnitOfWork::begin()
{
    Q_ASSERT(!m_active);
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return fail(sqlError(Tr::tr("Cannot start a transaction."), db.lastError()));
    m_active = true;
    m_operations.clear();
    return {};
}

Result<void> UnitOfWork::requireTable(const QString &entity, const QStringList &columns)
{
    if (!isIdentifier(entity))
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" is not a valid entity name.").arg(entity));
    for (const QString &c : columns) {
        if (!isIdentifier(c) || c == "id"_L1 || c == "version"_L1)
            return fail(ErrorCode::Internal,
                        Tr::tr("\"%1\" is not a column that can be written.").arg(c), entity);
    }
    return {};
}

Result<void> UnitOfWork::insert(const QString &entity, const QString &id, const QVariantMap &fields)
{
    Q_ASSERT(m_active);
    if (auto r = requireTable(entity, fields.keys()); !r)
        return r;
    QStringList names{u"id"_s, u"version"_s};
    QStringList marks{u"?"_s, u"1"_s};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        names.append(quoted(it.key()));
        marks.append(u"?"_s);
    }
    QSqlQuery q(m_store.database());
    if (!q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(entity), names.join(u", "_s),
                                                           marks.join(u", "_s))))
        return fail(sqlError(Tr::tr("Cannot prepare the insertion into %1.").arg(entity),
                             q.lastError()));
    q.addBindValue(id);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        q.addBindValue(it.value());
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        return fail(Error(isConstraintViolation(e) ? ErrorCode::Constraint : ErrorCode::Database,
                          Tr::tr("Cannot add %1 \"%2\": %3").arg(entity, id, e.databaseText())));
    }

    Operation op;
    op.entity = entity;
    op.entityId = id;
    op.kind = Operation::Kind::Insert;
    op.baseVersion = 0;
    op.fields = QJsonObject::fromVariantMap(fields);
    return appendOperation(std::move(op));
}

Result<qint64> UnitOfWork::update(const QString &entity, const QString &id, qint64 baseVersion,
                                  const QVariantMap &changed)
{
    Q_ASSERT(m_active);
    if (auto r = requireTable(entity, changed.keys()); !r)
        return fail(r.error());
    // Only what really changes is written and queued: a field set to the value it has is no
    // change, and a row left as it was keeps its version (the server would not count it either).
    QVariantMap really;
    {
        QStringList columns;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            columns.append(quoted(it.key()));
        QSqlQuery current(m_store.database());
        current.prepare(u"SELECT %1 FROM %2 WHERE id = ? AND version = ?"_s.arg(columns.join(u", "_s),
                                                                               quoted(entity)));
        current.addBindValue(id);
        current.addBindValue(baseVersion);
        if (current.exec() && current.next()) {
            int i = 0;
            for (auto it = changed.cbegin(); it != changed.cend(); ++it, ++i) {
                const QVariant now = current.value(i);
                const bool same = now.isNull() ? it.value().isNull()
                                               : (!it.value().isNull() && now == it.value());
                if (!same)
                    really.insert(it.key(), it.value());
            }
            if (really.isEmpty())
                return baseVersion;
        } else {
            really = changed; // the update below reports the conflict or the error
        }
    }
    QStringList sets;
    for (auto it = really.cbegin(); it != really.cend(); ++it)
        sets.append(quoted(it.key()) + u" = ?"_s);
    sets.append(u"version = version + 1"_s);

    QSqlQuery q(m_store.database());
    if (!q.prepare(u"UPDATE %1 SET %2 WHERE id = ? AND version = ?"_s.arg(quoted(entity),
                                                                         sets.join(u", "_s))))
        return fail(sqlError(Tr::tr("Cannot prepare the update of %1.").arg(entity), q.lastError()));
    for (auto it = really.cbegin(); it != really.cend(); ++it)
        q.addBindValue(it.value());
    q.addBindValue(id);
    q.addBindValue(baseVersion);
    if (!q.exec())
        return fail(Error(ErrorCode::Constraint, Tr::tr("Cannot change %1 \"%2\": %3")
                                                     .arg(entity, id, q.lastError().databaseText())));
    if (q.numRowsAffected() == 0) {
        QSqlQuery current(m_store.database());
        current.prepare(u"SELECT version FROM %1 WHERE id = ?"_s.arg(quoted(entity)));
        current.addBindValue(id);
        if (current.exec() && current.next())
            return fail(ErrorCode::Conflict,
                        Tr::tr("%1 \"%2\" was changed meanwhile (version %3, not %4); reload it "
                               "and try again.")
                            .arg(entity, id)
                            .arg(current.value(0).toLongLong())
                            .arg(baseVersion));
        return fail(ErrorCode::NotFound, Tr::tr("%1 \"%2\" does not exist.").arg(entity, id));
    }

    Operation op;
    op.entity = entity;
    op.entityId = id;
    op.kind = Operation::Kind::Update;
    op.baseVersion = baseVersion;
    op.fields = QJsonObject::fromVariantMap(really);
    if (auto r = appendOperation(std::move(op)); !r)
        return fail(r.error());
    return baseVersion + 1;
}

Result<void> UnitOfWork::remove(const QString &entity, const QString &id, qint64 baseVersion)
{
    Q_ASSERT(m_active);
    if (auto r = requireTable(entity, {}); !r)
        return r;
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM %1 WHERE id = ? AND version = ?"_s.arg(quoted(entity)));
    q.addBindValue(id);
    q.addBindValue(baseVersion);
    if (!q.exec())
        return fail(Error(ErrorCode::Constraint, Tr::tr("Cannot delete %1 \"%2\": %3")
                                                     .arg(entity, id, q.lastError().databaseText())));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::Conflict,
                    Tr::tr("%1 \"%2\" was changed or deleted meanwhile; nothing was deleted.")
                        .arg(entity, id));

    Operation op;
    op.entity = entity;
    op.entityId = id;
    op.kind = Operation::Kind::Delete;
    op.baseVersion = baseVersion;
    return appendOperation(std::move(op));
}

Result<void> UnitOfWork::command(const QString &name, const QString &targetId,
                                 const QJsonObject &args)
{
    Q_ASSERT(m_active);
    if (!isIdentifier(name))
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" is not a valid command name.").arg(name));
    Operation op;
    op.entity = name;
    op.entityId = targetId;
    op.kind = Operation::Kind::Command;
    op.fields = args;
    return appendOperation(std::move(op));
}

Result<void> UnitOfWork::appendOperation(Operation op)
{
    QSqlQuery seq(m_store.database());
    // The counter row is updated in this transaction, so a rolled-back unit gives its numbers back
    // and a committed one never sees them reused.
    if (!seq.exec(u"UPDATE device SET next_device_seq = next_device_seq + 1 WHERE singleton = 1 "
                  "RETURNING next_device_seq - 1"_s)
        || !seq.next())
        return fail(sqlError(Tr::tr("Cannot number the change for sync."), seq.lastError()));
    op.deviceSeq = seq.value(0).toLongLong();
    seq.finish();
    op.opId = QUuid::createUuid();
    op.tenant = m_store.tenantId();
    op.createdAt = QDateTime::currentDateTimeUtc();

    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO outbox (device_seq, op_id, tenant, entity, entity_id, kind, "
              "base_version, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(op.deviceSeq);
    q.addBindValue(op.opId.toString(QUuid::WithoutBraces));
    q.addBindValue(op.tenant);
    q.addBindValue(op.entity);
    q.addBindValue(op.entityId);
    q.addBindValue(Operation::kindName(op.kind));
    q.addBindValue(op.baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(op.fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(op.createdAt.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot queue the change for sync."), q.lastError()));
    m_operations.append(std::move(op));
    return {};
}

Result<void> UnitOfWork::commit()
{
    Q_ASSERT(m_active);
    QSqlDatabase db = m_store.database();
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        rollback();
        return fail(sqlError(Tr::tr("Cannot save the changes."), e));
    }
    m_active = false;
    return {};
}

void UnitOfWork::rollback()
{
    if (!m_active)
        return;
    m_store.database().rollback();
    m_active = false;
    m_operations.clear();
}

} // namespace coop
