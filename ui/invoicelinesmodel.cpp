#include "invoicelinesmodel.h"

#include "format.h"
#include "invoicesmodel.h"

#include "core/customer.h"

#include <QBrush>
#include <QComboBox>
#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// One step of the undo stack: the lines before and after an edit.
class LinesCommand : public QUndoCommand
{
public:
    LinesCommand(InvoiceLinesModel *model, QList<DocumentLine> before, QList<DocumentLine> after,
                 const QString &text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void redo() override { m_model->applyLines(m_after); }
    void undo() override { m_model->applyLines(m_before); }

private:
    InvoiceLinesModel *m_model;
    QList<DocumentLine> m_before;
    QList<DocumentLine> m_after;
};

QString lineKey(int row, int column)
{
    return u"lines[%1].%2"_s.arg(row).arg(InvoiceLinesModel::fieldOf(column));
}

} // namespace

QString formatUnitPrice(UnitPrice price)
{
    const QLocale locale = displayLocale();
    QString text = price.toString();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    const QString integral = dot < 0 ? text : text.left(dot);
    bool ok = false;
    const quint64 whole = integral.toULongLong(&ok);
    QString result = ok ? locale.toString(whole) : integral;
    if (dot >= 0)
        result += locale.decimalPoint() + text.mid(dot + 1);
    return negative ? locale.negativeSign() + result : result;
}

Result<UnitPrice> parseUnitPrice(const QString &text)
{
    const QLocale locale = displayLocale();
    QString cleaned;
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(u'€'))
        trimmed.chop(1);
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    for (const QChar c : std::as_const(trimmed)) {
        if (c.isSpace())
            continue;
        if (group.size() == 1 && c == group.at(0) && group != decimal)
            continue;
        cleaned += c == u'\u2212' ? QChar(u'-') : c;
    }
    Result<UnitPrice> price = UnitPrice::parse(cleaned);
    if (!price && price.error().code() == ErrorCode::ParseError)
        return fail(ErrorCode::ParseError,
                    InvoiceLinesModel::tr("Enter a price with at most five decimals, such as %1.")
                        .arg(formatUnitPrice(UnitPrice::fromUnits(123'450'000))));
    return price;
}

InvoiceLinesModel::InvoiceLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

InvoiceLinesModel::~InvoiceLinesModel() = default;

DocumentLine InvoiceLinesModel::newLine()
{
    DocumentLine line;
    line.quantity = coop::Quantity::fromUnits(coop::Quantity::UnitsPerOne);
    line.vatRate = Rate::fromUnits(20 * Rate::UnitsPerPercent);
    return line;
}

QString InvoiceLinesModel::fieldOf(int column)
{
    switch (column) {
    case Designation:
        return u"designation"_s;
    case Quantity:
        return u"quantity"_s;
    case Unit:
        return u"unit"_s;
    case UnitPrice:
        return u"unitPrice"_s;
    case Discount:
        return u"discount"_s;
    case VatRate:
        return u"vatRate"_s;
    case Exemption:
        return u"exemptionMention"_s;
    default:
        return {};
    }
}

int InvoiceLinesModel::columnOf(const QString &field)
{
    for (int column = 0; column < Amount; ++column) {
        if (fieldOf(column) == field)
            return column;
    }
    return -1;
}

void InvoiceLinesModel::setLines(const QList<DocumentLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_amounts.clear();
    m_errors.clear();
    endResetModel();
    if (m_undo)
        m_undo->clear();
    Q_EMIT linesChanged();
}

void InvoiceLinesModel::applyLines(const QList<DocumentLine> &lines)
{
    if (lines.size() == m_lines.size()) {
        for (qsizetype row = 0; row < lines.size(); ++row) {
            if (lines.at(row) == m_lines.at(row))
                continue;
            m_lines[row] = lines.at(row);
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    } else {
        beginResetModel();
        m_lines = lines;
        m_amounts.clear();
        endResetModel();
    }
    Q_EMIT linesChanged();
}

void InvoiceLinesModel::push(const QList<DocumentLine> &after, const QString &text)
{
    if (after == m_lines)
        return;
    if (m_undo)
        m_undo->push(new LinesCommand(this, m_lines, after, text));
    else
        applyLines(after);
}

void InvoiceLinesModel::setPriceEntry(PriceEntry entry)
{
    if (entry == m_entry)
        return;
    m_entry = entry;
    Q_EMIT headerDataChanged(Qt::Horizontal, UnitPrice, Amount);
}

void InvoiceLinesModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

void InvoiceLinesModel::setAmounts(const QList<std::optional<Money>> &amounts)
{
    m_amounts = amounts;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, Amount), index(int(m_lines.size()) - 1, Amount));
}

