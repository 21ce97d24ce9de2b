#include "portfoliopage.h"

#include "theme.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/store.h"
#include "core/sync/replica.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QStandardItem *cell(const QString &text, const QString &activityId)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(activityId, PortfolioPage::IdRole);
    return item;
}

QStandardItem *countCell(qint64 count, const QString &activityId)
{
    QStandardItem *item = cell(QString::number(count), activityId);
    item->setData(count, PortfolioPage::CountRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PortfolioPage::PortfolioPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"portfolioPage"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"portfolioTitle"_s);
    theme::markAsHeading(m_title, 1.8);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    theme::markAsHint(m_intro);
    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName(u"portfolioConflicts"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"portfolioMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"portfolioView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The counts whole, the people's names at a width of their own (resizable), the activity
    // takes what is left; one line a row, elided rather than wrapped in a narrow window.
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(Activity, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(People, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(People, 22 * fontMetrics().averageCharWidth());
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activityActivated(index.data(IdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    retranslate();
}

PortfolioPage::~PortfolioPage() = default;

void PortfolioPage::showPortfolio(Store *store, const UserScope &scope)
{
    m_store = store;
    m_scope = scope;
    refresh();
}

void PortfolioPage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

QString PortfolioPage::conflictsText() const
{
    return m_conflictsLabel->text();
}

QString PortfolioPage::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PortfolioPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    m_message->hide();
    m_conflicts = 0;
    if (!m_store) {
        retranslate();
        return;
    }
    const QDate day = today();
    QStringList errors;
    const PeopleRepository people(*m_store);
    const SalesRepository sales(*m_store);

    const Result<QList<coop::Activity>> activities = people.activities();
    if (!activities)
        errors.append(activities.error().message());
    // The people of each activity and the alerts of each person, on the day.
    QHash<QString, QStringList> peopleOf;
    QHash<QString, qint64> alertsOf;
    if (const Result<QList<EntrepreneurSummary>> summaries = people.summaries(day); summaries) {
        QHash<QString, QString> activityOfPerson;
        for (const EntrepreneurSummary &summary : *summaries) {
            if (!m_scope.sees(summary.activityId))
                continue;
            peopleOf[summary.activityId].append(summary.displayName);
            activityOfPerson.insert(summary.id, summary.activityId);
        }
        if (const Result<QList<Alert>> alerts = people.alerts(day); alerts) {
            for (const Alert &alert : *alerts) {
                const auto it = activityOfPerson.constFind(alert.entrepreneurId);
                if (it != activityOfPerson.cend())
                    ++alertsOf[*it];
            }
        } else {
            errors.append(alerts.error().message());
        }
    } else {
        errors.append(summaries.error().message());
    }

    QList<coop::Activity> shown;
    if (activities) {
        for (const coop::Activity &activity : *activities) {
            if (m_scope.sees(activity.id))
                shown.append(activity);
        }
    }
    std::sort(shown.begin(), shown.end(), [](const coop::Activity &a, const coop::Activity &b) {
        return a.analyticCode < b.analyticCode;
    });
    for (const coop::Activity &activity : std::as_const(shown)) {
        DocumentFilter drafts;
        drafts.activityId = activity.id;
        drafts.state = DocumentFilter::State::Draft;
        DocumentFilter overdue;
        overdue.activityId = activity.id;
        overdue.state = DocumentFilter::State::Overdue;
        overdue.kind = DocumentKind::Invoice;
        overdue.today = day;
        const Result<qint64> draftCount = sales.countDocuments(drafts);
        const Result<qint64> overdueCount = sales.countDocuments(overdue);
        if (!draftCount || !overdueCount) {
            errors.append(!draftCount ? draftCount.error().message()
                                      : overdueCount.error().message());
            continue;
        }
        QStringList names = peopleOf.value(activity.id);
        names.sort(Qt::CaseInsensitive);
        //: A portfolio row: the activity's analytic code, then its name
        const QString title = tr("%1 — %2").arg(activity.analyticCode, activity.name);
        m_model->appendRow({cell(title, activity.id), cell(names.join(u", "_s), activity.id),
                            countCell(*draftCount, activity.id),
                            countCell(*overdueCount, activity.id),
                            countCell(alertsOf.value(activity.id), activity.id)});
    }

    const Result<QList<sync::ConflictItem>> conflicts =
        sync::LocalReplica(*m_store).openConflicts();
    if (conflicts) {
        m_conflicts = conflicts->size();
    } else {
        m_conflicts = -1;
        errors.append(conflicts.error().message());
    }
    if (!errors.isEmpty()) {
        m_message->setText(
            tr("Part of the portfolio cannot be read: %1").arg(errors.join(u"; "_s)));
        m_message->show();
    }
    retranslate();
}

void PortfolioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortfolioPage::retranslate()
{
    m_title->setText(tr("My portfolio"));
    m_intro->setText(tr("The activities you follow and the work waiting on them. Open an area on "
                        "the left to act on it."));
    m_model->setHorizontalHeaderLabels({tr("Activity"), tr("Entrepreneurs"),
                                        tr("Drafts to validate"), tr("Overdue invoices"),
                                        tr("Contract alerts")});
    if (!m_store)
        m_conflictsLabel->clear();
    else if (m_conflicts < 0)
        m_conflictsLabel->setText(tr("Sync conflicts: unknown"));
    else if (m_conflicts == 0)
        m_conflictsLabel->setText(tr("No sync conflict to resolve."));
    else
        m_conflictsLabel->setText(tr("%n sync conflict(s) to resolve in the Sync area.", nullptr,
                                     static_cast<int>(m_conflicts)));
}

} // namespace coop::ui
