#include "alertspage.h"

#include "format.h"
#include "formdialog.h"
#include "labels.h"
#include "personmodels.h"
#include "theme.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {
constexpr int kAllKinds = -1;
} // namespace

AlertsPage::AlertsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"alertsPage"_s);
    m_model = new AlertsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertsModel::SortRole);
    m_proxy->setFilterRole(AlertsModel::KindRole);
    m_proxy->setSortLocaleAware(true);

    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.35);
    m_count = new QLabel(this);
    m_count->setObjectName(u"alertCount"_s);
    theme::markAsHint(m_count);

    m_dateLabel = new QLabel(this);
    m_date = newDateEdit(this);
    m_date->setObjectName(u"alertsDate"_s);
    m_dateLabel->setBuddy(m_date);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { reload(); });
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"alertKindFilter"_s);
    m_kindLabel->setBuddy(m_kind);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(22);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilter);

    m_view = new QTableView(this);
    m_view->setObjectName(u"alertsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertsModel::Kind, Qt::AscendingOrder);
    const int c = fontMetrics().averageCharWidth();
    m_view->horizontalHeader()->resizeSection(AlertsModel::Entrepreneur, 26 * c);
    m_view->horizontalHeader()->resizeSection(AlertsModel::DueDate, 13 * c);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(AlertsModel::EntrepreneurIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });

    m_error = new QLabel(this);
    theme::markAsError(m_error);
    m_error->hide();
    m_none = new QLabel(this);
    m_none->setObjectName(u"noAlert"_s);
    theme::markAsHint(m_none);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_dateLabel);
    filters->addWidget(m_date);
    filters->addSpacing(16);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_none);
    retranslate();
}

void AlertsPage::setStore(Store *store)
{
    m_store = store;
    m_stale = true;
    if (!store)
        m_model->setAlerts({}, {});
    else if (isVisible())
        reload();
}

QDate AlertsPage::date() const
{
    return dateOf(m_date);
}

void AlertsPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_stale = true;
    if (m_store && isVisible())
        reload();
}

void AlertsPage::setDate(QDate date)
{
    m_date->setDate(date);
}

void AlertsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void AlertsPage::reload()
{
    m_stale = false;
    m_error->hide();
    if (!m_store) {
        m_model->setAlerts({}, {});
        updateCount();
        return;
    }
    const PeopleRepository repository(*m_store);
    const QDate at = date();
    Result<QList<Alert>> alerts = repository.alerts(at);
    Result<QList<EntrepreneurSummary>> people = repository.summaries(at);
    if (!alerts || !people) {
        const Error &error = !alerts ? alerts.error() : people.error();
        m_model->setAlerts({}, {});
        m_error->setText(tr("The alerts cannot be read: %1").arg(error.message()));
        m_error->show();
        updateCount();
        return;
    }
    QHash<QString, QString> names;
    names.reserve(people->size());
    for (const EntrepreneurSummary &summary : std::as_const(*people)) {
        if (m_scope.sees(summary.activityId))
            names.insert(summary.id, summary.displayName);
    }
    if (!m_scope.seesAll())
        alerts->removeIf(
            [&names](const Alert &alert) { return !names.contains(alert.entrepreneurId); });
    m_model->setAlerts(std::move(*alerts), names, at);
    updateCount();
}

void AlertsPage::applyFilter()
{
    const int kind = m_kind->currentData().toInt();
    if (kind == kAllKinds)
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(u"^%1$"_s.arg(kind));
    updateCount();
}

void AlertsPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    m_count->setText(tr("%n alert(s)", nullptr, shown));
    m_none->setVisible(shown == 0 && m_error->isHidden());
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsPage::retranslate()
{
    m_title->setText(tr("Contract alerts"));
    m_dateLabel->setText(tr("&On:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_none->setText(tr("No alert on this date."));
    m_view->setAccessibleName(tr("Contract alerts"));
    const QSignalBlocker blocker(m_kind);
    const int current = m_kind->currentIndex() < 0 ? kAllKinds : m_kind->currentData().toInt();
    m_kind->clear();
    m_kind->addItem(tr("All"), kAllKinds);
    for (const AlertKind kind : kAlertKinds)
        m_kind->addItem(Labels::alertKind(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));

    // The kind column shows every kind's name whole, in the language of the moment.
    const QFontMetrics metrics = m_view->fontMetrics();
    int widest = QFontMetrics(m_view->horizontalHeader()->font())
                     .horizontalAdvance(m_model->headerData(AlertsModel::Kind, Qt::Horizontal)
                                            .toString());
    for (const AlertKind kind : kAlertKinds)
        widest = std::max(widest, metrics.horizontalAdvance(Labels::alertKind(kind)));
    m_view->horizontalHeader()->resizeSection(AlertsModel::Kind, widest + 32);
    updateCount();
}

} // namespace coop::ui
