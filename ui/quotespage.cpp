#include "quotespage.h"

#include "columnmemory.h"
#include "format.h"
#include "quotesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// Keeps the quotes of one state (all when negative) whose text contains every typed word.
class QuotesFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(int state, const QString &search)
    {
        m_stateFilter = state;
        m_words = foldedForSearch(search).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_stateFilter >= 0 && index.data(QuotesModel::StateRole).toInt() != m_stateFilter)
            return false;
        const QString text = index.data(QuotesModel::SearchRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
        return true;
    }

private:
    int m_stateFilter = -1;
    QStringList m_words;
};

} // namespace

QuotesPage::QuotesPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"quotesPage"_s);
    m_model = new QuotesModel(this);
    auto *filter = new QuotesFilter(this);
    filter->setSourceModel(m_model);
    filter->setSortRole(QuotesModel::RawRole);
    m_proxy = filter;

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"quotesHeading"_s);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"quotesSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"quotesStateFilter"_s);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(u"newQuoteButton"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"quotesCount"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"quotesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QuotesModel::Date, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QuotesModel::Title, QHeaderView::Stretch);
    rememberColumns(m_view, u"quotes"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_heading);
    bar->addStretch(1);
    bar->addWidget(m_newButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newQuoteAction"_s);
    connect(m_newAction, &QAction::triggered, this, &QuotesPage::newRequested);
    connect(m_newButton, &QPushButton::clicked, this, &QuotesPage::newRequested);
    m_openAction = new QAction(this);
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, &QuotesPage::openCurrent);
    m_view->addAction(m_openAction);
    connect(m_view, &QTableView::doubleClicked, this, &QuotesPage::openCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &QuotesPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &QuotesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotesPage::applyFilter);
    setFocusProxy(m_view);
    retranslate();
}

QuotesPage::~QuotesPage() = default;

void QuotesPage::setStore(Store *store)
{
    m_model->setStore(store);
}

void QuotesPage::setScope(const UserScope &scope)
{
    if (!(scope == m_model->scope()))
        m_model->setScope(scope);
}

void QuotesPage::invalidate()
{
    const QString id = currentId();
    m_model->reload();
    if (!id.isEmpty())
        selectQuote(id);
}

void QuotesPage::selectQuote(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show every quote again so that it can be selected.
        m_search->clear();
        m_state->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void QuotesPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString QuotesPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(QuotesModel::IdRole).toString() : QString();
}

void QuotesPage::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        Q_EMIT openRequested(id);
}

void QuotesPage::applyFilter()
{
    static_cast<QuotesFilter *>(m_proxy)->setCriteria(m_state->currentData().isValid()
                                                          ? m_state->currentData().toInt()
                                                          : -1,
                                                      m_search->text());
    m_count->setText(tr("%n quote(s)", nullptr, m_proxy->rowCount()));
}

void QuotesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuotesPage::retranslate()
{
    m_heading->setText(tr("Quotes"));
    m_search->setPlaceholderText(tr("Search a number, a customer, a title"));
    m_search->setAccessibleName(tr("Search quotes"));
    m_newButton->setText(tr("New &quote"));
    m_newAction->setText(tr("New &quote…"));
    m_openAction->setText(tr("Open the quote"));
    m_state->setAccessibleName(tr("Status"));
    const QSignalBlocker blocker(m_state);
    const int current = m_state->currentIndex();
    m_state->clear();
    m_state->addItem(tr("All statuses"));
    for (const QuoteState state : kQuoteStates)
        m_state->addItem(QuoteLabels::state(state), static_cast<int>(state));
    m_state->setCurrentIndex(current < 0 ? 0 : current);
    applyFilter();
}

} // namespace coop::ui
