#pragma once

#include "money.h"
#include "payrollrules.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QList>
#include <QString>

namespace coop {

struct CooperativeSettings;

// The payroll engine (DOMAIN.md §4): a gross pay and a situation in, every payslip line out, with
// the figures of one rule table. Exact: bases and products are kept in integers (1e-10 €) and
// each line is rounded once, half up, to the cent, as on a payslip; the totals add the rounded
// lines. Only the RGDU coefficient, a power with a non-integer exponent, goes through a double,
// in the order of operations of the official model, and is then rounded to 4 decimals: no amount
// ever does.
//
// Working time: full time. For CAE entrepreneurs DOMAIN.md gives equivalent hours, which give the
// same figures (tools/payroll-oracle/README.md, "Working time").

// Who is paid and by which company: the conditions of the rule lines.
struct PayrollSituation
{
    bool cadre = false;
    int headcount = 20;           // the company's headcount (thresholds 11 / 50 / 250)
    Rate atmp;                    // AT/MP rate, a percentage (2.08 % = Rate::fromPercent(u"2.08"))
    Rate vm;                      // versement mobilité rate, a percentage
    Money mutuelle;               // monthly health insurance, employee and employer together
    Rate mutuelleEmployerShare;   // the employer's share of it, a percentage (50 %)

    // The table's defaults: non-cadre, 20 employees, AT/MP 2.08 %, no VM, 40.00 € half paid.
    static PayrollSituation defaults(const PayrollRuleTable &table);
    // The cooperative's own figures (headcount, AT/MP, VM, mutuelle); cadre stays false. A zero
    // headcount (settings never filled) falls back to the table's default.
    static PayrollSituation fromCooperative(const CooperativeSettings &settings,
                                            const PayrollRuleTable &table);

    // Every problem at its field: "headcount" (≥ 1), "atmp" (0 to 100 %), "vm" (0 to 100 %),
    // "mutuelle" (≥ 0), "mutuelleEmployerShare" (0 to 100 %).
    ValidationErrors validate() const;

    bool operator==(const PayrollSituation &) const = default;
};

// One line of a payslip. A side that pays nothing has a null rate (hasEmployeeRate false) and a
// zero amount.
struct PayslipLine
{
    QString code;             // the rule table's code (maladie, agirc_arrco_t1…)
    QString label;            // French label from the table
    PayrollOrganism organism = PayrollOrganism::Urssaf;
    Money base;               // the base rounded to the cent, for display (amounts use the exact base)
    bool hasEmployeeRate = false;
    Rate employeeRate;        // a percentage
    Money employee;
    bool hasEmployerRate = false;
    Rate employerRate;
    Money employer;
    bool notDeductible = false;  // employee part added back to the net taxable (CSG non déd., CRDS)
    bool healthShare = false;    // employer part counts in the employer's health share

    bool operator==(const PayslipLine &) const = default;
};

struct Payslip
{
    QDate rulesValidFrom;       // the table used
    Money gross;
    PayrollSituation situation;
    QList<PayslipLine> lines;   // the lines that apply with a non-zero base and rate, payslip order
    Money employeeTotal;        // Σ employee amounts (includes the employee's mutuelle share)
    Money employerContributions;// Σ employer amounts, before the RGDU
    Rate rgduCoefficient;       // 0 when there is none
    Money rgdu;                 // assiette × coefficient, rounded half up
    Money rgduRetirement;       // the part of the RGDU imputed on the retirement contributions
                                // (AGIRC-ARRCO): rgdu × their tranche-1 employer rates (4.72 + 1.29)
                                // / (Tmin + Tdelta), rounded half up; the rest is on URSSAF's
    Money employerTotal;        // employerContributions − rgdu
    Money netBeforeTax;         // gross − employeeTotal
    Money netTaxable;           // netBeforeTax + non-deductible employee lines + employer health share
    Money netSocial;            // montant net social: gross − employeeTotal in these situations
    Money employerCost;         // gross + employerTotal
    Money pss;                  // the month's PSS and SMIC (monthly, rounded to the cent), for display
    Money monthlySmic;

    const PayslipLine *line(const QString &code) const;
    bool operator==(const Payslip &) const = default;
};

// Envelope → gross: the largest gross whose employer cost does not exceed the target.
struct PayrollFromCost
{
    Money target;       // the envelope asked for
    Payslip payslip;    // at the gross found; payslip.employerCost <= target
    Money remainder;    // target − payslip.employerCost (large just below the 3-SMIC cliff)
};

class PayrollEngine
{
public:
    explicit PayrollEngine(const PayrollRuleTable &table);

    const PayrollRuleTable &table() const { return m_table; }

    // Every line and total. InvalidArgument for a negative gross or a situation that does not
    // validate (the error names the field).
    Result<Payslip> compute(Money gross, const PayrollSituation &situation) const;

    // Only the employer cost, without building the lines: what the reverse search evaluates.
    // Same figure as compute(gross, situation)->employerCost; the situation must validate.
    Money employerCost(Money gross, const PayrollSituation &situation) const;

    // The largest gross (to the cent) with employerCost(gross) <= target, so that
    // cost(gross) <= target < cost(gross + 0.01). The employer cost never decreases with the gross
    // (each rounded line is monotone and the RGDU grows less than the gross), which the search
    // relies on and the tests check. A target below the cost of a zero gross (the mutuelle is
    // owed whatever the pay) is a Constraint error saying that cost.
    Result<PayrollFromCost> fromEmployerCost(Money target, const PayrollSituation &situation) const;

    // Net → gross: the smallest gross (to the cent) whose net before income tax reaches the
    // target. The net is not monotone to the cent (several employee lines may round up at the
    // same cent), so the search ends with a scan of the cents just below. A negative target is an
    // InvalidArgument; a target the net never reaches below 10 000 000.00 € is a Constraint.
    Result<Payslip> fromNet(Money netTarget, const PayrollSituation &situation) const;

private:
    PayrollRuleTable m_table;
};

} // namespace coop
