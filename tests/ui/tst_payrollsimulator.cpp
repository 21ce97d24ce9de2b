#include "salesfixture.h"
#include "testsupport.h"

#include "ui/format.h"
#include "ui/language.h"
#include "ui/payrollpayslip.h"
#include "ui/payrollsimulator.h"

#include "core/payroll.h"
#include "core/payrollrules.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::PayrollSimulator;
using ui::PayslipLinesModel;
using Target = PayrollSimulator::Target;

namespace {

Money money(const char *text)
{
    return test::require(Money::parse(QString::fromLatin1(text)));
}

// The text of a model cell, as shown.
QString cell(const PayslipLinesModel *model, const QString &code, int column)
{
    const int row = model->rowOf(code);
    if (row < 0)
        return {};
    return model->index(row, column).data().toString();
}

// Types `text` in a field as a person does: the field's text is selected and replaced, one key
// at a time.
void typeIn(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Pastes `text` over a field's text: one edit, as Ctrl+V does.
void pasteIn(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    edit->insert(text);
}

QString fieldText(const PayrollSimulator &simulator, const QString &key)
{
    const auto *edit = qobject_cast<QLineEdit *>(simulator.field(key));
    return edit ? edit->text() : QString();
}

} // namespace

// The salary simulator on a real store whose cooperative has the default situation
// (20 employees, AT/MP 2.08 %, no VM, mutuelle 40.00 € half paid), and two entrepreneurs under a
// CESA, one of them cadre. Figures are checked against DOMAIN.md §4 and against the engine.
class tst_PayrollSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheRuleTableOfTheDate();
    void grossGivesEveryLineAndTheEmployerCost();
    void julyTableLowersTheCost();
    void envelopeGivesTheLargestGrossThatFits();
    void envelopeInTheCliffIsExplained();
    void netTargetGivesTheGross();
    void entrepreneurFillsTheSituation();
    void situationChangesRecompute();
    void invalidInputIsShownAtItsField_data();
    void invalidInputIsShownAtItsField();
    void languageSwitchKeepsTheFigures();

private:
    PayrollSituation defaultSituation(QDate date) const;
    const PayrollRuleTable &tableFor(QDate date) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<PayrollRuleSet> m_rules;
    Entrepreneur m_cadre;
    Entrepreneur m_employee;
    std::unique_ptr<PayrollSimulator> m_simulator;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PayrollSimulator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"payroll.coopdesk"_s), u"Paie"_s);
    QVERIFY(m_store);
    m_rules = test::require(loadBuiltInPayrollRules());

    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    CooperativeSettings settings = test::require(people.cooperative());
    settings.headcount = 20;
    settings.atMpRate = test::require(Rate::fromPercent(u"2.08"));
    settings.mobilityRate = Rate();
    settings.mutuelleMonthlyAmount = money("40.00");
    settings.mutuelleEmployerShare = test::require(Rate::fromPercent(u"50"));
    const Result<void> saved = people.saveCooperative(settings);
    QVERIFY2(saved, test::why(saved).constData());

    m_employee = test::addPerson(people, u"Bruno"_s, u"Petit"_s, u"ANAB"_s);
    test::addCesa(people, m_employee, QDate(2025, 1, 1), money("2100.00"));
    m_cadre = test::addPerson(people, u"Alice"_s, u"Martin"_s, u"ANAA"_s);
    Contract cesa = test::addCesa(people, m_cadre, QDate(2025, 6, 1), money("4200.00"));
    cesa.terms[0].cadre = true;
    const Result<Contract> cadre = people.saveContract(cesa);
    QVERIFY2(cadre, test::why(cadre).constData());
}

