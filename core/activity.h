#pragma once

#include "rate.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace coop {

// An entrepreneur's share of a shared activity's result.
struct ActivityMember
{
    QString entrepreneurId;
    Rate share; // the members' shares add up to exactly 100 %
    bool operator==(const ActivityMember &) const = default;
};

// An activity (enDI's "enseigne"): the analytic unit whose turnover, charges and result are
// followed; usually one entrepreneur, sometimes shared by several.
struct Activity
{
    QString id;           // UUID
    QString analyticCode; // unique in the cooperative: 2-12 upper-case letters/digits ("ANA042")
    QString name;
    QString trade;        // what the activity does ("Graphisme", "Menuiserie")
    QList<ActivityMember> members;
    qint64 version = 0;

    bool operator==(const Activity &) const = default;
};

// Code format, name present, members unique, shares positive and adding up to 100 %.
ValidationErrors validate(const Activity &activity);

} // namespace coop
