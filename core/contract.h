#pragma once

#include "fixedpoint.h"
#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

enum class ContractType { Cape, Cesa };

// One period of a CAPE: the initial one, then at most two renewals (C. com. L127-1 ff.).
// Dates inclusive.
struct CapePeriod
{
    QDate start;
    QDate end;
    bool operator==(const CapePeriod &) const = default;
};

// The terms of a CESA from a date on: the initial terms, then each amendment (avenant).
struct ContractTerms
{
    QDate effectiveFrom;
    Money fixedMonthlyPart;    // gross fixed part of the monthly pay (L7331-2 (d))
    Rate variableRate;         // share of the activity's available margin paid as variable part
    Quantity monthlyHours;     // hours a month, or equivalent hours (151.667 = full time)
    bool equivalentHours = false;
    bool cadre = false;
    QString contributionScale; // the contribution scale (issue 6) that applies, by its code
    // A flat contribution rate agreed for this contract, in place of the scale's brackets (the
    // scale's floor and cap still apply); 0 to 100 %. None: the scale's brackets.
    std::optional<Rate> contributionOverride;
    QString referent;          // the adviser named in the contract
    QString note;              // the amendment's purpose
    bool operator==(const ContractTerms &) const = default;
};

enum class ExitReason { Resignation, CapeEnded, NotAssociated, Dismissal, Retirement,
                        MutualAgreement, Other };

// A CAPE or a CESA of one entrepreneur. Invariants checked by validate(): a CAPE has 1 to 3
// periods, each at most 12 months, contiguous, 36 months in all; a CESA has terms, the first
// effective on its start date, in increasing date order; an exit date is not before the start.
struct Contract
{
    QString id; // UUID
    QString entrepreneurId;
    QString activityId;
    ContractType type = ContractType::Cape;
    QDate signedOn;
    QDate start;                      // CAPE: its first period's start
    QList<CapePeriod> capePeriods;    // CAPE only
    QList<ContractTerms> terms;       // CESA only
    QDate associateDate;              // CESA: the day they became an associate, if so
    int associateShares = 0;
    QDate exitDate;                   // the last day under the contract, if ended
    std::optional<ExitReason> exitReason;
    QString exitNote;
    qint64 version = 0;

    bool operator==(const Contract &) const = default;
};

// Every problem, located at its field ("capePeriods[1].end", "terms[2].effectiveFrom"…).
ValidationErrors validate(const Contract &contract);

// The last day the contract runs (the exit date, or a CAPE's last period's end; none for an open
// CESA).
std::optional<QDate> contractEnd(const Contract &contract);

// Whether it runs on `date` (start ≤ date ≤ end).
bool isInForce(const Contract &contract, QDate date);

// The terms of a CESA in force on `date`: the latest version effective on or before it.
std::optional<ContractTerms> termsAt(const Contract &contract, QDate date);

// The day by which a CESA's entrepreneur must be an associate (L7331-3): three years after the
// CESA start, reduced by the days already spent under earlier contracts with the cooperative
// (CAPEs and earlier CESAs among `others`, counting only days before the CESA start, and each day
// once). Never before the CESA start; null for a CAPE.
QDate associateDeadline(const Contract &cesa, const QList<Contract> &others);

// Pairs of contracts of the same entrepreneur that run on a common day.
struct ContractOverlap
{
    QString firstId;
    QString secondId;
    QDate from;
    QDate to; // null when both contracts run on without an end (two open CESAs)
    bool operator==(const ContractOverlap &) const = default;
};
QList<ContractOverlap> overlaps(const QList<Contract> &contracts);

// Where a person stands on a date, for lists and filters. Associate beats Cesa beats Cape when
// several contracts run; Exited once every contract has ended; None before the first one and in a
// gap before a contract that is still to start.
enum class ContractStatus { None, Cape, Cesa, Associate, Exited };
ContractStatus statusAt(const QList<Contract> &contracts, QDate date);

QString contractTypeKey(ContractType type);          // "cape", "cesa"
Result<ContractType> contractTypeFromKey(const QString &key);
QString exitReasonKey(ExitReason reason);            // "resignation", "cape_ended"…
Result<ExitReason> exitReasonFromKey(const QString &key);
QString contractStatusKey(ContractStatus status);    // "none", "cape", "cesa", "associate", "exited"
Result<ContractStatus> contractStatusFromKey(const QString &key);

} // namespace coop
