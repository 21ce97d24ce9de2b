#include "feecommands.h"

#include "clicontext.h"

#include "core/payrollrun.h"
#include "core/storage/contributionrepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

QJsonValue optionalMoney(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(amount->toString()) : QJsonValue();
}

QJsonObject contributionJson(const ActivityContribution &c)
{
    return QJsonObject{
        {u"activity_id"_s, c.activityId},
        {u"activity_code"_s, c.activityCode},
        {u"entrepreneur_id"_s, c.entrepreneurId},
        {u"entrepreneur"_s, c.entrepreneurName},
        {u"scale"_s, c.scaleCode},
        {u"scale_effective_from"_s, c.scaleEffectiveFrom.toString(Qt::ISODate)},
        {u"contract"_s, contractTypeKey(c.contractType)},
        {u"associate"_s, c.associate},
        {u"seniority_months"_s, c.seniorityMonths},
        {u"base"_s, c.base.toString()},
        {u"brackets"_s, c.month.brackets.toString()},
        {u"internal"_s, c.month.internal.toString()},
        {u"floor"_s, c.month.floor.toString()},
        {u"floor_applied"_s, c.month.floorApplied},
        {u"cap_so_far"_s, optionalMoney(c.yearCap ? std::optional<Money>(c.month.capSoFar)
                                                   : std::nullopt)},
        {u"cap_applied"_s, c.month.capApplied},
        {u"amount"_s, c.month.amount.toString()},
        {u"year_to_date"_s, c.yearToDate.toString()},
        {u"closes_year"_s, c.closesYear},
        {u"true_up"_s, c.trueUp.toString()},
    };
}

} // namespace

int runContributionCommand(CliContext &c)
{
    const QStringList &words = c.words();
    if (words.size() != 1 || words.first() != u"compute")
        return c.usage(Tr::tr("contribution takes one action: compute."));
    auto text = c.requiredValue(u"month"_s);
    if (!text)
        return c.failure(text.error());
    if (const auto month = parsePayrollMonth(*text); !month)
        return c.usage(Tr::tr("--month: “%1” is not a month written YYYY-MM, such as 2026-03.")
                           .arg(*text));
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    const auto contributions = ContributionRepository(**store).compute(*text);
    if (!contributions)
        return c.failure(contributions.error());

    Money total;
    Money trueUps;
    for (const ActivityContribution &a : *contributions) {
        total += a.month.amount;
        trueUps += a.trueUp;
    }
    if (c.parser().isSet(u"json"_s)) {
        QJsonArray activities;
        for (const ActivityContribution &a : *contributions)
            activities.append(contributionJson(a));
        const QJsonObject o{{u"month"_s, *text},
                            {u"activities"_s, activities},
                            {u"total"_s, total.toString()},
                            {u"true_up_total"_s, trueUps.toString()}};
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out() << Tr::tr("Contribution of %1: %n activity(ies), %2 in all.", nullptr,
                      static_cast<int>(contributions->size()))
                   .arg(*text, total.toString())
            << '\n';
    c.out() << u"%1  %2  %3  %4  %5\n"_s.arg(Tr::tr("Activity"), -10)
                   .arg(Tr::tr("Scale"), -12)
                   .arg(Tr::tr("Base"), 12)
                   .arg(Tr::tr("Month"), 10)
                   .arg(Tr::tr("Year to date"), 11);
    for (const ActivityContribution &a : *contributions) {
        QString notes;
        if (a.month.floorApplied)
            notes += Tr::tr(" (floor)");
        if (a.month.capApplied)
            notes += Tr::tr(" (cap)");
        c.out() << u"%1  %2  %3  %4  %5%6\n"_s.arg(a.activityCode, -10)
                       .arg(a.scaleCode, -12)
                       .arg(a.base.toString(), 12)
                       .arg(a.month.amount.toString(), 10)
                       .arg(a.yearToDate.toString(), 11)
                       .arg(notes);
    }
    return 0;
}

} // namespace coop::cli
