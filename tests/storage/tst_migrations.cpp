// Every historical schema opens and migrates forward, keeping its data.
#include "testsupport.h"

#include "core/storage/migrations.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinMigrationsAreNumberedWithoutHoles();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void openWithoutMigrationKeepsTheVersion();
};

void tst_Migrations::builtinMigrationsAreNumberedWithoutHoles()
{
    const auto &migrations = builtinMigrations();
    QVERIFY(migrations.size() >= 2);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, int(i + 1));
        QVERIFY(!migrations.at(i).sql.trimmed().isEmpty());
    }
    QCOMPARE(latestSchemaVersion(), int(migrations.size()));
}

void tst_Migrations::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < latestSchemaVersion(); ++v)
        QTest::addRow("store created at schema %d", v) << v;
}

void tst_Migrations::migratesFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"old.coopdesk"_s);
    QString storeId;
    {
        auto store = test::createStore(file, u"Ancienne"_s, fromVersion);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), fromVersion);
        QVERIFY(SettingsRepository(*store).setValue(u"kept.value"_s, u"écrit en v%1"_s.arg(fromVersion)));
        storeId = store->storeId();
    }

    auto store = Store::open(file, test::kPassphrase);
    QVERIFY2(store.has_value(), test::why(store).constData());
    QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
    QCOMPARE((*store)->storeId(), storeId);
    QCOMPARE((*store)->name(), u"Ancienne"_s);
    QCOMPARE(SettingsRepository(**store).value(u"kept.value"_s).value(),
             std::optional<QString>(u"écrit en v%1"_s.arg(fromVersion)));

    // Each migration is recorded once, in order.
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(u"SELECT version, name FROM schema_migration ORDER BY version"_s));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), expected);
        QCOMPARE(q.value(1).toString(), builtinMigrations().at(expected - 1).name);
        ++expected;
    }
    QCOMPARE(expected, latestSchemaVersion() + 1);

    // What the newer versions added is usable.
    QVERIFY(q.exec(u"INSERT INTO sync_cursor (tenant, cursor) VALUES ('t', 5)"_s));

    auto problems = (*store)->check();
    QVERIFY(problems.has_value());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void tst_Migrations::openWithoutMigrationKeepsTheVersion()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"stay.coopdesk"_s);
    QVERIFY(test::createStore(file, QString(), 1));
    StoreOpenOptions options;
    options.migrate = false;
    {
        auto store = Store::open(file, test::kPassphrase, options);
        QVERIFY(store);
        QCOMPARE((*store)->schemaVersion(), 1);
        auto problems = (*store)->check();
        QVERIFY(problems && !problems->isEmpty()); // an old schema is reported, not hidden
    }
    auto migrated = Store::open(file, test::kPassphrase);
    QVERIFY(migrated);
    QCOMPARE((*migrated)->schemaVersion(), latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
