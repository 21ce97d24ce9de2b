#include "core/expense.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

// Expense reports: totals per category and account, mileage priced on the year's distance in date
// order, and every problem of a report at its line and field.

namespace {

const QDate kToday(2026, 3, 31);

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

ExpenseLine receipt(int day, ExpenseCategory category, const char *ttc, const char *vat)
{
    ExpenseLine line;
    line.date = QDate(2026, 3, day);
    line.category = category;
    line.description = u"Billet Lyon–Paris"_s;
    line.amountIncludingVat = money(ttc);
    line.vat = money(vat);
    line.receiptId = u"receipt-%1"_s.arg(day);
    return line;
}

ExpenseLine trip(int day, qint64 km)
{
    ExpenseLine line;
    line.date = QDate(2026, 3, day);
    line.category = ExpenseCategory::Mileage;
    line.description = u"Rendez-vous client"_s;
    line.kilometres = km;
    line.vehicle = MileageVehicle{VehicleKind::Car, 5, false};
    line.journey = u"Lyon – Villeurbanne"_s;
    return line;
}

ExpenseReport report(QList<ExpenseLine> lines)
{
    ExpenseReport r;
    r.id = u"report-1"_s;
    r.activityId = u"activity-1"_s;
    r.entrepreneurId = u"entrepreneur-1"_s;
    r.month = QDate(2026, 3, 1);
    r.lines = std::move(lines);
    return r;
}

} // namespace

class TestExpense : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsPerCategory();
    void mileagePricedInDateOrder();
    void mileageCrossesTheFirstBand();
    void problems_data();
    void problems();
    void keysRoundTrip();
};

void TestExpense::totalsPerCategory()
{
    ExpenseReport r = report({receipt(3, ExpenseCategory::Travel, "96.00", "8.73"),
                              receipt(5, ExpenseCategory::Meals, "18.50", "1.68"),
                              receipt(9, ExpenseCategory::Travel, "12.00", "2.00"),
                              trip(10, 100)});
    QVERIFY(priceMileage(r, 0));
    const ExpenseTotals t = expenseTotals(r);
    // Mileage: 100 km × 0.636 = 63.60, no VAT.
    QCOMPARE(t.includingVat, money("190.10"));
    QCOMPARE(t.vat, money("12.41"));
    QCOMPARE(t.excludingVat, money("177.69"));
    QCOMPARE(t.kilometres, qint64(100));
    QCOMPARE(t.byCategory.size(), 3);
    QCOMPARE(t.byCategory.at(0).category, ExpenseCategory::Travel);
    QCOMPARE(t.byCategory.at(0).account, u"6251"_s);
    QCOMPARE(t.byCategory.at(0).excludingVat, money("97.27"));
    QCOMPARE(t.byCategory.at(1).category, ExpenseCategory::Mileage);
    QCOMPARE(t.byCategory.at(1).includingVat, money("63.60"));
    QCOMPARE(t.byCategory.at(2).account, u"6256"_s);
}

