#include "testsupport.h"

#include "ui/contractdialog.h"
#include "ui/entrepreneurdialog.h"
#include "ui/entrepreneurpage.h"
#include "ui/entrepreneursarea.h"
#include "ui/entrepreneurslistpage.h"
#include "ui/entrepreneursmodel.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/personmodels.h"
#include "ui/timelinewidget.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::ContractDialog;
using ui::EntrepreneurPage;
using ui::FormDialog;
using Kind = ui::TimelineSegment::Kind;

namespace {

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
T *field(FormDialog *dialog, const QString &key)
{
    auto *found = qobject_cast<T *>(dialog->field(key));
    if (!found)
        qFatal("no field %s of that type", qPrintable(key));
    return found;
}

void typeInto(FormDialog *dialog, const QString &key, const QString &text)
{
    auto *edit = field<QLineEdit>(dialog, key);
    edit->setFocus();
    edit->selectAll();
    type(edit, text);
}

// A date typed on the keyboard, day, month and year, as in the field's "dd/MM/yyyy".
void typeDate(FormDialog *dialog, const QString &key, QDate date)
{
    auto *edit = field<QDateEdit>(dialog, key);
    edit->setFocus();
    // Where a click on the day puts the cursor; each full section moves on to the next.
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    type(edit, date.toString(u"ddMMyyyy"_s));
    QCOMPARE(edit->date(), date);
}

// Validates the dialog as a person does: Enter in its last field.
void pressEnter(FormDialog *dialog, const QString &key)
{
    QTest::keyClick(dialog->field(key), Qt::Key_Return);
}

QList<Kind> segmentKinds(const ui::TimelineWidget *timeline)
{
    QList<Kind> kinds;
    for (const ui::TimelineSegment &segment : timeline->timeline().segments)
        kinds << segment.kind;
    return kinds;
}

QStringList eventTitles(const ui::ContractEventsModel *events)
{
    QStringList titles;
    for (int row = 0; row < events->rowCount(); ++row)
        titles << events->index(row, ui::ContractEventsModel::Event).data().toString();
    return titles;
}

// A title of the contract events, in whichever language is installed.
QString eventText(const char *source, int n = -1)
{
    return QCoreApplication::translate("coop::ui::ContractTimeline", source, nullptr, n);
}

} // namespace

class tst_EntrepreneurJourney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fromNewEntrepreneurThroughCapeAndCesaToAssociate();
    void lockCancelsOpenForms();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_EntrepreneurJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
}

