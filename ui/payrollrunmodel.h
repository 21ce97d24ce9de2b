#pragma once

#include "core/payrollrun.h"
#include "core/storage/payrollrepository.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QSortFilterProxyModel>

namespace coop::ui {

// The names people read for the payroll enumerations, in the interface language.
class PayrollLabels
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::PayrollLabels)
public:
    static QString runStatus(PayrollRunStatus status);
    // "March 2026" for "2026-03" (the text as is when it is not a month).
    static QString month(const QString &month);
};

// The stored runs (PayrollRepository::runs), newest month first: month, status, slips, gross and
// employer cost.
class PayrollRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Month, Status, Slips, Gross, EmployerCost, ColumnCount };
    enum Role { MonthRole = Qt::UserRole + 1, RawRole };

    explicit PayrollRunsModel(QObject *parent = nullptr);
    ~PayrollRunsModel() override;

    void setRuns(const QList<PayrollRunSummary> &runs);
    const QList<PayrollRunSummary> &runs() const { return m_runs; }
    int rowOf(const QString &month) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PayrollRunSummary> m_runs;
};

// The slips of one run: name, activity, days under contract, fixed and variable parts, gross, net
// before tax and employer cost. Sorting and the search by name are the proxy's
// (PayrollSlipsFilter), on RawRole.
class PayrollSlipsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Activity, Days, Fixed, Variable, Gross, Net, EmployerCost, ColumnCount };
    enum Role {
        EntrepreneurIdRole = Qt::UserRole + 1,
        RawRole,      // cents, days, or the text
        SlipRole,     // the slip's index in the run
    };

    explicit PayrollSlipsModel(QObject *parent = nullptr);
    ~PayrollSlipsModel() override;

    void setSlips(const QList<PayrollRunSlip> &slips);
    const QList<PayrollRunSlip> &slips() const { return m_slips; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PayrollRunSlip> m_slips;
};

// Sorts the slips on their raw values and keeps those whose name holds the search, without
// accents or case ("helene" finds "Hélène").
class PayrollSlipsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PayrollSlipsFilter(QObject *parent = nullptr);
    void setSearch(const QString &text);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

// The run's journal lines (account, label, analytic code, debit, credit), then a totals row.
class PayrollJournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Account, Label, AnalyticCode, Debit, Credit, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, IsTotalRole };

    explicit PayrollJournalModel(QObject *parent = nullptr);
    ~PayrollJournalModel() override;

    void setLines(const QList<PayrollJournalLine> &lines);
    const QList<PayrollJournalLine> &lines() const { return m_lines; }
    Money totalDebit() const { return m_debit; }
    Money totalCredit() const { return m_credit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PayrollJournalLine> m_lines;
    Money m_debit;
    Money m_credit;
};

} // namespace coop::ui
