#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace coop {

// The cooperative's calendar day. An invoice, a payment, a closed period or a contract is dated
// in the day of the cooperative's seat (France: Europe/Paris), not in the clock of the machine it
// is typed on: a laptop set to UTC, or travelling, at 00:30 in Paris must issue, pay and close on
// the same day the server and every other device use. The server dates issues by the same zone
// (kBusinessTimeZone is handed to PostgreSQL's AT TIME ZONE).

// The IANA name of the zone.
inline constexpr QStringView kBusinessTimeZone = u"Europe/Paris";

// The day `instant` falls on in the business zone. Uses the system's time-zone database; when
// it has no entry for the zone (no tzdata installed), the European summer-time rule that France
// has followed since 1996 (UTC+1, UTC+2 from the last Sunday of March 01:00 UTC to the last
// Sunday of October 01:00 UTC).
QDate businessDateOf(const QDateTime &instant);

// Today in the business zone.
QDate businessToday();

// The offset from UTC, in seconds, of the European rule at `instant` (the fallback above;
// exposed so that a test can hold it against the time-zone database).
int parisRuleOffsetSeconds(const QDateTime &instant);

} // namespace coop
