#include "payrollcommands.h"

#include "clicontext.h"

#include "core/payroll.h"
#include "core/payrollrules.h"
#include "core/payrollrun.h"
#include "core/storage/payrollrepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"
#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace coop::cli {

namespace {

// ---- Options -------------------------------------------------------------------------------

// A usage error (exit 2) that names the option and the text given.
Error badOption(const QString &option, const QString &text, const QString &expected)
{
    return Error(ErrorCode::InvalidArgument,
                 Tr::tr("--%1 takes %2, not \"%3\".").arg(option, expected, text));
}

// An amount of zero or more, read exactly (Money::parse): never through a floating-point number.
Result<Money> parseAmount(const QString &option, const QString &text)
{
    const QString expected = Tr::tr("an amount of zero or more with at most two decimals, such as "
                                    "2500.00");
    auto amount = Money::parse(text);
    if (!amount || amount->isNegative())
        return fail(badOption(option, text, expected));
    return *amount;
}

Result<Money> requiredAmount(CliContext &c, const QString &option)
{
    auto text = c.requiredValue(option);
    if (!text)
        return fail(text.error());
    return parseAmount(option, *text);
}

Result<std::optional<Money>> optionalAmount(CliContext &c, const QString &option)
{
    if (!c.parser().isSet(option))
        return std::optional<Money>();
    auto amount = parseAmount(option, c.parser().value(option));
    if (!amount)
        return fail(amount.error());
    return std::optional<Money>(*amount);
}

// A percentage from 0 to 100 ("2.08", "50").
Result<std::optional<Rate>> optionalPercent(CliContext &c, const QString &option)
{
    if (!c.parser().isSet(option))
        return std::optional<Rate>();
    const QString text = c.parser().value(option);
    auto rate = Rate::fromPercent(text);
    if (!rate || rate->isNegative() || rate->units() > 100 * Rate::UnitsPerPercent)
        return fail(badOption(option, text, Tr::tr("a percentage from 0 to 100, such as 2.08")));
    return std::optional<Rate>(*rate);
}

// The situation options of compute and from-cost, each set only when given.
struct SituationOptions
{
    bool cadre = false;
    std::optional<int> headcount;
    std::optional<Rate> atmp;
    std::optional<Rate> vm;
    std::optional<Money> mutuelle;
    std::optional<Rate> mutuelleEmployerShare;
};

Result<SituationOptions> readSituationOptions(CliContext &c)
{
    SituationOptions options;
    options.cadre = c.parser().isSet(u"cadre"_s);
    if (c.parser().isSet(u"headcount"_s)) {
        auto headcount = numberOption(c, u"headcount"_s, 0, 1, 10'000'000);
        if (!headcount)
            return fail(headcount.error());
        options.headcount = static_cast<int>(*headcount);
    }
    auto atmp = optionalPercent(c, u"atmp"_s);
    if (!atmp)
        return fail(atmp.error());
    options.atmp = *atmp;
    auto vm = optionalPercent(c, u"vm"_s);
    if (!vm)
        return fail(vm.error());
    options.vm = *vm;
    auto mutuelle = optionalAmount(c, u"mutuelle"_s);
    if (!mutuelle)
        return fail(mutuelle.error());
    options.mutuelle = *mutuelle;
    auto share = optionalPercent(c, u"mutuelle-employer-share"_s);
    if (!share)
        return fail(share.error());
    options.mutuelleEmployerShare = *share;
    return options;
}

// The option that sets a field of PayrollSituation::validate().
QString optionOfField(const QString &field)
{
    if (field == "mutuelleEmployerShare"_L1)
        return u"mutuelle-employer-share"_s;
    return field;
}

// What compute and from-cost work with: the table of --date and the situation, from the store's
// cooperative when --store is given, else the table's defaults, each option overriding its part.
struct Setting
{
    QDate date;
    PayrollRuleSet rules;
    const PayrollRuleTable *table = nullptr;
    PayrollSituation situation;
};

Result<std::unique_ptr<Setting>> readSetting(CliContext &c)
{
    auto date = dateOption(c, u"date"_s);
    if (!date)
        return fail(date.error());
    auto options = readSituationOptions(c);
    if (!options)
        return fail(options.error());

    auto rules = loadBuiltInPayrollRules();
    if (!rules)
        return fail(rules.error());
    auto setting = std::make_unique<Setting>();
    setting->date = *date;
    setting->rules = std::move(*rules);
    auto table = setting->rules.tableFor(*date);
    if (!table)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("--date %1: %2").arg(date->toString(Qt::ISODate), table.error().message()));
    setting->table = *table;

