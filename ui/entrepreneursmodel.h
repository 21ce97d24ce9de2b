#pragma once

#include "core/alerts.h"
#include "core/contract.h"
#include "core/result.h"
#include "core/storage/peoplerepository.h"
#include "core/userscope.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace coop::ui {

// The entrepreneurs list: one row per person as PeopleRepository::summaries() computes it on a
// date (status and alerts come from the core rules, not from here). Display texts follow the
// interface language; SortRole gives raw values (dates as QDate, the status as its enum order,
// the number of alerts) so that a proxy sorts dates as dates.
class EntrepreneursModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Activity, Status, ContractStart, AssociateDeadline, Alerts, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value of the cell
        IdRole,                      // the entrepreneur's id (every column)
        StatusRole,                  // ContractStatus as int (every column)
        SearchTextRole,              // name, e-mail, analytic code and activity, folded
    };

    explicit EntrepreneursModel(QObject *parent = nullptr);

    // Replaces the rows with the summaries of `repository` on `at`.
    Result<void> load(const PeopleRepository &repository, QDate at);
    // The activities whose people load() keeps (issue 9); every one by default.
    void setScope(const UserScope &scope) { m_scope = scope; }
    const UserScope &scope() const { return m_scope; }
    void setSummaries(QList<EntrepreneurSummary> summaries, QDate at);
    void clear();

    QDate date() const { return m_date; }
    const EntrepreneurSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    // The row of an entrepreneur, -1 when absent.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        EntrepreneurSummary summary;
        QString searchText;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QDate m_date;
    UserScope m_scope;
};

// Search as you type and the two filters of the entrepreneurs list. The search matches every word
// typed, each anywhere in the name, e-mail, analytic code or activity name, ignoring case and
// accents. Dates that are missing sort after the others in either direction.
class EntrepreneursFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Which alerts a row must have to be shown.
    struct AlertFilter
    {
        enum class Mode { All, AnyAlert, Kind };
        Mode mode = Mode::All;
        AlertKind kind = AlertKind::CapeEndingSoon;
        bool operator==(const AlertFilter &) const = default;
    };

    explicit EntrepreneursFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setStatusFilter(std::optional<ContractStatus> status);
    std::optional<ContractStatus> statusFilter() const { return m_status; }
    void setAlertFilter(AlertFilter filter);
    AlertFilter alertFilter() const { return m_alert; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    std::optional<ContractStatus> m_status;
    AlertFilter m_alert;
};

} // namespace coop::ui
