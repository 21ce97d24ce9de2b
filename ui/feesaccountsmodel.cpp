#include "feesaccountsmodel.h"

#include "format.h"

using namespace Qt::StringLiterals;

namespace coop::ui {

FeesAccountsModel::FeesAccountsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeesAccountsModel::setAccounts(QList<EntrepreneurAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

Money FeesAccountsModel::amount(const EntrepreneurAccount &account, int column)
{
    switch (column) {
    case Invoiced:
        return account.turnoverInvoiced;
    case Collected:
        return account.turnoverCollected;
    case Contribution:
        return account.contribution;
    case SharedCosts:
        return account.allocatedCosts;
    case Salaries:
        return account.salaryCost;
    case Result:
        return account.result;
    case Treasury:
        return account.treasury;
    case EnvelopeGross:
        return account.envelopePayslip ? account.envelopePayslip->gross : Money();
    default:
        return Money();
    }
}

Money FeesAccountsModel::total(int column) const
{
    Money sum;
    for (const EntrepreneurAccount &account : m_accounts)
        sum += amount(account, column);
    return sum;
}

int FeesAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int FeesAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeesAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrepreneurAccount &account = m_accounts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Code)
            return account.activityCode;
        if (column == Activity)
            return account.activityName;
        if (column == Contribution && !account.contributionKnown)
            return u"—"_s;
        if (column == EnvelopeGross && !account.envelopePayslip)
            return u"—"_s;
        return formatMoney(amount(account, column));
    case Qt::ToolTipRole:
        if (column == Contribution && !account.contributionKnown)
            return tr("No contribution scale in the store");
        if (column == EnvelopeGross && !account.envelopePayslip)
            return tr("The treasury does not cover a salary");
        return {};
    case Qt::TextAlignmentRole:
        if (isAmountColumn(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        if (column == Code)
            return account.activityCode;
        if (column == Activity)
            return foldedForSearch(account.activityName);
        return amount(account, column).cents();
    case CentsRole:
        if (isAmountColumn(column))
            return amount(account, column).cents();
        return {};
    case SearchRole:
        return foldedForSearch(account.activityCode + u' ' + account.activityName);
    default:
        return {};
    }
}

QVariant FeesAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Activity:
        return tr("Activity");
    case Invoiced:
        return tr("Invoiced");
    case Collected:
        return tr("Collected");
    case Contribution:
        return tr("Contribution");
    case SharedCosts:
        return tr("Shared costs");
    case Salaries:
        return tr("Salaries");
    case Result:
        return tr("Result");
    case Treasury:
        return tr("Treasury");
    case EnvelopeGross:
        return tr("Envelope gross");
    default:
        return {};
    }
}

FeesAccountsProxy::FeesAccountsProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FeesAccountsModel::SortRole);
}

void FeesAccountsProxy::setSearch(const QString &text)
{
    const QString folded = foldedForSearch(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

bool FeesAccountsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(FeesAccountsModel::SearchRole).toString().contains(m_search);
}

} // namespace coop::ui
