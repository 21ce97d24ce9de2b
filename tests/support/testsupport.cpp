#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
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

} // namespace coop::test
