// The entrepreneurs CSV: every line checked, every problem reported at its line and column, and
// export followed by import giving the same records back.
#include "core/csv.h"
#include "core/entrepreneurcsv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

using Fields = QMap<QString, QString>;

const QDate kToday(2026, 3, 15);

// A NIR with its key, from its 13 characters (2A/2B read as 19/18 for the key).
QString nir(const QString &thirteen)
{
    QString number = thirteen;
    number.replace(u"2A"_s, u"19"_s).replace(u"2B"_s, u"18"_s);
    return thirteen + u"%1"_s.arg(97 - number.toLongLong() % 97, 2, 10, QLatin1Char('0'));
}

Activity activity(const QString &id, const QString &code)
{
    Activity a;
    a.id = id;
    a.analyticCode = code;
    a.name = u"Activité "_s + code;
    a.trade = u"Graphisme"_s;
    a.version = 1;
    return a;
}

// A good line: a CESA that followed a six-month CAPE.
Fields baseLine()
{
    return {
        {u"last_name"_s, u"Durand"_s},
        {u"first_name"_s, u"Élodie"_s},
        {u"birth_date"_s, u"1985-04-12"_s},
        {u"nir"_s, nir(u"2850469123456"_s)},
        {u"email"_s, u"elodie.durand@example.org"_s},
        {u"phone"_s, u"06 12 34 56 78"_s},
        {u"address_line1"_s, u"12 rue Garibaldi"_s},
        {u"address_line2"_s, u"Bâtiment B; 2e étage"_s},
        {u"postcode"_s, u"69003"_s},
        {u"city"_s, u"Lyon"_s},
        {u"country"_s, u"FR"_s},
        {u"prior_status"_s, u"job_seeker"_s},
        {u"referent"_s, u"Claire Fontaine"_s},
        {u"analytic_code"_s, u"ANA001"_s},
        {u"contract_type"_s, u"cesa"_s},
        {u"cape_signed_on"_s, u"2023-12-20"_s},
        {u"cape_start"_s, u"2024-01-02"_s},
        {u"cape_end"_s, u"2024-07-01"_s},
        {u"cesa_signed_on"_s, u"2024-06-25"_s},
        {u"cesa_start"_s, u"2024-07-02"_s},
        {u"fixed_monthly_part"_s, u"1500,00"_s},
        {u"variable_rate"_s, u"100"_s},
        {u"monthly_hours"_s, u"124,792"_s},
        {u"equivalent_hours"_s, u"yes"_s},
        {u"cadre"_s, u"no"_s},
        {u"contribution_scale"_s, u"BAREME-2024"_s},
    };
}

Fields with(Fields fields, const Fields &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

// Lines under the full documented header.
QByteArray csvFile(const QList<Fields> &lines, QChar separator = u';')
{
    CsvWriter writer(separator, true);
    writer.addRecord(entrepreneurCsvColumns());
    for (const Fields &line : lines) {
        QStringList fields;
        for (const QString &column : entrepreneurCsvColumns())
            fields.append(line.value(column));
        writer.addRecord(fields);
    }
    return writer.data();
}

EntrepreneurCsvContext context()
{
    EntrepreneurCsvContext c;
    c.today = kToday;
    c.activities = {activity(u"a1"_s, u"ANA001"_s), activity(u"a2"_s, u"GRA002"_s)};
    Entrepreneur existing;
    existing.id = u"e-store"_s;
    existing.lastName = u"Martin"_s;
    existing.firstName = u"Paul"_s;
    existing.birthDate = QDate(1980, 5, 12);
    existing.nir = nir(u"1800569123001"_s);
    existing.activityId = u"a1"_s;
    existing.version = 1;
    c.existing = {existing};
    return c;
}

QString describe(const QList<CsvLineError> &errors)
{
    QStringList lines;
    for (const CsvLineError &e : errors)
        lines.append(e.toString(u"test.csv"_s));
    return lines.join(u'\n');
}

} // namespace

