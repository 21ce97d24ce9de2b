#include "payroll.h"

#include "cooperative.h"
#include "int128_p.h"
#include "tr.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::Int128;

// Amounts inside the engine are "fine": 1e-8 cent (1e-10 €), so that a base times a percentage of
// the tables (at most 8 decimals of a fraction) stays exact until each line is rounded once.
constexpr qint64 FinePerCent = Rate::UnitsPerOne;
// Grosses up to ten million euros: the fine value of any base then fits in 64 bits.
constexpr qint64 MaxGrossCents = 1'000'000'000;

qint64 fine(Money amount)
{
    return amount.cents() * FinePerCent;
}

// A fine amount rounded half up to the cent.
qint64 fineToCents(Int128 value)
{
    const Int128 half = FinePerCent / 2;
    const Int128 rounded = value >= 0 ? (value + half) / FinePerCent : -((-value + half) / FinePerCent);
    return static_cast<qint64>(rounded);
}

// base × rate, still fine (truncated below 1e-8 cent, which no rounding to the cent can see).
qint64 fineTimes(qint64 base, Rate rate)
{
    return static_cast<qint64>(detail::product(base, rate.units()) / Rate::UnitsPerOne);
}

// base × rate rounded half up to the cent: one payslip line.
qint64 lineCents(qint64 base, Rate rate)
{
    const Int128 product = detail::product(base, rate.units());
    const Int128 denominator = Int128(Rate::UnitsPerOne) * FinePerCent;
    const Int128 half = denominator / 2;
    return static_cast<qint64>(product >= 0 ? (product + half) / denominator
                                            : -((-product + half) / denominator));
}

struct Resolved
{
    bool has = false;
    Rate rate;
};

Resolved resolve(const PayrollRate &rate, const PayrollSituation &s)
{
    switch (rate.source) {
    case PayrollRateSource::None:
        return {};
    case PayrollRateSource::Fixed:
        return {true, rate.fixed};
    case PayrollRateSource::SituationAtmp:
        return {true, s.atmp};
    case PayrollRateSource::SituationVm:
        return {true, s.vm};
    case PayrollRateSource::MutuelleEmployeeShare:
        return {true, Rate::fromUnits(Rate::UnitsPerOne - s.mutuelleEmployerShare.units())};
    case PayrollRateSource::MutuelleEmployerShare:
        return {true, s.mutuelleEmployerShare};
    }
    return {};
}

struct Totals
{
    qint64 employee = 0;              // cents
    qint64 employer = 0;              // before the RGDU
    qint64 notDeductible = 0;         // employee parts added back to the net taxable
    qint64 employerHealth = 0;        // employer health share, rounded lines
    qint64 rgduUnits = 0;             // coefficient
    qint64 rgdu = 0;
};

} // namespace

// ---- Situation -----------------------------------------------------------------------------

PayrollSituation PayrollSituation::defaults(const PayrollRuleTable &table)
{
    const PayrollParameters &p = table.parameters;
    PayrollSituation s;
    s.cadre = false;
    s.headcount = p.defaultHeadcount;
    s.atmp = p.defaultAtmp;
    s.vm = p.defaultVm;
    s.mutuelle = p.defaultMutuelle;
    s.mutuelleEmployerShare = p.defaultMutuelleEmployerShare;
    return s;
}

PayrollSituation PayrollSituation::fromCooperative(const CooperativeSettings &settings,
                                                   const PayrollRuleTable &table)
{
    PayrollSituation s = defaults(table);
    if (settings.headcount > 0)
        s.headcount = settings.headcount;
    s.atmp = settings.atMpRate;
    s.vm = settings.mobilityRate;
    s.mutuelle = settings.mutuelleMonthlyAmount;
    s.mutuelleEmployerShare = settings.mutuelleEmployerShare;
    return s;
}

