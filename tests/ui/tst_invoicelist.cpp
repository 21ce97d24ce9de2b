#include "salesfixture.h"
#include "testsupport.h"

#include "ui/format.h"
#include "ui/invoicelistpage.h"
#include "ui/invoicesmodel.h"
#include "ui/language.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace coop;
using ui::InvoicesModel;
using State = DocumentFilter::State;

namespace {

// What the test wrote, to tell which rows each filter must give.
struct Written
{
    QString id;
    DocumentKind kind = DocumentKind::Invoice;
    QString customerId;
    QString customerName;
    QString title;
    QString number;
    QDate date;
    QDate dueDate;
    bool validated = false;
    Money total;
    Money paid;
    Money credited;
    Money remaining() const { return total - paid - credited; }
};

QSet<QString> idsOf(const QList<Written> &documents,
                    const std::function<bool(const Written &)> &keep)
{
    QSet<QString> ids;
    for (const Written &document : documents) {
        if (keep(document))
            ids.insert(document.id);
    }
    return ids;
}

// Every row of the model, fetching the pages as a scrolling view does.
QList<DocumentListRow> allRows(InvoicesModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<DocumentListRow> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.rowAt(row);
    return rows;
}

QSet<QString> idsOf(const QList<DocumentListRow> &rows)
{
    QSet<QString> ids;
    for (const DocumentListRow &row : rows)
        ids.insert(row.id);
    return ids;
}

// A status as the list names it, in whichever language is installed.
QString labelText(const char *source, int n = -1)
{
    return QCoreApplication::translate("coop::ui::SalesLabels", source, nullptr, n);
}

} // namespace

// The invoice list over a store of a few hundred documents written through SalesRepository:
// drafts, validated invoices, some partly or fully paid, a credit note. Filters, SQL sorting and
// the paging of the model are checked against what was written.
class tst_InvoiceList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void modelPassesTheTester();
    void fetchMoreReachesEveryRow();
    void stateFilter_data();
    void stateFilter();
    void customerPeriodAndSearchFilters();
    void sortingFollowsSql_data();
    void sortingFollowsSql();
    void creditNotesShowNegativeAmounts();
    void listPageFiltersFromItsBar();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_today;
    QList<Written> m_documents;
    QList<Customer> m_customers;
    QString m_creditedInvoice;
};

void tst_InvoiceList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoopDeskTests"_s);
    QSettings().clear();
    ui::applyLanguage(u"fr"_s, false);
    QVERIFY(m_dir.isValid());
    m_store = test::createStore(m_dir.filePath(u"sales.coopdesk"_s), u"Ventes"_s);
    QVERIFY(m_store);
    m_today = businessToday();

    PeopleRepository people(*m_store);
    test::setUpCooperative(people);
    const Entrepreneur alice = test::addPerson(people, u"Alice"_s, u"Martin"_s, u"ANAA"_s);
    const Entrepreneur bruno = test::addPerson(people, u"Bruno"_s, u"Petit"_s, u"ANAB"_s);
    SalesRepository sales(*m_store);
    sales.setToday(m_today);
    m_customers = {
        test::addCustomer(sales, alice.activityId, u"Boulangerie Lenoir"_s, u"123456790"_s),
        test::addCustomer(sales, alice.activityId, u"Cabinet Dumas"_s, u"123456808"_s, 45),
        test::addCustomer(sales, bruno.activityId, u"Garage Moreau"_s, u"123456816"_s, 0),
    };

    // 240 documents over the last 240 days; every fifth stays a draft, the others are issued in
    // date order (the numbering refuses a date going backwards) and some are paid.
    constexpr int kCount = 240;
    for (int i = 0; i < kCount; ++i) {
        const Customer &customer = m_customers.at(i % m_customers.size());
        const QDate date = m_today.addDays(i - kCount);
        QList<DocumentLine> lines = {test::line(u"Journée de conseil"_s,
                                                QString::number(i % 7 + 1),
                                                u"%1.50"_s.arg(100 + i), u"20"_s)};
        if (i % 3 == 0)
            lines << test::line(u"Livre"_s, u"2"_s, u"12.00"_s, u"5.5"_s);
        const SalesDocument draft = test::addDraft(
            sales, customer, date, u"Mission %1"_s.arg(i, 3, 10, QChar(u'0')), lines);
        Written written;
        written.id = draft.id;
        written.customerId = customer.id;
        written.customerName = customer.displayName();
        written.title = draft.title;
        written.date = date;
        written.dueDate = draft.dueDate;
        written.total = test::require(draft.totals()).totalIncludingVat;
        if (i % 5 != 0) {
            const SalesDocument issued = test::require(sales.validate(draft.id, date));
            written.validated = true;
            written.number = issued.number;
            written.dueDate = issued.dueDate;
            if (i % 5 == 2) {
                test::require(sales.recordPayment(draft.id, date.addDays(3),
                                                  Money::fromCents(1000), PaymentMode::Transfer));
                written.paid = Money::fromCents(1000);
            } else if (i % 5 == 3) {
                test::require(sales.recordPayment(draft.id, date.addDays(5), written.total,
                                                  PaymentMode::Cheque));
                written.paid = written.total;
            }
        }
        m_documents << written;
    }
    // A full credit note of an unpaid invoice: nothing is left to pay on it.
    Written &credited = m_documents[4];
    QVERIFY(credited.validated);
    SalesDocument note = test::require(sales.createCreditNote(credited.id));
    if (note.id.isEmpty())
        note = test::require(sales.saveDraft(note));
    const SalesDocument issuedNote = test::require(sales.validate(note.id, m_today));
    credited.credited = credited.total;
    m_creditedInvoice = credited.id;
    Written noteWritten;
    noteWritten.id = issuedNote.id;
    noteWritten.kind = DocumentKind::CreditNote;
    noteWritten.customerId = credited.customerId;
    noteWritten.customerName = credited.customerName;
    noteWritten.title = issuedNote.title;
    noteWritten.number = issuedNote.number;
    noteWritten.date = issuedNote.date;
    noteWritten.dueDate = issuedNote.dueDate;
    noteWritten.validated = true;
    noteWritten.total = issuedNote.totalIncludingVat;
    m_documents << noteWritten;
}

