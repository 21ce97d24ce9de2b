#pragma once

#include "core/result.h"

#include <QDate>

namespace coop {

class Store;

struct DemoOptions
{
    int entrepreneurs = 60;
    int years = 3;
    quint64 seed = 1;
    QDate today = QDate::currentDate(); // the cooperative is generated as it stands on this day
};

// What generateDemo() wrote, and how long it took.
struct DemoReport
{
    qint64 activities = 0;
    qint64 entrepreneurs = 0;
    qint64 interviews = 0;
    qint64 contracts = 0;
    qint64 generateMs = 0; // building the records in memory
    qint64 writeMs = 0;    // validating and writing them, commit included
};

// Fills an empty store with a generated cooperative (core/demodata.h): its settings, activities,
// entrepreneurs, interviews and contracts, through PeopleRepository, in one unit of work: either
// everything is written and queued for sync, or nothing is. Refuses (AlreadyExists) a store that
// already has entrepreneurs, so that a demo is never mixed into real data. The cooperative's
// settings are written only when the store has none yet.
Result<DemoReport> generateDemo(Store &store, const DemoOptions &options);

} // namespace coop
