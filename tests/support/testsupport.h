#pragma once

#include "core/storage/store.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace coop::test {

inline const QString kPassphrase = QStringLiteral("correct horse battery staple");

// A store in `dir` with the cheap key derivation, so tests that open many stores stay fast.
// Fails the calling test (returns nullptr) when creation fails.
std::unique_ptr<Store> createStore(const QString &path, const QString &name = QString(),
                                   int schemaVersion = -1);

// SHA-256 of every file that exists among `paths`, keyed by path.
QMap<QString, QByteArray> checksums(const QStringList &paths);

// The database, its WAL and shared-memory files, and the key envelope.
QStringList storeFiles(const QString &storePath);

bool fileContains(const QString &path, const QByteArray &needle);

// One run of the command line (the coopdesk-cli named by the COOP_CLI variable), in English with
// LC_ALL=C.UTF-8, the store's passphrase in COOPDESK_PASSPHRASE when asked for (removed
// otherwise), stdin closed.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    // "exit N / stdout / stderr" for a failure message.
    QByteArray describe() const;
};
CliRun runCli(const QStringList &args, bool withPassphrase = false);

// The error of a failed Result as text for QVERIFY2, or nothing when it succeeded (QVERIFY2
// evaluates its message even when the check passes).
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

} // namespace coop::test
