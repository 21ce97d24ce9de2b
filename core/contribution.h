#pragma once

#include "contract.h"
#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

// The cooperative contribution (issue 6 §2, DOMAIN.md §5): what each activity pays the cooperative
// for its shared services, by a scale the general assembly votes. A scale is versioned (its
// effective date and the assembly's reference); the contract names the scale that applies and may
// override its rate.
//
// How a scale computes, in words (and "say which" where practice differs):
// - The base of a month is the activity's invoiced HT, its collected HT, or its gross margin
//   (turnover − purchases resold), as the scale says; the store measures it (issue 6 §4).
// - Brackets: a list of thresholds with their rates, the first from 0. **Marginal**: each slice of
//   the base pays its own rate (10 % up to 35 k€, 8 % from 35 to 45 k€…). **Whole base**: the rate
//   of the bracket the base reaches applies to all of it (at 50 k€, 6 % of 50 k€).
// - Bracket basis: **month**: the brackets apply to each month's base alone; **year to date**: to
//   the base cumulated since the fiscal year's start; **since entry**: to the base cumulated since
//   the entrepreneur's entry. With a cumulated basis a month owes the brackets' amount on the
//   cumulated base minus what the previous cumulated base owed, so the months add up exactly to
//   the brackets' amount on the year's base; with whole-base brackets that difference may be a
//   credit (crossing into a lower rate lowers what the whole base owes).
// - Internal invoicing (between entrepreneurs of the cooperative) pays its own flat rate, outside
//   the brackets, cumulated over the year the same way; a scale without that rate counts internal
//   invoicing in the base like any other turnover.
// - A per-contract override replaces the brackets by one flat rate (floor and cap still apply).
// - Floor: a month the entrepreneur is present (under contract on at least one day) owes at least
//   the floor that applies to them that month: the rule with the greatest seniority reached, among
//   those of their contract type or of any type. The floor is monthly and definitive: a month
//   lifted to its floor is not given back later.
// - Cap: each present month adds a twelfth of the annual cap of the entrepreneur's status that month
//   (associate or not) to the year's cap, which is thus prorated to the months of presence. Month by
//   month, what is charged never exceeds the cap earned so far; at the year's end the true-up
//   charges what the running cap held back, up to the year's cap.
// - Computing the year at once: Σ over the months of max(floor, the month's brackets and internal
//   amounts), capped by the year's cap. The months' amounts plus the true-up equal it exactly.
// Every amount is rounded half up to the cent: the brackets' amount on a (cumulated) base, the
// internal amount on the cumulated internal base, a twelfth-accumulated cap.

enum class ContributionBase { InvoicedHt, CollectedHt, GrossMargin };
enum class BracketApplication { Marginal, WholeBase };
enum class BracketBasis { Month, YearToDate, SinceEntry };

QString contributionBaseKey(ContributionBase base);              // "invoiced", "collected", "margin"
Result<ContributionBase> contributionBaseFromKey(const QString &key);
QString bracketApplicationKey(BracketApplication application);   // "marginal", "whole"
Result<BracketApplication> bracketApplicationFromKey(const QString &key);
QString bracketBasisKey(BracketBasis basis);                     // "month", "year", "entry"
Result<BracketBasis> bracketBasisFromKey(const QString &key);

struct ContributionBracket
{
    Money from;   // the base from which this rate applies; the first bracket starts at 0
    Rate rate;    // a percentage
    bool operator==(const ContributionBracket &) const = default;
};

struct ContributionFloor
{
    int fromSeniorityMonths = 0;               // applies from this many months after entry
    std::optional<ContractType> contractType;  // only for this contract type; any when empty
    Money monthly;
    bool operator==(const ContributionFloor &) const = default;
};

struct ContributionScale
{
    QString code;                 // "BAREME-2026": the contract's contributionScale names it
    QString label;
    QDate effectiveFrom;
    QString assemblyReference;    // "AG du 12/06/2025, résolution 4"
    ContributionBase base = ContributionBase::InvoicedHt;
    QList<ContributionBracket> brackets;  // one bracket is a flat rate
    BracketApplication application = BracketApplication::Marginal;
    BracketBasis basis = BracketBasis::Month;
    QList<ContributionFloor> floors;
    std::optional<Money> annualCap;            // for an entrepreneur who is not an associate
    std::optional<Money> annualCapAssociate;   // for an associate; the other cap when empty
    std::optional<Rate> internalRate;          // internal invoicing; in the base when empty

    bool operator==(const ContributionScale &) const = default;
};

// Every problem at its field: "code", "label", "effectiveFrom", "assemblyReference",
// "brackets" (at least one), "brackets[i].from" (first 0, then increasing), "brackets[i].rate"
// (0 to 100 %), "floors[i].monthly" / "floors[i].fromSeniorityMonths" (not negative),
// "annualCap", "annualCapAssociate" (not negative), "internalRate" (0 to 100 %).
ValidationErrors validate(const ContributionScale &scale);

// One month of an entrepreneur's fiscal year.
struct ContributionMonthInput
{
    QDate month;                  // its first day
    bool present = true;          // under contract on at least one day of the month
    Money base;                   // the month's base (the scale's kind), may be negative
    Money internalBase;           // internal invoicing HT of the month
    int seniorityMonths = 0;      // whole months since entry at the month's start
    ContractType contractType = ContractType::Cesa;
    bool associate = false;
};

struct ContributionYearInput
{
    Money baseBeforeYear;             // since-entry basis: the base cumulated before this year
    std::optional<Rate> overrideRate; // the contract's override of the brackets
    QList<ContributionMonthInput> months;  // the fiscal year's months so far, in order
};

struct ContributionMonthResult
{
    QDate month;
    Money brackets;        // what the brackets add this month (a credit is negative)
    Money internal;        // what internal invoicing adds
    Money floor;           // the floor that applied (0 when absent or none)
    Money beforeCap;       // max(floor, brackets + internal) when present, else brackets + internal
    Money capSoFar;        // the cap earned up to this month (unset when the scale has none)
    Money amount;          // what the month is charged
    bool floorApplied = false;
    bool capApplied = false;
};

struct ContributionYearResult
{
    QList<ContributionMonthResult> months;
    Money monthlyTotal;            // Σ months' amounts
    std::optional<Money> yearCap;  // the year's cap, prorated to the months of presence
    Money yearAmount;              // the year computed at once
    Money trueUp;                  // yearAmount − monthlyTotal: due at the year's close
};

// The brackets (or the override's flat rate) on one base, rounded half up: what a base owes.
// A negative base owes its opposite's amount negated.
Money bracketAmount(const ContributionScale &scale, Money base,
                    std::optional<Rate> overrideRate = std::nullopt);

// The months given and the year so far. Errors: the scale does not validate (first problem);
// months not consecutive or more than 12 (InvalidArgument, where "months[i]").
Result<ContributionYearResult> computeContributions(const ContributionScale &scale,
                                                    const ContributionYearInput &input);

} // namespace coop
