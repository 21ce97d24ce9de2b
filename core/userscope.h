#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace coop {

class Store;

// Who works on a store and on which activities (issue 9): the role the cooperative's server
// granted at sign-in, kept in the store's metadata, and the activities it covers (an
// entrepreneur's own activity, an accountant's portfolio). A stand-alone store, never signed in,
// is its holder's: they are the cooperative's admin and see every activity.
struct UserScope
{
    enum class Role { Entrepreneur, Accountant, Admin };

    // The store_meta keys the sync engine writes at sign-in.
    static constexpr const char *kRoleKey = "sync_role";
    static constexpr const char *kActivitiesKey = "sync_activities";

    Role role = Role::Admin;
    QStringList activityIds; // meaningful for the entrepreneur and the accountant only

    // The admin sees the whole cooperative; the others only their activities.
    bool seesAll() const { return role == Role::Admin; }
    bool sees(const QString &activityId) const;

    // From the two metadata values: the role's key ("entrepreneur", "accountant", "admin"; empty
    // is a stand-alone store, the admin) and the activity ids joined by ','. An unknown role is
    // refused (ParseError) rather than read as a wider one.
    static Result<UserScope> fromMeta(const QString &role, const QString &activities);
    // The scope of an open store.
    static Result<UserScope> read(const Store &store);

    static QString roleKey(Role role);

    bool operator==(const UserScope &) const = default;
};

} // namespace coop
