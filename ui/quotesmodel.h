#pragma once

#include "core/businessday.h"
#include "core/money.h"
#include "core/rate.h"
#include "core/salesdocument.h"
#include "core/userscope.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace coop {
class Store;
}

namespace coop::ui {

// What a quote's row says of it: the stored status, or Expired for a quote not signed (nor
// refused) whose validity has passed.
enum class QuoteState { Draft, Sent, Signed, Refused, Expired };

inline constexpr QuoteState kQuoteStates[] = {QuoteState::Draft, QuoteState::Sent,
                                              QuoteState::Signed, QuoteState::Refused,
                                              QuoteState::Expired};

// The names people read for the quote states and invoice roles.
class QuoteLabels
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::QuoteLabels)
public:
    static QString state(QuoteState state);
    static QString role(InvoiceRole role);
};

// The state shown for a quote on `today`.
QuoteState quoteStateOn(const Quote &quote, QDate today);
// invoiced / total as a rate (0 when the total is zero), to the hundredth of a percent.
Rate invoicedShare(Money invoiced, Money total);

// The quotes of the store (SalesRepository::quotes(), read whole: a few thousand at most) with
// the customer's name and the TTC of the validated invoices made from each.
class QuotesModel : public QAbstractTableModel
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
        ValidUntil,
        Status,
        Invoiced,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the quote's id (every column)
        StateRole,                 // QuoteState as int
        RawRole,                   // QDate, cents (qint64), rate units (qint64) or QString
        SearchRole,                // number, customer and title folded for search
    };

    struct Row
    {
        Quote quote;
        QString customerName;
        Money invoiced;   // Σ TTC of the validated invoices made from it
        QuoteState state = QuoteState::Draft;
    };

    explicit QuotesModel(QObject *parent = nullptr);
    ~QuotesModel() override;

    void setStore(Store *store);
    Store *store() const { return m_store; }
    // The activities whose quotes are listed (issue 9); every one by default. Reads them again.
    void setScope(const UserScope &scope);
    const UserScope &scope() const { return m_scope; }
    // The day the Expired state is judged on (the system date when null).
    void setToday(QDate today);
    QDate today() const { return m_today.isValid() ? m_today : businessToday(); }

    void reload();
    QString lastError() const { return m_error; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;

    Store *m_store = nullptr;
    UserScope m_scope;
    QDate m_today;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace coop::ui
