#include "entrepreneurslistpage.h"

#include "entrepreneursmodel.h"
#include "format.h"
#include "labels.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kAllStatuses = -1;
constexpr int kAllAlerts = -1;
constexpr int kAnyAlert = -2;

} // namespace

EntrepreneursListPage::EntrepreneursListPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"entrepreneursList"_s);
    m_model = new EntrepreneursModel(this);
    m_proxy = new EntrepreneursFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.35);
    m_count = new QLabel(this);
    m_count->setObjectName(u"entrepreneurCount"_s);
    theme::markAsHint(m_count);
    m_count->setWordWrap(false);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newEntrepreneurButton"_s);
    connect(m_new, &QPushButton::clicked, this, &EntrepreneursListPage::newRequested);

    buildFilters();

    m_view = new QTableView(this);
    m_view->setObjectName(u"entrepreneursView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 2 000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntrepreneursModel::Name, Qt::AscendingOrder);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTableView::activated, this, &EntrepreneursListPage::openCurrent);

    m_error = new QLabel(this);
    m_error->setObjectName(u"entrepreneursError"_s);
    theme::markAsError(m_error);
    m_error->hide();
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(u"noMatch"_s);
    theme::markAsHint(m_noMatch);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();
    header->addWidget(m_new);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(m_alertLabel);
    filters->addWidget(m_alert);

    m_listPage = new QWidget(this);
    auto *list = new QVBoxLayout(m_listPage);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(filters);
    list->addWidget(m_view, 1);
    list->addWidget(m_noMatch);

    m_emptyPage = new QWidget(this);
    m_emptyPage->setObjectName(u"entrepreneursEmpty"_s);
    m_emptyTitle = new QLabel(m_emptyPage);
    theme::markAsHeading(m_emptyTitle, 1.6);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyText = new QLabel(m_emptyPage);
    theme::markAsHint(m_emptyText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(460);
    m_emptyNew = new QPushButton(m_emptyPage);
    m_emptyNew->setObjectName(u"emptyNewEntrepreneurButton"_s);
    connect(m_emptyNew, &QPushButton::clicked, this, &EntrepreneursListPage::newRequested);
    auto *empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(2);
    empty->addWidget(m_emptyTitle, 0, Qt::AlignHCenter);
    empty->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    empty->addSpacing(12);
    empty->addWidget(m_emptyNew, 0, Qt::AlignHCenter);
    empty->addStretch(3);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_alert);
    setTabOrder(m_alert, m_view);
    setTabOrder(m_view, m_new);

    retranslate();
}

EntrepreneursListPage::~EntrepreneursListPage() = default;

void EntrepreneursListPage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"entrepreneurSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EntrepreneursListPage::applyFilters);
    // Enter in the search opens the person when only one is left.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 1) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            openCurrent();
        }
    });

    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_statusLabel->setBuddy(m_status);
    m_alertLabel = new QLabel(this);
    m_alert = new QComboBox(this);
    m_alert->setObjectName(u"alertFilter"_s);
    m_alertLabel->setBuddy(m_alert);
    // Narrow when the window is: the texts stay whole in the popup.
    for (QComboBox *combo : {m_status, m_alert}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this, &EntrepreneursListPage::applyFilters);
    connect(m_alert, &QComboBox::currentIndexChanged, this, &EntrepreneursListPage::applyFilters);
}

void EntrepreneursListPage::sizeColumns()
{
    fitColumns(m_view, {{EntrepreneursModel::Name, 22},
                        {EntrepreneursModel::Activity, 32},
                        {EntrepreneursModel::Status, 11},
                        {EntrepreneursModel::ContractStart, 14},
                        {EntrepreneursModel::AssociateDeadline, 14}});
}

void EntrepreneursListPage::setStore(Store *store)
{
    m_store = store;
    m_stale = true;
    if (!store) {
        m_model->clear();
        updateCount();
    } else if (isVisible()) {
        reload();
    }
}

void EntrepreneursListPage::setScope(const UserScope &scope)
{
    if (scope == m_model->scope())
        return;
    m_model->setScope(scope);
    m_stale = true;
    if (m_store && isVisible())
        reload();
}

