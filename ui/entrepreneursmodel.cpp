#include "entrepreneursmodel.h"

#include "format.h"
#include "labels.h"

#include <QBrush>
#include <QCollator>

using namespace Qt::StringLiterals;

namespace coop::ui {

EntrepreneursModel::EntrepreneursModel(QObject *parent) : QAbstractTableModel(parent) {}

Result<void> EntrepreneursModel::load(const PeopleRepository &repository, QDate at)
{
    Result<QList<EntrepreneurSummary>> summaries = repository.summaries(at);
    if (!summaries)
        return fail(summaries.error());
    summaries->removeIf(
        [this](const EntrepreneurSummary &summary) { return !m_scope.sees(summary.activityId); });
    setSummaries(std::move(*summaries), at);
    return {};
}

void EntrepreneursModel::setSummaries(QList<EntrepreneurSummary> summaries, QDate at)
{
    beginResetModel();
    m_date = at;
    m_rows.clear();
    m_rows.reserve(summaries.size());
    for (EntrepreneurSummary &summary : summaries) {
        Row row;
        row.searchText = foldedForSearch(QStringList{summary.displayName, summary.email,
                                                     summary.analyticCode, summary.activityName}
                                             .join(u'\n'));
        row.summary = std::move(summary);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void EntrepreneursModel::clear()
{
    setSummaries({}, QDate());
}

int EntrepreneursModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == id)
            return int(i);
    }
    return -1;
}

int EntrepreneursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntrepreneursModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntrepreneursModel::display(const Row &row, int column) const
{
    const EntrepreneurSummary &s = row.summary;
    switch (column) {
    case Name:
        return s.displayName;
    case Activity:
        if (s.analyticCode.isEmpty())
            return s.activityName;
        return s.activityName.isEmpty() ? s.analyticCode
                                        : s.analyticCode + u" — "_s + s.activityName;
    case Status:
        return Labels::contractStatus(s.status);
    case ContractStart:
        return formatDate(s.contractStart);
    case AssociateDeadline:
        return formatDate(s.associateDeadline);
    case Alerts: {
        if (s.alerts.isEmpty())
            return QString();
        QString first = Labels::alertKind(s.alerts.constFirst());
        if (s.alerts.size() > 1)
            //: An alert's name followed by how many more alerts the person has: "CAPE ending soon (+1)"
            first = tr("%1 (+%2)").arg(first).arg(s.alerts.size() - 1);
        return first;
    }
    }
    return {};
}

QVariant EntrepreneursModel::sortValue(const Row &row, int column) const
{
    const EntrepreneurSummary &s = row.summary;
    switch (column) {
    case Name:
        return s.displayName;
    case Activity:
        return s.analyticCode;
    case Status:
        return static_cast<int>(s.status);
    case ContractStart:
        return s.contractStart;
    case AssociateDeadline:
        return s.associateDeadline;
    case Alerts:
        return int(s.alerts.size());
    }
    return {};
}

QVariant EntrepreneursModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const EntrepreneurSummary &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Alerts && !s.alerts.isEmpty()) {
            QStringList names;
            for (const AlertKind kind : s.alerts)
                names << Labels::alertKind(kind);
            return names.join(u'\n');
        }
        if (index.column() == Name && !s.email.isEmpty())
            return s.email;
        if (index.column() == Activity)
            return display(row, Activity);
        return {};
    case Qt::ForegroundRole:
        // A deadline already passed reads as one, without relying on colour alone (the alert
        // column names it too).
        if (index.column() == AssociateDeadline && s.associateDeadline.isValid()
            && m_date.isValid() && s.associateDeadline < m_date)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ContractStart || index.column() == AssociateDeadline)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return s.id;
    case StatusRole:
        return static_cast<int>(s.status);
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant EntrepreneursModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == ContractStart || section == AssociateDeadline)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Activity:
        return tr("Activity");
    case Status:
        return tr("Status");
    case ContractStart:
        return tr("Contract start");
    case AssociateDeadline:
        //: Column: the date by which a CESA employee must become an associate
        return tr("Associate by");
    case Alerts:
        return tr("Alerts");
    }
    return {};
}

EntrepreneursFilterModel::EntrepreneursFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntrepreneursModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EntrepreneursFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = foldedForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void EntrepreneursFilterModel::setStatusFilter(std::optional<ContractStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void EntrepreneursFilterModel::setAlertFilter(AlertFilter filter)
{
    if (filter == m_alert)
        return;
    m_alert = filter;
    invalidateRowsFilter();
}

bool EntrepreneursFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const EntrepreneursModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const EntrepreneurSummary &summary = model->summaryAt(sourceRow);
    if (m_status && summary.status != *m_status)
        return false;
    switch (m_alert.mode) {
    case AlertFilter::Mode::All:
        break;
    case AlertFilter::Mode::AnyAlert:
        if (summary.alerts.isEmpty())
            return false;
        break;
    case AlertFilter::Mode::Kind:
        if (!summary.alerts.contains(m_alert.kind))
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text =
        model->index(sourceRow, 0).data(EntrepreneursModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool EntrepreneursFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid()) {
            // Missing dates last whatever the order: the view reverses lessThan for descending.
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            return ascending ? da.isValid() : !da.isValid();
        }
        if (da != db)
            return da < db;
    } else if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        static thread_local QCollator collator = [] {
            QCollator c(displayLocale());
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        const int order = collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Equal keys: by name, so that a sorted list is always in the same order.
    const QModelIndex leftName = left.siblingAtColumn(EntrepreneursModel::Name);
    const QModelIndex rightName = right.siblingAtColumn(EntrepreneursModel::Name);
    if (left.column() == EntrepreneursModel::Name)
        return left.row() < right.row();
    return QString::localeAwareCompare(leftName.data(sortRole()).toString(),
                                       rightName.data(sortRole()).toString())
           < 0;
}

} // namespace coop::ui
