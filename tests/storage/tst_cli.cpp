// coopdesk-cli store commands, driven as a script drives them, with the Debian `sqlcipher`
// shell as an outside witness that the file is standard SQLCipher 4 with the pinned settings.
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
        const QMap<QString, QString> &environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"COOPDESK_PASSPHRASE"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The SQLCipher 4 settings the store must use, written out here rather than taken from the
// product, so that a change of the product's settings fails this test.
const QByteArray kPinnedSettings = "PRAGMA cipher_page_size = 4096;\n"
                                   "PRAGMA kdf_iter = 256000;\n"
                                   "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;\n"
                                   "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;\n";

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void initCheckAndKeyReadByTheSqlcipherShell();
    void wrongPassphraseExitsOneAndChangesNothing();
    void passphraseFromTheEnvironment();
    void changePassphrase();
    void backupAndRestore();
    void damagedFilesAreClearErrors();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString writePassphrase(const QString &name, const QString &passphrase);
    Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return run(m_cli, args, {}, env);
    }

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_sqlcipher;
    QString m_pass;
};

QString tst_Cli::writePassphrase(const QString &name, const QString &passphrase)
{
    QFile f(file(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(passphrase.toUtf8() + '\n');
    return f.fileName();
}

void tst_Cli::initTestCase()
{
    m_cli = qEnvironmentVariable("COOP_CLI");
    QVERIFY2(QFile::exists(m_cli), "COOP_CLI must name the coopdesk-cli program");
    m_sqlcipher = QStandardPaths::findExecutable(u"sqlcipher"_s);
    QVERIFY2(!m_sqlcipher.isEmpty(), "the sqlcipher shell (Debian package sqlcipher) is required");
    m_pass = writePassphrase(u"pass.txt"_s, u"mot de passe très long"_s);
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("store without action") << QStringList{u"--store"_s, u"x"_s, u"store"_s};
    QTest::newRow("unknown store action") << QStringList{u"--store"_s, u"x"_s, u"store"_s, u"explode"_s};
    QTest::newRow("missing --store") << QStringList{u"store"_s, u"init"_s};
    QTest::newRow("unknown option") << QStringList{u"--passphrase"_s, u"secret"_s, u"store"_s, u"init"_s};
    QTest::newRow("init without a passphrase") << QStringList{u"--store"_s, u"x"_s, u"store"_s, u"init"_s};
    QTest::newRow("backup without --out")
        << QStringList{u"--store"_s, u"x"_s, u"store"_s, u"backup"_s};
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(u"x"_s));
}

void tst_Cli::initCheckAndKeyReadByTheSqlcipherShell()
{
    const QString store = file(u"cli.coopdesk"_s);
    const QString marker = u"MARQUEUR-Coopérative-4b1e"_s;
    Run r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s,
                 u"--name"_s, marker});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(store));

    r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"check"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"ok\n"_s);

    r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"key"_s});
    QCOMPARE(r.exitCode, 0);
    const QString hex = r.out.trimmed();
    QCOMPARE(hex.size(), 64);
    QVERIFY(QByteArray::fromHex(hex.toLatin1()).toHex() == hex.toLatin1());

    // The raw file: not SQLite's plaintext header, and the marker nowhere in any file.
    QFile db(store);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.read(16).startsWith("SQLite format 3"));
    db.close();
    for (const QString &f : test::storeFiles(store))
        QVERIFY2(!test::fileContains(f, marker.toUtf8()), qPrintable(f));

    // The outside witness: Debian's sqlcipher shell, with the key and the pinned settings.
    const QByteArray query = "SELECT value FROM setting WHERE id = 'store.name';\n";
    Run shell = run(m_sqlcipher, {store},
                    "PRAGMA key = \"x'" + hex.toLatin1() + "'\";\n" + kPinnedSettings + query);
    QVERIFY2(shell.out.contains(marker), qPrintable(shell.out + shell.err));

    // Negative control: the same reading with another key fails.
    QByteArray otherKey = hex.toLatin1();
    otherKey[0] = otherKey[0] == '0' ? '1' : '0';
    shell = run(m_sqlcipher, {store}, "PRAGMA key = \"x'" + otherKey + "'\";\n" + kPinnedSettings + query);
    QVERIFY(!shell.out.contains(marker));
    QVERIFY(shell.err.contains(u"not a database"_s));
}

