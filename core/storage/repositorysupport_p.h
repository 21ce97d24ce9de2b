#pragma once

#include "core/result.h"
#include "core/validation.h"
#include "unitofwork.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// What the repositories share to map records to rows: the column conventions of the migrations
// (text columns NOT NULL, ISO dates or NULL, JSON text for lists), reading with bound values, and
// the version check of synced records.
namespace repository {

// Text columns are NOT NULL: a null QString binds as ''.
QVariant text(const QString &value);
// An optional reference: NULL when empty.
QVariant optionalText(const QString &value);
// 'YYYY-MM-DD', or NULL for a null date, and back.
QVariant date(QDate value);
QDate toDate(const QVariant &value);
// A JSON list column, compact, and back (an unreadable value reads as an empty list).
QString json(const QJsonArray &array);
QString json(const QJsonObject &object);
QJsonArray jsonArray(const QVariant &value);

Error sqlError(const QString &what, const QSqlQuery &query);
// A forward-only query run with `binds` in order; the error says the store could not be read.
Result<QSqlQuery> select(const Store &store, const QString &sql, const QVariantList &binds = {});

// The fields that differ between what is stored and what is saved: an update sends only those,
// so that sync merges field by field.
QVariantMap changedFields(const QVariantMap &stored, const QVariantMap &saved);
QString newId();

// What one payment brought an activity, HT: the amount less the VAT its shares carry, negative for
// the refund of a credit note.
struct CollectedPayment
{
    QString activityId;
    QDate date;
    qint64 htCents = 0;
};
// Every payment dated from `from` to `to` (both included).
Result<QList<CollectedPayment>> collectedPayments(const Store &store, QDate from, QDate to);

// Begins the unit with BEGIN IMMEDIATE (the driver's beginTransaction), so that its reads are
// made under the write lock. SQLite reports a busy database as "database is locked"; the driver's
// busy timeout already waited, but under a steady stream of short write transactions from another
// connection a waiter can miss every window, so this tries again for up to a minute.
Result<void> beginWriting(UnitOfWork &unit);

// The first problem of a validation as an error (nothing when there is none).
Result<void> firstError(const ValidationErrors &errors);
// Conflict when the record changed since the caller read it (stored ≠ saved version).
Result<void> checkVersion(const QString &entity, const QString &id, qint64 stored, qint64 saved);

// The first record of a list read for one id, or nothing.
template<typename Record>
Result<std::optional<Record>> firstOf(const Result<QList<Record>> &list)
{
    if (!list)
        return fail(list.error());
    if (list->isEmpty())
        return std::optional<Record>();
    return std::optional<Record>(list->constFirst());
}

// Writes a record that carries its id and version: version 0 inserts it; otherwise the stored
// record must exist and have the same version (else NotFound / Conflict), and only the fields
// that differ are updated.
template<typename Record, typename FieldsOf, typename ReadStored>
Result<Record> saveVersioned(UnitOfWork &unit, const QString &table, Record record,
                             FieldsOf fieldsOf, ReadStored readStored, const QString &notFound)
{
    const QVariantMap fields = fieldsOf(record);
    if (record.version == 0) {
        if (auto r = unit.insert(table, record.id, fields); !r)
            return fail(r.error());
        record.version = 1;
        return record;
    }
    const Result<std::optional<Record>> stored = readStored();
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, notFound);
    const Record &current = **stored;
    if (auto r = checkVersion(table, record.id, current.version, record.version); !r)
        return fail(r.error());
    const QVariantMap changed = changedFields(fieldsOf(current), fields);
    if (changed.isEmpty())
        return record;
    auto version = unit.update(table, record.id, record.version, changed);
    if (!version)
        return fail(version.error());
    record.version = *version;
    return record;
}

// Runs `work` in one unit of work begun with beginWriting() (BEGIN IMMEDIATE: the reads that
// decide what is written, a number for instance, are made under the write lock) and commits it
// when it succeeds.
template<typename Work>
auto inOneUnit(Store &store, Work work) -> decltype(work(std::declval<UnitOfWork &>()))
{
    UnitOfWork unit(store);
    if (auto begun = beginWriting(unit); !begun)
        return fail(begun.error());
    auto result = work(unit);
    if (!result)
        return result;
    if (auto r = unit.commit(); !r)
        return fail(r.error());
    return result;
}

} // namespace repository
} // namespace coop