void tst_EntrepreneurJourney::init()
{
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EntrepreneurJourney::cleanup()
{
    QSettings().clear();
}

void tst_EntrepreneurJourney::fromNewEntrepreneurThroughCapeAndCesaToAssociate()
{
    const QDate today = businessToday();
    auto store = test::createStore(m_dir->filePath(u"journey.coopdesk"_s), u"Coop"_s);
    QVERIFY(store);
    Store *storePtr = store.get();
    PeopleRepository people(*storePtr);

    ui::MainWindow window(std::move(store));
    window.resize(1100, 760);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentArea(ui::MainWindow::Area::Entrepreneurs);
    ui::EntrepreneursArea *area = window.entrepreneursArea();
    QVERIFY(area->isVisible());
    // An empty cooperative: the empty state invites to add someone.
    auto *empty = area->findChild<QWidget *>(u"entrepreneursEmpty"_s);
    QVERIFY(empty && empty->isVisible());

    // Ctrl+N anywhere in the area opens the form.
    area->findChild<QWidget *>(u"emptyNewEntrepreneurButton"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    ui::EntrepreneurDialog *form = area->newEntrepreneurDialog();
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    typeInto(form, u"firstName"_s, u"Hélène"_s);
    typeInto(form, u"lastName"_s, u"Durand"_s);
    ui::setDateOf(field<QDateEdit>(form, u"birthDate"_s), QDate(1992, 1, 15));
    typeInto(form, u"nir"_s, u"2 92 01 69 123 045 92"_s);
    typeInto(form, u"email"_s, u"helene.durand@exemple.fr"_s);
    typeInto(form, u"phone"_s, u"06 12 34 56 78"_s);
    typeInto(form, u"address.line1"_s, u"12 rue des Tisserands"_s);
    typeInto(form, u"address.postcode"_s, u"69003"_s);
    typeInto(form, u"address.city"_s, u"Lyon"_s);
    typeInto(form, u"referentAdviser"_s, u"Claire Martin"_s);
    typeInto(form, u"activity.name"_s, u"Atelier Durand"_s);
    typeInto(form, u"activity.trade"_s, u"Graphisme"_s);
    pressEnter(form, u"activity.trade"_s);
    QTRY_VERIFY(!area->newEntrepreneurDialog());

    // Saved, their page is open, with no contract yet.
    QCOMPARE(area->currentView(), ui::EntrepreneursArea::View::Person);
    EntrepreneurPage *page = area->personPage();
    const QString id = page->entrepreneurId();
    const Entrepreneur saved = people.entrepreneur(id).value().value();
    QCOMPARE(saved.displayName(), u"DURAND Hélène"_s);
    QCOMPARE(saved.nir, u"292016912304592"_s);
    QCOMPARE(page->findChild<QLabel *>(u"personName"_s)->text(), u"DURAND Hélène"_s);
    QCOMPARE(page->findChild<QLabel *>(u"personNir"_s)->text(), u"2 92 01 69 123 045 92"_s);
    QCOMPARE(page->status(), ContractStatus::None);
    QVERIFY(page->timeline()->timeline().isEmpty());
    QVERIFY(page->action(EntrepreneurPage::Action::NewCape)->isVisible());
    QVERIFY(!page->action(EntrepreneurPage::Action::Associate)->isVisible());

    // A CAPE that started a year ago and ends today.
    const QDate capeStart = today.addYears(-1).addDays(1);
    page->action(EntrepreneurPage::Action::NewCape)->trigger();
    FormDialog *dialog = page->openDialog();
    QVERIFY(dialog);
    typeDate(dialog, u"capePeriods[0].start"_s, capeStart);
    QCOMPARE(field<QDateEdit>(dialog, u"capePeriods[0].end"_s)->date(), today);
    QCOMPARE(field<QDateEdit>(dialog, u"signedOn"_s)->date(), capeStart);
    pressEnter(dialog, u"capePeriods[0].end"_s);
    QTRY_VERIFY(!page->openDialog());
    QCOMPARE(page->status(), ContractStatus::Cape);
    QCOMPARE(page->findChild<QLabel *>(u"personStatus"_s)->text(),
             ui::Labels::contractStatus(ContractStatus::Cape));
    QCOMPARE(segmentKinds(page->timeline()), QList<Kind>{Kind::Cape});
    QCOMPARE(page->timeline()->timeline().segments.constFirst().end, today);
    QCOMPARE(eventTitles(page->eventsModel()),
             (QStringList{eventText("CAPE start"), eventText("End of the CAPE")}));
    // It ends today: the page says so.
    QVERIFY(page->alerts().size() >= 1);
    QCOMPARE(page->alerts().constFirst().kind, AlertKind::CapeEndingSoon);
    QVERIFY(page->findChild<QLabel *>(u"personAlerts"_s)->text().contains(
        ui::Labels::alertDetails(page->alerts().constFirst(), today)));
    QList<Contract> contracts = people.contractsOf(id).value();
    QCOMPARE(contracts.size(), 1);
    QCOMPARE(contracts.constFirst().type, ContractType::Cape);
    QCOMPARE(contracts.constFirst().capePeriods, (QList<CapePeriod>{{capeStart, today}}));

    // Renewed for six months from tomorrow.
    QVERIFY(page->action(EntrepreneurPage::Action::RenewCape)->isVisible());
    page->action(EntrepreneurPage::Action::RenewCape)->trigger();
    dialog = page->openDialog();
    QVERIFY(dialog);
    QCOMPARE(field<QDateEdit>(dialog, u"capePeriods[1].start"_s)->date(), today.addDays(1));
    const QDate renewalEnd = today.addMonths(6);
    typeDate(dialog, u"capePeriods[1].end"_s, renewalEnd);
    pressEnter(dialog, u"capePeriods[1].end"_s);
    QTRY_VERIFY(!page->openDialog());
    QCOMPARE(segmentKinds(page->timeline()), (QList<Kind>{Kind::Cape, Kind::Cape}));
    QCOMPARE(eventTitles(page->eventsModel()),
             (QStringList{eventText("CAPE start"), eventText("CAPE renewal %1").arg(1),
                          eventText("End of the CAPE")}));
    QCOMPARE(people.contractsOf(id).value().constFirst().capePeriods.size(), 2);

    // The CESA: by default the day after the CAPE ends; signed early, from today, it ends the
    // CAPE the day before.
    page->action(EntrepreneurPage::Action::SignCesa)->trigger();
    dialog = page->openDialog();
    QVERIFY(dialog);
    QCOMPARE(field<QDateEdit>(dialog, u"start"_s)->date(), renewalEnd.addDays(1));
    auto *endCape = dialog->findChild<QCheckBox *>(u"endCape"_s);
    QVERIFY(!endCape->isVisible());
    typeDate(dialog, u"start"_s, today);
    QVERIFY(endCape->isVisible());
    QVERIFY(endCape->isChecked());
    QCOMPARE(field<QDateEdit>(dialog, u"signedOn"_s)->date(), today);
    typeInto(dialog, u"terms[0].fixedMonthlyPart"_s, u"1 850,50"_s);
    typeInto(dialog, u"terms[0].variableRate"_s, u"60"_s);
    QCOMPARE(field<QLineEdit>(dialog, u"terms[0].referent"_s)->text(), u"Claire Martin"_s);
    typeInto(dialog, u"terms[0].contributionScale"_s, u"STD-2026"_s);
    pressEnter(dialog, u"terms[0].contributionScale"_s);
    QTRY_VERIFY(!page->openDialog());
    QCOMPARE(page->status(), ContractStatus::Cesa);
    QCOMPARE(segmentKinds(page->timeline()), (QList<Kind>{Kind::Cape, Kind::Cesa}));
    QCOMPARE(page->timeline()->timeline().segments.at(0).end, today.addDays(-1));
    QVERIFY(!page->timeline()->timeline().segments.at(1).end.isValid());
    QCOMPARE(page->findChild<QLabel *>(u"termsFixedPart"_s)->text(),
             ui::formatMoney(Money::fromCents(185050)));

    contracts = people.contractsOf(id).value();
    QCOMPARE(contracts.size(), 2);
    const auto cape = std::find_if(contracts.cbegin(), contracts.cend(), [](const Contract &c) {
        return c.type == ContractType::Cape;
    });
    const auto cesa = std::find_if(contracts.cbegin(), contracts.cend(), [](const Contract &c) {
        return c.type == ContractType::Cesa;
    });
    QCOMPARE(cape->exitDate, today.addDays(-1));
    QCOMPARE(cape->exitReason, std::optional(ExitReason::CapeEnded));
    QCOMPARE(cesa->start, today);
    QCOMPARE(cesa->terms.constFirst().fixedMonthlyPart, Money::fromCents(185050));
    QCOMPARE(cesa->terms.constFirst().variableRate, Rate::fromPercent(u"60").value());
    // The associate deadline is the core's: three years, less the year spent under the CAPE.
    const QDate deadline = associateDeadline(*cesa, {*cape});
    QVERIFY(deadline < today.addYears(3));
    const QList<ui::TimelineMarker> &markers = page->timeline()->timeline().markers;
    QVERIFY(std::any_of(markers.cbegin(), markers.cend(), [&](const ui::TimelineMarker &m) {
        return m.kind == ui::TimelineMarker::Kind::AssociateDeadline && m.date == deadline;
    }));

    // An amendment from the first of next month.
    page->action(EntrepreneurPage::Action::Amendment)->trigger();
    dialog = page->openDialog();
    QVERIFY(dialog);
    const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    QCOMPARE(field<QDateEdit>(dialog, u"terms[1].effectiveFrom"_s)->date(), nextMonth);
    typeInto(dialog, u"terms[1].fixedMonthlyPart"_s, u"2 000"_s);
    typeInto(dialog, u"terms[1].note"_s, u"Activité en hausse"_s);
    pressEnter(dialog, u"terms[1].note"_s);
    QTRY_VERIFY(!page->openDialog());
    QVERIFY(eventTitles(page->eventsModel()).contains(eventText("Amendment %1").arg(1)));
    // Today the initial terms are still those in force.
    QCOMPARE(page->findChild<QLabel *>(u"termsFixedPart"_s)->text(),
             ui::formatMoney(Money::fromCents(185050)));

    // Associate today, with three shares.
    page->action(EntrepreneurPage::Action::Associate)->trigger();
    dialog = page->openDialog();
    QVERIFY(dialog);
    auto *shares = field<QSpinBox>(dialog, u"associateShares"_s);
    shares->setFocus();
    shares->selectAll();
    type(shares, u"3"_s);
    pressEnter(dialog, u"associateShares"_s);
    QTRY_VERIFY(!page->openDialog());
    QCOMPARE(page->status(), ContractStatus::Associate);
    QCOMPARE(segmentKinds(page->timeline()), (QList<Kind>{Kind::Cape, Kind::Associate}));
    QVERIFY(!page->action(EntrepreneurPage::Action::Associate)->isVisible());
    QVERIFY(std::none_of(page->timeline()->timeline().markers.cbegin(),
                         page->timeline()->timeline().markers.cend(),
                         [](const ui::TimelineMarker &m) {
                             return m.kind == ui::TimelineMarker::Kind::AssociateDeadline;
                         }));
    contracts = people.contractsOf(id).value();
    const auto associate = std::find_if(contracts.cbegin(), contracts.cend(),
                                        [](const Contract &c) {
                                            return c.type == ContractType::Cesa;
                                        });
    QVERIFY(associate != contracts.cend());
    QCOMPARE(associate->associateDate, today);
    QCOMPARE(associate->associateShares, 3);

    // The contract prints.
    const QString pdf = m_dir->filePath(u"cesa.pdf"_s);
    const Result<void> printed = page->printContract(pdf);
    QVERIFY2(printed, test::why(printed).constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    // Back to the list: one person, now an associate, selected.
    page->action(EntrepreneurPage::Action::Back)->trigger();
    QCOMPARE(area->currentView(), ui::EntrepreneursArea::View::List);
    ui::EntrepreneursListPage *list = area->listPage();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->summaryAt(0).status, ContractStatus::Associate);
    QCOMPARE(list->currentEntrepreneurId(), id);

    // By keyboard: Enter on the row opens the page, Alt+Left comes back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(list->view()->hasFocus());
    QTest::keyClick(list->view(), Qt::Key_Return);
    QCOMPARE(area->currentView(), ui::EntrepreneursArea::View::Person);
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(area->currentView(), ui::EntrepreneursArea::View::List);
}

void tst_EntrepreneurJourney::lockCancelsOpenForms()
{
    auto store = test::createStore(m_dir->filePath(u"lock.coopdesk"_s), u"Coop"_s);
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.show();
    window.setCurrentArea(ui::MainWindow::Area::Entrepreneurs);
    window.entrepreneursArea()->newEntrepreneurAction()->trigger();
    QPointer<ui::EntrepreneurDialog> form = window.entrepreneursArea()->newEntrepreneurDialog();
    QVERIFY(form && form->isVisible());
    std::unique_ptr<Store> taken = window.takeStore();
    QTRY_VERIFY(!form);
}

QTEST_MAIN(tst_EntrepreneurJourney)
#include "tst_entrepreneurjourney.moc"
