#pragma once

#include "core/result.h"
#include "core/salesdocument.h"
#include "core/storage/salesrepository.h"
#include "core/userscope.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace coop {
class Store;
}

namespace coop::ui {

// The names people read for the sales enumerations, in the interface language (the core keeps
// stable keys for files; these are for screens only).
class SalesLabels
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::SalesLabels)
public:
    static QString documentKind(DocumentKind kind);
    static QString paymentMode(PaymentMode mode);
    static QString operationNature(OperationNature nature);
    static QString priceEntry(PriceEntry entry);
    static QString customerKind(CustomerKind kind);
    // The state of a list row: "Draft", "To be paid", "Partly paid", "Paid", "Overdue (3 d)";
    // a validated credit note reads "Issued".
    static QString rowStatus(const DocumentListRow &row);
    // The list's state filter.
    static QString filterState(DocumentFilter::State state);
    // "20 %", and "0 % (exempt)".
    static QString vatRate(Rate rate);
    static QString unit(const QString &code);
};

inline constexpr DocumentFilter::State kDocumentFilterStates[] = {
    DocumentFilter::State::All,      DocumentFilter::State::Draft,
    DocumentFilter::State::Unpaid,   DocumentFilter::State::PartlyPaid,
    DocumentFilter::State::Paid,     DocumentFilter::State::Overdue};

// The invoices and credit notes of the store as SalesRepository lists them: filters and sorting
// are done in SQL, and rows are read a page at a time as the view scrolls (canFetchMore /
// fetchMore), so the first rows of a million documents show at once and only what was scrolled
// through is held. The total of the filter (COUNT) is read on demand, not to show the first page.
// Credit notes show their amounts negative, as they weigh on a balance.
class InvoicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Date,
        Customer,
        Title,
        TotalExcludingVat,
        TotalIncludingVat,
        Remaining,
        DueDate,
        Status,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the document's id (every column)
        KindRole,                  // DocumentKind as int
        StatusRole,                // DocumentStatus as int
        PaymentStatusRole,         // PaymentStatus as int (validated documents)
        RawRole,                   // the cell's raw value: QDate, cents (qint64), QString
    };
    static constexpr int kDefaultPageSize = 200;

    explicit InvoicesModel(QObject *parent = nullptr);
    ~InvoicesModel() override;

    // The store to list (null: nothing). Reads the first page.
    void setStore(Store *store);
    Store *store() const { return m_store; }
    void setFilter(const DocumentFilter &filter);
    const DocumentFilter &filter() const { return m_filter; }
    // The activities whose documents are listed (issue 9): an entrepreneur's own, an accountant's
    // portfolio; the admin's scope (the default) lists every document. Reads the first page.
    void setScope(const UserScope &scope);
    const UserScope &scope() const { return m_scope; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // The SQL order of a column, or none for the columns the store does not sort on.
    static std::optional<DocumentSort> sortFor(int column);
    static bool isSortable(int column) { return sortFor(column).has_value(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Reads the first page again (after a change), keeping the filter and the order.
    void reload();
    // The number of documents that match the filter (COUNT in SQL; cached until the next reload
    // or filter change).
    Result<qint64> totalCount() const;
    // The last reading error, empty when the last read succeeded.
    QString lastError() const { return m_error; }

    const DocumentListRow &rowAt(int row) const { return m_rows.at(row); }
    // The row of a document among those read so far, -1 when absent.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts in SQL; a column the store does not sort on is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The rows were read again from the first page (filter, order or store changed).
    void reloaded();

private:
    // The next page of the filter within the scope, from m_sourceOffset; atEnd once the store
    // has no more.
    Result<QList<DocumentListRow>> readNext(bool &atEnd);
    // The filters whose union is the filter within the scope: the filter itself for the admin,
    // one per activity of the scope otherwise (none when the scope holds no activity).
    QList<DocumentFilter> scopedFilters() const;
    QVariant display(const DocumentListRow &row, int column) const;
    QVariant raw(const DocumentListRow &row, int column) const;

    Store *m_store = nullptr;
    DocumentFilter m_filter;
    UserScope m_scope;
    qint64 m_sourceOffset = 0; // rows of the store's list read so far (some may be out of scope)
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_pageSize = kDefaultPageSize;
    QList<DocumentListRow> m_rows;
    bool m_atEnd = true;
    bool m_notifying = false;
    QString m_error;
    mutable std::optional<qint64> m_count;
};

} // namespace coop::ui
