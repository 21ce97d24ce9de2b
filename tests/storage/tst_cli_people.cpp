// coopdesk-cli's entrepreneurs, alerts and demo commands, driven as a script drives them: exit
// codes, the JSON shapes scripts read, and the all-or-nothing import.
#include "testsupport.h"

#include "core/entrepreneurcsv.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

const QString kToday = u"2026-03-15"_s;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QByteArray rawOut;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COOPDESK_PASSPHRASE"_s);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(300000);
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Every row of every table: the store's content, whatever the WAL does to the files' bytes.
QStringList dump(const QString &path)
{
    auto store = Store::open(path, test::kPassphrase);
    if (!store)
        return {u"cannot open: "_s + store.error().toString()};
    QStringList lines;
    QSqlQuery tables((*store)->database());
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q((*store)->database());
        q.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines;
}

bool isIsoDateOrNull(const QJsonValue &value)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return value.isNull() || (value.isString() && iso.match(value.toString()).hasMatch());
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class tst_CliPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void failuresExitOne();
    void demoThenListAndAlerts();
    void demoRefusesAStoreWithPeople();
    void badCsvChangesNothingAndReportsEveryLine();
    void exportThenImportIntoAnotherStore();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    Run cli(QStringList args) { return run(m_cli, args); }
    Run onStore(const QString &store, const QStringList &args)
    {
        return cli(QStringList{u"--store"_s, store, u"--passphrase-file"_s, m_pass} + args);
    }
    QString newStore(const QString &name);

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_pass;
    QString m_demo; // a demo store shared by the read-only tests
};

QString tst_CliPeople::newStore(const QString &name)
{
    const QString path = file(name);
    const Run r = onStore(path, {u"store"_s, u"init"_s, u"--kdf"_s, u"interactive"_s});
    if (r.exitCode != 0)
        qWarning("store init: %s", qPrintable(r.err));
    return path;
}

void tst_CliPeople::initTestCase()
{
    m_cli = qEnvironmentVariable("COOP_CLI");
    QVERIFY2(QFile::exists(m_cli), "COOP_CLI must name the coopdesk-cli program");
    QFile pass(file(u"pass.txt"_s));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(test::kPassphrase.toUtf8() + '\n');
    pass.close();
    m_pass = pass.fileName();

    m_demo = newStore(u"demo.coopdesk"_s);
    const Run r = onStore(m_demo, {u"demo"_s, u"--entrepreneurs"_s, u"60"_s, u"--years"_s, u"3"_s,
                                   u"--seed"_s, u"4"_s, u"--today"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"60 entrepreneurs"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"one transaction"_s));
}

void tst_CliPeople::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList store{u"--store"_s, u"x"_s};
    QTest::newRow("entrepreneurs without action") << store + QStringList{u"entrepreneurs"_s};
    QTest::newRow("unknown entrepreneurs action")
        << store + QStringList{u"entrepreneurs"_s, u"delete"_s};
    QTest::newRow("import without FILE") << store + QStringList{u"entrepreneurs"_s, u"import"_s};
    QTest::newRow("import of two files")
        << store + QStringList{u"entrepreneurs"_s, u"import"_s, u"a.csv"_s, u"b.csv"_s};
    QTest::newRow("export without FILE") << store + QStringList{u"entrepreneurs"_s, u"export"_s};
    QTest::newRow("list with a stray word")
        << store + QStringList{u"entrepreneurs"_s, u"list"_s, u"all"_s};
    QTest::newRow("list --at in French")
        << store + QStringList{u"entrepreneurs"_s, u"list"_s, u"--at"_s, u"15/03/2026"_s};
    QTest::newRow("alerts --at a day that does not exist")
        << store + QStringList{u"alerts"_s, u"--at"_s, u"2026-02-30"_s, u"--json"_s};
    QTest::newRow("alerts with a stray word") << store + QStringList{u"alerts"_s, u"today"_s};
    QTest::newRow("--at without its date") << store + QStringList{u"alerts"_s, u"--at"_s};
    QTest::newRow("demo --entrepreneurs 0")
        << store + QStringList{u"demo"_s, u"--entrepreneurs"_s, u"0"_s};
    QTest::newRow("demo --entrepreneurs many")
        << store + QStringList{u"demo"_s, u"--entrepreneurs"_s, u"many"_s};
    QTest::newRow("demo --years 0") << store + QStringList{u"demo"_s, u"--years"_s, u"0"_s};
    QTest::newRow("demo --seed -1") << store + QStringList{u"demo"_s, u"--seed"_s, u"-1"_s};
    QTest::newRow("demo --today wrong")
        << store + QStringList{u"demo"_s, u"--today"_s, u"tomorrow"_s};
    QTest::newRow("demo with a stray word") << store + QStringList{u"demo"_s, u"now"_s};
    QTest::newRow("list without --store") << QStringList{u"entrepreneurs"_s, u"list"_s};
    QTest::newRow("--json is a flag") << store + QStringList{u"alerts"_s, u"--json=yes"_s};
}

