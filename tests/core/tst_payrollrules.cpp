#include "core/payrollrules.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(coop::ErrorCode)

namespace {

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

// A small but complete table; the line numbers matter (rows edit one line by its number).
QStringList validLines(const QString &validFrom)
{
    return {
        u"# test table"_s,                                                              // 1
        u"valid_from "_s + validFrom,                                                   // 2
        u"source test figures"_s,                                                       // 3
        u"# spare line"_s,                                                              // 4
        u"pss 4005.00"_s,                                                               // 5
        u"smic_hourly 12.02"_s,                                                         // 6
        u"weekly_hours 35"_s,                                                                                                        // 7
        u"csg_base_rate 98.25"_s,                                                       // 8
        u"csg_abatement_cap_pss 4"_s,                                                   // 9
        u"rgdu_tmin 0.02"_s,                                                            // 10
        u"rgdu_tdelta_under_50 0.3781"_s,                                               // 11
        u"rgdu_tdelta_from_50 0.3821"_s,                                                // 12
        u"rgdu_cutoff_smic 3"_s,                                                        // 13
        u"rgdu_exponent 1.75"_s,                                                        // 14
        u"rgdu_coefficient_decimals 4"_s,                                               // 15
        u"default_headcount 20"_s,                                                      // 16
        u"default_atmp 2.08"_s,                                                         // 17
        u"default_vm 0"_s,                                                              // 18
        u"default_mutuelle 40.00"_s,                                                    // 19
        u"default_mutuelle_employer_share 50"_s,                                        // 20
        u"line maladie base=assiette employee=- employer=13 label=\"Maladie\""_s,       // 21
        u"line vieillesse_plafonnee base=tranche1 employee=6.90 employer=8.55 "
        u"label=\"Vieillesse plafonnée\""_s,                                            // 22
        u"line atmp base=assiette employee=- employer=situation.atmp label=\"AT/MP\""_s, // 23
    };
}

// The valid table with line `editLine` (1-based) replaced by `editText` (0: no edit).
QByteArray tableText(const QString &validFrom, int editLine = 0, const QString &editText = {})
{
    QStringList lines = validLines(validFrom);
    if (editLine > 0)
        lines[editLine - 1] = editText;
    return lines.join(u'\n').toUtf8() + '\n';
}

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

} // namespace

class TestPayrollRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTablesHoldEveryLine_data();
    void builtInTablesHoldEveryLine();
    void builtInLineRates_data();
    void builtInLineRates();
    void builtInParameters_data();
    void builtInParameters();
    void tableForPicksThePeriod_data();
    void tableForPicksThePeriod();
    void lineConditions_data();
    void lineConditions();
    void validTableLoads();
    void malformedTableRefused_data();
    void malformedTableRefused();
    void everyProblemIsCollected();
    void setOfTables_data();
    void setOfTables();
};

// Every line of DOMAIN.md §4, by code, in both periods.
void TestPayrollRules::builtInTablesHoldEveryLine_data()
{
    QTest::addColumn<QString>("validFrom");
    QTest::newRow("rules dated 1 March 2026 (modele-social 10.0.1)") << u"2026-03-01"_s;
    QTest::newRow("rules dated 1 July 2026 (modele-social 11.1.0)") << u"2026-07-01"_s;
}

void TestPayrollRules::builtInTablesHoldEveryLine()
{
    QFETCH(QString, validFrom);
    ValidationErrors errors;
    const auto set = loadBuiltInPayrollRules(&errors);
    QVERIFY2(set, errorText(set).constData());
    QVERIFY(errors.isEmpty());
    QCOMPARE(set->tables().size(), 2);
    const auto table = set->tableFor(QDate::fromString(validFrom, Qt::ISODate));
    QVERIFY2(table, errorText(table).constData());
    QCOMPARE((*table)->validFrom, QDate::fromString(validFrom, Qt::ISODate));
    QCOMPARE((*table)->fileName, validFrom + u".rules"_s);
    QVERIFY((*table)->sources.size() >= 3);

    const QStringList expected = {
        u"maladie"_s, u"vieillesse_plafonnee"_s, u"vieillesse_deplafonnee"_s,
        u"agirc_arrco_t1"_s, u"agirc_arrco_t2"_s, u"ceg_t1"_s, u"ceg_t2"_s, u"cet"_s, u"apec"_s,
        u"allocations_familiales"_s, u"chomage"_s, u"ags"_s, u"fnal_under_50"_s,
        u"fnal_from_50"_s, u"csa"_s, u"dialogue_social"_s,
        u"formation_professionnelle_under_11"_s, u"formation_professionnelle_from_11"_s,
        u"taxe_apprentissage"_s, u"taxe_apprentissage_solde"_s, u"peec"_s,
        u"contribution_supplementaire_apprentissage"_s,
        u"contribution_supplementaire_apprentissage_2000"_s, u"atmp"_s, u"versement_mobilite"_s,
        u"prevoyance_cadres"_s, u"mutuelle"_s, u"forfait_social"_s, u"csg_deductible"_s,
        u"csg_non_deductible"_s, u"crds"_s,
    };
    QStringList codes;
    for (const PayrollRuleLine &line : (*table)->lines) {
        codes.append(line.code);
        QVERIFY2(!line.label.isEmpty(), qPrintable(line.code));
    }
    QCOMPARE(codes, expected);
}

