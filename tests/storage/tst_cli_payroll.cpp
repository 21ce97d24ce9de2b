// coopdesk-cli's payroll commands, driven as a script drives them: the JSON of compute and
// from-cost (the worked example of DOMAIN.md §4, both 2026 tables, the situation options), the
// refusals that name the option, and a month's run on a demo store (totals, journal, draft
// replaced, closed month frozen, the payroll firm's CSV).
#include "testsupport.h"

#include "core/money.h"
#include "core/payroll.h"
#include "core/payrollrules.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

const QString kToday = u"2026-06-30"_s;
const QString kMonth = u"2026-03"_s;

using Run = test::CliRun;

Run run(const QStringList &args, bool withPassphrase = false)
{
    return test::runCli(args, withPassphrase);
}

QByteArray describe(const Run &r)
{
    return r.describe();
}

QJsonObject parseObject(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        qWarning().noquote() << error.errorString() << describe(r);
        return {};
    }
    return json.object();
}

// A payroll compute or from-cost with --json; an empty object (and a warning) when it fails.
QJsonObject payslip(const QStringList &args)
{
    const Run r = run(QStringList{u"payroll"_s} + args + QStringList{u"--json"_s});
    if (r.exitCode != 0) {
        qWarning().noquote() << describe(r);
        return {};
    }
    return parseObject(r);
}

QJsonObject compute(const QString &gross, const QStringList &extra = {})
{
    return payslip(QStringList{u"compute"_s, u"--gross"_s, gross} + extra);
}

// Amounts are decimal strings with two decimals, never JSON numbers.
bool isAmount(const QJsonValue &value)
{
    static const QRegularExpression amount(u"^-?\\d+\\.\\d\\d$"_s);
    return value.isString() && amount.match(value.toString()).hasMatch();
}

Money money(const QJsonValue &value)
{
    auto parsed = Money::parse(value.toString());
    return parsed ? *parsed : Money::fromCents(std::numeric_limits<qint64>::min());
}

QJsonObject lineOf(const QJsonObject &slip, const QString &code)
{
    for (const QJsonValue &line : slip.value(u"lines"_s).toArray()) {
        if (line.toObject().value(u"code"_s).toString() == code)
            return line.toObject();
    }
    return {};
}

QStringList codesOf(const QJsonObject &slip)
{
    QStringList codes;
    for (const QJsonValue &line : slip.value(u"lines"_s).toArray())
        codes.append(line.toObject().value(u"code"_s).toString());
    return codes;
}

const QStringList kSlipAmounts = {u"fixed_gross"_s,     u"variable_gross"_s, u"gross"_s,
                                  u"employee_total"_s,  u"employer_total"_s, u"rgdu"_s,
                                  u"net_before_tax"_s,  u"net_taxable"_s,    u"employer_cost"_s};

} // namespace

