#pragma once

#include "core/result.h"
#include "core/validation.h"

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

} // namespace repository
} // namespace coop
