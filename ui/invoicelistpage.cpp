#include "invoicelistpage.h"

#include "columnmemory.h"
#include "format.h"
#include "formdialog.h"
#include "invoicesmodel.h"
#include "theme.h"

#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

InvoiceListPage::InvoiceListPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"invoiceList"_s);
    m_model = new InvoicesModel(this);

    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.35);
    m_count = new QLabel(this);
    m_count->setObjectName(u"invoiceCount"_s);
    theme::markAsHint(m_count);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newInvoiceButton"_s);
    connect(m_new, &QPushButton::clicked, this, &InvoiceListPage::newRequested);

    buildFilters();

    m_view = new QTableView(this);
    m_view->setObjectName(u"invoicesView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures the rows it has not shown.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The title takes what the other columns leave: amounts, dates and statuses stay whole.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(InvoicesModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSortIndicator(InvoicesModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Columns the store does not sort on keep the current order and its arrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (InvoicesModel::isSortable(column))
                    return;
                const QSignalBlocker blocker(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                             m_model->sortOrder());
            });
    rememberColumns(m_view, u"invoices"_s);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, &InvoiceListPage::openCurrent);
    connect(m_model, &InvoicesModel::reloaded, this, [this] {
        const QString error = m_model->lastError();
        m_error->setText(error.isEmpty() ? QString()
                                         : tr("The invoices cannot be read: %1").arg(error));
        m_error->setVisible(!error.isEmpty());
        scheduleCount();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(u"invoicesError"_s);
    theme::markAsError(m_error);
    m_error->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();
    header->addWidget(m_search, 1);
    header->addSpacing(8);
    header->addWidget(m_new);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    filters->addSpacing(8);
    filters->addWidget(m_customerLabel);
    filters->addWidget(m_customer, 1);
    filters->addSpacing(8);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_overdue);
    setTabOrder(m_overdue, m_customer);
    setTabOrder(m_customer, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_view);
    setTabOrder(m_view, m_new);
    retranslate();
}

InvoiceListPage::~InvoiceListPage() = default;

void InvoiceListPage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"invoiceSearch"_s);
    m_search->setClearButtonEnabled(true);
    // Room for the whole placeholder ("Search by number, customer or title (Ctrl+F)").
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &InvoiceListPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
        if (m_model->rowCount() == 1) {
            m_view->setCurrentIndex(m_model->index(0, 0));
            openCurrent();
        }
    });

    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_stateLabel->setBuddy(m_state);
    m_overdue = new QPushButton(this);
    m_overdue->setObjectName(u"overdueButton"_s);
    m_overdue->setCheckable(true);
    connect(m_overdue, &QPushButton::toggled, this, [this](bool on) {
        setStateFilter(on ? DocumentFilter::State::Overdue : DocumentFilter::State::All);
    });
    m_customerLabel = new QLabel(this);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(u"customerFilter"_s);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(14);
    m_customerLabel->setBuddy(m_customer);
    m_fromLabel = new QLabel(this);
    m_from = newDateEdit(this, true);
    m_from->setObjectName(u"fromFilter"_s);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = newDateEdit(this, true);
    m_to->setObjectName(u"toFilter"_s);
    m_toLabel->setBuddy(m_to);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(static_cast<DocumentFilter::State>(m_state->currentData().toInt())
                              == DocumentFilter::State::Overdue);
        applyFilters();
    });
    connect(m_customer, &QComboBox::currentIndexChanged, this, &InvoiceListPage::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoiceListPage::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoiceListPage::applyFilters);
}

void InvoiceListPage::sizeColumns()
{
    // Numbers and dates are digits and capitals, wider than the average character.
    fitColumns(m_view, {{InvoicesModel::Number, 20},
                        {InvoicesModel::Date, 13},
                        {InvoicesModel::Customer, 17},
                        {InvoicesModel::TotalExcludingVat, 12},
                        {InvoicesModel::TotalIncludingVat, 12},
                        {InvoicesModel::Remaining, 12},
                        {InvoicesModel::DueDate, 13},
                        {InvoicesModel::Status, 23}});
}

void InvoiceListPage::setStore(Store *store)
{
    m_store = store;
    m_stale = true;
    if (!store) {
        m_model->setStore(nullptr);
        loadCustomers();
        m_count->clear();
    } else if (isVisible()) {
        reload();
    }
}

void InvoiceListPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_stale = true;
    if (m_store && isVisible())
        reload();
}

