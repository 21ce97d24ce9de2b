#include "payrollrun.h"

#include "rounding.h"
#include "tr.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

Error forEntrepreneur(const PayrollRunInput &input, const Error &error)
{
    return Error(error.code(),
                 Tr::tr("%1 (%2): %3").arg(input.name, input.entrepreneurId, error.message()),
                 input.entrepreneurId);
}

} // namespace

Result<QDate> parsePayrollMonth(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    const QDate first = match.hasMatch()
                            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)
                            : QDate();
    if (!first.isValid())
        return fail(ErrorCode::ParseError,
                    Tr::tr("“%1” is not a month: write it as YYYY-MM, such as 2026-03.")
                        .arg(text.toString()),
                    u"month"_s);
    return first;
}

Result<PayrollRun> computePayrollRun(QStringView month, const QList<PayrollRunInput> &inputs,
                                     const PayrollRuleSet &rules,
                                     const PayrollSituation &companySituation)
{
    const auto first = parsePayrollMonth(month);
    if (!first)
        return fail(first.error());
    const QDate last = first->addDays(first->daysInMonth() - 1);
    const auto table = rules.tableFor(last);
    if (!table)
        return fail(table.error());
    const PayrollEngine engine(**table);

    PayrollRun run;
    run.month = month.toString();
    run.payDate = last;
    run.rulesValidFrom = (*table)->validFrom;
    run.slips.reserve(inputs.size());
    for (const PayrollRunInput &input : inputs) {
        if (input.fixedMonthlyPart.isNegative())
            return fail(forEntrepreneur(
                input, Error(ErrorCode::InvalidArgument,
                             Tr::tr("the contract's fixed part is negative (%1).")
                                 .arg(input.fixedMonthlyPart.toString()))));
        if (input.daysUnderContract < 1 || input.daysUnderContract > first->daysInMonth())
            return fail(forEntrepreneur(
                input, Error(ErrorCode::InvalidArgument,
                             Tr::tr("%1 days under contract in a month of %2 days.")
                                 .arg(input.daysUnderContract)
                                 .arg(first->daysInMonth()))));
        PayrollSituation situation = companySituation;
        situation.cadre = input.cadre;

        // The fixed part, prorated to the calendar days under contract.
        const auto fixedCents = multiplyDivideRounded(input.fixedMonthlyPart.cents(),
                                                      input.daysUnderContract,
                                                      first->daysInMonth(), Rounding::HalfUp);
        if (!fixedCents)
            return fail(forEntrepreneur(input, fixedCents.error()));
        const Money fixedGross = Money::fromCents(*fixedCents);
        Money gross = fixedGross;

        // The variable part: a share of what the account has left once the fixed part is paid,
        // turned into a gross by the reverse search (never more than the envelope).
        if (input.variableRate.units() > 0) {
            const auto fixedSlip = engine.compute(fixedGross, situation);
            if (!fixedSlip)
                return fail(forEntrepreneur(input, fixedSlip.error()));
            const Money spare = input.available - fixedSlip->employerCost;
            if (spare.cents() > 0) {
                const auto share = spare.times(input.variableRate, Rounding::Floor);
                if (!share)
                    return fail(forEntrepreneur(input, share.error()));
                const auto found =
                    engine.fromEmployerCost(fixedSlip->employerCost + *share, situation);
                if (!found)
                    return fail(forEntrepreneur(input, found.error()));
                gross = std::max(gross, found->payslip.gross);
            }
        }

        auto payslip = engine.compute(gross, situation);
        if (!payslip)
            return fail(forEntrepreneur(input, payslip.error()));
        PayrollRunSlip slip;
        slip.entrepreneurId = input.entrepreneurId;
        slip.name = input.name;
        slip.nir = input.nir;
        slip.activityId = input.activityId;
        slip.activityCode = input.activityCode;
        slip.contractId = input.contractId;
        slip.daysUnderContract = input.daysUnderContract;
        slip.fixedGross = fixedGross;
        slip.variableGross = gross - fixedGross;
        slip.payslip = std::move(*payslip);
        run.slips.append(std::move(slip));
    }
    sortPayrollSlips(run.slips);

    PayrollRunTotals &totals = run.totals;
    for (const PayrollRunSlip &slip : std::as_const(run.slips)) {
        ++totals.slips;
        totals.gross += slip.payslip.gross;
        totals.employeeTotal += slip.payslip.employeeTotal;
        totals.employerTotal += slip.payslip.employerTotal;
        totals.rgdu += slip.payslip.rgdu;
        totals.netBeforeTax += slip.payslip.netBeforeTax;
        totals.employerCost += slip.payslip.employerCost;
    }
    run.journal = payrollJournal(run.slips);
    return run;
}

void sortPayrollSlips(QList<PayrollRunSlip> &slips)
{
    std::sort(slips.begin(), slips.end(), [](const PayrollRunSlip &a, const PayrollRunSlip &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.entrepreneurId < b.entrepreneurId;
    });
}