void tst_CliPeople::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args << u"--passphrase-file"_s << m_pass);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"usage error"_s));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(u"x"_s));
}

void tst_CliPeople::failuresExitOne()
{
    // A file that is not there, a store that is not there, a wrong passphrase.
    Run r = onStore(m_demo, {u"entrepreneurs"_s, u"import"_s, file(u"missing.csv"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"missing.csv"_s));

    r = onStore(file(u"nowhere.coopdesk"_s), {u"entrepreneurs"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());

    QFile wrong(file(u"wrong.txt"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not the passphrase\n");
    wrong.close();
    r = cli({u"--store"_s, m_demo, u"--passphrase-file"_s, wrong.fileName(), u"alerts"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());

    r = onStore(m_demo, {u"entrepreneurs"_s, u"export"_s, file(u"no-such-dir/out.csv"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"out.csv"_s));
}

void tst_CliPeople::demoThenListAndAlerts()
{
    Run r = onStore(m_demo, {u"entrepreneurs"_s, u"list"_s, u"--json"_s, u"--at"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonDocument list = QJsonDocument::fromJson(r.rawOut, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(list.isArray());
    QCOMPARE(list.array().size(), 60);

    const QStringList listKeys{u"activity"_s,   u"alerts"_s,     u"analytic_code"_s,
                               u"associate_deadline"_s, u"contract_start"_s, u"email"_s,
                               u"first_name"_s, u"id"_s,         u"interviews_last_12_months"_s,
                               u"last_name"_s,  u"status"_s};
    const QStringList statuses{u"none"_s, u"cape"_s, u"cesa"_s, u"associate"_s, u"exited"_s};
    const QStringList alertKinds{u"cape_ending"_s, u"associate_deadline_soon"_s,
                                 u"associate_deadline_passed"_s, u"too_few_interviews"_s,
                                 u"cesa_without_fixed_part"_s, u"overlapping_contracts"_s};
    QHash<QString, QJsonObject> people;
    QSet<QString> seenStatuses;
    for (const QJsonValue &v : list.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(sortedKeys(o), listKeys);
        QVERIFY(!o.value(u"id"_s).toString().isEmpty());
        QVERIFY(!o.value(u"last_name"_s).toString().isEmpty());
        QVERIFY(!o.value(u"analytic_code"_s).toString().isEmpty());
        QVERIFY(statuses.contains(o.value(u"status"_s).toString()));
        seenStatuses.insert(o.value(u"status"_s).toString());
        QVERIFY(isIsoDateOrNull(o.value(u"contract_start"_s)));
        QVERIFY(isIsoDateOrNull(o.value(u"associate_deadline"_s)));
        QVERIFY(o.value(u"interviews_last_12_months"_s).isDouble());
        QVERIFY(o.value(u"alerts"_s).isArray());
        for (const QJsonValue &kind : o.value(u"alerts"_s).toArray())
            QVERIFY(alertKinds.contains(kind.toString()));
        people.insert(o.value(u"id"_s).toString(), o);
    }
    QVERIFY(seenStatuses.size() >= 3);

    r = onStore(m_demo, {u"alerts"_s, u"--at"_s, kToday, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonDocument alerts = QJsonDocument::fromJson(r.rawOut, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(alerts.isArray());
    QVERIFY(!alerts.array().isEmpty());
    const QStringList alertKeys{u"contract_id"_s, u"due_date"_s, u"entrepreneur"_s,
                                u"entrepreneur_id"_s, u"kind"_s, u"message"_s};
    QString previousDue;
    for (const QJsonValue &v : alerts.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(sortedKeys(o), alertKeys);
        const QString kind = o.value(u"kind"_s).toString();
        QVERIFY(alertKinds.contains(kind));
        const QString id = o.value(u"entrepreneur_id"_s).toString();
        QVERIFY(people.contains(id));
        // The list shows the same alert on the person's line.
        QVERIFY(people.value(id).value(u"alerts"_s).toArray().contains(kind));
        QVERIFY(o.value(u"entrepreneur"_s).toString().contains(
            people.value(id).value(u"first_name"_s).toString()));
        QVERIFY(o.value(u"contract_id"_s).isNull() || o.value(u"contract_id"_s).isString());
        QVERIFY(isIsoDateOrNull(o.value(u"due_date"_s)));
        QVERIFY(!o.value(u"message"_s).toString().isEmpty());
        QVERIFY(previousDue <= o.value(u"due_date"_s).toString()); // in date order
        previousDue = o.value(u"due_date"_s).toString();
    }

    // Without --json: a table with a header line and one line per person, then a count.
    r = onStore(m_demo, {u"entrepreneurs"_s, u"list"_s, u"--at"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 62);
    QVERIFY(lines.first().startsWith(u"Name"_s));
    QVERIFY(lines.last().contains(u"60"_s));
    r = onStore(m_demo, {u"alerts"_s, u"--at"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed().split(u'\n').size(), alerts.array().size() + 2);
}

void tst_CliPeople::demoRefusesAStoreWithPeople()
{
    const QStringList before = dump(m_demo);
    const Run r = onStore(m_demo, {u"demo"_s, u"--entrepreneurs"_s, u"5"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"60"_s), qPrintable(r.err));
    QCOMPARE(dump(m_demo), before);
}

void tst_CliPeople::badCsvChangesNothingAndReportsEveryLine()
{
    // Lines taken from the demo's export, imported into a store that has the same activities
    // but nobody yet; four of them spoiled.
    const QString exported = file(u"demo-export.csv"_s);
    Run r = onStore(m_demo, {u"entrepreneurs"_s, u"export"_s, exported, u"--at"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(in.readAll()).split(u"\r\n"_s);
    const QStringList header = lines.first().mid(1).split(u';'); // without the byte-order mark
    const auto spoil = [&](QString line, const QString &column, const QString &value) {
        QStringList fields = line.split(u';');
        fields[header.indexOf(column)] = value;
        return fields.join(u';');
    };
    const auto fieldOf = [&](const QString &line, const QString &column) {
        return line.split(u';').at(header.indexOf(column));
    };
    // Lines without quoted fields, so that splitting on ';' is exact.
    QStringList plain;
    for (const QString &line : lines.mid(1)) {
        if (!line.isEmpty() && !line.contains(u'"'))
            plain.append(line);
    }
    QVERIFY(plain.size() >= 8);
    const QString nir = fieldOf(plain.at(3), u"nir"_s);
    const QString wrongKey = nir.left(13) + (nir.right(2) == "01"_L1 ? u"02"_s : u"01"_s);

    QStringList bad{lines.first()};
    bad << plain.at(0)                                                   // line 2: good
        << spoil(plain.at(1), u"birth_date"_s, u"1985-02-30"_s)          // 3: wrong date
        << plain.at(2)                                                   // 4: good
        << spoil(plain.at(3), u"nir"_s, wrongKey)                        // 5: bad NIR key
        << spoil(plain.at(4), u"analytic_code"_s, u"NOPE99"_s)           // 6: unknown activity
        << plain.at(0)                                                   // 7: duplicate of 2
        << plain.at(5);                                                  // 8: good
    const QString badFile = file(u"bad.csv"_s);
    QFile out(badFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bad.join(u"\r\n"_s).toUtf8() + "\r\n");
    out.close();

    const QString target = newStore(u"import-target.coopdesk"_s);
    {
        auto source = Store::open(m_demo, test::kPassphrase);
        auto store = Store::open(target, test::kPassphrase);
        QVERIFY(source.has_value() && store.has_value());
        PeopleRepository from(**source);
        PeopleRepository to(**store);
        const QList<Activity> activities = from.activities().value();
        for (Activity a : activities) {
            a.version = 0;
            QVERIFY(to.saveActivity(a).has_value());
        }
    }
    const QStringList before = dump(target);

    r = onStore(target, {u"entrepreneurs"_s, u"import"_s, badFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QStringList messages = r.err.trimmed().split(u'\n');
    QStringList located;
    for (const QString &m : messages) {
        const QRegularExpressionMatch match =
            QRegularExpression(u"^.*bad\\.csv:(\\d+): ([a-z_0-9]+): .+$"_s).match(m);
        if (match.hasMatch())
            located.append(match.captured(1) + u':' + match.captured(2));
    }
    // Line 7 repeats line 2: the same person (name and birth date) and the same NIR.
    QCOMPARE(located, (QStringList{u"3:birth_date"_s, u"5:nir"_s, u"6:analytic_code"_s,
                                   u"7:last_name"_s, u"7:nir"_s}));
    QVERIFY2(r.err.contains(u"4 line(s)"_s) || r.err.contains(u"4 lines"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"nothing was imported"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(nir.right(2)), qPrintable(r.err)); // the right key, for line 5
    QCOMPARE(dump(target), before); // content unchanged, outbox included
}

void tst_CliPeople::exportThenImportIntoAnotherStore()
{
    const QString exported = file(u"round-trip.csv"_s);
    Run r = onStore(m_demo, {u"entrepreneurs"_s, u"export"_s, exported, u"--at"_s, kToday});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"60"_s));

    // To the standard output too: the same bytes.
    r = onStore(m_demo, {u"entrepreneurs"_s, u"export"_s, u"-"_s, u"--at"_s, kToday});
    QCOMPARE(r.exitCode, 0);
    QFile written(exported);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(r.rawOut, bytes);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "last_name;first_name;"));

    const QString target = newStore(u"round-trip.coopdesk"_s);
    {
        auto source = Store::open(m_demo, test::kPassphrase);
        auto store = Store::open(target, test::kPassphrase);
        QVERIFY(source.has_value() && store.has_value());
        const QList<Activity> activities = PeopleRepository(**source).activities().value();
        PeopleRepository to(**store);
        for (Activity a : activities) {
            a.version = 0;
            QVERIFY(to.saveActivity(a).has_value());
        }
    }
    r = onStore(target, {u"entrepreneurs"_s, u"import"_s, exported});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"60 entrepreneurs"_s), qPrintable(r.out));

    const QString again = file(u"round-trip-2.csv"_s);
    r = onStore(target, {u"entrepreneurs"_s, u"export"_s, again, u"--at"_s, kToday});
    QCOMPARE(r.exitCode, 0);
    QFile second(again);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), bytes);

    // Importing the same file twice: every line is a duplicate, nothing changes.
    const QStringList before = dump(target);
    r = onStore(target, {u"entrepreneurs"_s, u"import"_s, exported});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"60 line(s)"_s) || r.err.contains(u"60 lines"_s));
    QCOMPARE(dump(target), before);
}

QTEST_GUILESS_MAIN(tst_CliPeople)
#include "tst_cli_people.moc"