    PayrollSituation situation = PayrollSituation::defaults(*setting->table);
    if (c.parser().isSet(u"store"_s)) {
        auto store = openStore(c);
        if (!store)
            return fail(store.error());
        PeopleRepository people(**store);
        auto cooperative = people.cooperative();
        if (!cooperative)
            return fail(cooperative.error());
        situation = PayrollSituation::fromCooperative(*cooperative, *setting->table);
    }
    situation.cadre = options->cadre;
    if (options->headcount)
        situation.headcount = *options->headcount;
    if (options->atmp)
        situation.atmp = *options->atmp;
    if (options->vm)
        situation.vm = *options->vm;
    if (options->mutuelle)
        situation.mutuelle = *options->mutuelle;
    if (options->mutuelleEmployerShare)
        situation.mutuelleEmployerShare = *options->mutuelleEmployerShare;

    // The options were checked one by one; what is still wrong came from the cooperative's
    // settings (or is a combination the options cannot express), and says where.
    const ValidationErrors problems = situation.validate();
    if (!problems.isEmpty()) {
        const Error &first = problems.first();
        const QString option = optionOfField(first.where());
        if (c.parser().isSet(option))
            return fail(badOption(option, c.parser().value(option), first.message()));
        return fail(ErrorCode::Constraint,
                    Tr::tr("The cooperative's payroll settings: %1").arg(first.message()),
                    first.where());
    }
    setting->situation = situation;
    return setting;
}

// ---- JSON ----------------------------------------------------------------------------------

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonDateTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// A side that pays nothing has no rate: null, never "0".
QJsonValue jsonRate(bool has, Rate rate)
{
    return has ? QJsonValue(rate.toPercentString()) : QJsonValue();
}

QJsonObject situationJson(const PayrollSituation &s)
{
    return QJsonObject{
        {u"cadre"_s, s.cadre},
        {u"headcount"_s, s.headcount},
        {u"atmp"_s, s.atmp.toPercentString()},
        {u"vm"_s, s.vm.toPercentString()},
        {u"mutuelle"_s, s.mutuelle.toString()},
        {u"mutuelle_employer_share"_s, s.mutuelleEmployerShare.toPercentString()},
    };
}

QJsonObject lineJson(const PayslipLine &line)
{
    return QJsonObject{
        {u"code"_s, line.code},
        {u"label"_s, line.label},
        {u"organism"_s, payrollOrganismKey(line.organism)},
        {u"base"_s, line.base.toString()},
        {u"employee_rate"_s, jsonRate(line.hasEmployeeRate, line.employeeRate)},
        {u"employee"_s, line.employee.toString()},
        {u"employer_rate"_s, jsonRate(line.hasEmployerRate, line.employerRate)},
        {u"employer"_s, line.employer.toString()},
    };
}

QJsonObject payslipJson(const Payslip &p, QDate date)
{
    QJsonArray lines;
    for (const PayslipLine &line : p.lines)
        lines.append(lineJson(line));
    return QJsonObject{
        {u"date"_s, jsonDate(date)},
        {u"rules_valid_from"_s, jsonDate(p.rulesValidFrom)},
        {u"situation"_s, situationJson(p.situation)},
        {u"pss"_s, p.pss.toString()},
        {u"monthly_smic"_s, p.monthlySmic.toString()},
        {u"gross"_s, p.gross.toString()},
        {u"lines"_s, lines},
        {u"employee_total"_s, p.employeeTotal.toString()},
        {u"employer_contributions"_s, p.employerContributions.toString()},
        {u"rgdu_coefficient"_s, p.rgduCoefficient.toFractionString()},
        {u"rgdu"_s, p.rgdu.toString()},
        {u"employer_total"_s, p.employerTotal.toString()},
        {u"net_before_tax"_s, p.netBeforeTax.toString()},
        {u"net_taxable"_s, p.netTaxable.toString()},
        {u"net_social"_s, p.netSocial.toString()},
        {u"employer_cost"_s, p.employerCost.toString()},
    };
}

void printJson(CliContext &c, const QJsonObject &object)
{
    c.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    c.out().flush();
}

// ---- Text ----------------------------------------------------------------------------------

// Rows as aligned columns: the first left-aligned, the others (figures) right-aligned.
void printColumns(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += u"  "_s;
            text += i == 0 ? row.at(i).leftJustified(widths.at(i))
                           : row.at(i).rightJustified(widths.at(i));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << '\n';
    }
}

QString percentText(Rate rate)
{
    return rate.toPercentString() + u" %"_s;
}

