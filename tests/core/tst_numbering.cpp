#include "core/numbering.h"

#include <QTest>

using namespace coop;
using namespace Qt::StringLiterals;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1StringView(iso), Qt::ISODate);
}

IssuedNumber issued(qint64 sequence, const char *date, const QString &number = {})
{
    return {number.isEmpty() ? u"2026-ANA042-%1"_s.arg(sequence) : number, d(date), sequence};
}

// "gap@3 duplicate@5": the kinds and values, in the order reported.
QString summary(const QList<SeriesAnomaly> &anomalies)
{
    QStringList parts;
    for (const SeriesAnomaly &a : anomalies) {
        const QString kind = a.kind == SeriesAnomaly::Kind::Gap         ? u"gap"_s
                           : a.kind == SeriesAnomaly::Kind::Duplicate   ? u"duplicate"_s
                                                                        : u"inversion"_s;
        parts.append(kind + u'@' + QString::number(a.sequence));
    }
    return parts.join(u' ');
}

NumberTemplate parsed(const QString &text)
{
    const Result<NumberTemplate> t = NumberTemplate::parse(text);
    if (!t)
        qFatal("%s", qPrintable(t.error().toString()));
    return *t;
}

} // namespace

class tst_Numbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void scopes_data();
    void scopes();
    void counterKeys_data();
    void counterKeys();
    void refuses_data();
    void refuses();
    void nextInSeries_data();
    void nextInSeries();
    void anomalies_data();
    void anomalies();
    void anomalyMessagesNameTheNumbers();
};

void tst_Numbering::formats_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("analyticCode");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the enDI default {YYYY}-{ANA}-{SEQYEAR}")
        << u"{YYYY}-{ANA}-{SEQYEAR}"_s << d("2026-03-05") << u"ANA042"_s << 17LL
        << u"2026-ANA042-17"_s;
    QTest::newRow("{YYYY} is the four-digit year")
        << u"{YYYY}-{SEQGLOBAL}"_s << d("2026-12-31") << u"ANA042"_s << 1LL << u"2026-1"_s;
    QTest::newRow("{YY} is the year's last two digits, zero-padded")
        << u"F{YY}-{SEQYEAR}"_s << d("2009-06-01") << u"ANA042"_s << 5LL << u"F09-5"_s;
    QTest::newRow("{MM} is the two-digit month")
        << u"{YYYY}{MM}-{SEQMONTH}"_s << d("2026-03-31") << u"ANA042"_s << 7LL
        << u"202603-7"_s;
    QTest::newRow("{ANA} is the activity's analytic code")
        << u"{ANA}/{SEQGLOBAL}"_s << d("2026-03-05") << u"BOIS07"_s << 3LL << u"BOIS07/3"_s;
    QTest::newRow("{SEQGLOBAL} is the plain value")
        << u"{SEQGLOBAL}"_s << d("2026-03-05") << QString() << 123456LL << u"123456"_s;
    QTest::newRow("{SEQMONTHANA} with month and activity")
        << u"{YYYY}-{MM}-{ANA}-{SEQMONTHANA}"_s << d("2026-11-02") << u"ANA042"_s << 2LL
        << u"2026-11-ANA042-2"_s;
    QTest::newRow("padding extension {SEQYEAR:4}")
        << u"FA{YYYY}-{SEQYEAR:4}"_s << d("2026-03-05") << u"ANA042"_s << 17LL
        << u"FA2026-0017"_s;
    QTest::newRow("padding never truncates a longer value")
        << u"{SEQYEAR:2}"_s << d("2026-03-05") << u"ANA042"_s << 12345LL << u"12345"_s;
    QTest::newRow("literal letters, digits, - _ / . and spaces are kept")
        << u"Fact. N_1/{SEQGLOBAL}"_s << d("2026-03-05") << u"ANA042"_s << 8LL
        << u"Fact. N_1/8"_s;
}

