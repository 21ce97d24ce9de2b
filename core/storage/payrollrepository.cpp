#include "payrollrepository.h"

#include "peoplerepository.h"
#include "ledger_p.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/contract.h"
#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

QString stamp(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonObject lineToJson(const PayslipLine &line)
{
    QJsonObject o{
        {u"code"_s, line.code},
        {u"label"_s, line.label},
        {u"organism"_s, payrollOrganismKey(line.organism)},
        {u"base_cents"_s, line.base.cents()},
        {u"employee_cents"_s, line.employee.cents()},
        {u"employer_cents"_s, line.employer.cents()},
        {u"not_deductible"_s, line.notDeductible},
        {u"health_share"_s, line.healthShare},
    };
    if (line.hasEmployeeRate)
        o.insert(u"employee_rate_units"_s, line.employeeRate.units());
    if (line.hasEmployerRate)
        o.insert(u"employer_rate_units"_s, line.employerRate.units());
    return o;
}

PayslipLine lineFromJson(const QJsonObject &o)
{
    const auto integer = [&](const QString &key) {
        return detail::jsonInteger(o.value(key)).value_or(0);
    };
    PayslipLine line;
    line.code = o.value(u"code"_s).toString();
    line.label = o.value(u"label"_s).toString();
    line.organism =
        payrollOrganismFromKey(o.value(u"organism"_s).toString()).value_or(PayrollOrganism::Urssaf);
    line.base = Money::fromCents(integer(u"base_cents"_s));
    line.employee = Money::fromCents(integer(u"employee_cents"_s));
    line.employer = Money::fromCents(integer(u"employer_cents"_s));
    line.notDeductible = o.value(u"not_deductible"_s).toBool();
    line.healthShare = o.value(u"health_share"_s).toBool();
    line.hasEmployeeRate = o.contains(u"employee_rate_units"_s);
    line.employeeRate = Rate::fromUnits(integer(u"employee_rate_units"_s));
    line.hasEmployerRate = o.contains(u"employer_rate_units"_s);
    line.employerRate = Rate::fromUnits(integer(u"employer_rate_units"_s));
    return line;
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return fail(sqlError(what, q));
    return {};
}

PayrollRunTotals totalsFrom(const QSqlQuery &q, int at)
{
    PayrollRunTotals t;
    t.slips = q.value(at).toInt();
    t.gross = Money::fromCents(q.value(at + 1).toLongLong());
    t.employeeTotal = Money::fromCents(q.value(at + 2).toLongLong());
    t.employerTotal = Money::fromCents(q.value(at + 3).toLongLong());
    t.rgdu = Money::fromCents(q.value(at + 4).toLongLong());
    t.netBeforeTax = Money::fromCents(q.value(at + 5).toLongLong());
    t.employerCost = Money::fromCents(q.value(at + 6).toLongLong());
    return t;
}

const QString SummaryColumns =
    u"id, month, status, computed_at, closed_at, rules_valid_from, slip_count, gross_cents, "
    "employee_total_cents, employer_total_cents, rgdu_cents, net_before_tax_cents, "
    "employer_cost_cents"_s;

PayrollRunSummary summaryFrom(const QSqlQuery &q)
{
    PayrollRunSummary s;
    s.id = q.value(0).toString();
    s.month = q.value(1).toString();
    s.status = q.value(2).toString() == u"closed" ? PayrollRunStatus::Closed
                                                   : PayrollRunStatus::Draft;
    s.computedAt = fromStamp(q.value(3));
    s.closedAt = fromStamp(q.value(4));
    s.rulesValidFrom = toDate(q.value(5));
    s.totals = totalsFrom(q, 6);
    return s;
}

} // namespace

QString payrollRunStatusKey(PayrollRunStatus status)
{
    return status == PayrollRunStatus::Closed ? u"closed"_s : u"draft"_s;
}

