#pragma once

#include "result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace coop {

// One record of a CSV file and the line it starts on (1-based, as an editor numbers lines), so
// that every message about it can name the line a person will look for. A quoted field may span
// several lines; the record keeps the first.
struct CsvRecord
{
    qsizetype line = 0;
    QStringList fields;
    bool operator==(const CsvRecord &) const = default;
};

// A CSV file as read: the header (the first record), the separator it was written with, and the
// records after it.
struct CsvTable
{
    QChar separator = u',';
    QStringList header;
    qsizetype headerLine = 1;
    QList<CsvRecord> records;
};

// RFC 4180 CSV, as spreadsheets actually write it:
// - fields separated by ';' or ','; the reader takes whichever occurs more often in the header
//   (outside quotes), ',' when neither does; the writer takes the caller's choice;
// - a field in double quotes may hold separators, line breaks (read as LF, whatever the file
//   used) and doubled quotes ("");
// - records end with CRLF or LF (a lone CR too); the last one may have no line break;
// - UTF-8, with or without a byte-order mark.
// Lines that are entirely empty are skipped (spreadsheets leave them at the end). The reader does
// not check that records have as many fields as the header: the caller names the columns and says
// which are missing. A text that is not CSV (a quote left open, text after a closing quote, a quote
// inside an unquoted field, bytes that are not UTF-8) is a ParseError located at "line N"; the
// line is also given through `errorLine` for callers that format their own messages.
Result<CsvTable> readCsv(const QByteArray &data, qsizetype *errorLine = nullptr);

class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = u';', bool byteOrderMark = true)
        : m_separator(separator), m_byteOrderMark(byteOrderMark) {}

    // Quotes a field only when it must be: a separator, a quote, a line break, or spaces at either
    // end (which some readers trim).
    void addRecord(const QStringList &fields);
    // The file: UTF-8 (with a byte-order mark if asked, for spreadsheets), CRLF line ends.
    QByteArray data() const;

private:
    QChar m_separator;
    bool m_byteOrderMark;
    QString m_text;
};

} // namespace coop
