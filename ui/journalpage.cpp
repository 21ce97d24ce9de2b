#include "journalpage.h"

#include "format.h"
#include "formdialog.h"
#include "ledgermodel.h"
#include "theme.h"

#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kSearchDelayMs = 250;

} // namespace

JournalPage::JournalPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"journalPage"_s);
    m_model = new LedgerModel(this);

    m_journalLabel = new QLabel(this);
    m_journal = new QComboBox(this);
    m_journal->setObjectName(u"journalFilter"_s);
    m_journal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_journal->setMinimumContentsLength(10);
    m_journalLabel->setBuddy(m_journal);
    m_accountLabel = new QLabel(this);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"accountFilter"_s);
    m_account->setClearButtonEnabled(true);
    m_account->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,20}"_s), m_account));
    m_account->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_accountLabel->setBuddy(m_account);
    m_analyticLabel = new QLabel(this);
    m_analytic = new QComboBox(this);
    m_analytic->setObjectName(u"analyticFilter"_s);
    m_analytic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_analytic->setMinimumContentsLength(12);
    m_analyticLabel->setBuddy(m_analytic);
    m_fromLabel = new QLabel(this);
    m_from = newDateEdit(this, true);
    m_from->setObjectName(u"fromFilter"_s);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = newDateEdit(this, true);
    m_to->setObjectName(u"toFilter"_s);
    m_toLabel->setBuddy(m_to);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"ledgerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    auto *filters = new QGridLayout;
    filters->addWidget(m_journalLabel, 0, 0);
    filters->addWidget(m_journal, 0, 1);
    filters->addWidget(m_accountLabel, 0, 2);
    filters->addWidget(m_account, 0, 3);
    filters->addWidget(m_analyticLabel, 0, 4);
    filters->addWidget(m_analytic, 0, 5);
    filters->addWidget(m_fromLabel, 1, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    filters->addLayout(period, 1, 1, 1, 3);
    filters->addWidget(m_search, 1, 4, 1, 2);
    filters->setColumnStretch(6, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(u"ledgerLines"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(LedgerModel::Label, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(u"journalMessage"_s);
    m_message->setWordWrap(true);
    theme::markAsError(m_message);
    m_message->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(u"ledgerCount"_s);
    theme::markAsHint(m_count);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"ledgerTotals"_s);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_totals);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    const auto changed = [this] {
        if (!m_filling)
            applyFilters();
    };
    connect(m_journal, &QComboBox::currentIndexChanged, this, changed);
    connect(m_analytic, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_account, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
    });
    connect(m_model, &LedgerModel::fetched, this, &JournalPage::updateLoadedTotals);
    // Dates, numbers and amounts are never elided: their columns take the width of the first
    // page's widest figure.
    connect(m_model, &LedgerModel::reloaded, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        for (const int column : {int(LedgerModel::Number), int(LedgerModel::Date),
                                 int(LedgerModel::Account), int(LedgerModel::Debit),
                                 int(LedgerModel::Credit)})
            m_view->resizeColumnToContents(column);
    });
    retranslate();
}

JournalPage::~JournalPage() = default;

void JournalPage::setStore(Store *store)
{
    m_store = store;
    fillLists();
    m_searchTimer->stop();
    fitColumns(m_view, {{LedgerModel::Journal, 4},
                        {LedgerModel::Number, 6},
                        {LedgerModel::Date, 10},
                        {LedgerModel::Piece, 14},
                        {LedgerModel::Account, 8},
                        {LedgerModel::AccountLabel, 22},
                        {LedgerModel::Aux, 12},
                        {LedgerModel::Analytic, 8},
                        {LedgerModel::Debit, 13},
                        {LedgerModel::Credit, 13}});
    m_model->setStore(store, filter());
    updateSummary();
}

void JournalPage::fillLists()
{
    m_filling = true;
    const QString journal = m_journal->currentData().toString();
    const QString code = m_analytic->currentData().toString();
    m_journal->clear();
    m_analytic->clear();
    m_journal->addItem(tr("All journals"), QString());
    m_analytic->addItem(tr("All analytic codes"), kAllCodes);
    if (m_store) {
        LedgerRepository ledger(*m_store);
        if (const Result<QList<LedgerJournal>> journals = ledger.journals()) {
            for (const LedgerJournal &item : *journals)
                //: A journal in the filter list: its code and its label ("VT — Ventes")
                m_journal->addItem(tr("%1 — %2").arg(item.code, item.label), item.code);
        }
        if (const Result<AccountingMapping> mapping = ledger.mapping())
            //: The analytic code of the cooperative's own lines, in the filter list
            m_analytic->addItem(tr("Cooperative (%1)").arg(mapping->cooperativeCode),
                                mapping->cooperativeCode);
        if (Result<QList<Activity>> activities = PeopleRepository(*m_store).activities()) {
            std::sort(activities->begin(), activities->end(),
                      [](const Activity &a, const Activity &b) {
                          return a.analyticCode < b.analyticCode;
                      });
            for (const Activity &activity : std::as_const(*activities))
                m_analytic->addItem(tr("%1 — %2").arg(activity.analyticCode, activity.name),
                                    activity.analyticCode);
        }
    }
    m_journal->setCurrentIndex(std::max(0, m_journal->findData(journal)));
    m_analytic->setCurrentIndex(std::max(0, m_analytic->findData(code)));
    m_filling = false;
}

