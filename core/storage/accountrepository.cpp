#include "accountrepository.h"

#include "contributionrepository.h"
#include "costpoolrepository.h"
#include "peoplerepository.h"
#include "repositorysupport_p.h"
#include "store.h"

#include "core/contract.h"
#include "core/tr.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;


Result<EntrepreneurAccount> AccountRepository::account(const QString &activityCode, QDate at) const
{
    PeopleRepository people(m_store);
    const auto activity = people.activityByCode(activityCode);
    if (!activity)
        return fail(activity.error());
    if (!*activity)
        return fail(ErrorCode::NotFound,
                    Tr::tr("No activity has the analytic code %1.").arg(activityCode),
                    u"activity"_s);
    auto all = compute(at, (*activity)->id);
    if (!all)
        return fail(all.error());
    return all->constFirst();
}

Result<QList<EntrepreneurAccount>> AccountRepository::accounts(QDate at) const
{
    return compute(at, {});
}

Result<QList<EntrepreneurAccount>> AccountRepository::compute(QDate at, const QString &only) const
{
    PeopleRepository people(m_store);
    const auto cooperative = people.cooperative();
    if (!cooperative)
        return fail(cooperative.error());
    const auto activities = people.activities();
    if (!activities)
        return fail(activities.error());
    const QDate yearStart = fiscalYearStart(*cooperative, at);
    const QVariant from = date(yearStart);
    const QVariant to = date(at);

    QHash<QString, qint64> invoiced;
    QHash<QString, qint64> collected;
    QHash<QString, qint64> expenses;
    QHash<QString, qint64> expensesPaid;
    QHash<QString, qint64> salaries;
    QHash<QString, qint64> salariesPaid;
    QHash<QString, qint64> contribution;
    QHash<QString, qint64> allocated;
    QHash<QString, qint64> purchases;
    QHash<QString, qint64> purchasesPaid;
    {
        auto q = select(m_store,
                        u"SELECT activity_id, sum(CASE kind WHEN 'invoice' THEN "
                        "total_excluding_vat_cents ELSE -total_excluding_vat_cents END) "
                        "FROM sales_document WHERE status = 'validated' AND date >= ? AND date <= ? "
                        "GROUP BY activity_id"_s,
                        {from, to});
        if (!q)
            return fail(q.error());
        while (q->next())
            invoiced.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    {
        const auto payments = collectedPayments(m_store, yearStart, at);
        if (!payments)
            return fail(payments.error());
        for (const CollectedPayment &p : *payments)
            collected[p.activityId] += p.htCents;
    }
    {
        auto q = select(m_store,
                        u"SELECT activity_id, sum(total_including_vat_cents - total_vat_cents), "
                        "sum(CASE status WHEN 'paid' THEN total_including_vat_cents - total_vat_cents "
                        "ELSE 0 END) FROM expense_report WHERE status IN ('validated', 'paid') "
                        "AND month >= ? AND month <= ? GROUP BY activity_id"_s,
                        {from, to});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            expenses.insert(q->value(0).toString(), q->value(1).toLongLong());
            expensesPaid.insert(q->value(0).toString(), q->value(2).toLongLong());
        }
    }
    {
        // Supplier invoices validated or paid, dated in the period; paid by `at` reduce the cash.
        auto q = select(m_store,
                        u"SELECT activity_id, sum(total_excluding_vat_cents), "
                        "sum(CASE WHEN status = 'paid' AND paid_on <= ? "
                        "THEN total_excluding_vat_cents ELSE 0 END) FROM supplier_invoice "
                        "WHERE status IN ('validated', 'paid') AND date >= ? AND date <= ? "
                        "GROUP BY activity_id"_s,
                        {to, from, to});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            purchases.insert(q->value(0).toString(), q->value(1).toLongLong());
            purchasesPaid.insert(q->value(0).toString(), q->value(2).toLongLong());
        }
    }
    {
        auto q = select(m_store,
                        u"SELECT s.activity_id, sum(s.employer_cost_cents), "
                        "sum(CASE r.status WHEN 'closed' THEN s.employer_cost_cents ELSE 0 END) "
                        "FROM payroll_slip s JOIN payroll_run r ON r.id = s.run_id "
                        "WHERE r.month >= ? AND r.month <= ? GROUP BY s.activity_id"_s,
                        {yearStart.toString(u"yyyy-MM"_s), at.toString(u"yyyy-MM"_s)});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            salaries.insert(q->value(0).toString(), q->value(1).toLongLong());
            salariesPaid.insert(q->value(0).toString(), q->value(2).toLongLong());
        }
    }
    // The contribution of the year to date, when the store has scales.
    ContributionRepository contributions(m_store);
    const auto scales = contributions.scales();
    if (!scales)
        return fail(scales.error());
    const bool contributionKnown = !scales->isEmpty();
    if (contributionKnown) {
        const auto month = contributions.compute(at.toString(u"yyyy-MM"_s), only);
        if (!month)
            return fail(month.error());
        for (const ActivityContribution &c : *month)
            contribution.insert(c.activityId, (c.yearToDate + c.trueUp).cents());
    }
    // Shares of the allocated pools whose period ends in the year by `at`.
    const auto pools = CostPoolRepository(m_store).pools();
    if (!pools)
        return fail(pools.error());
    for (const StoredCostPool &pool : *pools) {
        if (!pool.allocated || pool.pool.to > at || pool.pool.to < yearStart)
            continue;
        for (const AllocationShare &share : pool.shares)
            allocated[share.activityId] += share.amount.cents();
    }

    // The envelope's situation: the cooperative's, with the cadre status of the activity's
    // contract in force on `at`.
    const auto rules = loadBuiltInPayrollRules();
    if (!rules)
        return fail(rules.error());
    const auto table = rules->tableFor(at);
    std::optional<PayrollEngine> engine;
    if (table)
        engine.emplace(**table);
    const auto contracts = people.contracts();
    if (!contracts)
        return fail(contracts.error());
    QHash<QString, bool> cadre;
    for (const Contract &c : *contracts) {
        if (c.activityId.isEmpty() || !isInForce(c, at))
            continue;
        if (const auto terms = termsAt(c, at))
            cadre[c.activityId] = cadre.value(c.activityId) || terms->cadre;
    }

    QList<EntrepreneurAccount> result;
    for (const Activity &activity : *activities) {
        if (!only.isEmpty() && activity.id != only)
            continue;
        EntrepreneurAccount a;
        a.activityId = activity.id;
        a.activityCode = activity.analyticCode;
        a.activityName = activity.name;
        a.from = yearStart;
        a.at = at;
        a.turnoverInvoiced = Money::fromCents(invoiced.value(activity.id));
        a.turnoverCollected = Money::fromCents(collected.value(activity.id));
        a.purchases = Money::fromCents(purchases.value(activity.id));
        a.expenses = Money::fromCents(expenses.value(activity.id));
        a.contributionKnown = contributionKnown;
        a.contribution = Money::fromCents(contribution.value(activity.id));
        a.allocatedCosts = Money::fromCents(allocated.value(activity.id));
        a.salaryCost = Money::fromCents(salaries.value(activity.id));
        const Money charges =
            a.purchases + a.expenses + a.contribution + a.allocatedCosts + a.salaryCost;
        a.result = a.turnoverInvoiced - charges;
        const Money paidExpenses = Money::fromCents(expensesPaid.value(activity.id));
        const Money paidSalaries = Money::fromCents(salariesPaid.value(activity.id));
        a.expensesToPay = a.expenses - paidExpenses;
        a.salariesToPay = a.salaryCost - paidSalaries;
        a.receivables = a.turnoverInvoiced - a.turnoverCollected;
        const Money paidPurchases = Money::fromCents(purchasesPaid.value(activity.id));
        a.suppliersToPay = a.purchases - paidPurchases;
        a.treasury = a.turnoverCollected - paidPurchases - paidExpenses - paidSalaries
                     - a.contribution - a.allocatedCosts;
        a.treasuryReference = a.treasury - a.suppliersToPay;
        a.treasuryFuture =
            a.treasuryReference - a.salariesToPay - a.expensesToPay + a.receivables;
        // What the cash can still pay once what is already owed (draft salaries, expenses to
        // reimburse) is paid; receivables are not cash yet.
        const Money spendable = a.treasuryReference - a.salariesToPay - a.expensesToPay;
        a.envelope = spendable.isNegative() ? Money() : spendable;
        a.envelopeRemainder = a.envelope;
        if (engine) {
            PayrollSituation situation =
                PayrollSituation::fromCooperative(*cooperative, engine->table());
            situation.cadre = cadre.value(activity.id);
            if (const auto found = engine->fromEmployerCost(a.envelope, situation)) {
                a.envelopePayslip = found->payslip;
                a.envelopeRemainder = found->remainder;
            }
        }
        result.append(std::move(a));
    }
    std::sort(result.begin(), result.end(), [](const EntrepreneurAccount &x,
                                               const EntrepreneurAccount &y) {
        return x.activityCode < y.activityCode;
    });
    return result;
}

} // namespace coop