void tst_Numbering::formats()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, date);
    QFETCH(QString, analyticCode);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);

    const Result<NumberTemplate> t = NumberTemplate::parse(pattern);
    QVERIFY2(t, t ? "" : qPrintable(t.error().toString()));
    QCOMPARE(t->text(), pattern);
    QCOMPARE(t->format(date, analyticCode, sequence), expected);
}

void tst_Numbering::scopes_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<SequenceScope>("scope");
    QTest::addColumn<bool>("usesAnalyticCode");
    QTest::addColumn<QString>("key"); // for 2026-03-05, ANA042

    QTest::newRow("SEQGLOBAL: one counter for ever")
        << u"{SEQGLOBAL}"_s << SequenceScope::Global << false << u"global"_s;
    QTest::newRow("SEQYEAR: one counter a year, shared by activities")
        << u"{YYYY}-{ANA}-{SEQYEAR}"_s << SequenceScope::Year << true << u"2026"_s;
    QTest::newRow("SEQMONTH: one counter a month")
        << u"{YYYY}{MM}{SEQMONTH}"_s << SequenceScope::Month << false << u"2026-03"_s;
    QTest::newRow("SEQMONTHANA: one counter a month and activity")
        << u"{SEQMONTHANA}"_s << SequenceScope::MonthAnalytic << true << u"2026-03/ANA042"_s;
}

void tst_Numbering::scopes()
{
    QFETCH(QString, pattern);
    QFETCH(SequenceScope, scope);
    QFETCH(bool, usesAnalyticCode);
    QFETCH(QString, key);

    const NumberTemplate t = parsed(pattern);
    QCOMPARE(t.scope(), scope);
    QCOMPARE(t.usesAnalyticCode(), usesAnalyticCode);
    QCOMPARE(t.counterKey(d("2026-03-05"), u"ANA042"_s), key);
}

void tst_Numbering::counterKeys_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("firstDate");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QDate>("secondDate");
    QTest::addColumn<QString>("secondCode");
    QTest::addColumn<bool>("sameCounter");

    const QString year = u"{YYYY}-{ANA}-{SEQYEAR}"_s;
    QTest::newRow("SEQYEAR: one counter from 1 January to 31 December")
        << year << d("2026-01-01") << u"ANA042"_s << d("2026-12-31") << u"ANA042"_s << true;
    QTest::newRow("SEQYEAR restarts on 1 January")
        << year << d("2025-12-31") << u"ANA042"_s << d("2026-01-01") << u"ANA042"_s << false;
    QTest::newRow("SEQYEAR is shared by every activity")
        << year << d("2026-03-05") << u"ANA042"_s << d("2026-03-05") << u"ANA043"_s << true;
    QTest::newRow("SEQGLOBAL never restarts")
        << u"{SEQGLOBAL}"_s << d("2025-12-31") << u"ANA042"_s << d("2026-01-01")
        << u"ANA043"_s << true;
    QTest::newRow("SEQMONTH restarts on the first of the month")
        << u"{SEQMONTH}"_s << d("2026-01-31") << u"ANA042"_s << d("2026-02-01") << u"ANA042"_s
        << false;
    QTest::newRow("SEQMONTH: March of another year is another counter")
        << u"{SEQMONTH}"_s << d("2025-03-10") << u"ANA042"_s << d("2026-03-10") << u"ANA042"_s
        << false;
    QTest::newRow("SEQMONTHANA differs per activity")
        << u"{SEQMONTHANA}"_s << d("2026-03-05") << u"ANA042"_s << d("2026-03-05")
        << u"ANA043"_s << false;
    QTest::newRow("SEQMONTHANA: same activity, same month, same counter")
        << u"{SEQMONTHANA}"_s << d("2026-03-01") << u"ANA042"_s << d("2026-03-31")
        << u"ANA042"_s << true;
}

void tst_Numbering::counterKeys()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, firstDate);
    QFETCH(QString, firstCode);
    QFETCH(QDate, secondDate);
    QFETCH(QString, secondCode);
    QFETCH(bool, sameCounter);

    const NumberTemplate t = parsed(pattern);
    QCOMPARE(t.counterKey(firstDate, firstCode) == t.counterKey(secondDate, secondCode),
             sameCounter);
}

