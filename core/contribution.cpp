#include "contribution.h"

#include "enumkeys_p.h"
#include "int128_p.h"
#include "rules_p.h"
#include "tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::Int128;
using detail::invalid;

constexpr EnumKey<ContributionBase> BaseKeys[] = {
    {ContributionBase::InvoicedHt, "invoiced"_L1},
    {ContributionBase::CollectedHt, "collected"_L1},
    {ContributionBase::GrossMargin, "margin"_L1},
};
constexpr EnumKey<BracketApplication> ApplicationKeys[] = {
    {BracketApplication::Marginal, "marginal"_L1},
    {BracketApplication::WholeBase, "whole"_L1},
};
constexpr EnumKey<BracketBasis> BasisKeys[] = {
    {BracketBasis::Month, "month"_L1},
    {BracketBasis::YearToDate, "year"_L1},
    {BracketBasis::SinceEntry, "entry"_L1},
};

template<typename Enum, std::size_t N>
Result<Enum> parseKey(const EnumKey<Enum> (&keys)[N], const QString &key, const QString &what)
{
    return detail::fromKey(keys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a %2; expected one of: %3.").arg(key, what, known);
    });
}

bool isPercentage(Rate rate)
{
    return !rate.isNegative() && rate.units() <= Rate::UnitsPerOne;
}

// cents × rate units, rounded half up (away from zero) to the cent.
qint64 roundedProduct(Int128 centsTimesUnits)
{
    const Int128 half = Rate::UnitsPerOne / 2;
    return static_cast<qint64>(centsTimesUnits >= 0
                                   ? (centsTimesUnits + half) / Rate::UnitsPerOne
                                   : -((-centsTimesUnits + half) / Rate::UnitsPerOne));
}

// The brackets' amount on a non-negative base, exact (cents × rate units).
Int128 exactBrackets(const ContributionScale &scale, qint64 base, std::optional<Rate> override)
{
    if (override)
        return detail::product(base, override->units());
    const QList<ContributionBracket> &brackets = scale.brackets;
    if (scale.application == BracketApplication::WholeBase) {
        Rate rate = brackets.constFirst().rate;
        for (const ContributionBracket &bracket : brackets) {
            if (bracket.from.cents() <= base)
                rate = bracket.rate;
        }
        return detail::product(base, rate.units());
    }
    Int128 total = 0;
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        const qint64 from = brackets.at(i).from.cents();
        if (base <= from)
            break;
        const qint64 to = i + 1 < brackets.size() ? std::min(base, brackets.at(i + 1).from.cents())
                                                  : base;
        total += detail::product(to - from, brackets.at(i).rate.units());
    }
    return total;
}

// The floor of a month: the greatest seniority reached among the rules of that contract type or
// of any type; none when no rule applies (then a month may be a credit).
std::optional<Money> floorFor(const ContributionScale &scale, const ContributionMonthInput &month)
{
    const ContributionFloor *best = nullptr;
    for (const ContributionFloor &floor : scale.floors) {
        if (floor.contractType && *floor.contractType != month.contractType)
            continue;
        if (floor.fromSeniorityMonths > month.seniorityMonths)
            continue;
        if (!best || floor.fromSeniorityMonths >= best->fromSeniorityMonths)
            best = &floor;
    }
    return best ? std::optional<Money>(best->monthly) : std::nullopt;
}

} // namespace

QString contributionBaseKey(ContributionBase base)
{
    return detail::keyOf(BaseKeys, base);
}

Result<ContributionBase> contributionBaseFromKey(const QString &key)
{
    return parseKey(BaseKeys, key, Tr::tr("contribution base"));
}

QString bracketApplicationKey(BracketApplication application)
{
    return detail::keyOf(ApplicationKeys, application);
}

Result<BracketApplication> bracketApplicationFromKey(const QString &key)
{
    return parseKey(ApplicationKeys, key, Tr::tr("way of applying brackets"));
}

QString bracketBasisKey(BracketBasis basis)
{
    return detail::keyOf(BasisKeys, basis);
}

Result<BracketBasis> bracketBasisFromKey(const QString &key)
{
    return parseKey(BasisKeys, key, Tr::tr("bracket basis"));
}

