#include "accountrepository.h"

#include "contributionrepository.h"
#include "costpoolrepository.h"
#include "peoplerepository.h"
#include "repositorysupport_p.h"
#include "store.h"

#include "core/contract.h"
#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

Result<qint64> sumOf(const Store &store, const QString &sql, const QVariantList &binds)
{
    auto q = select(store, sql, binds);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

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
    const auto cooperative = people.cooperative();
    if (!cooperative)
        return fail(cooperative.error());

    EntrepreneurAccount a;
    a.activityId = (*activity)->id;
    a.activityCode = (*activity)->analyticCode;
    a.activityName = (*activity)->name;
    a.at = at;
    a.from = QDate(at.year(), std::clamp(cooperative->fiscalYearStartMonth, 1, 12), 1);
    if (a.from > at)
        a.from = a.from.addYears(-1);
    const QVariant id = a.activityId;
    const QVariant from = date(a.from);
    const QVariant to = date(at);

    const auto invoiced = sumOf(m_store,
                                u"SELECT coalesce(sum(CASE kind WHEN 'invoice' THEN "
                                "total_excluding_vat_cents ELSE -total_excluding_vat_cents END), 0) "
                                "FROM sales_document WHERE activity_id = ? AND status = 'validated' "
                                "AND date >= ? AND date <= ?"_s,
                                {id, from, to});
    if (!invoiced)
        return fail(invoiced.error());
    a.turnoverInvoiced = Money::fromCents(*invoiced);

    {
        auto q = select(m_store,
                        u"SELECT p.amount_cents, p.shares, d.kind FROM payment p "
                        "JOIN sales_document d ON d.id = p.document_id "
                        "WHERE d.activity_id = ? AND p.date >= ? AND p.date <= ?"_s,
                        {id, from, to});
        if (!q)
            return fail(q.error());
        qint64 collected = 0;
        while (q->next()) {
            qint64 vat = 0;
            for (const QJsonValue &share : jsonArray(q->value(1)))
                vat += detail::jsonInteger(share.toObject().value(u"vat_cents"_s)).value_or(0);
            const qint64 ht = q->value(0).toLongLong() - vat;
            collected += q->value(2).toString() == u"credit_note" ? -ht : ht;
        }
        a.turnoverCollected = Money::fromCents(collected);
    }

    const auto expenses = sumOf(m_store,
                                u"SELECT coalesce(sum(total_including_vat_cents - total_vat_cents), 0) "
                                "FROM expense_report WHERE activity_id = ? "
                                "AND status IN ('validated', 'paid') AND month >= ? AND month <= ?"_s,
                                {id, from, to});
    if (!expenses)
        return fail(expenses.error());
    a.expenses = Money::fromCents(*expenses);

    // The contribution of the year to date, when the store has scales.
    const auto scales = ContributionRepository(m_store).scales();
    if (!scales)
        return fail(scales.error());
    a.contributionKnown = !scales->isEmpty();
    if (a.contributionKnown) {
        const auto contributions =
            ContributionRepository(m_store).compute(at.toString(u"yyyy-MM"_s));
        if (!contributions)
            return fail(contributions.error());
        for (const ActivityContribution &c : *contributions) {
            if (c.activityId == a.activityId)
                a.contribution = c.yearToDate + c.trueUp;
        }
    }

    // Shares of the allocated pools of the period.
    const auto pools = CostPoolRepository(m_store).pools();
    if (!pools)
        return fail(pools.error());
    for (const StoredCostPool &pool : *pools) {
        if (!pool.allocated || pool.pool.to > at || pool.pool.to < a.from)
            continue;
        for (const AllocationShare &share : pool.shares) {
            if (share.activityId == a.activityId)
                a.allocatedCosts += share.amount;
        }
    }

    const auto salaries = sumOf(m_store,
                                u"SELECT coalesce(sum(s.employer_cost_cents), 0) FROM payroll_slip s "
                                "JOIN payroll_run r ON r.id = s.run_id WHERE s.activity_id = ? "
                                "AND r.month >= ? AND r.month <= ?"_s,
                                {id, a.from.toString(u"yyyy-MM"_s), at.toString(u"yyyy-MM"_s)});
    if (!salaries)
        return fail(salaries.error());
    a.salaryCost = Money::fromCents(*salaries);

    const Money charges = a.purchases + a.expenses + a.contribution + a.allocatedCosts + a.salaryCost;
    a.result = a.turnoverInvoiced - charges;
    a.treasury = a.turnoverCollected - charges;
    a.receivables = a.turnoverInvoiced - a.turnoverCollected;
    a.treasuryFuture = a.treasury + a.receivables;

    // The envelope, for the member under a CESA (or any contract) on `at`.
    a.envelope = a.treasury.isNegative() ? Money() : a.treasury;
    const auto rules = loadBuiltInPayrollRules();
    if (!rules)
        return fail(rules.error());
    const auto table = rules->tableFor(at);
    if (table) {
        const auto contracts = people.contracts();
        if (!contracts)
            return fail(contracts.error());
        bool cadre = false;
        for (const Contract &c : *contracts) {
            if (c.activityId != a.activityId || !isInForce(c, at))
                continue;
            if (const auto terms = termsAt(c, at))
                cadre = terms->cadre;
        }
        PayrollSituation situation = PayrollSituation::fromCooperative(*cooperative, **table);
        situation.cadre = cadre;
        const auto found = PayrollEngine(**table).fromEmployerCost(a.envelope, situation);
        if (found) {
            a.envelopePayslip = found->payslip;
            a.envelopeRemainder = found->remainder;
        } else {
            a.envelopeRemainder = a.envelope;
        }
    }
    return a;
}

} // namespace coop