// "date|code|base|employee|employer": a rate is a percentage, "-" or the situation's.
void TestPayrollRules::builtInLineRates_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("maladie: employer 13 % on the assiette") << u"2026-03-01|maladie|assiette|-|13"_s;
    QTest::newRow("vieillesse plafonnée 6.9 / 8.55 on T1")
        << u"2026-03-01|vieillesse_plafonnee|tranche1|6.9|8.55"_s;
    QTest::newRow("vieillesse déplafonnée 0.4 / 2.11")
        << u"2026-07-01|vieillesse_deplafonnee|assiette|0.4|2.11"_s;
    QTest::newRow("AGIRC-ARRCO T2 8.64 / 12.95")
        << u"2026-03-01|agirc_arrco_t2|tranche2|8.64|12.95"_s;
    QTest::newRow("CEG T1 0.86 / 1.29") << u"2026-07-01|ceg_t1|tranche1|0.86|1.29"_s;
    QTest::newRow("CET 0.14 / 0.21 up to 8 PSS")
        << u"2026-03-01|cet|assiette_max_8pss|0.14|0.21"_s;
    QTest::newRow("APEC 0.024 / 0.036 up to 4 PSS")
        << u"2026-03-01|apec|assiette_max_4pss|0.024|0.036"_s;
    QTest::newRow("chômage 4 % up to 4 PSS") << u"2026-07-01|chomage|assiette_max_4pss|-|4"_s;
    QTest::newRow("FNAL under 50: 0.1 % on T1") << u"2026-03-01|fnal_under_50|tranche1|-|0.1"_s;
    QTest::newRow("FNAL from 50: 0.5 % on the assiette")
        << u"2026-03-01|fnal_from_50|assiette|-|0.5"_s;
    QTest::newRow("dialogue social 0.016 %") << u"2026-03-01|dialogue_social|assiette|-|0.016"_s;
    QTest::newRow("formation professionnelle under 11: 0.55 %")
        << u"2026-03-01|formation_professionnelle_under_11|assiette|-|0.55"_s;
    QTest::newRow("AT/MP takes the situation's rate")
        << u"2026-03-01|atmp|assiette|-|situation.atmp"_s;
    QTest::newRow("versement mobilité takes the situation's rate")
        << u"2026-07-01|versement_mobilite|assiette|-|situation.vm"_s;
    QTest::newRow("mutuelle split by the employer share")
        << u"2026-03-01|mutuelle|mutuelle|situation.mutuelle_employee_share|"
           u"situation.mutuelle_employer_share"_s;
    QTest::newRow("forfait social 8 % on the employer's health share")
        << u"2026-03-01|forfait_social|employer_health_share|-|8"_s;
    QTest::newRow("CSG déductible 6.8 % on the CSG base")
        << u"2026-03-01|csg_deductible|csg_base|6.8|-"_s;
    QTest::newRow("CRDS 0.5 % on the CSG base") << u"2026-07-01|crds|csg_base|0.5|-"_s;
}

