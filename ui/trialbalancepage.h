#pragma once

#include "core/ledger.h"
#include "core/result.h"
#include "core/storage/ledgerrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

// The rows of a trial balance, one an account in account order, and a last row of totals.
class TrialBalanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Account,
        Label,
        OpeningDebit,
        OpeningCredit,
        Debit,
        Credit,
        BalanceDebit,
        BalanceCredit,
        ColumnCount
    };
    enum Role {
        CentsRole = Qt::UserRole + 1, // an amount column's cents (qint64)
    };

    explicit TrialBalanceModel(QObject *parent = nullptr);

    void setBalance(TrialBalance balance);
    const TrialBalance &balance() const { return m_balance; }
    // The total of an amount column over every account (the last row).
    Money total(int column) const;
    static Money amount(const AccountBalance &account, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TrialBalance m_balance;
    QList<Money> m_totals;
};

// The trial balance (issue 7 §5): on a date (the fiscal year to that date, opening balances
// included), of the whole cooperative or of one analytic code; exported as CSV
// (LedgerRepository::balanceCsv) or PDF. And the general ledger of the accounts that start with
// a given number over the same period and analytic code, as CSV or PDF.
class TrialBalancePage : public QWidget
{
    Q_OBJECT
public:
    explicit TrialBalancePage(QWidget *parent = nullptr);
    ~TrialBalancePage() override;

    void setStore(Store *store);
    void setDate(QDate date);
    QDate date() const;
    void setAnalyticCode(const QString &code); // "" for the whole cooperative
    QString analyticCode() const;
    void setLedgerAccount(const QString &prefix);
    // Reads the balance again.
    void refresh();

    TrialBalanceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString totalsText() const;
    QString message() const;

    Result<void> exportBalanceCsv(const QString &path) const;
    Result<void> exportBalancePdf(const QString &path) const;
    // The general ledger of the accounts starting with the ledger-account field, from the fiscal
    // year's first day to the date, with the analytic filter.
    LedgerFilter ledgerFilter() const;
    Result<void> exportLedgerCsv(const QString &path) const;
    Result<void> exportLedgerPdf(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAnalyticCodes();
    void chooseFile(int what);
    void showMessage(const QString &text, bool error);
    void retranslate();

    Store *m_store = nullptr;
    TrialBalanceModel *m_model = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_analyticLabel = nullptr;
    QComboBox *m_analytic = nullptr;
    QLabel *m_exportLabel = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_ledgerLabel = nullptr;
    QLineEdit *m_ledgerAccount = nullptr;
    QPushButton *m_ledgerCsv = nullptr;
    QPushButton *m_ledgerPdf = nullptr;
    bool m_filling = false;
};

} // namespace coop::ui
