#include "alerts.h"

#include "enumkeys_p.h"
#include "rules_p.h"
#include "tr.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::isoDate;

// The thresholds of issue 3. Interviews: décret 2015-1363 asks for two a year; the count looks
// at the 12 months up to the date, (at − 12 months, at], and only once the person has been under
// contract for 6 months without a break, so that a newcomer is not flagged on their first day.
constexpr qint64 CapeEndingWithinDays = 30;
constexpr qint64 DeadlineWithinDays = 90;
constexpr int InterviewsPerYear = 2;
constexpr int InterviewGraceMonths = 6;

Alert makeAlert(AlertKind kind, const Entrepreneur &person, const QString &contractId, QDate due,
                const QString &message)
{
    return Alert{kind, person.id, contractId, due, message};
}

// The first day of the uninterrupted time under contract that includes `at` (contracts that
// follow each other the next day count as one stretch), or a null date when none runs on `at`.
QDate underContractSince(const QList<Contract> &contracts, QDate at)
{
    QDate since;
    for (const Contract &contract : contracts) {
        if (isInForce(contract, at) && (!since.isValid() || contract.start < since))
            since = contract.start;
    }
    // Walk back through contracts that end the day before the stretch starts (or overlap it).
    bool extended = since.isValid();
    while (extended) {
        extended = false;
        for (const Contract &contract : contracts) {
            const std::optional<QDate> end = contractEnd(contract);
            if (contract.start.isValid() && contract.start < since && end
                && *end >= since.addDays(-1) && *end >= contract.start) {
                since = contract.start;
                extended = true;
            }
        }
    }
    return since;
}

// Another contract of the person already takes over when this one ends (a CESA after the CAPE).
bool hasSuccessor(const Contract &contract, QDate end, const QList<Contract> &contracts)
{
    return std::any_of(contracts.cbegin(), contracts.cend(), [&](const Contract &other) {
        return other.start.isValid() && other.start > contract.start
               && other.start <= end.addDays(1);
    });
}

constexpr EnumKey<AlertKind> AlertKindKeys[] = {
    {AlertKind::CapeEndingSoon, "cape_ending"_L1},
    {AlertKind::AssociateDeadlineSoon, "associate_deadline_soon"_L1},
    {AlertKind::AssociateDeadlinePassed, "associate_deadline_passed"_L1},
    {AlertKind::TooFewInterviews, "too_few_interviews"_L1},
    {AlertKind::CesaWithoutFixedPart, "cesa_without_fixed_part"_L1},
    {AlertKind::OverlappingContracts, "overlapping_contracts"_L1},
};

} // namespace

QList<Alert> alertsFor(const Entrepreneur &entrepreneur, const QList<Contract> &allContracts,
                       QDate at)
{
    QList<Contract> contracts;
    for (const Contract &contract : allContracts) {
        if (contract.entrepreneurId == entrepreneur.id)
            contracts.append(contract);
    }
    const QString name = entrepreneur.displayName();
    QList<Alert> alerts;

    for (const Contract &contract : contracts) {
        if (!isInForce(contract, at))
            continue;
        if (contract.type == ContractType::Cape) {
            // Nothing to act on once the exit or the next contract is recorded.
            const std::optional<QDate> end = contractEnd(contract);
            if (end && !contract.exitDate.isValid() && at.daysTo(*end) <= CapeEndingWithinDays
                && !hasSuccessor(contract, *end, contracts)) {
                alerts.append(makeAlert(
                    AlertKind::CapeEndingSoon, entrepreneur, contract.id, *end,
                    Tr::tr("The CAPE of %1 ends on %2: renew it, sign a CESA or record the exit.")
                        .arg(name, isoDate(*end))));
            }
            continue;
        }

        const bool associate = contract.associateDate.isValid() && contract.associateDate <= at;
        if (!associate) {
            const QDate deadline = associateDeadline(contract, contracts);
            if (deadline < at) {
                alerts.append(makeAlert(
                    AlertKind::AssociateDeadlinePassed, entrepreneur, contract.id, deadline,
                    Tr::tr("%1 had to become an associate by %2 (L7331-3) and is not one.")
                        .arg(name, isoDate(deadline))));
            } else if (at.daysTo(deadline) <= DeadlineWithinDays) {
                alerts.append(makeAlert(
                    AlertKind::AssociateDeadlineSoon, entrepreneur, contract.id, deadline,
                    Tr::tr("%1 must become an associate by %2 (L7331-3).")
                        .arg(name, isoDate(deadline))));
            }
        }

        const std::optional<ContractTerms> terms = termsAt(contract, at);
        if (terms && terms->fixedMonthlyPart.isZero()) {
            alerts.append(makeAlert(
                AlertKind::CesaWithoutFixedPart, entrepreneur, contract.id, terms->effectiveFrom,
                Tr::tr("The CESA of %1 has no fixed part since %2: L7331-2 asks the contract to "
                       "set one.")
                    .arg(name, isoDate(terms->effectiveFrom))));
        }
    }

    const QDate since = underContractSince(contracts, at);
    if (since.isValid() && since <= at.addMonths(-InterviewGraceMonths)) {
        const QDate windowStart = at.addMonths(-12); // excluded
        const auto count = std::count_if(
            entrepreneur.interviews.cbegin(), entrepreneur.interviews.cend(),
            [&](const Interview &interview) {
                return interview.date.isValid() && interview.date > windowStart
                       && interview.date <= at;
            });
        if (count < InterviewsPerYear) {
            alerts.append(makeAlert(
                AlertKind::TooFewInterviews, entrepreneur, QString(), at,
                Tr::tr("%1 has had %n interview(s) in the 12 months up to %2; two a year are "
                       "due.",
                       nullptr, static_cast<int>(count))
                    .arg(name, isoDate(at))));
        }
    }

    for (const ContractOverlap &overlap : overlaps(contracts)) {
        const QString message =
            overlap.to.isValid()
                ? Tr::tr("%1 has two contracts that both run from %2 to %3.")
                      .arg(name, isoDate(overlap.from), isoDate(overlap.to))
                : Tr::tr("%1 has two contracts that both run from %2 on.")
                      .arg(name, isoDate(overlap.from));
        alerts.append(makeAlert(AlertKind::OverlappingContracts, entrepreneur, overlap.secondId,
                                overlap.from, message));
    }

    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        return std::pair(a.kind, a.dueDate) < std::pair(b.kind, b.dueDate);
    });
    return alerts;
}

QString alertKindKey(AlertKind kind)
{
    return detail::keyOf(AlertKindKeys, kind);
}

Result<AlertKind> alertKindFromKey(const QString &key)
{
    return detail::fromKey(AlertKindKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a kind of alert; expected one of: %2.").arg(key, known);
    });
}

} // namespace coop
