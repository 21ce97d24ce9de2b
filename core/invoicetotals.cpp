#include "invoicetotals.h"

#include "int128_p.h"
#include "rounding.h"
#include "tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::Int128;

constexpr Rate OneHundredPercent = Rate::fromUnits(Rate::UnitsPerOne);
// 1e-16 € (line after its discount) to the cent, and 1e-24 € (after the document discount) to the cent.
constexpr Int128 Units16PerCent = static_cast<Int128>(ExactAmount::UnitsPerCent) * Rate::UnitsPerOne;
constexpr Int128 Units24PerCent = Units16PerCent * Rate::UnitsPerOne;

struct RateGroup
{
    Rate rate;
    QString mention;
    Int128 sum16 = 0;  // Σ exact lines after their discount, in 1e-16 €
};

bool isPercentage(Rate rate)
{
    return !rate.isNegative() && rate <= OneHundredPercent;
}

std::unexpected<Error> outOfRange(Rate rate, const QString &where)
{
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("%1 % is not a percentage between 0 and 100.").arg(rate.toPercentString()),
                where);
}

std::unexpected<Error> tooLarge(const QString &where)
{
    return fail(ErrorCode::Overflow, Tr::tr("The invoice amounts are too large."), where);
}

QString lineField(qsizetype index, QStringView field = {})
{
    QString where = u"lines[%1]"_s.arg(index);
    if (!field.isEmpty())
        where += u'.' + field;
    return where;
}

// The remaining fraction after a discount, in Rate units: 10 % gives 90'000'000.
qint64 keptUnits(const std::optional<Rate> &discount)
{
    return Rate::UnitsPerOne - (discount ? discount->units() : 0);
}

} // namespace

