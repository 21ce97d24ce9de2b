#include "cellerrors.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace coop::ui {

std::optional<LineField> lineFieldOf(const QString &where)
{
    static const QRegularExpression pattern(u"^lines\\[(\\d+)\\]\\.(.+)$"_s);
    const QRegularExpressionMatch match = pattern.match(where);
    if (!match.hasMatch())
        return std::nullopt;
    return LineField{match.captured(1).toInt(), match.captured(2)};
}

void markCellError(QTableWidget &table, int row, int column, const QString &messages)
{
    if (row < 0 || row >= table.rowCount() || column < 0 || column >= table.columnCount())
        return;
    const QSignalBlocker blocker(&table);
    if (QTableWidgetItem *item = table.item(row, column)) {
        item->setBackground(QBrush(QColor(0xfd, 0xe7, 0xe9)));
        item->setToolTip(messages);
    }
    if (QWidget *widget = table.cellWidget(row, column))
        widget->setToolTip(messages);
}

void clearCellErrors(QTableWidget &table)
{
    const QSignalBlocker blocker(&table);
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (QTableWidgetItem *item = table.item(row, column)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
            if (QWidget *widget = table.cellWidget(row, column))
                widget->setToolTip(QString());
        }
    }
}

} // namespace coop::ui
