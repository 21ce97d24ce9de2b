#include "replica.h"

#include "core/jsoninteger_p.h"
#include "core/operation.h"
#include "core/storage/store.h"
#include "core/storage/unitofwork.h"
#include "core/sync/failpoint.h"
#include "core/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace coop::sync {

namespace {

enum class ColumnKind { Integer, Real, Text, Blob, Any };

struct TableInfo
{
    bool exists = false;
    bool synced = false; // has `id` and `version`
    QHash<QString, ColumnKind> columns;
};

// How a page's rows replace the local ones: a pull page only moves a row forward; a snapshot
// replaces the device's copy, so any version other than the local one wins.
enum class Mode { Pull, Snapshot };

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]*$"_s);
    return pattern.match(name).hasMatch();
}

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error dbError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::Database, what + u' ' + error.text().trimmed());
}

ColumnKind kindOf(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains("INT"_L1))
        return ColumnKind::Integer;
    if (t.contains("CHAR"_L1) || t.contains("CLOB"_L1) || t.contains("TEXT"_L1))
        return ColumnKind::Text;
    if (t.contains("BLOB"_L1))
        return ColumnKind::Blob;
    if (t.contains("REAL"_L1) || t.contains("FLOA"_L1) || t.contains("DOUB"_L1))
        return ColumnKind::Real;
    return ColumnKind::Any;
}

// Compact JSON text of any value (QJsonDocument only writes objects and arrays).
QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The inverse of jsonText(); a NULL column reads as JSON null.
QJsonValue jsonFromText(const QVariant &column)
{
    if (column.isNull())
        return QJsonValue(QJsonValue::Null);
    const QString text = column.toString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return QJsonValue(text); // not written by this code: shown as it is
    return doc.array().at(0);
}

QString nonNull(QString s)
{
    // A null QString binds as SQL NULL; an empty JSON string must stay an empty text.
    return s.isNull() ? u""_s : s;
}

// The value to bind for `value` in a column of `kind`: strings, 64-bit integers, null, booleans as
// 0/1, objects and lists as compact JSON text. Never a double: money is never one.
Result<QVariant> sqlValue(const QJsonValue &value, ColumnKind kind)
{
    const bool numeric = kind == ColumnKind::Integer || kind == ColumnKind::Real
                         || kind == ColumnKind::Any;
    const bool textual = kind == ColumnKind::Text || kind == ColumnKind::Any;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        if (!numeric)
            return fail(ErrorCode::ParseError, Tr::tr("true or false cannot go in a text column"));
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const std::optional<qint64> n = detail::jsonInteger(value);
        if (!n)
            return fail(ErrorCode::ParseError, Tr::tr("a whole number is required"));
        if (!numeric)
            return fail(ErrorCode::ParseError, Tr::tr("a number cannot go in a text column"));
        return QVariant(*n);
    }
    case QJsonValue::String:
        if (!textual)
            return fail(ErrorCode::ParseError,
                        Tr::tr("a text cannot go in a number column (\"%1\")")
                            .arg(value.toString()));
        return QVariant(nonNull(value.toString()));
    case QJsonValue::Array:
    case QJsonValue::Object:
        if (!textual)
            return fail(ErrorCode::ParseError, Tr::tr("a list or an object needs a text column"));
        return QVariant(jsonText(value));
    }
    return QVariant();
}

// The value to hand to a UnitOfWork for a local value of the conflict inbox.
Result<QVariant> variantFromJson(const QJsonValue &value)
{
    return sqlValue(value, ColumnKind::Any);
}

QString where(const Change &c, const QString &field = QString())
{
    QString w = u"change %1 %2/%3"_s.arg(c.seq).arg(c.entity, c.id);
    if (!field.isEmpty())
        w += u'.' + field;
    return w;
}

} // namespace

// A prepared upsert for one entity and one set of field names, and for each field (in the
// order of the change's object) the kind of its column, or -1 when it is not written.
struct Shape
{
    QSqlQuery *query = nullptr;
    QList<int> kinds;
    qint64 ignored = 0;
};

struct LocalReplica::Impl
{
    explicit Impl(Store &s) : store(s) {}

