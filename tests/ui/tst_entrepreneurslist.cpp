#include "peoplefixture.h"
#include "testsupport.h"

#include "ui/contracttimeline.h"
#include "ui/entrepreneurslistpage.h"
#include "ui/entrepreneursmodel.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/personmodels.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::EntrepreneursFilterModel;
using ui::EntrepreneursModel;

namespace {

EntrepreneurSummary summary(const QString &id, const QString &name, ContractStatus status,
                            QDate start, QDate deadline = {}, QList<AlertKind> alerts = {})
{
    EntrepreneurSummary s;
    s.id = id;
    s.displayName = name;
    s.email = id + u"@exemple.fr"_s;
    s.analyticCode = u"ANA"_s + id;
    s.activityName = u"Atelier "_s + name;
    s.status = status;
    s.contractStart = start;
    s.associateDeadline = deadline;
    s.alerts = alerts;
    return s;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QStringList ids(const QAbstractItemModel &model)
{
    return column(model, 0, EntrepreneursModel::IdRole);
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

// The count line as the page words it, in whichever language is installed.
QString countText(int shown, int total = -1)
{
    const char *context = "coop::ui::EntrepreneursListPage";
    if (total < 0)
        return QCoreApplication::translate(context, "%1 entrepreneur(s)", nullptr, shown)
            .arg(ui::formatCount(shown));
    return QCoreApplication::translate(context, "%1 of %2 entrepreneur(s)", nullptr, total)
        .arg(ui::formatCount(shown), ui::formatCount(total));
}

void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class tst_EntrepreneursList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void model_passesTheModelTester();
    void model_showsDatesInFrenchAndStatusNames();
    void proxy_sortsDatesAsDatesWithMissingOnesLast();
    void proxy_searchMatchesNameEmailCodeWithoutAccents();
    void proxy_filtersByStatusAndAlert();
    void personModels_passTheModelTester();

    void page_listsTheStoreAndCounts();
    void page_searchAsYouTypeAndFilterCombos();
    void page_enterOpensThePerson();
    void page_emptyStoreShowsTheEmptyState();

private:
    QList<EntrepreneurSummary> sample() const;
    std::unique_ptr<Store> fixtureStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QDate m_today;
};

void tst_EntrepreneursList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
}

void tst_EntrepreneursList::init()
{
    ui::applyLanguage(u"fr"_s, false);
    m_today = businessToday();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<EntrepreneurSummary> tst_EntrepreneursList::sample() const
{
    return {
        summary(u"1"_s, u"DURAND Hélène"_s, ContractStatus::Cesa, QDate(2024, 3, 1),
                QDate(2027, 3, 1), {AlertKind::TooFewInterviews}),
        summary(u"2"_s, u"ARNAUD Paul"_s, ContractStatus::Cape, QDate(2026, 1, 15), {},
                {AlertKind::CapeEndingSoon}),
        summary(u"3"_s, u"MARTIN Zoé"_s, ContractStatus::Cesa, QDate(2023, 9, 1),
                QDate(2026, 9, 1),
                {AlertKind::AssociateDeadlinePassed, AlertKind::TooFewInterviews}),
        summary(u"4"_s, u"BLANC Léo"_s, ContractStatus::Associate, QDate(2021, 2, 1)),
        summary(u"5"_s, u"COSTA Inès"_s, ContractStatus::None, QDate()),
    };
}

void tst_EntrepreneursList::model_passesTheModelTester()
{
    EntrepreneursModel model;
    EntrepreneursFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(sample(), m_today);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(EntrepreneursModel::ColumnCount));
    proxy.sort(EntrepreneursModel::ContractStart);
    proxy.setSearchText(u"a"_s);
    proxy.setStatusFilter(ContractStatus::Cesa);
    proxy.setStatusFilter(std::nullopt);
    model.setSummaries(sample().mid(1), m_today);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_EntrepreneursList::model_showsDatesInFrenchAndStatusNames()
{
    EntrepreneursModel model;
    model.setSummaries(sample(), QDate(2026, 11, 26));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    const QModelIndex start = model.index(0, EntrepreneursModel::ContractStart);
    QCOMPARE(start.data().toString(), u"01/03/2024"_s);
    QCOMPARE(start.data(EntrepreneursModel::SortRole).toDate(), QDate(2024, 3, 1));
    QCOMPARE(model.index(1, EntrepreneursModel::Status).data().toString(),
             ui::Labels::contractStatus(ContractStatus::Cape));
    QCOMPARE(model.index(3, EntrepreneursModel::Status).data().toString(),
             ui::Labels::contractStatus(ContractStatus::Associate));
    QCOMPARE(model.index(0, EntrepreneursModel::Activity).data().toString(),
             u"ANA1 — Atelier DURAND Hélène"_s);
    // Two alerts: the first one named, the other counted; both in the tooltip.
    const QModelIndex alerts = model.index(2, EntrepreneursModel::Alerts);
    QVERIFY(alerts.data().toString().endsWith(u"(+1)"_s));
    QCOMPARE(alerts.data(Qt::ToolTipRole).toString().count(u'\n'), 1);
    // The passed deadline of row 2 is drawn in red; the future one of row 0 is not.
    QVERIFY(model.index(2, EntrepreneursModel::AssociateDeadline).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, EntrepreneursModel::AssociateDeadline).data(Qt::ForegroundRole).isValid());
}

void tst_EntrepreneursList::proxy_sortsDatesAsDatesWithMissingOnesLast()
{
    EntrepreneursModel model;
    EntrepreneursFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setSummaries(sample(), m_today);

    proxy.sort(EntrepreneursModel::ContractStart, Qt::AscendingOrder);
    // 2021 < 2023 < 2024 < 2026, and the person with no contract last (as text, "01/03/2024"
    // would come before "01/09/2023").
    QCOMPARE(ids(proxy), (QStringList{u"4"_s, u"3"_s, u"1"_s, u"2"_s, u"5"_s}));
    proxy.sort(EntrepreneursModel::ContractStart, Qt::DescendingOrder);
    QCOMPARE(ids(proxy), (QStringList{u"2"_s, u"1"_s, u"3"_s, u"4"_s, u"5"_s}));

    proxy.sort(EntrepreneursModel::AssociateDeadline, Qt::AscendingOrder);
    QCOMPARE(ids(proxy).mid(0, 2), (QStringList{u"3"_s, u"1"_s}));

    proxy.sort(EntrepreneursModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, EntrepreneursModel::Name),
             (QStringList{u"ARNAUD Paul"_s, u"BLANC Léo"_s, u"COSTA Inès"_s, u"DURAND Hélène"_s,
                          u"MARTIN Zoé"_s}));
    proxy.sort(EntrepreneursModel::Alerts, Qt::DescendingOrder);
    QCOMPARE(ids(proxy).constFirst(), u"3"_s);
}

