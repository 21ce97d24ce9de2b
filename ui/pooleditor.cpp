#include "pooleditor.h"

#include "format.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

bool keyUsesFigures(AllocationKey key)
{
    return key == AllocationKey::FixedAmounts || key == AllocationKey::CustomWeights;
}

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

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

PoolEditor::PoolEditor(Store &store, const StoredCostPool &initial, QWidget *parent)
    : FormDialog(parent), m_store(store), m_initial(initial), m_saved(initial)
{
    setObjectName(u"poolEditor"_s);
    const CostPool &pool = initial.pool;
    if (pool.id.isEmpty())
        setTitle(tr("New shared-cost pool"),
                 tr("The pool is divided over the activities present in its period, by its key. "
                    "Preview the split before saving the draft."));
    else
        setTitle(tr("Shared-cost pool %1").arg(pool.label),
                 tr("Preview the split before saving the draft."));
    setOkText(tr("&Save"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    content()->addLayout(columns, 1);
    auto *poolBox = new QGroupBox(tr("Pool"), this);
    QFormLayout *form = newForm();
    m_form = form;
    poolBox->setLayout(form);
    columns->addWidget(poolBox, 2);

    m_label = new QLineEdit(pool.label, this);
    m_label->setPlaceholderText(tr("e.g. Professional liability insurance 2026"));
    addRow(form, tr("&Label:"), u"label"_s, m_label);
    m_from = newDateEdit(this);
    m_to = newDateEdit(this);
    const QDate today = businessToday();
    m_from->setDate(pool.from.isValid() ? pool.from : QDate(today.year(), 1, 1));
    m_to->setDate(pool.to.isValid() ? pool.to : QDate(today.year(), 12, 31));
    addRow(form, tr("&From:"), u"from"_s, m_from);
    addRow(form, tr("&To:"), u"to"_s, m_to);
    m_amount = newNumberEdit(this);
    m_amount->setText(formatAmount(pool.amount));
    addRow(form, tr("&Amount:"), u"amount"_s, m_amount, withUnit(m_amount, tr("€")));
    m_account = new QLineEdit(pool.account, this);
    m_account->setPlaceholderText(tr("charge account, e.g. 6161"));
    addRow(form, tr("A&ccount:"), u"account"_s, m_account);
    m_key = new QComboBox(this);
    m_key->addItem(tr("Turnover"), static_cast<int>(AllocationKey::Turnover));
    m_key->addItem(tr("Gross margin"), static_cast<int>(AllocationKey::Margin));
    m_key->addItem(tr("Headcount"), static_cast<int>(AllocationKey::Headcount));
    m_key->addItem(tr("Equal shares"), static_cast<int>(AllocationKey::EqualShares));
    m_key->addItem(tr("Fixed amounts"), static_cast<int>(AllocationKey::FixedAmounts));
    m_key->addItem(tr("Custom weights"), static_cast<int>(AllocationKey::CustomWeights));
    m_key->setCurrentIndex(m_key->findData(static_cast<int>(pool.key)));
    addRow(form, tr("&Key:"), u"key"_s, m_key);

    // One row per activity, for the keys that need a figure of each.
    m_weights = new QTableWidget(0, 3, this);
    m_weights->setObjectName(u"weights"_s);
    m_weights->verticalHeader()->hide();
    m_weights->horizontalHeader()->setSectionResizeMode(WeightName, QHeaderView::Stretch);
    m_weights->setMinimumHeight(180);
    m_weightsHint = new QLabel(this);
    m_weightsHint->setWordWrap(true);
    theme::markAsHint(m_weightsHint);
    m_weightsRow = new QWidget(this);
    auto *weightsLayout = new QVBoxLayout(m_weightsRow);
    weightsLayout->setContentsMargins(0, 0, 0, 0);
    weightsLayout->addWidget(m_weightsHint);
    weightsLayout->addWidget(m_weights, 1);
    addRow(form, tr("&Figures:"), u"weights"_s, m_weights, m_weightsRow);
    if (const Result<QList<Activity>> activities = PeopleRepository(m_store).activities()) {
        QList<Activity> sorted = *activities;
        std::ranges::sort(sorted, {}, &Activity::analyticCode);
        for (const Activity &activity : std::as_const(sorted)) {
            const int row = m_weights->rowCount();
            m_weights->insertRow(row);
            QTableWidgetItem *code = readOnly(activity.analyticCode);
            code->setData(kIdRole, activity.id);
            m_weights->setItem(row, WeightCode, code);
            m_weights->setItem(row, WeightName, readOnly(activity.name));
            const qint64 figure = initial.weights.value(activity.id);
            auto *value = new QTableWidgetItem(
                figure == 0 ? QString()
                : pool.key == AllocationKey::FixedAmounts
                    ? formatAmount(Money::fromCents(figure))
                    : QString::number(figure));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_weights->setItem(row, WeightFigure, value);
        }
    } else {
        m_weightsHint->setText(activities.error().message());
    }

    // The preview.
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    columns->addWidget(previewBox, 3);
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_previewButton->setAutoDefault(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_previewButton);
    buttonRow->addStretch();
    previewLayout->addLayout(buttonRow);
    m_previewMessage = new QLabel(this);
    m_previewMessage->setObjectName(u"previewMessage"_s);
    m_previewMessage->setWordWrap(true);
    previewLayout->addWidget(m_previewMessage);
    m_shares = new QStandardItemModel(0, 6, this);
    m_shares->setHorizontalHeaderLabels({tr("Activity"), tr("Key value"), tr("Days present"),
                                         tr("Weight"), tr("Share"), tr("Explanation")});
    m_sharesView = new QTableView(this);
    m_sharesView->setObjectName(u"shares"_s);
    m_sharesView->setModel(m_shares);
    m_sharesView->verticalHeader()->hide();
    m_sharesView->setWordWrap(false);
    m_sharesView->horizontalHeader()->setStretchLastSection(true);
    m_sharesView->setMinimumWidth(520);
    previewLayout->addWidget(m_sharesView, 1);
    m_previewTotal = new QLabel(this);
    m_previewTotal->setObjectName(u"previewTotal"_s);
    previewLayout->addWidget(m_previewTotal);
    clearPreview(tr("Preview the split to see each activity's share before saving."));

    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] { keyChanged(); });
    connect(m_weights, &QTableWidget::itemChanged, this, [this] { revalidate(); });
    keyChanged();
    startWatching();
    resize(1180, 680);
}

