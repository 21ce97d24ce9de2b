#include "scaleeditor.h"

#include "format.h"
#include "labels.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
constexpr int kAnyContractType = -1;

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

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget *newTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(rowHeight * 3 + table->horizontalHeader()->sizeHint().height());
    table->setMaximumHeight(rowHeight * 5 + table->horizontalHeader()->sizeHint().height());
    return table;
}

// A table and its "Add" and "Remove" buttons, as one field of the form.
QWidget *withRowButtons(QTableWidget *table, const QString &add, const QString &remove,
                        QPushButton **addButton, QPushButton **removeButton)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *buttons = new QVBoxLayout;
    *addButton = new QPushButton(add, box);
    *removeButton = new QPushButton(remove, box);
    (*addButton)->setObjectName(table->objectName() + u"Add"_s);
    (*removeButton)->setObjectName(table->objectName() + u"Remove"_s);
    buttons->addWidget(*addButton);
    buttons->addWidget(*removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

// An optional amount or rate: an empty field is "none".
std::optional<Money> readOptionalMoney(const QLineEdit *edit, const QString &key,
                                       ValidationErrors &errors)
{
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    Result<Money> amount = parseMoney(edit->text());
    if (!amount) {
        errors.append(Error(amount.error().code(), amount.error().message(), key));
        return std::nullopt;
    }
    return *amount;
}

std::optional<Rate> readOptionalPercent(const QLineEdit *edit, const QString &key,
                                        ValidationErrors &errors)
{
    if (edit->text().trimmed().isEmpty())
        return std::nullopt;
    Result<Rate> rate = parsePercent(edit->text());
    if (!rate) {
        errors.append(Error(rate.error().code(), rate.error().message(), key));
        return std::nullopt;
    }
    return *rate;
}

Money readCellMoney(const QString &text, const QString &where, ValidationErrors &errors)
{
    Result<Money> amount = parseMoney(text);
    if (!amount) {
        errors.append(Error(amount.error().code(), amount.error().message(), where));
        return {};
    }
    return *amount;
}

QString monthKey(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

} // namespace

ScaleEditor::ScaleEditor(Store &store, const StoredContributionScale &initial, QWidget *parent)
    : FormDialog(parent), m_store(store), m_initial(initial), m_saved(initial)
{
    setObjectName(u"scaleEditor"_s);
    const ContributionScale &scale = initial.scale;
    if (initial.id.isEmpty())
        setTitle(tr("New contribution scale version"),
                 tr("A version applies from its effective date, as voted by the general "
                    "assembly. Preview its effect on a month before saving it."));
    else
        setTitle(tr("Contribution scale %1").arg(scale.code),
                 tr("Preview the effect of your changes on a month before saving them."));
    setOkText(tr("&Save"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    content()->addLayout(columns, 1);

    // The scale itself.
    auto *scaleBox = new QGroupBox(tr("Scale"), this);
    QFormLayout *form = newForm();
    scaleBox->setLayout(form);
    columns->addWidget(scaleBox, 3);

    m_code = new QLineEdit(scale.code, this);
    m_code->setPlaceholderText(tr("e.g. BAREME-2026"));
    addRow(form, tr("&Code:"), u"code"_s, m_code);
    m_label = new QLineEdit(scale.label, this);
    addRow(form, tr("&Label:"), u"label"_s, m_label);
    m_assembly = new QLineEdit(scale.assemblyReference, this);
    m_assembly->setPlaceholderText(tr("e.g. general assembly of 12/06/2025, resolution 4"));
    addRow(form, tr("General &assembly:"), u"assemblyReference"_s, m_assembly);
    m_effectiveFrom = newDateEdit(this);
    m_effectiveFrom->setDate(scale.effectiveFrom.isValid() ? scale.effectiveFrom
                                                           : businessToday());
    addRow(form, tr("&Effective from:"), u"effectiveFrom"_s, m_effectiveFrom);

    m_base = new QComboBox(this);
    m_base->addItem(tr("Turnover invoiced (excl. VAT)"),
                    static_cast<int>(ContributionBase::InvoicedHt));
    m_base->addItem(tr("Turnover collected (excl. VAT)"),
                    static_cast<int>(ContributionBase::CollectedHt));
    m_base->addItem(tr("Gross margin"), static_cast<int>(ContributionBase::GrossMargin));
    m_base->setCurrentIndex(m_base->findData(static_cast<int>(scale.base)));
    addRow(form, tr("&Base:"), u"base"_s, m_base);

    m_brackets = newTable(this, u"brackets"_s, 2);
    m_brackets->setHorizontalHeaderLabels({tr("From (€)"), tr("Rate (%)")});
    QPushButton *addBracketButton = nullptr;
    QPushButton *removeBracketButton = nullptr;
    QWidget *bracketsRow = withRowButtons(m_brackets, tr("Add"), tr("Remove"), &addBracketButton,
                                          &removeBracketButton);
    m_brackets->setToolTip(tr("One row is a flat rate; the first bracket starts at 0."));
    addRow(form, tr("Brac&kets:"), u"brackets"_s, m_brackets, bracketsRow);
    for (const ContributionBracket &bracket : scale.brackets)
        addBracket(bracket.from, bracket.rate);
    if (scale.brackets.isEmpty())
        addBracket();

    m_application = new QComboBox(this);
    m_application->addItem(tr("Marginal: each slice at its own rate"),
                           static_cast<int>(BracketApplication::Marginal));
    m_application->addItem(tr("Whole base: the rate reached applies to all of it"),
                           static_cast<int>(BracketApplication::WholeBase));
    m_application->setCurrentIndex(
        m_application->findData(static_cast<int>(scale.application)));
    addRow(form, tr("Brackets a&pply:"), u"application"_s, m_application);
    m_basis = new QComboBox(this);
    m_basis->addItem(tr("To each month"), static_cast<int>(BracketBasis::Month));
    m_basis->addItem(tr("To the year to date"), static_cast<int>(BracketBasis::YearToDate));
    m_basis->addItem(tr("To the total since entry"), static_cast<int>(BracketBasis::SinceEntry));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(scale.basis)));
    addRow(form, tr("Bracket ba&sis:"), u"basis"_s, m_basis);

    m_floors = newTable(this, u"floors"_s, 3);
    m_floors->setHorizontalHeaderLabels(
        {tr("After (months)"), tr("Contract"), tr("Floor (€)")});
    m_floors->setToolTip(tr("Each row applies from that many months after the entrepreneur's "
                            "entry, for one contract type or any; the greatest reached applies."));
    QPushButton *addFloorButton = nullptr;
    QPushButton *removeFloorButton = nullptr;
    QWidget *floorsRow = withRowButtons(m_floors, tr("Add"), tr("Remove"), &addFloorButton,
                                        &removeFloorButton);
    addRow(form, tr("Monthly &floors:"), u"floors"_s, m_floors, floorsRow);
    for (const ContributionFloor &floor : scale.floors)
        addFloor(floor);

    m_cap = newNumberEdit(this);
    m_cap->setPlaceholderText(tr("none"));
    if (scale.annualCap)
        m_cap->setText(formatAmount(*scale.annualCap));
    m_cap->setToolTip(tr("Prorated to the months of presence; empty for no cap."));
    addRow(form, tr("Annual ca&p:"), u"annualCap"_s, m_cap, withUnit(m_cap, tr("€ a year")));
    m_capAssociate = newNumberEdit(this);
    m_capAssociate->setPlaceholderText(tr("same"));
    m_capAssociate->setToolTip(tr("The cap of an associate; empty for the same cap."));
    if (scale.annualCapAssociate)
        m_capAssociate->setText(formatAmount(*scale.annualCapAssociate));
    addRow(form, tr("Annual cap of an a&ssociate:"), u"annualCapAssociate"_s, m_capAssociate,
           withUnit(m_capAssociate, tr("€ a year")));
    m_internalRate = newNumberEdit(this);
    m_internalRate->setPlaceholderText(tr("in the base"));
    if (scale.internalRate)
        m_internalRate->setText(formatRate(*scale.internalRate));
    m_internalRate->setToolTip(tr("The rate of invoicing between entrepreneurs of the "
                                  "cooperative; empty to count it in the base."));
    addRow(form, tr("&Internal invoicing:"), u"internalRate"_s, m_internalRate,
           withUnit(m_internalRate, tr("%")));
    m_default = new QCheckBox(tr("&Default scale (contracts that name none)"), this);
    m_default->setChecked(initial.isDefault);
    addRow(form, QString(), u"isDefault"_s, m_default);
    m_default->setAccessibleName(tr("Default scale"));

    // The preview.
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    columns->addWidget(previewBox, 4);
    m_month = new QDateEdit(this);
    m_month->setObjectName(u"previewMonth"_s);
    m_month->setDisplayFormat(u"MM/yyyy"_s);
    m_month->setCalendarPopup(true);
    const QDate today = businessToday();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_previewButton->setAutoDefault(false);
    auto *monthRow = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    monthRow->addWidget(monthLabel);
    monthRow->addWidget(m_month);
    monthRow->addWidget(m_previewButton);
    monthRow->addStretch();
    previewLayout->addLayout(monthRow);
    m_previewMessage = new QLabel(this);
    m_previewMessage->setObjectName(u"previewMessage"_s);
    m_previewMessage->setWordWrap(true);
    theme::markAsHint(m_previewMessage);
    previewLayout->addWidget(m_previewMessage);
    m_previewModel = new QStandardItemModel(0, PreviewColumnCount, this);
    m_previewModel->setHorizontalHeaderLabels({tr("Activity"), tr("Entrepreneur"), tr("Base"),
                                               tr("Current"), tr("With this scale"),
                                               tr("Difference")});
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(u"preview"_s);
    m_previewView->setModel(m_previewModel);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSortingEnabled(false);
    m_previewView->setMinimumWidth(520);
    m_previewView->horizontalHeader()->setSectionResizeMode(Entrepreneur, QHeaderView::Stretch);
    previewLayout->addWidget(m_previewView, 1);
    m_previewTotals = new QLabel(this);
    m_previewTotals->setObjectName(u"previewTotals"_s);
    m_previewTotals->setWordWrap(true);
    previewLayout->addWidget(m_previewTotals);
    clearPreview(tr("Choose a month and preview what each activity would owe."));

    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(); });
    connect(addBracketButton, &QPushButton::clicked, this, [this] {
        Money from;
        if (m_brackets->rowCount() > 0) {
            const Result<Money> last =
                parseMoney(cellText(m_brackets, m_brackets->rowCount() - 1, BracketFrom));
            if (last)
                from = *last;
        }
        addBracket(from, Rate());
        m_brackets->setCurrentCell(m_brackets->rowCount() - 1, BracketFrom);
        revalidate();
    });
    connect(removeBracketButton, &QPushButton::clicked, this, [this] {
        const int row = m_brackets->currentRow();
        if (row >= 0)
            m_brackets->removeRow(row);
        revalidate();
    });
    connect(addFloorButton, &QPushButton::clicked, this, [this] {
        addFloor();
        revalidate();
    });
    connect(removeFloorButton, &QPushButton::clicked, this, [this] {
        const int row = m_floors->currentRow();
        if (row >= 0)
            m_floors->removeRow(row);
        revalidate();
    });
    connect(m_brackets, &QTableWidget::itemChanged, this, [this] { revalidate(); });
    connect(m_floors, &QTableWidget::itemChanged, this, [this] { revalidate(); });
    startWatching();
    resize(1180, 720);
}

