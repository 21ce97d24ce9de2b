#pragma once

#include "contracttimeline.h"

#include "core/alerts.h"
#include "core/businessday.h"
#include "core/entrepreneur.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QList>

namespace coop::ui {

// The dated events of a person's contracts (the timeline in words): date, event, details.
// SortRole gives the date as a QDate.
class ContractEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Event, Details, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UpcomingRole };

    explicit ContractEventsModel(QObject *parent = nullptr);

    void setEvents(QList<ContractEvent> events);
    const ContractEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ContractEvent> m_events;
};

// A person's follow-up interviews, the latest first: date, kind, adviser, notes (first line).
class InterviewsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Kind, Adviser, Notes, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit InterviewsModel(QObject *parent = nullptr);

    void setInterviews(QList<Interview> interviews);
    const Interview &interviewAt(int row) const { return m_interviews.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Interview> m_interviews;
};

// Alerts of the cooperative (or of one person) on a date: kind, person, due date, what to do
// (the core's full sentence is the details' tooltip).
// SortRole: the kind's order then the due date for the kind column (so sorting by kind groups
// them, the most urgent first), the due date as a QDate, the name as text.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Entrepreneur, DueDate, Message, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EntrepreneurIdRole, KindRole };

    explicit AlertsModel(QObject *parent = nullptr);

    // `names`: display names by entrepreneur id; `at`: the day the alerts are computed on.
    void setAlerts(QList<Alert> alerts, const QHash<QString, QString> &names,
                   QDate at = businessToday());
    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    // How many alerts of each kind.
    QMap<AlertKind, int> countByKind() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
    QHash<QString, QString> m_names;
    QDate m_date;
};

} // namespace coop::ui