void tst_PayrollSimulator::init()
{
    m_tester.reset();
    m_simulator = std::make_unique<PayrollSimulator>();
    m_simulator->resize(1100, 760);
    m_simulator->setStore(m_store.get());
    m_simulator->setDate(QDate(2026, 3, 15));
    m_simulator->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_simulator.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_simulator->payslipView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

const PayrollRuleTable &tst_PayrollSimulator::tableFor(QDate date) const
{
    return *test::require(m_rules->tableFor(date));
}

PayrollSituation tst_PayrollSimulator::defaultSituation(QDate date) const
{
    return PayrollSituation::defaults(tableFor(date));
}

void tst_PayrollSimulator::showsTheRuleTableOfTheDate()
{
    const QString march = m_simulator->rulesText();
    QVERIFY2(march.contains(ui::formatDate(QDate(2026, 3, 1))), qPrintable(march));
    QVERIFY2(march.contains(ui::formatDate(QDate(2026, 6, 30))), qPrintable(march));
    QVERIFY2(march.contains(ui::formatMoney(money("1823.03"))), qPrintable(march));
    QVERIFY2(march.contains(ui::formatMoney(money("4005.00"))), qPrintable(march));
    m_simulator->setDate(QDate(2026, 7, 1));
    const QString july = m_simulator->rulesText();
    QVERIFY2(july.contains(ui::formatDate(QDate(2026, 7, 1))), qPrintable(july));
    QVERIFY2(july.contains(ui::formatMoney(tableFor(QDate(2026, 7, 1)).monthlySmic())),
             qPrintable(july));
    // Before the first table: said at the date, nothing computed.
    m_simulator->setDate(QDate(2025, 1, 15));
    QVERIFY(!m_simulator->errorAt(u"date"_s).isEmpty());
}


void tst_PayrollSimulator::grossGivesEveryLineAndTheEmployerCost()
{
    // The cooperative's situation is the default one.
    QCOMPARE(m_simulator->situation(), std::optional(defaultSituation(QDate(2026, 3, 15))));
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    QVERIFY(m_simulator->payslip());

    // DOMAIN.md §4's worked example.
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), ui::formatAmount(money("3175.50")));
    QCOMPARE(fieldText(*m_simulator, u"net"_s), ui::formatAmount(money("1957.05")));
    const ui::PayslipView *view = m_simulator->payslipView();
    QCOMPARE(view->summaryText(u"employerCost"_s), ui::formatMoney(money("3175.50")));
    QCOMPARE(view->summaryText(u"employeeTotal"_s), ui::formatMoney(money("542.95")));
    QCOMPARE(view->summaryText(u"employerTotal"_s), ui::formatMoney(money("675.50")));
    QCOMPARE(view->summaryText(u"rgdu"_s), ui::formatMoney(money("429.75")));
    QCOMPARE(view->summaryText(u"netBeforeTax"_s), ui::formatMoney(money("1957.05")));
    QCOMPARE(view->summaryText(u"gross"_s), ui::formatMoney(money("2500.00")));

    // Every line of the engine is a row, then the RGDU with its coefficient, then the totals.
    const PayslipLinesModel *model = view->model();
    const Payslip expected =
        test::require(PayrollEngine(tableFor(QDate(2026, 3, 15)))
                          .compute(money("2500.00"), defaultSituation(QDate(2026, 3, 15))));
    QCOMPARE(*m_simulator->payslip(), expected);
    QCOMPARE(model->rowCount(), int(expected.lines.size()) + 2);
    QCOMPARE(cell(model, u"maladie"_s, PayslipLinesModel::Employer),
             ui::formatAmount(money("325.00")));
    QCOMPARE(cell(model, u"maladie"_s, PayslipLinesModel::Base),
             ui::formatAmount(money("2500.00")));
    QCOMPARE(cell(model, u"maladie"_s, PayslipLinesModel::EmployeeRate), QString());
    QCOMPARE(cell(model, u"vieillesse_plafonnee"_s, PayslipLinesModel::EmployeeRate),
             ui::formatPercent(test::require(Rate::fromPercent(u"6.9"))));
    for (int row = 0; row < expected.lines.size(); ++row) {
        const PayslipLine &line = expected.lines.at(row);
        QCOMPARE(model->index(row, 0).data(PayslipLinesModel::CodeRole).toString(), line.code);
        QCOMPARE(model->index(row, PayslipLinesModel::Label).data().toString(), line.label);
        QCOMPARE(model->index(row, PayslipLinesModel::Employer)
                     .data(PayslipLinesModel::RawRole)
                     .toLongLong(),
                 line.employer.cents());
        QCOMPARE(model->index(row, PayslipLinesModel::Employee)
                     .data(PayslipLinesModel::RawRole)
                     .toLongLong(),
                 line.employee.cents());
    }
    QCOMPARE(cell(model, PayslipLinesModel::kRgduCode, PayslipLinesModel::Employer),
             ui::formatAmount(-money("429.75")));
    QVERIFY(cell(model, PayslipLinesModel::kRgduCode, PayslipLinesModel::EmployerRate)
                .contains(expected.rgduCoefficient.toFractionString().replace(u'.', u',')));
    QCOMPARE(cell(model, PayslipLinesModel::kTotalCode, PayslipLinesModel::Employee),
             ui::formatAmount(money("542.95")));
    QCOMPARE(cell(model, PayslipLinesModel::kTotalCode, PayslipLinesModel::Employer),
             ui::formatAmount(money("675.50")));
    QVERIFY(m_simulator->remainderText().isEmpty());
}

