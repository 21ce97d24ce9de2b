#include "ledgermodel.h"

#include "format.h"

#include "core/storage/store.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace coop::ui {

LedgerModel::LedgerModel(QObject *parent) : QAbstractTableModel(parent) {}

LedgerModel::~LedgerModel() = default;

void LedgerModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void LedgerModel::setStore(Store *store, const LedgerFilter &filter)
{
    m_store = store;
    m_filter = filter;
    reload();
}

void LedgerModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reload();
}

void LedgerModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void LedgerModel::addToTotals(const QList<LedgerRow> &rows)
{
    for (const LedgerRow &row : rows) {
        m_loadedDebit += row.debit;
        m_loadedCredit += row.credit;
    }
}

void LedgerModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_count.reset();
    m_error.clear();
    m_loadedDebit = Money();
    m_loadedCredit = Money();
    m_atEnd = true;
    if (m_store) {
        Result<QList<LedgerRow>> page = LedgerRepository(*m_store).rows(m_filter, 0, m_pageSize);
        if (page) {
            m_rows = std::move(*page);
            m_atEnd = m_rows.size() < m_pageSize;
            addToTotals(m_rows);
        } else {
            m_error = page.error().message();
        }
    }
    endResetModel();
    m_notifying = false;
    Q_EMIT reloaded();
}

Result<qint64> LedgerModel::totalCount() const
{
    if (!m_store)
        return qint64(0);
    if (m_atEnd && m_error.isEmpty())
        return qint64(m_rows.size());
    if (m_count)
        return *m_count;
    Result<qint64> count = LedgerRepository(*m_store).countRows(m_filter);
    if (count)
        m_count = *count;
    return count;
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is being read or the views hear of a change: it would be read twice.
    return !parent.isValid() && m_store && !m_atEnd && !m_notifying;
}

void LedgerModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_notifying = true;
    Result<QList<LedgerRow>> page =
        LedgerRepository(*m_store).rows(m_filter, m_rows.size(), m_pageSize);
    if (!page) {
        m_error = page.error().message();
        m_atEnd = true;
        m_notifying = false;
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->size()) - 1);
        addToTotals(*page);
        m_rows.append(std::move(*page));
        endInsertRows();
    }
    m_notifying = false;
    Q_EMIT fetched();
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// A zero amount is left blank: a line is on one side.
QString sideAmount(Money amount)
{
    return amount.isZero() ? QString() : formatMoney(amount);
}

} // namespace

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Journal:
            return row.journal;
        case Number:
            return QString::number(row.number);
        case Date:
            return formatDate(row.date);
        case Piece:
            return row.pieceRef;
        case Account:
            return row.account;
        case AccountLabel:
            return row.accountLabel;
        case Aux:
            return row.auxAccount;
        case Label:
            return row.label.isEmpty() ? row.entryLabel : row.label;
        case Analytic:
            return row.activityCode;
        case Debit:
            return sideAmount(row.debit);
        case Credit:
            return sideAmount(row.credit);
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case Journal:
            return row.journal;
        case Number:
            return row.number;
        case Date:
            return row.date;
        case Piece:
            return row.pieceRef;
        case Account:
            return row.account;
        case AccountLabel:
            return row.accountLabel;
        case Aux:
            return row.auxAccount;
        case Label:
            return row.label.isEmpty() ? row.entryLabel : row.label;
        case Analytic:
            return row.activityCode;
        case Debit:
            return row.debit.cents();
        case Credit:
            return row.credit.cents();
        }
        return {};
    case SequenceRole:
        return row.sequence;
    case Qt::ToolTipRole:
        if (index.column() == Aux && !row.auxLabel.isEmpty())
            return row.auxLabel;
        if (index.column() == Label || index.column() == AccountLabel)
            return data(index, Qt::DisplayRole);
        if (index.column() == Piece && row.pieceDate.isValid())
            //: The tooltip of a journal line's piece; %1 is the piece's date
            return tr("Piece dated %1").arg(formatDate(row.pieceDate));
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Debit:
        case Credit:
        case Number:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Date:
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // The entry's first line starts a new entry: its later lines are greyed in the key
        // columns, so entries read as blocks.
        if (index.row() > 0 && index.column() <= Piece) {
            const LedgerRow &previous = m_rows.at(index.row() - 1);
            if (previous.sequence == row.sequence)
                return QBrush(QColor(0x9e, 0x9e, 0x9e));
        }
        return {};
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Debit || section == Credit || section == Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Journal:
        //: Column of the journal browser: the journal's code (VT, BQ…)
        return tr("Journal");
    case Number:
        //: Column of the journal browser: the entry's number in its journal
        return tr("No.");
    case Date:
        return tr("Date");
    case Piece:
        //: Column of the journal browser: the piece (document) reference
        return tr("Piece");
    case Account:
        return tr("Account");
    case AccountLabel:
        return tr("Account label");
    case Aux:
        //: Column of the journal browser: the auxiliary (third-party) account
        return tr("Aux. account");
    case Label:
        return tr("Label");
    case Analytic:
        //: Column of the journal browser: the activity's analytic code
        return tr("Analytic");
    case Debit:
        return tr("Debit");
    case Credit:
        return tr("Credit");
    }
    return {};
}

} // namespace coop::ui