Result<InvoiceTotals> computeInvoiceTotals(const InvoiceInput &input)
{
    if (input.documentDiscount && !isPercentage(*input.documentDiscount))
        return outOfRange(*input.documentDiscount, u"documentDiscount"_s);

    InvoiceTotals totals;
    totals.lines.reserve(input.lines.size());
    QList<RateGroup> groups;

    for (qsizetype i = 0; i < input.lines.size(); ++i) {
        const InvoiceLineInput &line = input.lines.at(i);
        if (!isPercentage(line.vatRate))
            return outOfRange(line.vatRate, lineField(i, u"vatRate"));
        if (line.discount && !isPercentage(*line.discount))
            return outOfRange(*line.discount, lineField(i, u"discount"));
        const QString mention = line.vatRate.isZero() ? line.exemptionMention.trimmed() : QString();
        if (line.vatRate.isZero() && mention.isEmpty()) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("A line at 0 % VAT needs the legal reference of its exemption."),
                        lineField(i, u"vatRate"));
        }

        const Result<ExactAmount> gross = line.unitPrice.times(line.quantity);
        if (!gross)
            return fail(gross.error().located(lineField(i)));
        const Int128 net16 = detail::product(gross->units(), keptUnits(line.discount));
        const std::optional<qint64> displayed =
            detail::divideRounded128(net16, Units16PerCent, Rounding::HalfUp);
        if (!displayed)
            return tooLarge(lineField(i));
        totals.lines.append({*gross, Money::fromCents(*displayed)});

        auto group = std::find_if(groups.begin(), groups.end(), [&](const RateGroup &g) {
            return g.rate == line.vatRate && g.mention == mention;
        });
        if (group == groups.end()) {
            groups.append({line.vatRate, mention, 0});
            group = std::prev(groups.end());
        }
        if (__builtin_add_overflow(group->sum16, net16, &group->sum16))
            return tooLarge(lineField(i));
    }

    std::sort(groups.begin(), groups.end(), [](const RateGroup &a, const RateGroup &b) {
        return a.rate != b.rate ? a.rate > b.rate : a.mention < b.mention;
    });

    // Each deduction must find the lines it is deducted from: a deducted rate the balance does not
    // bill would leave VAT collected on nothing.
    QList<qsizetype> deductionGroups;
    deductionGroups.reserve(input.deductions.size());
    for (qsizetype i = 0; i < input.deductions.size(); ++i) {
        const VatDeduction &deduction = input.deductions.at(i);
        const QString mention =
            deduction.rate.isZero() ? deduction.exemptionMention.trimmed() : QString();
        const auto group = std::find_if(groups.cbegin(), groups.cend(), [&](const RateGroup &g) {
            return g.rate == deduction.rate && g.mention == mention;
        });
        if (group == groups.cend()) {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("The deduction at %1 % VAT matches no line of the invoice at that "
                               "rate.")
                            .arg(deduction.rate.toPercentString()),
                        u"deductions[%1]"_s.arg(i));
        }
        deductionGroups.append(std::distance(groups.cbegin(), group));
    }

    const qint64 documentKept = keptUnits(input.documentDiscount);
    const QString totalsField = u"totals"_s;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const RateGroup &group = groups.at(g);
        Int128 sum24 = 0;
        if (__builtin_mul_overflow(group.sum16, static_cast<Int128>(documentKept), &sum24))
            return tooLarge(totalsField);
        // The one rounding of this rate: the base HT, or the TTC when prices were typed with VAT.
        const std::optional<qint64> cents =
            detail::divideRounded128(sum24, Units24PerCent, Rounding::HalfUp);
        if (!cents)
            return tooLarge(totalsField);

        VatBreakdown breakdown;
        breakdown.rate = group.rate;
        breakdown.exemptionMention = group.mention;
        if (input.priceEntry == PriceEntry::ExcludingVat) {
            breakdown.base = Money::fromCents(*cents);
            const Result<Money> vat = breakdown.base.times(group.rate, Rounding::HalfUp);
            if (!vat)
                return fail(vat.error().located(totalsField));
            breakdown.vat = *vat;
            const Result<Money> total = Money::checkedAdd(breakdown.base, breakdown.vat);
            if (!total)
                return fail(total.error().located(totalsField));
            breakdown.total = *total;
        } else {
            breakdown.total = Money::fromCents(*cents);
            const Result<qint64> base =
                multiplyDivideRounded(*cents, Rate::UnitsPerOne,
                                      Rate::UnitsPerOne + group.rate.units(), Rounding::HalfUp);
            if (!base)
                return fail(base.error().located(totalsField));
            breakdown.base = Money::fromCents(*base);
            // |base| ≤ |total| with the same sign, so the difference always fits.
            breakdown.vat = breakdown.total - breakdown.base;
        }
        breakdown.linesBase = breakdown.base;
        breakdown.linesVat = breakdown.vat;

        // The deductions come off the rounded amounts, base and VAT as they were issued, so no
        // second rounding happens here.
        bool deducted = false;
        for (qsizetype i = 0; i < input.deductions.size(); ++i) {
            if (deductionGroups.at(i) != g)
                continue;
            const VatDeduction &deduction = input.deductions.at(i);
            const Result<Money> base = Money::checkedSub(breakdown.base, deduction.base);
            const Result<Money> vat = Money::checkedSub(breakdown.vat, deduction.vat);
            if (!base || !vat)
                return tooLarge(u"deductions[%1]"_s.arg(i));
            breakdown.base = *base;
            breakdown.vat = *vat;
            deducted = true;
        }
        if (deducted) {
            const Result<Money> total = Money::checkedAdd(breakdown.base, breakdown.vat);
            if (!total)
                return fail(total.error().located(totalsField));
            breakdown.total = *total;
        }
        totals.perRate.append(breakdown);
    }

    QList<Money> bases;
    QList<Money> vats;
    for (const VatBreakdown &breakdown : std::as_const(totals.perRate)) {
        bases.append(breakdown.base);
        vats.append(breakdown.vat);
    }
    const Result<Money> totalExcludingVat = Money::sum(bases);
    const Result<Money> totalVat = Money::sum(vats);
    if (!totalExcludingVat)
        return fail(totalExcludingVat.error().located(totalsField));
    if (!totalVat)
        return fail(totalVat.error().located(totalsField));
    const Result<Money> totalIncludingVat = Money::checkedAdd(*totalExcludingVat, *totalVat);
    if (!totalIncludingVat)
        return fail(totalIncludingVat.error().located(totalsField));
    totals.totalExcludingVat = *totalExcludingVat;
    totals.totalVat = *totalVat;
    totals.totalIncludingVat = *totalIncludingVat;
    return totals;
}

} // namespace coop
