#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace coop::test {

// A FEC checker written apart from the writer (it shares no code with core/fec.cpp), applying
// every rule of DOMAIN.md §6 (LPF A47 A-1, BOI-CF-IOR-60-40-20):
//  - the file name is <SIREN: 9 digits>FEC<closing date AAAAMMJJ>.txt;
//  - ASCII or ISO-8859-15: no UTF-8 sequence, no byte-order mark, no control character;
//  - one separator, TAB or '|', the same everywhere; the first line is the 18 field names in
//    their order; every line has 18 fields;
//  - dates AAAAMMJJ and real days; amounts with a decimal comma, no thousands separator;
//  - fields 1-6, 9-13 and 16 filled; the pairs 7/8, 14/15 and 17/18 both filled or both empty;
//  - each entry (JournalCode + EcritureNum) balanced, on one date, its lines contiguous;
//  - EcritureDate inside the fiscal year [fiscalYearStart, closing date];
//  - numbering continuous per journal (each journal's numbers follow each other in the file);
//  - entries in validation order (ValidDate never goes back; the opening entry apart);
//  - opening balances first (journal codes listed in `openingJournals` only at the top);
//  - no closing entry (no entry dated the closing day that moves a result account 12x, apart
//    from the opening entry);
//  - the file balances (Σ Debit = Σ Credit).
// Returns every problem found, "line N: what" (an empty list: the file passes).
QStringList checkFec(const QString &fileName, const QByteArray &content, QDate fiscalYearStart,
                     const QStringList &openingJournals = {QStringLiteral("AN")});

} // namespace coop::test
