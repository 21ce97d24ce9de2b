#pragma once

#include <QString>

namespace coop {

// What went wrong, for code that must react to it. The list grows with the domain; a code is
// never renumbered because scripts read the CLI's messages, not these numbers.
enum class ErrorCode {
    InvalidArgument,   // a value outside what the function accepts (bad weight, bad format)
    Overflow,          // an amount or product does not fit the fixed-point type
    ParseError,        // text that is not a number, a date, a key… of the expected form
    NotFound,          // a file, a row or a setting that does not exist
    AlreadyExists,     // creating something that is there already
    WrongPassphrase,   // the passphrase does not unwrap the store's key
    Corrupted,         // a file that is damaged or not of the expected kind
    TooNew,            // a store written by a newer CoopDesk
    Io,                // the file system refused (permissions, disk full…)
    Database,          // the SQL engine reported an error
    Constraint,        // a business rule or SQL constraint refused the change
    Conflict,          // concurrent change, immutable document, closed period
    Cancelled,         // the user or a caller stopped the work
    Forbidden,         // the person's role does not allow it
    Internal,          // a bug; the message says where
};

// A recoverable failure: a code for the program, a translated sentence for the person, and where
// it happened (a file and line, a field name, a row…) when that helps them find it.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString where = {})
        : m_code(code), m_message(std::move(message)), m_where(std::move(where)) {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &where() const { return m_where; }

    // "where: message", or just the message when there is no place to name.
    QString toString() const;

    // The same error, located more precisely by a caller that knows the context
    // ("line 12" becomes "import.csv:12").
    Error located(const QString &where) const;

    bool operator==(const Error &other) const = default;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QString m_where;
};

} // namespace coop