void tst_InvoiceList::cleanupTestCase()
{
    m_store.reset();
    QSettings().clear();
}

void tst_InvoiceList::modelPassesTheTester()
{
    InvoicesModel model;
    model.setPageSize(37);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 37);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 74);
    for (int column = 0; column < InvoicesModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    DocumentFilter filter;
    filter.today = m_today;
    filter.state = State::Overdue;
    model.setFilter(filter);
    allRows(model);
    filter.search = u"Boulangerie"_s;
    model.setFilter(filter);
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_InvoiceList::fetchMoreReachesEveryRow()
{
    InvoicesModel model;
    model.setPageSize(50);
    DocumentFilter filter;
    filter.today = m_today;
    model.setFilter(filter);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    int fetches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.rowCount() > before || !model.canFetchMore({}));
        ++fetches;
    }
    QCOMPARE(model.rowCount(), int(m_documents.size()));
    QCOMPARE(fetches, int(m_documents.size()) / 50);
    QCOMPARE(idsOf(allRows(model)).size(), m_documents.size()); // no row twice
    const Result<qint64> count = model.totalCount();
    QVERIFY2(count, test::why(count).constData());
    QCOMPARE(*count, qint64(m_documents.size()));
}

void tst_InvoiceList::stateFilter_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("drafts are not issued") << int(State::Draft);
    QTest::newRow("nothing paid yet") << int(State::Waiting);
    QTest::newRow("partly paid leaves something to pay") << int(State::PartlyPaid);
    QTest::newRow("paid when payments and credit notes cover the total") << int(State::Paid);
    QTest::newRow("unpaid is waiting or partly paid") << int(State::Unpaid);
    QTest::newRow("overdue is unpaid past its due date") << int(State::Overdue);
    QTest::newRow("all") << int(State::All);
}

void tst_InvoiceList::stateFilter()
{
    QFETCH(int, state);
    InvoicesModel model;
    DocumentFilter filter;
    filter.today = m_today;
    filter.kind = DocumentKind::Invoice;
    filter.state = static_cast<State>(state);
    model.setFilter(filter);
    model.setStore(m_store.get());

    const auto expected = idsOf(m_documents, [&](const Written &d) {
        if (d.kind != DocumentKind::Invoice)
            return false;
        const Money remaining = d.remaining();
        switch (filter.state) {
        case State::All:
            return true;
        case State::Draft:
            return !d.validated;
        case State::Waiting:
            return d.validated && d.paid.isZero() && remaining > Money();
        case State::PartlyPaid:
            return d.validated && !d.paid.isZero() && remaining > Money();
        case State::Paid:
            return d.validated && remaining <= Money();
        case State::Unpaid:
            return d.validated && remaining > Money();
        case State::Overdue:
            return d.validated && remaining > Money() && d.dueDate < m_today;
        }
        return false;
    });
    QVERIFY(!expected.isEmpty());
    const QList<DocumentListRow> rows = allRows(model);
    QCOMPARE(idsOf(rows), expected);
    for (const DocumentListRow &row : rows) {
        if (filter.state == State::Overdue)
            QVERIFY(row.daysLate > 0);
    }
    QCOMPARE(idsOf(rows).contains(m_creditedInvoice),
             filter.state == State::All || filter.state == State::Paid);
}