void EntrepreneursListPage::reload()
{
    const QString current = currentEntrepreneurId();
    m_stale = false;
    m_error->hide();
    if (!m_store) {
        m_model->clear();
        updateCount();
        Q_EMIT reloaded();
        return;
    }
    const PeopleRepository repository(*m_store);
    if (Result<void> loaded = m_model->load(repository, businessToday()); !loaded) {
        m_model->clear();
        m_error->setText(tr("The entrepreneurs cannot be read: %1").arg(loaded.error().message()));
        m_error->show();
    }
    updateCount();
    if (!current.isEmpty())
        selectEntrepreneur(current);
    Q_EMIT reloaded();
}

void EntrepreneursListPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_openTimer.start();
        m_timing = true;
        reload();
    }
    QWidget::showEvent(event);
}

bool EntrepreneursListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_timing) {
        // Measured after this paint has been done and flushed: the figure includes drawing.
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
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntrepreneursListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntrepreneursListPage::retranslate()
{
    m_title->setText(tr("Entrepreneurs"));
    m_new->setText(tr("&New entrepreneur"));
    m_new->setToolTip(tr("Add an entrepreneur (Ctrl+N)"));
    m_search->setPlaceholderText(tr("Search by name, e-mail or analytic code (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the entrepreneurs"));
    m_statusLabel->setText(tr("&Status:"));
    m_alertLabel->setText(tr("&Alerts:"));
    m_view->setAccessibleName(tr("Entrepreneurs"));
    m_emptyTitle->setText(tr("No entrepreneur yet"));
    m_emptyText->setText(tr("Add the cooperative's first entrepreneur, or import a CSV file "
                            "with coopdesk-cli entrepreneurs import."));
    m_emptyNew->setText(tr("New entrepreneur"));
    m_noMatch->setText(tr("No entrepreneur matches the search and filters."));
    sizeColumns();

    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex() < 0 ? kAllStatuses
                                                         : m_status->currentData().toInt();
        m_status->clear();
        m_status->addItem(tr("All", "status filter"), kAllStatuses);
        for (const ContractStatus status : kContractStatuses)
            m_status->addItem(Labels::contractStatus(status), static_cast<int>(status));
        m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    }
    {
        const QSignalBlocker blocker(m_alert);
        const int current = m_alert->currentIndex() < 0 ? kAllAlerts
                                                        : m_alert->currentData().toInt();
        m_alert->clear();
        m_alert->addItem(tr("All", "alert filter"), kAllAlerts);
        m_alert->addItem(tr("With an alert"), kAnyAlert);
        for (const AlertKind kind : kAlertKinds)
            m_alert->addItem(Labels::alertKind(kind), static_cast<int>(kind));
        m_alert->setCurrentIndex(std::max(0, m_alert->findData(current)));
    }
    updateCount();
}

void EntrepreneursListPage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    const int status = m_status->currentData().toInt();
    m_proxy->setStatusFilter(status == kAllStatuses
                                 ? std::nullopt
                                 : std::optional(static_cast<ContractStatus>(status)));
    const int alert = m_alert->currentData().toInt();
    EntrepreneursFilterModel::AlertFilter filter;
    if (alert == kAnyAlert) {
        filter.mode = EntrepreneursFilterModel::AlertFilter::Mode::AnyAlert;
    } else if (alert != kAllAlerts) {
        filter.mode = EntrepreneursFilterModel::AlertFilter::Mode::Kind;
        filter.kind = static_cast<AlertKind>(alert);
    }
    m_proxy->setAlertFilter(filter);
    updateCount();
}

void EntrepreneursListPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        //: The number of entrepreneurs in the list; %1 is the number written with its thousands separator
        m_count->setText(tr("%1 entrepreneur(s)", nullptr, total).arg(formatCount(total)));
    else
        //: %1 shown of %2 in all
        m_count->setText(tr("%1 of %2 entrepreneur(s)", nullptr, total)
                             .arg(formatCount(shown), formatCount(total)));
    m_noMatch->setVisible(total > 0 && shown == 0);
    m_stack->setCurrentWidget(total == 0 && m_store && m_error->isHidden() ? m_emptyPage
                                                                           : m_listPage);
    m_count->setVisible(total > 0);
}

void EntrepreneursListPage::selectEntrepreneur(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString EntrepreneursListPage::currentEntrepreneurId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(EntrepreneursModel::IdRole).toString() : QString();
}

void EntrepreneursListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntrepreneursListPage::openCurrent()
{
    const QString id = currentEntrepreneurId();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

} // namespace coop::ui