QList<PayrollJournalLine> payrollJournal(const QList<PayrollRunSlip> &slips)
{
    // The labels are journal text, kept in French like the documents (ADR 005).
    QList<PayrollJournalLine> journal;
    journal.reserve(slips.size() * 8);
    for (const PayrollRunSlip &slip : slips) {
        const Payslip &p = slip.payslip;
        Money employer[3];
        Money employee[3];
        for (const PayslipLine &line : p.lines) {
            const auto organism = static_cast<std::size_t>(line.organism);
            employer[organism] += line.employer;
            employee[organism] += line.employee;
        }
        const auto urssaf = static_cast<std::size_t>(PayrollOrganism::Urssaf);
        const auto retirement = static_cast<std::size_t>(PayrollOrganism::Retirement);
        const auto health = static_cast<std::size_t>(PayrollOrganism::Health);
        employer[retirement] -= p.rgduRetirement;
        employer[urssaf] -= p.rgdu - p.rgduRetirement;

        const QString who = slip.name;
        const auto add = [&](const QString &account, const QString &label, JournalSide side,
                             Money amount, bool analytic) {
            if (amount.isZero())
                return;
            // A reduction larger than a body's contributions turns into the other side.
            if (amount.isNegative()) {
                amount = -amount;
                side = side == JournalSide::Debit ? JournalSide::Credit : JournalSide::Debit;
            }
            journal.append({account, label + u" — "_s + who,
                            analytic ? slip.activityCode : QString(), side, amount, {}, {}});
        };
        add(u"6411"_s, u"Salaire brut"_s, JournalSide::Debit, p.gross, true);
        add(u"6451"_s, u"Cotisations patronales URSSAF"_s, JournalSide::Debit, employer[urssaf],
            true);
        add(u"6453"_s, u"Cotisations patronales retraite complémentaire"_s, JournalSide::Debit,
            employer[retirement], true);
        add(u"6452"_s, u"Cotisations patronales prévoyance et santé"_s, JournalSide::Debit,
            employer[health], true);
        add(u"421"_s, u"Net à payer avant impôt"_s, JournalSide::Credit, p.netBeforeTax, false);
        add(u"431"_s, u"URSSAF"_s, JournalSide::Credit, employee[urssaf] + employer[urssaf],
            false);
        add(u"437"_s, u"Retraite complémentaire"_s, JournalSide::Credit,
            employee[retirement] + employer[retirement], false);
        add(u"437"_s, u"Prévoyance et santé"_s, JournalSide::Credit,
            employee[health] + employer[health], false);
    }
    return journal;
}

namespace {

QString decimalComma(Money amount)
{
    return amount.toString().replace(u'.', u',');
}

QString percentComma(bool has, Rate rate)
{
    return has ? rate.toPercentString().replace(u'.', u',') : QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray payrollRunCsv(const PayrollRun &run)
{
    QStringList rows;
    rows.reserve(run.slips.size() * 30 + 1);
    rows.append(u"month;entrepreneur_id;name;nir;activity;code;label;base;employee_rate;"
                "employee;employer_rate;employer"_s);
    for (const PayrollRunSlip &slip : run.slips) {
        const QString head = QStringList{run.month, slip.entrepreneurId, csvField(slip.name),
                                         slip.nir, csvField(slip.activityCode)}
                                 .join(u';');
        const Payslip &p = slip.payslip;
        for (const PayslipLine &line : p.lines) {
            rows.append(head + u';'
                        + QStringList{line.code, csvField(line.label), decimalComma(line.base),
                                      percentComma(line.hasEmployeeRate, line.employeeRate),
                                      decimalComma(line.employee),
                                      percentComma(line.hasEmployerRate, line.employerRate),
                                      decimalComma(line.employer)}
                              .join(u';'));
        }
        if (!p.rgdu.isZero())
            rows.append(head + u';'
                        + QStringList{u"rgdu"_s, u"Réduction générale dégressive unique"_s,
                                      decimalComma(p.gross), QString(), u"0,00"_s,
                                      p.rgduCoefficient.toFractionString().replace(u'.', u','),
                                      decimalComma(-p.rgdu)}
                              .join(u';'));
        // The summary row: the gross as base, the totals as amounts.
        rows.append(head + u';'
                    + QStringList{u"TOTAL"_s, u"Total (net avant impôt "_s
                                                  + decimalComma(p.netBeforeTax)
                                                  + u", coût employeur "_s
                                                  + decimalComma(p.employerCost) + u')',
                                  decimalComma(p.gross), QString(), decimalComma(p.employeeTotal),
                                  QString(), decimalComma(p.employerTotal)}
                          .join(u';'));
    }
    QByteArray out("\xEF\xBB\xBF");
    out += rows.join(u"\r\n"_s).toUtf8();
    out += "\r\n";
    return out;
}

} // namespace coop
