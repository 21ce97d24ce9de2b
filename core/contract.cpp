#include "contract.h"

#include "enumkeys_p.h"
#include "rules_p.h"
#include "tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::invalid;
using detail::isoDate;

// A CAPE lasts at most 12 months and may be renewed twice (C. com. L127-1 ff.).
constexpr int CapeMonthsPerPeriod = 12;
constexpr int CapeMaxPeriods = 3;
constexpr int CapeMonthsInAll = 36;

// Real hours may reach the legal weekly maximum of 48 h (C. trav. L3121-20), 48 × 52 / 12 = 208 h
// a month. Equivalent hours measure the pay against the SMIC and stop at full time: 151.67 h
// (written 151.667 or 151.67, both accepted).
constexpr Quantity MaxMonthlyHours = Quantity::fromUnits(208'000);
constexpr Quantity MaxEquivalentHours = Quantity::fromUnits(151'670);

// The last day of a term of `months` months from `start`, both ends included: the day before the
// same date `months` later (2024-01-15 + 12 months runs to 2025-01-14). When that date does not
// exist (29 February in a common year) the term runs to the end of the shorter month, 28 February,
// rather than stopping a day early.
QDate lastDayOfTerm(QDate start, int months)
{
    const QDate same = start.addMonths(months);
    return same.day() == start.day() ? same.addDays(-1) : same;
}

// The days a contract runs, both ends included; `to` is null for an open CESA.
struct Span
{
    QDate from;
    QDate to;
};

// None when the contract never runs: no start, a CAPE without a period, an end before the start.
std::optional<Span> spanOf(const Contract &contract)
{
    if (!contract.start.isValid())
        return std::nullopt;
    const std::optional<QDate> end = contractEnd(contract);
    if (contract.type == ContractType::Cape && !end)
        return std::nullopt;
    if (end && *end < contract.start)
        return std::nullopt;
    return Span{contract.start, end.value_or(QDate())};
}

bool sameContract(const Contract &a, const Contract &b)
{
    return (!a.id.isEmpty() && a.id == b.id) || a == b;
}

void validateCape(const Contract &contract, ValidationErrors &errors)
{
    const QList<CapePeriod> &periods = contract.capePeriods;
    if (periods.isEmpty()) {
        errors.append(invalid(u"capePeriods"_s, Tr::tr("A CAPE needs at least one period.")));
    } else if (periods.size() > CapeMaxPeriods) {
        errors.append(invalid(u"capePeriods"_s,
                              Tr::tr("A CAPE has at most three periods, the first one and two "
                                     "renewals; this one has %1.")
                                  .arg(periods.size())));
    }

    bool periodsOk = true;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const CapePeriod &period = periods[i];
        const QString at = u"capePeriods[%1]"_s.arg(i);
        const QString number = QString::number(i + 1);
        if (!period.start.isValid()) {
            errors.append(invalid(at + u".start"_s,
                                  Tr::tr("Period %1 of the CAPE has no start date.").arg(number)));
            periodsOk = false;
        }
        if (!period.end.isValid()) {
            errors.append(invalid(at + u".end"_s,
                                  Tr::tr("Period %1 of the CAPE has no end date.").arg(number)));
            periodsOk = false;
        }
        if (!period.start.isValid() || !period.end.isValid())
            continue;
        const QDate longest = lastDayOfTerm(period.start, CapeMonthsPerPeriod);
        if (period.end < period.start) {
            errors.append(invalid(at + u".end"_s,
                                  Tr::tr("Period %1 of the CAPE ends on %2, before it starts on "
                                         "%3.")
                                      .arg(number, isoDate(period.end), isoDate(period.start))));
            periodsOk = false;
        } else if (period.end > longest) {
            errors.append(invalid(at + u".end"_s,
                                  Tr::tr("Period %1 of the CAPE runs from %2 to %3, more than 12 "
                                         "months: it must end by %4.")
                                      .arg(number, isoDate(period.start), isoDate(period.end),
                                           isoDate(longest))));
            periodsOk = false;
        }
        // A renewal extends the same contract: a gap would be a new CAPE, an overlap a double
        // count of the 36 months.
        if (i > 0 && periods[i - 1].end.isValid()) {
            const QDate expected = periods[i - 1].end.addDays(1);
            if (period.start != expected) {
                errors.append(invalid(at + u".start"_s,
                                      Tr::tr("Renewal %1 of the CAPE starts on %2; it must follow "
                                             "the previous period without a gap or an overlap, "
                                             "on %3.")
                                          .arg(QString::number(i), isoDate(period.start),
                                               isoDate(expected))));
            }
        }
    }
    // Contiguous periods of at most 12 months cannot exceed 36 months; this catches periods with
    // gaps between them, and is not repeated when a period or their number is already wrong.
    if (periodsOk && !periods.isEmpty() && periods.size() <= CapeMaxPeriods) {
        const QDate first = periods.first().start;
        const QDate last = periods.last().end;
        const QDate longest = lastDayOfTerm(first, CapeMonthsInAll);
        if (last > longest) {
            errors.append(invalid(u"capePeriods[%1].end"_s.arg(periods.size() - 1),
                                  Tr::tr("The CAPE runs from %1 to %2, more than 36 months in "
                                         "all: it must end by %3.")
                                      .arg(isoDate(first), isoDate(last), isoDate(longest))));
        }
    }

    if (!periods.isEmpty() && periods.first().start.isValid() && contract.start.isValid()
        && contract.start != periods.first().start) {
        errors.append(invalid(u"start"_s, Tr::tr("The CAPE's start date, %1, is not its first "
                                                 "period's start, %2.")
                                              .arg(isoDate(contract.start),
                                                   isoDate(periods.first().start))));
    }
    if (!contract.terms.isEmpty()) {
        errors.append(invalid(u"terms"_s, Tr::tr("A CAPE has no pay terms: they belong to a "
                                                 "CESA, which is an employment contract.")));
    }
    if (contract.associateDate.isValid()) {
        errors.append(invalid(u"associateDate"_s,
                              Tr::tr("A person becomes an associate under a CESA, not under a "
                                     "CAPE (associate date %1).")
                                  .arg(isoDate(contract.associateDate))));
    }
    if (contract.associateShares != 0) {
        errors.append(invalid(u"associateShares"_s,
                              Tr::tr("A CAPE holds no associate shares (%1 recorded).")
                                  .arg(contract.associateShares)));
    }
    if (contract.exitDate.isValid() && !periods.isEmpty() && periods.last().end.isValid()
        && contract.exitDate > periods.last().end) {
        errors.append(invalid(u"exitDate"_s, Tr::tr("The exit date %1 is after the CAPE's end, "
                                                    "%2.")
                                                 .arg(isoDate(contract.exitDate),
                                                      isoDate(periods.last().end))));
    }
}

void validateTerms(const ContractTerms &terms, const QString &at, const QString &number,
                   ValidationErrors &errors)
{
    if (terms.fixedMonthlyPart.isNegative()) {
        errors.append(invalid(at + u".fixedMonthlyPart"_s,
                              Tr::tr("The fixed monthly part of terms %1 cannot be negative "
                                     "(%2).")
                                  .arg(number, terms.fixedMonthlyPart.toString())));
    }
    if (terms.variableRate.isNegative()
        || terms.variableRate > Rate::fromUnits(Rate::UnitsPerOne)) {
        errors.append(invalid(at + u".variableRate"_s,
                              Tr::tr("The variable rate of terms %1, %2 %, is not between 0 % "
                                     "and 100 %.")
                                  .arg(number, terms.variableRate.toPercentString())));
    }
    if (terms.contributionOverride
        && (terms.contributionOverride->isNegative()
            || *terms.contributionOverride > Rate::fromUnits(Rate::UnitsPerOne))) {
        errors.append(invalid(at + u".contributionOverride"_s,
                              Tr::tr("The contribution rate of terms %1, %2 %, is not between 0 % "
                                     "and 100 %.")
                                  .arg(number, terms.contributionOverride->toPercentString())));
    }
    const Quantity limit = terms.equivalentHours ? MaxEquivalentHours : MaxMonthlyHours;
    if (terms.monthlyHours.isNegative() || terms.monthlyHours.isZero()) {
        errors.append(invalid(at + u".monthlyHours"_s,
                              Tr::tr("The monthly hours of terms %1 must be above 0, not %2.")
                                  .arg(number, terms.monthlyHours.toString())));
    } else if (terms.monthlyHours > limit) {
        const QString message =
            terms.equivalentHours
                ? Tr::tr("The equivalent hours of terms %1, %2 a month, exceed full time "
                         "(151.67).")
                : Tr::tr("The monthly hours of terms %1, %2, exceed the legal maximum of 48 h "
                         "a week (208 a month).");
        errors.append(invalid(at + u".monthlyHours"_s,
                              message.arg(number, terms.monthlyHours.toString())));
    }
}

void validateCesa(const Contract &contract, ValidationErrors &errors)
{
    if (!contract.capePeriods.isEmpty()) {
        errors.append(invalid(u"capePeriods"_s, Tr::tr("A CESA has no CAPE periods: record the "
                                                       "CAPE as a contract of its own.")));
    }
    if (contract.terms.isEmpty()) {
        errors.append(invalid(u"terms"_s, Tr::tr("A CESA needs its initial terms: fixed part, "
                                                 "variable rate and hours (L7331-2).")));
    }
    for (qsizetype i = 0; i < contract.terms.size(); ++i) {
        const ContractTerms &terms = contract.terms[i];
        const QString at = u"terms[%1]"_s.arg(i);
        const QString number = QString::number(i + 1);
        const QDate from = terms.effectiveFrom;
        if (!from.isValid()) {
            errors.append(invalid(at + u".effectiveFrom"_s,
                                  Tr::tr("Terms %1 have no effective date.").arg(number)));
        } else if (i == 0 && contract.start.isValid() && from != contract.start) {
            errors.append(invalid(at + u".effectiveFrom"_s,
                                  Tr::tr("The initial terms take effect on %1, not on the CESA's "
                                         "start, %2.")
                                      .arg(isoDate(from), isoDate(contract.start))));
        } else if (i > 0 && contract.terms[i - 1].effectiveFrom.isValid()
                   && from <= contract.terms[i - 1].effectiveFrom) {
            errors.append(invalid(at + u".effectiveFrom"_s,
                                  Tr::tr("Amendment %1 takes effect on %2, which is not after "
                                         "the previous terms (%3).")
                                      .arg(QString::number(i), isoDate(from),
                                           isoDate(contract.terms[i - 1].effectiveFrom))));
        } else if (contract.exitDate.isValid() && contract.exitDate >= contract.start
                   && from > contract.exitDate) {
            errors.append(invalid(at + u".effectiveFrom"_s,
                                  Tr::tr("Terms %1 take effect on %2, after the exit on %3.")
                                      .arg(number, isoDate(from), isoDate(contract.exitDate))));
        }
        validateTerms(terms, at, number, errors);
    }

    if (contract.associateDate.isValid()) {
        if (contract.start.isValid() && contract.associateDate < contract.start) {
            errors.append(invalid(u"associateDate"_s,
                                  Tr::tr("The associate date %1 is before the CESA's start, %2.")
                                      .arg(isoDate(contract.associateDate),
                                           isoDate(contract.start))));
        } else if (contract.exitDate.isValid() && contract.associateDate > contract.exitDate) {
            errors.append(invalid(u"associateDate"_s,
                                  Tr::tr("The associate date %1 is after the exit on %2.")
                                      .arg(isoDate(contract.associateDate),
                                           isoDate(contract.exitDate))));
        }
        if (contract.associateShares < 1) {
            errors.append(invalid(u"associateShares"_s,
                                  Tr::tr("An associate holds at least one share, not %1.")
                                      .arg(contract.associateShares)));
        }
    } else if (contract.associateShares != 0) {
        errors.append(invalid(u"associateShares"_s,
                              Tr::tr("%1 shares are recorded but no associate date.")
                                  .arg(contract.associateShares)));
    }
}

constexpr EnumKey<ContractType> ContractTypeKeys[] = {
    {ContractType::Cape, "cape"_L1},
    {ContractType::Cesa, "cesa"_L1},
};

constexpr EnumKey<ExitReason> ExitReasonKeys[] = {
    {ExitReason::Resignation, "resignation"_L1},
    {ExitReason::CapeEnded, "cape_ended"_L1},
    {ExitReason::NotAssociated, "not_associated"_L1},
    {ExitReason::Dismissal, "dismissal"_L1},
    {ExitReason::Retirement, "retirement"_L1},
    {ExitReason::MutualAgreement, "mutual_agreement"_L1},
    {ExitReason::Other, "other"_L1},
};

constexpr EnumKey<ContractStatus> ContractStatusKeys[] = {
    {ContractStatus::None, "none"_L1},
    {ContractStatus::Cape, "cape"_L1},
    {ContractStatus::Cesa, "cesa"_L1},
    {ContractStatus::Associate, "associate"_L1},
    {ContractStatus::Exited, "exited"_L1},
};

// `what` names the enum in the message: "contract type", "reason for leaving"…
template<typename Enum, std::size_t N>
Result<Enum> parseKey(const EnumKey<Enum> (&keys)[N], const QString &key, const QString &what)
{
    return detail::fromKey(keys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a %2; expected one of: %3.").arg(key, what, known);
    });
}

} // namespace