void InvoiceListPage::loadCustomers()
{
    const QSignalBlocker blocker(m_customer);
    const QString current = m_customer->currentData().toString();
    m_customer->clear();
    m_customer->addItem(tr("All", "customer filter"), QString());
    if (!m_store)
        return;
    if (Result<QList<Customer>> customers = SalesRepository(*m_store).customers()) {
        for (const Customer &customer : std::as_const(*customers)) {
            if (m_scope.sees(customer.activityId))
                m_customer->addItem(customer.displayName(), customer.id);
        }
    }
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(current)));
}

DocumentFilter InvoiceListPage::filter() const
{
    DocumentFilter filter;
    filter.state = static_cast<DocumentFilter::State>(m_state->currentData().toInt());
    filter.customerId = m_customer->currentData().toString();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    filter.search = m_search->text().trimmed();
    return filter;
}

void InvoiceListPage::applyFilters()
{
    m_searchTimer->stop();
    if (!m_store)
        return;
    const QString current = currentDocumentId();
    m_model->setFilter(filter());
    if (!current.isEmpty())
        selectDocument(current);
}

void InvoiceListPage::setStateFilter(DocumentFilter::State state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(static_cast<int>(state))));
}

void InvoiceListPage::reload()
{
    const QString current = currentDocumentId();
    m_stale = false;
    loadCustomers();
    if (m_model->store() != m_store) {
        m_model->setFilter(filter());
        m_model->setStore(m_store);
        if (!(m_model->scope() == m_scope))
            m_model->setScope(m_scope);
    } else if (!(m_model->scope() == m_scope)) {
        m_model->setFilter(filter());
        m_model->setScope(m_scope);
    } else {
        m_model->setFilter(filter());
    }
    if (!current.isEmpty())
        selectDocument(current);
    Q_EMIT reloaded();
}

void InvoiceListPage::scheduleCount()
{
    // Counted after the rows are painted (eventFilter): counting a large store must not hold the
    // first rows back.
    m_count->setText(m_store ? tr("counting…") : QString());
    m_countPending = m_store != nullptr;
    if (m_countPending && m_view->isVisible())
        m_view->viewport()->update();
}

void InvoiceListPage::updateCount()
{
    if (!m_store) {
        m_count->clear();
        return;
    }
    const Result<qint64> count = m_model->totalCount();
    if (!count) {
        m_count->clear();
        return;
    }
    //: The number of invoices and credit notes in the list; %1 is the number with its separators
    m_count->setText(tr("%1 document(s)", nullptr, int(std::min<qint64>(*count, 1'000'000'000)))
                         .arg(formatCount(*count)));
}

void InvoiceListPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_openTimer.start();
        m_timing = true;
        reload();
    }
    QWidget::showEvent(event);
}

bool InvoiceListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_countPending) {
        m_countPending = false;
        QMetaObject::invokeMethod(this, &InvoiceListPage::updateCount, Qt::QueuedConnection);
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_timing) {
        m_timing = false;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_openMilliseconds = m_openTimer.elapsed();
                Q_EMIT opened(m_openMilliseconds);
            },
            Qt::QueuedConnection);
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_searchTimer->stop();
            applyFilters();
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InvoiceListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvoiceListPage::retranslate()
{
    m_title->setText(tr("Invoices"));
    m_new->setText(tr("&New invoice"));
    m_new->setToolTip(tr("Create an invoice (Ctrl+N)"));
    m_search->setPlaceholderText(tr("Search by number, customer or title (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the invoices"));
    m_stateLabel->setText(tr("&State:"));
    m_overdue->setText(tr("&Overdue"));
    m_overdue->setToolTip(tr("Only the unpaid invoices past their due date"));
    m_customerLabel->setText(tr("C&ustomer:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:"));
    m_view->setAccessibleName(tr("Invoices and credit notes"));
    sizeColumns();
    {
        const QSignalBlocker blocker(m_state);
        const int current = m_state->currentIndex() < 0
                                ? static_cast<int>(DocumentFilter::State::All)
                                : m_state->currentData().toInt();
        m_state->clear();
        for (const DocumentFilter::State state : kDocumentFilterStates)
            m_state->addItem(SalesLabels::filterState(state), static_cast<int>(state));
        m_state->setCurrentIndex(std::max(0, m_state->findData(current)));
    }
    if (m_customer->count() == 0)
        loadCustomers();
    else
        m_customer->setItemText(0, tr("All", "customer filter"));
}

void InvoiceListPage::selectDocument(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString InvoiceListPage::currentDocumentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(InvoicesModel::IdRole).toString() : QString();
}

void InvoiceListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvoiceListPage::openCurrent()
{
    const QString id = currentDocumentId();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

} // namespace coop::ui
