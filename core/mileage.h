#pragma once

#include "money.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// Mileage allowances at the official scale (barème kilométrique of the tax administration, CGI
// ann. IV art. 6 B, also accepted by URSSAF for allowances): an entrepreneur who drives their own
// vehicle for the activity is reimbursed by the scale, in an expense report (issue 6 §1).
//
// The scale gives, for a vehicle kind and fiscal power, the allowance of a *year's* distance d as
// d × rate, or d × rate + fixed, by distance band. Trips are reimbursed as they come, so a trip is
// charged what it adds to the year's allowance: A(distance before + trip) − A(distance before);
// the year's trips then add up exactly to the scale's amount for the year's distance (a trip
// across a band edge takes the step between the bands' formulas: nothing at the first edge, a few
// euros at the last one). Each figure is rounded
// half up to the cent once, on the cumulated distance. Fully electric vehicles get the scale
// increased by 20 %.

enum class VehicleKind { Car, Motorcycle, Moped };

struct MileageVehicle
{
    VehicleKind kind = VehicleKind::Car;
    int fiscalPower = 5;      // chevaux fiscaux (CV), from the registration certificate (P.6)
    bool electric = false;

    bool operator==(const MileageVehicle &) const = default;
};

// The scale's edition in force on a date (the first edition it knows applies to earlier dates
// too). Its name, for the expense report: "barème kilométrique 2024 (revenus 2024, inchangé en
// 2025 et 2026)".
QString mileageScaleName(QDate date);

// The allowance of a year's distance, in cents, rounded half up. InvalidArgument for a negative
// distance or a fiscal power below 1.
Result<Money> mileageAllowance(const MileageVehicle &vehicle, qint64 kilometres, QDate date);

// What one trip adds to the year's allowance, given the distance already driven this year.
Result<Money> mileageTripAllowance(const MileageVehicle &vehicle, qint64 kilometresBefore,
                                   qint64 tripKilometres, QDate date);

} // namespace coop
