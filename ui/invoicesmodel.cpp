#include "invoicesmodel.h"

#include "format.h"

#include "core/storage/store.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace coop::ui {

// ---- Labels --------------------------------------------------------------------------------

QString SalesLabels::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Invoice:
        return tr("Invoice");
    case DocumentKind::CreditNote:
        return tr("Credit note");
    }
    return {};
}

QString SalesLabels::paymentMode(PaymentMode mode)
{
    switch (mode) {
    case PaymentMode::Transfer:
        return tr("Bank transfer");
    case PaymentMode::Cheque:
        return tr("Cheque");
    case PaymentMode::Card:
        return tr("Card");
    case PaymentMode::Cash:
        return tr("Cash");
    }
    return {};
}

QString SalesLabels::operationNature(OperationNature nature)
{
    switch (nature) {
    case OperationNature::Services:
        return tr("Services");
    case OperationNature::Goods:
        return tr("Goods");
    case OperationNature::Both:
        return tr("Goods and services");
    }
    return {};
}

QString SalesLabels::priceEntry(PriceEntry entry)
{
    switch (entry) {
    case PriceEntry::ExcludingVat:
        return tr("Prices excluding VAT");
    case PriceEntry::IncludingVat:
        return tr("Prices including VAT");
    }
    return {};
}

QString SalesLabels::customerKind(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Company:
        return tr("Company or public body");
    case CustomerKind::Individual:
        return tr("Individual");
    }
    return {};
}

QString SalesLabels::rowStatus(const DocumentListRow &row)
{
    if (row.status == DocumentStatus::Draft)
        return tr("Draft");
    if (row.kind == DocumentKind::CreditNote)
        //: A validated credit note
        return tr("Issued");
    switch (row.paymentStatus) {
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::PartlyPaid:
        if (row.daysLate > 0)
            //: A partly paid invoice past its due date; %n days late
            return tr("Partly paid, overdue (%n d)", nullptr, int(row.daysLate));
        return tr("Partly paid");
    case PaymentStatus::Waiting:
        if (row.daysLate > 0)
            //: An unpaid invoice past its due date; %n days late
            return tr("Overdue (%n d)", nullptr, int(row.daysLate));
        //: An invoice waiting for its payment
        return tr("To be paid");
    }
    return {};
}

QString SalesLabels::filterState(DocumentFilter::State state)
{
    switch (state) {
    case DocumentFilter::State::All:
        return tr("All", "invoice state filter");
    case DocumentFilter::State::Draft:
        return tr("Drafts");
    case DocumentFilter::State::Waiting:
        return tr("Nothing paid");
    case DocumentFilter::State::PartlyPaid:
        return tr("Partly paid");
    case DocumentFilter::State::Paid:
        return tr("Paid");
    case DocumentFilter::State::Unpaid:
        return tr("Unpaid");
    case DocumentFilter::State::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString SalesLabels::vatRate(Rate rate)
{
    if (rate.isZero())
        //: The 0 % VAT rate, which needs an exemption mention
        return tr("0 % (exempt)");
    return formatPercent(rate);
}

QString SalesLabels::unit(const QString &code)
{
    if (code == u"C62"_s)
        return tr("unit");
    if (code == u"HUR"_s)
        return tr("hour");
    if (code == u"DAY"_s)
        return tr("day");
    if (code == u"MON"_s)
        return tr("month");
    if (code == u"WEE"_s)
        return tr("week");
    if (code == u"KGM"_s)
        return tr("kg");
    if (code == u"MTR"_s)
        return tr("m");
    if (code == u"MTK"_s)
        return tr("m²");
    if (code == u"MTQ"_s)
        return tr("m³");
    if (code == u"LTR"_s)
        return tr("l");
    if (code == u"H87"_s)
        return tr("piece");
    if (code == u"LS"_s)
        return tr("lump sum");
    if (code == u"KMT"_s)
        return tr("km");
    return code;
}

// ---- Model ---------------------------------------------------------------------------------

InvoicesModel::InvoicesModel(QObject *parent) : QAbstractTableModel(parent) {}

InvoicesModel::~InvoicesModel() = default;

void InvoicesModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void InvoicesModel::setFilter(const DocumentFilter &filter)
{
    m_filter = filter;
    reload();
}

void InvoicesModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

std::optional<DocumentSort> InvoicesModel::sortFor(int column)
{
    switch (column) {
    case Number:
        return DocumentSort::Number;
    case Date:
        return DocumentSort::Date;
    case Customer:
        return DocumentSort::Customer;
    case TotalIncludingVat:
        return DocumentSort::TotalIncludingVat;
    case Remaining:
        return DocumentSort::Remaining;
    case DueDate:
        return DocumentSort::DueDate;
    default:
        return std::nullopt;
    }
}

void InvoicesModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void InvoicesModel::setScope(const UserScope &scope)
{
    m_scope = scope;
    reload();
}

QList<DocumentFilter> InvoicesModel::scopedFilters() const
{
    if (m_scope.seesAll())
        return {m_filter};
    QList<DocumentFilter> filters;
    if (!m_filter.activityId.isEmpty()) {
        if (m_scope.sees(m_filter.activityId))
            filters.append(m_filter);
        return filters;
    }
    for (const QString &activityId : m_scope.activityIds) {
        DocumentFilter filter = m_filter;
        filter.activityId = activityId;
        filters.append(filter);
    }
    return filters;
}

Result<QList<DocumentListRow>> InvoicesModel::readNext(bool &atEnd)
{
    atEnd = true;
    const QList<DocumentFilter> filters = scopedFilters();
    if (filters.isEmpty())
        return QList<DocumentListRow>();
    // One filter is read in SQL as it is; several activities are read in the store's order and
    // the rows of other activities left out, until a page is full or the list ends.
    const bool sieve = filters.size() > 1;
    const DocumentFilter &filter = sieve ? m_filter : filters.first();
    const SalesRepository repository(*m_store);
    QList<DocumentListRow> rows;
    for (;;) {
        Result<QList<DocumentListRow>> page = repository.listDocuments(
            filter, *sortFor(m_sortColumn), m_sortOrder, m_sourceOffset, m_pageSize);
        if (!page)
            return std::unexpected(page.error());
        m_sourceOffset += page->size();
        atEnd = page->size() < m_pageSize;
        for (DocumentListRow &row : *page) {
            if (!sieve || m_scope.sees(row.activityId))
                rows.append(std::move(row));
        }
        if (atEnd || rows.size() >= m_pageSize)
            return rows;
    }
}

void InvoicesModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_count.reset();
    m_error.clear();
    m_atEnd = true;
    m_sourceOffset = 0;
    if (m_store) {
        bool atEnd = true;
        Result<QList<DocumentListRow>> page = readNext(atEnd);
        if (page) {
            m_rows = std::move(*page);
            m_atEnd = atEnd;
        } else {
            m_error = page.error().message();
        }
    }
    endResetModel();
    m_notifying = false;
    Q_EMIT reloaded();
}

Result<qint64> InvoicesModel::totalCount() const
{
    if (!m_store)
        return qint64(0);
    if (m_atEnd && m_error.isEmpty())
        return qint64(m_rows.size());
    if (m_count)
        return *m_count;
    const SalesRepository repository(*m_store);
    qint64 total = 0;
    for (const DocumentFilter &filter : scopedFilters()) {
        Result<qint64> count = repository.countDocuments(filter);
        if (!count)
            return count;
        total += *count;
    }
    m_count = total;
    return total;
}

bool InvoicesModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is being read or the views hear of a change: the page would be read twice.
    return !parent.isValid() && m_store && !m_atEnd && !m_notifying;
}

void InvoicesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_notifying = true;
    bool atEnd = true;
    Result<QList<DocumentListRow>> page = readNext(atEnd);
    if (!page) {
        m_error = page.error().message();
        m_atEnd = true;
        m_notifying = false;
        return;
    }
    m_atEnd = atEnd;
    if (page->isEmpty()) {
        m_notifying = false;
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(*page));
    endInsertRows();
    m_notifying = false;
}

int InvoicesModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int InvoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// An amount as the list shows it: a credit note's negative.
Money signedAmount(const DocumentListRow &row, Money amount)
{
    return row.kind == DocumentKind::CreditNote ? -amount : amount;
}

} // namespace

QVariant InvoicesModel::display(const DocumentListRow &row, int column) const
{
    switch (column) {
    case Number:
        if (row.number.isEmpty())
            return row.kind == DocumentKind::CreditNote ? tr("(draft credit note)")
                                                        : tr("(draft)");
        return row.number;
    case Date:
        return formatDate(row.date);
    case Customer:
        return row.customerName;
    case Title:
        return row.title;
    case TotalExcludingVat:
        return formatMoney(signedAmount(row, row.totalExcludingVat));
    case TotalIncludingVat:
        return formatMoney(signedAmount(row, row.totalIncludingVat));
    case Remaining:
        if (row.status == DocumentStatus::Draft)
            return QString();
        return formatMoney(signedAmount(row, row.remaining));
    case DueDate:
        return formatDate(row.dueDate);
    case Status:
        return SalesLabels::rowStatus(row);
    }
    return {};
}

QVariant InvoicesModel::raw(const DocumentListRow &row, int column) const
{
    switch (column) {
    case Number:
        return row.number;
    case Date:
        return row.date;
    case Customer:
        return row.customerName;
    case Title:
        return row.title;
    case TotalExcludingVat:
        return signedAmount(row, row.totalExcludingVat).cents();
    case TotalIncludingVat:
        return signedAmount(row, row.totalIncludingVat).cents();
    case Remaining:
        return signedAmount(row, row.remaining).cents();
    case DueDate:
        return row.dueDate;
    case Status:
        return static_cast<int>(row.paymentStatus);
    }
    return {};
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Number)
            return SalesLabels::documentKind(row.kind);
        if (index.column() == Title || index.column() == Customer)
            return display(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TotalExcludingVat:
        case TotalIncludingVat:
        case Remaining:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Date:
        case DueDate:
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Late invoices read as late; the status text says it too, colour is not alone.
        if (index.column() == Status && row.status == DocumentStatus::Validated
            && row.kind == DocumentKind::Invoice && row.paymentStatus != PaymentStatus::Paid
            && row.daysLate > 0)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (row.status == DocumentStatus::Draft && index.column() == Number)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case IdRole:
        return row.id;
    case KindRole:
        return static_cast<int>(row.kind);
    case StatusRole:
        return static_cast<int>(row.status);
    case PaymentStatusRole:
        return static_cast<int>(row.paymentStatus);
    case RawRole:
        return raw(row, index.column());
    default:
        return {};
    }
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == TotalExcludingVat || section == TotalIncludingVat || section == Remaining)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column is not sortable");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Title:
        return tr("Title");
    case TotalExcludingVat:
        //: Column: total excluding VAT (HT)
        return tr("Excl. VAT");
    case TotalIncludingVat:
        //: Column: total including VAT (TTC)
        return tr("Incl. VAT");
    case Remaining:
        //: Column: what is left to pay
        return tr("Remaining");
    case DueDate:
        return tr("Due date");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace coop::ui