class tst_EntrepreneurCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodLines_data();
    void goodLines();
    void readsEveryField();
    void lineErrors_data();
    void lineErrors();
    void everyBadLineIsReported();
    void duplicatesWithinTheFile();
    void headerProblems_data();
    void headerProblems();
    void lineWithTheWrongNumberOfFields();
    void brokenCsvIsOneError();
    void messageNamesFileLineAndColumn();
    void exportThenImportGivesTheSameRecords();
    void exportWritesTheCurrentContract();
};

void tst_EntrepreneurCsv::goodLines_data()
{
    QTest::addColumn<Fields>("line");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<int>("contracts");

    const Fields capeOnly = with(baseLine(), {{u"contract_type"_s, u"cape"_s},
                                              {u"cesa_signed_on"_s, {}}, {u"cesa_start"_s, {}},
                                              {u"fixed_monthly_part"_s, {}}, {u"variable_rate"_s, {}},
                                              {u"monthly_hours"_s, {}}, {u"equivalent_hours"_s, {}},
                                              {u"cadre"_s, {}}, {u"contribution_scale"_s, {}}});
    QTest::newRow("CESA after a CAPE") << baseLine() << QChar(u';') << 2;
    QTest::newRow("comma-separated, decimal points")
        << with(baseLine(), {{u"fixed_monthly_part"_s, u"1500.00"_s},
                             {u"monthly_hours"_s, u"124.792"_s}})
        << QChar(u',') << 2;
    QTest::newRow("CAPE only") << capeOnly << QChar(u';') << 1;
    QTest::newRow("CAPE with its two renewals")
        << with(capeOnly, {{u"cape_renewal_1_end"_s, u"2025-07-01"_s},
                           {u"cape_renewal_2_end"_s, u"2026-07-01"_s}})
        << QChar(u';') << 1;
    QTest::newRow("CAPE left early")
        << with(capeOnly, {{u"exit_date"_s, u"2024-03-31"_s}, {u"exit_reason"_s, u"resignation"_s},
                           {u"exit_note"_s, u"Reprise d'un emploi."_s}})
        << QChar(u';') << 1;
    QTest::newRow("CESA signed directly, associate")
        << with(baseLine(), {{u"cape_signed_on"_s, {}}, {u"cape_start"_s, {}}, {u"cape_end"_s, {}},
                             {u"associate_date"_s, u"2025-06-30"_s}, {u"associate_shares"_s, u"4"_s}})
        << QChar(u';') << 1;
    QTest::newRow("CESA ended: not associated in time")
        << with(baseLine(), {{u"exit_date"_s, u"2026-01-01"_s},
                             {u"exit_reason"_s, u"not_associated"_s}})
        << QChar(u';') << 2;
    QTest::newRow("no contract yet")
        << with(capeOnly, {{u"contract_type"_s, {}}, {u"cape_signed_on"_s, {}},
                           {u"cape_start"_s, {}}, {u"cape_end"_s, {}}})
        << QChar(u';') << 0;
    QTest::newRow("French dates, amounts with spaces and a euro sign, OUI/NON")
        << with(baseLine(), {{u"birth_date"_s, u"12/04/1985"_s},
                             {u"cape_start"_s, u"2/1/2024"_s},
                             {u"fixed_monthly_part"_s, u"1 500,00 €"_s},
                             {u"variable_rate"_s, u"100 %"_s},
                             {u"equivalent_hours"_s, u"OUI"_s},
                             {u"cadre"_s, u"non"_s}})
        << QChar(u';') << 2;
    QTest::newRow("NIR typed with spaces, Corsica")
        << with(baseLine(), {{u"nir"_s, u"2 85 04 2A 123 456 "_s
                                            + nir(u"285042A123456"_s).right(2)}})
        << QChar(u';') << 2;
    QTest::newRow("no NIR yet, lower-case code and keys")
        << with(baseLine(), {{u"nir"_s, {}}, {u"analytic_code"_s, u"ana001"_s},
                             {u"contract_type"_s, u"CESA"_s}, {u"prior_status"_s, u"Employee"_s}})
        << QChar(u';') << 2;
}

