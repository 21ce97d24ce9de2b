#include "protocol.h"

#include "core/storage/store.h"
#include "core/tr.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop::sync {

Result<qint64> Outbox::count() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT count(*) FROM outbox"_s) || !q.next())
        return fail(ErrorCode::Database, Tr::tr("Cannot read the outbox: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Result<QList<Operation>> Outbox::pending(int limit) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT op_id, device_seq, tenant, entity, entity_id, kind, base_version, fields, "
              "created_at FROM outbox ORDER BY device_seq LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return fail(ErrorCode::Database, Tr::tr("Cannot read the outbox: %1").arg(q.lastError().text()));
    QList<Operation> ops;
    while (q.next()) {
        // The stored row is read back through the same checks as a payload from the network.
        const QJsonObject json{
            {u"op_id"_s, q.value(0).toString()},
            {u"device_seq"_s, q.value(1).toLongLong()},
            {u"tenant"_s, q.value(2).toString()},
            {u"entity"_s, q.value(3).toString()},
            {u"id"_s, q.value(4).toString()},
            {u"kind"_s, q.value(5).toString()},
            {u"base_version"_s, q.value(6).toLongLong()},
            {u"fields"_s, QJsonDocument::fromJson(q.value(7).toByteArray()).object()},
            {u"created_at"_s, q.value(8).toString()},
        };
        auto op = Operation::fromJson(json);
        if (!op)
            return fail(op.error().located(u"outbox:%1"_s.arg(q.value(1).toLongLong())));
        ops.append(*op);
    }
    return ops;
}

} // namespace coop::sync
