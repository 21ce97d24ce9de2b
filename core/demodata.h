#pragma once

#include "activity.h"
#include "contract.h"
#include "cooperative.h"
#include "entrepreneur.h"

#include <QDate>
#include <QList>

namespace coop {

struct DemoDataOptions
{
    int entrepreneurs = 60;
    int years = 3;     // the story starts this many years before `today`
    quint64 seed = 1;
    QDate today;       // the last day of the story; nothing happens after it
};

// A cooperative as the support team would find it on `today`.
struct DemoCooperative
{
    CooperativeSettings settings;
    QList<Activity> activities;        // one per person, a few shared by two
    QList<Entrepreneur> entrepreneurs; // with their interviews, in the order they joined
    QList<Contract> contracts;         // by person, in date order
};

// A realistic, reproducible cooperative: French names and addresses around Lyon, NIRs whose key,
// sex digit, birth year and month agree with the person, activities with analytic codes and trades
// (some shared, with their split), and contracts at every stage over `years` years ending on
// `today` (four fifths of the people join during those years; the others were there before, up
// to four years earlier): CAPEs running, renewed, ended or left; CAPEs followed by a CESA; CESAs
// signed directly; amendments; associates; deadlines near or passed; exits with their reasons;
// interviews, with a few people overdue for one. Nothing is dated after `today` but the planned
// ends of running CAPEs, and every record passes validate() as of `today`.
//
// Pure and seeded: the same options give the same data, ids included, on every platform (the
// generator uses its own xoshiro256** stream, not std distributions, whose results vary between
// standard libraries). Different seeds give different cooperatives.
DemoCooperative generateDemoCooperative(const DemoDataOptions &options);

} // namespace coop