void tst_EntrepreneurCsv::goodLines()
{
    QFETCH(Fields, line);
    QFETCH(QChar, separator);
    QFETCH(int, contracts);

    const EntrepreneurCsvImport result = parseEntrepreneurCsv(csvFile({line}, separator), context());
    QVERIFY2(result.isValid(), qPrintable(describe(result.errors)));
    QCOMPARE(result.lineCount, 1);
    QCOMPARE(result.records.size(), 1);
    const EntrepreneurCsvRecord &record = result.records.first();
    QCOMPARE(record.line, 2);
    QCOMPARE(record.contracts.size(), contracts);
    QVERIFY(validate(record.entrepreneur, kToday).isEmpty());
    QCOMPARE(record.entrepreneur.activityId, u"a1"_s);
    QCOMPARE(record.entrepreneur.version, 0);
    for (const Contract &c : record.contracts) {
        QVERIFY(validate(c).isEmpty());
        QCOMPARE(c.entrepreneurId, record.entrepreneur.id);
        QCOMPARE(c.activityId, u"a1"_s);
        QCOMPARE(c.version, 0);
    }
    QVERIFY(overlaps(record.contracts).isEmpty());
}

void tst_EntrepreneurCsv::readsEveryField()
{
    const Fields line = with(baseLine(), {{u"cape_renewal_1_end"_s, {}},
                                          {u"associate_date"_s, u"2025-06-30"_s},
                                          {u"associate_shares"_s, u"4"_s},
                                          {u"exit_date"_s, u"2026-02-28"_s},
                                          {u"exit_reason"_s, u"retirement"_s},
                                          {u"exit_note"_s, u"Départ à la retraite."_s},
                                          {u"cadre"_s, u"yes"_s}});
    const EntrepreneurCsvImport result = parseEntrepreneurCsv(csvFile({line}), context());
    QVERIFY2(result.isValid(), qPrintable(describe(result.errors)));
    const Entrepreneur &e = result.records.first().entrepreneur;
    QCOMPARE(e.lastName, u"Durand"_s);
    QCOMPARE(e.firstName, u"Élodie"_s);
    QCOMPARE(e.birthDate, QDate(1985, 4, 12));
    QCOMPARE(e.nir, nir(u"2850469123456"_s));
    QCOMPARE(e.email, u"elodie.durand@example.org"_s);
    QCOMPARE(e.phone, u"06 12 34 56 78"_s);
    QCOMPARE(e.address.line1, u"12 rue Garibaldi"_s);
    QCOMPARE(e.address.line2, u"Bâtiment B; 2e étage"_s);
    QCOMPARE(e.address.postcode, u"69003"_s);
    QCOMPARE(e.address.city, u"Lyon"_s);
    QCOMPARE(e.address.country, u"FR"_s);
    QCOMPARE(e.priorStatus, PriorStatus::JobSeeker);
    QCOMPARE(e.referentAdviser, u"Claire Fontaine"_s);
    QVERIFY(e.interviews.isEmpty());

    const QList<Contract> &contracts = result.records.first().contracts;
    QCOMPARE(contracts.size(), 2);
    const Contract &cape = contracts.at(0);
    QCOMPARE(cape.type, ContractType::Cape);
    QCOMPARE(cape.signedOn, QDate(2023, 12, 20));
    QCOMPARE(cape.start, QDate(2024, 1, 2));
    QCOMPARE(cape.capePeriods, (QList<CapePeriod>{{QDate(2024, 1, 2), QDate(2024, 7, 1)}}));
    QVERIFY(!cape.exitDate.isValid());
    QVERIFY(!cape.exitReason.has_value());

    const Contract &cesa = contracts.at(1);
    QCOMPARE(cesa.type, ContractType::Cesa);
    QCOMPARE(cesa.signedOn, QDate(2024, 6, 25));
    QCOMPARE(cesa.start, QDate(2024, 7, 2));
    QCOMPARE(cesa.terms.size(), 1);
    const ContractTerms &t = cesa.terms.first();
    QCOMPARE(t.effectiveFrom, QDate(2024, 7, 2));
    QCOMPARE(t.fixedMonthlyPart, Money::fromCents(150000));
    QCOMPARE(t.variableRate, Rate::fromUnits(Rate::UnitsPerOne));
    QCOMPARE(t.monthlyHours, Quantity::fromUnits(124792));
    QVERIFY(t.equivalentHours);
    QVERIFY(t.cadre);
    QCOMPARE(t.contributionScale, u"BAREME-2024"_s);
    QCOMPARE(t.referent, u"Claire Fontaine"_s);
    QCOMPARE(cesa.associateDate, QDate(2025, 6, 30));
    QCOMPARE(cesa.associateShares, 4);
    QCOMPARE(cesa.exitDate, QDate(2026, 2, 28));
    QCOMPARE(cesa.exitReason, std::optional<ExitReason>(ExitReason::Retirement));
    QCOMPARE(cesa.exitNote, u"Départ à la retraite."_s);
}

