#include "feespoolspage.h"

#include "format.h"
#include "pooleditor.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

bool keyIsAmount(AllocationKey key)
{
    return key == AllocationKey::Turnover || key == AllocationKey::Margin
           || key == AllocationKey::FixedAmounts;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text)
{
    QStandardItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FeesPoolsPage::FeesPoolsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"feesPoolsPage"_s);
    m_pools = new QStandardItemModel(0, 5, this);
    m_shares = new QStandardItemModel(0, 6, this);

    m_poolsView = new QTableView(this);
    m_poolsView->setObjectName(u"pools"_s);
    m_poolsView->setModel(m_pools);
    m_poolsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_poolsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_poolsView->verticalHeader()->hide();
    m_poolsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_preview = new QPushButton(this);
    m_preview->setObjectName(u"preview"_s);
    m_allocate = new QPushButton(this);
    m_allocate->setObjectName(u"allocate"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    // Wrapped, the status takes what the buttons leave and does not widen the window.
    m_status->setWordWrap(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newPool"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editPool"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_allocate);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_sharesTitle = new QLabel(this);
    m_sharesView = new QTableView(this);
    m_sharesView->setObjectName(u"shares"_s);
    m_sharesView->setModel(m_shares);
    m_sharesView->verticalHeader()->hide();
    m_sharesView->setWordWrap(false);
    m_sharesView->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_poolsView, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_sharesTitle);
    layout->addWidget(m_sharesView, 3);

    connect(m_poolsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
    connect(m_preview, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_allocate, &QPushButton::clicked, this, [this] { allocate(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newPool(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    setHeaders();
    retranslate();
    showSelected();
}

FeesPoolsPage::~FeesPoolsPage() = default;

void FeesPoolsPage::setStore(Store *store)
{
    m_store = store;
    refresh();
}

void FeesPoolsPage::refresh()
{
    const std::optional<StoredCostPool> selected = selectedPool();
    m_stored.clear();
    m_pools->removeRows(0, m_pools->rowCount());
    m_message->hide();
    if (m_store) {
        Result<QList<StoredCostPool>> pools = CostPoolRepository(*m_store).pools();
        if (!pools)
            showError(pools.error().message());
        else
            m_stored = std::move(*pools);
    }
    for (const StoredCostPool &stored : std::as_const(m_stored)) {
        const CostPool &pool = stored.pool;
        QStandardItem *label = textItem(pool.label);
        label->setData(pool.id, kIdRole);
        QString key;
        switch (pool.key) {
        case AllocationKey::Turnover: key = tr("Turnover"); break;
        case AllocationKey::Margin: key = tr("Gross margin"); break;
        case AllocationKey::Headcount: key = tr("Headcount"); break;
        case AllocationKey::EqualShares: key = tr("Equal shares"); break;
        case AllocationKey::FixedAmounts: key = tr("Fixed amounts"); break;
        case AllocationKey::CustomWeights: key = tr("Custom weights"); break;
        }
        //: A pool's period: from %1 to %2
        const QString period = tr("%1 – %2").arg(formatDate(pool.from), formatDate(pool.to));
        const QString status = stored.allocated
            ? tr("Allocated on %1").arg(formatDate(stored.allocatedAt.toLocalTime().date()))
            : tr("Draft");
        m_pools->appendRow({label, textItem(period), textItem(key),
                            numberItem(formatMoney(pool.amount)), textItem(status)});
    }
    m_poolsView->resizeColumnsToContents();
    m_poolsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (selected)
        selectPool(selected->pool.id);
    else if (!m_stored.isEmpty())
        m_poolsView->selectRow(0);
    showSelected();
}

void FeesPoolsPage::selectPool(const QString &id)
{
    for (int row = 0; row < m_pools->rowCount(); ++row) {
        if (m_pools->item(row, 0)->data(kIdRole).toString() == id) {
            m_poolsView->setCurrentIndex(m_pools->index(row, 0));
            m_poolsView->selectRow(row);
            showSelected();
            return;
        }
    }
}

std::optional<StoredCostPool> FeesPoolsPage::selectedPool() const
{
    const QModelIndex current = m_poolsView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QString id = m_pools->item(current.row(), 0)->data(kIdRole).toString();
    for (const StoredCostPool &stored : m_stored) {
        if (stored.pool.id == id)
            return stored;
    }
    return std::nullopt;
}

QString FeesPoolsPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString FeesPoolsPage::status() const
{
    return m_status->text();
}

void FeesPoolsPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void FeesPoolsPage::showSelected()
{
    m_shares->removeRows(0, m_shares->rowCount());
    m_shown.clear();
    m_message->hide();
    const std::optional<StoredCostPool> stored = selectedPool();
    m_preview->setEnabled(stored && !stored->allocated);
    m_allocate->setEnabled(stored && !stored->allocated);
    m_edit->setEnabled(stored && !stored->allocated);
    m_new->setEnabled(m_store != nullptr);
    if (!stored) {
        m_status->setText(m_stored.isEmpty() ? tr("No shared-cost pool yet.") : QString());
        m_sharesTitle->clear();
        return;
    }
    if (!stored->allocated) {
        m_status->setText(tr("Draft: preview its split, then allocate it."));
        m_sharesTitle->clear();
        return;
    }
    m_status->setText(tr("Allocated on %1: its shares are stored.")
                          .arg(formatDate(stored->allocatedAt.toLocalTime().date())));
    Allocation allocation;
    allocation.pool = stored->pool;
    allocation.periodDays = static_cast<int>(stored->pool.from.daysTo(stored->pool.to)) + 1;
    for (const AllocationShare &share : stored->shares)
        allocation.totalWeight += share.weight;
    allocation.shares = stored->shares;
    showShares(allocation, true);
}

void FeesPoolsPage::showShares(const Allocation &allocation, bool stored)
{
    m_shares->removeRows(0, m_shares->rowCount());
    m_shown = allocation.shares;
    const bool amounts = keyIsAmount(allocation.pool.key);
    for (const AllocationShare &share : allocation.shares) {
        m_shares->appendRow({textItem(share.activityCode),
                             numberItem(amounts ? formatMoney(Money::fromCents(share.keyValue))
                                                : formatCount(share.keyValue)),
                             numberItem(formatCount(share.presenceDays)),
                             numberItem(formatCount(share.weight)),
                             numberItem(formatMoney(share.amount)),
                             textItem(allocation.explain(share))});
    }
    m_sharesView->resizeColumnsToContents();
    m_sharesTitle->setText(stored ? tr("Stored shares of %1").arg(allocation.pool.label)
                                  : tr("Preview of %1: nothing is stored yet")
                                        .arg(allocation.pool.label));
}

bool FeesPoolsPage::preview()
{
    const std::optional<StoredCostPool> stored = selectedPool();
    if (!m_store || !stored)
        return false;
    const Result<Allocation> allocation =
        CostPoolRepository(*m_store).allocate(stored->pool.id, true);
    if (!allocation) {
        m_shares->removeRows(0, m_shares->rowCount());
        m_shown.clear();
        showError(allocation.error().message());
        return false;
    }
    m_message->hide();
    showShares(*allocation, false);
    return true;
}

void FeesPoolsPage::allocate()
{
    const std::optional<StoredCostPool> stored = selectedPool();
    if (!stored || stored->allocated)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Allocate the pool"),
        tr("Allocate %1 (%2) over the activities? Its shares are stored and the pool can no "
           "longer be changed.")
            .arg(stored->pool.label, formatMoney(stored->pool.amount)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"allocateConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Allocate"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            allocateNow();
    });
    m_confirmation = box;
    box->open();
}

bool FeesPoolsPage::allocateNow()
{
    const std::optional<StoredCostPool> stored = selectedPool();
    if (!m_store || !stored)
        return false;
    const Result<Allocation> allocation = CostPoolRepository(*m_store).allocate(stored->pool.id);
    if (!allocation) {
        showError(allocation.error().message());
        return false;
    }
    refresh();
    selectPool(stored->pool.id);
    return true;
}

PoolEditor *FeesPoolsPage::newPool()
{
    if (!m_store)
        return nullptr;
    StoredCostPool draft;
    const QDate today = businessToday();
    draft.pool.from = QDate(today.year(), 1, 1);
    draft.pool.to = QDate(today.year(), 12, 31);
    return openEditor(draft);
}

PoolEditor *FeesPoolsPage::editSelected()
{
    const std::optional<StoredCostPool> stored = selectedPool();
    if (!m_store || !stored || stored->allocated)
        return nullptr;
    return openEditor(*stored);
}

PoolEditor *FeesPoolsPage::openEditor(const StoredCostPool &initial)
{
    if (m_editor)
        m_editor->deleteLater();
    auto *editor = new PoolEditor(*m_store, initial, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString id = editor->saved().pool.id;
        refresh();
        selectPool(id);
    });
    m_editor = editor;
    editor->open();
    return editor;
}

void FeesPoolsPage::setHeaders()
{
    m_pools->setHorizontalHeaderLabels(
        {tr("Pool"), tr("Period"), tr("Key"), tr("Amount"), tr("Status")});
    m_shares->setHorizontalHeaderLabels({tr("Activity"), tr("Key value"), tr("Days present"),
                                         tr("Weight"), tr("Share"), tr("Explanation")});
}

void FeesPoolsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setHeaders();
        refresh();
    }
    QWidget::changeEvent(event);
}

void FeesPoolsPage::retranslate()
{
    m_preview->setText(tr("&Preview"));
    m_allocate->setText(tr("&Allocate…"));
    m_new->setText(tr("&New pool…"));
    m_edit->setText(tr("&Edit…"));
}

} // namespace coop::ui