ScaleEditor::~ScaleEditor() = default;

void ScaleEditor::addBracket(Money from, Rate rate)
{
    const QSignalBlocker blocker(m_brackets);
    const int row = m_brackets->rowCount();
    m_brackets->insertRow(row);
    m_brackets->setItem(row, BracketFrom, cell(formatAmount(from)));
    m_brackets->setItem(row, BracketRate, cell(formatRate(rate)));
}

void ScaleEditor::addFloor(const ContributionFloor &floor)
{
    const QSignalBlocker blocker(m_floors);
    const int row = m_floors->rowCount();
    m_floors->insertRow(row);
    m_floors->setItem(row, FloorSeniority, cell(QString::number(floor.fromSeniorityMonths)));
    auto *type = new QComboBox(m_floors);
    type->addItem(tr("Any"), kAnyContractType);
    type->addItem(Labels::contractType(ContractType::Cape), static_cast<int>(ContractType::Cape));
    type->addItem(Labels::contractType(ContractType::Cesa), static_cast<int>(ContractType::Cesa));
    type->setCurrentIndex(type->findData(
        floor.contractType ? static_cast<int>(*floor.contractType) : kAnyContractType));
    connect(type, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    m_floors->setCellWidget(row, FloorContractType, type);
    m_floors->setItem(row, FloorMonthly, cell(formatAmount(floor.monthly)));
}

StoredContributionScale ScaleEditor::build(ValidationErrors &errors) const
{
    StoredContributionScale stored = m_initial;
    ContributionScale &scale = stored.scale;
    scale.code = m_code->text().trimmed();
    scale.label = m_label->text().trimmed();
    scale.assemblyReference = m_assembly->text().trimmed();
    scale.effectiveFrom = dateOf(m_effectiveFrom);
    scale.base = static_cast<ContributionBase>(m_base->currentData().toInt());
    scale.application = static_cast<BracketApplication>(m_application->currentData().toInt());
    scale.basis = static_cast<BracketBasis>(m_basis->currentData().toInt());
    scale.brackets.clear();
    for (int row = 0; row < m_brackets->rowCount(); ++row) {
        ContributionBracket bracket;
        const QString where = u"brackets[%1]"_s.arg(row);
        bracket.from = readCellMoney(cellText(m_brackets, row, BracketFrom), where + u".from"_s,
                                     errors);
        const Result<Rate> rate = parsePercent(cellText(m_brackets, row, BracketRate));
        if (rate)
            bracket.rate = *rate;
        else
            errors.append(atField(rate.error(), where + u".rate"_s));
        scale.brackets.append(bracket);
    }
    scale.floors.clear();
    for (int row = 0; row < m_floors->rowCount(); ++row) {
        ContributionFloor floor;
        const QString where = u"floors[%1]"_s.arg(row);
        bool ok = false;
        const QString months = cellText(m_floors, row, FloorSeniority);
        floor.fromSeniorityMonths = months.isEmpty() ? 0 : months.toInt(&ok);
        if (!months.isEmpty() && !ok)
            errors.append(Error(ErrorCode::ParseError,
                                tr("Type a whole number of months, e.g. 12."),
                                where + u".fromSeniorityMonths"_s));
        if (const auto *type = qobject_cast<const QComboBox *>(
                m_floors->cellWidget(row, FloorContractType))) {
            const int chosen = type->currentData().toInt();
            if (chosen != kAnyContractType)
                floor.contractType = static_cast<ContractType>(chosen);
        }
        floor.monthly = readCellMoney(cellText(m_floors, row, FloorMonthly),
                                      where + u".monthly"_s, errors);
        scale.floors.append(floor);
    }
    scale.annualCap = readOptionalMoney(m_cap, u"annualCap"_s, errors);
    scale.annualCapAssociate = readOptionalMoney(m_capAssociate, u"annualCapAssociate"_s, errors);
    scale.internalRate = readOptionalPercent(m_internalRate, u"internalRate"_s, errors);
    stored.isDefault = m_default->isChecked();
    return stored;
}

ValidationErrors ScaleEditor::check()
{
    ValidationErrors ui;
    const StoredContributionScale stored = build(ui);
    const ValidationErrors errors = merged(ui, coop::validate(stored.scale));
    markCells(errors);
    return errors;
}

void ScaleEditor::markCells(const ValidationErrors &errors)
{
    m_cellErrors.clear();
    for (const Error &error : errors) {
        if (error.where().startsWith(u"brackets[") || error.where().startsWith(u"floors["))
            m_cellErrors[error.where()] = error.message();
    }
    const auto mark = [this](QTableWidget *table, const QString &name,
                             const QList<std::pair<int, QString>> &fields) {
        const QSignalBlocker blocker(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            for (const auto &[column, field] : fields) {
                QTableWidgetItem *item = table->item(row, column);
                if (!item)
                    continue;
                const QString message =
                    m_cellErrors.value(u"%1[%2].%3"_s.arg(name).arg(row).arg(field));
                item->setToolTip(message);
                item->setData(Qt::AccessibleDescriptionRole, message);
                item->setForeground(message.isEmpty() ? QBrush() : QBrush(QColor(0xb0, 0x00, 0x20)));
                item->setBackground(message.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xe7, 0xe9)));
            }
        }
    };
    mark(m_brackets, u"brackets"_s, {{BracketFrom, u"from"_s}, {BracketRate, u"rate"_s}});
    mark(m_floors, u"floors"_s,
         {{FloorSeniority, u"fromSeniorityMonths"_s}, {FloorMonthly, u"monthly"_s}});
}