void tst_EntrepreneursList::proxy_searchMatchesNameEmailCodeWithoutAccents()
{
    EntrepreneursModel model;
    EntrepreneursFilterModel proxy;
    proxy.setSourceModel(&model);
    model.setSummaries(sample(), m_today);

    proxy.setSearchText(u"helene"_s);
    QCOMPARE(ids(proxy), QStringList{u"1"_s});
    proxy.setSearchText(u"ZOÉ"_s);
    QCOMPARE(ids(proxy), QStringList{u"3"_s});
    proxy.setSearchText(u"4@exemple"_s);
    QCOMPARE(ids(proxy), QStringList{u"4"_s});
    proxy.setSearchText(u"ana2"_s);
    QCOMPARE(ids(proxy), QStringList{u"2"_s});
    // Every word must match, each anywhere.
    proxy.setSearchText(u"atelier  costa"_s);
    QCOMPARE(ids(proxy), QStringList{u"5"_s});
    proxy.setSearchText(u"nobody"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_EntrepreneursList::proxy_filtersByStatusAndAlert()
{
    EntrepreneursModel model;
    EntrepreneursFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EntrepreneursModel::Name);
    model.setSummaries(sample(), m_today);

    proxy.setStatusFilter(ContractStatus::Cesa);
    QCOMPARE(ids(proxy), (QStringList{u"1"_s, u"3"_s}));
    EntrepreneursFilterModel::AlertFilter filter;
    filter.mode = EntrepreneursFilterModel::AlertFilter::Mode::Kind;
    filter.kind = AlertKind::AssociateDeadlinePassed;
    proxy.setAlertFilter(filter);
    QCOMPARE(ids(proxy), QStringList{u"3"_s});
    proxy.setStatusFilter(std::nullopt);
    filter.mode = EntrepreneursFilterModel::AlertFilter::Mode::AnyAlert;
    proxy.setAlertFilter(filter);
    QCOMPARE(ids(proxy), (QStringList{u"2"_s, u"1"_s, u"3"_s}));
    filter.mode = EntrepreneursFilterModel::AlertFilter::Mode::All;
    proxy.setAlertFilter(filter);
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_EntrepreneursList::personModels_passTheModelTester()
{
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

    ui::ContractEventsModel events;
    QAbstractItemModelTester eventsTester(&events, mode);
    Contract cape;
    cape.id = u"c1"_s;
    cape.type = ContractType::Cape;
    cape.start = QDate(2025, 1, 1);
    cape.capePeriods = {{QDate(2025, 1, 1), QDate(2025, 12, 31)}};
    events.setEvents(ui::ContractTimelineBuilder::build({cape}, QDate(2025, 6, 1)).events);
    QCOMPARE(events.rowCount(), 2);
    QCOMPARE(events.index(0, ui::ContractEventsModel::Date).data(ui::ContractEventsModel::SortRole)
                 .toDate(),
             QDate(2025, 1, 1));
    events.setEvents({});

    ui::InterviewsModel interviews;
    QAbstractItemModelTester interviewsTester(&interviews, mode);
    interviews.setInterviews({Interview{u"i1"_s, QDate(2025, 1, 5), InterviewKind::Reception,
                                        u"Claire"_s, u"Accueil\ndeuxième ligne"_s},
                              Interview{u"i2"_s, QDate(2025, 6, 5), InterviewKind::FollowUp,
                                        u"Claire"_s, QString()}});
    QCOMPARE(interviews.index(0, ui::InterviewsModel::Date).data().toString(), u"05/06/2025"_s);
    QCOMPARE(interviews.index(1, ui::InterviewsModel::Notes).data().toString(), u"Accueil …"_s);

    ui::AlertsModel alerts;
    QAbstractItemModelTester alertsTester(&alerts, mode);
    alerts.setAlerts({Alert{AlertKind::TooFewInterviews, u"e1"_s, {}, QDate(2025, 6, 1), u"m1"_s},
                      Alert{AlertKind::CapeEndingSoon, u"e2"_s, u"c"_s, QDate(2025, 6, 20),
                            u"m2"_s}},
                     {{u"e1"_s, u"DURAND Hélène"_s}, {u"e2"_s, u"ARNAUD Paul"_s}});
    QCOMPARE(alerts.rowCount(), 2);
    QCOMPARE(alerts.index(0, ui::AlertsModel::Entrepreneur).data().toString(), u"ARNAUD Paul"_s);
    QCOMPARE(alerts.index(0, ui::AlertsModel::DueDate).data().toString(), u"20/06/2025"_s);
    alerts.setAlerts({}, {});
}

std::unique_ptr<Store> tst_EntrepreneursList::fixtureStore()
{
    auto store = test::createStore(m_dir->filePath(u"list.coopdesk"_s));
    if (!store)
        return nullptr;
    PeopleRepository people(*store);
    const QDate today = m_today;
    // A CAPE ending in 10 days.
    const Entrepreneur paul =
        test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s, u"paul@exemple.fr"_s);
    test::addCape(people, paul, today.addMonths(-11).addDays(10), today.addDays(10));
    test::addInterviews(people, paul, {today.addMonths(-6), today.addMonths(-1)});
    // A CESA whose associate deadline has passed.
    const Entrepreneur zoe =
        test::addPerson(people, u"Zoé"_s, u"Martin"_s, u"ANA002"_s, u"zoe@exemple.fr"_s);
    test::addCesa(people, zoe, today.addYears(-3).addMonths(-2), Money::fromCents(180000));
    test::addInterviews(people, zoe, {today.addMonths(-3), today.addMonths(-2)});
    // An associate with all in order.
    const Entrepreneur leo =
        test::addPerson(people, u"Léo"_s, u"Blanc"_s, u"GRAPH3"_s, u"leo@exemple.fr"_s);
    test::addCesa(people, leo, today.addYears(-2), Money::fromCents(210000),
                  today.addYears(-1));
    test::addInterviews(people, leo, {today.addMonths(-4), today.addMonths(-1)});
    return store;
}

void tst_EntrepreneursList::page_listsTheStoreAndCounts()
{
    auto store = fixtureStore();
    QVERIFY(store);
    ui::EntrepreneursListPage page;
    QSignalSpy opened(&page, &ui::EntrepreneursListPage::opened);
    page.setStore(store.get());
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(page.openMilliseconds() >= 0);

    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(child<QLabel>(&page, u"entrepreneurCount"_s)->text(), countText(3));
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Name),
             (QStringList{u"ARNAUD Paul"_s, u"BLANC Léo"_s, u"MARTIN Zoé"_s}));
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Status),
             (QStringList{ui::Labels::contractStatus(ContractStatus::Cape),
                          ui::Labels::contractStatus(ContractStatus::Associate),
                          ui::Labels::contractStatus(ContractStatus::Cesa)}));
    QCOMPARE(page.proxy()->index(0, EntrepreneursModel::Alerts).data().toString(),
             ui::Labels::alertKind(AlertKind::CapeEndingSoon));

    // Clicking a header sorts by that column.
    QTableView *view = page.view();
    const int x = view->horizontalHeader()->sectionViewportPosition(EntrepreneursModel::ContractStart)
                  + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Name).constFirst(), u"MARTIN Zoé"_s);
}

