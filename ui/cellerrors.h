#pragma once

#include <QString>

#include <optional>

class QTableWidget;

namespace coop::ui {

// Errors shown on the cells of a lines table (the expense report's, the supplier invoice's): the
// core names a line's field "lines[i].field"; the cell is tinted and its tooltip carries the message.

struct LineField
{
    int row = 0;
    QString field;
};
// "lines[3].account" → {3, "account"}; nothing for any other place.
std::optional<LineField> lineFieldOf(const QString &where);

// Tints the cell (row, column) and puts `messages` in its tooltip (and its widget's, if any).
void markCellError(QTableWidget &table, int row, int column, const QString &messages);
// Takes every tint and tooltip off the table's cells.
void clearCellErrors(QTableWidget &table);

} // namespace coop::ui
