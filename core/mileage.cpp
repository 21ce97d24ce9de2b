#include "mileage.h"

#include "rounding.h"
#include "tr.h"

using namespace Qt::StringLiterals;

namespace coop {

namespace {

// One distance band: up to `upTo` km (0: no limit), allowance = d × rate + fixed, in thousandths
// of a euro (rate per km, fixed in all).
struct Band
{
    qint64 upTo;
    qint64 ratePerKm;
    qint64 fixed;
};

struct Row
{
    VehicleKind kind;
    int fromPower;  // this row applies from this fiscal power up to the next row's
    Band bands[3];
};

// Barème kilométrique published for the 2023 incomes and left unchanged for 2024 and 2025
// (BOI-BAREME-000001); CoopDesk applies it until a new edition is added here.
constexpr Row Scale[] = {
    {VehicleKind::Car, 1, {{5'000, 529, 0}, {20'000, 316, 1'065'000}, {0, 370, 0}}},
    {VehicleKind::Car, 4, {{5'000, 606, 0}, {20'000, 340, 1'330'000}, {0, 407, 0}}},
    {VehicleKind::Car, 5, {{5'000, 636, 0}, {20'000, 357, 1'395'000}, {0, 427, 0}}},
    {VehicleKind::Car, 6, {{5'000, 665, 0}, {20'000, 374, 1'457'000}, {0, 447, 0}}},
    {VehicleKind::Car, 7, {{5'000, 697, 0}, {20'000, 394, 1'515'000}, {0, 470, 0}}},
    {VehicleKind::Motorcycle, 1, {{3'000, 395, 0}, {6'000, 99, 891'000}, {0, 248, 0}}},
    {VehicleKind::Motorcycle, 3, {{3'000, 468, 0}, {6'000, 82, 1'158'000}, {0, 275, 0}}},
    {VehicleKind::Motorcycle, 6, {{3'000, 606, 0}, {6'000, 79, 1'583'000}, {0, 343, 0}}},
    {VehicleKind::Moped, 1, {{3'000, 315, 0}, {6'000, 79, 711'000}, {0, 198, 0}}},
};

const Row *rowFor(const MileageVehicle &vehicle)
{
    const Row *found = nullptr;
    for (const Row &row : Scale) {
        if (row.kind == vehicle.kind && row.fromPower <= vehicle.fiscalPower)
            found = &row;
    }
    return found;
}

// The year's allowance in thousandths of a euro, ×1.2 for electric vehicles kept exact as
// ten-thousandths.
qint64 allowanceTenThousandths(const Row &row, bool electric, qint64 km)
{
    const Band *band = &row.bands[2];
    for (const Band &candidate : row.bands) {
        if (candidate.upTo == 0 || km <= candidate.upTo) {
            band = &candidate;
            break;
        }
    }
    const qint64 thousandths = km * band->ratePerKm + band->fixed;
    return electric ? thousandths * 12 : thousandths * 10;
}

} // namespace

QString mileageScaleName(QDate date)
{
    Q_UNUSED(date);
    return u"barème kilométrique 2023 (inchangé pour 2024 et 2025)"_s;
}

Result<Money> mileageAllowance(const MileageVehicle &vehicle, qint64 kilometres, QDate date)
{
    Q_UNUSED(date);
    if (kilometres < 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A distance cannot be negative (%1 km).").arg(kilometres),
                    u"kilometres"_s);
    if (kilometres > 10'000'000)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 km in a year is not a distance a vehicle drives.").arg(kilometres),
                    u"kilometres"_s);
    const Row *row = vehicle.fiscalPower >= 1 ? rowFor(vehicle) : nullptr;
    if (!row)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The fiscal power must be at least 1 CV (not %1).").arg(vehicle.fiscalPower),
                    u"fiscalPower"_s);
    // Ten-thousandths of a euro to cents: divide by 100, half up.
    const auto cents = divideRounded(allowanceTenThousandths(*row, vehicle.electric, kilometres), 100,
                                     Rounding::HalfUp);
    if (!cents)
        return fail(cents.error());
    return Money::fromCents(*cents);
}

Result<Money> mileageTripAllowance(const MileageVehicle &vehicle, qint64 kilometresBefore,
                                   qint64 tripKilometres, QDate date)
{
    if (tripKilometres < 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A trip cannot be negative (%1 km).").arg(tripKilometres),
                    u"kilometres"_s);
    const auto before = mileageAllowance(vehicle, kilometresBefore, date);
    if (!before)
        return fail(before.error());
    const auto after = mileageAllowance(vehicle, kilometresBefore + tripKilometres, date);
    if (!after)
        return fail(after.error());
    return *after - *before;
}

} // namespace coop
