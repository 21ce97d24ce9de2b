#include "businessday.h"

#include <QTimeZone>

namespace coop {

namespace {

// The last Sunday of `month` in `year`, at 01:00 UTC: when European summer time starts (March)
// and ends (October).
QDateTime lastSundayAt1Utc(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    day = day.addDays(-(day.dayOfWeek() % 7)); // dayOfWeek: Monday 1 … Sunday 7
    return QDateTime(day, QTime(1, 0), QTimeZone::utc());
}

const QTimeZone &businessZone()
{
    static const QTimeZone zone(kBusinessTimeZone.toUtf8());
    return zone;
}

} // namespace

int parisRuleOffsetSeconds(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const int year = utc.date().year();
    const bool summer = utc >= lastSundayAt1Utc(year, 3) && utc < lastSundayAt1Utc(year, 10);
    return summer ? 7200 : 3600;
}

QDate businessDateOf(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    if (businessZone().isValid())
        return instant.toTimeZone(businessZone()).date();
    return instant.toUTC().addSecs(parisRuleOffsetSeconds(instant)).date();
}

QDate businessToday()
{
    return businessDateOf(QDateTime::currentDateTimeUtc());
}

} // namespace coop
