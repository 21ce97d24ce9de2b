#include "supplierinvoicespage.h"

#include "format.h"
#include "supplierinvoicedialog.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/purchaserepository.h"
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
    item->setData(text, SupplierInvoicesPage::SortRole);
    return item;
}

QStandardItem *moneyItem(Money amount)
{
    QStandardItem *item = textItem(formatMoney(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(amount.cents(), SupplierInvoicesPage::SortRole);
    return item;
}

} // namespace

SupplierInvoicesPage::SupplierInvoicesPage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(u"supplierInvoicesPage"_s);
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
    m_new->setObjectName(u"newInvoice"_s);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"openInvoice"_s);
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
    m_view->setObjectName(u"supplierInvoices"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->sortByColumn(Date, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(foldedForSearch(text.trimmed()));
        updateCount();
    });
    connect(m_new, &QPushButton::clicked, this, [this] { newInvoice(); });
    const auto openCurrent = [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openInvoice(m_proxy->index(current.row(), Activity).data(IdRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::activated, this, openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_open->setEnabled(m_view->currentIndex().isValid()); });
    retranslate();
    m_open->setEnabled(false);
    reload();
}

SupplierInvoicesPage::~SupplierInvoicesPage() = default;

void SupplierInvoicesPage::setStatusFilter(std::optional<SupplierInvoiceStatus> status)
{
    m_status->setCurrentIndex(
        m_status->findData(status ? static_cast<int>(*status) : kAllStatuses));
}

void SupplierInvoicesPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString SupplierInvoicesPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SupplierInvoicesPage::updateCount()
{
    m_count->setText(tr("%n supplier invoice(s)", nullptr, m_proxy->rowCount()));
}

void SupplierInvoicesPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void SupplierInvoicesPage::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    m_invoices.clear();
    m_message->hide();
    if (const Result<QList<coop::Activity>> activities = PeopleRepository(m_store).activities()) {
        m_activityCodes.clear();
        for (const coop::Activity &activity : *activities)
            m_activityCodes.insert(activity.id, activity.analyticCode);
    }
    SupplierInvoiceFilter filter;
    const int status = m_status->currentData().toInt();
    if (status != kAllStatuses)
        filter.status = static_cast<SupplierInvoiceStatus>(status);
    Result<QList<SupplierInvoice>> invoices = PurchaseRepository(m_store).invoices(filter);
    if (!invoices) {
        m_message->setText(invoices.error().message());
        m_message->show();
        updateCount();
        return;
    }
    m_invoices = std::move(*invoices);
    m_invoices.removeIf(
        [this](const SupplierInvoice &invoice) { return !m_scope.sees(invoice.activityId); });
    for (const SupplierInvoice &invoice : std::as_const(m_invoices)) {
        const SupplierInvoiceTotals totals = supplierInvoiceTotals(invoice);
        const QString code = m_activityCodes.value(invoice.activityId, invoice.activityId);
        QStandardItem *first = textItem(code);
        first->setData(invoice.id, IdRole);
        first->setData(foldedForSearch(code + u' ' + invoice.supplierName + u' '
                                       + invoice.supplierReference),
                       kSearchRole);
        QStandardItem *date = textItem(formatDate(invoice.date));
        date->setData(invoice.date, SortRole);
        QStandardItem *state = textItem(supplierInvoiceStatusLabel(invoice.status));
        state->setData(static_cast<int>(invoice.status), SortRole);
        m_model->appendRow({first, textItem(invoice.supplierName),
                            textItem(invoice.supplierReference), date,
                            moneyItem(totals.excludingVat), moneyItem(totals.vat),
                            moneyItem(totals.includingVat), state});
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(Supplier, QHeaderView::Stretch);
    updateCount();
    m_open->setEnabled(m_view->currentIndex().isValid());
}

SupplierInvoiceDialog *SupplierInvoicesPage::newInvoice()
{
    SupplierInvoice invoice;
    invoice.date = businessToday();
    return openDialog(invoice);
}

SupplierInvoiceDialog *SupplierInvoicesPage::openInvoice(const QString &id)
{
    for (const SupplierInvoice &invoice : std::as_const(m_invoices)) {
        if (invoice.id == id)
            return openDialog(invoice);
    }
    const Result<std::optional<SupplierInvoice>> stored = PurchaseRepository(m_store).invoice(id);
    if (!stored || !*stored)
        return nullptr;
    return openDialog(**stored);
}

SupplierInvoiceDialog *SupplierInvoicesPage::openDialog(const SupplierInvoice &invoice)
{
    if (m_dialog)
        m_dialog->deleteLater();
    auto *dialog = new SupplierInvoiceDialog(m_store, invoice, this, m_scope);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this] { reload(); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void SupplierInvoicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void SupplierInvoicesPage::retranslate()
{
    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex() < 0 ? kAllStatuses
                                                         : m_status->currentData().toInt();
        m_status->clear();
        m_status->addItem(tr("All statuses"), kAllStatuses);
        for (const SupplierInvoiceStatus status :
             {SupplierInvoiceStatus::Draft, SupplierInvoiceStatus::Validated,
              SupplierInvoiceStatus::Paid})
            m_status->addItem(supplierInvoiceStatusLabel(status), static_cast<int>(status));
        m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    }
    m_search->setPlaceholderText(tr("Search an activity, a supplier or a reference"));
    m_new->setText(tr("&New…"));
    m_open->setText(tr("&Open…"));
    m_model->setHorizontalHeaderLabels({tr("Activity"), tr("Supplier"), tr("Reference"),
                                        tr("Date"), tr("Excl. VAT"), tr("VAT"),
                                        tr("Incl. VAT"), tr("Status")});
}

} // namespace coop::ui
