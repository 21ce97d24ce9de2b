#include "peoplefixture.h"
#include "testsupport.h"

#include "ui/contractdialog.h"
#include "ui/cooperativedialog.h"
#include "ui/entrepreneurdialog.h"
#include "ui/format.h"
#include "ui/interviewdialog.h"
#include "ui/language.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::ContractDialog;
using ui::FormDialog;

namespace {

// QTest::keyClicks only knows ASCII: other characters are sent as the text of a key event.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template<typename T>
T *field(FormDialog &dialog, const QString &key)
{
    auto *found = qobject_cast<T *>(dialog.field(key));
    if (!found)
        qFatal("no field %s of that type", qPrintable(key));
    return found;
}

void typeInto(FormDialog &dialog, const QString &key, const QString &text)
{
    auto *edit = field<QLineEdit>(dialog, key);
    edit->setFocus();
    edit->selectAll();
    type(edit, text);
}

// The error line under a field, as the person sees it.
QLabel *errorLine(FormDialog &dialog, const QString &key)
{
    auto *label = dialog.findChild<QLabel *>(key + u"Error"_s);
    if (!label)
        qFatal("no error line for %s", qPrintable(key));
    return label;
}

} // namespace

class tst_EntrepreneurForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void entrepreneur_badNirIsShownAtTheNirField();
    void entrepreneur_fieldIsCheckedWhenLeft();
    void entrepreneur_createsThePersonAndTheirActivity();
    void entrepreneur_duplicateAnalyticCodeAtItsField();
    void entrepreneur_versionConflictAtTheTopOfTheForm();
    void cape_thirteenMonthsIsShownAtTheEndField();
    void cape_thirdRenewalIsRefusedAtTheEndField();
    void cesa_acceptsFrenchAmountsAndRefusesBadOnes();
    void amendment_errorsAtTheNewTermsFields();
    void escapeCancelsAndSavesNothing();
    void interview_futureDateAtTheDateField();
    void cooperative_identifiersCheckedAtTheirFieldsOnTheirTab();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
};

void tst_EntrepreneurForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
}

void tst_EntrepreneurForms::init()
{
    ui::applyLanguage(u"fr"_s, false);
    m_today = businessToday();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::createStore(m_dir->filePath(u"forms.coopdesk"_s));
    QVERIFY(m_store);
}

void tst_EntrepreneurForms::entrepreneur_badNirIsShownAtTheNirField()
{
    ui::EntrepreneurDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, u"firstName"_s, u"Hélène"_s);
    typeInto(dialog, u"lastName"_s, u"Durand"_s);
    // The right NIR ends in 92.
    typeInto(dialog, u"nir"_s, u"2 92 01 69 123 045 93"_s);
    typeInto(dialog, u"activity.name"_s, u"Atelier Durand"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(field<QLineEdit>(dialog, u"activity.name"_s), Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    // Every error at once, each at its field: the NIR's key, and the missing birth date.
    QCOMPARE(dialog.fieldsInError(), (QStringList{u"birthDate"_s, u"nir"_s}));
    QVERIFY(errorLine(dialog, u"nir"_s)->isVisible());
    QVERIFY(!dialog.errorAt(u"nir"_s).isEmpty());
    QCOMPARE(dialog.field(u"nir"_s)->accessibleDescription(), dialog.errorAt(u"nir"_s));
    QVERIFY(!errorLine(dialog, u"firstName"_s)->isVisible());
    QVERIFY(dialog.formError().isEmpty());
    // The focus goes to the first field in error, and no other window opened.
    QCOMPARE(QApplication::focusWidget(), dialog.field(u"birthDate"_s));
    const QWidgetList windows = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(windows.cbegin(), windows.cend(),
                           [](const QWidget *w) { return w->isVisible(); }),
             1);

    // Fixing the field clears its error as the person types.
    auto *nir = field<QLineEdit>(dialog, u"nir"_s);
    nir->setFocus();
    QTest::keyClick(nir, Qt::Key_Backspace);
    type(nir, u"2"_s);
    QVERIFY(dialog.errorAt(u"nir"_s).isEmpty());
    ui::setDateOf(field<QDateEdit>(dialog, u"birthDate"_s), QDate(1992, 1, 15));
    QVERIFY(dialog.fieldsInError().isEmpty());
}