    Store &store;
    QHash<QString, TableInfo> tables;
    std::optional<QStringList> synced;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    QHash<QString, Shape> shapes;

    QSqlDatabase db() const { return store.database(); }

    // A prepared statement kept for the life of the replica (pages repeat the same few shapes).
    Result<QSqlQuery *> statement(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it != statements.end())
            return it->second.get();
        auto q = std::make_unique<QSqlQuery>(db());
        if (!q->prepare(sql))
            return fail(dbError(Tr::tr("Cannot prepare a statement of sync:"), q->lastError()));
        QSqlQuery *raw = q.get();
        statements.emplace(sql, std::move(q));
        return raw;
    }

    const TableInfo &table(const QString &name)
    {
        auto it = tables.constFind(name);
        if (it != tables.constEnd())
            return *it;
        TableInfo info;
        if (isIdentifier(name) && !name.startsWith("sqlite_"_L1)) {
            QSqlQuery q(db());
            if (q.exec(u"SELECT name, type FROM pragma_table_info('%1')"_s.arg(name))) {
                while (q.next())
                    info.columns.insert(q.value(0).toString(), kindOf(q.value(1).toString()));
            }
            // Only real tables: a view has columns too but cannot be written.
            QSqlQuery kind(db());
            kind.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
            kind.addBindValue(name);
            info.exists = kind.exec() && kind.next() && kind.value(0).toLongLong() > 0;
            info.synced = info.exists && info.columns.contains(u"id"_s)
                          && info.columns.contains(u"version"_s);
        }
        return *tables.insert(name, info);
    }

    Result<QStringList> syncedEntities()
    {
        if (synced)
            return *synced;
        QSqlQuery q(db());
        if (!q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s))
            return fail(dbError(Tr::tr("Cannot list the store's tables:"), q.lastError()));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        QStringList result;
        for (const QString &n : names) {
            if (table(n).synced)
                result.append(n);
        }
        synced = result;
        return result;
    }

    Result<void> checkTenant(const QString &tenant) const
    {
        if (tenant != store.tenantId())
            return fail(ErrorCode::Forbidden,
                        Tr::tr("This store holds the cooperative \"%1\", not \"%2\".")
                            .arg(store.tenantId(), tenant));
        return {};
    }

    Result<qint64> outboxCount() const
    {
        QSqlQuery q(db());
        if (!q.exec(u"SELECT count(*) FROM outbox"_s) || !q.next())
            return fail(dbError(Tr::tr("Cannot read the outbox:"), q.lastError()));
        return q.value(0).toLongLong();
    }

    Result<void> begin()
    {
        QSqlDatabase database = db();
        if (!database.transaction())
            return fail(dbError(Tr::tr("Cannot start a transaction."), database.lastError()));
        return {};
    }

    void rollback() { db().rollback(); }

    // Inside a transaction: lets the server's rows through the freezing triggers and checks
    // foreign keys at commit only.
    Result<void> openApply()
    {
        QSqlQuery q(db());
        if (!q.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return fail(dbError(Tr::tr("Cannot defer the foreign keys:"), q.lastError()));
        if (!q.exec(u"INSERT INTO sync_apply (singleton) VALUES (1)"_s))
            return fail(dbError(Tr::tr("Cannot mark the transaction as a sync:"), q.lastError()));
        return {};
    }

    // Clears the flag and commits; on a foreign key left dangling, rolls back and names the row.
    // The end of an apply transaction: rolled back when the work failed, otherwise the cursor
    // read into the outcome and the transaction committed.
    Result<ApplyOutcome> finishApply(const Result<void> &work, const QString &tenant,
                                     const QList<Change> &changes, ApplyOutcome outcome)
    {
        if (!work) {
            rollback();
            return fail(work.error());
        }
        auto cursor = readCursor(tenant);
        if (!cursor) {
            rollback();
            return fail(cursor.error());
        }
        outcome.cursor = *cursor;
        failpoint("apply.before_commit");
        if (auto r = closeApply(changes); !r)
            return fail(r.error());
        return outcome;
    }

    Result<void> closeApply(const QList<Change> &changes)
    {
        QSqlQuery q(db());
        if (!q.exec(u"DELETE FROM sync_apply"_s)) {
            const QSqlError e = q.lastError();
            rollback();
            return fail(dbError(Tr::tr("Cannot clear the sync mark:"), e));
        }
        q.finish();
        QSqlDatabase database = db();
        if (database.commit())
            return {};
        const QSqlError commitError = database.lastError();
        // SQLite keeps the transaction open when deferred foreign keys fail the commit: look for
        // the row before rolling back.
        Error error = dangling(changes)
                          .value_or(dbError(Tr::tr("Cannot save what the server sent:"),
                                            commitError));
        rollback();
        return fail(error);
    }

    std::optional<Error> dangling(const QList<Change> &changes)
    {
        // The whole store: removing a parent can leave a child of any table dangling, local
        // bookkeeping included. Only on the error path, so its cost does not matter.
        QSqlQuery check(db());
        if (!check.exec(u"PRAGMA foreign_key_check"_s) || !check.next())
            return std::nullopt;
        const QString t = check.value(0).toString();
        const qint64 rowid = check.value(1).toLongLong();
        const QString parent = check.value(2).toString();
        const qint64 fkid = check.value(3).toLongLong();
        check.finish();
        QString id = QString::number(rowid);
        QSqlQuery row(db());
        row.prepare(u"SELECT id FROM %1 WHERE rowid = ?"_s.arg(quoted(t)));
        row.addBindValue(rowid);
        if (row.exec() && row.next())
            id = row.value(0).toString(); // a table without id keeps the rowid
        QString column;
        QString value;
        QSqlQuery fk(db());
        if (fk.exec(u"SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE id = %2"_s
                        .arg(t)
                        .arg(fkid))
            && fk.next())
            column = fk.value(0).toString();
        if (!column.isEmpty()) {
            QSqlQuery v(db());
            v.prepare(u"SELECT %1 FROM %2 WHERE rowid = ?"_s.arg(quoted(column), quoted(t)));
            v.addBindValue(rowid);
            if (v.exec() && v.next())
                value = v.value(0).toString();
        }
        QString at = u"%1/%2.%3"_s.arg(t, id, column);
        for (const Change &c : changes) {
            if (c.entity == t && c.id == id) {
                at = where(c, column);
                break;
            }
        }
        return Error(ErrorCode::Constraint,
                     Tr::tr("%1 \"%2\" refers to %3 \"%4\", which does not exist; nothing "
                            "was saved.")
                         .arg(t, id, parent, value),
                     at);
    }

    // Writes one change; counts it in `outcome`.
    Result<void> write(const Change &c, Mode mode, ApplyOutcome &outcome)
    {
        const TableInfo &info = table(c.entity);
        if (!info.exists)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("unknown entity \"%1\": this store has no such table").arg(c.entity),
                        where(c));
        if (!info.synced)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("\"%1\" is not a synced entity (it has no id and version)")
                            .arg(c.entity),
                        where(c));

        if (c.deleted) {
            const QString t = quoted(c.entity);
            auto local = statement(u"SELECT version FROM %1 WHERE id = ?"_s.arg(t));
            if (!local)
                return fail(local.error());
            QSqlQuery &q = **local;
            q.addBindValue(c.id);
            if (!q.exec())
                return fail(dbError(Tr::tr("Cannot read the local row:"), q.lastError())
                                .located(where(c)));
            const bool present = q.next();
            q.finish();
            if (!present) {
                ++outcome.skipped;
                return {};
            }
            auto del = statement(u"DELETE FROM %1 WHERE id = ?"_s.arg(t));
            if (!del)
                return fail(del.error());
            (*del)->addBindValue(c.id);
            if (!(*del)->exec())
                return fail(Error(ErrorCode::Constraint,
                                  Tr::tr("cannot remove the row: %1")
                                      .arg((*del)->lastError().databaseText()),
                                  where(c)));
            ++outcome.deleted;
            return {};
        }

        // The statement for this entity and set of fields, built once: pages repeat a few shapes.
        QString key = c.entity;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            key += u'\x1f';
            key += it.key();
        }
        if (mode == Mode::Snapshot)
            key += u"\x1fsnapshot"_s;
        auto shape = shapes.constFind(key);
        if (shape == shapes.constEnd()) {
            auto built = buildShape(c, info, mode);
            if (!built)
                return fail(built.error());
            shape = shapes.insert(key, *built);
        }
        outcome.ignoredFields += shape->ignored;

        // Bound by position: a value refused below must not shift the next change's values.
        QSqlQuery &q = *shape->query;
        q.bindValue(0, c.id);
        q.bindValue(1, c.version);
        int position = 2;
        qsizetype i = 0;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it, ++i) {
            const int kind = shape->kinds.at(i);
            if (kind < 0)
                continue;
            auto value = sqlValue(it.value(), static_cast<ColumnKind>(kind));
            if (!value)
                return fail(Error(ErrorCode::ParseError, value.error().message(),
                                  where(c, it.key())));
            q.bindValue(position++, *value);
        }
        if (!q.exec()) {
            const QString text = q.lastError().databaseText();
            // Name the column when SQLite's message does ("NOT NULL constraint failed: t.col").
            QString field;
            for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
                const QRegularExpression word(u"\\b%1\\b"_s.arg(it.key()));
                if (info.columns.contains(it.key()) && word.match(text).hasMatch()) {
                    field = it.key();
                    break;
                }
            }
            return fail(Error(ErrorCode::Constraint,
                              Tr::tr("the server's row cannot be stored: %1").arg(text),
                              where(c, field)));
        }
        if (q.numRowsAffected() > 0)
            ++outcome.written;
        else
            ++outcome.skipped;
        return {};
    }

    // The upsert of one entity for the fields of `c`: insert, or replace the row (pull: the
    // caller kept only changes after the cursor) or a row of another version (snapshot). Fields
    // the table lacks are left out and counted.
    Result<Shape> buildShape(const Change &c, const TableInfo &info, Mode mode)
    {
        Shape shape;
        QStringList columns{u"\"id\""_s, u"\"version\""_s};
        QStringList marks{u"?"_s, u"?"_s};
        QStringList sets{u"\"version\" = excluded.\"version\""_s};
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            const QString name = it.key();
            auto column = info.columns.constFind(name);
            if (name == "id"_L1 || name == "version"_L1) {
                shape.kinds.append(-1); // carried by the change itself
                continue;
            }
            if (column == info.columns.constEnd()) {
                shape.kinds.append(-1);
                ++shape.ignored;
                continue;
            }
            shape.kinds.append(static_cast<int>(*column));
            columns.append(quoted(name));
            marks.append(u"?"_s);
            sets.append(u"%1 = excluded.%1"_s.arg(quoted(name)));
        }
        const QString t = quoted(c.entity);
        const QString sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (\"id\") DO UPDATE "
                            "SET %4%5"_s
                                .arg(t, columns.join(u", "_s), marks.join(u", "_s), sets.join(u", "_s),
                                     mode == Mode::Pull ? QString()
                                                        : u" WHERE excluded.\"version\" <> %1.\"version\""_s.arg(t));
        auto query = statement(sql);
        if (!query)
            return fail(query.error());
        shape.query = *query;
        return shape;
    }

    Result<void> writeAll(const QList<Change> &changes, Mode mode, ApplyOutcome &outcome)
    {
        for (const Change &c : changes) {
            if (auto r = write(c, mode, outcome); !r)
                return r;
        }
        return {};
    }

    Result<qint64> readCursor(const QString &tenant) const
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT cursor FROM sync_cursor WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot read the sync cursor:"), q.lastError()));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    // `forward`: a cursor never goes back (a page answered twice, late); a snapshot sets it.
    Result<void> writeCursor(const QString &tenant, qint64 cursor, bool forward)
    {
        QSqlQuery q(db());
        q.prepare(forward ? u"INSERT INTO sync_cursor (tenant, cursor, pulled_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (tenant) DO UPDATE SET cursor = max(cursor, "
                            "excluded.cursor), pulled_at = excluded.pulled_at"_s
                          : u"INSERT INTO sync_cursor (tenant, cursor, pulled_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (tenant) DO UPDATE SET cursor = excluded.cursor, "
                            "pulled_at = excluded.pulled_at"_s);
        q.addBindValue(tenant);
        q.addBindValue(cursor);
        q.addBindValue(now());
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot store the sync cursor:"), q.lastError()));
        return {};
    }

    Result<void> requireEmptyOutbox()
    {
        auto pending = outboxCount();
        if (!pending)
            return fail(pending.error());
        const int shown = static_cast<int>(qMin<qint64>(*pending, std::numeric_limits<int>::max()));
        if (*pending > 0)
            return fail(ErrorCode::Conflict,
                        Tr::tr("%n operation(s) wait to be pushed: push them before replacing the "
                               "device's copy.",
                               nullptr, shown));
        return {};
    }
};