void TestExpense::mileagePricedInDateOrder()
{
    // Entered out of order; priced by date on the year's distance: 4 950 km already driven, then
    // 30 km on the 2nd (to 4 980) and 40 km on the 20th (across 5 000 km).
    ExpenseReport r = report({trip(20, 40), trip(2, 30)});
    QVERIFY(priceMileage(r, 4'950));
    const MileageVehicle car{VehicleKind::Car, 5, false};
    const QDate day(2026, 3, 1);
    QCOMPARE(r.lines.at(1).amountIncludingVat,
             *mileageAllowance(car, 4'980, day) - *mileageAllowance(car, 4'950, day));
    QCOMPARE(r.lines.at(0).amountIncludingVat,
             *mileageAllowance(car, 5'020, day) - *mileageAllowance(car, 4'980, day));
    QCOMPARE(r.lines.at(0).amountIncludingVat + r.lines.at(1).amountIncludingVat,
             *mileageAllowance(car, 5'020, day) - *mileageAllowance(car, 4'950, day));
}

void TestExpense::mileageCrossesTheFirstBand()
{
    // 4 990 → 5 010 km for a 5 CV: 3 173.64 → 5 010 × 0.357 + 1 395 = 3 183.57, so 9.93 €.
    ExpenseReport r = report({trip(4, 20)});
    QVERIFY(priceMileage(r, 4'990));
    QCOMPARE(r.lines.at(0).amountIncludingVat, money("9.93"));
}

void TestExpense::problems_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("forSubmission");
    QTest::addColumn<QString>("where");

    QTest::newRow("date outside the month") << u"date"_s << false << u"lines[0].date"_s;
    QTest::newRow("date after today") << u"future"_s << false << u"lines[0].date"_s;
    QTest::newRow("zero amount") << u"amount"_s << false << u"lines[0].amountIncludingVat"_s;
    QTest::newRow("VAT above the amount") << u"vat"_s << false << u"lines[0].vat"_s;
    QTest::newRow("mileage without distance") << u"km"_s << false << u"lines[1].kilometres"_s;
    QTest::newRow("mileage without journey") << u"journey"_s << false << u"lines[1].journey"_s;
    QTest::newRow("mileage with VAT") << u"mileageVat"_s << false << u"lines[1].vat"_s;
    QTest::newRow("no receipt: a draft may wait") << u"receipt"_s << false << QString();
    QTest::newRow("no receipt: submission refused") << u"receipt"_s << true << u"lines[0].receiptId"_s;
    QTest::newRow("no description at submission") << u"description"_s << true
                                                  << u"lines[0].description"_s;
    QTest::newRow("empty report at submission") << u"empty"_s << true << u"lines"_s;
    QTest::newRow("complete report submits") << QString() << true << QString();
}

void TestExpense::problems()
{
    QFETCH(QString, edit);
    QFETCH(bool, forSubmission);
    QFETCH(QString, where);
    ExpenseReport r = report({receipt(3, ExpenseCategory::Travel, "96.00", "8.73"), trip(10, 100)});
    ExpenseLine &line = r.lines[0];
    if (edit == u"date")
        line.date = QDate(2026, 4, 2);
    else if (edit == u"future") {  // April's report on 31 March: its first line is after today
        r.month = QDate(2026, 4, 1);
        line.date = QDate(2026, 4, 2);
        r.lines[1].date = QDate(2026, 4, 1);
    }
    else if (edit == u"amount")
        line.amountIncludingVat = Money();
    else if (edit == u"vat")
        line.vat = money("96.00");
    else if (edit == u"km")
        r.lines[1].kilometres = 0;
    else if (edit == u"journey")
        r.lines[1].journey.clear();
    else if (edit == u"mileageVat")
        r.lines[1].vat = money("1.00");
    else if (edit == u"receipt")
        line.receiptId.clear();
    else if (edit == u"description")
        line.description.clear();
    else if (edit == u"empty")
        r.lines.clear();
    const ValidationErrors errors = validate(r, kToday, forSubmission);
    if (where.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        return;
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().where(), where);
    QVERIFY(!errors.first().message().isEmpty());
}

void TestExpense::keysRoundTrip()
{
    for (int i = 0; i <= int(ExpenseCategory::Other); ++i) {
        const auto category = static_cast<ExpenseCategory>(i);
        QCOMPARE(expenseCategoryFromKey(expenseCategoryKey(category)).value(), category);
        QVERIFY(expenseCategoryAccount(category).startsWith(u'6'));
    }
    for (int i = 0; i <= int(ExpenseStatus::Paid); ++i) {
        const auto status = static_cast<ExpenseStatus>(i);
        QCOMPARE(expenseStatusFromKey(expenseStatusKey(status)).value(), status);
    }
    QVERIFY(!expenseCategoryFromKey(u"fuel"_s));
}

QTEST_APPLESS_MAIN(TestExpense)
#include "tst_expense.moc"
