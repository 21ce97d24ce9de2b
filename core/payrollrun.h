#pragma once

#include "journal.h"
#include "money.h"
#include "payroll.h"
#include "rate.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// A month's payroll run (issue 5 §4): one payslip per entrepreneur under a CESA that month, the
// payroll firm's CSV and the journal entries. Pure functions: the store gathers the inputs and
// keeps the result (PayrollRepository).

// What the store knows of one entrepreneur for the month.
struct PayrollRunInput
{
    QString entrepreneurId;
    QString name;              // "Surname Given names", for lists and the CSV
    QString nir;               // for the payroll firm's export
    QString activityId;
    QString activityCode;      // the analytic code of the journal lines
    QString contractId;
    Money fixedMonthlyPart;    // the CESA's fixed gross in force at the month's end
    Rate variableRate;         // share of the available margin paid as variable part (percentage)
    bool cadre = false;
    int daysUnderContract = 0; // days of the month under the CESA (entry or exit in the month)
    Money available;           // what the activity's account can still pay (see payrollrun.cpp)
};

struct PayrollRunSlip
{
    QString entrepreneurId;
    QString name;
    QString nir;
    QString activityId;
    QString activityCode;
    QString contractId;
    int daysUnderContract = 0;
    Money fixedGross;          // the fixed part, prorated to the days under contract
    Money variableGross;       // what the account adds (0 when it cannot pay more)
    Payslip payslip;           // at fixedGross + variableGross
};

// The payroll journal's lines are plain journal lines (core/journal.h); accounts 6411, 6451,
// 6452, 6453, 421, 431, 437.
using PayrollJournalLine = JournalLine;

struct PayrollRunTotals
{
    int slips = 0;
    Money gross;
    Money employeeTotal;
    Money employerTotal;       // after the RGDU
    Money rgdu;
    Money netBeforeTax;
    Money employerCost;
};

struct PayrollRun
{
    QString month;             // "2026-03"
    QDate payDate;             // the month's last day
    QDate rulesValidFrom;      // the rule table used
    QList<PayrollRunSlip> slips;     // sorted by name, then entrepreneur id
    QList<PayrollJournalLine> journal;
    PayrollRunTotals totals;
};

// The month as "YYYY-MM" → its first day, or a ParseError naming the text.
Result<QDate> parsePayrollMonth(QStringView text);

// Computes every slip with the table in force on the month's last day. The gross of each
// entrepreneur is the fixed part prorated to the calendar days under contract (rounded half up);
// when the variable rate is non-zero and the account has more than the fixed part costs, the
// envelope becomes cost(fixed) + variableRate × (available − cost(fixed)) and the gross is the
// largest whose employer cost fits it (PayrollEngine::fromEmployerCost). All-or-nothing: the
// first input that fails (a negative fixed part, a situation that does not validate) is an error
// naming the entrepreneur, and nothing is returned.
Result<PayrollRun> computePayrollRun(QStringView month, const QList<PayrollRunInput> &inputs,
                                     const PayrollRuleSet &rules,
                                     const PayrollSituation &companySituation);

// By name as a reader looks for it, then by entrepreneur id: the order of a run's slips.
void sortPayrollSlips(QList<PayrollRunSlip> &slips);

// The run's journal: per slip, 6411 (gross) and the employer charges per organism (6451 URSSAF
// after the RGDU, 6453 retirement, 6452 health) debited with the activity's analytic code, against
// 421 (net before tax), 431 (URSSAF, employee + employer − RGDU), 437 (retirement and health
// bodies). Every entry balances.
QList<PayrollJournalLine> payrollJournal(const QList<PayrollRunSlip> &slips);

// The payroll firm's export: UTF-8 with BOM, ';' separated, decimal comma, one row per slip and
// line (entrepreneur, NIR, activity, code, label, base, employee rate and amount, employer rate
// and amount), then one summary row per slip (code TOTAL). Header row first.
QByteArray payrollRunCsv(const PayrollRun &run);

} // namespace coop