LocalReplica::LocalReplica(Store &store) : d(std::make_unique<Impl>(store)) {}

LocalReplica::~LocalReplica() = default;

Result<qint64> LocalReplica::cursor(const QString &tenant) const
{
    return d->readCursor(tenant);
}

Result<QStringList> LocalReplica::syncedEntities() const
{
    return d->syncedEntities();
}

Result<ApplyOutcome> LocalReplica::applyPage(const QString &tenant, const QList<Change> &changes,
                                             qint64 newCursor)
{
    if (auto r = d->checkTenant(tenant); !r)
        return fail(r.error());
    if (newCursor < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("A cursor cannot be negative."),
                    u"cursor"_s);
    if (auto r = d->begin(); !r)
        return fail(r.error());

    ApplyOutcome outcome;
    auto pending = d->outboxCount();
    if (!pending) {
        d->rollback();
        return fail(pending.error());
    }
    if (*pending > 0) {
        d->rollback();
        outcome.status = ApplyOutcome::Status::OutboxNotEmpty;
        outcome.pendingOperations = *pending;
        auto current = d->readCursor(tenant);
        if (!current)
            return fail(current.error());
        outcome.cursor = *current;
        return outcome;
    }

    // The server's changes come in its order and each one is its state at that point: a change
    // after the cursor replaces the local row whatever the local version (a local edit the server
    // refused may have numbered the row past the server's version), and a change at or before the
    // cursor is already here (a page answered twice).
    auto run = [&]() -> Result<void> {
        auto current = d->readCursor(tenant);
        if (!current)
            return fail(current.error());
        if (auto r = d->openApply(); !r)
            return r;
        for (const Change &c : changes) {
            if (c.seq <= *current) {
                ++outcome.skipped;
                continue;
            }
            if (auto r = d->write(c, Mode::Pull, outcome); !r)
                return r;
        }
        return d->writeCursor(tenant, newCursor, true);
    };
    return d->finishApply(run(), tenant, changes, outcome);
}

