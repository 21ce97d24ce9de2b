#pragma once

#include "core/invoicetotals.h"
#include "core/result.h"
#include "core/salesdocument.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QUndoStack;

namespace coop::ui {

// The lines of the document open in the invoice editor. Cells are typed as text in the interface's
// locale ("1 234,50", "5,5") and read by the core's parsers; every change (a cell, a new, removed
// or moved line) goes through the undo stack, so Ctrl+Z gives back the previous line. The line
// amounts and the errors are the editor's: it computes them with the document's one totals engine
// and hands them back here to show.
class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Designation,
        Quantity,
        Unit,
        UnitPrice,
        Discount,
        VatRate,
        Exemption,
        Amount,
        ColumnCount
    };
    enum Role {
        // The choices of a combo column (Unit, VatRate, Exemption) as a QVariantList of
        // QVariantList{label, value}.
        ChoicesRole = Qt::UserRole + 1,
        ErrorRole,  // the error shown at this cell, empty when none
    };

    explicit InvoiceLinesModel(QObject *parent = nullptr);
    ~InvoiceLinesModel() override;

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    const QList<DocumentLine> &lines() const { return m_lines; }
    // Replaces the lines without an undo step (opening a document).
    void setLines(const QList<DocumentLine> &lines);
    void setPriceEntry(PriceEntry entry);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The displayed amount of each line (none when the totals cannot be computed).
    void setAmounts(const QList<std::optional<Money>> &amounts);
    // Errors by where() ("lines[2].vatRate"); the cells show theirs.
    void setErrors(const QHash<QString, QString> &errors);

    // Undoable edits.
    void insertLine(int row, const DocumentLine &line);
    void appendLine(const DocumentLine &line) { insertLine(int(m_lines.size()), line); }
    void removeLine(int row);
    void moveLine(int from, int to);
    // Applies `lines` as they are (the undo commands do).
    void applyLines(const QList<DocumentLine> &lines);

    // A new line as the editor adds it: quantity 1, unit, 20 %.
    static DocumentLine newLine();
    // The core field name of a column ("vatRate"), and the column of a field (-1 when none).
    static QString fieldOf(int column);
    static int columnOf(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The lines changed (an edit, an undo, a redo, opening a document).
    void linesChanged();
    // A typed value could not be read; the line keeps its previous value.
    void inputRejected(int row, int column, const QString &message);
    // A cell was edited by the person (before the change is applied).
    void lineEdited(int row);

private:
    void push(const QList<DocumentLine> &after, const QString &text);
    QVariant display(const DocumentLine &line, int row, int column) const;
    QVariant edit(const DocumentLine &line, int column) const;

    QList<DocumentLine> m_lines;
    QList<std::optional<Money>> m_amounts;
    QHash<QString, QString> m_errors;
    PriceEntry m_entry = PriceEntry::ExcludingVat;
    bool m_readOnly = false;
    QUndoStack *m_undo = nullptr;
};

// The delegate of a lines view: the unit, VAT rate and exemption cells are chosen from the lists
// the model gives (ChoicesRole); the mention may also be typed. Other cells edit as usual.
class LineChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// A unit price in the interface's locale ("1 234,50", "0,12345") and its reading.
QString formatUnitPrice(UnitPrice price);
Result<UnitPrice> parseUnitPrice(const QString &text);

} // namespace coop::ui