QString ScaleEditor::cellError(const QString &where) const
{
    return m_cellErrors.value(where);
}

Result<void> ScaleEditor::save()
{
    ValidationErrors errors;
    const StoredContributionScale stored = build(errors);
    if (!errors.isEmpty())
        return fail(errors.constFirst());
    Result<StoredContributionScale> saved = ContributionRepository(m_store).saveScale(stored);
    if (!saved)
        return fail(saved.error());
    m_saved = std::move(*saved);
    return {};
}

void ScaleEditor::setPreviewMonth(QDate month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

QDate ScaleEditor::previewMonth() const
{
    const QDate date = m_month->date();
    return QDate(date.year(), date.month(), 1);
}

QString ScaleEditor::previewMessage() const
{
    return m_previewMessage->text();
}

QString ScaleEditor::previewTotals() const
{
    return m_previewTotals->text();
}

void ScaleEditor::clearPreview(const QString &message)
{
    m_previewModel->removeRows(0, m_previewModel->rowCount());
    m_current.clear();
    m_previewed.clear();
    m_previewMessage->setText(message);
    m_previewTotals->clear();
}

bool ScaleEditor::preview()
{
    ValidationErrors ui;
    const StoredContributionScale candidate = build(ui);
    const ValidationErrors errors = merged(ui, coop::validate(candidate.scale));
    markCells(errors);
    if (!errors.isEmpty()) {
        clearPreview(tr("Correct the scale first: %1").arg(errors.constFirst().message()));
        return false;
    }
    const QString month = monthKey(previewMonth());
    const ContributionRepository repository(m_store);
    const Result<QList<ActivityContribution>> current = repository.compute(month);
    if (!current) {
        clearPreview(current.error().message());
        return false;
    }
    const Result<QList<ActivityContribution>> previewed = repository.preview(month, candidate);
    if (!previewed) {
        clearPreview(previewed.error().message());
        return false;
    }
    clearPreview(QString());
    for (const ActivityContribution &row : *current)
        m_current.insert(row.activityId, row);
    Money totalCurrent;
    Money totalPreview;
    int shown = 0;
    for (const ActivityContribution &after : *previewed) {
        m_previewed.insert(after.activityId, after);
        const auto before = m_current.constFind(after.activityId);
        // The activities the scale applies to, now or as edited; the others do not change.
        const bool concerned = after.scaleCode == candidate.scale.code
                               || (before != m_current.cend()
                                   && before->scaleCode == candidate.scale.code)
                               || (!m_initial.scale.code.isEmpty() && before != m_current.cend()
                                   && before->scaleCode == m_initial.scale.code);
        if (!concerned)
            continue;
        const Money was = before != m_current.cend() ? before->month.amount : Money();
        const Money now = after.month.amount;
        totalCurrent += was;
        totalPreview += now;
        ++shown;
        QStandardItem *code = textItem(after.activityCode);
        code->setData(after.activityId, kIdRole);
        m_previewModel->appendRow({code, textItem(after.entrepreneurName),
                                   numberItem(formatMoney(after.base)),
                                   numberItem(formatMoney(was)), numberItem(formatMoney(now)),
                                   numberItem(formatMoney(now - was))});
    }
    m_previewView->resizeColumnsToContents();
    m_previewView->horizontalHeader()->setSectionResizeMode(Entrepreneur, QHeaderView::Stretch);
    if (shown == 0) {
        m_previewMessage->setText(
            tr("No activity is under this scale in %1.").arg(m_month->text()));
    } else {
        m_previewMessage->setText(
            tr("%n activities in %1, computed as if the scale were saved: nothing is stored yet.",
               nullptr, shown)
                .arg(m_month->text()));
    }
    m_previewTotals->setText(tr("Total: %1 now, %2 with this scale (difference %3).")
                                 .arg(formatMoney(totalCurrent), formatMoney(totalPreview),
                                      formatMoney(totalPreview - totalCurrent)));
    return true;
}

// ---------------------------------------------------------------------------------------------

ScalesDialog::ScalesDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"scalesDialog"_s);
    setWindowTitle(tr("Contribution scales"));
    setWindowIcon(theme::appIcon());
    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Code"), tr("Effective from"), tr("Label"), tr("General assembly"), tr("Default")});
    m_view = new QTableView(this);
    m_view->setObjectName(u"scales"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_new = new QPushButton(tr("&New scale…"), this);
    m_new->setObjectName(u"newScale"_s);
    m_newVersion = new QPushButton(tr("New &version…"), this);
    m_newVersion->setObjectName(u"newVersion"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editScale"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    theme::markAsError(m_message);
    m_message->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(m_new, &QPushButton::clicked, this, [this] { newScale(); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { newVersion(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateButtons(); });
    resize(820, 460);
    refresh();
}

ScalesDialog::~ScalesDialog() = default;

void ScalesDialog::refresh()
{
    const std::optional<StoredContributionScale> selected = selectedScale();
    m_model->removeRows(0, m_model->rowCount());
    m_scales.clear();
    m_message->hide();
    Result<QList<StoredContributionScale>> scales = ContributionRepository(m_store).scales();
    if (!scales) {
        m_message->setText(scales.error().message());
        m_message->show();
    } else {
        m_scales = std::move(*scales);
    }
    for (const StoredContributionScale &stored : std::as_const(m_scales)) {
        QStandardItem *code = textItem(stored.scale.code);
        code->setData(stored.id, kIdRole);
        m_model->appendRow({code, textItem(formatDate(stored.scale.effectiveFrom)),
                            textItem(stored.scale.label),
                            textItem(stored.scale.assemblyReference),
                            textItem(stored.isDefault ? tr("Default") : QString())});
    }
    m_view->resizeColumnsToContents();
    if (selected)
        selectScale(selected->id);
    else if (!m_scales.isEmpty())
        m_view->selectRow(0);
    updateButtons();
}

void ScalesDialog::selectScale(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(kIdRole).toString() == id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->selectRow(row);
            break;
        }
    }
    updateButtons();
}

std::optional<StoredContributionScale> ScalesDialog::selectedScale() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QString id = m_model->item(current.row(), 0)->data(kIdRole).toString();
    const auto found = std::ranges::find(m_scales, id, &StoredContributionScale::id);
    if (found == m_scales.cend())
        return std::nullopt;
    return *found;
}