ValidationErrors validate(const Contract &contract)
{
    ValidationErrors errors;
    if (contract.entrepreneurId.isEmpty()) {
        errors.append(invalid(u"entrepreneurId"_s,
                              Tr::tr("The contract must name its entrepreneur.")));
    }
    if (!contract.start.isValid())
        errors.append(invalid(u"start"_s, Tr::tr("The contract has no start date.")));
    // A CAPE is void unless written (C. com. L127-1 ff.) and a CESA is a written contract
    // (L7331-2): it is signed before the work under it starts.
    if (contract.signedOn.isValid() && contract.start.isValid()
        && contract.signedOn > contract.start) {
        errors.append(invalid(u"signedOn"_s, Tr::tr("The contract is signed on %1, after its "
                                                    "start on %2.")
                                                 .arg(isoDate(contract.signedOn),
                                                      isoDate(contract.start))));
    }

    if (contract.type == ContractType::Cape)
        validateCape(contract, errors);
    else
        validateCesa(contract, errors);

    if (contract.exitDate.isValid()) {
        if (!contract.exitReason) {
            errors.append(invalid(u"exitReason"_s, Tr::tr("The exit on %1 needs a reason.")
                                                       .arg(isoDate(contract.exitDate))));
        }
        if (contract.start.isValid() && contract.exitDate < contract.start) {
            errors.append(invalid(u"exitDate"_s, Tr::tr("The exit date %1 is before the "
                                                        "contract's start, %2.")
                                                     .arg(isoDate(contract.exitDate),
                                                          isoDate(contract.start))));
        }
    } else if (contract.exitReason) {
        errors.append(invalid(u"exitDate"_s, Tr::tr("An exit reason (%1) is recorded without an "
                                                    "exit date.")
                                                 .arg(exitReasonKey(*contract.exitReason))));
    }
    return errors;
}