QString situationText(const PayrollSituation &s)
{
    return Tr::tr("%1, %n employee(s), AT/MP %2, versement mobilité %3, mutuelle %4 of which %5 "
                  "paid by the employer",
                  nullptr, s.headcount)
        .arg(s.cadre ? Tr::tr("cadre") : Tr::tr("non-cadre"), percentText(s.atmp),
             percentText(s.vm), s.mutuelle.toString(), percentText(s.mutuelleEmployerShare));
}

void printPayslip(CliContext &c, const Payslip &p, QDate date)
{
    QTextStream &out = c.out();
    out << Tr::tr("Payslip on %1 (rules from %2)")
               .arg(date.toString(Qt::ISODate), p.rulesValidFrom.toString(Qt::ISODate))
        << '\n'
        << Tr::tr("Situation: %1").arg(situationText(p.situation)) << "\n\n";

    QList<QStringList> rows;
    rows.append({Tr::tr("Line"), Tr::tr("Base"), Tr::tr("Employee rate"), Tr::tr("Employee"),
                 Tr::tr("Employer rate"), Tr::tr("Employer")});
    rows.append({Tr::tr("Gross pay"), p.gross.toString()});
    for (const PayslipLine &line : p.lines) {
        rows.append({line.label, line.base.toString(),
                     line.hasEmployeeRate ? percentText(line.employeeRate) : QString(),
                     line.hasEmployeeRate ? line.employee.toString() : QString(),
                     line.hasEmployerRate ? percentText(line.employerRate) : QString(),
                     line.hasEmployerRate ? line.employer.toString() : QString()});
    }
    rows.append({Tr::tr("Total contributions"), QString(), QString(), p.employeeTotal.toString(),
                 QString(), p.employerContributions.toString()});
    if (!p.rgdu.isZero()) {
        rows.append({Tr::tr("RGDU (coefficient %1)").arg(p.rgduCoefficient.toFractionString()),
                     QString(), QString(), QString(), QString(), (-p.rgdu).toString()});
    }
    rows.append({Tr::tr("Employer contributions after the RGDU"), QString(), QString(), QString(),
                 QString(), p.employerTotal.toString()});
    printColumns(out, rows);
    out << '\n';
    printColumns(out, {
                          {Tr::tr("Net before income tax"), p.netBeforeTax.toString()},
                          {Tr::tr("Net taxable"), p.netTaxable.toString()},
                          {Tr::tr("Net social"), p.netSocial.toString()},
                          {Tr::tr("Employer cost"), p.employerCost.toString()},
                      });
    out.flush();
}

// ---- compute, from-cost --------------------------------------------------------------------

// The engine locates its refusals at its own field names; the user knows the options.
Error locatedAtOption(const Error &error, const QString &field, const QString &option)
{
    return error.where() == field ? Error(error.code(), error.message(), u"--"_s + option) : error;
}

int computeCommand(CliContext &c)
{
    auto gross = requiredAmount(c, u"gross"_s);
    if (!gross)
        return c.failure(gross.error());
    auto setting = readSetting(c);
    if (!setting)
        return c.failure(setting.error());
    const PayrollEngine engine(*(*setting)->table);
    auto payslip = engine.compute(*gross, (*setting)->situation);
    if (!payslip)
        return c.failure(locatedAtOption(payslip.error(), u"gross"_s, u"gross"_s));
    if (c.parser().isSet(u"json"_s))
        printJson(c, payslipJson(*payslip, (*setting)->date));
    else
        printPayslip(c, *payslip, (*setting)->date);
    return Ok;
}

int fromCostCommand(CliContext &c)
{
    auto target = requiredAmount(c, u"employer-cost"_s);
    if (!target)
        return c.failure(target.error());
    auto setting = readSetting(c);
    if (!setting)
        return c.failure(setting.error());
    const PayrollEngine engine(*(*setting)->table);
    auto found = engine.fromEmployerCost(*target, (*setting)->situation);
    if (!found)
        return c.failure(locatedAtOption(found.error(), u"employerCost"_s, u"employer-cost"_s));
    if (c.parser().isSet(u"json"_s)) {
        QJsonObject o = payslipJson(found->payslip, (*setting)->date);
        o.insert(u"target"_s, found->target.toString());
        o.insert(u"remainder"_s, found->remainder.toString());
        printJson(c, o);
    } else {
        c.out() << Tr::tr("Envelope %1: the largest gross it pays is %2, costing %3; %4 left.")
                       .arg(found->target.toString(), found->payslip.gross.toString(),
                            found->payslip.employerCost.toString(), found->remainder.toString())
                << "\n\n";
        printPayslip(c, found->payslip, (*setting)->date);
    }
    return Ok;
}