void tst_Numbering::refuses_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message"); // a part of it

    QTest::newRow("unknown placeholder, named with its column")
        << u"2026-{FOO}-{SEQYEAR}"_s << u"Unknown placeholder {FOO} at column 6."_s;
    QTest::newRow("placeholders are upper case")
        << u"{yyyy}-{SEQYEAR}"_s << u"Unknown placeholder {yyyy} at column 1."_s;
    QTest::newRow("no sequence placeholder: numbers would repeat")
        << u"{YYYY}-{ANA}"_s << u"numbers would repeat"_s;
    QTest::newRow("an empty template has no sequence either") << QString()
                                                              << u"numbers would repeat"_s;
    QTest::newRow("two sequence placeholders")
        << u"{SEQYEAR}-{SEQMONTH}"_s << u"Two sequence placeholders, at columns 1 and 11"_s;
    QTest::newRow("an unclosed placeholder")
        << u"{YYYY-{SEQYEAR}"_s << u"opened at column 1 is not closed"_s;
    QTest::newRow("an unclosed placeholder at the end")
        << u"{SEQYEAR}{MM"_s << u"opened at column 10 is not closed"_s;
    QTest::newRow("a stray closing brace") << u"{SEQYEAR}}"_s << u"“}” at column 10"_s;
    QTest::newRow("a character outside the literal set")
        << u"FA#{SEQYEAR}"_s << u"“#” at column 3"_s;
    QTest::newRow("an accented letter is outside the literal set")
        << u"Facturé {SEQYEAR}"_s << u"“é” at column 7"_s;
    QTest::newRow("padding only on sequences")
        << u"{YYYY:2}{SEQYEAR}"_s << u"Only sequence placeholders take a padding width"_s;
    QTest::newRow("padding width zero") << u"{SEQYEAR:0}"_s << u"from 1 to 12"_s;
    QTest::newRow("padding width not a number") << u"{SEQYEAR:x}"_s << u"from 1 to 12"_s;
    QTest::newRow("padding width too large") << u"{SEQYEAR:13}"_s << u"from 1 to 12"_s;
}

void tst_Numbering::refuses()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);

    const Result<NumberTemplate> t = NumberTemplate::parse(pattern);
    QVERIFY(!t);
    QCOMPARE(t.error().code(), ErrorCode::ParseError);
    QVERIFY2(t.error().message().contains(message), qPrintable(t.error().message()));
}

void tst_Numbering::nextInSeries_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("the first document of a series") << QDate() << d("2026-03-05") << true;
    QTest::newRow("the same day is accepted") << d("2026-03-05") << d("2026-03-05") << true;
    QTest::newRow("a later day is accepted") << d("2026-03-05") << d("2026-03-06") << true;
    QTest::newRow("a day before the last is refused")
        << d("2026-03-05") << d("2026-03-04") << false;
    QTest::newRow("going back across 1 January is refused")
        << d("2026-01-02") << d("2025-12-31") << false;
}

void tst_Numbering::nextInSeries()
{
    QFETCH(QDate, last);
    QFETCH(QDate, next);
    QFETCH(bool, accepted);

    const Result<void> r = checkNextInSeries(last, next);
    QCOMPARE(r.has_value(), accepted);
    if (!accepted) {
        QCOMPARE(r.error().code(), ErrorCode::Constraint);
        const QString message = r.error().message();
        QVERIFY2(message.contains(last.toString(Qt::ISODate)), qPrintable(message));
        QVERIFY2(message.contains(next.toString(Qt::ISODate)), qPrintable(message));
    }
}