class TestCliPayroll : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QJsonObject m_firstRun;

    Run inStore(const QStringList &args) const
    {
        return run(QStringList{u"--store"_s, m_store} + args, true);
    }

    QJsonObject monthJson(const QString &action)
    {
        const Run r = inStore({u"payroll"_s, action, u"--month"_s, kMonth, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        return parseObject(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(qEnvironmentVariableIsSet("COOP_CLI"));
        m_store = m_dir.filePath(u"payroll.coopdesk"_s);
        QVERIFY(test::createStore(m_store));
        // As of June 2026, two years of history: entrepreneurs under a CESA in March 2026.
        const Run demo = inStore({u"demo"_s, u"--entrepreneurs"_s, u"30"_s, u"--years"_s, u"2"_s,
                                  u"--seed"_s, u"5"_s, u"--today"_s, kToday});
        QVERIFY2(demo.exitCode == 0, describe(demo).constData());
    }

    // ---- compute and from-cost, no store -----------------------------------------------------

    void workedExample_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QString march = u"2026-03-01"_s;
        QTest::newRow("march: gross echoed") << march << u"gross"_s << u"2500.00"_s;
        QTest::newRow("march: employee total") << march << u"employee_total"_s << u"542.95"_s;
        QTest::newRow("march: employer total is after the RGDU")
            << march << u"employer_total"_s << u"675.50"_s;
        QTest::newRow("march: RGDU") << march << u"rgdu"_s << u"429.75"_s;
        QTest::newRow("march: net before tax") << march << u"net_before_tax"_s << u"1957.05"_s;
        QTest::newRow("march: employer cost") << march << u"employer_cost"_s << u"3175.50"_s;
        QTest::newRow("march: rules of 1 March") << march << u"rules_valid_from"_s << march;
        QTest::newRow("july: employer cost with the July table")
            << u"2026-07-15"_s << u"employer_cost"_s << u"3145.50"_s;
        QTest::newRow("july: rules of 1 July")
            << u"2026-07-15"_s << u"rules_valid_from"_s << u"2026-07-01"_s;
    }

    void workedExample()
    {
        QFETCH(QString, date);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QJsonObject slip = compute(u"2500.00"_s, {u"--date"_s, date});
        QVERIFY(!slip.isEmpty());
        QCOMPARE(slip.value(field).toString(), expected);
    }

    void everyLineHasItsFields()
    {
        const QJsonObject slip = compute(u"2500.00"_s, {u"--date"_s, u"2026-03-01"_s});
        QVERIFY(!slip.isEmpty());
        for (const char *key : {"gross", "employee_total", "employer_total", "rgdu",
                                "net_before_tax", "net_taxable", "net_social", "employer_cost"})
            QVERIFY2(isAmount(slip.value(QLatin1StringView(key))), key);
        const QJsonArray lines = slip.value(u"lines"_s).toArray();
        QVERIFY(lines.size() > 10);
        Money employee;
        Money employer;
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            const QByteArray code = line.value(u"code"_s).toString().toUtf8();
            for (const char *key : {"code", "label", "base", "employee_rate", "employee",
                                    "employer_rate", "employer"})
                QVERIFY2(line.contains(QLatin1StringView(key)), QByteArray(code + ": " + key).constData());
            QVERIFY2(!line.value(u"label"_s).toString().isEmpty(), code.constData());
            for (const char *key : {"base", "employee", "employer"})
                QVERIFY2(isAmount(line.value(QLatin1StringView(key))), QByteArray(code + ": " + key).constData());
            // A side without a rate pays nothing; a rate is a percentage string.
            for (const auto &[rate, amount] : {std::pair{u"employee_rate"_s, u"employee"_s},
                                               std::pair{u"employer_rate"_s, u"employer"_s}}) {
                const QJsonValue r = line.value(rate);
                QVERIFY2(r.isNull() || r.isString(), code.constData());
                if (r.isNull())
                    QVERIFY2(line.value(amount).toString() == "0.00"_L1, code.constData());
                else
                    QVERIFY2(Rate::fromPercent(r.toString()).has_value(), code.constData());
            }
            employee += money(line.value(u"employee"_s));
            employer += money(line.value(u"employer"_s));
        }
        const QJsonObject maladie = lineOf(slip, u"maladie"_s);
        QCOMPARE(maladie.value(u"employer"_s).toString(), u"325.00"_s);
        QCOMPARE(maladie.value(u"base"_s).toString(), u"2500.00"_s);
        QVERIFY(maladie.value(u"employee_rate"_s).isNull());
        QCOMPARE(maladie.value(u"employee"_s).toString(), u"0.00"_s);
        QCOMPARE(Rate::fromPercent(maladie.value(u"employer_rate"_s).toString()).value(),
                 Rate::fromPercent(u"13"_s).value());

        // The totals add the rounded lines.
        const Money gross = money(slip.value(u"gross"_s));
        QCOMPARE(money(slip.value(u"employee_total"_s)), employee);
        QCOMPARE(money(slip.value(u"employer_total"_s)),
                 employer - money(slip.value(u"rgdu"_s)));
        QCOMPARE(money(slip.value(u"net_before_tax"_s)), gross - employee);
        QCOMPARE(money(slip.value(u"employer_cost"_s)),
                 gross + money(slip.value(u"employer_total"_s)));
    }

    void readablePayslip()
    {
        const Run r = run({u"payroll"_s, u"compute"_s, u"--gross"_s, u"2500.00"_s, u"--date"_s,
                           u"2026-03-01"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QVERIFY2(r.out.contains(u"Maladie, maternité, invalidité, décès"_s), describe(r).constData());
        for (const QString &figure : {u"2500.00"_s, u"325.00"_s, u"542.95"_s, u"-429.75"_s,
                                      u"675.50"_s, u"1957.05"_s, u"3175.50"_s})
            QVERIFY2(r.out.contains(figure), qPrintable(figure));
        // Aligned columns: every line's employer amount ends in the same column.
        qsizetype end = -1;
        for (const QString &row : r.out.split(u'\n')) {
            if (row.startsWith(u"Maladie"_s) || row.startsWith(u"Assurance vieillesse"_s)) {
                if (end < 0)
                    end = row.size();
                QCOMPARE(row.size(), end);
            }
        }
        QVERIFY(end > 0);
    }

    void fromCostFitsTheEnvelope_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("situation");
        QTest::newRow("envelope of 4000.00") << u"4000.00"_s << QStringList();
        QTest::newRow("envelope of a cadre") << u"4000.00"_s << QStringList{u"--cadre"_s};
        QTest::newRow("envelope in the July table")
            << u"4000.00"_s << QStringList{u"--date"_s, u"2026-07-15"_s};
        QTest::newRow("envelope above the 3-SMIC cliff") << u"7500.00"_s << QStringList();
        QTest::newRow("envelope of a large company")
            << u"2200.00"_s << QStringList{u"--headcount"_s, u"300"_s, u"--vm"_s, u"2"_s};
    }

    void fromCostFitsTheEnvelope()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, situation);
        const QStringList march = situation.contains(u"--date"_s)
                                      ? situation
                                      : situation + QStringList{u"--date"_s, u"2026-03-01"_s};
        const QJsonObject found =
            payslip(QStringList{u"from-cost"_s, u"--employer-cost"_s, target} + march);
        QVERIFY(!found.isEmpty());
        for (const char *key : {"target", "remainder", "gross", "employer_cost", "employer_total",
                                "net_before_tax"})
            QVERIFY2(isAmount(found.value(QLatin1StringView(key))), key);
        QVERIFY(found.value(u"lines"_s).toArray().size() > 10);
        const Money envelope = money(found.value(u"target"_s));
        const Money cost = money(found.value(u"employer_cost"_s));
        QCOMPARE(found.value(u"target"_s).toString(), target);
        QVERIFY(cost <= envelope);
        QCOMPARE(money(found.value(u"remainder"_s)), envelope - cost);

        // Its payslip is compute's at that gross, and one cent more costs more than the envelope.
        const Money gross = money(found.value(u"gross"_s));
        const QJsonObject same = compute(gross.toString(), march);
        QCOMPARE(same.value(u"employer_cost"_s).toString(), cost.toString());
        const QJsonObject above = compute((gross + Money::fromCents(1)).toString(), march);
        QVERIFY(!above.isEmpty());
        QVERIFY2(money(above.value(u"employer_cost"_s)) > envelope,
                 qPrintable(above.value(u"employer_cost"_s).toString()));
    }

    void situationOptionsChangeTheLines_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("non-cadre by default: no APEC, no prévoyance cadres")
            << QStringList() << QStringList{u"fnal_under_50"_s, u"mutuelle"_s}
            << QStringList{u"apec"_s, u"prevoyance_cadres"_s, u"fnal_from_50"_s};
        QTest::newRow("a cadre pays the APEC and the prévoyance cadres")
            << QStringList{u"--cadre"_s} << QStringList{u"apec"_s, u"prevoyance_cadres"_s}
            << QStringList();
        QTest::newRow("from 50 employees the FNAL is on the whole gross")
            << QStringList{u"--headcount"_s, u"60"_s}
            << QStringList{u"fnal_from_50"_s, u"peec"_s} << QStringList{u"fnal_under_50"_s};
        QTest::newRow("under 11 employees the smaller training contribution")
            << QStringList{u"--headcount"_s, u"5"_s}
            << QStringList{u"formation_professionnelle_under_11"_s}
            << QStringList{u"formation_professionnelle_from_11"_s, u"forfait_social"_s};
        QTest::newRow("a versement mobilité rate adds its line")
            << QStringList{u"--vm"_s, u"1.75"_s} << QStringList{u"versement_mobilite"_s}
            << QStringList();
    }

    void situationOptionsChangeTheLines()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QJsonObject slip =
            compute(u"2500.00"_s, options + QStringList{u"--date"_s, u"2026-03-01"_s});
        QVERIFY(!slip.isEmpty());
        const QStringList codes = codesOf(slip);
        for (const QString &code : present)
            QVERIFY2(codes.contains(code), qPrintable(code + u" in "_s + codes.join(u' ')));
        for (const QString &code : absent)
            QVERIFY2(!codes.contains(code), qPrintable(code));
    }

    void optionsGiveTheirFigures()
    {
        const QJsonObject large = compute(u"2500.00"_s, {u"--headcount"_s, u"60"_s, u"--date"_s,
                                                         u"2026-03-01"_s});
        const QJsonObject fnal = lineOf(large, u"fnal_from_50"_s);
        QCOMPARE(fnal.value(u"base"_s).toString(), u"2500.00"_s);
        QCOMPARE(Rate::fromPercent(fnal.value(u"employer_rate"_s).toString()).value(),
                 Rate::fromPercent(u"0.5"_s).value());
        QCOMPARE(fnal.value(u"employer"_s).toString(), u"12.50"_s);
        QCOMPARE(large.value(u"situation"_s).toObject().value(u"headcount"_s).toInt(), 60);

        const QJsonObject options = compute(
            u"2500.00"_s, {u"--date"_s, u"2026-03-01"_s, u"--atmp"_s, u"1.5"_s, u"--vm"_s,
                           u"2"_s, u"--mutuelle"_s, u"60.00"_s, u"--mutuelle-employer-share"_s,
                           u"100"_s});
        QCOMPARE(lineOf(options, u"atmp"_s).value(u"employer"_s).toString(), u"37.50"_s);
        QCOMPARE(lineOf(options, u"versement_mobilite"_s).value(u"employer"_s).toString(),
                 u"50.00"_s);
        const QJsonObject mutuelle = lineOf(options, u"mutuelle"_s);
        QCOMPARE(mutuelle.value(u"employer"_s).toString(), u"60.00"_s);
        QCOMPARE(mutuelle.value(u"employee"_s).toString(), u"0.00"_s);
    }

    void badInputsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("a gross that is not an amount")
            << QStringList{u"compute"_s, u"--gross"_s, u"abc"_s} << u"--gross"_s;
        QTest::newRow("a negative gross")
            << QStringList{u"compute"_s, u"--gross"_s, u"-5.00"_s} << u"--gross"_s;
        QTest::newRow("a gross with three decimals")
            << QStringList{u"compute"_s, u"--gross"_s, u"10.005"_s} << u"--gross"_s;
        QTest::newRow("no gross") << QStringList{u"compute"_s} << u"--gross"_s;
        QTest::newRow("a date before the first rule table")
            << QStringList{u"compute"_s, u"--gross"_s, u"2500.00"_s, u"--date"_s,
                           u"2025-01-01"_s}
            << u"--date"_s;
        QTest::newRow("a date that is not a date")
            << QStringList{u"compute"_s, u"--gross"_s, u"2500.00"_s, u"--date"_s,
                           u"2026-02-30"_s}
            << u"--date"_s;
        QTest::newRow("a headcount of zero")
            << QStringList{u"compute"_s, u"--gross"_s, u"2500.00"_s, u"--headcount"_s, u"0"_s}
            << u"--headcount"_s;
        QTest::newRow("an AT/MP rate above 100 %")
            << QStringList{u"compute"_s, u"--gross"_s, u"2500.00"_s, u"--atmp"_s, u"150"_s}
            << u"--atmp"_s;
        QTest::newRow("a mutuelle share that is not a percentage")
            << QStringList{u"compute"_s, u"--gross"_s, u"2500.00"_s,
                           u"--mutuelle-employer-share"_s, u"half"_s}
            << u"--mutuelle-employer-share"_s;
        QTest::newRow("an envelope that is not an amount")
            << QStringList{u"from-cost"_s, u"--employer-cost"_s, u"4 000"_s}
            << u"--employer-cost"_s;
        QTest::newRow("a month that is not YYYY-MM")
            << QStringList{u"run"_s, u"--month"_s, u"2026-13"_s} << u"--month"_s;
        QTest::newRow("run without a month") << QStringList{u"run"_s} << u"--month"_s;
    }

    void badInputsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = inStore(QStringList{u"payroll"_s} + args);
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains(named), describe(r).constData());
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(run({u"payroll"_s}).exitCode, 2);
        QCOMPARE(run({u"payroll"_s, u"pay"_s}).exitCode, 2);
        QCOMPARE(run({u"payroll"_s, u"compute"_s, u"extra"_s, u"--gross"_s, u"1.00"_s}).exitCode,
                 2);
        // An envelope below what a zero gross costs (the mutuelle is owed): the job fails.
        const Run tooSmall = run({u"payroll"_s, u"from-cost"_s, u"--employer-cost"_s, u"5.00"_s,
                                  u"--date"_s, u"2026-03-01"_s});
        QVERIFY2(tooSmall.exitCode == 1, describe(tooSmall).constData());
        // The month commands need the store and its passphrase.
        QCOMPARE(run({u"payroll"_s, u"run"_s, u"--month"_s, kMonth}).exitCode, 2);
        QVERIFY(run({u"--store"_s, m_store, u"payroll"_s, u"show"_s, u"--month"_s, kMonth})
                    .exitCode
                != 0);
    }

    // ---- with the store ----------------------------------------------------------------------

    void computeStartsFromTheCooperative()
    {
        CooperativeSettings settings;
        {
            auto store = Store::open(m_store, test::kPassphrase);
            QVERIFY2(store, test::why(store).constData());
            PeopleRepository people(**store);
            auto cooperative = people.cooperative();
            QVERIFY2(cooperative, test::why(cooperative).constData());
            settings = *cooperative;
        }
        auto rules = loadBuiltInPayrollRules();
        QVERIFY2(rules, test::why(rules).constData());
        auto table = rules->tableFor(QDate(2026, 3, 1));
        QVERIFY2(table, test::why(table).constData());
        const PayrollSituation expected = PayrollSituation::fromCooperative(settings, **table);

        const Run r = inStore({u"payroll"_s, u"compute"_s, u"--gross"_s, u"2500.00"_s,
                               u"--date"_s, u"2026-03-01"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonObject situation = parseObject(r).value(u"situation"_s).toObject();
        QCOMPARE(situation.value(u"cadre"_s).toBool(true), false);
        QCOMPARE(situation.value(u"headcount"_s).toInt(), expected.headcount);
        QCOMPARE(situation.value(u"atmp"_s).toString(), expected.atmp.toPercentString());
        QCOMPARE(situation.value(u"vm"_s).toString(), expected.vm.toPercentString());
        QCOMPARE(situation.value(u"mutuelle"_s).toString(), expected.mutuelle.toString());
        QCOMPARE(situation.value(u"mutuelle_employer_share"_s).toString(),
                 expected.mutuelleEmployerShare.toPercentString());

        // An option still overrides its part of the cooperative's situation.
        const Run overridden = inStore({u"payroll"_s, u"compute"_s, u"--gross"_s, u"2500.00"_s,
                                        u"--date"_s, u"2026-03-01"_s, u"--headcount"_s, u"300"_s,
                                        u"--json"_s});
        QVERIFY2(overridden.exitCode == 0, describe(overridden).constData());
        const QJsonObject other = parseObject(overridden).value(u"situation"_s).toObject();
        QCOMPARE(other.value(u"headcount"_s).toInt(), 300);
        QCOMPARE(other.value(u"atmp"_s).toString(), expected.atmp.toPercentString());
    }

    void runTheMonth()
    {
        const QJsonObject run = monthJson(u"run"_s);
        QVERIFY(!run.isEmpty());
        QCOMPARE(run.value(u"month"_s).toString(), kMonth);
        QCOMPARE(run.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(run.value(u"rules_valid_from"_s).toString(), u"2026-03-01"_s);
        const QJsonArray slips = run.value(u"slips"_s).toArray();
        QVERIFY2(!slips.isEmpty(), "the demo must have entrepreneurs under a CESA in March 2026");

        QMap<QString, Money> sums;
        for (const QJsonValue &value : slips) {
            const QJsonObject slip = value.toObject();
            const QByteArray who = slip.value(u"name"_s).toString().toUtf8();
            for (const char *key : {"entrepreneur_id", "name", "activity_code", "days"})
                QVERIFY2(slip.contains(QLatin1StringView(key)), QByteArray(who + ": " + key).constData());
            const int days = slip.value(u"days"_s).toInt();
            QVERIFY2(days >= 1 && days <= 31, who.constData());
            for (const QString &key : kSlipAmounts) {
                QVERIFY2(isAmount(slip.value(key)), QByteArray(who + ": " + key.toUtf8()).constData());
                sums[key] += money(slip.value(key));
            }
            QCOMPARE(money(slip.value(u"gross"_s)),
                     money(slip.value(u"fixed_gross"_s)) + money(slip.value(u"variable_gross"_s)));
            QCOMPARE(money(slip.value(u"employer_cost"_s)),
                     money(slip.value(u"gross"_s)) + money(slip.value(u"employer_total"_s)));
            QCOMPARE(money(slip.value(u"net_before_tax"_s)),
                     money(slip.value(u"gross"_s)) - money(slip.value(u"employee_total"_s)));
        }
        // The totals are the sums of the slips.
        const QJsonObject totals = run.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"slips"_s).toInt(), slips.size());
        for (const QString &key : kSlipAmounts) {
            QVERIFY2(isAmount(totals.value(key)), qPrintable(key));
            QVERIFY2(money(totals.value(key)) == sums.value(key),
                     qPrintable(key + u": "_s + totals.value(key).toString() + u" vs "_s
                                + sums.value(key).toString()));
        }

        // The journal balances, and its salary lines add up to the gross.
        const QJsonArray journal = run.value(u"journal"_s).toArray();
        QVERIFY(!journal.isEmpty());
        Money debit;
        Money credit;
        Money salaries;
        for (const QJsonValue &value : journal) {
            const QJsonObject line = value.toObject();
            for (const char *key : {"account", "label", "activity_code"})
                QVERIFY2(line.value(QLatin1StringView(key)).isString(), key);
            QVERIFY(isAmount(line.value(u"debit"_s)));
            QVERIFY(isAmount(line.value(u"credit"_s)));
            debit += money(line.value(u"debit"_s));
            credit += money(line.value(u"credit"_s));
            if (line.value(u"account"_s).toString() == "6411"_L1)
                salaries += money(line.value(u"debit"_s));
        }
        QCOMPARE(debit, credit);
        QCOMPARE(salaries, sums.value(u"gross"_s));
        m_firstRun = run;

        // The readable summary names each entrepreneur.
        const Run text = inStore({u"payroll"_s, u"show"_s, u"--month"_s, kMonth});
        QVERIFY2(text.exitCode == 0, describe(text).constData());
        for (const QJsonValue &value : slips)
            QVERIFY(text.out.contains(value.toObject().value(u"name"_s).toString()));
        QVERIFY(text.out.contains(totals.value(u"employer_cost"_s).toString()));
    }

    void rerunReplacesTheDraft()
    {
        QVERIFY(!m_firstRun.isEmpty());
        const QJsonObject again = monthJson(u"run"_s);
        QCOMPARE(again.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(again.value(u"slips"_s), m_firstRun.value(u"slips"_s));
        QCOMPARE(again.value(u"totals"_s), m_firstRun.value(u"totals"_s));
        // One run for the month, not two: what the store gives back is the latest draft.
        const QJsonObject shown = monthJson(u"show"_s);
        QCOMPARE(shown.value(u"slips"_s).toArray().size(),
                 m_firstRun.value(u"slips"_s).toArray().size());
        QCOMPARE(shown.value(u"totals"_s), again.value(u"totals"_s));
        QCOMPARE(shown.value(u"journal"_s), again.value(u"journal"_s));
        QCOMPARE(shown.value(u"computed_at"_s), again.value(u"computed_at"_s));
    }

    void exportWritesTheCsv()
    {
        const QString path = m_dir.filePath(u"paie-2026-03.csv"_s);
        const Run r = inStore({u"payroll"_s, u"export"_s, u"--month"_s, kMonth, u"--out"_s, path});
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv);
        const QStringList rows = text.split(u'\n', Qt::SkipEmptyParts);
        const QJsonArray slips = m_firstRun.value(u"slips"_s).toArray();
        QVERIFY(rows.size() > slips.size() + 1);
        QVERIFY(rows.first().contains(u';'));
        // A summary row per slip, and every entrepreneur named.
        qsizetype summaries = 0;
        for (const QString &row : rows)
            summaries += row.split(u';').contains(u"TOTAL"_s) ? 1 : 0;
        QCOMPARE(summaries, slips.size());
        for (const QJsonValue &slip : slips)
            QVERIFY(text.contains(slip.toObject().value(u"name"_s).toString()));

        const Run never = inStore({u"payroll"_s, u"export"_s, u"--month"_s, u"2026-01"_s,
                                   u"--out"_s, m_dir.filePath(u"none.csv"_s)});
        QCOMPARE(never.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.csv"_s)));
    }

    void closedMonthIsFrozen()
    {
        const QJsonObject before = monthJson(u"show"_s);
        QVERIFY(!before.isEmpty());
        const Run closed = inStore({u"payroll"_s, u"close"_s, u"--month"_s, kMonth});
        QVERIFY2(closed.exitCode == 0, describe(closed).constData());

        const Run again = inStore({u"payroll"_s, u"run"_s, u"--month"_s, kMonth, u"--json"_s});
        QVERIFY2(again.exitCode == 1, describe(again).constData());
        QVERIFY2(!again.err.trimmed().isEmpty(), describe(again).constData());
        QVERIFY(again.out.isEmpty());
        const Run twice = inStore({u"payroll"_s, u"close"_s, u"--month"_s, kMonth});
        QCOMPARE(twice.exitCode, 1);

        const QJsonObject after = monthJson(u"show"_s);
        QCOMPARE(after.value(u"status"_s).toString(), u"closed"_s);
        QVERIFY(after.value(u"closed_at"_s).isString());
        for (const QString &key : {u"month"_s, u"rules_valid_from"_s, u"slips"_s, u"totals"_s,
                                   u"journal"_s, u"computed_at"_s})
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));

        const Run never = inStore({u"payroll"_s, u"show"_s, u"--month"_s, u"2026-01"_s});
        QCOMPARE(never.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPayroll)
#include "tst_cli_payroll.moc"
