#include "core/businessday.h"

#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

using namespace coop;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

// The cooperative's day is Paris's day, whatever the machine's clock is set to; the process runs
// with its local zone set to UTC+14 (see main) so that a mistaken use of local time shows.
class TestBusinessDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localZoneIsFarFromParis()
    {
        const QDateTime local(QDate(2026, 11, 26), QTime(12, 0));
        QCOMPARE(local.offsetFromUtc(), 14 * 3600);
    }

    void dayOfAnInstant_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QDate>("day");
        // Winter: UTC+1. 23:00 UTC is already tomorrow in Paris.
        QTest::newRow("winter, 22:59 UTC") << utc(2026, 11, 26, 22, 59) << QDate(2026, 11, 26);
        QTest::newRow("winter, 23:00 UTC") << utc(2026, 11, 26, 23, 0) << QDate(2026, 11, 27);
        QTest::newRow("new year") << utc(2026, 12, 31, 23, 30) << QDate(2027, 1, 1);
        // Summer: UTC+2.
        QTest::newRow("summer, 21:59 UTC") << utc(2026, 6, 30, 21, 59) << QDate(2026, 6, 30);
        QTest::newRow("summer, 22:00 UTC") << utc(2026, 6, 30, 22, 0) << QDate(2026, 7, 1);
        // The evenings around the changes of 2026 (29 March and 25 October, 01:00 UTC).
        QTest::newRow("eve of summer time") << utc(2026, 3, 28, 23, 0) << QDate(2026, 3, 29);
        QTest::newRow("first summer evening") << utc(2026, 3, 29, 22, 0) << QDate(2026, 3, 30);
        QTest::newRow("last summer evening") << utc(2026, 10, 24, 22, 0) << QDate(2026, 10, 25);
        QTest::newRow("first winter evening, 22:00") << utc(2026, 10, 25, 22, 0) << QDate(2026, 10, 25);
        QTest::newRow("first winter evening, 23:00") << utc(2026, 10, 25, 23, 0) << QDate(2026, 10, 26);
        // An instant given in the machine's local time (UTC+14) is the same instant.
        QTest::newRow("local noon in Kiribati") << QDateTime(QDate(2026, 11, 26), QTime(12, 0)) << QDate(2026, 11, 25);
    }

    void dayOfAnInstant()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QDate, day);
        QCOMPARE(businessDateOf(instant), day);
        QCOMPARE(instant.toUTC().addSecs(parisRuleOffsetSeconds(instant)).date(), day);
    }

    void todayIsParisNotTheMachine()
    {
        const QDate before = businessDateOf(QDateTime::currentDateTimeUtc());
        const QDate today = businessToday();
        const QDate after = businessDateOf(QDateTime::currentDateTimeUtc());
        QVERIFY(today == before || today == after);
        // Here the machine's day is Kiribati's: ahead of Paris by 13 or 12 hours, so it differs
        // from Paris's day for about half of every day; the business day never follows it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate paris = now.toTimeZone(QTimeZone("Europe/Paris")).date();
        QCOMPARE(businessDateOf(now), paris);
    }

    void fallbackRuleMatchesTheTimeZoneDatabase()
    {
        // The rule used when the system has no tzdata must give Paris's offset at every hour
        // from 1996 (when the EU harmonised the changes) to 2040.
        const QTimeZone paris("Europe/Paris");
        QVERIFY2(paris.isValid(), "the system's time-zone database (tzdata) has no Europe/Paris");
        int checked = 0;
        for (QDateTime t = utc(1996, 1, 1, 0); t < utc(2041, 1, 1, 0); t = t.addSecs(3600)) {
            const int expected = paris.offsetFromUtc(t);
            if (parisRuleOffsetSeconds(t) != expected)
                QFAIL(qPrintable(QStringLiteral("rule gives %1 s at %2, the database %3 s")
                                     .arg(parisRuleOffsetSeconds(t))
                                     .arg(t.toString(Qt::ISODate))
                                     .arg(expected)));
            ++checked;
        }
        QVERIFY(checked > 390000);
    }
};

int main(int argc, char **argv)
{
    // Before Qt reads the local zone: a machine far from Paris.
    qputenv("TZ", "Pacific/Kiritimati");
    tzset();
    TestBusinessDay test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_businessday.moc"
