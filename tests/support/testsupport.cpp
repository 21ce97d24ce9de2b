#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace coop::test {

std::unique_ptr<Store> createStore(const QString &path, const QString &name, int schemaVersion)
{
    StoreCreateOptions options;
    options.name = name;
    options.schemaVersion = schemaVersion;
    options.kdf = KdfParams::interactive();
    auto store = Store::create(path, kPassphrase, options);
    if (!store) {
        qWarning("createStore(%s): %s", qPrintable(path), qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(*store);
}

QMap<QString, QByteArray> checksums(const QStringList &paths)
{
    QMap<QString, QByteArray> sums;
    for (const QString &p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        sums.insert(p, hash.result());
    }
    return sums;
}

QStringList storeFiles(const QString &storePath)
{
    return {storePath, storePath + u"-wal"_s, storePath + u"-shm"_s, Store::keyFilePath(storePath)};
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.readAll().contains(needle);
}

CliRun runCli(const QStringList &args, bool withPassphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COOPDESK_PASSPHRASE"));
    if (withPassphrase)
        env.insert(QStringLiteral("COOPDESK_PASSPHRASE"), kPassphrase);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("COOP_CLI"), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    CliRun r;
    if (!p.waitForStarted()) {
        r.err = QStringLiteral("cannot start the command line named by COOP_CLI");
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(300000);
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(out.left(3000), err)
        .toUtf8();
}

} // namespace coop::test