Result<QList<PayrollRunInput>> PayrollRepository::inputsFor(QStringView month)
{
    const auto first = parsePayrollMonth(month);
    if (!first)
        return fail(first.error());
    const QDate last = first->addDays(first->daysInMonth() - 1);

    PeopleRepository people(m_store);
    const auto entrepreneurs = people.entrepreneurs();
    if (!entrepreneurs)
        return fail(entrepreneurs.error());
    const auto activities = people.activities();
    if (!activities)
        return fail(activities.error());
    const auto contracts = people.contracts();
    if (!contracts)
        return fail(contracts.error());

    QHash<QString, const Entrepreneur *> byId;
    for (const Entrepreneur &e : *entrepreneurs)
        byId.insert(e.id, &e);
    QHash<QString, const Activity *> activityById;
    for (const Activity &a : *activities)
        activityById.insert(a.id, &a);

    // The account is followed over the fiscal year to date.
    const auto cooperative = people.cooperative();
    if (!cooperative)
        return fail(cooperative.error());
    const QDate yearStart = fiscalYearStart(*cooperative, *first);
    const auto rules = loadBuiltInPayrollRules();
    if (!rules)
        return fail(rules.error());
    QList<PayrollEngine> engines;
    for (const PayrollRuleTable &table : rules->tables())
        engines.append(PayrollEngine(table));
    const auto engineFor = [&](QDate day) -> const PayrollEngine & {
        const auto table = rules->tableFor(day);
        for (const PayrollEngine &engine : engines) {
            if (table && engine.table().validFrom == (*table)->validFrom)
                return engine;
        }
        return engines.constFirst();
    };

    // HT collected per activity from the fiscal year's start to the month's end: each payment
    // less the VAT it carries, refunds of credit notes counted against it.
    QHash<QString, qint64> collected;
    {
        const auto payments = collectedPayments(m_store, yearStart, last);
        if (!payments)
            return fail(payments.error());
        for (const CollectedPayment &p : *payments)
            collected[p.activityId] += p.htCents;
    }
    // What the earlier runs of the fiscal year cost, per entrepreneur, activity and month.
    QHash<QString, qint64> runCost;
    {
        auto q = select(m_store,
                        u"SELECT s.entrepreneur_id, s.activity_id, r.month, s.employer_cost_cents "
                        "FROM payroll_slip s JOIN payroll_run r ON r.id = s.run_id "
                        "WHERE r.month >= ? AND r.month < ?"_s,
                        {yearStart.toString(u"yyyy-MM"_s), month.toString()});
        if (!q)
            return fail(q.error());
        while (q->next())
            runCost.insert(q->value(0).toString() + u'|' + q->value(1).toString() + u'|'
                               + q->value(2).toString(),
                           q->value(3).toLongLong());
    }
    // An earlier month of the year without a run is taken as paid at the contract's fixed part
    // (prorated), with the table of that month, or the first table before the first one.
    const auto paidBefore = [&](const Contract &contract, const QString &key) -> qint64 {
        qint64 total = 0;
        const std::optional<QDate> end = contractEnd(contract);
        for (QDate m = yearStart; m < *first; m = m.addMonths(1)) {
            const QDate monthEnd = m.addDays(m.daysInMonth() - 1);
            if (contract.start > monthEnd || (end && *end < m))
                continue;
            const auto stored = runCost.constFind(key + u'|' + m.toString(u"yyyy-MM"_s));
            if (stored != runCost.constEnd()) {
                total += *stored;
                continue;
            }
            const QDate to = end ? std::min(*end, monthEnd) : monthEnd;
            const std::optional<ContractTerms> t = termsAt(contract, to);
            if (!t)
                continue;
            const int days = static_cast<int>(std::max(contract.start, m).daysTo(to)) + 1;
            const auto fixed = multiplyDivideRounded(t->fixedMonthlyPart.cents(), days,
                                                     m.daysInMonth(), Rounding::HalfUp);
            const PayrollEngine &engine = engineFor(monthEnd);
            PayrollSituation situation =
                PayrollSituation::fromCooperative(*cooperative, engine.table());
            situation.cadre = t->cadre;
            if (!fixed || !situation.validate().isEmpty())
                continue;
            total += engine.employerCost(Money::fromCents(*fixed), situation).cents();
        }
        return total;
    };

    QList<PayrollRunInput> inputs;
    QSet<QString> seen;
    for (const Contract &contract : *contracts) {
        if (contract.type != ContractType::Cesa || contract.start > last)
            continue;
        const std::optional<QDate> end = contractEnd(contract);
        if (end && *end < *first)
            continue;
        const Entrepreneur *person = byId.value(contract.entrepreneurId);
        if (!person || seen.contains(contract.entrepreneurId))
            continue;
        const QDate from = std::max(contract.start, *first);
        const QDate to = end ? std::min(*end, last) : last;
        const std::optional<ContractTerms> terms = termsAt(contract, to);
        if (!terms)
            continue;
        seen.insert(contract.entrepreneurId);

        PayrollRunInput input;
        input.entrepreneurId = person->id;
        input.name = person->lastName + u' ' + person->firstName;
        input.nir = person->nir;
        input.activityId = contract.activityId;
        input.contractId = contract.id;
        input.fixedMonthlyPart = terms->fixedMonthlyPart;
        input.variableRate = terms->variableRate;
        input.cadre = terms->cadre;
        input.daysUnderContract = static_cast<int>(from.daysTo(to)) + 1;
        qint64 share = Rate::UnitsPerOne;
        if (const Activity *activity = activityById.value(contract.activityId)) {
            input.activityCode = activity->analyticCode;
            if (activity->members.size() > 1) {
                for (const ActivityMember &member : activity->members) {
                    if (member.entrepreneurId == person->id)
                        share = member.share.units();
                }
            }
        }
        const auto available = multiplyDivideRounded(collected.value(contract.activityId), share,
                                                     Rate::UnitsPerOne, Rounding::Floor);
        input.available = Money::fromCents(
            available.value_or(0) - paidBefore(contract, person->id + u'|' + contract.activityId));
        inputs.append(std::move(input));
    }
    return inputs;
}

