#include "payrollrunmodel.h"

#include "format.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

// ---- Labels --------------------------------------------------------------------------------

QString PayrollLabels::runStatus(PayrollRunStatus status)
{
    switch (status) {
    case PayrollRunStatus::Draft:
        //: A payroll run that may still be computed again
        return tr("Draft");
    case PayrollRunStatus::Closed:
        //: A payroll run frozen for good
        return tr("Closed");
    }
    return {};
}

QString PayrollLabels::month(const QString &month)
{
    const Result<QDate> first = parsePayrollMonth(month);
    if (!first)
        return month;
    QString text = displayLocale().toString(*first, u"MMMM yyyy"_s);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// ---- Runs ----------------------------------------------------------------------------------

PayrollRunsModel::PayrollRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

PayrollRunsModel::~PayrollRunsModel() = default;

void PayrollRunsModel::setRuns(const QList<PayrollRunSummary> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int PayrollRunsModel::rowOf(const QString &month) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).month == month)
            return int(i);
    }
    return -1;
}

int PayrollRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int PayrollRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayrollRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayrollRunSummary &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Month:
            return PayrollLabels::month(run.month);
        case Status:
            return PayrollLabels::runStatus(run.status);
        case Slips:
            return formatCount(run.totals.slips);
        case Gross:
            return formatMoney(run.totals.gross);
        case EmployerCost:
            return formatMoney(run.totals.employerCost);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            const QString computed =
                tr("Computed on %1").arg(formatDate(run.computedAt.toLocalTime().date()));
            return run.closedAt.isValid()
                       ? computed + u", "_s
                             + tr("closed on %1").arg(formatDate(run.closedAt.toLocalTime().date()))
                       : computed;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Slips)
            return rightAligned();
        return {};
    case MonthRole:
        return run.month;
    case RawRole:
        switch (index.column()) {
        case Month:
            return run.month;
        case Status:
            return static_cast<int>(run.status);
        case Slips:
            return run.totals.slips;
        case Gross:
            return run.totals.gross.cents();
        case EmployerCost:
            return run.totals.employerCost.cents();
        }
        return {};
    default:
        return {};
    }
}

QVariant PayrollRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Slips ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month:
        return tr("Month");
    case Status:
        return tr("Status");
    case Slips:
        //: Column: the number of payslips of a run
        return tr("Payslips");
    case Gross:
        return tr("Gross");
    case EmployerCost:
        return tr("Employer cost");
    }
    return {};
}

// ---- Slips ---------------------------------------------------------------------------------

PayrollSlipsModel::PayrollSlipsModel(QObject *parent) : QAbstractTableModel(parent) {}

PayrollSlipsModel::~PayrollSlipsModel() = default;

void PayrollSlipsModel::setSlips(const QList<PayrollRunSlip> &slips)
{
    beginResetModel();
    m_slips = slips;
    endResetModel();
}

int PayrollSlipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slips.size());
}

int PayrollSlipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayrollSlipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayrollRunSlip &slip = m_slips.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return slip.name;
        case Activity:
            return slip.activityCode;
        case Days:
            return formatCount(slip.daysUnderContract);
        case Fixed:
            return formatAmount(slip.fixedGross);
        case Variable:
            return formatAmount(slip.variableGross);
        case Gross:
            return formatAmount(slip.payslip.gross);
        case Net:
            return formatAmount(slip.payslip.netBeforeTax);
        case EmployerCost:
            return formatAmount(slip.payslip.employerCost);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return slip.name;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Days)
            return rightAligned();
        return {};
    case EntrepreneurIdRole:
        return slip.entrepreneurId;
    case SlipRole:
        return index.row();
    case RawRole:
        switch (index.column()) {
        case Name:
            return slip.name;
        case Activity:
            return slip.activityCode;
        case Days:
            return slip.daysUnderContract;
        case Fixed:
            return slip.fixedGross.cents();
        case Variable:
            return slip.variableGross.cents();
        case Gross:
            return slip.payslip.gross.cents();
        case Net:
            return slip.payslip.netBeforeTax.cents();
        case EmployerCost:
            return slip.payslip.employerCost.cents();
        }
        return {};
    default:
        return {};
    }
}

QVariant PayrollSlipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Days ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Days)
        return tr("Days of the month under the CESA");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Entrepreneur");
    case Activity:
        //: Column: the activity's analytic code
        return tr("Activity");
    case Days:
        //: Column: days of the month under contract
        return tr("Days");
    case Fixed:
        //: Column: the fixed part of the gross pay
        return tr("Fixed");
    case Variable:
        //: Column: the variable part of the gross pay
        return tr("Variable");
    case Gross:
        return tr("Gross");
    case Net:
        //: Column: net before income tax
        return tr("Net");
    case EmployerCost:
        return tr("Employer cost");
    }
    return {};
}

PayrollSlipsFilter::PayrollSlipsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PayrollSlipsModel::RawRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void PayrollSlipsFilter::setSearch(const QString &text)
{
    const QString folded = foldedForSearch(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

bool PayrollSlipsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, PayrollSlipsModel::Name, sourceParent);
    return foldedForSearch(index.data().toString()).contains(m_search);
}

// ---- Journal -------------------------------------------------------------------------------

PayrollJournalModel::PayrollJournalModel(QObject *parent) : QAbstractTableModel(parent) {}

PayrollJournalModel::~PayrollJournalModel() = default;

void PayrollJournalModel::setLines(const QList<PayrollJournalLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_debit = Money();
    m_credit = Money();
    for (const PayrollJournalLine &line : lines)
        (line.side == JournalSide::Debit ? m_debit : m_credit) += line.amount;
    endResetModel();
}

int PayrollJournalModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_lines.isEmpty())
        return 0;
    return int(m_lines.size()) + 1;
}

int PayrollJournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayrollJournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_lines.size();
    if (total) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Label)
                return tr("Total");
            if (index.column() == Debit)
                return formatAmount(m_debit);
            if (index.column() == Credit)
                return formatAmount(m_credit);
            return QString();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return index.column() >= Debit ? rightAligned() : QVariant();
        case RawRole:
            if (index.column() == Debit)
                return m_debit.cents();
            if (index.column() == Credit)
                return m_credit.cents();
            return {};
        case IsTotalRole:
            return true;
        default:
            return {};
        }
    }
    const PayrollJournalLine &line = m_lines.at(index.row());
    const bool debit = line.side == JournalSide::Debit;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Account:
            return line.account;
        case Label:
            return line.label;
        case AnalyticCode:
            return line.activityCode;
        case Debit:
            return debit ? formatAmount(line.amount) : QString();
        case Credit:
            return debit ? QString() : formatAmount(line.amount);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Label)
            return line.label;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Debit ? rightAligned() : QVariant();
    case RawRole:
        switch (index.column()) {
        case Account:
            return line.account;
        case Label:
            return line.label;
        case AnalyticCode:
            return line.activityCode;
        case Debit:
            return debit ? line.amount.cents() : qint64(0);
        case Credit:
            return debit ? qint64(0) : line.amount.cents();
        }
        return {};
    case IsTotalRole:
        return false;
    default:
        return {};
    }
}

QVariant PayrollJournalModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= Debit ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Label:
        return tr("Label");
    case AnalyticCode:
        //: Column: the activity's analytic code
        return tr("Analytic code");
    case Debit:
        return tr("Debit");
    case Credit:
        return tr("Credit");
    }
    return {};
}

} // namespace coop::ui