void tst_EntrepreneurCsv::lineErrors_data()
{
    QTest::addColumn<Fields>("changes");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says"); // a piece of the message, when it matters

    const QString wrongKey = nir(u"2850469123456"_s).left(13)
        + (nir(u"2850469123456"_s).right(2) == "01"_L1 ? u"02"_s : u"01"_s);
    const QString goodKey = nir(u"2850469123456"_s).right(2);
    const Fields cape{{u"contract_type"_s, u"cape"_s}, {u"cesa_signed_on"_s, {}},
                      {u"cesa_start"_s, {}}, {u"fixed_monthly_part"_s, {}},
                      {u"variable_rate"_s, {}}, {u"monthly_hours"_s, {}},
                      {u"equivalent_hours"_s, {}}, {u"cadre"_s, {}},
                      {u"contribution_scale"_s, {}}};

    QTest::newRow("a day that does not exist") << Fields{{u"birth_date"_s, u"1985-02-30"_s}}
                                               << u"birth_date"_s << u"1985-02-30"_s;
    QTest::newRow("a date in neither form") << Fields{{u"birth_date"_s, u"12.04.1985"_s}}
                                            << u"birth_date"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("the birth date is required") << Fields{{u"birth_date"_s, {}}}
                                                << u"birth_date"_s << QString();
    QTest::newRow("a birth date that makes a child") << Fields{{u"birth_date"_s, u"2015-04-12"_s},
                                                               {u"nir"_s, {}}}
                                                     << u"birth_date"_s << QString();
    QTest::newRow("NIR key wrong: says the right one") << Fields{{u"nir"_s, wrongKey}} << u"nir"_s
                                                       << goodKey;
    QTest::newRow("NIR too short") << Fields{{u"nir"_s, u"28504691234"_s}} << u"nir"_s << u"15"_s;
    QTest::newRow("NIR of another birth year")
        << Fields{{u"nir"_s, nir(u"2860469123456"_s)}} << u"nir"_s << QString();
    QTest::newRow("unknown activity") << Fields{{u"analytic_code"_s, u"ZZZ999"_s}}
                                      << u"analytic_code"_s << u"ZZZ999"_s;
    QTest::newRow("no activity code") << Fields{{u"analytic_code"_s, {}}} << u"analytic_code"_s
                                      << QString();
    QTest::newRow("last name missing") << Fields{{u"last_name"_s, u"  "_s}} << u"last_name"_s
                                       << QString();
    QTest::newRow("e-mail without a domain") << Fields{{u"email"_s, u"elodie.durand"_s}}
                                             << u"email"_s << QString();
    QTest::newRow("unknown prior status") << Fields{{u"prior_status"_s, u"chômeur"_s}}
                                          << u"prior_status"_s << u"job_seeker"_s;
    QTest::newRow("unknown contract type") << Fields{{u"contract_type"_s, u"cdi"_s}}
                                           << u"contract_type"_s << u"cape"_s;
    QTest::newRow("a contract without its type") << Fields{{u"contract_type"_s, {}}}
                                                 << u"contract_type"_s << QString();
    QTest::newRow("a 13-month CAPE")
        << with(cape, {{u"cape_end"_s, u"2025-02-01"_s}}) << u"cape_end"_s << u"12"_s;
    QTest::newRow("a CAPE without its end") << with(cape, {{u"cape_end"_s, {}}}) << u"cape_end"_s
                                            << QString();
    QTest::newRow("a renewal of more than 12 months")
        << with(cape, {{u"cape_renewal_1_end"_s, u"2025-08-01"_s}}) << u"cape_renewal_1_end"_s
        << QString();
    QTest::newRow("a second renewal without a first")
        << with(cape, {{u"cape_renewal_2_end"_s, u"2025-07-01"_s}}) << u"cape_renewal_2_end"_s
        << QString();
    QTest::newRow("a CESA column on a CAPE") << with(cape, {{u"fixed_monthly_part"_s, u"800"_s}})
                                             << u"fixed_monthly_part"_s << u"CESA"_s;
    QTest::newRow("an associate under a CAPE")
        << with(cape, {{u"associate_date"_s, u"2024-03-01"_s}}) << u"associate_date"_s
        << QString();
    QTest::newRow("an amount with three decimals") << Fields{{u"fixed_monthly_part"_s, u"1500,005"_s}}
                                                   << u"fixed_monthly_part"_s << u"1500,005"_s;
    QTest::newRow("a negative fixed part") << Fields{{u"fixed_monthly_part"_s, u"-100"_s}}
                                           << u"fixed_monthly_part"_s << QString();
    QTest::newRow("a variable rate above 100 %") << Fields{{u"variable_rate"_s, u"120"_s}}
                                                 << u"variable_rate"_s << QString();
    QTest::newRow("a CESA without hours") << Fields{{u"monthly_hours"_s, {}}}
                                          << u"monthly_hours"_s << QString();
    QTest::newRow("equivalent hours beyond full time") << Fields{{u"monthly_hours"_s, u"160"_s}}
                                                       << u"monthly_hours"_s << QString();
    QTest::newRow("cadre neither yes nor no") << Fields{{u"cadre"_s, u"peut-être"_s}}
                                              << u"cadre"_s << QString();
    QTest::newRow("CESA signed after it starts") << Fields{{u"cesa_signed_on"_s, u"2024-07-10"_s}}
                                                 << u"cesa_signed_on"_s << QString();
    QTest::newRow("CESA starting while the CAPE runs")
        << Fields{{u"cesa_start"_s, u"2024-06-01"_s}, {u"cesa_signed_on"_s, u"2024-05-20"_s}}
        << u"cesa_start"_s << u"2024-07-01"_s;
    QTest::newRow("associate before the CESA") << Fields{{u"associate_date"_s, u"2024-06-01"_s},
                                                         {u"associate_shares"_s, u"2"_s}}
                                               << u"associate_date"_s << QString();
    QTest::newRow("shares without an associate date") << Fields{{u"associate_shares"_s, u"3"_s}}
                                                      << u"associate_shares"_s << QString();
    QTest::newRow("shares not a number") << Fields{{u"associate_date"_s, u"2025-01-10"_s},
                                                   {u"associate_shares"_s, u"trois"_s}}
                                         << u"associate_shares"_s << u"trois"_s;
    QTest::newRow("an exit without its reason") << Fields{{u"exit_date"_s, u"2025-12-31"_s}}
                                                << u"exit_reason"_s << QString();
    QTest::newRow("an unknown exit reason") << Fields{{u"exit_date"_s, u"2025-12-31"_s},
                                                      {u"exit_reason"_s, u"démission"_s}}
                                            << u"exit_reason"_s << u"resignation"_s;
    QTest::newRow("the same NIR as someone in the store")
        << Fields{{u"nir"_s, nir(u"1800569123001"_s)}, {u"birth_date"_s, u"1980-05-12"_s}}
        << u"nir"_s << u"MARTIN Paul"_s;
    QTest::newRow("the same person as in the store, accents and case aside")
        << Fields{{u"last_name"_s, u"MARTIN"_s}, {u"first_name"_s, u"paul"_s},
                  {u"birth_date"_s, u"12/05/1980"_s}, {u"nir"_s, {}}}
        << u"last_name"_s << u"MARTIN Paul"_s;
}