LedgerFilter JournalPage::filter() const
{
    LedgerFilter filter;
    filter.journal = m_journal->currentData().toString();
    filter.activityCode = m_analytic->currentData().toString();
    filter.accountPrefix = m_account->text().trimmed();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    filter.search = m_search->text().trimmed();
    return filter;
}

void JournalPage::setJournal(const QString &code)
{
    m_journal->setCurrentIndex(std::max(0, m_journal->findData(code)));
}

void JournalPage::setAnalyticCode(const QString &code)
{
    m_analytic->setCurrentIndex(std::max(0, m_analytic->findData(code)));
}

void JournalPage::setAccountPrefix(const QString &prefix)
{
    m_account->setText(prefix);
    m_searchTimer->stop();
    applyFilters();
}

void JournalPage::setPeriod(QDate from, QDate to)
{
    m_filling = true;
    setDateOf(m_from, from);
    setDateOf(m_to, to);
    m_filling = false;
    applyFilters();
}

void JournalPage::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    applyFilters();
}

QStringList JournalPage::analyticCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_analytic->count(); ++i)
        codes.append(m_analytic->itemData(i).toString());
    return codes;
}

QString JournalPage::countText() const
{
    return m_count->text();
}

QString JournalPage::totalsText() const
{
    return m_totals->text();
}

void JournalPage::reload()
{
    m_model->reload();
    updateSummary();
}

void JournalPage::applyFilters()
{
    const LedgerFilter wanted = filter();
    const LedgerFilter &current = m_model->filter();
    if (wanted.journal == current.journal && wanted.activityCode == current.activityCode
        && wanted.accountPrefix == current.accountPrefix && wanted.from == current.from
        && wanted.to == current.to && wanted.search == current.search)
        return;
    m_model->setFilter(wanted);
    updateSummary();
}

void JournalPage::updateSummary()
{
    m_message->setVisible(!m_model->lastError().isEmpty());
    m_message->setText(m_model->lastError());
    m_matching = 0;
    m_debit = Money();
    m_credit = Money();
    m_complete = true;
    if (!m_store) {
        m_count->clear();
        m_totals->clear();
        return;
    }
    const Result<qint64> count = m_model->totalCount();
    if (!count) {
        m_message->setText(count.error().message());
        m_message->show();
        m_count->clear();
        m_totals->clear();
        return;
    }
    m_matching = *count;
    //: Under the journal browser; %1 is the number of lines with its separators
    m_count->setText(tr("%1 line(s)", nullptr, int(std::min<qint64>(m_matching, 1'000'000'000)))
                         .arg(formatCount(m_matching)));
    if (m_model->atEnd()) {
        m_debit = m_model->loadedDebit();
        m_credit = m_model->loadedCredit();
    } else if (m_matching <= kFullTotalsLimit) {
        // Small enough to add up every matching line now, beyond the first page.
        const Result<QList<LedgerRow>> rows = LedgerRepository(*m_store).rows(m_model->filter());
        if (!rows) {
            m_message->setText(rows.error().message());
            m_message->show();
            m_complete = false;
        } else {
            for (const LedgerRow &row : *rows) {
                m_debit += row.debit;
                m_credit += row.credit;
            }
        }
    } else {
        m_complete = false;
    }
    if (!m_complete) {
        updateLoadedTotals();
        return;
    }
    //: The totals of every line of the journal browser's filter
    m_totals->setText(tr("Total debit %1 · total credit %2")
                          .arg(formatMoney(m_debit), formatMoney(m_credit)));
}

void JournalPage::updateLoadedTotals()
{
    if (m_complete)
        return;
    m_debit = m_model->loadedDebit();
    m_credit = m_model->loadedCredit();
    if (m_model->atEnd()) {
        // Every line has been read by scrolling: these are the filter's totals.
        m_complete = true;
        m_totals->setText(tr("Total debit %1 · total credit %2")
                              .arg(formatMoney(m_debit), formatMoney(m_credit)));
        return;
    }
    //: The totals of the lines read so far when the filter has too many lines to add them all;
    //: %1 is how many lines were read
    m_totals->setText(tr("Lines shown (%1): debit %2 · credit %3")
                          .arg(formatCount(m_model->rowCount()), formatMoney(m_debit),
                               formatMoney(m_credit)));
}

void JournalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_store) {
            fillLists();
            updateSummary();
        }
    }
    QWidget::changeEvent(event);
}

void JournalPage::retranslate()
{
    m_journalLabel->setText(tr("Jou&rnal:"));
    m_accountLabel->setText(tr("A&ccount:"));
    m_account->setPlaceholderText(tr("e.g. 411"));
    m_account->setToolTip(tr("The account number or its first digits"));
    m_analyticLabel->setText(tr("A&nalytic:"));
    m_fromLabel->setText(tr("&From:"));
    //: Between the two dates of the period filter
    m_toLabel->setText(tr("t&o"));
    m_search->setPlaceholderText(tr("Search a piece or a label"));
}

} // namespace coop::ui
