#pragma once

#include "core/money.h"
#include "core/payroll.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;

// The entrepreneur's account (issue 6 §4, the état des comptes of L7332-3 and R7331-5): what an
// activity earned, spent and owes the cooperative over the fiscal year to a date, and the salary it
// can pay. Amounts are HT: the cooperative recovers the VAT the activity pays and owes the VAT it
// invoices, so VAT is never the activity's money.
struct EntrepreneurAccount
{
    QString activityId;
    QString activityCode;
    QString activityName;
    QDate from;                     // the fiscal year's first day
    QDate at;

    Money turnoverInvoiced;         // validated invoices less credit notes, by date
    Money turnoverCollected;        // payments received less refunds, by payment date
    Money purchases;                // validated or paid supplier invoices HT, by their date
    Money expenses;                 // validated or paid expense reports of the period's months
    Money contribution;             // the cooperative contribution of the year to date
    bool contributionKnown = true;  // false when no contribution scale exists in the store
    Money allocatedCosts;           // shares of the allocated pools whose period ends by `at`
    Money salaryCost;               // employer cost of the payroll runs of the period's months

    Money result;                   // invoiced − purchases − expenses − contribution − costs − salaries

    // The treasury grid (DOMAIN.md §6): cash today = collected − supplier invoices paid by `at`
    // − expenses reimbursed − salaries of closed runs − contribution − shared costs; reference =
    // cash − suppliers to pay (validated supplier invoices not paid by `at`; the social and tax
    // dues are the cooperative's, none is the activity's yet); future = reference − salaries to
    // pay (draft runs) − expenses to pay (validated, not reimbursed) + receivables. The future
    // treasury is thus the result once everything is settled.
    Money suppliersToPay;           // validated supplier invoices not paid by `at` (HT)
    Money expensesToPay;            // validated expense reports not yet reimbursed (HT)
    Money salariesToPay;            // employer cost of the draft runs
    Money receivables;              // invoiced − collected: cash to come
    Money treasury;                 // cash today
    Money treasuryReference;
    Money treasuryFuture;

    // The salary envelope: what the reference treasury (suppliers to pay already out of it) can
    // pay as an employer cost once the salaries and expenses still to pay are paid (receivables
    // are not cash yet), and the gross
    // and net it gives (PayrollEngine::fromEmployerCost with the cooperative's situation and the
    // entrepreneur's cadre status). No payslip when the treasury does not cover the cost of a zero
    // gross.
    Money envelope;
    std::optional<Payslip> envelopePayslip;
    Money envelopeRemainder;
};

class AccountRepository
{
public:
    explicit AccountRepository(Store &store) : m_store(store) {}

    // The account of the activity with this analytic code on `at` (NotFound when there is none;
    // the message names the code). The contribution is the year to date of the month of `at`.
    Result<EntrepreneurAccount> account(const QString &activityCode, QDate at) const;

    // Every activity's account on `at`, by analytic code, in a few queries (the accountant's
    // overview): the same figures as account() for each.
    Result<QList<EntrepreneurAccount>> accounts(QDate at) const;

private:
    // The accounts of every activity, or only of the one with that id.
    Result<QList<EntrepreneurAccount>> compute(QDate at, const QString &only) const;

    Store &m_store;
};

} // namespace coop
