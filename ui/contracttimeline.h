#pragma once

#include "core/contract.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace coop::ui {

// A person's contracts laid out in time, for the timeline widget and the list of dated events
// under it: CAPE periods → CESA (with its amendments) → associate → exit. Pure presentation of
// the records; the dates that are rules (the associate deadline, the terms in force) come from
// the core.
struct TimelineSegment
{
    enum class Kind { Cape, Cesa, Associate };
    Kind kind = Kind::Cape;
    QDate start;
    QDate end; // null while the contract runs with no end
    int period = 0; // for a CAPE: 0 for the initial period, then the renewal's number
    QString contractId;
    bool operator==(const TimelineSegment &) const = default;
};

struct TimelineMarker
{
    enum class Kind { Amendment, AssociateDeadline, Exit };
    Kind kind = Kind::Amendment;
    QDate date;
    QString contractId;
    bool operator==(const TimelineMarker &) const = default;
};

struct ContractEvent
{
    enum class Kind { CapeStart, CapeRenewal, CapeEnd, CesaStart, Amendment, Associate,
                      AssociateDeadline, Exit };
    Kind kind = Kind::CapeStart;
    QDate date;
    QString title;   // "CAPE renewal 1"
    QString details; // "until 28/02/2027"
    QString contractId;
    bool upcoming = false; // after the reference date
};

struct ContractTimeline
{
    QList<TimelineSegment> segments;
    QList<TimelineMarker> markers;
    QList<ContractEvent> events; // by date
    bool isEmpty() const { return segments.isEmpty(); }
};

class ContractTimelineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::ContractTimeline)
public:
    // The timeline of one person's `contracts` as seen on `today`.
    static ContractTimeline build(const QList<Contract> &contracts, QDate today);
};

} // namespace coop::ui