Result<void> LocalReplica::acknowledge(const QList<OpResult> &results)
{
    if (results.isEmpty())
        return {};
    if (auto r = d->begin(); !r)
        return r;
    auto run = [&]() -> Result<void> {
        QSqlQuery find(d->db());
        find.prepare(u"SELECT device_seq, entity, entity_id, kind, fields FROM outbox "
                     "WHERE op_id = ?"_s);
        QSqlQuery store(d->db());
        store.prepare(u"INSERT INTO conflict (op_id, op_kind, entity, entity_id, field, "
                      "local_value, server_value, reason, detected_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery drop(d->db());
        drop.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s);
        const QString detectedAt = now();
        for (const OpResult &result : results) {
            const QString opId = result.opId.toString(QUuid::WithoutBraces);
            find.addBindValue(opId);
            if (!find.exec())
                return fail(dbError(Tr::tr("Cannot read the outbox:"), find.lastError()));
            if (!find.next())
                continue; // acknowledged already: an answer received twice
            const qint64 deviceSeq = find.value(0).toLongLong();
            const QString entity = find.value(1).toString();
            const QString entityId = find.value(2).toString();
            const QString kind = find.value(3).toString();
            const QString fields = find.value(4).toString();
            find.finish();
            if (deviceSeq != result.deviceSeq)
                return fail(ErrorCode::Conflict,
                            Tr::tr("The server answered operation %1 as number %2, but it is "
                                   "number %3 here; nothing was acknowledged.")
                                .arg(opId)
                                .arg(result.deviceSeq)
                                .arg(deviceSeq),
                            u"result.device_seq"_s);

            if (result.status != OpResult::Status::Applied) {
                QString reason = result.reason;
                if (reason.isEmpty())
                    reason = result.status == OpResult::Status::Merged
                                 ? Tr::tr("Another change reached the server first; the server "
                                          "kept its value.")
                                 : Tr::tr("The server refused the change.");
                auto insert = [&](const QString &field, const QVariant &local,
                                  const QVariant &server) -> Result<void> {
                    store.addBindValue(opId);
                    store.addBindValue(kind);
                    store.addBindValue(entity);
                    store.addBindValue(entityId);
                    store.addBindValue(field);
                    store.addBindValue(local);
                    store.addBindValue(server);
                    store.addBindValue(reason);
                    store.addBindValue(detectedAt);
                    if (!store.exec())
                        return fail(dbError(Tr::tr("Cannot store the conflict:"),
                                            store.lastError()));
                    return {};
                };
                if (result.conflicts.isEmpty()) {
                    // The whole operation goes to the inbox: nothing it carried is lost.
                    if (auto r = insert(u"*"_s, QVariant(nonNull(fields)), QVariant()); !r)
                        return r;
                } else {
                    for (const FieldConflict &c : result.conflicts) {
                        if (auto r = insert(c.field, QVariant(jsonText(c.localValue)),
                                            QVariant(jsonText(c.serverValue)));
                            !r)
                            return r;
                    }
                }
            }
            drop.addBindValue(opId);
            if (!drop.exec())
                return fail(dbError(Tr::tr("Cannot remove the operation from the outbox:"),
                                    drop.lastError()));
        }
        return {};
    };
    if (auto r = run(); !r) {
        d->rollback();
        return r;
    }
    failpoint("ack.before_commit");
    QSqlDatabase db = d->db();
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        d->rollback();
        return fail(dbError(Tr::tr("Cannot store the server's answers:"), e));
    }
    return {};
}

