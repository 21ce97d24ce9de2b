#pragma once

#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coop {

// Payroll rule tables (DOMAIN.md §4): the figures of one period of the French payroll rules, kept
// as data in resources/payroll/<valid_from>.rules so that a new period is a new file, not new code.
// This header is the contract between the files and the payroll engine; the engine computes, the
// tables only say what to compute.
//
// File format: UTF-8 text, one statement per line. A '#' at the start of a line or of a field
// starts a comment that runs to the end of the line (so a URL may hold a '#'); blank lines are
// ignored. Fields are separated by spaces
// or tabs; a value in double quotes may contain spaces. Every error names the file and the line
// ("2026-03-01.rules:42") and loading goes on to report every problem of the file at once.
//
//   1. Header, before anything else:
//        valid_from 2026-03-01         first day the table applies (required, once, first)
//        valid_until 2026-06-30        optional last day; when absent the table runs until the day
//                                      before the next table of the set starts (or for ever)
//        source <free text>            where the figures come from: package and version, BOSS,
//                                      URSSAF pages with their URLs (at least one)
//   2. Parameters, "key value", each required exactly once:
//        pss 4005.00                          plafond mensuel de la sécurité sociale (Money)
//        smic_hourly 12.02                    SMIC per hour (Money)
//        weekly_hours 35                      legal weekly hours, a plain number (Rate coefficient);
//                                             the monthly hours are weekly_hours × 52 / 12 exactly
//                                             (151.666…), so the monthly SMIC is smic_hourly × 35 ×
//                                             52 / 12: 1 823.0333… €, shown rounded (1 823.03). The
//                                             RGDU's 3-SMIC cutoff uses the exact value, as the
//                                             official model does (5 469.10 € in March 2026).
//        csg_base_rate 98.25                  share of the gross in the CSG/CRDS base (percent)
//        csg_abatement_cap_pss 4              the abatement stops at this many PSS (whole number)
//        rgdu_tmin 0.02                       RGDU Tmin (coefficient)
//        rgdu_tdelta_under_50 0.3781          RGDU Tdelta under 50 employees (coefficient)
//        rgdu_tdelta_from_50 0.3821           RGDU Tdelta from 50 employees (coefficient)
//        rgdu_cutoff_smic 3                   no RGDU when the assiette reaches this many monthly
//                                             SMIC (whole number)
//        rgdu_exponent 1.75                   exponent of the RGDU formula (coefficient)
//        rgdu_coefficient_decimals 4          the coefficient is rounded to this many decimals
//        default_headcount 20                 situation defaults, used when the caller gives none
//        default_atmp 2.08                    (percent)
//        default_vm 0                         (percent)
//        default_mutuelle 40.00               (Money, per month)
//        default_mutuelle_employer_share 50   (percent of the mutuelle paid by the employer)
//      The RGDU formula itself is: none when assiette ≥ cutoff × monthly SMIC, else
//      coefficient = round(min(tmin + tdelta × (½ × (cutoff × SMIC / assiette − 1))^exponent,
//      tmin + tdelta), decimals); reduction = assiette × coefficient.
//   3. Contribution lines, one per line of the payslip, in payslip order:
//        line <code> base=<base> employee=<rate> employer=<rate> label="<French label>" [conditions]
//      code      a stable key ([a-z0-9_]+), unique in the table; the engine, the CLI's JSON and the
//                tests name lines by it (e.g. maladie, vieillesse_plafonnee, agirc_arrco_t1).
//      base      assiette             the gross pay
//                tranche1             min(assiette, PSS)
//                tranche2             the part of the assiette between 1 and 8 PSS
//                assiette_max_4pss    min(assiette, 4 PSS)
//                assiette_max_8pss    min(assiette, 8 PSS)
//                csg_base             csg_base_rate × min(assiette, cap × PSS) + the assiette above
//                                     cap × PSS + the employer's health share (below)
//                mutuelle             the situation's monthly mutuelle amount
//                employer_health_share  the employer's part of the mutuelle and of the lines
//                                     flagged health_share (prévoyance)
//      rate      a percentage as exact decimal text ("6.90", "0.016"); "-" when that side pays
//                nothing; or a rate taken from the situation:
//                situation.atmp, situation.vm, situation.mutuelle_employee_share,
//                situation.mutuelle_employer_share (the last two are 100 % − share and share).
//                Both employee= and employer= are required, so that a forgotten rate is an error.
//      conditions (optional, all must hold for the line to apply):
//                cadre                 only for cadres
//                above_pss             only when the assiette exceeds the PSS
//                headcount_from=N      only when the headcount is at least N
//                headcount_below=N     only when the headcount is below N
//      organism  organism=urssaf (default), retirement (AGIRC-ARRCO: retraite complémentaire, CEG,
//                CET, APEC) or health (mutuelle, prévoyance): who collects the line, for the
//                payroll journal (issue 5: 431 / 437) and the payroll firm's export
//      flags     not_deductible        the employee part is not deducted from the net taxable
//                                      (CSG non déductible, CRDS)
//                health_share          the employer part counts in employer_health_share
//                                      (prévoyance)
//
// All problems of a file are collected; see loadPayrollRuleTable().

