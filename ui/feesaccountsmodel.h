#pragma once

#include "core/money.h"
#include "core/storage/accountrepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace coop::ui {

// The accountant's overview (issue 6 §6): one row per activity's account on a date. Amount
// columns sort on their cents (SortRole), the search matches the code and the name without
// accents or case (SearchRole).
class FeesAccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code, Activity, Invoiced, Collected, Contribution, SharedCosts, Salaries, Result,
        Treasury, EnvelopeGross, ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SearchRole, CentsRole };

    explicit FeesAccountsModel(QObject *parent = nullptr);

    void setAccounts(QList<EntrepreneurAccount> accounts);
    const QList<EntrepreneurAccount> &accounts() const { return m_accounts; }

    // The amount of an amount column for one account (zero for Code and Activity).
    static Money amount(const EntrepreneurAccount &account, int column);
    static bool isAmountColumn(int column) { return column >= Invoiced && column < ColumnCount; }
    // The sum of an amount column over every row.
    Money total(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EntrepreneurAccount> m_accounts;
};

// Sorts on SortRole and keeps the rows whose code or name contain the folded search text.
class FeesAccountsProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FeesAccountsProxy(QObject *parent = nullptr);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace coop::ui