void tst_InvoiceList::customerPeriodAndSearchFilters()
{
    InvoicesModel model;
    model.setPageSize(64);
    model.setStore(m_store.get());
    DocumentFilter filter;
    filter.today = m_today;

    filter.customerId = m_customers.at(1).id;
    model.setFilter(filter);
    QCOMPARE(idsOf(allRows(model)), idsOf(m_documents, [&](const Written &d) {
                 return d.customerId == filter.customerId;
             }));

    filter.customerId.clear();
    filter.from = m_today.addDays(-100);
    filter.to = m_today.addDays(-41);
    model.setFilter(filter);
    QCOMPARE(idsOf(allRows(model)), idsOf(m_documents, [&](const Written &d) {
                 return d.date >= filter.from && d.date <= filter.to;
             }));

    filter.from = QDate();
    filter.to = QDate();
    filter.search = u"ssion 01"_s; // titles "Mission 010" to "Mission 019"
    model.setFilter(filter);
    QCOMPARE(idsOf(allRows(model)), idsOf(m_documents, [](const Written &d) {
                 return d.title.contains(u"ssion 01"_s);
             }));
    QCOMPARE(model.rowCount(), 10);

    filter.search = u"garage"_s; // a customer's name, whatever the case
    model.setFilter(filter);
    QCOMPARE(idsOf(allRows(model)), idsOf(m_documents, [](const Written &d) {
                 return d.customerName == u"Garage Moreau"_s;
             }));

    const Written &numbered = m_documents.at(57);
    QVERIFY(!numbered.number.isEmpty());
    filter.search = numbered.number;
    model.setFilter(filter);
    QVERIFY(idsOf(allRows(model)).contains(numbered.id));

    // Criteria add up.
    filter.search = u"Mission"_s;
    filter.customerId = m_customers.at(0).id;
    filter.state = State::Draft;
    model.setFilter(filter);
    QCOMPARE(idsOf(allRows(model)), idsOf(m_documents, [&](const Written &d) {
                 return d.customerId == filter.customerId && !d.validated;
             }));
}

void tst_InvoiceList::sortingFollowsSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (const int column : {int(InvoicesModel::Number), int(InvoicesModel::Date),
                             int(InvoicesModel::Customer), int(InvoicesModel::TotalIncludingVat),
                             int(InvoicesModel::Remaining), int(InvoicesModel::DueDate)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name =
                InvoicesModel().headerData(column, Qt::Horizontal).toString().toUtf8()
                + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << column << int(order);
        }
    }
}

void tst_InvoiceList::sortingFollowsSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const auto sortOrder = static_cast<Qt::SortOrder>(order);
    InvoicesModel model;
    model.setPageSize(45);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DocumentFilter filter;
    filter.today = m_today;
    model.setFilter(filter);
    model.setStore(m_store.get());
    model.sort(column, sortOrder);
    QCOMPARE(model.sortColumn(), column);
    const QList<DocumentListRow> rows = allRows(model);
    QCOMPARE(rows.size(), m_documents.size());

    // Page after page, the model's rows are the store's single query, in its order.
    const Result<QList<DocumentListRow>> direct = SalesRepository(*m_store).listDocuments(
        filter, *InvoicesModel::sortFor(column), sortOrder, 0, 100000);
    QVERIFY2(direct, test::why(direct).constData());
    QCOMPARE(direct->size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).id, direct->at(i).id);

    // And the order is the column's: each key not before the previous one (empty numbers of the
    // drafts and missing dates gathered at one end).
    const auto compare = [&](const DocumentListRow &a, const DocumentListRow &b) -> int {
        switch (column) {
        case InvoicesModel::Number:
            return 0; // checked below, number prefix by number prefix
        case InvoicesModel::Date:
            return a.date < b.date ? -1 : (a.date == b.date ? 0 : 1);
        case InvoicesModel::Customer:
            return QString::compare(a.customerName, b.customerName);
        case InvoicesModel::TotalIncludingVat:
            return a.totalIncludingVat < b.totalIncludingVat
                       ? -1
                       : (a.totalIncludingVat == b.totalIncludingVat ? 0 : 1);
        case InvoicesModel::Remaining:
            return a.remaining < b.remaining ? -1 : (a.remaining == b.remaining ? 0 : 1);
        case InvoicesModel::DueDate:
            return a.dueDate < b.dueDate ? -1 : (a.dueDate == b.dueDate ? 0 : 1);
        }
        return 0;
    };
    const auto isEmptyKey = [&](const DocumentListRow &row) {
        return (column == InvoicesModel::Number && row.number.isEmpty())
               || (column == InvoicesModel::DueDate && !row.dueDate.isValid());
    };
    int changes = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const DocumentListRow &previous = rows.at(i - 1);
        const DocumentListRow &current = rows.at(i);
        if (isEmptyKey(previous) != isEmptyKey(current)) {
            ++changes;
            continue;
        }
        if (isEmptyKey(current))
            continue;
        const int c = compare(previous, current);
        QVERIFY2(sortOrder == Qt::AscendingOrder ? c <= 0 : c >= 0,
                 qPrintable(u"rows %1 and %2 out of order: %3 / %4"_s.arg(i - 1).arg(i).arg(
                     previous.number + u' ' + previous.customerName,
                     current.number + u' ' + current.customerName)));
    }
    QVERIFY(changes <= 1);
    if (column == InvoicesModel::Number) {
        // In the order numbers were drawn: the numbers of one prefix ("2026-ANAA-") by their
        // sequence, "…-9" before "…-10", whatever comes between them.
        QHash<QString, int> last;
        for (const DocumentListRow &row : rows) {
            if (row.number.isEmpty())
                continue;
            const qsizetype cut = row.number.lastIndexOf(u'-');
            const QString prefix = row.number.left(cut);
            const int sequence = row.number.mid(cut + 1).toInt();
            if (last.contains(prefix))
                QVERIFY2(sortOrder == Qt::AscendingOrder ? last.value(prefix) < sequence
                                                         : last.value(prefix) > sequence,
                         qPrintable(row.number));
            last.insert(prefix, sequence);
        }
        QVERIFY(last.size() >= 3); // two activities' invoices and the credit notes
    }

    // The view's data follows: the column's text of the first row is that of the first SQL row.
    QCOMPARE(model.index(0, InvoicesModel::Number).data(InvoicesModel::IdRole).toString(),
             direct->constFirst().id);
}

