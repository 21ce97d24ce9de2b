// The encrypted store: creation, unlocking, passphrase change, backup, restore and checks,
// on real SQLCipher files in a temporary folder.
#include "testsupport.h"

#include "core/storage/migrations.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class tst_Store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenOpen();
    void createRefusesAnExistingStore();
    void fileAndJournalAreEncrypted();
    void wrongPassphraseChangesNoByte();
    void changePassphraseKeepsTheDatabase();
    void backupAndRestore();
    void restoreRefusesWrongPassphraseAndExistingStore();
    void backupRefusesToOverwrite();
    void truncatedFileIsAClearError();
    void corruptedPageIsReported();
    void missingOrDamagedKeyFile();
    void keyFileOfAnotherStore();
    void newerSchemaIsRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_Store::createThenOpen()
{
    const QString file = path(u"open.coopdesk"_s);
    QString storeId;
    {
        auto store = test::createStore(file, u"Coopérative Alpha"_s);
        QVERIFY(store);
        QCOMPARE(store->name(), u"Coopérative Alpha"_s);
        QCOMPARE(store->schemaVersion(), latestSchemaVersion());
        QVERIFY(!store->storeId().isEmpty());
        QCOMPARE(store->dataKey().size(), 32);
        storeId = store->storeId();
        auto problems = store->check();
        QVERIFY2(problems.has_value(), test::why(problems).constData());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::exists(Store::keyFilePath(file)));

    auto reopened = Store::open(file, test::kPassphrase);
    QVERIFY2(reopened.has_value(), test::why(reopened).constData());
    QCOMPARE((*reopened)->storeId(), storeId);
    QCOMPARE((*reopened)->name(), u"Coopérative Alpha"_s);

    // The pinned settings are in force on the store's connection.
    QSqlQuery q((*reopened)->database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(u"PRAGMA temp_store"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // MEMORY
    QVERIFY(q.exec(u"PRAGMA cipher_page_size"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 4096);
}

void tst_Store::createRefusesAnExistingStore()
{
    const QString file = path(u"twice.coopdesk"_s);
    QVERIFY(test::createStore(file));
    const auto before = test::checksums(test::storeFiles(file));
    auto again = Store::create(file, u"another passphrase"_s);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(again.error().where(), file);
    QCOMPARE(test::checksums(test::storeFiles(file)), before);
}

void tst_Store::fileAndJournalAreEncrypted()
{
    const QString file = path(u"secret.coopdesk"_s);
    const QByteArray marker = "MARKER-7f3c-plaintext-must-not-leak";
    auto store = test::createStore(file);
    QVERIFY(store);
    QVERIFY(SettingsRepository(*store).setValue(u"test.marker"_s, QString::fromLatin1(marker)));
    for (int i = 0; i < 200; ++i) // enough to spill into the WAL and several pages
        QVERIFY(SettingsRepository(*store).setValue(u"test.row%1"_s.arg(i),
                                                    QString::fromLatin1(marker) + QString::number(i)));

    // While open, the newest pages sit in the WAL: every file must be ciphertext.
    QVERIFY(QFile::exists(file + u"-wal"_s));
    QFile db(file);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.read(16).startsWith("SQLite format 3"));
    db.close();
    for (const QString &f : test::storeFiles(file))
        QVERIFY2(!test::fileContains(f, marker), qPrintable(f));

    store.reset();
    for (const QString &f : test::storeFiles(file))
        QVERIFY2(!test::fileContains(f, marker), qPrintable(f));
    auto reopened = Store::open(file, test::kPassphrase);
    QVERIFY(reopened);
    QCOMPARE(SettingsRepository(**reopened).value(u"test.marker"_s).value(),
             std::optional<QString>(QString::fromLatin1(marker)));
}

void tst_Store::wrongPassphraseChangesNoByte()
{
    const QString file = path(u"wrong.coopdesk"_s);
    QVERIFY(test::createStore(file));
    const auto before = test::checksums(test::storeFiles(file));
    QVERIFY(before.size() >= 2);

    auto opened = Store::open(file, u"not the passphrase"_s);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code(), ErrorCode::WrongPassphrase);
    QCOMPARE(opened.error().where(), file);
    QVERIFY(opened.error().message().contains(u"passphrase"_s, Qt::CaseInsensitive));
    QCOMPARE(test::checksums(test::storeFiles(file)), before);

    // Unicode normalisation: "é" typed as one or two code points unlocks the same store.
    const QString composed = u"caf\u00e9 au lait, sans sucre"_s;
    const QString decomposed = u"cafe\u0301 au lait, sans sucre"_s;
    const QString other = path(u"nfc.coopdesk"_s);
    StoreCreateOptions options;
    options.kdf = KdfParams::interactive();
    QVERIFY(Store::create(other, composed, options));
    QVERIFY(Store::open(other, decomposed));
}

void tst_Store::changePassphraseKeepsTheDatabase()
{
    const QString file = path(u"rekey.coopdesk"_s);
    QVERIFY(test::createStore(file));
    const QByteArray dbBefore = test::checksums({file}).value(file);
    {
        auto store = Store::open(file, test::kPassphrase);
        QVERIFY(store);
        QVERIFY((*store)->changePassphrase(u"a brand new passphrase"_s, KdfParams::interactive()));
    }
    QCOMPARE(test::checksums({file}).value(file), dbBefore);
    auto old = Store::open(file, test::kPassphrase);
    QVERIFY(!old);
    QCOMPARE(old.error().code(), ErrorCode::WrongPassphrase);
    QVERIFY(Store::open(file, u"a brand new passphrase"_s));
}

void tst_Store::backupAndRestore()
{
    const QString file = path(u"source.coopdesk"_s);
    const QString backup = path(u"source.backup"_s);
    const QString restored = path(u"restored.coopdesk"_s);
    const QByteArray marker = "BACKUP-MARKER-91d2";
    QString storeId;
    QString deviceId;
    {
        auto store = test::createStore(file, u"Source"_s);
        QVERIFY(store);
        QVERIFY(SettingsRepository(*store).setValue(u"test.marker"_s, QString::fromLatin1(marker)));
        storeId = store->storeId();
        deviceId = store->deviceId();
        auto r = store->backup(backup, u"backup passphrase"_s);
        QVERIFY2(r.has_value(), test::why(r).constData());
    }
    QVERIFY(QFile::exists(backup));
    QVERIFY(!QFile::exists(backup + u".partial"_s));
    QVERIFY(!test::fileContains(backup, marker));
    QVERIFY(!test::fileContains(backup, "SQLite format 3"));

    auto store = Store::restore(backup, u"backup passphrase"_s, restored, u"restored passphrase"_s);
    QVERIFY2(store.has_value(), test::why(store).constData());
    QCOMPARE((*store)->storeId(), storeId);
    QVERIFY((*store)->deviceId() != deviceId);
    QCOMPARE((*store)->name(), u"Source"_s);
    QCOMPARE(SettingsRepository(**store).value(u"test.marker"_s).value(),
             std::optional<QString>(QString::fromLatin1(marker)));
    auto problems = (*store)->check();
    QVERIFY(problems && problems->isEmpty());
    QVERIFY((*store)->dataKey() != Store::open(file, test::kPassphrase).value()->dataKey());
    store->reset();
    QVERIFY(Store::open(restored, u"restored passphrase"_s));
}

void tst_Store::restoreRefusesWrongPassphraseAndExistingStore()
{
    const QString file = path(u"r-source.coopdesk"_s);
    const QString backup = path(u"r.backup"_s);
    const QString target = path(u"r-target.coopdesk"_s);
    {
        auto store = test::createStore(file, u"Before"_s);
        QVERIFY(store);
        QVERIFY(store->backup(backup, u"backup passphrase"_s));
        QVERIFY(SettingsRepository(*store).setValue(SettingsRepository::kStoreName, u"After"_s));
    }
    auto wrong = Store::restore(backup, u"wrong"_s, target, u"x-passphrase"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassphrase);
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(Store::keyFilePath(target)));
    QVERIFY(QDir(m_dir.path()).entryList({u"r-target*"_s}).isEmpty());

    const auto before = test::checksums(test::storeFiles(file));
    auto existing = Store::restore(backup, u"backup passphrase"_s, file, u"x-passphrase"_s);
    QVERIFY(!existing);
    QCOMPARE(existing.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(test::checksums(test::storeFiles(file)), before);

    auto replaced = Store::restore(backup, u"backup passphrase"_s, file, u"x-passphrase"_s, true);
    QVERIFY2(replaced.has_value(), test::why(replaced).constData());
    QCOMPARE((*replaced)->name(), u"Before"_s);
}

void tst_Store::backupRefusesToOverwrite()
{
    const QString file = path(u"b.coopdesk"_s);
    const QString backup = path(u"existing.backup"_s);
    QFile f(backup);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto store = test::createStore(file);
    QVERIFY(store);
    auto r = store->backup(backup, u"pass"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void tst_Store::truncatedFileIsAClearError()
{
    const QString file = path(u"truncated.coopdesk"_s);
    {
        auto store = test::createStore(file);
        QVERIFY(store);
        for (int i = 0; i < 50; ++i)
            QVERIFY(SettingsRepository(*store).setValue(u"row%1"_s.arg(i), QString(500, u'x')));
    }
    QFile f(file);
    QVERIFY(f.size() > 8192);
    QVERIFY(f.resize(1000));
    auto opened = Store::open(file, test::kPassphrase);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::Corrupted);
    QCOMPARE(opened.error().where(), file);
    QVERIFY(!opened.error().message().isEmpty());
}

void tst_Store::corruptedPageIsReported()
{
    const QString file = path(u"corrupt.coopdesk"_s);
    {
        auto store = test::createStore(file);
        QVERIFY(store);
        for (int i = 0; i < 100; ++i)
            QVERIFY(SettingsRepository(*store).setValue(u"row%1"_s.arg(i), QString(300, u'y')));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages >= 4);
    // Flip bytes inside the last page: page 1 still decrypts, the damaged one fails its HMAC.
    const qint64 offset = (pages - 1) * 4096 + 1000;
    f.seek(offset);
    QByteArray bytes = f.read(16);
    for (char &b : bytes)
        b = static_cast<char>(~b);
    f.seek(offset);
    f.write(bytes);
    f.close();

    auto opened = Store::open(file, test::kPassphrase);
    if (!opened) {
        QCOMPARE(opened.error().code(), ErrorCode::Corrupted);
        return;
    }
    auto problems = (*opened)->check();
    QVERIFY2(!problems.has_value() || !problems->isEmpty(), "a damaged page must be reported");
}

void tst_Store::missingOrDamagedKeyFile()
{
    const QString file = path(u"nokey.coopdesk"_s);
    QVERIFY(test::createStore(file));
    const QString keyFile = Store::keyFilePath(file);
    QVERIFY(QFile::rename(keyFile, keyFile + u".away"_s));
    auto missing = Store::open(file, test::kPassphrase);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QCOMPARE(missing.error().where(), keyFile);

    QFile garbage(keyFile);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ this is not json");
    garbage.close();
    auto damaged = Store::open(file, test::kPassphrase);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code(), ErrorCode::Corrupted);
    QCOMPARE(damaged.error().where(), keyFile);

    QVERIFY(QFile::remove(keyFile));
    QVERIFY(QFile::rename(keyFile + u".away"_s, keyFile));
    QVERIFY(Store::open(file, test::kPassphrase));

    auto nowhere = Store::open(path(u"does-not-exist.coopdesk"_s), test::kPassphrase);
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path(u"does-not-exist.coopdesk"_s)));
}

void tst_Store::keyFileOfAnotherStore()
{
    const QString a = path(u"a.coopdesk"_s);
    const QString b = path(u"b2.coopdesk"_s);
    QVERIFY(test::createStore(a));
    QVERIFY(test::createStore(b));
    QVERIFY(QFile::remove(Store::keyFilePath(a)));
    QVERIFY(QFile::copy(Store::keyFilePath(b), Store::keyFilePath(a)));
    const auto before = test::checksums({a});
    auto opened = Store::open(a, test::kPassphrase);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::Corrupted);
    QCOMPARE(test::checksums({a}), before);
}

void tst_Store::newerSchemaIsRefused()
{
    const QString file = path(u"future.coopdesk"_s);
    {
        auto store = test::createStore(file);
        QVERIFY(store);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(u"INSERT INTO schema_migration (version, name, applied_at, app_version) "
                       "VALUES (999, 'from_the_future', '2030-01-01', '9.0')"_s));
    }
    const auto before = test::checksums({file});
    auto opened = Store::open(file, test::kPassphrase);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::TooNew);
    QVERIFY(opened.error().message().contains(u"999"_s));
    QCOMPARE(test::checksums({file}), before);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