Result<void> LocalReplica::beginSnapshot(const QString &tenant, qint64 headCursor)
{
    if (auto r = d->checkTenant(tenant); !r)
        return r;
    if (headCursor < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("A cursor cannot be negative."),
                    u"cursor"_s);
    if (auto r = d->begin(); !r)
        return r;
    auto run = [&]() -> Result<void> {
        if (auto r = d->requireEmptyOutbox(); !r)
            return r;
        QSqlQuery q(d->db());
        q.prepare(u"DELETE FROM sync_snapshot_row WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot start the snapshot:"), q.lastError()));
        q.prepare(u"DELETE FROM sync_snapshot WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot start the snapshot:"), q.lastError()));
        q.prepare(u"INSERT INTO sync_snapshot (tenant, head_cursor, next_key, rows, started_at) "
                  "VALUES (?, ?, '', 0, ?)"_s);
        q.addBindValue(tenant);
        q.addBindValue(headCursor);
        q.addBindValue(now());
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot start the snapshot:"), q.lastError()));
        return {};
    };
    if (auto r = run(); !r) {
        d->rollback();
        return r;
    }
    QSqlDatabase db = d->db();
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        d->rollback();
        return fail(dbError(Tr::tr("Cannot start the snapshot:"), e));
    }
    return {};
}