ValidationErrors PayrollSituation::validate() const
{
    ValidationErrors errors;
    const auto percent = [&](Rate rate, const QString &field, const QString &what) {
        if (rate.isNegative() || rate.units() > Rate::UnitsPerOne)
            errors.append(Error(ErrorCode::InvalidArgument,
                                Tr::tr("The %1 must be a percentage between 0 and 100 (not %2).")
                                    .arg(what, rate.toPercentString()),
                                field));
    };
    if (headcount < 1)
        errors.append(Error(ErrorCode::InvalidArgument,
                            Tr::tr("The headcount must be at least 1 (not %1).").arg(headcount),
                            u"headcount"_s));
    percent(atmp, u"atmp"_s, Tr::tr("AT/MP rate"));
    percent(vm, u"vm"_s, Tr::tr("versement mobilité rate"));
    if (mutuelle.isNegative() || mutuelle.cents() > MaxGrossCents)
        errors.append(Error(ErrorCode::InvalidArgument,
                            Tr::tr("The mutuelle amount must be between 0 and 10 000 000.00 € "
                                   "(not %1).")
                                .arg(mutuelle.toString()),
                            u"mutuelle"_s));
    percent(mutuelleEmployerShare, u"mutuelleEmployerShare"_s,
            Tr::tr("employer's share of the mutuelle"));
    return errors;
}