void tst_PayrollSimulator::julyTableLowersTheCost()
{
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), ui::formatAmount(money("3175.50")));
    // The gross stays what was typed; the July table's larger SMIC gives a larger RGDU.
    m_simulator->setDate(QDate(2026, 7, 15));
    QCOMPARE(fieldText(*m_simulator, u"gross"_s), u"2500,00"_s);
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), ui::formatAmount(money("3145.50")));
    QCOMPARE(m_simulator->payslipView()->summaryText(u"employerCost"_s),
             ui::formatMoney(money("3145.50")));
    QCOMPARE(m_simulator->payslip()->rulesValidFrom, QDate(2026, 7, 1));
}

void tst_PayrollSimulator::envelopeGivesTheLargestGrossThatFits()
{
    typeIn(m_simulator->field(u"employerCost"_s), u"4000,00"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    const Money gross = test::require(ui::parseMoney(fieldText(*m_simulator, u"gross"_s)));
    const QDate day(2026, 3, 15);
    const PayrollEngine engine(tableFor(day));
    const PayrollSituation situation = defaultSituation(day);
    const Money cost = engine.employerCost(gross, situation);
    QVERIFY(cost <= money("4000.00"));
    QVERIFY(engine.employerCost(gross + Money::fromCents(1), situation) > money("4000.00"));
    // The envelope typed stays as typed; the remainder is said when there is one.
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), u"4000,00"_s);
    QCOMPARE(m_simulator->payslip()->employerCost, cost);
    const Money remainder = money("4000.00") - cost;
    if (remainder.isZero()) {
        QVERIFY(m_simulator->remainderText().isEmpty());
    } else {
        QVERIFY2(m_simulator->remainderText().contains(ui::formatMoney(remainder)),
                 qPrintable(m_simulator->remainderText()));
    }
    QCOMPARE(m_simulator->payslipView()->summaryText(u"employerCost"_s), ui::formatMoney(cost));
    QVERIFY(m_simulator->cliffText().isEmpty());
}

void tst_PayrollSimulator::envelopeInTheCliffIsExplained()
{
    // The last gross with an RGDU, and the cost jump at the next cent (about 109 €).
    const QDate day(2026, 3, 15);
    const PayrollEngine engine(tableFor(day));
    const PayrollSituation situation = defaultSituation(day);
    Money last = money("5480.00");
    while (test::require(engine.compute(last, situation)).rgdu.isZero())
        last -= Money::fromCents(1);
    const Money below = engine.employerCost(last, situation);
    const Money above = engine.employerCost(last + Money::fromCents(1), situation);
    QVERIFY2(above - below > money("50.00"), qPrintable((above - below).toString()));
    const Money envelope = below + money("40.00");
    QVERIFY(envelope < above);

    typeIn(m_simulator->field(u"employerCost"_s), envelope.toString().replace(u'.', u','));
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    QCOMPARE(fieldText(*m_simulator, u"gross"_s), ui::formatAmount(last));
    QVERIFY2(m_simulator->remainderText().contains(ui::formatMoney(money("40.00"))),
             qPrintable(m_simulator->remainderText()));
    const QString cliff = m_simulator->cliffText();
    QVERIFY2(!cliff.isEmpty(), "the cliff is not explained");
    QVERIFY2(cliff.contains(ui::formatMoney(above)), qPrintable(cliff));
}

void tst_PayrollSimulator::netTargetGivesTheGross()
{
    typeIn(m_simulator->field(u"net"_s), u"2000,00"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    const QDate day(2026, 3, 15);
    const Payslip expected =
        test::require(PayrollEngine(tableFor(day)).fromNet(money("2000.00"), defaultSituation(day)));
    QVERIFY(expected.netBeforeTax >= money("2000.00"));
    QCOMPARE(fieldText(*m_simulator, u"gross"_s), ui::formatAmount(expected.gross));
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), ui::formatAmount(expected.employerCost));
    QCOMPARE(fieldText(*m_simulator, u"net"_s), u"2000,00"_s);
    QCOMPARE(*m_simulator->payslip(), expected);
}

void tst_PayrollSimulator::entrepreneurFillsTheSituation()
{
    m_simulator->selectEntrepreneur(m_cadre.id);
    auto *cadre = qobject_cast<QCheckBox *>(m_simulator->field(u"cadre"_s));
    QVERIFY(cadre->isChecked());
    QCOMPARE(fieldText(*m_simulator, u"gross"_s), ui::formatAmount(money("4200.00")));
    QVERIFY(m_simulator->payslip());
    QCOMPARE(m_simulator->payslip()->gross, money("4200.00"));
    QVERIFY(m_simulator->payslip()->situation.cadre);
    QVERIFY(m_simulator->payslipView()->model()->rowOf(u"apec"_s) >= 0);

    m_simulator->selectEntrepreneur(m_employee.id);
    QVERIFY(!cadre->isChecked());
    QCOMPARE(m_simulator->payslip()->gross, money("2100.00"));
    QCOMPARE(m_simulator->payslipView()->model()->rowOf(u"apec"_s), -1);

    // "No entrepreneur": the cooperative's situation, the gross kept.
    m_simulator->selectEntrepreneur(QString());
    QCOMPARE(qobject_cast<QComboBox *>(m_simulator->field(u"entrepreneur"_s))->currentIndex(), 0);
    QCOMPARE(m_simulator->situation(), std::optional(defaultSituation(QDate(2026, 3, 15))));
}

