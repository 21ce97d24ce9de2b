#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace coop {

// Which counter a sequence placeholder draws from, i.e. when it restarts at 1.
enum class SequenceScope {
    Global,        // {SEQGLOBAL}: never restarts
    Year,          // {SEQYEAR}: restarts on 1 January
    Month,         // {SEQMONTH}: restarts on the first of each month
    MonthAnalytic, // {SEQMONTHANA}: restarts each month, one counter per activity
};

// The template a series of legal numbers is built from (DOMAIN.md §3, DESIGN.md §6), in enDI's
// syntax: {YYYY} {YY} {MM} {ANA} and exactly one of {SEQGLOBAL} {SEQYEAR} {SEQMONTH} {SEQMONTHANA},
// with literal text between them (ASCII letters and digits, - _ / . and spaces: numbers travel in
// file names, CII documents and bank references). A sequence may carry a zero-padding width,
// {SEQYEAR:4} → 0017, an extension of ours that enDI does not have.
//
// The template is pure: it says which counter a validation draws from (counterKey) and how the
// number reads (format). Drawing the value, gap-free and never reused, is the storage's job, inside
// the validating transaction, with one locked counter row per (series, counter key) and never a
// database SEQUENCE, which leaves gaps on rollback.
class NumberTemplate
{
public:
    // Refuses unknown placeholders, unclosed braces, characters outside the literal set, a template
    // without a sequence (numbers would repeat) or with two; the message names the 1-based column.
    static Result<NumberTemplate> parse(QStringView text);

    const QString &text() const { return m_text; }
    SequenceScope scope() const { return m_scope; }
    bool usesAnalyticCode() const;

    // The counter a document dated `date` of activity `analyticCode` draws from: "global", "2026",
    // "2026-03" or "2026-03/ANA042". The analytic code only counts for {SEQMONTHANA}: with the
    // default "{YYYY}-{ANA}-{SEQYEAR}" every activity shares the year's counter, as in enDI.
    QString counterKey(QDate date, const QString &analyticCode) const;

    // The number itself; `sequenceValue` (≥ 1) is what the counter gave.
    QString format(QDate date, const QString &analyticCode, qint64 sequenceValue) const;

private:
    enum class PartKind { Literal, Year4, Year2, Month, Analytic, Sequence };
    struct Part
    {
        PartKind kind = PartKind::Literal;
        QString literal;
        int width = 0; // zero-padding of the sequence; 0 = none
    };

    NumberTemplate() = default;

    QString m_text;
    QList<Part> m_parts;
    SequenceScope m_scope = SequenceScope::Global;
};

// The rule checked before assigning a number: dates never go backwards within a series, so a
// document dated before the last validated one of its series is refused (Constraint). An invalid
// `lastDateInSeries` means the series is empty; the same day is accepted.
Result<void> checkNextInSeries(QDate lastDateInSeries, QDate newDate);

// One number already issued from a counter, as `verify` reads it back from the store.
struct IssuedNumber
{
    QString number;
    QDate date;
    qint64 sequence = 0;
};

struct SeriesAnomaly
{
    enum class Kind { Gap, Duplicate, DateInversion };
    Kind kind = Kind::Gap;
    qint64 sequence = 0; // the first missing value, the repeated value, or the value dated too early
    QString message;     // translated, names the numbers and dates involved

    bool operator==(const SeriesAnomaly &other) const = default;
};

// Checks the numbers drawn from one counter (one counterKey of one series), given in any order:
// values must run firstValue, firstValue + 1, … with none missing (Gap, one per missing run) and
// none repeated, by value or by text (Duplicate), and a higher value never carries an earlier date
// than a lower one (DateInversion). Anomalies come ordered by sequence value; none means sound.
QList<SeriesAnomaly> findSeriesAnomalies(QList<IssuedNumber> issued, qint64 firstValue = 1);

} // namespace coop
