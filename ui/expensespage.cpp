#include "expensespage.h"

#include "expensereportdialog.h"
#include "format.h"
#include "theme.h"

#include "core/storage/expenserepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kSearchRole = Qt::UserRole + 3;
constexpr int kAllStatuses = -1;

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text, qint64 sortValue)
{
    QStandardItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(sortValue, ExpensesPage::SortRole);
    return item;
}

} // namespace

ExpensesPage::ExpensesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"expensesPage"_s);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setFilterKeyColumn(Activity);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newReport"_s);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openReport"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_open);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    theme::markAsError(m_message);
    m_message->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"expenseReports"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(Entrepreneur, QHeaderView::Stretch);
    m_view->sortByColumn(Month, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(foldedForSearch(text.trimmed()));
        m_count->setText(tr("%n report(s)", nullptr, m_proxy->rowCount()));
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newReport(); });
    const auto openCurrent = [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openReport(m_proxy->index(current.row(), Activity).data(IdRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::activated, this, openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_view->currentIndex().isValid()); });
    retranslate();
    m_open->setEnabled(false);
    m_new->setEnabled(false);
}

ExpensesPage::~ExpensesPage() = default;

QString ExpensesPage::categoryLabel(ExpenseCategory category)
{
    switch (category) {
    case ExpenseCategory::Travel: return tr("Travel");
    case ExpenseCategory::Mileage: return tr("Mileage");
    case ExpenseCategory::Accommodation: return tr("Accommodation");
    case ExpenseCategory::Meals: return tr("Meals");
    case ExpenseCategory::Reception: return tr("Reception");
    case ExpenseCategory::Supplies: return tr("Office supplies");
    case ExpenseCategory::SmallEquipment: return tr("Small equipment");
    case ExpenseCategory::Telecom: return tr("Telephone and internet");
    case ExpenseCategory::Documentation: return tr("Documentation");
    case ExpenseCategory::Training: return tr("Training");
    case ExpenseCategory::Other: return tr("Other");
    }
    return tr("Other");
}

void ExpensesPage::setStore(Store *store)
{
    m_store = store;
    m_new->setEnabled(store != nullptr);
    refresh();
}

void ExpensesPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_store)
        refresh();
}

void ExpensesPage::setStatusFilter(std::optional<ExpenseStatus> status)
{
    m_status->setCurrentIndex(
        m_status->findData(status ? static_cast<int>(*status) : kAllStatuses));
}

void ExpensesPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString ExpensesPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ExpensesPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    m_reports.clear();
    m_message->hide();
    if (!m_store) {
        m_activityNames.clear();
        m_personNames.clear();
        m_count->clear();
        return;
    }
    const PeopleRepository people(*m_store);
    if (const Result<QList<coop::Activity>> activities = people.activities()) {
        m_activityNames.clear();
        for (const coop::Activity &activity : *activities)
            m_activityNames.insert(activity.id, activity.analyticCode + u' ' + activity.name);
    }
    if (const Result<QList<coop::Entrepreneur>> persons = people.entrepreneurs()) {
        m_personNames.clear();
        for (const coop::Entrepreneur &person : *persons)
            m_personNames.insert(person.id, person.displayName());
    }
    ExpenseReportFilter filter;
    const int status = m_status->currentData().toInt();
    if (status != kAllStatuses)
        filter.status = static_cast<ExpenseStatus>(status);
    Result<QList<ExpenseReport>> reports = ExpenseRepository(*m_store).reports(filter);
    if (!reports) {
        m_message->setText(reports.error().message());
        m_message->show();
        return;
    }
    m_reports = std::move(*reports);
    m_reports.removeIf(
        [this](const ExpenseReport &report) { return !m_scope.sees(report.activityId); });
    for (const ExpenseReport &report : std::as_const(m_reports)) {
        const ExpenseTotals totals = expenseTotals(report);
        const QString activity = m_activityNames.value(report.activityId, report.activityId);
        const QString person = m_personNames.value(report.entrepreneurId, report.entrepreneurId);
        QStandardItem *first = textItem(activity);
        first->setData(report.id, IdRole);
        first->setData(activity, SortRole);
        first->setData(foldedForSearch(activity + u' ' + person), kSearchRole);
        QStandardItem *name = textItem(person);
        name->setData(person, SortRole);
        QStandardItem *month = textItem(displayLocale().toString(report.month, u"MM/yyyy"_s));
        month->setData(report.month, SortRole);
        QStandardItem *state = textItem(expenseStatusLabel(report.status));
        state->setData(static_cast<int>(report.status), SortRole);
        m_model->appendRow({first, name, month, state,
                            numberItem(formatMoney(totals.includingVat),
                                       totals.includingVat.cents()),
                            numberItem(totals.kilometres ? formatCount(totals.kilometres)
                                                         : QString(),
                                       totals.kilometres)});
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(Entrepreneur, QHeaderView::Stretch);
    m_count->setText(tr("%n report(s)", nullptr, m_proxy->rowCount()));
    m_open->setEnabled(m_view->currentIndex().isValid());
}

ExpenseReportDialog *ExpensesPage::newReport()
{
    if (!m_store)
        return nullptr;
    return openDialog(ExpenseReport());
}

ExpenseReportDialog *ExpensesPage::openReport(const QString &id)
{
    if (!m_store)
        return nullptr;
    for (const ExpenseReport &report : std::as_const(m_reports)) {
        if (report.id == id)
            return openDialog(report);
    }
    const Result<std::optional<ExpenseReport>> stored = ExpenseRepository(*m_store).report(id);
    if (!stored || !*stored)
        return nullptr;
    return openDialog(**stored);
}

ExpenseReportDialog *ExpensesPage::openDialog(const ExpenseReport &report)
{
    if (m_dialog)
        m_dialog->deleteLater();
    auto *dialog = new ExpenseReportDialog(*m_store, report, this, m_scope);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this] { refresh(); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void ExpensesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ExpensesPage::retranslate()
{
    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex() < 0 ? kAllStatuses
                                                         : m_status->currentData().toInt();
        m_status->clear();
        m_status->addItem(tr("All statuses"), kAllStatuses);
        for (const ExpenseStatus status : {ExpenseStatus::Draft, ExpenseStatus::Submitted,
                                           ExpenseStatus::Validated, ExpenseStatus::Rejected,
                                           ExpenseStatus::Paid})
            m_status->addItem(expenseStatusLabel(status), static_cast<int>(status));
        m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    }
    m_search->setPlaceholderText(tr("Search an activity or a person"));
    m_new->setText(tr("&New report…"));
    m_open->setText(tr("&Open…"));
    m_model->setHorizontalHeaderLabels({tr("Activity"), tr("Entrepreneur"), tr("Month"),
                                        tr("Status"), tr("Amount incl. VAT"), tr("km")});
}

} // namespace coop::ui