// ---- run, close, show, export --------------------------------------------------------------

Result<QString> monthOption(CliContext &c)
{
    auto text = c.requiredValue(u"month"_s);
    if (!text)
        return fail(text.error());
    if (!parsePayrollMonth(*text))
        return fail(badOption(u"month"_s, *text, Tr::tr("a month written YYYY-MM, such as 2026-03")));
    return *text;
}

// The figures of a slip, or of the totals, under the same keys.
struct SlipFigures
{
    Money fixedGross;
    Money variableGross;
    Money gross;
    Money employeeTotal;
    Money employerTotal;
    Money rgdu;
    Money netBeforeTax;
    Money netTaxable;
    Money employerCost;

    void putInto(QJsonObject &o) const
    {
        o.insert(u"fixed_gross"_s, fixedGross.toString());
        o.insert(u"variable_gross"_s, variableGross.toString());
        o.insert(u"gross"_s, gross.toString());
        o.insert(u"employee_total"_s, employeeTotal.toString());
        o.insert(u"employer_total"_s, employerTotal.toString());
        o.insert(u"rgdu"_s, rgdu.toString());
        o.insert(u"net_before_tax"_s, netBeforeTax.toString());
        o.insert(u"net_taxable"_s, netTaxable.toString());
        o.insert(u"employer_cost"_s, employerCost.toString());
    }
};

SlipFigures figuresOf(const PayrollRunSlip &slip)
{
    const Payslip &p = slip.payslip;
    return {slip.fixedGross, slip.variableGross, p.gross,      p.employeeTotal, p.employerTotal,
            p.rgdu,          p.netBeforeTax,      p.netTaxable, p.employerCost};
}

QJsonObject runJson(const PayrollRun &run, const PayrollRunSummary &summary)
{
    QJsonArray slips;
    SlipFigures sum;
    for (const PayrollRunSlip &slip : run.slips) {
        QJsonObject o{
            {u"entrepreneur_id"_s, slip.entrepreneurId},
            {u"name"_s, slip.name},
            {u"activity_id"_s, slip.activityId},
            {u"activity_code"_s, slip.activityCode},
            {u"contract_id"_s, slip.contractId},
            {u"days"_s, slip.daysUnderContract},
            {u"cadre"_s, slip.payslip.situation.cadre},
        };
        const SlipFigures figures = figuresOf(slip);
        figures.putInto(o);
        o.insert(u"net_social"_s, slip.payslip.netSocial.toString());
        slips.append(o);
        // The parts a run's totals do not keep are added here, for the totals object.
        sum.fixedGross += figures.fixedGross;
        sum.variableGross += figures.variableGross;
        sum.netTaxable += figures.netTaxable;
    }
    // The stored totals, under the same keys as a slip.
    const PayrollRunTotals &t = run.totals;
    sum.gross = t.gross;
    sum.employeeTotal = t.employeeTotal;
    sum.employerTotal = t.employerTotal;
    sum.rgdu = t.rgdu;
    sum.netBeforeTax = t.netBeforeTax;
    sum.employerCost = t.employerCost;
    QJsonObject totals{{u"slips"_s, t.slips}};
    sum.putInto(totals);

    QJsonArray journal;
    for (const PayrollJournalLine &line : run.journal) {
        const bool debit = line.side == JournalSide::Debit;
        journal.append(QJsonObject{
            {u"account"_s, line.account},
            {u"label"_s, line.label},
            {u"activity_code"_s, line.activityCode},
            {u"debit"_s, (debit ? line.amount : Money()).toString()},
            {u"credit"_s, (debit ? Money() : line.amount).toString()},
        });
    }
    return QJsonObject{
        {u"month"_s, run.month},
        {u"status"_s, payrollRunStatusKey(summary.status)},
        {u"rules_valid_from"_s, jsonDate(run.rulesValidFrom)},
        {u"pay_date"_s, jsonDate(run.payDate)},
        {u"computed_at"_s, jsonDateTime(summary.computedAt)},
        {u"closed_at"_s, jsonDateTime(summary.closedAt)},
        {u"slips"_s, slips},
        {u"totals"_s, totals},
        {u"journal"_s, journal},
    };
}

