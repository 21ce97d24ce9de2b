#include "migrations.h"

#include "sqlcipherdriver.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

QList<Migration> loadMigrations()
{
    QList<Migration> result;
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(u":/migrations"_s);
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch m = pattern.match(fileName);
        Q_ASSERT_X(m.hasMatch(), "migrations", "migration files are named NNNN_name.sql");
        QFile file(dir.filePath(fileName));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Q_UNUSED(opened);
        result.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < result.size(); ++i)
        Q_ASSERT_X(result.at(i).version == i + 1, "migrations", "versions must have no holes");
    return result;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::Database, what + u' ' + error.text());
}

} // namespace

const QList<Migration> &builtinMigrations()
{
    static const QList<Migration> migrations = loadMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    return static_cast<int>(builtinMigrations().size());
}

Result<int> appliedSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migration'"_s)
        || !q.next())
        return fail(sqlError(Tr::tr("Cannot read the store's schema."), q.lastError()));
    if (q.value(0).toLongLong() == 0)
        return 0;
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migration"_s) || !q.next())
        return fail(sqlError(Tr::tr("Cannot read the store's schema version."), q.lastError()));
    return q.value(0).toInt();
}

Result<void> migrate(QSqlDatabase &db, int target)
{
    Q_ASSERT(target >= 0 && target <= latestSchemaVersion());
    auto current = appliedSchemaVersion(db);
    if (!current)
        return fail(current.error());
    if (*current > latestSchemaVersion()) {
        return fail(ErrorCode::TooNew,
                    Tr::tr("This store was written by a newer CoopDesk (schema version %1; this "
                           "version knows up to %2). Install a newer CoopDesk to open it.")
                        .arg(*current)
                        .arg(latestSchemaVersion()));
    }

    for (const Migration &m : builtinMigrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        if (!db.transaction())
            return fail(sqlError(Tr::tr("Cannot start migration %1.").arg(m.version), db.lastError()));
        QSqlError error;
        if (!sqlCipherExecScript(db, m.sql, &error)) {
            db.rollback();
            return fail(sqlError(Tr::tr("Migration %1 (%2) failed:").arg(m.version).arg(m.name),
                                 error));
        }
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO schema_migration (version, name, applied_at, app_version) "
                       "VALUES (?, ?, ?, ?)"_s);
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        record.addBindValue(QStringLiteral(COOPDESK_VERSION));
        if (!record.exec()) {
            const QSqlError recordError = record.lastError();
            db.rollback();
            return fail(sqlError(Tr::tr("Cannot record migration %1.").arg(m.version), recordError));
        }
        if (!db.commit()) {
            const QSqlError commitError = db.lastError();
            db.rollback();
            return fail(sqlError(Tr::tr("Cannot commit migration %1.").arg(m.version), commitError));
        }
    }
    return {};
}

} // namespace coop