void TestPayrollRules::builtInLineRates()
{
    QFETCH(QString, spec);
    const QStringList parts = spec.split(u'|');
    const auto set = loadBuiltInPayrollRules();
    QVERIFY2(set, errorText(set).constData());
    const auto table = set->tableFor(QDate::fromString(parts.at(0), Qt::ISODate));
    QVERIFY2(table, errorText(table).constData());
    const PayrollRuleLine *line = (*table)->line(parts.at(1));
    QVERIFY2(line, qPrintable(parts.at(1)));
    QCOMPARE(payrollBaseKey(line->base), parts.at(2));

    const auto describe = [](const PayrollRate &rate) -> QString {
        switch (rate.source) {
        case PayrollRateSource::None: return u"-"_s;
        case PayrollRateSource::Fixed: return rate.fixed.toPercentString();
        case PayrollRateSource::SituationAtmp: return u"situation.atmp"_s;
        case PayrollRateSource::SituationVm: return u"situation.vm"_s;
        case PayrollRateSource::MutuelleEmployeeShare: return u"situation.mutuelle_employee_share"_s;
        case PayrollRateSource::MutuelleEmployerShare: return u"situation.mutuelle_employer_share"_s;
        }
        return {};
    };
    QCOMPARE(describe(line->employee), parts.at(3));
    QCOMPARE(describe(line->employer), parts.at(4));
}

void TestPayrollRules::builtInParameters_data()
{
    QTest::addColumn<QString>("validFrom");
    QTest::addColumn<QString>("smicHourly");
    QTest::addColumn<QString>("monthlySmic");
    QTest::newRow("March: SMIC 12.02 €/h, 12.02 × 35 × 52 / 12 = 1823.03")
        << u"2026-03-01"_s << u"12.02"_s << u"1823.03"_s;
    QTest::newRow("July: SMIC 12.31 €/h, 12.31 × 35 × 52 / 12 = 1867.02")
        << u"2026-07-01"_s << u"12.31"_s << u"1867.02"_s;
}

void TestPayrollRules::builtInParameters()
{
    QFETCH(QString, validFrom);
    QFETCH(QString, smicHourly);
    QFETCH(QString, monthlySmic);
    const auto set = loadBuiltInPayrollRules();
    QVERIFY2(set, errorText(set).constData());
    const auto table = set->tableFor(QDate::fromString(validFrom, Qt::ISODate));
    QVERIFY2(table, errorText(table).constData());
    const PayrollParameters &p = (*table)->parameters;
    QCOMPARE(p.pss, money("4005.00"));
    QCOMPARE(p.smicHourly.toString(), smicHourly);
    QCOMPARE((*table)->monthlySmic().toString(), monthlySmic);
    QCOMPARE(p.csgBaseRate.toPercentString(), u"98.25"_s);
    QCOMPARE(p.csgAbatementCapPss, 4);
    QCOMPARE(p.rgduTmin.toFractionString(), u"0.02"_s);
    QCOMPARE(p.rgduTdeltaUnder50.toFractionString(), u"0.3781"_s);
    QCOMPARE(p.rgduTdeltaFrom50.toFractionString(), u"0.3821"_s);
    QCOMPARE(p.rgduCutoffSmic, 3);
    QCOMPARE(p.rgduExponent.toFractionString(), u"1.75"_s);
    QCOMPARE(p.rgduCoefficientDecimals, 4);
    QCOMPARE(p.defaultHeadcount, 20);
    QCOMPARE(p.defaultAtmp.toPercentString(), u"2.08"_s);
    QVERIFY(p.defaultVm.isZero());
    QCOMPARE(p.defaultMutuelle, money("40.00"));
    QCOMPARE(p.defaultMutuelleEmployerShare.toPercentString(), u"50"_s);
}

void TestPayrollRules::tableForPicksThePeriod_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");  // the table's start, or "error"
    QTest::newRow("first day of the March rules") << u"2026-03-01"_s << u"2026-03-01"_s;
    QTest::newRow("last day of the March rules") << u"2026-06-30"_s << u"2026-03-01"_s;
    QTest::newRow("first day of the July rules") << u"2026-07-01"_s << u"2026-07-01"_s;
    QTest::newRow("the last table runs on") << u"2027-01-15"_s << u"2026-07-01"_s;
    QTest::newRow("before the first table: error") << u"2026-02-28"_s << u"error"_s;
}

void TestPayrollRules::tableForPicksThePeriod()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const auto set = loadBuiltInPayrollRules();
    QVERIFY2(set, errorText(set).constData());
    const auto table = set->tableFor(QDate::fromString(date, Qt::ISODate));
    if (expected == u"error") {
        QVERIFY(!table);
        QCOMPARE(table.error().code(), ErrorCode::NotFound);
        QVERIFY2(table.error().message().contains(u"2026-03-01.rules"_s),
                 errorText(table).constData());
        QCOMPARE(table.error().where().section(u':', 0, 0), u"2026-03-01.rules"_s);
        return;
    }
    QVERIFY2(table, errorText(table).constData());
    QCOMPARE((*table)->validFrom.toString(Qt::ISODate), expected);
}

