#pragma once

#include "core/payrollrun.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;

enum class PayrollRunStatus { Draft, Closed };
QString payrollRunStatusKey(PayrollRunStatus status); // "draft" | "closed"

// One stored run, as the run list shows it.
struct PayrollRunSummary
{
    QString id;
    QString month;              // "2026-03"
    PayrollRunStatus status = PayrollRunStatus::Draft;
    QDateTime computedAt;       // UTC
    QDateTime closedAt;         // null while a draft
    QDate rulesValidFrom;
    PayrollRunTotals totals;
};

// Payroll runs in the store (migration 5): a run per month, its slips (every line kept as JSON)
// and its journal lines. A draft run is replaced whole when the month is run again; a closed run
// is frozen (SQL triggers refuse any change to it, its slips or its journal).
class PayrollRepository
{
public:
    explicit PayrollRepository(Store &store) : m_store(store) {}

    // What the run of that month starts from: every entrepreneur under a CESA on at least one day
    // of the month (CESA start ≤ last day, no exit before the first day), with the terms in force
    // on the last day under contract, the days under contract, and what their account has
    // available over the fiscal year to date: the HT the activity collected from the year's start
    // to the month's end (payments less the VAT they carry, less the refunds of credit notes),
    // times the entrepreneur's share of the activity, less the employer cost of each earlier month
    // of the year (its stored slip, or, for a month never run, the cost of the contract's
    // prorated fixed part). Until the contribution issue lands, the cooperative contribution is
    // not deducted (noted in the issue).
    Result<QList<PayrollRunInput>> inputsFor(QStringView month);

    // Computes the month with the built-in rule tables and the cooperative's situation and stores
    // it as the month's draft, replacing a previous draft, in one transaction: all-or-nothing.
    // A Conflict error when the month is closed. `now` stamps computedAt (UTC; current when null).
    Result<PayrollRun> run(QStringView month, const QDateTime &now = {});

    // Freezes the month's draft (Conflict when already closed, NotFound when never run).
    Result<void> close(QStringView month, const QDateTime &now = {});

    Result<QList<PayrollRunSummary>> runs();          // newest month first
    Result<std::optional<PayrollRunSummary>> summary(QStringView month);
    // The stored run with its slips (lines read back from JSON) and journal.
    Result<std::optional<PayrollRun>> load(QStringView month);

private:
    Store &m_store;
};

} // namespace coop
