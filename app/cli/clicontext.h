#pragma once

#include "core/result.h"

#include <QDate>

#include <memory>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace coop {
class Store;
}

namespace coop::cli {

// Exit codes are a contract with scripts: 0 done, 1 the job failed (message on stderr),
// 2 the command line itself is wrong.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// What every command gets: the parsed command line, the words after the command group, and
// the two output streams.
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, QStringList words);

    QCommandLineParser &parser() { return m_parser; }
    const QStringList &words() const { return m_words; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The store given with --store, or a usage error.
    Result<QString> storePath();
    // A passphrase read from the file named by `option` (first line, without its line break);
    // for the store's own passphrase the COOPDESK_PASSPHRASE variable is the alternative.
    // Passphrases never come from the command line itself: other users can read it.
    Result<QString> passphrase(const QString &option, bool environmentFallback);
    Result<QString> requiredValue(const QString &option);

    int failure(const Error &error);
    int usage(const QString &message);

private:
    QCommandLineParser &m_parser;
    QStringList m_words;
    QTextStream m_out;
    QTextStream m_err;
};

// The store named by --store, opened with the passphrase of --passphrase-file or
// COOPDESK_PASSPHRASE.
Result<std::unique_ptr<Store>> openStore(CliContext &c);
// --OPTION DATE, strictly YYYY-MM-DD; `fallback` (today when null) when the option is absent.
Result<QDate> dateOption(CliContext &c, const QString &option, QDate fallback = {});
// --OPTION N, a whole number within [min, max]; `fallback` when absent.
Result<qint64> numberOption(CliContext &c, const QString &option, qint64 fallback, qint64 min,
                            qint64 max);

} // namespace coop::cli
