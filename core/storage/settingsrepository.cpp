#include "settingsrepository.h"

#include "store.h"
#include "unitofwork.h"

#include "core/tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

struct Row
{
    QString value;
    qint64 version = 0;
};

Result<std::optional<Row>> readRow(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value, version FROM setting WHERE id = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return fail(ErrorCode::Database,
                    Tr::tr("Cannot read the setting %1: %2").arg(key, q.lastError().text()));
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{q.value(0).toString(), q.value(1).toLongLong()});
}

} // namespace

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    auto row = readRow(m_store.database(), key);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>((*row)->value);
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    UnitOfWork unit(m_store);
    if (auto r = unit.begin(); !r)
        return r;
    auto row = readRow(m_store.database(), key);
    if (!row)
        return fail(row.error());
    const QVariantMap fields{
        {u"value"_s, value},
        {u"updated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (!*row) {
        if (auto r = unit.insert(u"setting"_s, key, fields); !r)
            return r;
    } else if ((*row)->value == value) {
        return {}; // nothing changed: no operation to sync
    } else if (auto r = unit.update(u"setting"_s, key, (*row)->version, fields); !r) {
        return fail(r.error());
    }
    return unit.commit();
}

} // namespace coop