void tst_EntrepreneurForms::entrepreneur_fieldIsCheckedWhenLeft()
{
    ui::EntrepreneurDialog dialog(*m_store);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Tabbing through an empty field says nothing.
    field<QLineEdit>(dialog, u"firstName"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(dialog.errorAt(u"firstName"_s).isEmpty());

    typeInto(dialog, u"email"_s, u"helene.durand@"_s);
    QVERIFY(dialog.errorAt(u"email"_s).isEmpty()); // not while typing
    QTest::keyClick(field<QLineEdit>(dialog, u"email"_s), Qt::Key_Tab);
    QVERIFY(!dialog.errorAt(u"email"_s).isEmpty());
    // Other fields are not judged before the person reaches them or presses OK.
    QVERIFY(dialog.errorAt(u"lastName"_s).isEmpty());
    type(field<QLineEdit>(dialog, u"email"_s), u"exemple.fr"_s);
    QVERIFY(dialog.errorAt(u"email"_s).isEmpty());
}

void tst_EntrepreneurForms::entrepreneur_createsThePersonAndTheirActivity()
{
    ui::EntrepreneurDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog, u"firstName"_s, u"Hélène"_s);
    typeInto(dialog, u"lastName"_s, u"Durand"_s);
    ui::setDateOf(field<QDateEdit>(dialog, u"birthDate"_s), QDate(1992, 1, 15));
    typeInto(dialog, u"nir"_s, u"2 92 01 69 123 045 92"_s);
    typeInto(dialog, u"email"_s, u"helene.durand@exemple.fr"_s);
    typeInto(dialog, u"address.postcode"_s, u"69003"_s);
    typeInto(dialog, u"address.city"_s, u"Lyon"_s);
    typeInto(dialog, u"referentAdviser"_s, u"Claire Martin"_s);
    // The first code of the cooperative is proposed.
    QCOMPARE(field<QLineEdit>(dialog, u"activity.analyticCode"_s)->text(), u"ANA001"_s);
    typeInto(dialog, u"activity.name"_s, u"Atelier Durand"_s);
    typeInto(dialog, u"activity.trade"_s, u"Graphisme"_s);
    QTest::keyClick(field<QLineEdit>(dialog, u"activity.trade"_s), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    PeopleRepository people(*m_store);
    const Entrepreneur saved = people.entrepreneur(dialog.entrepreneur().id).value().value();
    QCOMPARE(saved.displayName(), u"DURAND Hélène"_s);
    QCOMPARE(saved.nir, u"292016912304592"_s);
    QCOMPARE(saved.address.city, u"Lyon"_s);
    const Activity activity = people.activity(saved.activityId).value().value();
    QCOMPARE(activity.analyticCode, u"ANA001"_s);
    QCOMPARE(activity.members.size(), 1);
    QCOMPARE(activity.members.constFirst().entrepreneurId, saved.id);

    // The next person is offered the next code.
    ui::EntrepreneurDialog next(*m_store);
    QCOMPARE(field<QLineEdit>(next, u"activity.analyticCode"_s)->text(), u"ANA002"_s);
}

void tst_EntrepreneurForms::entrepreneur_duplicateAnalyticCodeAtItsField()
{
    PeopleRepository people(*m_store);
    test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    ui::EntrepreneurDialog dialog(*m_store);
    dialog.show();
    typeInto(dialog, u"firstName"_s, u"Zoé"_s);
    typeInto(dialog, u"lastName"_s, u"Martin"_s);
    ui::setDateOf(field<QDateEdit>(dialog, u"birthDate"_s), QDate(1985, 6, 1));
    typeInto(dialog, u"activity.analyticCode"_s, u"ANA001"_s);
    typeInto(dialog, u"activity.name"_s, u"Atelier Martin"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // The store's refusal is shown where it belongs, and nothing was written.
    QCOMPARE(dialog.fieldsInError(), QStringList{u"activity.analyticCode"_s});
    QCOMPARE(people.entrepreneurs().value().size(), 1);
    QCOMPARE(people.activities().value().size(), 1);
}

void tst_EntrepreneurForms::entrepreneur_versionConflictAtTheTopOfTheForm()
{
    PeopleRepository people(*m_store);
    Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    ui::EntrepreneurDialog dialog(*m_store, paul);
    dialog.show();
    // Someone else changes Paul meanwhile.
    paul.phone = u"04 72 00 00 00"_s;
    QVERIFY(people.saveEntrepreneur(paul));

    typeInto(dialog, u"email"_s, u"paul@exemple.fr"_s);
    QTest::keyClick(field<QLineEdit>(dialog, u"email"_s), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.fieldsInError().isEmpty());
    QVERIFY(!dialog.formError().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(u"formError"_s)->isVisible());
    QCOMPARE(people.entrepreneur(paul.id).value()->email, QString());
}

void tst_EntrepreneurForms::cape_thirteenMonthsIsShownAtTheEndField()
{
    PeopleRepository people(*m_store);
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    ContractDialog dialog(*m_store, ContractDialog::Mode::NewCape, paul, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *start = field<QDateEdit>(dialog, u"capePeriods[0].start"_s);
    auto *end = field<QDateEdit>(dialog, u"capePeriods[0].end"_s);
    start->setDate(QDate(2026, 1, 1));
    // The end follows the start: twelve months by default.
    QCOMPARE(end->date(), QDate(2026, 12, 31));
    end->setFocus();
    end->setDate(QDate(2027, 1, 31));

    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.fieldsInError(), QStringList{u"capePeriods[0].end"_s});
    QCOMPARE(QApplication::focusWidget(), end);
    QVERIFY(people.contracts().value().isEmpty());

    end->setDate(QDate(2026, 12, 31));
    QVERIFY(dialog.fieldsInError().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Contract> saved = people.contractsOf(paul.id).value();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().capePeriods,
             (QList<CapePeriod>{{QDate(2026, 1, 1), QDate(2026, 12, 31)}}));
}

void tst_EntrepreneurForms::cape_thirdRenewalIsRefusedAtTheEndField()
{
    PeopleRepository people(*m_store);
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    Contract cape = test::addCape(people, paul, QDate(2024, 1, 1), QDate(2024, 12, 31));
    cape.capePeriods << CapePeriod{QDate(2025, 1, 1), QDate(2025, 6, 30)}
                     << CapePeriod{QDate(2025, 7, 1), QDate(2025, 12, 31)};
    cape = people.saveContract(cape).value();

    ContractDialog dialog(*m_store, ContractDialog::Mode::RenewCape, paul, {cape}, cape);
    dialog.show();
    QCOMPARE(field<QDateEdit>(dialog, u"capePeriods[3].start"_s)->date(), QDate(2026, 1, 1));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.fieldsInError(), QStringList{u"capePeriods[3].end"_s});
    QCOMPARE(people.contractsOf(paul.id).value().constFirst().capePeriods.size(), 3);
}

void tst_EntrepreneurForms::cesa_acceptsFrenchAmountsAndRefusesBadOnes()
{
    PeopleRepository people(*m_store);
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    const Contract cape = test::addCape(people, paul, QDate(2025, 3, 1), QDate(2026, 2, 28));
    ContractDialog dialog(*m_store, ContractDialog::Mode::SignCesa, paul, {cape});
    dialog.show();
    // From the CAPE, the CESA starts the day after it ends.
    QCOMPARE(field<QDateEdit>(dialog, u"start"_s)->date(), QDate(2026, 3, 1));
    QVERIFY(!dialog.findChild<QCheckBox *>(u"endCape"_s)->isVisible());

    typeInto(dialog, u"terms[0].fixedMonthlyPart"_s, u"12,345"_s);
    typeInto(dialog, u"terms[0].variableRate"_s, u"cinquante"_s);
    dialog.accept();
    QCOMPARE(dialog.fieldsInError(),
             (QStringList{u"terms[0].fixedMonthlyPart"_s, u"terms[0].variableRate"_s}));
    QVERIFY(dialog.errorAt(u"terms[0].fixedMonthlyPart"_s)
                .contains(ui::formatAmount(Money::fromCents(123456))));

    typeInto(dialog, u"terms[0].fixedMonthlyPart"_s, u"1 234,56"_s);
    typeInto(dialog, u"terms[0].variableRate"_s, u"50"_s);
    QVERIFY(dialog.fieldsInError().isEmpty());
    QTest::keyClick(field<QLineEdit>(dialog, u"terms[0].variableRate"_s), Qt::Key_Enter);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Contract cesa = dialog.contract();
    QCOMPARE(cesa.type, ContractType::Cesa);
    QCOMPARE(cesa.terms.constFirst().fixedMonthlyPart, Money::fromCents(123456));
    QCOMPARE(cesa.terms.constFirst().variableRate, Rate::fromPercent(u"50").value());
    QCOMPARE(cesa.terms.constFirst().monthlyHours, Quantity::parse(u"151.67").value());
    QCOMPARE(cesa.terms.constFirst().effectiveFrom, QDate(2026, 3, 1));
    QCOMPARE(people.contractsOf(paul.id).value().size(), 2);
}

void tst_EntrepreneurForms::amendment_errorsAtTheNewTermsFields()
{
    PeopleRepository people(*m_store);
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    const Contract cesa = test::addCesa(people, paul, QDate(2025, 1, 1), Money::fromCents(150000));
    ContractDialog dialog(*m_store, ContractDialog::Mode::Amendment, paul, {cesa}, cesa);
    dialog.show();
    // Prefilled with the terms in force.
    QCOMPARE(field<QLineEdit>(dialog, u"terms[1].fixedMonthlyPart"_s)->text(),
             ui::formatAmount(Money::fromCents(150000)));
    // Before the CESA's own start: refused at the amendment's date.
    field<QDateEdit>(dialog, u"terms[1].effectiveFrom"_s)->setDate(QDate(2024, 6, 1));
    typeInto(dialog, u"terms[1].fixedMonthlyPart"_s, u"1 800"_s);
    dialog.accept();
    QCOMPARE(dialog.fieldsInError(), QStringList{u"terms[1].effectiveFrom"_s});

    field<QDateEdit>(dialog, u"terms[1].effectiveFrom"_s)->setDate(QDate(2026, 1, 1));
    typeInto(dialog, u"terms[1].note"_s, u"Plus d'heures"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Contract saved = people.contractsOf(paul.id).value().constFirst();
    QCOMPARE(saved.terms.size(), 2);
    QCOMPARE(saved.terms.at(1).fixedMonthlyPart, Money::fromCents(180000));
    QCOMPARE(saved.terms.at(1).note, u"Plus d'heures"_s);
}

void tst_EntrepreneurForms::escapeCancelsAndSavesNothing()
{
    ui::EntrepreneurDialog dialog(*m_store);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeInto(dialog, u"firstName"_s, u"Hélène"_s);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(field<QLineEdit>(dialog, u"firstName"_s), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(PeopleRepository(*m_store).entrepreneurs().value().isEmpty());
}

void tst_EntrepreneurForms::interview_futureDateAtTheDateField()
{
    PeopleRepository people(*m_store);
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    ui::InterviewDialog dialog(*m_store, paul);
    dialog.show();
    field<QDateEdit>(dialog, u"interviews[0].date"_s)->setDate(m_today.addDays(3));
    QVERIFY(!dialog.errorAt(u"interviews[0].date"_s).isEmpty()); // checked as soon as changed
    dialog.accept();
    QVERIFY(dialog.isVisible());
    field<QDateEdit>(dialog, u"interviews[0].date"_s)->setDate(m_today);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(people.entrepreneur(paul.id).value()->interviews.size(), 1);
}

void tst_EntrepreneurForms::cooperative_identifiersCheckedAtTheirFieldsOnTheirTab()
{
    ui::CooperativeDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"cooperativeTabs"_s);
    typeInto(dialog, u"name"_s, u"Coopérative Horizon"_s);
    typeInto(dialog, u"siren"_s, u"123 456 789"_s); // wrong Luhn key
    typeInto(dialog, u"iban"_s, u"FR76 3000 6000 0112 3456 7890 188"_s); // wrong check digits
    dialog.accept();
    QVERIFY(dialog.fieldsInError().contains(u"siren"_s));
    QVERIFY(dialog.fieldsInError().contains(u"iban"_s));
    QCOMPARE(tabs->currentIndex(), 0);

    // The SIREN put right, the VAT number follows from it.
    typeInto(dialog, u"siren"_s, u"123 456 782"_s);
    QTest::keyClick(field<QLineEdit>(dialog, u"siren"_s), Qt::Key_Tab);
    QCOMPARE(field<QLineEdit>(dialog, u"vatNumber"_s)->text(), u"FR11123456782"_s);
    typeInto(dialog, u"siret"_s, u"123 456 782 10001"_s);
    typeInto(dialog, u"iban"_s, u"FR76 3000 6000 0112 3456 7890 189"_s);
    typeInto(dialog, u"capital"_s, u"12 500"_s);
    typeInto(dialog, u"address.line1"_s, u"3 rue de la République"_s);
    typeInto(dialog, u"address.postcode"_s, u"69001"_s);
    typeInto(dialog, u"address.city"_s, u"Lyon"_s);
    typeInto(dialog, u"rcsCity"_s, u"RCS Lyon"_s);
    // A bad rate on the second tab: OK brings that tab forward, at the field.
    typeInto(dialog, u"atMpRate"_s, u"deux"_s);
    tabs->setCurrentIndex(0);
    dialog.accept();
    QCOMPARE(dialog.fieldsInError(), QStringList{u"atMpRate"_s});
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), dialog.field(u"atMpRate"_s));

    typeInto(dialog, u"atMpRate"_s, u"2,08"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CooperativeSettings saved = PeopleRepository(*m_store).cooperative().value();
    QCOMPARE(saved.siren, u"123456782"_s);
    QCOMPARE(saved.siret, u"12345678210001"_s);
    QCOMPARE(saved.iban, u"FR7630006000011234567890189"_s);
    QCOMPARE(saved.capital, Money::fromCents(1250000));
    QCOMPARE(saved.atMpRate, Rate::fromPercent(u"2.08").value());
}

QTEST_MAIN(tst_EntrepreneurForms)
#include "tst_entrepreneurforms.moc"