Result<PayrollRun> PayrollRepository::run(QStringView month, const QDateTime &now)
{
    const auto rules = loadBuiltInPayrollRules();
    if (!rules)
        return fail(rules.error());
    const auto first = parsePayrollMonth(month);
    if (!first)
        return fail(first.error());
    const auto table = rules->tableFor(first->addDays(first->daysInMonth() - 1));
    if (!table)
        return fail(table.error());
    const auto cooperative = PeopleRepository(m_store).cooperative();
    if (!cooperative)
        return fail(cooperative.error());
    const PayrollSituation company = PayrollSituation::fromCooperative(*cooperative, **table);

    UnitOfWork unit(m_store);
    if (auto begun = beginWriting(unit); !begun)
        return fail(begun.error());

    const auto existing = summary(month);
    if (!existing)
        return fail(existing.error());
    if (*existing && (*existing)->status == PayrollRunStatus::Closed)
        return fail(ErrorCode::Conflict,
                    Tr::tr("The payroll of %1 is closed: it cannot be computed again.")
                        .arg(month.toString()),
                    u"month"_s);
    const auto inputs = inputsFor(month);
    if (!inputs)
        return fail(inputs.error());
    auto computed = computePayrollRun(month, *inputs, *rules, company);
    if (!computed)
        return fail(computed.error());

    QSqlQuery q(m_store.database());
    if (*existing) {
        q.prepare(u"DELETE FROM payroll_run WHERE id = ?"_s);
        q.addBindValue((*existing)->id);
        if (auto r = exec(q, Tr::tr("Cannot replace the draft payroll run.")); !r)
            return fail(r.error());
    }
    const QString runId = newId();
    const PayrollRunTotals &t = computed->totals;
    q.prepare(u"INSERT INTO payroll_run (id, month, status, computed_at, pay_date, "
              "rules_valid_from, slip_count, gross_cents, employee_total_cents, "
              "employer_total_cents, rgdu_cents, net_before_tax_cents, employer_cost_cents) "
              "VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         QVariantList{runId, computed->month,
                      stamp(now.isValid() ? now : QDateTime::currentDateTimeUtc()),
                      date(computed->payDate), date(computed->rulesValidFrom), t.slips,
                      t.gross.cents(), t.employeeTotal.cents(), t.employerTotal.cents(),
                      t.rgdu.cents(), t.netBeforeTax.cents(), t.employerCost.cents()})
        q.addBindValue(value);
    if (auto r = exec(q, Tr::tr("Cannot store the payroll run.")); !r)
        return fail(r.error());

    q.prepare(u"INSERT INTO payroll_slip (run_id, entrepreneur_id, name, nir, activity_id, "
              "activity_code, contract_id, days_under_contract, cadre, headcount, atmp_units, "
              "vm_units, mutuelle_cents, mutuelle_employer_share_units, fixed_gross_cents, "
              "variable_gross_cents, gross_cents, employee_total_cents, "
              "employer_contributions_cents, rgdu_coefficient_units, rgdu_cents, "
              "employer_total_cents, net_before_tax_cents, net_taxable_cents, net_social_cents, "
              "employer_cost_cents, pss_cents, monthly_smic_cents, lines_json, "
              "rgdu_retirement_cents) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?)"_s);
    for (const PayrollRunSlip &slip : std::as_const(computed->slips)) {
        const Payslip &p = slip.payslip;
        QJsonArray lines;
        for (const PayslipLine &line : p.lines)
            lines.append(lineToJson(line));
        const QVariantList values{
            runId, slip.entrepreneurId, slip.name, text(slip.nir), text(slip.activityId),
            text(slip.activityCode), text(slip.contractId), slip.daysUnderContract,
            p.situation.cadre ? 1 : 0, p.situation.headcount, p.situation.atmp.units(),
            p.situation.vm.units(), p.situation.mutuelle.cents(),
            p.situation.mutuelleEmployerShare.units(), slip.fixedGross.cents(),
            slip.variableGross.cents(), p.gross.cents(), p.employeeTotal.cents(),
            p.employerContributions.cents(), p.rgduCoefficient.units(), p.rgdu.cents(),
            p.employerTotal.cents(), p.netBeforeTax.cents(), p.netTaxable.cents(),
            p.netSocial.cents(), p.employerCost.cents(), p.pss.cents(), p.monthlySmic.cents(),
            json(lines), p.rgduRetirement.cents()};
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (auto r = exec(q, Tr::tr("Cannot store the payslip of %1.").arg(slip.name)); !r)
            return fail(r.error());
    }

    q.prepare(u"INSERT INTO payroll_journal_line (run_id, seq, account, label, activity_code, "
              "side, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 seq = 0;
    for (const PayrollJournalLine &line : std::as_const(computed->journal)) {
        for (const QVariant &value :
             QVariantList{runId, ++seq, line.account, line.label, text(line.activityCode),
                          line.side == JournalSide::Debit ? u"debit"_s : u"credit"_s,
                          line.amount.cents()})
            q.addBindValue(value);
        if (auto r = exec(q, Tr::tr("Cannot store the payroll journal.")); !r)
            return fail(r.error());
    }
    if (auto r = unit.commit(); !r)
        return fail(r.error());
    return computed;
}