// "code|cadre|headcount|assiette|applies"
void TestPayrollRules::lineConditions_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("FNAL on T1 at 49 employees") << u"fnal_under_50|0|49|2500.00|1"_s;
    QTest::newRow("no FNAL on T1 at 50 employees") << u"fnal_under_50|0|50|2500.00|0"_s;
    QTest::newRow("FNAL on the assiette at 50 employees") << u"fnal_from_50|0|50|2500.00|1"_s;
    QTest::newRow("formation 0.55 % at 10 employees")
        << u"formation_professionnelle_under_11|0|10|2500.00|1"_s;
    QTest::newRow("formation 1 % from 11 employees")
        << u"formation_professionnelle_from_11|0|11|2500.00|1"_s;
    QTest::newRow("no PEEC at 49 employees") << u"peec|0|49|2500.00|0"_s;
    QTest::newRow("apprenticeship supplement from 250")
        << u"contribution_supplementaire_apprentissage|0|250|2500.00|1"_s;
    QTest::newRow("APEC for cadres only") << u"apec|0|20|5000.00|0"_s;
    QTest::newRow("APEC for a cadre") << u"apec|1|20|5000.00|1"_s;
    QTest::newRow("no CET at the PSS") << u"cet|0|20|4005.00|0"_s;
    QTest::newRow("CET above the PSS") << u"cet|0|20|4005.01|1"_s;
    QTest::newRow("no forfait social under 11") << u"forfait_social|0|10|2500.00|0"_s;
}

void TestPayrollRules::lineConditions()
{
    QFETCH(QString, spec);
    const QStringList parts = spec.split(u'|');
    const auto set = loadBuiltInPayrollRules();
    QVERIFY2(set, errorText(set).constData());
    const PayrollRuleTable &table = set->tables().first();
    const PayrollRuleLine *line = table.line(parts.at(0));
    QVERIFY2(line, qPrintable(parts.at(0)));
    QCOMPARE(line->appliesTo(parts.at(1) == u"1", parts.at(2).toInt(),
                             Money::parse(parts.at(3)).value(), table.parameters.pss),
             parts.at(4) == u"1");
}

void TestPayrollRules::validTableLoads()
{
    ValidationErrors errors;
    const auto table = loadPayrollRuleTable(tableText(u"2026-03-01"_s), u"test.rules"_s, &errors);
    QVERIFY2(table, errorText(table).constData());
    QVERIFY(errors.isEmpty());
    QCOMPARE(table->lines.size(), 3);
    QCOMPARE(table->headerLine, 2);
    QCOMPARE(table->location(), u"test.rules:2"_s);
    QCOMPARE(table->line(u"vieillesse_plafonnee"_s)->sourceLine, 22);
    QCOMPARE(table->line(u"vieillesse_plafonnee"_s)->employee.fixed,
             Rate::fromUnits(690 * Rate::UnitsPerPercent / 100));
}

