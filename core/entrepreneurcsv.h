#pragma once

#include "activity.h"
#include "contract.h"
#include "entrepreneur.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace coop {

// The entrepreneurs CSV (docs/csv-format.md): one line per person with their current contract and,
// for a CESA, the CAPE that preceded it. Columns are named in the header and may come in any
// order; a column may be left out when it is not required.
//
// Reading never stops at the first problem: every line is parsed and checked (its form, the core
// rules of validate(), the activity code against the store, duplicates within the file and against
// the store) and every problem is reported with its line and column. The caller writes the records
// only when there is none: an import is all or nothing.
//
// What the format does not carry: interviews, and the history of a CESA's amendments (export
// writes the terms in force on the export date; an import records them from the CESA start).
// Export followed by import gives back every field it carries.

// The columns in the order export writes them.
const QStringList &entrepreneurCsvColumns();
// The columns a header must have.
const QStringList &entrepreneurCsvRequiredColumns();

// One problem of the file. Line 0 is the file as a whole; an empty column is the whole line.
struct CsvLineError
{
    qsizetype line = 0;
    QString column;
    QString message;

    // "import.csv:12: nir: the key is 45, expected 67."
    QString toString(const QString &fileName) const;
    bool operator==(const CsvLineError &) const = default;
};

// What a file is checked against: the store's activities (the analytic codes a line may name) and
// the people already there (duplicates), and the date the core rules take as today.
struct EntrepreneurCsvContext
{
    QList<Activity> activities;
    QList<Entrepreneur> existing;
    QDate today;
};

// One good line: a new entrepreneur (fresh id, version 0, no interviews) and their contracts in
// date order (fresh ids, version 0), ready to be saved.
struct EntrepreneurCsvRecord
{
    qsizetype line = 0;
    Entrepreneur entrepreneur;
    QList<Contract> contracts;
};

struct EntrepreneurCsvImport
{
    QList<EntrepreneurCsvRecord> records; // the good lines, in file order
    QList<CsvLineError> errors;           // every problem, by line then column order
    qsizetype lineCount = 0;              // data lines read (without the header)

    bool isValid() const { return errors.isEmpty(); }
    // The lines that have at least one problem.
    qsizetype badLineCount() const;
};

EntrepreneurCsvImport parseEntrepreneurCsv(const QByteArray &data,
                                           const EntrepreneurCsvContext &context);

// The file for these people: ';'-separated UTF-8 with a byte-order mark and decimal commas, as a
// French spreadsheet opens it; one line per entrepreneur sorted by name and birth date; the
// current contract is the one in force on `at`, or the latest that started before it, or the
// first.
QByteArray writeEntrepreneurCsv(const QList<Entrepreneur> &entrepreneurs,
                                const QList<Contract> &contracts,
                                const QList<Activity> &activities, QDate at);

} // namespace coop
