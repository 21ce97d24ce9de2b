// The RFC 4180 reader and writer, on what spreadsheets and people actually produce.
#include "core/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

using Records = QList<QStringList>;

Records fieldsOf(const CsvTable &table)
{
    Records records;
    for (const CsvRecord &r : table.records)
        records.append(r.fields);
    return records;
}

QList<qsizetype> linesOf(const CsvTable &table)
{
    QList<qsizetype> lines;
    for (const CsvRecord &r : table.records)
        lines.append(r.line);
    return lines;
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void writesWhatItReads_data();
    void writesWhatItReads();
    void writerQuotesOnlyWhenNeeded();
};

void tst_Csv::reads_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<qsizetype>>("lines");

    QTest::newRow("commas, LF")
        << QByteArray("a,b\n1,2\n3,4\n") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qsizetype>{2, 3};
    QTest::newRow("semicolons, CRLF, as French spreadsheets write")
        << QByteArray("a;b\r\n1,5;2\r\n") << u";"_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1,5"_s, u"2"_s}} << QList<qsizetype>{2};
    QTest::newRow("the separator the header uses more wins")
        << QByteArray("name;note\n\"Dupont, Marie\";x\n") << u";"_s
        << QStringList{u"name"_s, u"note"_s} << Records{{u"Dupont, Marie"_s, u"x"_s}}
        << QList<qsizetype>{2};
    QTest::newRow("separators inside a quoted header do not count")
        << QByteArray("\"a;b;c\",d\n1,2\n") << u","_s << QStringList{u"a;b;c"_s, u"d"_s}
        << Records{{u"1"_s, u"2"_s}} << QList<qsizetype>{2};
    QTest::newRow("one column: comma by default") << QByteArray("a\nx\n") << u","_s
                                                  << QStringList{u"a"_s} << Records{{u"x"_s}}
                                                  << QList<qsizetype>{2};
    QTest::newRow("UTF-8 byte-order mark is not part of the first column")
        << QByteArray("\xEF\xBB\xBFnom;ville\nÉlodie;Saint-Étienne\n") << u";"_s
        << QStringList{u"nom"_s, u"ville"_s} << Records{{u"Élodie"_s, u"Saint-Étienne"_s}}
        << QList<qsizetype>{2};
    QTest::newRow("doubled quotes inside a quoted field")
        << QByteArray("a,b\n\"il a dit \"\"bonjour\"\"\",2\n") << u","_s
        << QStringList{u"a"_s, u"b"_s} << Records{{u"il a dit \"bonjour\""_s, u"2"_s}}
        << QList<qsizetype>{2};
    QTest::newRow("embedded newline: the next record's line counts it")
        << QByteArray("a,b\n\"12 rue X\nBâtiment B\",2\n3,4\n") << u","_s
        << QStringList{u"a"_s, u"b"_s}
        << Records{{u"12 rue X\nBâtiment B"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qsizetype>{2, 4};
    QTest::newRow("embedded CRLF is read as LF")
        << QByteArray("a,b\r\n\"x\r\ny\",2\r\n") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"x\ny"_s, u"2"_s}} << QList<qsizetype>{2};
    QTest::newRow("no line break at the end")
        << QByteArray("a,b\n1,2") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1"_s, u"2"_s}} << QList<qsizetype>{2};
    QTest::newRow("empty lines are skipped and still counted")
        << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n\n") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<qsizetype>{3, 5};
    QTest::newRow("empty fields, also at the end")
        << QByteArray("a;b;c\n;;\nx;;\n") << u";"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << Records{{u""_s, u""_s, u""_s}, {u"x"_s, u""_s, u""_s}} << QList<qsizetype>{2, 3};
    QTest::newRow("quoted empty field") << QByteArray("a,b\n\"\",x\n") << u","_s
                                        << QStringList{u"a"_s, u"b"_s}
                                        << Records{{u""_s, u"x"_s}} << QList<qsizetype>{2};
    QTest::newRow("a lone CR ends a record (old Mac files)")
        << QByteArray("a,b\r1,2\r") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1"_s, u"2"_s}} << QList<qsizetype>{2};
    QTest::newRow("records of different lengths are kept as they are")
        << QByteArray("a,b\n1\n1,2,3\n") << u","_s << QStringList{u"a"_s, u"b"_s}
        << Records{{u"1"_s}, {u"1"_s, u"2"_s, u"3"_s}} << QList<qsizetype>{2, 3};
    QTest::newRow("spaces are data") << QByteArray("a,b\n x , y\n") << u","_s
                                     << QStringList{u"a"_s, u"b"_s}
                                     << Records{{u" x "_s, u" y"_s}} << QList<qsizetype>{2};
    QTest::newRow("header only") << QByteArray("a;b\r\n") << u";"_s
                                 << QStringList{u"a"_s, u"b"_s} << Records{}
                                 << QList<qsizetype>{};
}