ValidationErrors validate(const ContributionScale &scale)
{
    ValidationErrors errors;
    if (scale.code.trimmed().isEmpty())
        errors.append(invalid(u"code"_s, Tr::tr("The scale needs a code.")));
    if (scale.label.trimmed().isEmpty())
        errors.append(invalid(u"label"_s, Tr::tr("The scale needs a label.")));
    if (!scale.effectiveFrom.isValid())
        errors.append(invalid(u"effectiveFrom"_s, Tr::tr("The scale needs the date it applies from.")));
    if (scale.assemblyReference.trimmed().isEmpty())
        errors.append(invalid(u"assemblyReference"_s,
                              Tr::tr("Say which general assembly voted the scale.")));
    if (scale.brackets.isEmpty())
        errors.append(invalid(u"brackets"_s, Tr::tr("The scale needs at least one rate.")));
    for (qsizetype i = 0; i < scale.brackets.size(); ++i) {
        const ContributionBracket &bracket = scale.brackets.at(i);
        const QString at = u"brackets[%1]"_s.arg(i);
        if (i == 0 && !bracket.from.isZero())
            errors.append(invalid(at + u".from"_s,
                                  Tr::tr("The first bracket starts at 0, not %1.")
                                      .arg(bracket.from.toString())));
        if (i > 0 && bracket.from <= scale.brackets.at(i - 1).from)
            errors.append(invalid(at + u".from"_s,
                                  Tr::tr("Bracket %1 starts at %2, not above the previous one (%3).")
                                      .arg(i + 1)
                                      .arg(bracket.from.toString(),
                                           scale.brackets.at(i - 1).from.toString())));
        if (!isPercentage(bracket.rate))
            errors.append(invalid(at + u".rate"_s,
                                  Tr::tr("The rate of bracket %1 must be between 0 and 100 % (not %2).")
                                      .arg(i + 1)
                                      .arg(bracket.rate.toPercentString())));
    }
    for (qsizetype i = 0; i < scale.floors.size(); ++i) {
        const ContributionFloor &floor = scale.floors.at(i);
        const QString at = u"floors[%1]"_s.arg(i);
        if (floor.monthly.isNegative())
            errors.append(invalid(at + u".monthly"_s,
                                  Tr::tr("A monthly floor cannot be negative (%1).")
                                      .arg(floor.monthly.toString())));
        if (floor.fromSeniorityMonths < 0)
            errors.append(invalid(at + u".fromSeniorityMonths"_s,
                                  Tr::tr("A seniority cannot be negative (%1 months).")
                                      .arg(floor.fromSeniorityMonths)));
    }
    if (scale.annualCap && scale.annualCap->isNegative())
        errors.append(invalid(u"annualCap"_s, Tr::tr("The annual cap cannot be negative.")));
    if (scale.annualCapAssociate && scale.annualCapAssociate->isNegative())
        errors.append(invalid(u"annualCapAssociate"_s,
                              Tr::tr("The associates' annual cap cannot be negative.")));
    if (scale.internalRate && !isPercentage(*scale.internalRate))
        errors.append(invalid(u"internalRate"_s,
                              Tr::tr("The internal invoicing rate must be between 0 and 100 % "
                                     "(not %1).")
                                  .arg(scale.internalRate->toPercentString())));
    return errors;
}

Money bracketAmount(const ContributionScale &scale, Money base, std::optional<Rate> overrideRate)
{
    const bool negative = base.isNegative();
    const qint64 magnitude = negative ? -base.cents() : base.cents();
    const qint64 cents = roundedProduct(exactBrackets(scale, magnitude, overrideRate));
    return Money::fromCents(negative ? -cents : cents);
}