void tst_EntrepreneursList::page_searchAsYouTypeAndFilterCombos()
{
    auto store = fixtureStore();
    QVERIFY(store);
    ui::EntrepreneursListPage page;
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto *search = child<QLineEdit>(&page, u"entrepreneurSearch"_s);
    auto *count = child<QLabel>(&page, u"entrepreneurCount"_s);
    QTest::keyClicks(search, u"zoe"_s);
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(count->text(), countText(1, 3));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(page.proxy()->rowCount(), 3);
    QTest::keyClicks(search, u"graph3"_s);
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Name), QStringList{u"BLANC Léo"_s});
    search->clear();

    selectData(child<QComboBox>(&page, u"statusFilter"_s), int(ContractStatus::Cesa));
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Name), QStringList{u"MARTIN Zoé"_s});
    selectData(child<QComboBox>(&page, u"statusFilter"_s), -1);
    selectData(child<QComboBox>(&page, u"alertFilter"_s), int(AlertKind::CapeEndingSoon));
    QCOMPARE(column(*page.proxy(), EntrepreneursModel::Name), QStringList{u"ARNAUD Paul"_s});
    selectData(child<QComboBox>(&page, u"alertFilter"_s), -2); // any alert
    QCOMPARE(page.proxy()->rowCount(), 2);
    QTest::keyClicks(search, u"personne"_s);
    QCOMPARE(page.proxy()->rowCount(), 0);
    QVERIFY(child<QLabel>(&page, u"noMatch"_s)->isVisible());
}

