#include "catalogdialog.h"

#include "format.h"
#include "invoicelinesmodel.h"
#include "invoicesmodel.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

// ---- One item ------------------------------------------------------------------------------

CatalogItemDialog::CatalogItemDialog(Store &store, const CatalogItem &item, QWidget *parent)
    : FormDialog(parent), m_repository(store), m_original(item)
{
    setObjectName(u"catalogItemDialog"_s);
    setTitle(item.id.isEmpty() ? tr("New catalogue item") : tr("Catalogue item"),
             tr("The price is excluding VAT; the revenue account starts with 70."));
    setOkText(tr("Save"));

    m_designation = new QLineEdit(this);
    m_unit = new QComboBox(this);
    for (const QString &code : knownUnitCodes())
        m_unit->addItem(SalesLabels::unit(code), code);
    m_price = newNumberEdit(this);
    m_rate = new QComboBox(this);
    for (const Rate rate : frenchVatRates())
        m_rate->addItem(SalesLabels::vatRate(rate), QVariant::fromValue(rate.units()));
    m_mention = new QLineEdit(this);
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("e.g. 706000"));

    auto *form = newForm();
    addRow(form, tr("&Designation:"), u"designation"_s, m_designation);
    addRow(form, tr("&Unit:"), u"unit"_s, m_unit);
    addRow(form, tr("Unit &price excl. VAT:"), u"unitPrice"_s, m_price, withUnit(m_price, u"€"_s));
    addRow(form, tr("&VAT rate:"), u"vatRate"_s, m_rate);
    addRow(form, tr("&Exemption mention:"), u"exemptionMention"_s, m_mention);
    addRow(form, tr("&Revenue account:"), u"revenueAccount"_s, m_account);
    content()->addLayout(form);

    m_designation->setText(item.designation);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(item.unit)));
    m_price->setText(formatUnitPrice(item.unitPrice));
    m_rate->setCurrentIndex(
        std::max(0, m_rate->findData(QVariant::fromValue(item.vatRate.units()))));
    m_mention->setText(item.exemptionMention);
    m_account->setText(item.revenueAccount);
    // The exemption mention only belongs to a 0 % item.
    const auto rateChanged = [this] {
        m_mention->setEnabled(m_rate->currentData().toLongLong() == 0);
    };
    connect(m_rate, &QComboBox::currentIndexChanged, this, rateChanged);
    rateChanged();
    m_designation->setFocus();
    startWatching();
}

ValidationErrors CatalogItemDialog::check()
{
    ValidationErrors ui;
    CatalogItem item = m_original;
    item.designation = m_designation->text().trimmed();
    item.unit = m_unit->currentData().toString();
    const QString price = m_price->text().trimmed();
    if (price.isEmpty()) {
        item.unitPrice = UnitPrice();
    } else if (Result<UnitPrice> parsed = parseUnitPrice(price)) {
        item.unitPrice = *parsed;
    } else {
        ui.append(atField(parsed.error(), u"unitPrice"_s));
    }
    item.vatRate = Rate::fromUnits(m_rate->currentData().toLongLong());
    item.exemptionMention = item.vatRate.isZero() ? m_mention->text().trimmed() : QString();
    item.revenueAccount = m_account->text().trimmed();
    m_built = item;
    return merged(ui, validate(item));
}

Result<void> CatalogItemDialog::save()
{
    Result<CatalogItem> saved = m_repository.saveCatalogItem(m_built);
    if (!saved)
        return fail(saved.error());
    m_saved = *saved;
    return {};
}

// ---- The catalogue -------------------------------------------------------------------------

namespace {

enum Column { Designation, Unit, Price, VatRate, Account, Archived, ColumnCount };

} // namespace

CatalogDialog::CatalogDialog(Store &store, const QString &activityId, QWidget *parent)
    : QDialog(parent), m_store(store), m_activityId(activityId)
{
    setObjectName(u"catalogDialog"_s);
    setWindowTitle(tr("Catalogue"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"catalogTable"_s);
    m_table->setAccessibleName(tr("Catalogue items"));
    m_table->setHorizontalHeaderLabels({tr("Designation"), tr("Unit"), tr("Unit price excl. VAT"),
                                        tr("VAT rate"), tr("Revenue account"), tr("Archived")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Designation, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CatalogDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CatalogDialog::editCurrent);

    m_error = new QLabel(this);
    m_error->setObjectName(u"catalogError"_s);
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addItemButton"_s);
    connect(m_add, &QPushButton::clicked, this, &CatalogDialog::addItem);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editItemButton"_s);
    connect(m_edit, &QPushButton::clicked, this, &CatalogDialog::editCurrent);
    m_archive = new QPushButton(tr("A&rchive"), this);
    m_archive->setObjectName(u"archiveItemButton"_s);
    connect(m_archive, &QPushButton::clicked, this, &CatalogDialog::archiveCurrent);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(820, 420);
    reload();
}

QString CatalogDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CatalogDialog::reload()
{
    const QString current = m_table->currentRow() >= 0 && m_table->currentRow() < m_items.size()
                                ? m_items.at(m_table->currentRow()).id
                                : QString();
    m_items.clear();
    if (Result<QList<CatalogItem>> items = SalesRepository(m_store).catalogItems(m_activityId)) {
        m_items = *items;
        m_error->hide();
    } else {
        m_error->setText(tr("The catalogue cannot be read: %1").arg(items.error().message()));
        m_error->show();
    }
    m_table->setRowCount(int(m_items.size()));
    int select = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CatalogItem &item = m_items.at(i);
        const int row = int(i);
        const auto set = [&](int column, const QString &text, bool right = false) {
            auto *cell = new QTableWidgetItem(text);
            if (right)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, cell);
        };
        set(Designation, item.designation);
        set(Unit, SalesLabels::unit(item.unit));
        set(Price, formatUnitPrice(item.unitPrice), true);
        set(VatRate, formatPercent(item.vatRate), true);
        set(Account, item.revenueAccount);
        set(Archived, item.archived ? tr("Archived") : QString());
        if (item.id == current)
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    updateButtons();
}

void CatalogDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_items.size();
    m_edit->setEnabled(selected);
    m_archive->setEnabled(selected);
    m_archive->setText(selected && m_items.at(row).archived ? tr("B&ring back")
                                                             : tr("A&rchive"));
}

void CatalogDialog::openItem(const CatalogItem &item)
{
    if (m_itemDialog)
        return;
    auto *dialog = new CatalogItemDialog(m_store, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_itemDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->item().id;
        reload();
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == id)
                m_table->selectRow(int(i));
        }
        Q_EMIT catalogChanged();
    });
    dialog->open();
}

void CatalogDialog::addItem()
{
    CatalogItem item;
    item.activityId = m_activityId;
    openItem(item);
}

void CatalogDialog::editCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_items.size())
        openItem(m_items.at(row));
}

bool CatalogDialog::archiveCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return false;
    CatalogItem item = m_items.at(row);
    item.archived = !item.archived;
    const Result<CatalogItem> saved = SalesRepository(m_store).saveCatalogItem(item);
    if (!saved) {
        m_error->setText(saved.error().message());
        m_error->show();
        return false;
    }
    reload();
    Q_EMIT catalogChanged();
    return true;
}

} // namespace coop::ui
