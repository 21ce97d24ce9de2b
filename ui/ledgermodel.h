#pragma once

#include "core/result.h"
#include "core/storage/ledgerrepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace coop {
class Store;
}

namespace coop::ui {

// The posted lines of the ledger as LedgerRepository lists them, in validation order (entry by
// entry, line by line): the filter is applied in SQL and rows are read a page at a time as the
// view scrolls (canFetchMore / fetchMore), so the first lines of a large ledger show at once. The
// number of lines of the filter (COUNT) is read on demand, not to show the first page.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Journal,
        Number,
        Date,
        Piece,
        Account,
        AccountLabel,
        Aux,
        Label,
        Analytic,
        Debit,
        Credit,
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // the cell's raw value: QDate, cents (qint64), QString
        SequenceRole,               // the entry's order of posting
    };
    static constexpr int kDefaultPageSize = 200;

    explicit LedgerModel(QObject *parent = nullptr);
    ~LedgerModel() override;

    // The store to list (null: nothing). Reads the first page.
    void setStore(Store *store);
    Store *store() const { return m_store; }
    void setFilter(const LedgerFilter &filter);
    // Both at once, read once.
    void setStore(Store *store, const LedgerFilter &filter);
    const LedgerFilter &filter() const { return m_filter; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Reads the first page again, keeping the filter.
    void reload();
    // Whether every line of the filter has been read.
    bool atEnd() const { return m_atEnd; }
    // The number of lines that match the filter (COUNT in SQL; cached until the next reload).
    Result<qint64> totalCount() const;
    // The last reading error, empty when the last read succeeded.
    QString lastError() const { return m_error; }

    const LedgerRow &rowAt(int row) const { return m_rows.at(row); }
    // The debits and credits of the lines read so far.
    Money loadedDebit() const { return m_loadedDebit; }
    Money loadedCredit() const { return m_loadedCredit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The rows were read again from the first page (filter or store changed).
    void reloaded();
    // More rows were read (fetchMore).
    void fetched();

private:
    void addToTotals(const QList<LedgerRow> &rows);

    Store *m_store = nullptr;
    LedgerFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    QList<LedgerRow> m_rows;
    Money m_loadedDebit;
    Money m_loadedCredit;
    bool m_atEnd = true;
    bool m_notifying = false;
    QString m_error;
    mutable std::optional<qint64> m_count;
};

} // namespace coop::ui