Result<ContributionYearResult> computeContributions(const ContributionScale &scale,
                                                    const ContributionYearInput &input)
{
    if (const ValidationErrors errors = validate(scale); !errors.isEmpty())
        return fail(errors.first());
    if (input.months.size() > 12)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A fiscal year has 12 months, not %1.").arg(input.months.size()),
                    u"months"_s);
    for (int i = 1; i < static_cast<int>(input.months.size()); ++i) {
        if (input.months.at(i).month != input.months.constFirst().month.addMonths(i))
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Month %1 is %2, where %3 was expected: the months must follow "
                               "each other.")
                            .arg(i + 1)
                            .arg(input.months.at(i).month.toString(u"yyyy-MM"_s),
                                 input.months.constFirst().month.addMonths(i).toString(u"yyyy-MM"_s)),
                        u"months[%1]"_s.arg(i));
    }

    const bool capped = scale.annualCap || scale.annualCapAssociate;
    const auto capOf = [&](bool associate) -> qint64 {
        if (associate && scale.annualCapAssociate)
            return scale.annualCapAssociate->cents();
        if (scale.annualCap)
            return scale.annualCap->cents();
        return scale.annualCapAssociate ? scale.annualCapAssociate->cents() : 0;
    };

    ContributionYearResult result;
    qint64 cumulated = input.baseBeforeYear.cents();  // the brackets' basis, since entry
    qint64 cumulatedThisYear = 0;
    qint64 cumulatedInternal = 0;
    qint64 capTwelfths = 0;   // Σ caps of the present months, in twelfths of a cent
    qint64 charged = 0;
    qint64 yearBeforeCap = 0;
    for (const ContributionMonthInput &month : input.months) {
        ContributionMonthResult m;
        m.month = month.month;
        const bool internalApart = scale.internalRate.has_value();
        const qint64 base = month.base.cents() + (internalApart ? 0 : month.internalBase.cents());

        qint64 brackets = 0;
        switch (scale.basis) {
        case BracketBasis::Month:
            brackets = bracketAmount(scale, Money::fromCents(base), input.overrideRate).cents();
            break;
        case BracketBasis::YearToDate:
            brackets = bracketAmount(scale, Money::fromCents(cumulatedThisYear + base),
                                     input.overrideRate).cents()
                       - bracketAmount(scale, Money::fromCents(cumulatedThisYear),
                                       input.overrideRate).cents();
            break;
        case BracketBasis::SinceEntry:
            brackets = bracketAmount(scale, Money::fromCents(cumulated + base), input.overrideRate)
                           .cents()
                       - bracketAmount(scale, Money::fromCents(cumulated), input.overrideRate).cents();
            break;
        }
        cumulated += base;
        cumulatedThisYear += base;
        m.brackets = Money::fromCents(brackets);

        if (internalApart) {
            const qint64 before = roundedProduct(
                detail::product(cumulatedInternal, scale.internalRate->units()));
            cumulatedInternal += month.internalBase.cents();
            const qint64 after = roundedProduct(
                detail::product(cumulatedInternal, scale.internalRate->units()));
            m.internal = Money::fromCents(after - before);
        }

        const qint64 computed = brackets + m.internal.cents();
        qint64 beforeCap = computed;
        if (month.present) {
            const std::optional<Money> floor = floorFor(scale, month);
            m.floor = floor.value_or(Money());
            if (floor && floor->cents() > computed) {
                beforeCap = m.floor.cents();
                m.floorApplied = true;
            }
            capTwelfths += capOf(month.associate);
        }
        m.beforeCap = Money::fromCents(beforeCap);
        yearBeforeCap += beforeCap;

        qint64 amount = beforeCap;
        if (capped) {
            // The cap earned so far, rounded half up to the cent.
            const qint64 capSoFar = (capTwelfths + 6) / 12;
            m.capSoFar = Money::fromCents(capSoFar);
            if (charged + amount > capSoFar) {
                amount = capSoFar - charged;
                m.capApplied = true;
            }
        }
        m.amount = Money::fromCents(amount);
        charged += amount;
        result.months.append(m);
    }
    result.monthlyTotal = Money::fromCents(charged);
    qint64 year = yearBeforeCap;
    if (capped) {
        const qint64 yearCap = (capTwelfths + 6) / 12;
        result.yearCap = Money::fromCents(yearCap);
        year = std::min(year, yearCap);
    }
    result.yearAmount = Money::fromCents(year);
    result.trueUp = Money::fromCents(year - charged);
    return result;
}

} // namespace coop
