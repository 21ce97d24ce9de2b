#include "salesfixture.h"
#include "testsupport.h"

#include "ui/format.h"
#include "ui/invoicelistpage.h"
#include "ui/invoicesmodel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/salesarea.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

// The resident memory of this process in MiB, where the system tells it (Linux), else -1.
qint64 residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

} // namespace

// The invoice list of a large store opens at once: 200 000 documents written by plain SQL (only
// the columns the list reads), then the time from showing the Sales area to the list's first
// paint, reading the store included. Printed for the docs; the bound only catches a gross
// regression. The count of the filter is read after the first paint and timed on its own.
class tst_InvoicesOpen : public QObject
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

    void listOfTwoHundredThousandOpensAtOnce()
    {
        // COOP_INVOICES_OPEN_COUNT=1000000 measures a million (about a minute to fill).
        const int kDocuments = qEnvironmentVariableIsSet("COOP_INVOICES_OPEN_COUNT")
                                   ? qEnvironmentVariableIntValue("COOP_INVOICES_OPEN_COUNT")
                                   : 200'000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = test::createStore(dir.filePath(u"large.coopdesk"_s), u"Grande coop"_s);
        QVERIFY(store);
        PeopleRepository people(*store);
        test::setUpCooperative(people);
        const QString activityId =
            test::addPerson(people, u"Eva"_s, u"Girard"_s, u"ANAE"_s).activityId;
        SalesRepository sales(*store);
        QList<Customer> customers;
        const QStringList sirens = {u"123456790"_s, u"123456808"_s, u"123456816"_s,
                                    u"123456824"_s, u"123456832"_s, u"123456840"_s};
        for (qsizetype i = 0; i < sirens.size(); ++i)
            customers << test::addCustomer(sales, activityId, u"Client %1"_s.arg(i + 1),
                                           sirens.at(i));

        QElapsedTimer fill;
        fill.start();
        {
            QSqlDatabase db = store->database();
            QVERIFY(db.transaction());
            QSqlQuery insert(db);
            QVERIFY2(insert.prepare(
                         u"INSERT INTO sales_document (id, kind, status, activity_id, customer_id, "
                         "customer_name, number, number_series, counter_key, sequence_value, date, "
                         "due_date, title, price_entry, parties, total_excluding_vat_cents, "
                         "total_vat_cents, total_including_vat_cents) "
                         "VALUES (?, 'invoice', ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), "
                         "coalesce(?, ''), ?, ?, ?, ?, 'excluding_vat', ?, ?, ?, ?)"_s),
                     qPrintable(insert.lastError().text()));
            const QDate first = businessToday().addDays(-3 * 365);
            for (int i = 0; i < kDocuments; ++i) {
                const Customer &customer = customers.at(i % customers.size());
                const bool validated = i % 10 != 0;
                // Three years of documents, whatever their number.
                const QDate date = first.addDays(qint64(i) * 3 * 365 / kDocuments);
                const qint64 ht = 10'000 + (i * 7919) % 500'000;
                insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                insert.addBindValue(validated ? u"validated"_s : u"draft"_s);
                insert.addBindValue(activityId);
                insert.addBindValue(customer.id);
                insert.addBindValue(customer.displayName());
                insert.addBindValue(validated ? u"F%1"_s.arg(i + 1, 7, 10, QChar(u'0'))
                                              : QString());
                insert.addBindValue(validated ? u"invoice"_s : QString());
                insert.addBindValue(validated ? u"%1"_s.arg(date.year()) : QString());
                insert.addBindValue(validated ? QVariant(qint64(i + 1)) : QVariant());
                insert.addBindValue(date.toString(Qt::ISODate));
                insert.addBindValue(date.addDays(30).toString(Qt::ISODate));
                insert.addBindValue(u"Prestation %1"_s.arg(i));
                insert.addBindValue(validated ? u"{}"_s : QVariant());
                insert.addBindValue(ht);
                insert.addBindValue(ht / 5);
                insert.addBindValue(ht + ht / 5);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QVERIFY(db.commit());
        } // the query and the connection's handle go before the store closes
        qInfo("filled %d documents in %lld ms", kDocuments, fill.elapsed());

        const qint64 before = residentMiB();
        ui::MainWindow window(std::move(store));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::InvoiceListPage *list = window.salesArea()->listPage();
        QSignalSpy opened(list, &ui::InvoiceListPage::opened);
        window.setCurrentArea(ui::MainWindow::Area::Sales);
        QVERIFY(opened.wait(10000));
        const qint64 ms = opened.at(0).at(0).toLongLong();
        qInfo("invoice list: first %d rows painted %lld ms after show", list->model()->rowCount(),
              ms);
        QVERIFY(list->model()->rowCount() > 0);
        QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms)));

        // The number of documents comes after the first paint; the COUNT itself, timed alone.
        QTRY_VERIFY(list->countLabel()->text().contains(ui::formatCount(kDocuments)));
        list->model()->reload();
        QElapsedTimer count;
        count.start();
        const Result<qint64> total = list->model()->totalCount();
        QVERIFY2(total, test::why(total).constData());
        QCOMPARE(*total, qint64(kDocuments));
        qInfo("COUNT of %d documents: %lld ms", kDocuments, count.elapsed());
        DocumentFilter overdue;
        overdue.state = DocumentFilter::State::Overdue;
        QElapsedTimer filtered;
        filtered.start();
        list->model()->setFilter(overdue);
        qInfo("first page of the overdue filter: %lld ms", filtered.elapsed());
        filtered.restart();
        const Result<qint64> overdueCount = list->model()->totalCount();
        QVERIFY2(overdueCount, test::why(overdueCount).constData());
        qInfo("COUNT of the overdue filter (%lld documents): %lld ms", *overdueCount,
              filtered.elapsed());
        list->model()->setFilter(DocumentFilter());

        // Sorting by another column, and scrolling down a few pages, stay quick.
        QElapsedTimer sort;
        sort.start();
        list->view()->horizontalHeader()->setSortIndicator(ui::InvoicesModel::Customer,
                                                           Qt::AscendingOrder);
        qInfo("sorted by customer in %lld ms", sort.elapsed());
        QCOMPARE(list->model()->sortColumn(), int(ui::InvoicesModel::Customer));
        QElapsedTimer scroll;
        scroll.start();
        for (int page = 0; page < 10; ++page)
            list->view()->scrollToBottom();
        qInfo("scrolled to %d rows in %lld ms", list->model()->rowCount(), scroll.elapsed());
        QVERIFY(list->model()->rowCount() < kDocuments); // only what was scrolled through
        const qint64 after = residentMiB();
        if (before >= 0)
            qInfo("resident memory: %lld MiB before the window, %lld MiB after", before, after);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(tst_InvoicesOpen)
#include "tst_invoicesopen.moc"