void tst_PayrollSimulator::situationChangesRecompute()
{
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    typeIn(m_simulator->field(u"headcount"_s), u"60"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    PayrollSituation situation = defaultSituation(QDate(2026, 3, 15));
    situation.headcount = 60;
    const Payslip expected = test::require(
        PayrollEngine(tableFor(QDate(2026, 3, 15))).compute(money("2500.00"), situation));
    QCOMPARE(*m_simulator->payslip(), expected);
    QVERIFY(m_simulator->payslipView()->model()->rowOf(u"fnal_from_50"_s) >= 0);

    qobject_cast<QCheckBox *>(m_simulator->field(u"cadre"_s))->setChecked(true);
    QVERIFY(m_simulator->payslip()->situation.cadre);
}

void tst_PayrollSimulator::invalidInputIsShownAtItsField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("a gross in letters") << u"gross"_s << u"deux mille"_s;
    QTest::newRow("a negative gross") << u"gross"_s << u"-100,00"_s;
    QTest::newRow("a gross with three decimals") << u"gross"_s << u"2500,005"_s;
    QTest::newRow("a net in letters") << u"net"_s << u"abc"_s;
    QTest::newRow("an envelope below the mutuelle's cost") << u"employerCost"_s << u"5,00"_s;
    QTest::newRow("no employee") << u"headcount"_s << u"0"_s;
    QTest::newRow("a headcount in letters") << u"headcount"_s << u"vingt"_s;
    QTest::newRow("an AT/MP rate above 100 %") << u"atmp"_s << u"150"_s;
    QTest::newRow("a mobility rate in letters") << u"vm"_s << u"x"_s;
    QTest::newRow("a negative mutuelle") << u"mutuelle"_s << u"-1,00"_s;
    QTest::newRow("an employer share above 100 %") << u"mutuelleEmployerShare"_s << u"120"_s;
}

void tst_PayrollSimulator::invalidInputIsShownAtItsField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    const std::optional<Payslip> before = m_simulator->payslip();
    QVERIFY(before);
    const QString costBefore = fieldText(*m_simulator, u"employerCost"_s);

    pasteIn(m_simulator->field(field), text);
    QCOMPARE(m_simulator->fieldsInError(), QStringList{field});
    QVERIFY(!m_simulator->errorAt(field).isEmpty());
    QCOMPARE(m_simulator->field(field)->accessibleDescription(), m_simulator->errorAt(field));
    // Nothing recomputed: the payslip and the other amounts are those of before.
    QCOMPARE(m_simulator->payslip(), before);
    if (field != u"employerCost"_s)
        QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), costBefore);

    // Fixed, the message goes and the figures follow again.
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    if (field != u"gross"_s && field != u"net"_s && field != u"employerCost"_s) {
        QVERIFY(m_simulator->fieldsInError().contains(field)); // still wrong
        m_simulator->selectEntrepreneur(QString());            // the cooperative's again
    }
    typeIn(m_simulator->field(u"gross"_s), u"2500,00"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), ui::formatAmount(money("3175.50")));
}

void tst_PayrollSimulator::languageSwitchKeepsTheFigures()
{
    typeIn(m_simulator->field(u"employerCost"_s), u"4000,00"_s);
    typeIn(m_simulator->field(u"atmp"_s), u"2,5"_s);
    const std::optional<Payslip> french = m_simulator->payslip();
    QVERIFY(french);
    // "2,5" read in English would be 25: the fields are written again in the English format.
    ui::applyLanguage(u"en"_s, false);
    QTRY_COMPARE(fieldText(*m_simulator, u"atmp"_s), u"2.5"_s);
    QCOMPARE(fieldText(*m_simulator, u"employerCost"_s), u"4,000.00"_s);
    QVERIFY(m_simulator->fieldsInError().isEmpty());
    QCOMPARE(m_simulator->payslip(), french);
    ui::applyLanguage(u"fr"_s, false);
    QTRY_COMPARE(fieldText(*m_simulator, u"atmp"_s), u"2.5"_s);
    QCOMPARE(m_simulator->payslip(), french);
}

QTEST_MAIN(tst_PayrollSimulator)
#include "tst_payrollsimulator.moc"