PoolEditor::~PoolEditor() = default;

bool PoolEditor::weightsShown() const
{
    return !m_weightsRow->isHidden();
}

void PoolEditor::keyChanged()
{
    const auto key = static_cast<AllocationKey>(m_key->currentData().toInt());
    const bool shown = keyUsesFigures(key);
    m_weightsRow->setHidden(!shown);
    // The row's label goes with it (the form's cell holds the figures and their error line).
    if (m_form && m_weightsRow->parentWidget())
        m_form->setRowVisible(m_weightsRow->parentWidget(), shown);
    if (key == AllocationKey::FixedAmounts) {
        m_weights->setHorizontalHeaderLabels({tr("Activity"), tr("Name"), tr("Amount (€)")});
        m_weightsHint->setText(tr("The amount each activity is charged when they add up to the "
                                  "pool and everyone is present all along."));
    } else {
        m_weights->setHorizontalHeaderLabels({tr("Activity"), tr("Name"), tr("Weight")});
        m_weightsHint->setText(tr("A whole number per activity; an empty figure is 0."));
    }
    clearPreview(tr("Preview the split to see each activity's share before saving."));
}

void PoolEditor::setFigure(const QString &activityCode, const QString &text)
{
    for (int row = 0; row < m_weights->rowCount(); ++row) {
        if (m_weights->item(row, WeightCode)->text() == activityCode) {
            m_weights->item(row, WeightFigure)->setText(text);
            return;
        }
    }
}