void tst_EntrepreneurCsv::lineErrors()
{
    QFETCH(Fields, changes);
    QFETCH(QString, column);
    QFETCH(QString, says);

    const EntrepreneurCsvImport result =
        parseEntrepreneurCsv(csvFile({with(baseLine(), changes)}), context());
    QVERIFY2(!result.isValid(), "the line was accepted");
    QVERIFY(result.records.isEmpty());
    QCOMPARE(result.badLineCount(), 1);
    // One fault, one message, at its column: no echo of the same fault in other columns.
    QVERIFY2(result.errors.size() == 1, qPrintable(describe(result.errors)));
    const CsvLineError &error = result.errors.first();
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, column);
    QVERIFY(!error.message.isEmpty());
    if (!says.isEmpty())
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
}

void tst_EntrepreneurCsv::everyBadLineIsReported()
{
    // The must-show file: a wrong date, a bad NIR, an unknown activity and a duplicate, each on
    // its own line among good ones.
    Fields good2 = with(baseLine(), {{u"last_name"_s, u"Petit"_s}, {u"first_name"_s, u"Louis"_s},
                                     {u"birth_date"_s, u"1990-09-01"_s},
                                     {u"nir"_s, nir(u"1900969001002"_s)}});
    Fields good3 = with(baseLine(), {{u"last_name"_s, u"Roux"_s}, {u"first_name"_s, u"Inès"_s},
                                     {u"birth_date"_s, u"1992-01-20"_s},
                                     {u"nir"_s, nir(u"2920138001003"_s)},
                                     {u"analytic_code"_s, u"GRA002"_s}});
    const QList<Fields> lines{
        baseLine(),                                                       // line 2: good
        with(good2, {{u"birth_date"_s, u"1990-09-31"_s}}),                // 3: wrong date
        good3,                                                            // 4: good
        with(baseLine(), {{u"last_name"_s, u"Blanc"_s},                   // 5: bad NIR key
                          {u"nir"_s, nir(u"2850469555666"_s).left(13) + u"00"_s}}),
        with(good3, {{u"first_name"_s, u"Zoé"_s}, {u"nir"_s, {}},         // 6: unknown activity
                     {u"analytic_code"_s, u"XYZ123"_s}}),
        with(baseLine(), {{u"first_name"_s, u"Paula"_s}}),                // 7: line 2's NIR
    };
    const EntrepreneurCsvImport result = parseEntrepreneurCsv(csvFile(lines), context());
    QCOMPARE(result.lineCount, 6);
    QCOMPARE(result.records.size(), 2); // the good lines still parse; the caller writes nothing
    QList<qsizetype> badLines;
    for (const CsvLineError &e : result.errors) {
        if (!badLines.contains(e.line))
            badLines.append(e.line);
    }
    QCOMPARE(badLines, (QList<qsizetype>{3, 5, 6, 7}));
    QCOMPARE(result.badLineCount(), 4);
    QStringList columns;
    for (const CsvLineError &e : result.errors)
        columns.append(QString::number(e.line) + u':' + e.column);
    QCOMPARE(columns, (QStringList{u"3:birth_date"_s, u"5:nir"_s, u"6:analytic_code"_s, u"7:nir"_s}));
    QVERIFY(result.errors.last().message.contains(u"line 2"_s));
}