void tst_Numbering::anomalies_data()
{
    QTest::addColumn<QList<IssuedNumber>>("issued");
    QTest::addColumn<qint64>("firstValue");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a sound series")
        << QList{issued(1, "2026-01-02"), issued(2, "2026-01-02"), issued(3, "2026-02-10")}
        << 1LL << QString();
    QTest::newRow("a sound series given out of order")
        << QList{issued(3, "2026-02-10"), issued(1, "2026-01-02"), issued(2, "2026-01-05")}
        << 1LL << QString();
    QTest::newRow("an empty series") << QList<IssuedNumber>() << 1LL << QString();
    QTest::newRow("a gap of one value")
        << QList{issued(1, "2026-01-02"), issued(2, "2026-01-03"), issued(4, "2026-01-04")}
        << 1LL << u"gap@3"_s;
    QTest::newRow("a gap of several values is one anomaly")
        << QList{issued(1, "2026-01-02"), issued(5, "2026-01-04")} << 1LL << u"gap@2"_s;
    QTest::newRow("a series must start at its first value")
        << QList{issued(2, "2026-01-02"), issued(3, "2026-01-04")} << 1LL << u"gap@1"_s;
    QTest::newRow("a counter may start elsewhere when told")
        << QList{issued(10, "2026-01-02"), issued(11, "2026-01-04")} << 10LL << QString();
    QTest::newRow("a sequence value issued twice")
        << QList{issued(1, "2026-01-02"), issued(2, "2026-01-03"),
                 issued(2, "2026-01-03", u"2026-ANA043-2"_s), issued(3, "2026-01-04")}
        << 1LL << u"duplicate@2"_s;
    QTest::newRow("the same number text for two values")
        << QList{issued(1, "2026-01-02", u"A-1"_s), issued(2, "2026-01-03", u"A-1"_s)} << 1LL
        << u"duplicate@2"_s;
    QTest::newRow("a date inversion")
        << QList{issued(1, "2026-03-05"), issued(2, "2026-03-04")} << 1LL << u"inversion@2"_s;
    QTest::newRow("an inversion against any earlier value, not only the previous one")
        << QList{issued(1, "2026-03-10"), issued(2, "2026-03-11"), issued(3, "2026-03-12"),
                 issued(4, "2026-03-10")}
        << 1LL << u"inversion@4"_s;
    QTest::newRow("the same day is no inversion")
        << QList{issued(1, "2026-03-05"), issued(2, "2026-03-05")} << 1LL << QString();
    QTest::newRow("every kind at once, ordered by value")
        << QList{issued(1, "2026-03-05"), issued(3, "2026-03-04"), issued(3, "2026-03-06"),
                 issued(4, "2026-03-07")}
        << 1LL << u"gap@2 inversion@3 duplicate@3"_s;
}

void tst_Numbering::anomalies()
{
    QFETCH(QList<IssuedNumber>, issued);
    QFETCH(qint64, firstValue);
    QFETCH(QString, expected);

    QCOMPARE(summary(findSeriesAnomalies(issued, firstValue)), expected);
}

void tst_Numbering::anomalyMessagesNameTheNumbers()
{
    const QList<SeriesAnomaly> gap =
        findSeriesAnomalies({issued(1, "2026-01-02"), issued(5, "2026-01-04")});
    QCOMPARE(gap.size(), 1);
    QVERIFY2(gap.first().message.contains(u"2 to 4"_s), qPrintable(gap.first().message));
    QVERIFY2(gap.first().message.contains(u"2026-ANA042-5"_s), qPrintable(gap.first().message));

    const QList<SeriesAnomaly> inversion =
        findSeriesAnomalies({issued(1, "2026-03-05"), issued(2, "2026-03-04")});
    QCOMPARE(inversion.size(), 1);
    const QString message = inversion.first().message;
    for (const QString &part : {u"2026-ANA042-1"_s, u"2026-ANA042-2"_s, u"2026-03-05"_s,
                                u"2026-03-04"_s}) {
        QVERIFY2(message.contains(part), qPrintable(message));
    }
}

QTEST_APPLESS_MAIN(tst_Numbering)
#include "tst_numbering.moc"