Result<ApplyOutcome> LocalReplica::applySnapshotRows(const QString &tenant,
                                                     const QList<Change> &rows,
                                                     const QString &next)
{
    if (auto r = d->checkTenant(tenant); !r)
        return fail(r.error());
    if (auto r = d->begin(); !r)
        return fail(r.error());
    ApplyOutcome outcome;
    auto run = [&]() -> Result<void> {
        if (auto r = d->requireEmptyOutbox(); !r)
            return r;
        QSqlQuery q(d->db());
        q.prepare(u"SELECT head_cursor FROM sync_snapshot WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot read the snapshot:"), q.lastError()));
        if (!q.next())
            return fail(ErrorCode::NotFound, Tr::tr("No snapshot is in progress for \"%1\".")
                                                 .arg(tenant));
        q.finish();
        if (auto r = d->openApply(); !r)
            return r;
        if (auto r = d->writeAll(rows, Mode::Snapshot, outcome); !r)
            return r;
        auto seen = d->statement(u"INSERT OR IGNORE INTO sync_snapshot_row (tenant, entity, id) "
                                 "VALUES (?, ?, ?)"_s);
        if (!seen)
            return fail(seen.error());
        for (const Change &c : rows) {
            if (c.deleted)
                continue;
            (*seen)->addBindValue(tenant);
            (*seen)->addBindValue(c.entity);
            (*seen)->addBindValue(c.id);
            if (!(*seen)->exec())
                return fail(dbError(Tr::tr("Cannot record the snapshot's progress:"),
                                    (*seen)->lastError()));
        }
        q.prepare(u"UPDATE sync_snapshot SET next_key = ?, rows = rows + ? WHERE tenant = ?"_s);
        q.addBindValue(nonNull(next));
        q.addBindValue(static_cast<qint64>(rows.size()));
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot record the snapshot's progress:"), q.lastError()));
        return {};
    };
    return d->finishApply(run(), tenant, rows, outcome);
}