void tst_EntrepreneursList::page_enterOpensThePerson()
{
    auto store = fixtureStore();
    QVERIFY(store);
    ui::EntrepreneursListPage page;
    page.setStore(store.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy open(&page, &ui::EntrepreneursListPage::openRequested);

    auto *search = child<QLineEdit>(&page, u"entrepreneurSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"blanc"_s);
    // Down goes to the list, Enter opens the current row.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(page.view()->hasFocus());
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(page.model()->summaryAt(page.model()->rowOf(open.at(0).at(0).toString())).displayName,
             u"BLANC Léo"_s);
    // Enter in the search opens the only match.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
}

void tst_EntrepreneursList::page_emptyStoreShowsTheEmptyState()
{
    auto store = test::createStore(m_dir->filePath(u"empty.coopdesk"_s));
    QVERIFY(store);
    ui::EntrepreneursListPage page;
    QSignalSpy wanted(&page, &ui::EntrepreneursListPage::newRequested);
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = child<QWidget>(&page, u"entrepreneursEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!page.view()->isVisible());
    child<QAbstractButton>(&page, u"emptyNewEntrepreneurButton"_s)->click();
    QCOMPARE(wanted.count(), 1);
}

QTEST_MAIN(tst_EntrepreneursList)
#include "tst_entrepreneurslist.moc"
