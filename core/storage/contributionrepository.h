#pragma once

#include "core/contribution.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// One version of a scale in the store (migration 7).
struct StoredContributionScale
{
    QString id;
    qint64 version = 0;
    ContributionScale scale;
    bool isDefault = false;   // the scale of a contract that names none (a CAPE, for instance)

    bool operator==(const StoredContributionScale &) const = default;
};

// What one activity owes for a month, with what explains it.
struct ActivityContribution
{
    QString activityId;
    QString activityCode;
    QString entrepreneurId;       // the member whose contract decides the scale
    QString entrepreneurName;
    QString scaleCode;
    QDate scaleEffectiveFrom;
    ContractType contractType = ContractType::Cape;
    bool associate = false;
    int seniorityMonths = 0;
    Money base;                   // the month's base, of the scale's kind (internal invoicing apart)
    Money internalBase;           // the month's internal invoicing HT (invoiced or collected)
    std::optional<Rate> overrideRate;  // the contract's flat rate in place of the brackets
    ContributionMonthResult month;
    Money yearToDate;             // Σ of the fiscal year's months up to this one
    bool closesYear = false;      // the fiscal year's last month: the true-up is due now
    Money trueUp;                 // what the year's close adds (0 before it)
    std::optional<Money> yearCap; // the cap earned by the year's presence so far
};

// Contribution scales and the monthly contribution of each activity.
class ContributionRepository
{
public:
    explicit ContributionRepository(Store &store) : m_store(store) {}

    // A new version (version 0) or an edit, validated by the core rules (the error names the
    // field). Making a scale the default clears the flag on every other scale, in the same unit.
    Result<StoredContributionScale> saveScale(StoredContributionScale scale);
    // The same inside a caller's unit of work (the demo generator).
    Result<StoredContributionScale> saveScale(UnitOfWork &unit, StoredContributionScale scale);
    Result<QList<StoredContributionScale>> scales() const;  // by code, then effective date

    // The contribution of every activity that has had someone under contract (CAPE or CESA) on at
    // least one day of the fiscal year up to the month's end, sorted by analytic code (a month
    // without anyone under contract has no floor and no cap share). The scale is the one the contract's
    // terms name (a CESA), or the default one, in its version in force at the month's end; the
    // terms' contribution override, when set, replaces the brackets by its flat rate. The
    // bases of the fiscal year's months up to this one are read from the store: invoiced HT
    // (validated invoices less credit notes, by date), collected HT (payments less their VAT, less
    // refunds, by payment date), gross margin (invoiced HT less the HT of the validated or paid
    // supplier invoices' lines on 607/604 accounts, by the supplier invoice's date). Invoices to a
    // customer whose SIREN is the cooperative's are internal invoicing: their HT (invoiced or
    // collected, as the base) is the month's internal base, not the base. Presence, seniority
    // (whole months since the first contract's start),
    // contract type and associate status are the entrepreneur's in each month. NotFound when an
    // activity's scale does not exist; the message names the activity and the code.
    // `onlyActivityId`, when given, limits the result to that activity (an account page).
    Result<QList<ActivityContribution>> compute(QStringView month,
                                                const QString &onlyActivityId = {}) const;

    // What compute(month) would give if `candidate` were saved: a new version (version 0), or
    // in place of the stored version with the same id; made the default, it takes the flag from
    // the others, as saveScale would. The candidate is validated by the core rules first (the
    // error names the field). Nothing is written.
    Result<QList<ActivityContribution>> preview(QStringView month,
                                                const StoredContributionScale &candidate) const;

private:
    // compute() and preview() in one: `candidate`, when given, stands in the stored scales.
    Result<QList<ActivityContribution>> computeWith(QStringView month, const QString &onlyActivityId,
                                                    const StoredContributionScale *candidate) const;

    Store &m_store;
};

} // namespace coop
