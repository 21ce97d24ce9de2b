#pragma once

#include "money.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QString>

namespace coop {

// The FEC (fichier des écritures comptables, LPF A47 A-1; DOMAIN.md §6): the 18 fields in their
// order, TAB separated, ISO-8859-15, CRLF-free ("\n" ends a line), dates AAAAMMJJ, amounts with a
// decimal comma and no thousands separator. This writes what it is given, in that order: the
// store decides the order (opening entry first, then validation order) and the numbering.

// "<SIREN>FEC<AAAAMMJJ>.txt", the closing date of the fiscal year.
QString fecFileName(const QString &siren, QDate closingDate);

// One line of the file. Text fields are converted to ISO-8859-15 (a character outside it becomes
// its closest unaccented letter or '?'); TAB, CR and LF inside a field become spaces.
struct FecLine
{
    QString journalCode;
    QString journalLabel;
    qint64 entryNumber = 0;
    QDate entryDate;
    QString account;
    QString accountLabel;
    QString auxAccount;      // with auxLabel, both or neither
    QString auxLabel;
    QString pieceRef;
    QDate pieceDate;
    QString label;
    Money debit;
    Money credit;
    QString lettering;       // with letteringDate, both or neither
    QDate letteringDate;
    QDate validationDate;
    // Montantdevise / Idevise: left empty (every amount is in euros).
};

class FecWriter
{
public:
    explicit FecWriter(QIODevice &out);
    // The header line (the 18 field names). Call once, first.
    bool writeHeader();
    bool write(const FecLine &line);
    // Flushes what is buffered; false when the device refused a write.
    bool finish();
    qint64 linesWritten() const { return m_lines; }

private:
    bool flushIfFull();
    void text(const QString &value);
    void date(QDate value);
    void amount(Money value);

    QIODevice &m_out;
    QByteArray m_buffer;
    qint64 m_lines = 0;
    bool m_ok = true;
};

// ISO-8859-15 bytes of a text (what the writer puts in a field); exposed for the tests.
QByteArray toLatin9(QStringView text);

} // namespace coop