void tst_EntrepreneurCsv::duplicatesWithinTheFile()
{
    const Fields same = with(baseLine(), {{u"nir"_s, {}}, {u"last_name"_s, u"DURAND"_s},
                                          {u"first_name"_s, u"Elodie"_s}});
    const EntrepreneurCsvImport result = parseEntrepreneurCsv(csvFile({baseLine(), same}), context());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 3);
    QCOMPARE(result.errors.first().column, u"last_name"_s);
    QVERIFY(result.errors.first().message.contains(u"line 2"_s));
}

void tst_EntrepreneurCsv::headerProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("unknown column (a typo)")
        << QByteArray("last_name;first_name;analytic_code;nri\nA;B;ANA001;x\n")
        << QStringList{u"nri"_s};
    QTest::newRow("required columns missing")
        << QByteArray("last_name;email\nA;a@example.org\n")
        << QStringList{u"first_name"_s, u"analytic_code"_s};
    QTest::newRow("a column twice")
        << QByteArray("last_name;first_name;analytic_code;email;email\nA;B;ANA001;x;y\n")
        << QStringList{u"email"_s};
}

void tst_EntrepreneurCsv::headerProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, columns);

    const EntrepreneurCsvImport result = parseEntrepreneurCsv(data, context());
    QVERIFY(result.records.isEmpty());
    QStringList reported;
    for (const CsvLineError &e : result.errors) {
        QCOMPARE(e.line, 1);
        reported.append(e.column);
    }
    QCOMPARE(reported, columns);
}

