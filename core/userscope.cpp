#include "userscope.h"

#include "core/storage/store.h"
#include "core/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

bool UserScope::sees(const QString &activityId) const
{
    return seesAll() || activityIds.contains(activityId);
}

QString UserScope::roleKey(Role role)
{
    switch (role) {
    case Role::Entrepreneur:
        return u"entrepreneur"_s;
    case Role::Accountant:
        return u"accountant"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

Result<UserScope> UserScope::fromMeta(const QString &role, const QString &activities)
{
    UserScope scope;
    const QString key = role.trimmed();
    if (key.isEmpty() || key == roleKey(Role::Admin))
        scope.role = Role::Admin;
    else if (key == roleKey(Role::Entrepreneur))
        scope.role = Role::Entrepreneur;
    else if (key == roleKey(Role::Accountant))
        scope.role = Role::Accountant;
    else
        return fail(ErrorCode::ParseError, Tr::tr("Unknown role \"%1\".").arg(key),
                    QString::fromLatin1(kRoleKey));
    for (const QString &id : activities.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !scope.activityIds.contains(trimmed))
            scope.activityIds.append(trimmed);
    }
    return scope;
}

Result<UserScope> UserScope::read(const Store &store)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT key, value FROM store_meta WHERE key IN (?, ?)"_s);
    query.addBindValue(QString::fromLatin1(kRoleKey));
    query.addBindValue(QString::fromLatin1(kActivitiesKey));
    if (!query.exec())
        return fail(ErrorCode::Database,
                    Tr::tr("Cannot read the person's role: %1").arg(query.lastError().text()),
                    QString::fromLatin1(kRoleKey));
    QString role;
    QString activities;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1StringView(kRoleKey))
            role = query.value(1).toString();
        else
            activities = query.value(1).toString();
    }
    return fromMeta(role, activities);
}

} // namespace coop