Result<void> LocalReplica::applySnapshotPage(const QString &tenant, const QList<Change> &rows,
                                             const QString &next)
{
    auto outcome = applySnapshotRows(tenant, rows, next);
    if (!outcome)
        return fail(outcome.error());
    return {};
}

Result<std::optional<SnapshotProgress>>
LocalReplica::snapshotInProgress(const QString &tenant) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT head_cursor, next_key, rows, started_at FROM sync_snapshot "
              "WHERE tenant = ?"_s);
    q.addBindValue(tenant);
    if (!q.exec())
        return fail(dbError(Tr::tr("Cannot read the snapshot:"), q.lastError()));
    if (!q.next())
        return std::optional<SnapshotProgress>();
    SnapshotProgress p;
    p.tenant = tenant;
    p.headCursor = q.value(0).toLongLong();
    p.next = q.value(1).toString();
    p.rows = q.value(2).toLongLong();
    p.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return std::optional<SnapshotProgress>(p);
}

Result<void> LocalReplica::finishSnapshot(const QString &tenant)
{
    if (auto r = d->checkTenant(tenant); !r)
        return r;
    auto entities = d->syncedEntities();
    if (!entities)
        return fail(entities.error());
    if (auto r = d->begin(); !r)
        return r;
    auto run = [&]() -> Result<void> {
        if (auto r = d->requireEmptyOutbox(); !r)
            return r;
        QSqlQuery q(d->db());
        q.prepare(u"SELECT head_cursor FROM sync_snapshot WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot read the snapshot:"), q.lastError()));
        if (!q.next())
            return fail(ErrorCode::NotFound, Tr::tr("No snapshot is in progress for \"%1\".")
                                                 .arg(tenant));
        const qint64 head = q.value(0).toLongLong();
        q.finish();
        if (auto r = d->openApply(); !r)
            return r;
        // The snapshot replaces the device's copy: what it did not send is gone on the server
        // (or hidden from this user). Foreign keys are checked at commit, so the order of the
        // tables does not matter.
        for (const QString &entity : std::as_const(*entities)) {
            QSqlQuery del(d->db());
            del.prepare(u"DELETE FROM %1 WHERE id NOT IN (SELECT id FROM sync_snapshot_row "
                        "WHERE tenant = ? AND entity = ?)"_s
                            .arg(quoted(entity)));
            del.addBindValue(tenant);
            del.addBindValue(entity);
            if (!del.exec())
                return fail(Error(ErrorCode::Constraint,
                                  Tr::tr("Cannot remove the rows the snapshot did not send: %1")
                                      .arg(del.lastError().databaseText()),
                                  entity));
        }
        if (auto r = d->writeCursor(tenant, head, false); !r)
            return r;
        q.prepare(u"DELETE FROM sync_snapshot_row WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot close the snapshot:"), q.lastError()));
        q.prepare(u"DELETE FROM sync_snapshot WHERE tenant = ?"_s);
        q.addBindValue(tenant);
        if (!q.exec())
            return fail(dbError(Tr::tr("Cannot close the snapshot:"), q.lastError()));
        return {};
    };
    if (auto r = run(); !r) {
        d->rollback();
        return r;
    }
    return d->closeApply({});
}