void tst_Cli::wrongPassphraseExitsOneAndChangesNothing()
{
    const QString store = file(u"wrong.coopdesk"_s);
    QCOMPARE(cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s}).exitCode, 0);
    const QString wrong = writePassphrase(u"wrong.txt"_s, u"pas le bon"_s);
    const auto before = test::checksums(test::storeFiles(store));
    for (const QString &action : {u"check"_s, u"key"_s}) {
        const Run r = cli({u"--store"_s, store, u"--passphrase-file"_s, wrong, u"store"_s, action});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Wrong passphrase"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(store));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(test::checksums(test::storeFiles(store)), before);
}

void tst_Cli::passphraseFromTheEnvironment()
{
    const QString store = file(u"env.coopdesk"_s);
    const QMap<QString, QString> env{{u"COOPDESK_PASSPHRASE"_s, u"depuis l'environnement"_s}};
    QCOMPARE(cli({u"--store"_s, store, u"store"_s, u"init"_s, u"--kdf"_s, u"interactive"_s}, env).exitCode, 0);
    const Run r = cli({u"--store"_s, store, u"store"_s, u"check"_s}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"ok\n"_s);
    QCOMPARE(cli({u"--store"_s, store, u"store"_s, u"check"_s}).exitCode, 2); // no passphrase at all
}

void tst_Cli::changePassphrase()
{
    const QString store = file(u"rekey.coopdesk"_s);
    QCOMPARE(cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s}).exitCode, 0);
    const QString key = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"key"_s}).out;
    const QString fresh = writePassphrase(u"fresh.txt"_s, u"une nouvelle phrase secrète"_s);
    Run r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"passphrase"_s,
                 u"--new-passphrase-file"_s, fresh});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"check"_s}).exitCode, 1);
    r = cli({u"--store"_s, store, u"--passphrase-file"_s, fresh, u"store"_s, u"key"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, key); // the data key itself did not change
}

void tst_Cli::backupAndRestore()
{
    const QString store = file(u"bk.coopdesk"_s);
    const QString backup = file(u"bk.backup"_s);
    const QString restored = file(u"bk-restored.coopdesk"_s);
    const QString marker = u"BACKUP-MARKER-c0ffee"_s;
    QCOMPARE(cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s,
                  u"--name"_s, marker}).exitCode, 0);
    const QString bpass = writePassphrase(u"bpass.txt"_s, u"sauvegarde du soir"_s);
    Run r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"backup"_s,
                 u"--out"_s, backup, u"--backup-passphrase-file"_s, bpass});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!test::fileContains(backup, marker.toUtf8()));

    // The backup is a standard SQLCipher 4 file: the shell opens it with the backup passphrase.
    const Run shell = run(m_sqlcipher, {backup},
                          "PRAGMA key = 'sauvegarde du soir';\n" + kPinnedSettings
                              + "SELECT value FROM setting WHERE id = 'store.name';\n");
    QVERIFY2(shell.out.contains(marker), qPrintable(shell.out + shell.err));

    const QString wrong = writePassphrase(u"bwrong.txt"_s, u"mauvaise"_s);
    r = cli({u"--store"_s, restored, u"--passphrase-file"_s, m_pass, u"store"_s, u"restore"_s,
             u"--in"_s, backup, u"--backup-passphrase-file"_s, wrong});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(restored));

    r = cli({u"--store"_s, restored, u"--passphrase-file"_s, m_pass, u"store"_s, u"restore"_s,
             u"--in"_s, backup, u"--backup-passphrase-file"_s, bpass});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cli({u"--store"_s, restored, u"--passphrase-file"_s, m_pass, u"store"_s, u"check"_s}).out,
             u"ok\n"_s);

    // Restoring over an existing store needs --replace.
    r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"restore"_s,
             u"--in"_s, backup, u"--backup-passphrase-file"_s, bpass});
    QCOMPARE(r.exitCode, 1);
    r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"restore"_s,
             u"--in"_s, backup, u"--backup-passphrase-file"_s, bpass, u"--replace"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_Cli::damagedFilesAreClearErrors()
{
    const QString store = file(u"damaged.coopdesk"_s);
    QCOMPARE(cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"init"_s}).exitCode, 0);
    QFile f(store);
    QVERIFY(f.resize(f.size() / 2 + 123));
    const Run r = cli({u"--store"_s, store, u"--passphrase-file"_s, m_pass, u"store"_s, u"check"_s});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(store), qPrintable(r.err));

    const QString garbage = file(u"garbage.coopdesk"_s);
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(10000, 'z'));
    g.close();
    QFile::copy(Store::keyFilePath(store), Store::keyFilePath(garbage));
    const Run r2 = cli({u"--store"_s, garbage, u"--passphrase-file"_s, m_pass, u"store"_s, u"check"_s});
    QVERIFY(!r2.crashed);
    QCOMPARE(r2.exitCode, 1);
    QVERIFY(r2.err.contains(garbage));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
