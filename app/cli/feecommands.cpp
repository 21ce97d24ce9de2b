#include "feecommands.h"

#include "clicontext.h"

#include "core/payrollrun.h"
#include "core/storage/accountrepository.h"
#include "core/storage/contributionrepository.h"
#include "core/storage/costpoolrepository.h"
#include "core/storage/ledgerrepository.h"
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
    if (words.size() != 1 || (words.first() != u"compute" && words.first() != u"post"))
        return c.usage(Tr::tr("contribution takes one action: compute or post."));
    auto text = c.requiredValue(u"month"_s);
    if (!text)
        return c.failure(text.error());
    if (const auto month = parsePayrollMonth(*text); !month)
        return c.usage(Tr::tr("--month: “%1” is not a month written YYYY-MM, such as 2026-03.")
                           .arg(*text));
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    if (words.first() == u"post") {
        auto posted = LedgerRepository(**store).postContribution(*text);
        if (!posted)
            return c.failure(posted.error());
        c.out() << Tr::tr("Contribution of %1 posted: entry %2 %3.")
                       .arg(*text, posted->entry.journal)
                       .arg(posted->number)
                << '\n';
        return 0;
    }
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

namespace {

QJsonObject poolJson(const CostPool &pool)
{
    return QJsonObject{
        {u"id"_s, pool.id},
        {u"label"_s, pool.label},
        {u"from"_s, pool.from.toString(Qt::ISODate)},
        {u"to"_s, pool.to.toString(Qt::ISODate)},
        {u"amount"_s, pool.amount.toString()},
        {u"account"_s, pool.account},
        {u"key"_s, allocationKeyKey(pool.key)},
    };
}

} // namespace

int runAllocateCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("allocate takes no other word: give the pool with --pool."));
    auto id = c.requiredValue(u"pool"_s);
    if (!id)
        return c.failure(id.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    const bool preview = c.parser().isSet(u"preview"_s);
    const auto allocation = CostPoolRepository(**store).allocate(*id, preview);
    if (!allocation)
        return c.failure(allocation.error());
    if (c.parser().isSet(u"json"_s)) {
        QJsonArray shares;
        for (const AllocationShare &s : allocation->shares)
            shares.append(QJsonObject{{u"activity_id"_s, s.activityId},
                                      {u"activity_code"_s, s.activityCode},
                                      {u"key_value"_s, QString::number(s.keyValue)},
                                      {u"presence_days"_s, s.presenceDays},
                                      {u"weight"_s, QString::number(s.weight)},
                                      {u"amount"_s, s.amount.toString()},
                                      {u"explanation"_s, allocation->explain(s)}});
        QJsonObject o = poolJson(allocation->pool);
        o.insert(u"preview"_s, preview);
        o.insert(u"period_days"_s, allocation->periodDays);
        o.insert(u"total_weight"_s, QString::number(allocation->totalWeight));
        o.insert(u"shares"_s, shares);
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out() << (preview ? Tr::tr("Preview of “%1” (%2 €), nothing written:")
                        : Tr::tr("“%1” (%2 €) allocated:"))
                   .arg(allocation->pool.label, allocation->pool.amount.toString())
            << '\n';
    for (const AllocationShare &s : allocation->shares)
        c.out() << u"  "_s << allocation->explain(s) << '\n';
    return 0;
}

int runPoolsCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("pools takes no other word."));
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    const auto pools = CostPoolRepository(**store).pools();
    if (!pools)
        return c.failure(pools.error());
    if (c.parser().isSet(u"json"_s)) {
        QJsonArray array;
        for (const StoredCostPool &p : *pools) {
            QJsonObject o = poolJson(p.pool);
            o.insert(u"status"_s, p.allocated ? u"allocated"_s : u"draft"_s);
            array.append(o);
        }
        c.out() << QJsonDocument(QJsonObject{{u"pools"_s, array}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const StoredCostPool &p : *pools)
        c.out() << u"%1  %2  %3  %4  %5\n"_s.arg(p.pool.id)
                       .arg(p.allocated ? Tr::tr("allocated") : Tr::tr("draft"), -10)
                       .arg(allocationKeyKey(p.pool.key), -9)
                       .arg(p.pool.amount.toString(), 10)
                       .arg(p.pool.label);
    return 0;
}

int runAccountCommand(CliContext &c)
{
    if (!c.words().isEmpty())
        return c.usage(Tr::tr("account takes no other word: give the activity with --activity."));
    auto code = c.requiredValue(u"activity"_s);
    if (!code)
        return c.failure(code.error());
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return c.failure(at.error());
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    const auto account = AccountRepository(**store).account(*code, *at);
    if (!account)
        return c.failure(account.error());
    const EntrepreneurAccount &a = *account;
    if (c.parser().isSet(u"json"_s)) {
        QJsonObject envelope{{u"employer_cost"_s, a.envelope.toString()},
                             {u"remainder"_s, a.envelopeRemainder.toString()}};
        if (a.envelopePayslip) {
            envelope.insert(u"gross"_s, a.envelopePayslip->gross.toString());
            envelope.insert(u"net_before_tax"_s, a.envelopePayslip->netBeforeTax.toString());
            envelope.insert(u"cost"_s, a.envelopePayslip->employerCost.toString());
        } else {
            envelope.insert(u"gross"_s, QJsonValue());
            envelope.insert(u"net_before_tax"_s, QJsonValue());
            envelope.insert(u"cost"_s, QJsonValue());
        }
        const QJsonObject o{
            {u"activity_id"_s, a.activityId},
            {u"activity_code"_s, a.activityCode},
            {u"activity"_s, a.activityName},
            {u"from"_s, a.from.toString(Qt::ISODate)},
            {u"at"_s, a.at.toString(Qt::ISODate)},
            {u"turnover_invoiced"_s, a.turnoverInvoiced.toString()},
            {u"turnover_collected"_s, a.turnoverCollected.toString()},
            {u"purchases"_s, a.purchases.toString()},
            {u"expenses"_s, a.expenses.toString()},
            {u"contribution"_s, a.contribution.toString()},
            {u"contribution_known"_s, a.contributionKnown},
            {u"allocated_costs"_s, a.allocatedCosts.toString()},
            {u"salary_cost"_s, a.salaryCost.toString()},
            {u"result"_s, a.result.toString()},
            {u"expenses_to_pay"_s, a.expensesToPay.toString()},
            {u"suppliers_to_pay"_s, a.suppliersToPay.toString()},
            {u"salaries_to_pay"_s, a.salariesToPay.toString()},
            {u"receivables"_s, a.receivables.toString()},
            {u"treasury"_s, a.treasury.toString()},
            {u"treasury_reference"_s, a.treasuryReference.toString()},
            {u"treasury_future"_s, a.treasuryFuture.toString()},
            {u"envelope"_s, envelope},
        };
        c.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto row = [&](const QString &label, Money amount) {
        c.out() << u"  %1 %2\n"_s.arg(label, -34).arg(amount.toString(), 12);
    };
    c.out() << Tr::tr("Account of %1 (%2), %3 to %4")
                   .arg(a.activityCode, a.activityName, a.from.toString(Qt::ISODate),
                        a.at.toString(Qt::ISODate))
            << '\n';
    row(Tr::tr("Turnover invoiced (HT)"), a.turnoverInvoiced);
    row(Tr::tr("Turnover collected (HT)"), a.turnoverCollected);
    row(Tr::tr("Purchases"), a.purchases);
    row(Tr::tr("Expenses"), a.expenses);
    row(Tr::tr("Contribution"), a.contribution);
    row(Tr::tr("Shared costs"), a.allocatedCosts);
    row(Tr::tr("Salaries (employer cost)"), a.salaryCost);
    row(Tr::tr("Result"), a.result);
    row(Tr::tr("Treasury today"), a.treasury);
    row(Tr::tr("Reference treasury"), a.treasuryReference);
    row(Tr::tr("Future treasury"), a.treasuryFuture);
    if (a.envelopePayslip)
        c.out() << Tr::tr("Salary envelope %1: gross %2, net before tax %3.")
                       .arg(a.envelope.toString(), a.envelopePayslip->gross.toString(),
                            a.envelopePayslip->netBeforeTax.toString())
                << '\n';
    else
        c.out() << Tr::tr("No salary envelope: the treasury does not cover a payslip.") << '\n';
    return 0;
}

} // namespace coop::cli