Result<QList<ConflictItem>> LocalReplica::openConflicts() const
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, op_id, coalesce(op_kind, 'update'), entity, entity_id, field, "
                "local_value, server_value, reason, detected_at FROM conflict "
                "WHERE resolved_at IS NULL ORDER BY id"_s))
        return fail(dbError(Tr::tr("Cannot read the conflicts:"), q.lastError()));
    QList<ConflictItem> items;
    while (q.next()) {
        ConflictItem c;
        c.id = q.value(0).toLongLong();
        c.opId = QUuid::fromString(q.value(1).toString());
        c.operationKind = q.value(2).toString();
        c.entity = q.value(3).toString();
        c.entityId = q.value(4).toString();
        c.field = q.value(5).toString();
        c.localValue = jsonFromText(q.value(6));
        c.serverValue = jsonFromText(q.value(7));
        c.reason = q.value(8).toString();
        c.detectedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        items.append(c);
    }
    return items;
}

Result<void> LocalReplica::resolve(qint64 conflictId, Resolution resolution)
{
    UnitOfWork unit(d->store);
    if (auto r = unit.begin(); !r)
        return r;

    QSqlQuery q(d->db());
    q.prepare(u"SELECT coalesce(op_kind, 'update'), entity, entity_id, field, local_value "
              "FROM conflict WHERE id = ? AND resolved_at IS NULL"_s);
    q.addBindValue(conflictId);
    if (!q.exec())
        return fail(dbError(Tr::tr("Cannot read the conflict:"), q.lastError()));
    if (!q.next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("Conflict %1 does not exist or is resolved already.").arg(conflictId));
    const QString kind = q.value(0).toString();
    const QString entity = q.value(1).toString();
    const QString entityId = q.value(2).toString();
    const QString field = q.value(3).toString();
    const QJsonValue local = jsonFromText(q.value(4));
    q.finish();

    if (resolution == Resolution::KeepLocal) {
        auto requeue = [&]() -> Result<void> {
            if (kind == "command"_L1)
                return unit.command(entity, entityId, local.toObject());
            const TableInfo &info = d->table(entity);
            if (!info.synced)
                return fail(ErrorCode::NotFound,
                            Tr::tr("\"%1\" is not a synced entity of this store.").arg(entity));
            QSqlQuery current(d->db());
            current.prepare(u"SELECT version FROM %1 WHERE id = ?"_s.arg(quoted(entity)));
            current.addBindValue(entityId);
            if (!current.exec())
                return fail(dbError(Tr::tr("Cannot read the row:"), current.lastError()));
            const bool present = current.next();
            const qint64 version = present ? current.value(0).toLongLong() : 0;
            current.finish();
            if (kind == "delete"_L1) {
                if (!present)
                    return {}; // gone already: what we wanted
                return unit.remove(entity, entityId, version);
            }
            QJsonObject values;
            if (field == "*"_L1)
                values = local.toObject();
            else
                values.insert(field, local);
            QVariantMap changed;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                if (it.key() == "id"_L1 || it.key() == "version"_L1)
                    continue;
                if (!info.columns.contains(it.key()))
                    return fail(ErrorCode::NotFound,
                                Tr::tr("%1 has no field \"%2\" any more.").arg(entity, it.key()));
                auto v = variantFromJson(it.value());
                if (!v)
                    return fail(v.error().located(it.key()));
                changed.insert(it.key(), *v);
            }
            if (present) {
                if (changed.isEmpty())
                    return {};
                auto updated = unit.update(entity, entityId, version, changed);
                if (!updated)
                    return fail(updated.error());
                return {};
            }
            if (field != "*"_L1)
                return fail(ErrorCode::NotFound,
                            Tr::tr("%1 \"%2\" no longer exists; only the server's version can be "
                                   "kept.")
                                .arg(entity, entityId));
            return unit.insert(entity, entityId, changed);
        };
        if (auto r = requeue(); !r)
            return r; // the unit rolls back
    }

    QSqlQuery mark(d->db());
    mark.prepare(u"UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ?"_s);
    mark.addBindValue(now());
    mark.addBindValue(resolution == Resolution::KeepLocal ? u"kept_local"_s : u"kept_server"_s);
    mark.addBindValue(conflictId);
    if (!mark.exec())
        return fail(dbError(Tr::tr("Cannot close the conflict:"), mark.lastError()));
    return unit.commit();
}

} // namespace coop::sync