QString ScalesDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ScalesDialog::updateButtons()
{
    const bool selected = selectedScale().has_value();
    m_newVersion->setEnabled(selected);
    m_edit->setEnabled(selected);
}

ScaleEditor *ScalesDialog::newScale()
{
    StoredContributionScale draft;
    const QDate today = businessToday();
    draft.scale.effectiveFrom = QDate(today.year() + 1, 1, 1);
    return openEditor(draft);
}

ScaleEditor *ScalesDialog::newVersion()
{
    const std::optional<StoredContributionScale> selected = selectedScale();
    if (!selected)
        return nullptr;
    StoredContributionScale draft = *selected;
    draft.id.clear();
    draft.version = 0;
    // The latest version of the code is the one to start from, a year after it.
    for (const StoredContributionScale &other : std::as_const(m_scales)) {
        if (other.scale.code == draft.scale.code
            && other.scale.effectiveFrom > draft.scale.effectiveFrom) {
            draft = other;
            draft.id.clear();
            draft.version = 0;
        }
    }
    draft.scale.effectiveFrom = draft.scale.effectiveFrom.addYears(1);
    draft.scale.assemblyReference.clear();
    return openEditor(draft);
}

ScaleEditor *ScalesDialog::editSelected()
{
    const std::optional<StoredContributionScale> selected = selectedScale();
    if (!selected)
        return nullptr;
    return openEditor(*selected);
}

ScaleEditor *ScalesDialog::openEditor(const StoredContributionScale &initial)
{
    if (m_editor)
        m_editor->deleteLater();
    auto *editor = new ScaleEditor(m_store, initial, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString id = editor->saved().id;
        refresh();
        selectScale(id);
    });
    m_editor = editor;
    editor->open();
    return editor;
}

} // namespace coop::ui