void TestPayrollRules::malformedTableRefused_data()
{
    QTest::addColumn<int>("editLine");
    QTest::addColumn<QString>("editText");
    QTest::addColumn<QString>("where");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing employer rate")
        << 22 << u"line vieillesse_plafonnee base=tranche1 employee=6.90 label=\"V\""_s
        << u"bad.rules:22"_s << ErrorCode::Constraint << u"missing the employer rate"_s;
    QTest::newRow("missing employee rate")
        << 21 << u"line maladie base=assiette employer=13 label=\"Maladie\""_s
        << u"bad.rules:21"_s << ErrorCode::Constraint << u"missing the employee rate"_s;
    QTest::newRow("unknown base")
        << 21 << u"line maladie base=salaire employee=- employer=13 label=\"Maladie\""_s
        << u"bad.rules:21"_s << ErrorCode::ParseError << u"unknown base “salaire”"_s;
    QTest::newRow("missing base")
        << 21 << u"line maladie employee=- employer=13 label=\"Maladie\""_s << u"bad.rules:21"_s
        << ErrorCode::Constraint << u"has no base"_s;
    QTest::newRow("rate not a percentage")
        << 21 << u"line maladie base=assiette employee=- employer=13% label=\"Maladie\""_s
        << u"bad.rules:21"_s << ErrorCode::ParseError << u"“13%” is not a percentage"_s;
    QTest::newRow("rate above 100 %")
        << 21 << u"line maladie base=assiette employee=- employer=130 label=\"Maladie\""_s
        << u"bad.rules:21"_s << ErrorCode::ParseError << u"between 0 and 100"_s;
    QTest::newRow("rate with more decimals than a Rate holds")
        << 21 << u"line maladie base=assiette employee=- employer=0.0000001 label=\"M\""_s
        << u"bad.rules:21"_s << ErrorCode::ParseError << u"more than six decimals"_s;
    QTest::newRow("unknown situation rate")
        << 23 << u"line atmp base=assiette employee=- employer=situation.at label=\"AT\""_s
        << u"bad.rules:23"_s << ErrorCode::ParseError << u"unknown situation rate"_s;
    QTest::newRow("duplicate line code")
        << 23 << u"line maladie base=assiette employee=- employer=1 label=\"Again\""_s
        << u"bad.rules:23"_s << ErrorCode::Constraint
        << u"Duplicate line code “maladie” (first on line 21)"_s;
    QTest::newRow("line code with capitals")
        << 23 << u"line ATMP base=assiette employee=- employer=1 label=\"AT\""_s
        << u"bad.rules:23"_s << ErrorCode::ParseError << u"is not a line code"_s;
    QTest::newRow("unknown field in a line")
        << 23 << u"line atmp base=assiette employee=- employer=1 label=\"AT\" plafond=4"_s
        << u"bad.rules:23"_s << ErrorCode::ParseError << u"unknown field “plafond”"_s;
    QTest::newRow("unknown organism")
        << 23 << u"line atmp base=assiette employee=- employer=1 organism=caf label=\"AT\""_s
        << u"bad.rules:23"_s << ErrorCode::ParseError << u"unknown organism “caf”"_s;
    QTest::newRow("weekly hours not a number")
        << 7 << u"weekly_hours 35h"_s << u"bad.rules:7"_s << ErrorCode::ParseError
        << u"weekly_hours"_s;
    QTest::newRow("missing label")
        << 23 << u"line atmp base=assiette employee=- employer=1"_s << u"bad.rules:23"_s
        << ErrorCode::Constraint << u"has no label"_s;
    QTest::newRow("unclosed quote")
        << 23 << u"line atmp base=assiette employee=- employer=1 label=\"AT"_s
        << u"bad.rules:23"_s << ErrorCode::ParseError << u"double quote"_s;
    QTest::newRow("missing header: the first statement says so")
        << 2 << u"# no header"_s << u"bad.rules:3"_s << ErrorCode::ParseError
        << u"before the header"_s;
    QTest::newRow("line before header")
        << 1 << u"line early base=assiette employee=- employer=1 label=\"Early\""_s
        << u"bad.rules:1"_s << ErrorCode::ParseError << u"before the header"_s;
    QTest::newRow("bad date in the header")
        << 2 << u"valid_from 2026-02-30"_s << u"bad.rules:2"_s << ErrorCode::ParseError
        << u"not a date"_s;
    QTest::newRow("unknown key")
        << 18 << u"default_vmx 0"_s << u"bad.rules:18"_s << ErrorCode::ParseError
        << u"Unknown key “default_vmx”"_s;
    QTest::newRow("missing pss: named at the header")
        << 5 << u"# no pss"_s << u"bad.rules:2"_s << ErrorCode::Constraint
        << u"“pss” is missing"_s;
    QTest::newRow("parameter given twice")
        << 6 << u"pss 4000.00"_s << u"bad.rules:6"_s << ErrorCode::Constraint
        << u"given twice (first on line 5)"_s;
    QTest::newRow("amount with three decimals")
        << 5 << u"pss 4005.001"_s << u"bad.rules:5"_s << ErrorCode::ParseError
        << u"not an amount"_s;
    QTest::newRow("parameter percentage not a number")
        << 8 << u"csg_base_rate 98.25%"_s << u"bad.rules:8"_s << ErrorCode::ParseError
        << u"not a percentage"_s;
    QTest::newRow("parameter without value")
        << 13 << u"rgdu_cutoff_smic"_s << u"bad.rules:13"_s << ErrorCode::ParseError
        << u"exactly one value"_s;
    QTest::newRow("no source") << 3 << u"# no source"_s << u"bad.rules:2"_s
                               << ErrorCode::Constraint << u"no source"_s;
    QTest::newRow("valid_until before valid_from")
        << 4 << u"valid_until 2026-02-01"_s << u"bad.rules:4"_s << ErrorCode::Constraint
        << u"before valid_from"_s;
}