void tst_EntrepreneurCsv::lineWithTheWrongNumberOfFields()
{
    QByteArray data = csvFile({baseLine(), baseLine()});
    data.append("Dupont;Jean;1980-01-01\r\n");
    const EntrepreneurCsvImport result = parseEntrepreneurCsv(data, context());
    // Line 3 repeats line 2 (a duplicate); line 4 is short.
    QCOMPARE(result.badLineCount(), 2);
    QCOMPARE(result.errors.last().line, 4);
    QVERIFY(result.errors.last().column.isEmpty());
    QVERIFY(result.errors.last().message.contains(u"3"_s));
}

void tst_EntrepreneurCsv::brokenCsvIsOneError()
{
    QByteArray data = csvFile({baseLine()});
    data.append("\"Dupont;Jean\r\n");
    const EntrepreneurCsvImport result = parseEntrepreneurCsv(data, context());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 3);
    QVERIFY(result.records.isEmpty());
}

void tst_EntrepreneurCsv::messageNamesFileLineAndColumn()
{
    const CsvLineError e{12, u"nir"_s, u"the key is wrong."_s};
    QCOMPARE(e.toString(u"import.csv"_s), u"import.csv:12: nir: the key is wrong."_s);
    const CsvLineError whole{4, QString(), u"too few fields."_s};
    QCOMPARE(whole.toString(u"import.csv"_s), u"import.csv:4: too few fields."_s);
}

void tst_EntrepreneurCsv::exportThenImportGivesTheSameRecords()
{
    // Records built by hand with every field the format carries, at every stage.
    const QList<Fields> lines{
        baseLine(),
        with(baseLine(), {{u"last_name"_s, u"Petit"_s}, {u"first_name"_s, u"Louis"_s},
                          {u"birth_date"_s, u"1990-09-01"_s},
                          {u"nir"_s, nir(u"1900969001002"_s)}, {u"contract_type"_s, u"cape"_s},
                          {u"cape_renewal_1_end"_s, u"2025-01-01"_s},
                          {u"cape_renewal_2_end"_s, u"2025-12-31"_s},
                          {u"exit_date"_s, u"2025-12-31"_s}, {u"exit_reason"_s, u"cape_ended"_s},
                          {u"exit_note"_s, u"Projet arrêté; \"pas de marché\""_s},
                          {u"cesa_signed_on"_s, {}}, {u"cesa_start"_s, {}},
                          {u"fixed_monthly_part"_s, {}}, {u"variable_rate"_s, {}},
                          {u"monthly_hours"_s, {}}, {u"equivalent_hours"_s, {}},
                          {u"cadre"_s, {}}, {u"contribution_scale"_s, {}}}),
        with(baseLine(), {{u"last_name"_s, u"Roux"_s}, {u"first_name"_s, u"Inès"_s},
                          {u"birth_date"_s, u"1992-01-20"_s}, {u"nir"_s, {}},
                          {u"analytic_code"_s, u"GRA002"_s}, {u"address_line2"_s, {}},
                          {u"prior_status"_s, u"self_employed"_s},
                          {u"cape_signed_on"_s, {}}, {u"cape_start"_s, {}}, {u"cape_end"_s, {}},
                          {u"fixed_monthly_part"_s, u"0,00"_s}, {u"variable_rate"_s, u"92,5"_s},
                          {u"monthly_hours"_s, u"35"_s}, {u"equivalent_hours"_s, u"no"_s},
                          {u"cadre"_s, u"yes"_s}, {u"associate_date"_s, u"2025-03-01"_s},
                          {u"associate_shares"_s, u"12"_s}, {u"phone"_s, {}},
                          {u"address_line1"_s, u"3 place X\nescalier C"_s}}),
    };
    const EntrepreneurCsvContext ctx = context();
    const EntrepreneurCsvImport first = parseEntrepreneurCsv(csvFile(lines), ctx);
    QVERIFY2(first.isValid(), qPrintable(describe(first.errors)));

    QList<Entrepreneur> people;
    QList<Contract> contracts;
    for (const EntrepreneurCsvRecord &r : first.records) {
        people.append(r.entrepreneur);
        contracts.append(r.contracts);
    }
    const QByteArray exported = writeEntrepreneurCsv(people, contracts, ctx.activities, kToday);
    const EntrepreneurCsvImport second = parseEntrepreneurCsv(exported, ctx);
    QVERIFY2(second.isValid(), qPrintable(describe(second.errors)));
    QCOMPARE(second.records.size(), first.records.size());

    // The export sorts by name: Durand, Petit, Roux, as written.
    for (qsizetype i = 0; i < first.records.size(); ++i) {
        Entrepreneur a = first.records.at(i).entrepreneur;
        Entrepreneur b = second.records.at(i).entrepreneur;
        b.id = a.id; // fresh ids on every import
        QCOMPARE(b, a);
        const QList<Contract> &ca = first.records.at(i).contracts;
        const QList<Contract> &cb = second.records.at(i).contracts;
        QCOMPARE(cb.size(), ca.size());
        for (qsizetype j = 0; j < ca.size(); ++j) {
            Contract c = cb.at(j);
            c.id = ca.at(j).id;
            c.entrepreneurId = ca.at(j).entrepreneurId;
            QCOMPARE(c, ca.at(j));
        }
    }
    // And the file is a fixed point.
    QList<Entrepreneur> people2;
    QList<Contract> contracts2;
    for (const EntrepreneurCsvRecord &r : second.records) {
        people2.append(r.entrepreneur);
        contracts2.append(r.contracts);
    }
    QCOMPARE(writeEntrepreneurCsv(people2, contracts2, ctx.activities, kToday), exported);
}

