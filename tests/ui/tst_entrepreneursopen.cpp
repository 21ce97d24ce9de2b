#include "testsupport.h"

#include "ui/entrepreneursarea.h"
#include "ui/entrepreneurslistpage.h"
#include "ui/entrepreneursmodel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include "core/storage/demo.h"
#include "core/storage/store.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

// The entrepreneurs list of a large cooperative (2 000 people, the size of the largest CAEs)
// opens at once: the figure is the time from showing the area to the list's first paint,
// reading the store included. Printed for docs; the bound only catches a gross regression.
class tst_EntrepreneursOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
        QSettings().clear();
        ui::applyLanguage(u"fr"_s, false);
    }

    void listOfTwoThousandOpensAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = test::createStore(dir.filePath(u"large.coopdesk"_s), u"Grande coop"_s);
        QVERIFY(store);
        DemoOptions options;
        options.entrepreneurs = 2000;
        options.years = 3;
        options.seed = 7;
        options.invoicesPerActivityPerYear = 0; // the entrepreneurs list only
        const Result<DemoReport> demo = generateDemo(*store, options);
        QVERIFY2(demo, test::why(demo).constData());
        QCOMPARE(demo->entrepreneurs, 2000);

        ui::MainWindow window(std::move(store));
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::EntrepreneursListPage *list = window.entrepreneursArea()->listPage();
        QSignalSpy opened(list, &ui::EntrepreneursListPage::opened);
        window.setCurrentArea(ui::MainWindow::Area::Entrepreneurs);
        QVERIFY(opened.wait(5000));
        const qint64 ms = opened.at(0).at(0).toLongLong();
        qInfo("entrepreneurs list: %d entrepreneurs, first paint %lld ms after show",
              list->model()->rowCount(), ms);
        QCOMPARE(list->model()->rowCount(), 2000);
        QVERIFY2(ms < 1500, qPrintable(u"%1 ms"_s.arg(ms)));

        // Search as you type stays immediate on 2 000 rows.
        QElapsedTimer timer;
        timer.start();
        list->proxy()->setSearchText(u"mar"_s);
        list->proxy()->setSearchText(u"mart"_s);
        qInfo("two search keystrokes: %lld ms", timer.elapsed());
        QVERIFY(list->proxy()->rowCount() < 2000);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(tst_EntrepreneursOpen)
#include "tst_entrepreneursopen.moc"