void tst_InvoiceList::creditNotesShowNegativeAmounts()
{
    InvoicesModel model;
    DocumentFilter filter;
    filter.today = m_today;
    filter.kind = DocumentKind::CreditNote;
    model.setFilter(filter);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 1);
    const Written &note = m_documents.constLast();
    QCOMPARE(model.index(0, InvoicesModel::TotalIncludingVat).data().toString(),
             ui::formatMoney(-note.total));
    QVERIFY(model.index(0, InvoicesModel::TotalIncludingVat).data(InvoicesModel::RawRole)
                .toLongLong()
            < 0);
    QCOMPARE(model.index(0, InvoicesModel::Number).data().toString(), note.number);

    // Statuses read as the list names them.
    filter.kind = DocumentKind::Invoice;
    filter.state = State::Overdue;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const DocumentListRow &listed = model.rowAt(row);
        const char *source = listed.paymentStatus == PaymentStatus::PartlyPaid
                                 ? "Partly paid, overdue (%n d)"
                                 : "Overdue (%n d)";
        QCOMPARE(model.index(row, InvoicesModel::Status).data().toString(),
                 labelText(source, int(listed.daysLate)));
    }
    filter.state = State::Draft;
    model.setFilter(filter);
    QCOMPARE(model.index(0, InvoicesModel::Status).data().toString(), labelText("Draft"));
}

void tst_InvoiceList::listPageFiltersFromItsBar()
{
    ui::InvoiceListPage page;
    page.resize(1200, 700);
    page.setStore(m_store.get());
    QSignalSpy opened(&page, &ui::InvoiceListPage::opened);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(opened.wait(3000));
    QTRY_VERIFY(page.countLabel()->text().contains(ui::formatCount(m_documents.size())));

    // The Overdue quick filter.
    auto *overdue = page.findChild<QPushButton *>(u"overdueButton"_s);
    QVERIFY(overdue);
    overdue->click();
    QCOMPARE(page.model()->filter().state, State::Overdue);
    auto *state = page.findChild<QComboBox *>(u"stateFilter"_s);
    QCOMPARE(static_cast<State>(state->currentData().toInt()), State::Overdue);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->rowAt(row).daysLate > 0);
    overdue->click();
    QCOMPARE(page.model()->filter().state, State::All);

    // Search as you type: applied after a short pause, not at every key.
    auto *search = page.findChild<QLineEdit *>(u"invoiceSearch"_s);
    QVERIFY(search);
    QSignalSpy reloaded(page.model(), &InvoicesModel::reloaded);
    search->setFocus();
    QTest::keyClicks(search, u"Mission 12"_s);
    QCOMPARE(reloaded.count(), 0);
    QTRY_COMPARE(reloaded.count(), 1);
    QCOMPARE(page.model()->rowCount(), 10); // "Mission 120" to "Mission 129"

    // Enter on a row opens it.
    QSignalSpy open(&page, &ui::InvoiceListPage::openRequested);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(2, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), page.model()->rowAt(2).id);
}

QTEST_MAIN(tst_InvoiceList)
#include "tst_invoicelist.moc"