void tst_Csv::reads()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(Records, records);
    QFETCH(QList<qsizetype>, lines);

    const auto table = readCsv(data);
    QVERIFY2(table.has_value(), qPrintable(table ? QString() : table.error().toString()));
    QCOMPARE(QString(table->separator), separator);
    QCOMPARE(table->header, header);
    QCOMPARE(fieldsOf(*table), records);
    QCOMPARE(linesOf(*table), lines);
}

void tst_Csv::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("line");

    QTest::newRow("quote never closed, reported where it opened")
        << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << qsizetype(3);
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\n") << qsizetype(2);
    QTest::newRow("quote inside an unquoted field") << QByteArray("a,b\n1,2\n5\" screen,3\n")
                                                    << qsizetype(3);
    QTest::newRow("Latin-1 bytes, not UTF-8") << QByteArray("a,b\n1,2\nH\xE9l\xE8ne,3\n")
                                              << qsizetype(3);
    QTest::newRow("empty file") << QByteArray() << qsizetype(1);
    QTest::newRow("only empty lines") << QByteArray("\r\n\n") << qsizetype(1);
}

void tst_Csv::refuses()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, line);

    qsizetype errorLine = -1;
    const auto table = readCsv(data, &errorLine);
    QVERIFY(!table.has_value());
    QCOMPARE(table.error().code(), ErrorCode::ParseError);
    QCOMPARE(errorLine, line);
    QVERIFY2(table.error().where().contains(QString::number(line)),
             qPrintable(table.error().toString()));
    QVERIFY(!table.error().message().isEmpty());
}

void tst_Csv::writesWhatItReads_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<Records>("records");

    const Records awkward{
        {u"nom"_s, u"adresse"_s, u"note"_s},
        {u"Dupont; Marie"_s, u"12 rue X\nBâtiment B"_s, u"il a dit \"oui\""_s},
        {u""_s, u" espace devant"_s, u"1234,56"_s},
        {u"a,b"_s, u"\"\""_s, u"fin"_s},
    };
    QTest::newRow("semicolons with a byte-order mark") << u";"_s << true << awkward;
    QTest::newRow("commas without one") << u","_s << false << awkward;
}

void tst_Csv::writesWhatItReads()
{
    QFETCH(QString, separator);
    QFETCH(bool, byteOrderMark);
    QFETCH(Records, records);

    CsvWriter writer(separator.at(0), byteOrderMark);
    for (const QStringList &r : records)
        writer.addRecord(r);
    const QByteArray data = writer.data();
    QCOMPARE(data.startsWith("\xEF\xBB\xBF"), byteOrderMark);
    QVERIFY(data.endsWith("\r\n"));

    const auto table = readCsv(data);
    QVERIFY(table.has_value());
    QCOMPARE(QString(table->separator), separator);
    QCOMPARE(table->header, records.first());
    QCOMPARE(fieldsOf(*table), records.mid(1));
}

void tst_Csv::writerQuotesOnlyWhenNeeded()
{
    CsvWriter writer(u';', false);
    writer.addRecord({u"plain"_s, u"1234,56"_s, u"a;b"_s, u"x\"y"_s, u""_s});
    QCOMPARE(writer.data(), QByteArray("plain;1234,56;\"a;b\";\"x\"\"y\";\r\n"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