// What a contribution line is computed on. The names are those of the file (see above).
enum class PayrollBase {
    Assiette,
    Tranche1,
    Tranche2,
    AssietteMax4Pss,
    AssietteMax8Pss,
    CsgBase,
    Mutuelle,
    EmployerHealthShare,
};

// Who collects a line's contributions.
enum class PayrollOrganism { Urssaf, Retirement, Health };

// Where the rate of one side of a line comes from.
enum class PayrollRateSource {
    None,                   // "-": this side pays nothing
    Fixed,                  // the table's percentage (PayrollRate::fixed)
    SituationAtmp,          // the company's AT/MP rate
    SituationVm,            // the commune's versement mobilité rate
    MutuelleEmployeeShare,  // 100 % − the employer's share of the mutuelle
    MutuelleEmployerShare,  // the employer's share of the mutuelle
};

struct PayrollRate
{
    PayrollRateSource source = PayrollRateSource::None;
    Rate fixed;  // meaningful for Fixed only

    bool operator==(const PayrollRate &other) const = default;
};

struct PayrollRuleLine
{
    QString code;
    QString label;
    PayrollBase base = PayrollBase::Assiette;
    PayrollRate employee;
    PayrollRate employer;
    bool cadreOnly = false;
    bool onlyAbovePss = false;
    std::optional<int> headcountFrom;   // applies when headcount >= this
    std::optional<int> headcountBelow;  // applies when headcount < this
    bool notDeductible = false;
    bool healthShare = false;
    PayrollOrganism organism = PayrollOrganism::Urssaf;
    int sourceLine = 0;  // the line of the file, for messages

    // Whether the conditions hold for this situation (the rates may still be zero).
    bool appliesTo(bool cadre, int headcount, Money assiette, Money pss) const;
};

struct PayrollParameters
{
    Money pss;
    Money smicHourly;
    Rate weeklyHours;   // a plain number of hours as a coefficient: 35 is fromFraction("35")
    Rate csgBaseRate;
    int csgAbatementCapPss = 0;
    Rate rgduTmin;
    Rate rgduTdeltaUnder50;
    Rate rgduTdeltaFrom50;
    int rgduCutoffSmic = 0;
    Rate rgduExponent;
    int rgduCoefficientDecimals = 0;
    int defaultHeadcount = 0;
    Rate defaultAtmp;
    Rate defaultVm;
    Money defaultMutuelle;
    Rate defaultMutuelleEmployerShare;
};

class PayrollRuleTable
{
public:
    QDate validFrom;
    std::optional<QDate> validUntil;  // last day included, when the file says it
    QStringList sources;
    PayrollParameters parameters;
    QList<PayrollRuleLine> lines;
    QString fileName;  // as given to the loader, for messages
    int headerLine = 0;

    // smic_hourly × weekly_hours × 52 / 12 rounded half up to the cent: 1 823.03 for 12.02 €/h.
    Money monthlySmic() const;
    // The line with this code, or nullptr.
    const PayrollRuleLine *line(const QString &code) const;
    // "2026-03-01.rules:3": where the table starts, for messages about the whole table.
    QString location() const;
};

// Several tables, sorted by validFrom, without overlap; each runs until its validUntil or, when
// it has none, until the day before the next table starts.
class PayrollRuleSet
{
public:
    // Refuses (Conflict) two tables with the same validFrom, and a table whose validUntil reaches
    // into the next one; the error is located at the later table's header. An empty list is an
    // InvalidArgument.
    static Result<PayrollRuleSet> fromTables(QList<PayrollRuleTable> tables);

    const QList<PayrollRuleTable> &tables() const { return m_tables; }
    // The last day the table at index covers, or nothing when it runs for ever.
    std::optional<QDate> effectiveUntil(qsizetype index) const;
    // The table covering that date. NotFound before the first table (the message names it), in a
    // gap between tables, or after a last table that has a validUntil.
    Result<const PayrollRuleTable *> tableFor(QDate date) const;

private:
    QList<PayrollRuleTable> m_tables;
};

// Reads one table. fileName is only for messages (use the bare name, e.g. "2026-03-01.rules").
// On failure the Result carries the first problem; when allErrors is given it receives every
// problem of the file: those of its statements in file order, then what is missing at the end
// (missing parameters, no source…), located at the header line. It is cleared first and left
// empty on success. Every error's where() is "fileName:line" and its message says what is wrong;
// the code is ParseError for text that does not read (bad percentage, bad date, unknown key or
// base…) and Constraint for a table that reads but is incomplete or inconsistent (missing rate or
// parameter, duplicate code…). A line with an error is left out of the table.
Result<PayrollRuleTable> loadPayrollRuleTable(const QByteArray &text, const QString &fileName,
                                              ValidationErrors *allErrors = nullptr);

// The tables compiled into coop_core (resources/payroll, prefix ":/payroll"), as a set.
Result<PayrollRuleSet> loadBuiltInPayrollRules(ValidationErrors *allErrors = nullptr);

// The file's name of an organism ("retirement") and back.
QString payrollOrganismKey(PayrollOrganism organism);
std::optional<PayrollOrganism> payrollOrganismFromKey(QStringView key);

// The file's name of a base ("tranche1") and back.
QString payrollBaseKey(PayrollBase base);
std::optional<PayrollBase> payrollBaseFromKey(QStringView key);

} // namespace coop