void tst_EntrepreneurCsv::exportWritesTheCurrentContract()
{
    // A CESA with an amendment: the export writes the terms in force on the date, from the CESA
    // start, and the CAPE before it.
    const EntrepreneurCsvImport parsed = parseEntrepreneurCsv(csvFile({baseLine()}), context());
    QVERIFY(parsed.isValid());
    Entrepreneur e = parsed.records.first().entrepreneur;
    QList<Contract> contracts = parsed.records.first().contracts;
    ContractTerms raise = contracts[1].terms.first();
    raise.effectiveFrom = QDate(2025, 9, 1);
    raise.fixedMonthlyPart = Money::fromCents(180000);
    raise.note = u"Augmentation."_s;
    contracts[1].terms.append(raise);

    const auto fieldOf = [&](const QByteArray &file, const QString &column) {
        const auto table = readCsv(file);
        return table->records.first().fields.at(table->header.indexOf(column));
    };
    const QList<Activity> activities = context().activities;
    QCOMPARE(fieldOf(writeEntrepreneurCsv({e}, contracts, activities, QDate(2025, 8, 31)),
                     u"fixed_monthly_part"_s),
             u"1500,00"_s);
    const QByteArray now = writeEntrepreneurCsv({e}, contracts, activities, kToday);
    QCOMPARE(fieldOf(now, u"fixed_monthly_part"_s), u"1800,00"_s);
    QCOMPARE(fieldOf(now, u"cesa_start"_s), u"2024-07-02"_s);
    QCOMPARE(fieldOf(now, u"cape_start"_s), u"2024-01-02"_s);
    QCOMPARE(fieldOf(now, u"contract_type"_s), u"cesa"_s);
    QCOMPARE(fieldOf(now, u"analytic_code"_s), u"ANA001"_s);
    // On a day under the CAPE, the CAPE is the current contract.
    QCOMPARE(fieldOf(writeEntrepreneurCsv({e}, contracts, activities, QDate(2024, 3, 1)),
                     u"contract_type"_s),
             u"cape"_s);
}

QTEST_GUILESS_MAIN(tst_EntrepreneurCsv)
#include "tst_entrepreneurcsv.moc"