void TestPayrollRules::malformedTableRefused()
{
    QFETCH(int, editLine);
    QFETCH(QString, editText);
    QFETCH(QString, where);
    QFETCH(ErrorCode, code);
    QFETCH(QString, reason);

    ValidationErrors errors;
    const auto table =
        loadPayrollRuleTable(tableText(u"2026-03-01"_s, editLine, editText), u"bad.rules"_s, &errors);
    QVERIFY(!table);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first(), table.error());
    QCOMPARE(table.error().where(), where);
    QCOMPARE(table.error().code(), code);
    QVERIFY2(table.error().message().contains(reason), errorText(table).constData());
}

void TestPayrollRules::everyProblemIsCollected()
{
    QStringList lines = validLines(u"2026-03-01"_s);
    lines[4] = u"# pss removed"_s;                                                    // 5
    lines[20] = u"line maladie base=salaire employee=- employer=13 label=\"M\""_s;     // 21
    lines[21] = u"line vieillesse_plafonnee base=tranche1 employee=6.9 label=\"V\""_s; // 22
    ValidationErrors errors;
    const auto table =
        loadPayrollRuleTable(lines.join(u'\n').toUtf8(), u"bad.rules"_s, &errors);
    QVERIFY(!table);
    QStringList places;
    for (const Error &error : errors)
        places.append(error.where());
    QCOMPARE(places, (QStringList{u"bad.rules:21"_s, u"bad.rules:22"_s, u"bad.rules:2"_s}));
    QCOMPARE(table.error(), errors.first());
}

// "a.rules valid_from|valid_until or empty" and the same for b.rules; expected: "ok" or the
// error's where() (always the later table's header, line 2).
void TestPayrollRules::setOfTables_data()
{
    QTest::addColumn<QString>("firstFrom");
    QTest::addColumn<QString>("firstUntil");
    QTest::addColumn<QString>("secondFrom");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two tables with the same valid_from are refused")
        << u"2026-03-01"_s << QString() << u"2026-03-01"_s << u"b.rules:2"_s;
    QTest::newRow("a valid_until reaching into the next table is refused")
        << u"2026-03-01"_s << u"2026-07-15"_s << u"2026-07-01"_s << u"b.rules:2"_s;
    QTest::newRow("a valid_until on the day before the next table is accepted")
        << u"2026-03-01"_s << u"2026-06-30"_s << u"2026-07-01"_s << u"ok"_s;
    QTest::newRow("tables given out of order are sorted")
        << u"2026-07-01"_s << QString() << u"2026-03-01"_s << u"ok"_s;
}

void TestPayrollRules::setOfTables()
{
    QFETCH(QString, firstFrom);
    QFETCH(QString, firstUntil);
    QFETCH(QString, secondFrom);
    QFETCH(QString, expected);

    const auto first = loadPayrollRuleTable(
        firstUntil.isEmpty() ? tableText(firstFrom)
                             : tableText(firstFrom, 4, u"valid_until "_s + firstUntil),
        u"a.rules"_s);
    QVERIFY2(first, errorText(first).constData());
    const auto second = loadPayrollRuleTable(tableText(secondFrom), u"b.rules"_s);
    QVERIFY2(second, errorText(second).constData());

    const auto set = PayrollRuleSet::fromTables({*first, *second});
    if (expected != u"ok") {
        QVERIFY(!set);
        QCOMPARE(set.error().code(), ErrorCode::Conflict);
        QCOMPARE(set.error().where(), expected);
        return;
    }
    QVERIFY2(set, errorText(set).constData());
    QVERIFY(set->tables().first().validFrom < set->tables().last().validFrom);
    QCOMPARE(set->effectiveUntil(0), std::optional<QDate>(QDate(2026, 6, 30)));
    QCOMPARE(set->effectiveUntil(1), std::optional<QDate>());
    const auto june = set->tableFor(QDate(2026, 6, 30));
    QVERIFY2(june, errorText(june).constData());
    QCOMPARE((*june)->validFrom, QDate(2026, 3, 1));
}

QTEST_GUILESS_MAIN(TestPayrollRules)
#include "tst_payrollrules.moc"
