#include "core/mileage.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// Mileage allowances at the official scale: the published figures, the 20 % for electric
// vehicles, and trips that add up to the year's allowance whatever their sizes.

namespace {

MileageVehicle vehicle(VehicleKind kind, int power, bool electric = false)
{
    return MileageVehicle{kind, power, electric};
}

const QDate kDate(2026, 3, 15);

} // namespace

class TestMileage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearAllowance_data();
    void yearAllowance();
    void refused();
    void tripsAddUpToTheYear();
};

void TestMileage::yearAllowance_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("power");
    QTest::addColumn<bool>("electric");
    QTest::addColumn<qint64>("km");
    QTest::addColumn<QString>("expected");

    const int car = int(VehicleKind::Car);
    QTest::newRow("5 CV, 4 000 km: 4 000 × 0.636 (the administration's example)")
        << car << 5 << false << qint64(4'000) << u"2544.00"_s;
    QTest::newRow("4 CV, 15 000 km: 15 000 × 0.340 + 1 330")
        << car << 4 << false << qint64(15'000) << u"6430.00"_s;
    QTest::newRow("3 CV, 5 000 km: the first band's end") << car << 3 << false << qint64(5'000)
                                                          << u"2645.00"_s;
    QTest::newRow("3 CV, 5 001 km: 5 001 × 0.316 + 1 065 = 2 645.316")
        << car << 3 << false << qint64(5'001) << u"2645.32"_s;
    QTest::newRow("2 CV counts as 3 CV and less") << car << 2 << false << qint64(100)
                                                  << u"52.90"_s;
    QTest::newRow("11 CV counts as 7 CV and more: 25 000 × 0.470")
        << car << 11 << false << qint64(25'000) << u"11750.00"_s;
    QTest::newRow("electric 5 CV, 4 000 km: 2 544 × 1.2") << car << 5 << true << qint64(4'000)
                                                          << u"3052.80"_s;
    QTest::newRow("electric 3 CV, 1 km: 0.529 × 1.2 = 0.6348")
        << car << 3 << true << qint64(1) << u"0.63"_s;
    QTest::newRow("motorcycle 4 CV, 4 000 km: 4 000 × 0.082 + 1 158")
        << int(VehicleKind::Motorcycle) << 4 << false << qint64(4'000) << u"1486.00"_s;
    QTest::newRow("motorcycle 8 CV, 7 000 km: 7 000 × 0.343")
        << int(VehicleKind::Motorcycle) << 8 << false << qint64(7'000) << u"2401.00"_s;
    QTest::newRow("moped, 2 000 km: 2 000 × 0.315") << int(VehicleKind::Moped) << 1 << false
                                                     << qint64(2'000) << u"630.00"_s;
    QTest::newRow("no distance, no allowance") << car << 5 << false << qint64(0) << u"0.00"_s;
}

void TestMileage::yearAllowance()
{
    QFETCH(int, kind);
    QFETCH(int, power);
    QFETCH(bool, electric);
    QFETCH(qint64, km);
    const auto amount =
        mileageAllowance(vehicle(static_cast<VehicleKind>(kind), power, electric), km, kDate);
    QVERIFY(amount);
    QTEST(amount->toString(), "expected");
}

void TestMileage::refused()
{
    const auto negative = mileageAllowance(vehicle(VehicleKind::Car, 5), -1, kDate);
    QVERIFY(!negative);
    QCOMPARE(negative.error().where(), u"kilometres"_s);
    const auto noPower = mileageAllowance(vehicle(VehicleKind::Car, 0), 100, kDate);
    QVERIFY(!noPower);
    QCOMPARE(noPower.error().where(), u"fiscalPower"_s);
    const auto backwards = mileageTripAllowance(vehicle(VehicleKind::Car, 5), 1'000, -10, kDate);
    QVERIFY(!backwards);
    QVERIFY(!mileageScaleName(kDate).isEmpty());
}

void TestMileage::tripsAddUpToTheYear()
{
    QRandomGenerator random(20260315);
    for (int n = 0; n < 2'000; ++n) {
        const MileageVehicle v = vehicle(static_cast<VehicleKind>(random.bounded(3)),
                                         1 + random.bounded(10), random.bounded(2) == 1);
        qint64 driven = 0;
        Money charged;
        const int trips = 1 + random.bounded(60);
        for (int t = 0; t < trips; ++t) {
            const qint64 trip = random.bounded(1'500);
            const auto amount = mileageTripAllowance(v, driven, trip, kDate);
            QVERIFY(amount);
            QVERIFY(!amount->isNegative());
            charged += *amount;
            driven += trip;
        }
        QCOMPARE(charged, mileageAllowance(v, driven, kDate).value());
    }
}

QTEST_APPLESS_MAIN(TestMileage)
#include "tst_mileage.moc"
