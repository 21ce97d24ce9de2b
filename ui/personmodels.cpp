#include "personmodels.h"

#include "format.h"
#include "labels.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// Dates are centred in their column: they all have the same width, and a centred column keeps
// them clear of the text beside them.
QVariant centred()
{
    return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
}

QVariant leftAligned()
{
    return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + u" …"_s;
}

} // namespace

ContractEventsModel::ContractEventsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContractEventsModel::setEvents(QList<ContractEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ContractEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ContractEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContractEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return formatDate(event.date);
        case Event:
            return event.title;
        case Details:
            return event.details;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Details && !event.details.isEmpty() ? event.details : QVariant();
    case Qt::FontRole:
        if (event.upcoming) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (event.kind == ContractEvent::Kind::AssociateDeadline)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Date ? centred() : leftAligned();
    case SortRole:
        switch (index.column()) {
        case Date:
            return event.date;
        case Event:
            return event.title;
        case Details:
            return event.details;
        }
        return {};
    case UpcomingRole:
        return event.upcoming;
    default:
        return {};
    }
}

QVariant ContractEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Date ? centred() : leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Event:
        return tr("Event");
    case Details:
        return tr("Details");
    }
    return {};
}

InterviewsModel::InterviewsModel(QObject *parent) : QAbstractTableModel(parent) {}

void InterviewsModel::setInterviews(QList<Interview> interviews)
{
    std::stable_sort(interviews.begin(), interviews.end(),
                     [](const Interview &a, const Interview &b) { return a.date > b.date; });
    beginResetModel();
    m_interviews = std::move(interviews);
    endResetModel();
}

int InterviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interviews.size());
}

int InterviewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interview &interview = m_interviews.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return formatDate(interview.date);
        case Kind:
            return Labels::interviewKind(interview.kind);
        case Adviser:
            return interview.adviser;
        case Notes:
            return firstLine(interview.notes);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Notes && !interview.notes.isEmpty() ? interview.notes
                                                                     : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Date ? centred() : leftAligned();
    case SortRole:
        switch (index.column()) {
        case Date:
            return interview.date;
        case Kind:
            return static_cast<int>(interview.kind);
        case Adviser:
            return interview.adviser;
        case Notes:
            return interview.notes;
        }
        return {};
    case IdRole:
        return interview.id;
    default:
        return {};
    }
}

QVariant InterviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Date ? centred() : leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Adviser:
        return tr("Adviser");
    case Notes:
        return tr("Notes");
    }
    return {};
}

AlertsModel::AlertsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertsModel::setAlerts(QList<Alert> alerts, const QHash<QString, QString> &names, QDate at)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.kind != b.kind)
            return static_cast<int>(a.kind) < static_cast<int>(b.kind);
        return a.dueDate < b.dueDate;
    });
    beginResetModel();
    m_alerts = std::move(alerts);
    m_names = names;
    m_date = at;
    endResetModel();
}

QMap<AlertKind, int> AlertsModel::countByKind() const
{
    QMap<AlertKind, int> counts;
    for (const Alert &alert : m_alerts)
        ++counts[alert.kind];
    return counts;
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return Labels::alertKind(alert.kind);
        case Entrepreneur:
            return m_names.value(alert.entrepreneurId);
        case DueDate:
            return formatDate(alert.dueDate);
        case Message:
            return Labels::alertDetails(alert, m_date, Labels::WithDate::No);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Message ? alert.message : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == DueDate ? centred() : leftAligned();
    case SortRole:
        switch (index.column()) {
        case Kind:
            // The kind, then the date: sorting by kind groups the alerts, earliest first.
            return qint64(static_cast<int>(alert.kind)) * 100'000'000
                   + (alert.dueDate.isValid() ? alert.dueDate.toJulianDay() : 0);
        case Entrepreneur:
            return m_names.value(alert.entrepreneurId);
        case DueDate:
            return alert.dueDate;
        case Message:
            return alert.message;
        }
        return {};
    case EntrepreneurIdRole:
        return alert.entrepreneurId;
    case KindRole:
        return static_cast<int>(alert.kind);
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == DueDate ? centred() : leftAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Alert");
    case Entrepreneur:
        return tr("Entrepreneur");
    case DueDate:
        return tr("Date");
    case Message:
        return tr("Details");
    }
    return {};
}

} // namespace coop::ui