StoredCostPool PoolEditor::build(ValidationErrors &errors) const
{
    StoredCostPool stored = m_initial;
    CostPool &pool = stored.pool;
    pool.label = m_label->text().trimmed();
    pool.from = dateOf(m_from);
    pool.to = dateOf(m_to);
    pool.amount = readMoney(m_amount, u"amount"_s, errors);
    pool.account = m_account->text().trimmed();
    pool.key = static_cast<AllocationKey>(m_key->currentData().toInt());
    stored.weights.clear();
    if (keyUsesFigures(pool.key)) {
        for (int row = 0; row < m_weights->rowCount(); ++row) {
            const QString text = m_weights->item(row, WeightFigure)->text().trimmed();
            if (text.isEmpty())
                continue;
            const QString id = m_weights->item(row, WeightCode)->data(kIdRole).toString();
            const QString code = m_weights->item(row, WeightCode)->text();
            qint64 figure = 0;
            if (pool.key == AllocationKey::FixedAmounts) {
                const Result<Money> amount = parseMoney(text);
                if (!amount) {
                    errors.append(Error(amount.error().code(),
                                        tr("%1: %2").arg(code, amount.error().message()),
                                        u"weights"_s));
                    continue;
                }
                figure = amount->cents();
            } else {
                bool ok = false;
                figure = text.toLongLong(&ok);
                if (!ok) {
                    errors.append(Error(ErrorCode::ParseError,
                                        tr("%1: type a whole number, e.g. 3.").arg(code),
                                        u"weights"_s));
                    continue;
                }
            }
            if (figure < 0) {
                errors.append(Error(ErrorCode::InvalidArgument,
                                    tr("%1: the figure cannot be negative.").arg(code),
                                    u"weights"_s));
                continue;
            }
            if (figure > 0)
                stored.weights.insert(id, figure);
        }
    }
    return stored;
}

ValidationErrors PoolEditor::check()
{
    ValidationErrors ui;
    const StoredCostPool stored = build(ui);
    return merged(ui, coop::validate(stored.pool));
}

Result<void> PoolEditor::save()
{
    ValidationErrors errors;
    const StoredCostPool stored = build(errors);
    if (!errors.isEmpty())
        return fail(errors.constFirst());
    Result<StoredCostPool> saved = CostPoolRepository(m_store).savePool(stored);
    if (!saved)
        return fail(saved.error());
    m_saved = std::move(*saved);
    return {};
}

QString PoolEditor::previewMessage() const
{
    return m_previewMessage->text();
}

QString PoolEditor::previewTotal() const
{
    return m_previewTotal->text();
}

void PoolEditor::clearPreview(const QString &message)
{
    m_shares->removeRows(0, m_shares->rowCount());
    m_previewed.reset();
    m_previewMessage->setText(message);
    m_previewTotal->clear();
}

bool PoolEditor::preview()
{
    ValidationErrors ui;
    const StoredCostPool stored = build(ui);
    const ValidationErrors errors = merged(ui, coop::validate(stored.pool));
    if (!errors.isEmpty()) {
        clearPreview(tr("Correct the pool first: %1").arg(errors.constFirst().message()));
        revalidate();
        return false;
    }
    Result<Allocation> allocation = CostPoolRepository(m_store).preview(stored);
    if (!allocation) {
        clearPreview(allocation.error().message());
        return false;
    }
    clearPreview(tr("Computed from the pool as it stands in the form: nothing is stored yet."));
    const bool amounts = keyIsAmount(allocation->pool.key);
    Money total;
    for (const AllocationShare &share : std::as_const(allocation->shares)) {
        total += share.amount;
        QStandardItem *explanation = textItem(allocation->explain(share));
        explanation->setToolTip(explanation->text());
        m_shares->appendRow({textItem(share.activityCode),
                             numberItem(amounts ? formatMoney(Money::fromCents(share.keyValue))
                                                : formatCount(share.keyValue)),
                             numberItem(formatCount(share.presenceDays)),
                             numberItem(formatCount(share.weight)),
                             numberItem(formatMoney(share.amount)),
                             explanation});
    }
    m_sharesView->resizeColumnsToContents();
    m_previewTotal->setText(tr("%n share(s), %1 in all, for a pool of %2.", nullptr,
                               static_cast<int>(allocation->shares.size()))
                                .arg(formatMoney(total), formatMoney(allocation->pool.amount)));
    m_previewed = std::move(*allocation);
    return true;
}

} // namespace coop::ui