void printRun(CliContext &c, const PayrollRun &run, const PayrollRunSummary &summary)
{
    const PayrollRunTotals &t = run.totals;
    c.out() << Tr::tr("Payroll of %1 (%2, rules from %3): %n slip(s), gross %4, employer cost %5.",
                      nullptr, t.slips)
                   .arg(run.month, payrollRunStatusKey(summary.status),
                        run.rulesValidFrom.toString(Qt::ISODate), t.gross.toString(),
                        t.employerCost.toString())
            << '\n';
    if (!run.slips.isEmpty()) {
        QList<QStringList> rows;
        rows.append({Tr::tr("Entrepreneur"), Tr::tr("Activity"), Tr::tr("Days"), Tr::tr("Gross"),
                     Tr::tr("Net before tax"), Tr::tr("Employer cost")});
        for (const PayrollRunSlip &slip : run.slips) {
            rows.append({slip.name, slip.activityCode, QString::number(slip.daysUnderContract),
                         slip.payslip.gross.toString(), slip.payslip.netBeforeTax.toString(),
                         slip.payslip.employerCost.toString()});
        }
        rows.append({Tr::tr("Total"), QString(), QString(), t.gross.toString(),
                     t.netBeforeTax.toString(), t.employerCost.toString()});
        c.out() << '\n';
        printColumns(c.out(), rows);
    }
    c.out().flush();
}

// The stored run of a month with its status; NotFound when the month was never run.
Result<std::pair<PayrollRun, PayrollRunSummary>> storedRun(PayrollRepository &payroll,
                                                           const QString &month)
{
    auto run = payroll.load(month);
    if (!run)
        return fail(run.error());
    auto summary = payroll.summary(month);
    if (!summary)
        return fail(summary.error());
    if (!*run || !*summary)
        return fail(ErrorCode::NotFound, Tr::tr("No payroll run for %1.").arg(month), month);
    return std::pair{std::move(**run), std::move(**summary)};
}

int showRun(CliContext &c, const PayrollRun &run, const PayrollRunSummary &summary)
{
    if (c.parser().isSet(u"json"_s))
        printJson(c, runJson(run, summary));
    else
        printRun(c, run, summary);
    return Ok;
}

int runCommand(CliContext &c, PayrollRepository &payroll, const QString &month)
{
    auto run = payroll.run(month);
    if (!run)
        return c.failure(run.error());
    auto summary = payroll.summary(month);
    if (!summary)
        return c.failure(summary.error());
    if (!*summary)
        return c.failure(Error(ErrorCode::Internal,
                               Tr::tr("The run of %1 was not stored.").arg(month), month));
    return showRun(c, *run, **summary);
}

int closeCommand(CliContext &c, PayrollRepository &payroll, const QString &month)
{
    if (auto closed = payroll.close(month); !closed)
        return c.failure(closed.error());
    c.out() << Tr::tr("Payroll of %1 closed.").arg(month) << Qt::endl;
    return Ok;
}

int exportCommand(CliContext &c, PayrollRepository &payroll, const QString &month,
                  const QString &path)
{
    auto stored = storedRun(payroll, month);
    if (!stored)
        return c.failure(stored.error());
    const QByteArray data = payrollRunCsv(stored->first);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return c.failure(Error(ErrorCode::Io,
                               Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), path));
    c.out() << Tr::tr("%1 written (%2 bytes).").arg(path).arg(data.size()) << Qt::endl;
    return Ok;
}

} // namespace

int runPayrollCommand(CliContext &c)
{
    const QStringList &words = c.words();
    static const QStringList actions = {u"compute"_s, u"from-cost"_s, u"run"_s,
                                        u"close"_s,   u"show"_s,      u"export"_s};
    if (words.isEmpty())
        return c.usage(Tr::tr("payroll takes an action: compute, from-cost, run, close, show or "
                              "export."));
    const QString action = words.first();
    if (!actions.contains(action))
        return c.usage(Tr::tr("unknown payroll action \"%1\".").arg(action));
    if (words.size() != 1)
        return c.usage(Tr::tr("payroll %1 takes no other word.").arg(action));

    // No store and no passphrase needed unless --store is given.
    if (action == "compute"_L1)
        return computeCommand(c);
    if (action == "from-cost"_L1)
        return fromCostCommand(c);

    auto month = monthOption(c);
    if (!month)
        return c.failure(month.error());
    QString out;
    if (action == "export"_L1) {
        auto path = c.requiredValue(u"out"_s);
        if (!path)
            return c.failure(path.error());
        out = *path;
    }
    auto store = openStore(c);
    if (!store)
        return c.failure(store.error());
    PayrollRepository payroll(**store);
    if (action == "run"_L1)
        return runCommand(c, payroll, *month);
    if (action == "close"_L1)
        return closeCommand(c, payroll, *month);
    if (action == "export"_L1)
        return exportCommand(c, payroll, *month, out);
    auto stored = storedRun(payroll, *month);
    if (!stored)
        return c.failure(stored.error());
    return showRun(c, stored->first, stored->second);
}

} // namespace coop::cli
