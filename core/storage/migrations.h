#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace coop {

// A numbered step of the store's schema, from resources/migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations compiled into this build, in order; versions run 1, 2, 3… without holes.
const QList<Migration> &builtinMigrations();
int latestSchemaVersion();

// The highest migration applied to the store, 0 for an empty database.
Result<int> appliedSchemaVersion(const QSqlDatabase &db);

// Applies every missing migration up to `target`, each in its own transaction that also records
// it, so an interrupted run leaves the store at a whole version. A store at a version this build
// does not know is refused (TooNew) and left untouched.
Result<void> migrate(QSqlDatabase &db, int target = latestSchemaVersion());

} // namespace coop
