#pragma once

#include "core/fixedpoint.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

class QTableView;

namespace coop::ui {

// How CoopDesk writes dates, amounts, rates and identifiers for people, in the interface's
// language: French "26/11/2026", "1 234,56 €", "8,5 %"; English "26/11/2026", "1,234.56 €".
// Amounts never pass through a double: their text is built from the integer cents, and what a
// person types is reduced to the canonical form that the core parsers read (Money::parse…), so the
// core decides what an amount is.

// The locale of the interface language (fr_FR, or en_GB for English: day-first dates either way).
QLocale displayLocale();

QString formatDate(QDate date);      // "26/11/2026"; empty for a null date
QString formatLongDate(QDate date);  // "26 novembre 2026"
QString formatMoney(Money amount);   // "1 234,56 €"
QString formatAmount(Money amount);  // "1 234,56": the text of an amount field
QString formatPercent(Rate rate);    // "8,5 %"
QString formatRate(Rate rate);       // "8,5": the text of a percentage field
QString formatQuantity(Quantity quantity); // "151,667"
QString formatCount(qint64 count);   // "2 000"
// A NIR in the groups printed on the carte Vitale: "1 84 12 75 123 456 78"; other text as is.
QString formatNir(const QString &nir);

// Text typed in a field, read in the interface's locale: "1 234,56", "1234.56", "1 234,56 €" are
// the same amount; "8,5 %" and "8.5" the same rate; "151,67" a quantity. The error says what to
// type, with an example in the person's own format.
Result<Money> parseMoney(const QString &text);
Result<Rate> parsePercent(const QString &text);
Result<Quantity> parseQuantity(const QString &text);

// Lower case without accents, for search as you type ("Hélène" is found by "helene").
QString foldedForSearch(const QString &text);

// Gives each listed column of a table room for `characters` average characters, and always for
// its whole header with the sort arrow, in whichever language the headers are.
void fitColumns(QTableView *view, const QList<std::pair<int, int>> &charactersByColumn);

} // namespace coop::ui