Result<void> PayrollRepository::close(QStringView month, const QDateTime &now)
{
    UnitOfWork unit(m_store);
    if (auto begun = beginWriting(unit); !begun)
        return fail(begun.error());
    const auto existing = summary(month);
    if (!existing)
        return fail(existing.error());
    if (!*existing)
        return fail(ErrorCode::NotFound,
                    Tr::tr("The payroll of %1 has not been computed.").arg(month.toString()),
                    u"month"_s);
    if ((*existing)->status == PayrollRunStatus::Closed)
        return fail(ErrorCode::Conflict,
                    Tr::tr("The payroll of %1 is already closed.").arg(month.toString()),
                    u"month"_s);
    QSqlQuery q(m_store.database());
    q.prepare(u"UPDATE payroll_run SET status = 'closed', closed_at = ? WHERE id = ?"_s);
    q.addBindValue(stamp(now.isValid() ? now : QDateTime::currentDateTimeUtc()));
    q.addBindValue((*existing)->id);
    if (auto r = exec(q, Tr::tr("Cannot close the payroll of %1.").arg(month.toString())); !r)
        return fail(r.error());
    // The closed month's entry in the ledger (PA), in the same transaction.
    auto run = load(month);
    if (!run)
        return fail(run.error());
    if (*run) {
        if (auto r = ledger::postPayrollRun(m_store, **run); !r)
            return fail(r.error());
    }
    return unit.commit();
}

Result<QList<PayrollRunSummary>> PayrollRepository::runs()
{
    auto q = select(m_store,
                    u"SELECT "_s + SummaryColumns + u" FROM payroll_run ORDER BY month DESC"_s);
    if (!q)
        return fail(q.error());
    QList<PayrollRunSummary> result;
    while (q->next())
        result.append(summaryFrom(*q));
    return result;
}