const PayslipLine *Payslip::line(const QString &code) const
{
    for (const PayslipLine &candidate : lines) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

// ---- Engine --------------------------------------------------------------------------------

PayrollEngine::PayrollEngine(const PayrollRuleTable &table) : m_table(table) {}

namespace {

// The whole computation; `lines` receives the payslip lines when given.
Totals evaluate(const PayrollRuleTable &table, qint64 grossCents, const PayrollSituation &s,
                QList<PayslipLine> *lines)
{
    const PayrollParameters &p = table.parameters;
    const qint64 pss = fine(p.pss);
    const qint64 assiette = grossCents * FinePerCent;
    const Money assietteMoney = Money::fromCents(grossCents);

    // The employer's health share first: the CSG base and the forfait social are computed on it.
    qint64 healthFine = 0;
    qint64 healthCents = 0;
    const auto baseOf = [&](PayrollBase base) -> qint64 {
        switch (base) {
        case PayrollBase::Assiette:
            return assiette;
        case PayrollBase::Tranche1:
            return std::min(assiette, pss);
        case PayrollBase::Tranche2:
            return std::clamp(assiette - pss, qint64(0), 7 * pss);
        case PayrollBase::AssietteMax4Pss:
            return std::min(assiette, 4 * pss);
        case PayrollBase::AssietteMax8Pss:
            return std::min(assiette, 8 * pss);
        case PayrollBase::CsgBase: {
            const qint64 cap = qint64(p.csgAbatementCapPss) * pss;
            const qint64 abated = std::min(assiette, cap);
            return fineTimes(abated, p.csgBaseRate) + std::max(qint64(0), assiette - cap)
                   + healthFine;
        }
        case PayrollBase::Mutuelle:
            return fine(s.mutuelle);
        case PayrollBase::EmployerHealthShare:
            return healthFine;
        }
        return 0;
    };
    for (const PayrollRuleLine &rule : table.lines) {
        const bool health = rule.healthShare || rule.base == PayrollBase::Mutuelle;
        if (!health || !rule.appliesTo(s.cadre, s.headcount, assietteMoney, p.pss))
            continue;
        const Resolved employer = resolve(rule.employer, s);
        if (!employer.has)
            continue;
        const qint64 base = baseOf(rule.base);
        healthFine += fineTimes(base, employer.rate);
        healthCents += lineCents(base, employer.rate);
    }

    Totals totals;
    totals.employerHealth = healthCents;
    for (const PayrollRuleLine &rule : table.lines) {
        if (!rule.appliesTo(s.cadre, s.headcount, assietteMoney, p.pss))
            continue;
        const qint64 base = baseOf(rule.base);
        if (base == 0)
            continue;
        const Resolved employee = resolve(rule.employee, s);
        const Resolved employer = resolve(rule.employer, s);
        const bool employeePays = employee.has && !employee.rate.isZero();
        const bool employerPays = employer.has && !employer.rate.isZero();
        if (!employeePays && !employerPays)
            continue;
        const qint64 employeeCents = employeePays ? lineCents(base, employee.rate) : 0;
        const qint64 employerCents = employerPays ? lineCents(base, employer.rate) : 0;
        totals.employee += employeeCents;
        totals.employer += employerCents;
        if (rule.notDeductible)
            totals.notDeductible += employeeCents;
        if (lines) {
            PayslipLine line;
            line.code = rule.code;
            line.label = rule.label;
            line.organism = rule.organism;
            line.base = Money::fromCents(fineToCents(base));
            line.hasEmployeeRate = employee.has;
            line.employeeRate = employee.rate;
            line.employee = Money::fromCents(employeeCents);
            line.hasEmployerRate = employer.has;
            line.employerRate = employer.rate;
            line.employer = Money::fromCents(employerCents);
            line.notDeductible = rule.notDeductible;
            line.healthShare = rule.healthShare || rule.base == PayrollBase::Mutuelle;
            lines->append(line);
        }
    }

    // RGDU. The cutoff compares with the exact SMIC: assiette ≥ cutoff × smic_hourly × weekly
    // hours × 52 / 12, in integers (cents × 12 × 1e8 against cutoff × cents × hour units × 52).
    const Int128 lhs = Int128(grossCents) * 12 * Rate::UnitsPerOne;
    const Int128 rhs = Int128(p.rgduCutoffSmic) * p.smicHourly.cents() * p.weeklyHours.units() * 52;
    if (grossCents > 0 && lhs < rhs) {
        // The coefficient Tmin + Tdelta × (½ × (cutoff × SMIC / assiette − 1))^P. The ratio
        // cutoff × SMIC / assiette is rhs / lhs exactly, so its argument (rhs − lhs) / (2 × lhs)
        // is formed from the integers above; doubles carry only that ratio and the rates into
        // the non-integer power, and the coefficient is rounded to the table's decimals at once.
        const double toOne = double(Rate::UnitsPerOne);
        const double tmin = double(p.rgduTmin.units()) / toOne;
        const double tdelta = double((s.headcount < 50 ? p.rgduTdeltaUnder50 : p.rgduTdeltaFrom50)
                                         .units())
                              / toOne;
        const double exponent = double(p.rgduExponent.units()) / toOne;
        const double ratio = static_cast<double>(rhs - lhs) / (2.0 * static_cast<double>(lhs));
        double coefficient = tmin + tdelta * std::pow(ratio, exponent);
        coefficient = std::min(coefficient, tmin + tdelta);
        const double scale = std::pow(10.0, p.rgduCoefficientDecimals);
        const auto steps = static_cast<qint64>(std::floor(coefficient * scale + 0.5));
        qint64 unitsPerStep = Rate::UnitsPerOne;
        for (int i = 0; i < p.rgduCoefficientDecimals; ++i)
            unitsPerStep /= 10;
        totals.rgduUnits = std::max(qint64(0), steps) * unitsPerStep;
        totals.rgdu = lineCents(assiette, Rate::fromUnits(totals.rgduUnits));
    }
    return totals;
}

} // namespace

Result<Payslip> PayrollEngine::compute(Money gross, const PayrollSituation &situation) const
{
    if (gross.isNegative() || gross.cents() > MaxGrossCents)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The gross pay must be between 0.00 and 10 000 000.00 € (not %1).")
                        .arg(gross.toString()),
                    u"gross"_s);
    if (const ValidationErrors errors = situation.validate(); !errors.isEmpty())
        return fail(errors.first());

    Payslip slip;
    slip.rulesValidFrom = m_table.validFrom;
    slip.gross = gross;
    slip.situation = situation;
    slip.lines.reserve(m_table.lines.size());
    const Totals t = evaluate(m_table, gross.cents(), situation, &slip.lines);
    slip.employeeTotal = Money::fromCents(t.employee);
    slip.employerContributions = Money::fromCents(t.employer);
    slip.rgduCoefficient = Rate::fromUnits(t.rgduUnits);
    slip.rgdu = Money::fromCents(t.rgdu);
    slip.employerTotal = Money::fromCents(t.employer - t.rgdu);
    if (t.rgdu > 0) {
        // The RGDU is imputed on the retirement contributions in the proportion of their
        // tranche-1 employer rates to its maximum coefficient (BOSS, allègements généraux).
        const PayrollParameters &p = m_table.parameters;
        qint64 retirementUnits = 0;
        for (const PayrollRuleLine &rule : m_table.lines) {
            if (rule.organism == PayrollOrganism::Retirement && rule.base == PayrollBase::Tranche1
                && rule.employer.source == PayrollRateSource::Fixed
                && rule.appliesTo(situation.cadre, situation.headcount, gross, p.pss))
                retirementUnits += rule.employer.fixed.units();
        }
        const qint64 maximum = p.rgduTmin.units()
                               + (situation.headcount < 50 ? p.rgduTdeltaUnder50
                                                           : p.rgduTdeltaFrom50).units();
        if (maximum > 0)
            slip.rgduRetirement = Money::fromCents(
                multiplyDivideRounded(t.rgdu, retirementUnits, maximum, Rounding::HalfUp)
                    .value_or(0));
        slip.rgduRetirement = std::min(slip.rgduRetirement, slip.rgdu);
    }
    slip.netBeforeTax = Money::fromCents(gross.cents() - t.employee);
    slip.netTaxable = Money::fromCents(slip.netBeforeTax.cents() + t.notDeductible + t.employerHealth);
    slip.netSocial = slip.netBeforeTax;
    slip.employerCost = Money::fromCents(gross.cents() + t.employer - t.rgdu);
    slip.pss = m_table.parameters.pss;
    slip.monthlySmic = m_table.monthlySmic();
    return slip;
}

