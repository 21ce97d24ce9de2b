#include "peoplefixture.h"
#include "testsupport.h"

#include "ui/alertspage.h"
#include "ui/entrepreneurpage.h"
#include "ui/entrepreneursarea.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/personmodels.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::AlertsModel;

namespace {

struct Row
{
    AlertKind kind;
    QString name;
    QDate due;
};

QList<Row> rows(const QAbstractItemModel &model)
{
    QList<Row> list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list.append(Row{static_cast<AlertKind>(
                            model.index(row, AlertsModel::Kind).data(AlertsModel::KindRole).toInt()),
                        model.index(row, AlertsModel::Entrepreneur).data().toString(),
                        model.index(row, AlertsModel::DueDate).data(AlertsModel::SortRole).toDate()});
    }
    return list;
}

} // namespace

class tst_AlertsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void listsTheExpectedAlertsByKind();
    void filtersByKindAndChangesWithTheDate();
    void doubleClickOpensThePerson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
    QDate m_capeEnd;
    QDate m_zoeDeadline;
};

void tst_AlertsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
}

void tst_AlertsPage::init()
{
    ui::applyLanguage(u"fr"_s, false);
    m_today = businessToday();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::createStore(m_dir->filePath(u"alerts.coopdesk"_s));
    QVERIFY(m_store);
    PeopleRepository people(*m_store);
    // Paul: a CAPE ending in 10 days, followed properly (two interviews).
    const Entrepreneur paul = test::addPerson(people, u"Paul"_s, u"Arnaud"_s, u"ANA001"_s);
    m_capeEnd = m_today.addDays(10);
    test::addCape(people, paul, m_capeEnd.addYears(-1).addDays(1), m_capeEnd);
    test::addInterviews(people, paul, {m_today.addMonths(-6), m_today.addMonths(-1)});
    // Zoé: a CESA for more than three years, not associate, one interview only.
    const Entrepreneur zoe = test::addPerson(people, u"Zoé"_s, u"Martin"_s, u"ANA002"_s);
    const Contract cesa = test::addCesa(people, zoe, m_today.addYears(-3).addMonths(-2),
                                        Money::fromCents(180000));
    m_zoeDeadline = associateDeadline(cesa, {});
    test::addInterviews(people, zoe, {m_today.addMonths(-2)});
    // Léo: an associate with everything in order: no alert.
    const Entrepreneur leo = test::addPerson(people, u"Léo"_s, u"Blanc"_s, u"ANA003"_s);
    test::addCesa(people, leo, m_today.addYears(-2), Money::fromCents(210000), m_today.addYears(-1));
    test::addInterviews(people, leo, {m_today.addMonths(-4), m_today.addMonths(-1)});
}

void tst_AlertsPage::listsTheExpectedAlertsByKind()
{
    ui::AlertsPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setStore(m_store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.date(), m_today);
    const QList<Row> expected = {
        {AlertKind::CapeEndingSoon, u"ARNAUD Paul"_s, m_capeEnd},
        {AlertKind::AssociateDeadlinePassed, u"MARTIN Zoé"_s, m_zoeDeadline},
        {AlertKind::TooFewInterviews, u"MARTIN Zoé"_s, m_today},
    };
    const QList<Row> shown = rows(*page.proxy());
    QCOMPARE(shown.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(shown.at(i).kind, expected.at(i).kind);
        QCOMPARE(shown.at(i).name, expected.at(i).name);
        if (expected.at(i).kind != AlertKind::TooFewInterviews)
            QCOMPARE(shown.at(i).due, expected.at(i).due);
    }
    // Grouped by kind, each named in words, and the message tells the rest.
    QCOMPARE(page.proxy()->index(0, AlertsModel::Kind).data().toString(),
             ui::Labels::alertKind(AlertKind::CapeEndingSoon));
    QVERIFY(!page.proxy()->index(0, AlertsModel::Message).data().toString().isEmpty());
    QVERIFY(!page.findChild<QLabel *>(u"noAlert"_s)->isVisible());
}

void tst_AlertsPage::filtersByKindAndChangesWithTheDate()
{
    ui::AlertsPage page;
    page.setStore(m_store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *kind = page.findChild<QComboBox *>(u"alertKindFilter"_s);
    kind->setCurrentIndex(kind->findData(int(AlertKind::TooFewInterviews)));
    QCOMPARE(page.proxy()->rowCount(), 1);
    QCOMPARE(page.proxy()->index(0, AlertsModel::Entrepreneur).data().toString(),
             u"MARTIN Zoé"_s);
    kind->setCurrentIndex(0);
    QCOMPARE(page.proxy()->rowCount(), 3);

    // Sorted by date: the earliest first.
    page.view()->sortByColumn(AlertsModel::DueDate, Qt::AscendingOrder);
    QCOMPARE(page.proxy()->index(0, AlertsModel::DueDate).data(AlertsModel::SortRole).toDate(),
             m_zoeDeadline);

    // A year back, Paul's CAPE was not ending yet.
    page.findChild<QDateEdit *>(u"alertsDate"_s)->setDate(m_today.addMonths(-6));
    const QList<Row> earlier = rows(*page.proxy());
    QVERIFY(std::none_of(earlier.cbegin(), earlier.cend(), [](const Row &row) {
        return row.kind == AlertKind::CapeEndingSoon;
    }));
}

void tst_AlertsPage::doubleClickOpensThePerson()
{
    ui::EntrepreneursArea area;
    area.setStore(m_store.get());
    area.resize(1000, 640);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.showAlerts();
    QCOMPARE(area.currentView(), ui::EntrepreneursArea::View::Alerts);
    // The tab tells how many alerts there are today.
    auto *tabs = area.findChild<QTabWidget *>(u"entrepreneursTabs"_s);
    QVERIFY(tabs->tabText(1).contains(u"3"_s));

    QTableView *view = area.alertsPage()->view();
    const QModelIndex zoe = area.alertsPage()->proxy()->index(1, AlertsModel::Entrepreneur);
    QCOMPARE(zoe.data().toString(), u"MARTIN Zoé"_s);
    const QPoint at = view->visualRect(zoe).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(area.currentView(), ui::EntrepreneursArea::View::Person);
    QCOMPARE(area.personPage()->entrepreneur().displayName(), u"MARTIN Zoé"_s);
    QCOMPARE(area.personPage()->alerts().size(), 2);

    // Back returns to the alerts.
    area.personPage()->action(ui::EntrepreneurPage::Action::Back)->trigger();
    QCOMPARE(area.currentView(), ui::EntrepreneursArea::View::Alerts);
}

QTEST_MAIN(tst_AlertsPage)
#include "tst_alertspage.moc"
