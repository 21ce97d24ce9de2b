#include "ui/format.h"
#include "ui/language.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

// How amounts, dates and numbers are written and read in the interface, in French and English.
class tst_UiFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ui::applyLanguage(u"fr"_s, false); }

    void formatMoney_data();
    void formatMoney();
    void parseMoney_data();
    void parseMoney();
    void parseMoney_english();
    void dates();
    void rates();
    void nirInGroups();
    void searchFolding();
};

namespace {
// French groups thousands with a narrow no-break space, and "€" follows a no-break space.
const QString kGroup = u"\u202f"_s;
const QString kEuro = u"\u00a0€"_s;
} // namespace

void tst_UiFormat::formatMoney_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thousands and cents") << 123456LL << u"1"_s + kGroup + u"234,56"_s + kEuro;
    QTest::newRow("zero") << 0LL << u"0,00"_s + kEuro;
    QTest::newRow("a cent") << 1LL << u"0,01"_s + kEuro;
    QTest::newRow("negative") << -250075LL << u"-2"_s + kGroup + u"500,75"_s + kEuro;
    QTest::newRow("millions") << 123456789012LL
                              << u"1"_s + kGroup + u"234"_s + kGroup + u"567"_s + kGroup
                                     + u"890,12"_s + kEuro;
}

void tst_UiFormat::formatMoney()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(ui::formatMoney(Money::fromCents(cents)), expected);
}

void tst_UiFormat::parseMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("French with a space") << u"1 234,56"_s << 123456LL;
    QTest::newRow("French with a no-break space") << u"1\u00a0234,56"_s << 123456LL;
    QTest::newRow("French as displayed, with the euro")
        << u"1"_s + kGroup + u"234,56 €"_s << 123456LL;
    QTest::newRow("a dot as decimal separator") << u"1234.56"_s << 123456LL;
    QTest::newRow("whole euros") << u"1800"_s << 180000LL;
    QTest::newRow("one decimal") << u"12,5"_s << 1250LL;
    QTest::newRow("surrounding spaces") << u"  42 "_s << 4200LL;
    QTest::newRow("a third decimal is refused, not rounded") << u"12,345"_s << -1LL;
    QTest::newRow("letters are refused") << u"12 euros"_s << -1LL;
    QTest::newRow("empty is refused") << QString() << -1LL;
}

void tst_UiFormat::parseMoney()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const Result<Money> amount = ui::parseMoney(text);
    if (cents < 0) {
        QVERIFY(!amount);
        QVERIFY2(amount.error().message().contains(u"1"_s + kGroup + u"234,56"_s),
                 qPrintable(amount.error().message()));
    } else {
        QVERIFY2(amount, qPrintable(amount ? QString() : amount.error().message()));
        QCOMPARE(amount->cents(), cents);
    }
}

void tst_UiFormat::parseMoney_english()
{
    ui::applyLanguage(u"en"_s, false);
    QCOMPARE(ui::parseMoney(u"1,234.56"_s).value().cents(), 123456);
    QCOMPARE(ui::formatMoney(Money::fromCents(123456)), u"1,234.56"_s + kEuro);
    ui::applyLanguage(u"fr"_s, false);
}

void tst_UiFormat::dates()
{
    QCOMPARE(ui::formatDate(QDate(2026, 11, 26)), u"26/11/2026"_s);
    QCOMPARE(ui::formatDate(QDate()), QString());
    QCOMPARE(ui::formatLongDate(QDate(2026, 3, 1)), u"1 mars 2026"_s);
}

void tst_UiFormat::rates()
{
    QCOMPARE(ui::formatPercent(Rate::fromPercent(u"8.5").value()), u"8,5\u00a0%"_s);
    QCOMPARE(ui::parsePercent(u"8,5 %"_s).value(), Rate::fromPercent(u"8.5").value());
    QCOMPARE(ui::parsePercent(u"0,016"_s).value(), Rate::fromPercent(u"0.016").value());
    QVERIFY(!ui::parsePercent(u"huit"_s));
    QCOMPARE(ui::formatQuantity(Quantity::parse(u"151.67").value()), u"151,67"_s);
    QCOMPARE(ui::parseQuantity(u"151,67"_s).value(), Quantity::parse(u"151.67").value());
}

void tst_UiFormat::nirInGroups()
{
    QCOMPARE(ui::formatNir(u"184057512345625"_s), u"1 84 05 75 123 456 25"_s);
    QCOMPARE(ui::formatNir(u"123"_s), u"123"_s);
    QCOMPARE(ui::formatNir(QString()), QString());
}

void tst_UiFormat::searchFolding()
{
    QCOMPARE(ui::foldedForSearch(u"Hélène LEFÈVRE-Œil"_s), u"helene lefevre-œil"_s);
}

QTEST_MAIN(tst_UiFormat)
#include "tst_uiformat.moc"