std::optional<QDate> contractEnd(const Contract &contract)
{
    std::optional<QDate> end;
    if (contract.type == ContractType::Cape && !contract.capePeriods.isEmpty()
        && contract.capePeriods.last().end.isValid()) {
        end = contract.capePeriods.last().end;
    }
    // An early exit ends a CAPE before its last period does; it never extends one.
    if (contract.exitDate.isValid() && (!end || contract.exitDate < *end))
        end = contract.exitDate;
    return end;
}

bool isInForce(const Contract &contract, QDate date)
{
    const std::optional<Span> span = spanOf(contract);
    return span && date.isValid() && span->from <= date
           && (!span->to.isValid() || date <= span->to);
}

std::optional<ContractTerms> termsAt(const Contract &contract, QDate date)
{
    if (contract.type != ContractType::Cesa || !isInForce(contract, date))
        return std::nullopt;
    const ContractTerms *found = nullptr;
    for (const ContractTerms &terms : contract.terms) {
        if (terms.effectiveFrom.isValid() && terms.effectiveFrom <= date
            && (!found || terms.effectiveFrom >= found->effectiveFrom)) {
            found = &terms;
        }
    }
    if (!found)
        return std::nullopt;
    return *found;
}

QDate associateDeadline(const Contract &cesa, const QList<Contract> &others)
{
    if (cesa.type != ContractType::Cesa || !cesa.start.isValid())
        return {};
    // The days before the CESA start under any other contract, counted once when contracts
    // overlap (an overlap is a data error reported elsewhere, not a reason to count twice).
    const QDate dayBefore = cesa.start.addDays(-1);
    QList<Span> earlier;
    for (const Contract &other : others) {
        if (other.entrepreneurId != cesa.entrepreneurId || sameContract(other, cesa))
            continue;
        const std::optional<Span> span = spanOf(other);
        if (!span || span->from > dayBefore)
            continue;
        const QDate to = span->to.isValid() && span->to < dayBefore ? span->to : dayBefore;
        earlier.append(Span{span->from, to});
    }
    std::sort(earlier.begin(), earlier.end(),
              [](const Span &a, const Span &b) { return a.from < b.from; });
    qint64 days = 0;
    QDate countedUntil; // the last day already counted
    for (const Span &span : earlier) {
        const QDate from = countedUntil.isValid() && span.from <= countedUntil
                               ? countedUntil.addDays(1)
                               : span.from;
        if (from <= span.to) {
            days += from.daysTo(span.to) + 1;
            countedUntil = span.to;
        }
    }
    // L7331-3: associate within three years, shortened by the length of the CAPE "or any other
    // contract" between the parties. The text counts from the CESA's conclusion; this counts from
    // its start, as the rest of the application does (they are the same day when it is signed the
    // day it starts). A person who has used up the three years must be an associate at once.
    const QDate deadline = cesa.start.addYears(3).addDays(-days);
    return std::max(deadline, cesa.start);
}