Money PayrollEngine::employerCost(Money gross, const PayrollSituation &situation) const
{
    const Totals t = evaluate(m_table, gross.cents(), situation, nullptr);
    return Money::fromCents(gross.cents() + t.employer - t.rgdu);
}

Result<PayrollFromCost> PayrollEngine::fromEmployerCost(Money target,
                                                         const PayrollSituation &situation) const
{
    if (const ValidationErrors errors = situation.validate(); !errors.isEmpty())
        return fail(errors.first());
    if (target.isNegative() || target.cents() > MaxGrossCents)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The employer cost must be between 0.00 and 10 000 000.00 € (not %1).")
                        .arg(target.toString()),
                    u"employerCost"_s);
    const auto cost = [&](qint64 cents) {
        const Totals t = evaluate(m_table, cents, situation, nullptr);
        return cents + t.employer - t.rgdu;
    };
    const qint64 floorCost = cost(0);
    if (floorCost > target.cents())
        return fail(ErrorCode::Constraint,
                    Tr::tr("An employer cost of %1 € does not cover what a zero gross already "
                           "costs (%2 €: the mutuelle and what it carries).")
                        .arg(target.toString(), Money::fromCents(floorCost).toString()),
                    u"employerCost"_s);
    // cost(g) ≥ g (the employer's contributions exceed the RGDU), so the answer is at most the
    // target; the cost never decreases, so a bisection finds the last gross that fits.
    qint64 low = 0;             // cost(low) ≤ target
    qint64 high = target.cents() + 1;  // cost(high) > target, or beyond the range
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (cost(middle) <= target.cents())
            low = middle;
        else
            high = middle;
    }
    auto slip = compute(Money::fromCents(low), situation);
    if (!slip)
        return fail(slip.error());
    PayrollFromCost result;
    result.target = target;
    result.remainder = Money::fromCents(target.cents() - slip->employerCost.cents());
    result.payslip = std::move(*slip);
    return result;
}

Result<Payslip> PayrollEngine::fromNet(Money netTarget, const PayrollSituation &situation) const
{
    if (const ValidationErrors errors = situation.validate(); !errors.isEmpty())
        return fail(errors.first());
    if (netTarget.isNegative())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The net pay must not be negative (not %1).").arg(netTarget.toString()),
                    u"net"_s);
    const auto net = [&](qint64 cents) {
        return cents - evaluate(m_table, cents, situation, nullptr).employee;
    };
    const qint64 wanted = netTarget.cents();
    // The smallest gross whose net reaches the target, on the net's upper trend: the net is below
    // the gross, so the answer is at least the target; grow the bracket until it is reached.
    qint64 low = std::max(qint64(0), wanted - 1);  // net(low) < wanted unless wanted ≤ net(0)
    if (net(0) >= wanted)
        return compute(Money(), situation);
    qint64 high = std::max(wanted, qint64(1));
    while (net(high) < wanted) {
        if (high >= MaxGrossCents)
            return fail(ErrorCode::Constraint,
                        Tr::tr("No gross up to 10 000 000.00 € gives a net of %1 €.")
                            .arg(netTarget.toString()),
                        u"net"_s);
        low = high;
        high = std::min(MaxGrossCents, high * 2);
    }
    low = std::min(low, high - 1);
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (net(middle) >= wanted)
            high = middle;
        else
            low = middle;
    }
    // Several employee lines may round up on the same cent, so the net can dip by a cent or two
    // as the gross grows: a smaller gross a few cents below may reach the target too.
    for (qint64 step = 1; step <= 8 && high - step >= 0; ++step) {
        if (net(high - step) >= wanted) {
            high -= step;
            step = 0;
        }
    }
    return compute(Money::fromCents(high), situation);
}

} // namespace coop
