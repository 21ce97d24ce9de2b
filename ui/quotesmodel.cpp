#include "quotesmodel.h"

#include "format.h"

#include "core/storage/salesrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace coop::ui {

QString QuoteLabels::state(QuoteState state)
{
    switch (state) {
    case QuoteState::Draft:
        return tr("Draft");
    case QuoteState::Sent:
        return tr("Sent");
    case QuoteState::Signed:
        return tr("Signed");
    case QuoteState::Refused:
        return tr("Refused");
    case QuoteState::Expired:
        return tr("Expired");
    }
    return {};
}

QString QuoteLabels::role(InvoiceRole role)
{
    switch (role) {
    case InvoiceRole::Standard:
        return tr("Invoice");
    case InvoiceRole::Deposit:
        return tr("Deposit invoice");
    case InvoiceRole::Intermediate:
        return tr("Intermediate invoice");
    case InvoiceRole::Balance:
        return tr("Balance invoice");
    }
    return {};
}

QuoteState quoteStateOn(const Quote &quote, QDate today)
{
    switch (quote.status) {
    case QuoteStatus::Signed:
        return QuoteState::Signed;
    case QuoteStatus::Refused:
        return QuoteState::Refused;
    case QuoteStatus::Draft:
    case QuoteStatus::Sent:
        break;
    }
    if (quote.validUntil.isValid() && quote.validUntil < today)
        return QuoteState::Expired;
    return quote.status == QuoteStatus::Sent ? QuoteState::Sent : QuoteState::Draft;
}

Rate invoicedShare(Money invoiced, Money total)
{
    if (total.cents() == 0)
        return Rate::fromUnits(0);
    // Hundredths of a percent, rounded half away from zero (amounts below 9 × 10^14 cents).
    const qint64 scaled = invoiced.cents() * 10'000;
    const qint64 whole = total.cents() < 0 ? -total.cents() : total.cents();
    const qint64 magnitude = ((scaled < 0 ? -scaled : scaled) * 2 + whole) / (2 * whole);
    const qint64 hundredths = (scaled < 0) != (total.cents() < 0) ? -magnitude : magnitude;
    return Rate::fromUnits(hundredths * (Rate::UnitsPerPercent / 100));
}

QuotesModel::QuotesModel(QObject *parent) : QAbstractTableModel(parent) {}

QuotesModel::~QuotesModel() = default;

void QuotesModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void QuotesModel::setScope(const UserScope &scope)
{
    m_scope = scope;
    reload();
}

void QuotesModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void QuotesModel::reload()
{
    QList<Row> rows;
    m_error.clear();
    if (m_store) {
        SalesRepository sales(*m_store);
        const Result<QList<Quote>> quotes = sales.quotes();
        const Result<QList<coop::Customer>> customers = sales.customers();
        if (!quotes || !customers) {
            m_error = !quotes ? quotes.error().message() : customers.error().message();
        } else {
            QHash<QString, QString> names;
            for (const coop::Customer &customer : *customers)
                names.insert(customer.id, customer.displayName());
            const QDate day = today();
            rows.reserve(quotes->size());
            for (const Quote &quote : *quotes) {
                if (!m_scope.sees(quote.activityId))
                    continue;
                Row row;
                row.quote = quote;
                row.customerName = names.value(quote.customerId);
                row.state = quoteStateOn(quote, day);
                // Only a signed quote has invoices.
                if (quote.status == QuoteStatus::Signed) {
                    const Result<QList<SalesDocument>> invoices = sales.invoicesOfQuote(quote.id);
                    if (!invoices) {
                        m_error = invoices.error().message();
                    } else {
                        for (const SalesDocument &invoice : *invoices) {
                            if (invoice.status == DocumentStatus::Validated)
                                row.invoiced += invoice.totalIncludingVat;
                        }
                    }
                }
                rows.append(row);
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QuotesModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).quote.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int QuotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotesModel::display(const Row &row, int column) const
{
    const Quote &quote = row.quote;
    switch (column) {
    case Number:
        return quote.number;
    case Date:
        return formatDate(quote.date);
    case Customer:
        return row.customerName;
    case Title:
        return quote.title;
    case TotalExcludingVat:
        return formatMoney(quote.totalExcludingVat);
    case TotalIncludingVat:
        return formatMoney(quote.totalIncludingVat);
    case ValidUntil:
        return formatDate(quote.validUntil);
    case Status:
        return QuoteLabels::state(row.state);
    case Invoiced:
        if (quote.status != QuoteStatus::Signed)
            return QString();
        return formatPercent(invoicedShare(row.invoiced, quote.totalIncludingVat));
    default:
        return {};
    }
}

QVariant QuotesModel::raw(const Row &row, int column) const
{
    const Quote &quote = row.quote;
    switch (column) {
    case Number:
        return quote.number;
    case Date:
        return quote.date;
    case Customer:
        return row.customerName;
    case Title:
        return quote.title;
    case TotalExcludingVat:
        return quote.totalExcludingVat.cents();
    case TotalIncludingVat:
        return quote.totalIncludingVat.cents();
    case ValidUntil:
        return quote.validUntil;
    case Status:
        return static_cast<int>(row.state);
    case Invoiced:
        return invoicedShare(row.invoiced, quote.totalIncludingVat).units();
    default:
        return {};
    }
}

QVariant QuotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TotalExcludingVat:
        case TotalIncludingVat:
        case Invoiced:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case IdRole:
        return row.quote.id;
    case StateRole:
        return static_cast<int>(row.state);
    case RawRole:
        return raw(row, index.column());
    case SearchRole:
        return foldedForSearch(row.quote.number + u' ' + row.customerName + u' '
                               + row.quote.title);
    default:
        return {};
    }
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
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
        return tr("Total excl. VAT");
    case TotalIncludingVat:
        return tr("Total incl. VAT");
    case ValidUntil:
        return tr("Valid until");
    case Status:
        return tr("Status");
    case Invoiced:
        return tr("Invoiced");
    default:
        return {};
    }
}

} // namespace coop::ui