QList<ContractOverlap> overlaps(const QList<Contract> &contracts)
{
    QList<ContractOverlap> result;
    for (qsizetype i = 0; i < contracts.size(); ++i) {
        const std::optional<Span> a = spanOf(contracts[i]);
        if (!a)
            continue;
        for (qsizetype j = i + 1; j < contracts.size(); ++j) {
            if (contracts[i].entrepreneurId != contracts[j].entrepreneurId)
                continue;
            const std::optional<Span> b = spanOf(contracts[j]);
            if (!b)
                continue;
            const QDate from = std::max(a->from, b->from);
            QDate to;
            if (!a->to.isValid())
                to = b->to;
            else if (!b->to.isValid())
                to = a->to;
            else
                to = std::min(a->to, b->to);
            if (to.isValid() && to < from)
                continue;
            result.append(ContractOverlap{contracts[i].id, contracts[j].id, from, to});
        }
    }
    return result;
}

ContractStatus statusAt(const QList<Contract> &contracts, QDate date)
{
    bool associate = false;
    bool cesa = false;
    bool cape = false;
    bool ended = false;
    bool upcoming = false;
    for (const Contract &contract : contracts) {
        const std::optional<Span> span = spanOf(contract);
        if (!span)
            continue;
        if (isInForce(contract, date)) {
            if (contract.type == ContractType::Cape) {
                cape = true;
            } else {
                cesa = true;
                associate = associate
                            || (contract.associateDate.isValid() && contract.associateDate <= date);
            }
        } else if (span->from > date) {
            upcoming = true;
        } else {
            ended = true;
        }
    }
    if (associate)
        return ContractStatus::Associate;
    if (cesa)
        return ContractStatus::Cesa;
    if (cape)
        return ContractStatus::Cape;
    // Between two contracts (a CAPE ended, the CESA signed to start later) a person has not left.
    if (ended && !upcoming)
        return ContractStatus::Exited;
    return ContractStatus::None;
}

QString contractTypeKey(ContractType type)
{
    return detail::keyOf(ContractTypeKeys, type);
}

Result<ContractType> contractTypeFromKey(const QString &key)
{
    return parseKey(ContractTypeKeys, key, Tr::tr("contract type"));
}

QString exitReasonKey(ExitReason reason)
{
    return detail::keyOf(ExitReasonKeys, reason);
}

Result<ExitReason> exitReasonFromKey(const QString &key)
{
    return parseKey(ExitReasonKeys, key, Tr::tr("reason for leaving"));
}

QString contractStatusKey(ContractStatus status)
{
    return detail::keyOf(ContractStatusKeys, status);
}

Result<ContractStatus> contractStatusFromKey(const QString &key)
{
    return parseKey(ContractStatusKeys, key, Tr::tr("contract status"));
}

} // namespace coop