Result<std::optional<PayrollRunSummary>> PayrollRepository::summary(QStringView month)
{
    auto q = select(m_store,
                    u"SELECT "_s + SummaryColumns + u" FROM payroll_run WHERE month = ?"_s,
                    {month.toString()});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<PayrollRunSummary>();
    return std::optional<PayrollRunSummary>(summaryFrom(*q));
}

Result<std::optional<PayrollRun>> PayrollRepository::load(QStringView month)
{
    const auto head = summary(month);
    if (!head)
        return fail(head.error());
    if (!*head)
        return std::optional<PayrollRun>();
    PayrollRun run;
    run.month = (*head)->month;
    run.rulesValidFrom = (*head)->rulesValidFrom;
    run.totals = (*head)->totals;
    if (const auto first = parsePayrollMonth(run.month))
        run.payDate = first->addDays(first->daysInMonth() - 1);

    auto q = select(m_store,
                    u"SELECT entrepreneur_id, name, nir, activity_id, activity_code, contract_id, "
                    "days_under_contract, cadre, headcount, atmp_units, vm_units, mutuelle_cents, "
                    "mutuelle_employer_share_units, fixed_gross_cents, variable_gross_cents, "
                    "gross_cents, employee_total_cents, employer_contributions_cents, "
                    "rgdu_coefficient_units, rgdu_cents, employer_total_cents, "
                    "net_before_tax_cents, net_taxable_cents, net_social_cents, "
                    "employer_cost_cents, pss_cents, monthly_smic_cents, lines_json, "
                    "rgdu_retirement_cents FROM payroll_slip WHERE run_id = ?"_s,
                    {(*head)->id});
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const auto money = [&](int i) { return Money::fromCents(q->value(i).toLongLong()); };
        PayrollRunSlip slip;
        slip.entrepreneurId = q->value(0).toString();
        slip.name = q->value(1).toString();
        slip.nir = q->value(2).toString();
        slip.activityId = q->value(3).toString();
        slip.activityCode = q->value(4).toString();
        slip.contractId = q->value(5).toString();
        slip.daysUnderContract = q->value(6).toInt();
        Payslip &p = slip.payslip;
        p.rulesValidFrom = run.rulesValidFrom;
        p.situation.cadre = q->value(7).toInt() != 0;
        p.situation.headcount = q->value(8).toInt();
        p.situation.atmp = Rate::fromUnits(q->value(9).toLongLong());
        p.situation.vm = Rate::fromUnits(q->value(10).toLongLong());
        p.situation.mutuelle = money(11);
        p.situation.mutuelleEmployerShare = Rate::fromUnits(q->value(12).toLongLong());
        slip.fixedGross = money(13);
        slip.variableGross = money(14);
        p.gross = money(15);
        p.employeeTotal = money(16);
        p.employerContributions = money(17);
        p.rgduCoefficient = Rate::fromUnits(q->value(18).toLongLong());
        p.rgdu = money(19);
        p.employerTotal = money(20);
        p.netBeforeTax = money(21);
        p.netTaxable = money(22);
        p.netSocial = money(23);
        p.employerCost = money(24);
        p.pss = money(25);
        p.monthlySmic = money(26);
        for (const QJsonValue &line : jsonArray(q->value(27)))
            p.lines.append(lineFromJson(line.toObject()));
        p.rgduRetirement = money(28);
        run.slips.append(std::move(slip));
    }
    sortPayrollSlips(run.slips);

    auto j = select(m_store,
                    u"SELECT account, label, activity_code, side, amount_cents "
                    "FROM payroll_journal_line WHERE run_id = ? ORDER BY seq"_s,
                    {(*head)->id});
    if (!j)
        return fail(j.error());
    while (j->next()) {
        run.journal.append({j->value(0).toString(), j->value(1).toString(),
                            j->value(2).toString(),
                            j->value(3).toString() == u"credit" ? JournalSide::Credit
                                                                 : JournalSide::Debit,
                            Money::fromCents(j->value(4).toLongLong()), {}, {}});
    }
    return std::optional<PayrollRun>(std::move(run));
}

} // namespace coop
