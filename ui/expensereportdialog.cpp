#include "expensereportdialog.h"

#include "cellerrors.h"

#include "expensespage.h"
#include "format.h"
#include "formdialog.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/expenserepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kReceiptRole = Qt::UserRole + 1;
constexpr QChar kSeparator = u'|';

// The vehicle of a mileage line as one choice: its kind, electric or not.
int vehicleChoice(const MileageVehicle &vehicle)
{
    return static_cast<int>(vehicle.kind) * 2 + (vehicle.electric ? 1 : 0);
}

QTableWidgetItem *numberCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

int columnOf(const QString &field)
{
    using C = ExpenseReportDialog::LineColumn;
    if (field == u"date")
        return C::Date;
    if (field == u"category")
        return C::Category;
    if (field == u"description")
        return C::Description;
    if (field == u"amountIncludingVat")
        return C::Amount;
    if (field == u"vat")
        return C::Vat;
    if (field == u"receiptId")
        return C::ReceiptColumn;
    if (field == u"kilometres")
        return C::Kilometres;
    if (field == u"vehicle.fiscalPower")
        return C::FiscalPower;
    if (field.startsWith(u"vehicle"))
        return C::Vehicle;
    if (field == u"journey")
        return C::Journey;
    return C::Description;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ExpenseReportDialog::ExpenseReportDialog(Store &store, const ExpenseReport &report,
                                         QWidget *parent, const UserScope &scope)
    : QDialog(parent), m_store(store), m_report(report)
{
    setObjectName(u"expenseReportDialog"_s);
    setWindowIcon(theme::appIcon());

    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formError"_s);
    m_formError->setWordWrap(true);
    theme::markAsError(m_formError);
    m_formError->hide();

    // Whose report, and for which month.
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"owner"_s);
    m_month = new QDateEdit(this);
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"MM/yyyy"_s);
    m_month->setCalendarPopup(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"note"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    auto *header = new QFormLayout;
    header->addRow(tr("&Activity:"), m_owner);
    header->addRow(tr("&Month:"), m_month);
    header->addRow(tr("N&ote:"), m_note);
    header->addRow(tr("Status:"), m_status);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(u"lines"_s);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setHorizontalHeaderLabels({tr("Date"), tr("Category"), tr("Description"),
                                        tr("Amount incl. VAT (€)"), tr("VAT (€)"), tr("Receipt"),
                                        tr("km"), tr("Vehicle"), tr("CV"), tr("Journey")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(Journey, QHeaderView::Stretch);
    for (const int column : {static_cast<int>(Date), static_cast<int>(Category),
                             static_cast<int>(Amount), static_cast<int>(Vat),
                             static_cast<int>(Vehicle)})
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_lines->setMinimumHeight(220);
    m_lineErrors = new QLabel(this);
    m_lineErrors->setObjectName(u"lineErrors"_s);
    m_lineErrors->setWordWrap(true);
    theme::markAsError(m_lineErrors);
    m_lineErrors->hide();
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"totals"_s);

    m_addLine = new QPushButton(tr("Add &line"), this);
    m_addLine->setObjectName(u"addLine"_s);
    m_removeLine = new QPushButton(tr("Re&move line"), this);
    m_removeLine->setObjectName(u"removeLine"_s);
    m_attach = new QPushButton(tr("Attach rec&eipt…"), this);
    m_attach->setObjectName(u"attachReceipt"_s);
    m_open = new QPushButton(tr("Open recei&pt"), this);
    m_open->setObjectName(u"openReceipt"_s);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addWidget(m_attach);
    lineButtons->addWidget(m_open);
    lineButtons->addStretch();
    lineButtons->addWidget(m_totals);

    // The support team's decision.
    m_decision = new QGroupBox(tr("Decision of the support team"), this);
    auto *decision = new QFormLayout(m_decision);
    const auto withError = [this](QWidget *field, QLabel **error, const QString &name) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        *error = new QLabel(box);
        (*error)->setObjectName(name + u"Error"_s);
        (*error)->setWordWrap(true);
        theme::markAsError(*error);
        (*error)->hide();
        layout->addWidget(*error);
        return box;
    };
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(tr("required to reject"));
    m_decidedBy = new QLineEdit(this);
    m_decidedBy->setObjectName(u"decidedBy"_s);
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    m_decidedBy->setText(user);
    m_paidOn = newDateEdit(this);
    m_paidOn->setObjectName(u"paidOn"_s);
    m_paidOn->setDate(businessToday());
    decision->addRow(tr("&Reason of a rejection:"), withError(m_reason, &m_reasonError, u"reason"_s));
    decision->addRow(tr("Decided &by:"), withError(m_decidedBy, &m_decidedByError, u"decidedBy"_s));
    decision->addRow(tr("Reimbursed &on:"), withError(m_paidOn, &m_paidOnError, u"paidOn"_s));

    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setObjectName(u"saveDraft"_s);
    m_submit = new QPushButton(tr("S&ubmit"), this);
    m_submit->setObjectName(u"submit"_s);
    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(u"validate"_s);
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setObjectName(u"reject"_s);
    m_paid = new QPushButton(tr("Mark &paid"), this);
    m_paid->setObjectName(u"markPaid"_s);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(u"close"_s);
    for (QPushButton *button : {m_save, m_submit, m_validate, m_reject, m_paid, close})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addStretch();
    buttons->addWidget(m_validate);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_paid);
    buttons->addSpacing(12);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_lineErrors);
    layout->addLayout(lineButtons);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);

    // Everyone who can have a report: each member of each activity.
    const PeopleRepository people(m_store);
    const Result<QList<Activity>> activities = people.activities();
    const Result<QList<Entrepreneur>> entrepreneurs = people.entrepreneurs();
    if (activities && entrepreneurs) {
        QHash<QString, QString> names;
        for (const Entrepreneur &person : *entrepreneurs)
            names.insert(person.id, person.displayName());
        QList<Activity> sorted = *activities;
        std::ranges::sort(sorted, {}, &Activity::analyticCode);
        for (const Activity &activity : std::as_const(sorted)) {
            if (!scope.sees(activity.id))
                continue;
            for (const ActivityMember &member : activity.members) {
                //: An expense report's owner: activity code, activity name, member
                m_owner->addItem(tr("%1 %2 — %3")
                                     .arg(activity.analyticCode, activity.name,
                                          names.value(member.entrepreneurId)),
                                 QString(activity.id + kSeparator + member.entrepreneurId));
            }
        }
    } else {
        showError(activities ? entrepreneurs.error() : activities.error());
    }

    connect(m_addLine, &QPushButton::clicked, this, [this] {
        ExpenseLine line;
        const QDate first = m_month->date();
        line.date = std::min(today(), QDate(first.year(), first.month(), 1).addMonths(1).addDays(-1));
        m_lines->setCurrentCell(addLine(line), Description);
    });
    connect(m_removeLine, &QPushButton::clicked, this, [this] { removeLine(m_lines->currentRow()); });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const int row = m_lines->currentRow();
        if (row < 0)
            return;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a receipt"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Receipts (*.pdf *.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            attachReceipt(row, path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openReceipt(m_lines->currentRow()); });
    connect(m_lines, &QTableWidget::itemChanged, this, [this] { updateTotals(); });
    connect(m_lines, &QTableWidget::currentCellChanged, this, [this] { updateState(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_validate, &QPushButton::clicked, this, [this] { validateReport(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectReport(); });
    connect(m_paid, &QPushButton::clicked, this, [this] { markPaid(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    if (!m_report.id.isEmpty()) {
        if (!reread(m_report.id))
            load(m_report);
    } else {
        if (!m_report.month.isValid()) {
            const QDate now = today();
            m_report.month = QDate(now.year(), now.month(), 1);
        }
        load(m_report);
    }
    resize(1180, 680);
}

ExpenseReportDialog::~ExpenseReportDialog() = default;

QDate ExpenseReportDialog::today() const
{
    return m_today.isValid() ? m_today : businessToday();
}

void ExpenseReportDialog::load(const ExpenseReport &report)
{
    m_loading = true;
    m_report = report;
    if (!report.activityId.isEmpty()) {
        const int index = m_owner->findData(
            QString(report.activityId + kSeparator + report.entrepreneurId));
        if (index >= 0)
            m_owner->setCurrentIndex(index);
    }
    m_month->setDate(report.month.isValid() ? report.month : today());
    m_note->setText(report.status == ExpenseStatus::Rejected ? QString() : report.note);
    m_lines->setRowCount(0);
    for (const ExpenseLine &line : report.lines)
        addLine(line);
    m_loading = false;
    if (report.id.isEmpty())
        setWindowTitle(tr("New expense report"));
    else
        setWindowTitle(tr("Expense report of %1").arg(displayLocale().toString(
            report.month, u"MMMM yyyy"_s)));
    QString status = expenseStatusLabel(report.status);
    if (report.status == ExpenseStatus::Rejected && !report.note.isEmpty())
        status = tr("%1: %2").arg(status, report.note);
    m_status->setText(report.id.isEmpty() ? tr("new, not saved yet") : status);
    updateTotals();
    updateState();
}

bool ExpenseReportDialog::reread(const QString &id)
{
    const Result<std::optional<ExpenseReport>> stored = ExpenseRepository(m_store).report(id);
    if (!stored || !*stored) {
        if (!stored)
            showError(stored.error());
        return false;
    }
    load(**stored);
    return true;
}

int ExpenseReportDialog::addLine(const ExpenseLine &line)
{
    const QSignalBlocker blocker(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    QDateEdit *date = newDateEdit(m_lines);
    date->setDate(line.date.isValid() ? line.date : today());
    m_lines->setCellWidget(row, Date, date);
    auto *category = new QComboBox(m_lines);
    for (const ExpenseCategory value : {ExpenseCategory::Travel, ExpenseCategory::Mileage,
                                        ExpenseCategory::Accommodation, ExpenseCategory::Meals,
                                        ExpenseCategory::Reception, ExpenseCategory::Supplies,
                                        ExpenseCategory::SmallEquipment, ExpenseCategory::Telecom,
                                        ExpenseCategory::Documentation, ExpenseCategory::Training,
                                        ExpenseCategory::Other})
        category->addItem(ExpensesPage::categoryLabel(value), static_cast<int>(value));
    category->setCurrentIndex(category->findData(static_cast<int>(line.category)));
    m_lines->setCellWidget(row, Category, category);
    m_lines->setItem(row, Description, new QTableWidgetItem(line.description));
    m_lines->setItem(row, Amount, numberCell(formatAmount(line.amountIncludingVat)));
    m_lines->setItem(row, Vat, numberCell(formatAmount(line.vat)));
    const bool mileage = line.category == ExpenseCategory::Mileage;
    auto *receipt = new QTableWidgetItem;
    receipt->setFlags(receipt->flags() & ~Qt::ItemIsEditable);
    receipt->setData(kReceiptRole, line.receiptId);
    if (!line.receiptId.isEmpty()) {
        const Result<std::optional<Receipt>> stored =
            ExpenseRepository(m_store).receipt(line.receiptId);
        receipt->setText(stored && *stored ? (*stored)->fileName : line.receiptId.left(12));
    } else {
        receipt->setText(mileage ? QString() : tr("none"));
    }
    m_lines->setItem(row, ReceiptColumn, receipt);
    m_lines->setItem(row, Kilometres,
                     numberCell(line.kilometres ? QString::number(line.kilometres) : QString()));
    auto *vehicle = new QComboBox(m_lines);
    vehicle->addItem(tr("Car"), vehicleChoice({VehicleKind::Car, 0, false}));
    vehicle->addItem(tr("Electric car"), vehicleChoice({VehicleKind::Car, 0, true}));
    vehicle->addItem(tr("Motorcycle"), vehicleChoice({VehicleKind::Motorcycle, 0, false}));
    vehicle->addItem(tr("Electric motorcycle"), vehicleChoice({VehicleKind::Motorcycle, 0, true}));
    vehicle->addItem(tr("Moped"), vehicleChoice({VehicleKind::Moped, 0, false}));
    vehicle->addItem(tr("Electric moped"), vehicleChoice({VehicleKind::Moped, 0, true}));
    vehicle->setCurrentIndex(vehicle->findData(vehicleChoice(line.vehicle)));
    m_lines->setCellWidget(row, Vehicle, vehicle);
    m_lines->setItem(row, FiscalPower,
                     numberCell(mileage ? QString::number(line.vehicle.fiscalPower) : QString()));
    m_lines->setItem(row, Journey, new QTableWidgetItem(line.journey));
    connect(category, &QComboBox::currentIndexChanged, this, [this, category] {
        for (int r = 0; r < m_lines->rowCount(); ++r) {
            if (m_lines->cellWidget(r, Category) == category)
                categoryChanged(r);
        }
    });
    categoryChanged(row);
    return row;
}

void ExpenseReportDialog::categoryChanged(int row)
{
    const auto *category = qobject_cast<const QComboBox *>(m_lines->cellWidget(row, Category));
    const bool mileage =
        category && category->currentData().toInt() == static_cast<int>(ExpenseCategory::Mileage);
    const QSignalBlocker blocker(m_lines);
    // A mileage line's amount comes from the scale, without VAT; the others have no distance.
    for (const int column : {static_cast<int>(Amount), static_cast<int>(Vat)}) {
        QTableWidgetItem *item = m_lines->item(row, column);
        item->setFlags(mileage ? item->flags() & ~Qt::ItemIsEditable
                               : item->flags() | Qt::ItemIsEditable);
        if (mileage && column == Vat)
            item->setText(formatAmount(Money()));
    }
    for (const int column : {static_cast<int>(Kilometres), static_cast<int>(FiscalPower),
                             static_cast<int>(Journey)}) {
        QTableWidgetItem *item = m_lines->item(row, column);
        item->setFlags(mileage ? item->flags() | Qt::ItemIsEditable
                               : item->flags() & ~Qt::ItemIsEditable);
    }
    if (QWidget *vehicle = m_lines->cellWidget(row, Vehicle))
        vehicle->setEnabled(mileage);
    if (!m_loading)
        updateTotals();
}

void ExpenseReportDialog::removeLine(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return;
    m_lines->removeRow(row);
    updateTotals();
}

QList<ExpenseLine> ExpenseReportDialog::lines(ValidationErrors *errors) const
{
    QList<ExpenseLine> result;
    const auto problem = [errors](int row, const QString &field, const Error &error) {
        if (errors)
            errors->append(Error(error.code(), error.message(),
                                 u"lines[%1].%2"_s.arg(row).arg(field)));
    };
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        ExpenseLine line;
        if (const auto *date = qobject_cast<const QDateEdit *>(m_lines->cellWidget(row, Date)))
            line.date = dateOf(date);
        if (const auto *category =
                qobject_cast<const QComboBox *>(m_lines->cellWidget(row, Category)))
            line.category = static_cast<ExpenseCategory>(category->currentData().toInt());
        line.description = cellText(m_lines, row, Description);
        line.receiptId = m_lines->item(row, ReceiptColumn)->data(kReceiptRole).toString();
        if (line.category == ExpenseCategory::Mileage) {
            const QString km = cellText(m_lines, row, Kilometres);
            bool ok = km.isEmpty();
            line.kilometres = km.isEmpty() ? 0 : km.toLongLong(&ok);
            if (!ok)
                problem(row, u"kilometres"_s,
                        Error(ErrorCode::ParseError, tr("Type a whole number of kilometres.")));
            const QString power = cellText(m_lines, row, FiscalPower);
            ok = false;
            const int fiscalPower = power.toInt(&ok);
            if (!ok)
                problem(row, u"vehicle.fiscalPower"_s,
                        Error(ErrorCode::ParseError,
                              tr("Type the vehicle's fiscal power in CV, e.g. 5.")));
            const int choice = qobject_cast<const QComboBox *>(m_lines->cellWidget(row, Vehicle))
                                   ->currentData()
                                   .toInt();
            line.vehicle.kind = static_cast<VehicleKind>(choice / 2);
            line.vehicle.electric = choice % 2 == 1;
            line.vehicle.fiscalPower = ok ? fiscalPower : 0;
            line.journey = cellText(m_lines, row, Journey);
            // The amount is the store's, from the scale; shown as last priced.
            const Result<Money> amount = parseMoney(cellText(m_lines, row, Amount));
            line.amountIncludingVat = amount ? *amount : Money();
        } else {
            const Result<Money> amount = parseMoney(cellText(m_lines, row, Amount));
            if (amount)
                line.amountIncludingVat = *amount;
            else
                problem(row, u"amountIncludingVat"_s, amount.error());
            const QString vatText = cellText(m_lines, row, Vat);
            const Result<Money> vat = vatText.isEmpty() ? Result<Money>(Money()) : parseMoney(vatText);
            if (vat)
                line.vat = *vat;
            else
                problem(row, u"vat"_s, vat.error());
        }
        result.append(line);
    }
    return result;
}

ExpenseReport ExpenseReportDialog::built(ValidationErrors &errors) const
{
    ExpenseReport report = m_report;
    const QStringList owner = m_owner->currentData().toString().split(kSeparator);
    if (owner.size() == 2 && report.id.isEmpty()) {
        report.activityId = owner.at(0);
        report.entrepreneurId = owner.at(1);
    }
    const QDate month = m_month->date();
    report.month = QDate(month.year(), month.month(), 1);
    report.note = m_note->text().trimmed();
    report.lines = lines(&errors);
    return report;
}

void ExpenseReportDialog::updateTotals()
{
    if (m_loading)
        return;
    ValidationErrors ignored;
    const ExpenseTotals totals = expenseTotals(built(ignored));
    m_totals->setText(tr("Total %1 incl. VAT, of which VAT %2; %3 km")
                          .arg(formatMoney(totals.includingVat), formatMoney(totals.vat),
                               formatCount(totals.kilometres)));
}

void ExpenseReportDialog::updateState()
{
    const ExpenseStatus status = m_report.status;
    const bool editable = status == ExpenseStatus::Draft || status == ExpenseStatus::Rejected;
    m_owner->setEnabled(m_report.id.isEmpty());
    m_month->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_lines->setEnabled(true);
    m_lines->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (const int column : {static_cast<int>(Date), static_cast<int>(Category)}) {
            if (QWidget *widget = m_lines->cellWidget(row, column))
                widget->setEnabled(editable);
        }
        if (QWidget *vehicle = m_lines->cellWidget(row, Vehicle); vehicle && !editable)
            vehicle->setEnabled(false);
    }
    m_addLine->setEnabled(editable);
    m_removeLine->setEnabled(editable && m_lines->currentRow() >= 0);
    m_attach->setEnabled(editable && m_lines->currentRow() >= 0);
    const int row = m_lines->currentRow();
    m_open->setEnabled(row >= 0 && row < m_lines->rowCount()
                       && !m_lines->item(row, ReceiptColumn)->data(kReceiptRole).toString().isEmpty());
    m_save->setEnabled(editable);
    m_submit->setEnabled(editable);
    m_validate->setEnabled(status == ExpenseStatus::Submitted);
    m_reject->setEnabled(status == ExpenseStatus::Submitted);
    m_paid->setEnabled(status == ExpenseStatus::Validated);
    m_decision->setVisible(status == ExpenseStatus::Submitted
                           || status == ExpenseStatus::Validated);
}

bool ExpenseReportDialog::attachReceipt(int row, const QString &filePath)
{
    if (row < 0 || row >= m_lines->rowCount())
        return false;
    clearErrors();
    const QString where = u"lines[%1].receiptId"_s.arg(row);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error(ErrorCode::Io,
                        tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()),
                        where));
        return false;
    }
    const Result<Receipt> receipt =
        ExpenseRepository(m_store).addReceipt(file.readAll(), QFileInfo(filePath).fileName());
    if (!receipt) {
        showError(Error(receipt.error().code(), receipt.error().message(), where));
        return false;
    }
    QTableWidgetItem *item = m_lines->item(row, ReceiptColumn);
    item->setData(kReceiptRole, receipt->sha256);
    item->setText(receipt->fileName);
    updateState();
    return true;
}

QString ExpenseReportDialog::receiptCopy(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return {};
    const QString id = m_lines->item(row, ReceiptColumn)->data(kReceiptRole).toString();
    if (id.isEmpty())
        return {};
    const QString where = u"lines[%1].receiptId"_s.arg(row);
    const Result<std::optional<Receipt>> receipt = ExpenseRepository(m_store).receipt(id);
    if (!receipt || !*receipt) {
        showError(receipt ? Error(ErrorCode::NotFound, tr("The receipt is not in the store."), where)
                          : Error(receipt.error().code(), receipt.error().message(), where));
        return {};
    }
    // A copy outside the encrypted store, for the viewer: in the temporary folder, named by the
    // receipt's hash so that opening it twice writes it once.
    const QString folder = QDir(QDir::tempPath()).filePath(u"coopdesk-receipts"_s);
    QDir().mkpath(folder);
    const QString suffix = QFileInfo((*receipt)->fileName).suffix();
    const QString path = QDir(folder).filePath(id.left(16) + u'.' + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write((*receipt)->content) != (*receipt)->content.size()) {
        showError(Error(ErrorCode::Io,
                        tr("The receipt cannot be written to %1: %2").arg(path, file.errorString()),
                        where));
        return {};
    }
    return path;
}

void ExpenseReportDialog::openReceipt(int row)
{
    const QString path = receiptCopy(row);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ExpenseReportDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

void ExpenseReportDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void ExpenseReportDialog::setDecidedBy(const QString &name)
{
    m_decidedBy->setText(name);
}

void ExpenseReportDialog::setPaidOn(QDate date)
{
    m_paidOn->setDate(date);
}

bool ExpenseReportDialog::saveDraft()
{
    clearErrors();
    ValidationErrors errors;
    const ExpenseReport report = built(errors);
    errors += coop::validate(report, today(), false);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    ExpenseRepository repository(m_store);
    repository.setToday(today());
    const Result<ExpenseReport> saved = repository.saveDraft(report);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    load(*saved);
    return true;
}

bool ExpenseReportDialog::submit()
{
    clearErrors();
    ValidationErrors errors;
    const ExpenseReport report = built(errors);
    errors += coop::validate(report, today(), true);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    if (!saveDraft())
        return false;
    ExpenseRepository repository(m_store);
    repository.setToday(today());
    const Result<ExpenseReport> submitted = repository.submit(m_report.id, m_report.version);
    if (!submitted) {
        showError(submitted.error());
        return false;
    }
    load(*submitted);
    return true;
}

bool ExpenseReportDialog::validateReport()
{
    clearErrors();
    const Result<ExpenseReport> decided = ExpenseRepository(m_store).decide(
        m_report.id, m_report.version, true, QString(), m_decidedBy->text().trimmed());
    if (!decided) {
        showError(decided.error());
        return false;
    }
    load(*decided);
    return true;
}

bool ExpenseReportDialog::rejectReport()
{
    clearErrors();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showError(Error(ErrorCode::InvalidArgument, tr("Say why the report is rejected."),
                        u"note"_s));
        return false;
    }
    const Result<ExpenseReport> decided = ExpenseRepository(m_store).decide(
        m_report.id, m_report.version, false, reason, m_decidedBy->text().trimmed());
    if (!decided) {
        showError(decided.error());
        return false;
    }
    m_reason->clear();
    load(*decided);
    return true;
}

bool ExpenseReportDialog::markPaid()
{
    clearErrors();
    const Result<ExpenseReport> paid =
        ExpenseRepository(m_store).markPaid(m_report.id, m_report.version, dateOf(m_paidOn));
    if (!paid) {
        showError(paid.error());
        return false;
    }
    load(*paid);
    return true;
}

void ExpenseReportDialog::clearErrors()
{
    m_errors.clear();
    m_formError->clear();
    m_formError->hide();
    m_lineErrors->clear();
    m_lineErrors->hide();
    for (QLabel *label : {m_reasonError, m_decidedByError, m_paidOnError}) {
        label->clear();
        label->hide();
    }
    clearCellErrors(*m_lines);
}

void ExpenseReportDialog::showErrors(const ValidationErrors &errors)
{
    for (const Error &error : errors)
        showError(error);
}

void ExpenseReportDialog::showError(const Error &error)
{
    const QString where = error.where();
    QString &known = m_errors[where];
    if (known.contains(error.message()))
        return;
    known = known.isEmpty() ? error.message() : known + u'\n' + error.message();

    if (const std::optional<LineField> line = lineFieldOf(where)) {
        const int row = line->row;
        markCellError(*m_lines, row, columnOf(line->field), known);
        const QString text = tr("Line %1: %2").arg(row + 1).arg(error.message());
        m_lineErrors->setText(m_lineErrors->text().isEmpty() ? text
                                                             : m_lineErrors->text() + u'\n' + text);
        m_lineErrors->show();
        return;
    }
    QLabel *label = nullptr;
    if (where == u"note")
        label = m_reasonError;
    else if (where == u"decidedBy")
        label = m_decidedByError;
    else if (where == u"paidOn")
        label = m_paidOnError;
    if (label) {
        label->setText(known);
        label->show();
        return;
    }
    m_formError->setText(m_formError->text().isEmpty()
                             ? error.message()
                             : m_formError->text() + u'\n' + error.message());
    m_formError->show();
}

QString ExpenseReportDialog::errorAt(const QString &where) const
{
    return m_errors.value(where);
}

QString ExpenseReportDialog::formError() const
{
    return m_formError->isVisible() ? m_formError->text() : QString();
}

} // namespace coop::ui