void InvoiceLinesModel::setErrors(const QHash<QString, QString> &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

void InvoiceLinesModel::insertLine(int row, const DocumentLine &line)
{
    QList<DocumentLine> after = m_lines;
    after.insert(std::clamp(row, 0, int(after.size())), line);
    push(after, tr("Add a line"));
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    QList<DocumentLine> after = m_lines;
    after.removeAt(row);
    push(after, tr("Remove a line"));
}

void InvoiceLinesModel::moveLine(int from, int to)
{
    if (from < 0 || from >= m_lines.size() || to < 0 || to >= m_lines.size() || from == to)
        return;
    QList<DocumentLine> after = m_lines;
    after.move(from, to);
    push(after, tr("Move a line"));
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::display(const DocumentLine &line, int row, int column) const
{
    switch (column) {
    case Designation:
        return line.designation;
    case Quantity:
        return formatQuantity(line.quantity);
    case Unit:
        return SalesLabels::unit(line.unit);
    case UnitPrice:
        return formatUnitPrice(line.unitPrice);
    case Discount:
        return line.discount ? formatPercent(*line.discount) : QString();
    case VatRate:
        return formatPercent(line.vatRate);
    case Exemption:
        return line.vatRate.isZero() ? line.exemptionMention : QString();
    case Amount:
        if (row < m_amounts.size() && m_amounts.at(row))
            return formatMoney(*m_amounts.at(row));
        return QString();
    }
    return {};
}

QVariant InvoiceLinesModel::edit(const DocumentLine &line, int column) const
{
    switch (column) {
    case Designation:
        return line.designation;
    case Quantity:
        return formatQuantity(line.quantity);
    case Unit:
        return line.unit;
    case UnitPrice:
        return formatUnitPrice(line.unitPrice);
    case Discount:
        return line.discount ? formatRate(*line.discount) : QString();
    case VatRate:
        return line.vatRate.units();
    case Exemption:
        return line.exemptionMention;
    }
    return {};
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentLine &line = m_lines.at(index.row());
    const QString error = m_errors.value(lineKey(index.row(), index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.row(), index.column());
    case Qt::EditRole:
        return edit(line, index.column());
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (index.column() == Exemption && !line.vatRate.isZero())
            return tr("Only for a 0 % line");
        return {};
    case Qt::BackgroundRole:
        if (!error.isEmpty())
            return QBrush(QColor(0xfd, 0xe0, 0xe0));
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Quantity:
        case UnitPrice:
        case Discount:
        case VatRate:
        case Amount:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case ChoicesRole: {
        QVariantList choices;
        if (index.column() == Unit) {
            for (const QString &code : knownUnitCodes())
                choices << QVariant(QVariantList{SalesLabels::unit(code), code});
        } else if (index.column() == VatRate) {
            for (const Rate rate : frenchVatRates())
                choices << QVariant(QVariantList{formatPercent(rate), rate.units()});
        } else if (index.column() == Exemption) {
            for (const QString &mention : standardExemptionMentions())
                choices << QVariant(QVariantList{mention, mention});
        }
        return choices;
    }
    case ErrorRole:
        return error;
    default:
        return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    DocumentLine line = m_lines.at(row);
    const QString text = value.toString();
    const auto reject = [&](const Error &error) {
        Q_EMIT inputRejected(row, column, error.message());
        return false;
    };
    switch (column) {
    case Designation:
        line.designation = text.trimmed();
        break;
    case Quantity: {
        const Result<coop::Quantity> quantity = parseQuantity(text);
        if (!quantity)
            return reject(quantity.error());
        line.quantity = *quantity;
        break;
    }
    case Unit:
        if (!knownUnitCodes().contains(text))
            return reject(Error(ErrorCode::InvalidArgument, tr("Choose a unit from the list.")));
        line.unit = text;
        break;
    case UnitPrice: {
        const Result<coop::UnitPrice> price = parseUnitPrice(text);
        if (!price)
            return reject(price.error());
        line.unitPrice = *price;
        break;
    }
    case Discount: {
        if (text.trimmed().isEmpty()) {
            line.discount.reset();
            break;
        }
        const Result<Rate> discount = parsePercent(text);
        if (!discount)
            return reject(discount.error());
        line.discount = *discount;
        break;
    }
    case VatRate: {
        const int type = value.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong
            || type == QMetaType::UInt) {
            line.vatRate = Rate::fromUnits(value.toLongLong());
        } else {
            const Result<Rate> rate = parsePercent(text);
            if (!rate)
                return reject(rate.error());
            line.vatRate = *rate;
        }
        break;
    }
    case Exemption:
        line.exemptionMention = text.trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT lineEdited(row);
    QList<DocumentLine> after = m_lines;
    after[row] = line;
    push(after, tr("Edit line %1").arg(row + 1));
    return true;
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != Amount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    const bool ttc = m_entry == PriceEntry::IncludingVat;
    switch (section) {
    case Designation:
        return tr("Designation");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return ttc ? tr("Unit price incl. VAT") : tr("Unit price excl. VAT");
    case Discount:
        return tr("Discount");
    case VatRate:
        return tr("VAT");
    case Exemption:
        return tr("Exemption mention");
    case Amount:
        return ttc ? tr("Amount incl. VAT") : tr("Amount excl. VAT");
    }
    return {};
}

QWidget *LineChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QVariantList choices = index.data(InvoiceLinesModel::ChoicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(index.column() == InvoiceLinesModel::Exemption);
    for (const QVariant &choice : choices) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    return combo;
}

void LineChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (const int found = combo->findData(value); found >= 0)
        combo->setCurrentIndex(found);
    else if (combo->isEditable())
        combo->setEditText(value.toString());
}

void LineChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        QStyledItemDelegate::setModelData(editor, model, index);
    else
        model->setData(index, combo->isEditable() ? QVariant(combo->currentText())
                                                  : combo->currentData());
}

} // namespace coop::ui
