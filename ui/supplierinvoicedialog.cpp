#include "supplierinvoicedialog.h"

#include "cellerrors.h"

#include "format.h"
#include "formdialog.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/expenserepository.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/purchaserepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// The French VAT rates a supplier's line takes, highest first.
QList<Rate> frenchVatRates()
{
    constexpr qint64 percent = Rate::UnitsPerPercent;
    return {Rate::fromUnits(20 * percent), Rate::fromUnits(10 * percent),
            Rate::fromUnits(55 * percent / 10), Rate::fromUnits(21 * percent / 10),
            Rate::fromUnits(0)};
}

int columnOf(const QString &field)
{
    using C = SupplierInvoiceDialog::LineColumn;
    if (field == u"account")
        return C::Account;
    if (field == u"amountExcludingVat")
        return C::AmountExcludingVat;
    if (field == u"vatRate")
        return C::VatRate;
    return C::Description;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

SupplierInvoiceDialog::SupplierInvoiceDialog(Store &store, const SupplierInvoice &invoice,
                                             QWidget *parent, const UserScope &scope)
    : QDialog(parent), m_store(store), m_invoice(invoice)
{
    setObjectName(u"supplierInvoiceDialog"_s);
    setWindowIcon(theme::appIcon());

    m_formError = new QLabel(this);
    m_formError->setObjectName(u"formError"_s);
    m_formError->setWordWrap(true);
    theme::markAsError(m_formError);
    m_formError->hide();

    m_activity = new QComboBox(this);
    m_activity->setObjectName(u"activity"_s);
    m_supplierName = new QLineEdit(this);
    m_supplierName->setObjectName(u"supplierName"_s);
    m_siren = new QLineEdit(this);
    m_siren->setObjectName(u"supplierSiren"_s);
    m_siren->setPlaceholderText(tr("optional, 9 digits"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"supplierReference"_s);
    m_date = newDateEdit(this);
    m_date->setObjectName(u"date"_s);
    m_dueDate = newDateEdit(this, true);
    m_dueDate->setObjectName(u"dueDate"_s);
    m_receipt = new QLabel(this);
    m_receipt->setObjectName(u"receipt"_s);
    m_attach = new QPushButton(tr("Attach the &scanned invoice…"), this);
    m_attach->setObjectName(u"attachReceipt"_s);
    auto *receiptRow = new QWidget(this);
    auto *receiptLayout = new QHBoxLayout(receiptRow);
    receiptLayout->setContentsMargins(0, 0, 0, 0);
    receiptLayout->addWidget(m_receipt, 1);
    receiptLayout->addWidget(m_attach);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    auto *header = new QFormLayout;
    header->addRow(tr("&Activity:"), withError(m_activity, u"activityId"_s));
    header->addRow(tr("S&upplier:"), withError(m_supplierName, u"supplierName"_s));
    header->addRow(tr("SI&REN:"), withError(m_siren, u"supplierSiren"_s));
    header->addRow(tr("&Reference:"), withError(m_reference, u"supplierReference"_s));
    header->addRow(tr("&Date:"), withError(m_date, u"date"_s));
    header->addRow(tr("D&ue date:"), withError(m_dueDate, u"dueDate"_s));
    header->addRow(tr("Scanned invoice:"), withError(receiptRow, u"receiptId"_s));
    header->addRow(tr("Status:"), m_status);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(u"lines"_s);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Charge account"),
                                        tr("Excl. VAT (€)"), tr("VAT rate")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    for (const int column : {static_cast<int>(Account), static_cast<int>(AmountExcludingVat),
                             static_cast<int>(VatRate)})
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_lines->setMinimumHeight(180);
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
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_totals);

    m_paidOn = newDateEdit(this);
    m_paidOn->setObjectName(u"paidOn"_s);
    m_paidOn->setDate(businessToday());
    auto *payment = new QFormLayout;
    payment->addRow(tr("Paid &on:"), withError(m_paidOn, u"paidOn"_s));

    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setObjectName(u"saveDraft"_s);
    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(u"validate"_s);
    m_paid = new QPushButton(tr("Mark &paid"), this);
    m_paid->setObjectName(u"markPaid"_s);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(u"close"_s);
    for (QPushButton *button : {m_save, m_validate, m_paid, close})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_validate);
    buttons->addWidget(m_paid);
    buttons->addSpacing(12);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_lineErrors);
    layout->addLayout(lineButtons);
    layout->addLayout(payment);
    layout->addLayout(buttons);

    if (const Result<QList<Activity>> activities = PeopleRepository(m_store).activities()) {
        QList<Activity> sorted = *activities;
        std::ranges::sort(sorted, {}, &Activity::analyticCode);
        for (const Activity &activity : std::as_const(sorted)) {
            if (!scope.sees(activity.id))
                continue;
            //: A supplier invoice's activity: its code, then its name
            m_activity->addItem(tr("%1 %2").arg(activity.analyticCode, activity.name),
                                activity.id);
        }
    } else {
        showError(activities.error());
    }

    connect(m_addLine, &QPushButton::clicked, this,
            [this] { m_lines->setCurrentCell(addLine(), Description); });
    connect(m_removeLine, &QPushButton::clicked, this,
            [this] { removeLine(m_lines->currentRow()); });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach the scanned invoice"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Invoices (*.pdf *.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            attachReceipt(path);
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this] { updateTotals(); });
    connect(m_lines, &QTableWidget::currentCellChanged, this, [this] { updateState(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_validate, &QPushButton::clicked, this, [this] { validateInvoice(); });
    connect(m_paid, &QPushButton::clicked, this, [this] { markPaid(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    SupplierInvoice initial = m_invoice;
    if (!initial.id.isEmpty()) {
        const Result<std::optional<SupplierInvoice>> stored =
            PurchaseRepository(m_store).invoice(initial.id);
        if (stored && *stored)
            initial = **stored;
        else if (!stored)
            showError(stored.error());
    }
    load(initial);
    resize(900, 640);
}

SupplierInvoiceDialog::~SupplierInvoiceDialog() = default;

QWidget *SupplierInvoiceDialog::withError(QWidget *field, const QString &where)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(where + u"Error"_s);
    error->setWordWrap(true);
    theme::markAsError(error);
    error->hide();
    layout->addWidget(error);
    m_fieldErrors.insert(where, error);
    return box;
}

void SupplierInvoiceDialog::load(const SupplierInvoice &invoice)
{
    m_loading = true;
    m_invoice = invoice;
    const int activity = m_activity->findData(invoice.activityId);
    if (activity >= 0)
        m_activity->setCurrentIndex(activity);
    m_supplierName->setText(invoice.supplierName);
    m_siren->setText(invoice.supplierSiren);
    m_reference->setText(invoice.supplierReference);
    m_date->setDate(invoice.date.isValid() ? invoice.date : businessToday());
    m_dueDate->setDate(invoice.dueDate.isValid() ? invoice.dueDate : m_dueDate->minimumDate());
    m_receiptId = invoice.receiptId;
    if (m_receiptId.isEmpty()) {
        m_receipt->setText(tr("none"));
    } else {
        const Result<std::optional<Receipt>> stored = ExpenseRepository(m_store).receipt(m_receiptId);
        m_receipt->setText(stored && *stored ? (*stored)->fileName : m_receiptId.left(12));
    }
    if (invoice.paidOn.isValid())
        m_paidOn->setDate(invoice.paidOn);
    m_lines->setRowCount(0);
    for (const SupplierInvoiceLine &line : invoice.lines)
        addLine(line);
    m_loading = false;
    setWindowTitle(invoice.id.isEmpty()
                       ? tr("New supplier invoice")
                       : tr("Supplier invoice %1 of %2")
                             .arg(invoice.supplierReference, invoice.supplierName));
    QString status = invoice.id.isEmpty() ? tr("new, not saved yet")
                                          : supplierInvoiceStatusLabel(invoice.status);
    if (invoice.status == SupplierInvoiceStatus::Paid && invoice.paidOn.isValid())
        status = tr("%1 on %2").arg(status, formatDate(invoice.paidOn));
    m_status->setText(status);
    updateTotals();
    updateState();
}

int SupplierInvoiceDialog::addLine(const SupplierInvoiceLine &line)
{
    const QSignalBlocker blocker(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, Description, new QTableWidgetItem(line.description));

    // The usual accounts to choose from; another one may be typed.
    auto *account = new QComboBox(m_lines);
    account->setEditable(true);
    for (const ChargeAccount &charge : supplierChargeAccounts())
        //: A charge account in a supplier invoice line: its number, then its label
        account->addItem(tr("%1 %2").arg(charge.account, charge.label), charge.account);
    const int known = account->findData(line.account);
    if (known >= 0)
        account->setCurrentIndex(known);
    else
        account->setEditText(line.account);
    m_lines->setCellWidget(row, Account, account);
    connect(account, &QComboBox::currentTextChanged, this, [this] { updateTotals(); });

    auto *amount = new QTableWidgetItem(formatAmount(line.amountExcludingVat));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, AmountExcludingVat, amount);

    auto *rate = new QComboBox(m_lines);
    for (const Rate value : frenchVatRates())
        rate->addItem(formatPercent(value), value.units());
    const QList<Rate> rates = frenchVatRates();
    const bool newLine = line.description.isEmpty() && line.account.isEmpty()
                         && line.amountExcludingVat == Money();
    const int index = rate->findData(newLine ? rates.first().units() : line.vatRate.units());
    if (index >= 0) {
        rate->setCurrentIndex(index);
    } else {
        // A rate the list does not have (kept as stored, refused when saved).
        rate->addItem(formatPercent(line.vatRate), line.vatRate.units());
        rate->setCurrentIndex(rate->count() - 1);
    }
    m_lines->setCellWidget(row, VatRate, rate);
    connect(rate, &QComboBox::currentIndexChanged, this, [this] { updateTotals(); });
    if (!m_loading)
        updateTotals();
    return row;
}

void SupplierInvoiceDialog::removeLine(int row)
{
    if (row < 0 || row >= m_lines->rowCount())
        return;
    m_lines->removeRow(row);
    updateTotals();
    updateState();
}

QList<SupplierInvoiceLine> SupplierInvoiceDialog::lines(ValidationErrors *errors) const
{
    QList<SupplierInvoiceLine> result;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        SupplierInvoiceLine line;
        line.description = cellText(m_lines, row, Description);
        if (const auto *account =
                qobject_cast<const QComboBox *>(m_lines->cellWidget(row, Account))) {
            // The account is the first word of the choice ("607 Goods for resale") or of the
            // text typed.
            const QString text = account->currentText().trimmed();
            line.account = text.section(u' ', 0, 0);
        }
        const Result<Money> amount = parseMoney(cellText(m_lines, row, AmountExcludingVat));
        if (amount)
            line.amountExcludingVat = *amount;
        else if (errors)
            errors->append(Error(amount.error().code(), amount.error().message(),
                                 u"lines[%1].amountExcludingVat"_s.arg(row)));
        if (const auto *rate = qobject_cast<const QComboBox *>(m_lines->cellWidget(row, VatRate)))
            line.vatRate = Rate::fromUnits(rate->currentData().toLongLong());
        result.append(line);
    }
    return result;
}

SupplierInvoice SupplierInvoiceDialog::built(ValidationErrors &errors) const
{
    SupplierInvoice invoice = m_invoice;
    invoice.activityId = m_activity->currentData().toString();
    invoice.supplierName = m_supplierName->text().trimmed();
    invoice.supplierSiren = m_siren->text().remove(u' ').trimmed();
    invoice.supplierReference = m_reference->text().trimmed();
    invoice.date = dateOf(m_date);
    invoice.dueDate = dateOf(m_dueDate);
    invoice.receiptId = m_receiptId;
    invoice.lines = lines(&errors);
    return invoice;
}

QString SupplierInvoiceDialog::totalsText() const
{
    return m_totals->text();
}

void SupplierInvoiceDialog::updateTotals()
{
    if (m_loading)
        return;
    ValidationErrors ignored;
    const SupplierInvoiceTotals totals = supplierInvoiceTotals(built(ignored));
    m_totals->setText(tr("Excl. VAT %1, VAT %2, incl. VAT %3")
                          .arg(formatMoney(totals.excludingVat), formatMoney(totals.vat),
                               formatMoney(totals.includingVat)));
}

void SupplierInvoiceDialog::updateState()
{
    const SupplierInvoiceStatus status = m_invoice.status;
    const bool draft = status == SupplierInvoiceStatus::Draft;
    m_activity->setEnabled(draft);
    for (QLineEdit *edit : {m_supplierName, m_siren, m_reference})
        edit->setReadOnly(!draft);
    m_date->setEnabled(draft);
    m_dueDate->setEnabled(draft);
    m_attach->setEnabled(draft);
    m_lines->setEditTriggers(draft ? QAbstractItemView::AllEditTriggers
                                   : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (const int column : {static_cast<int>(Account), static_cast<int>(VatRate)}) {
            if (QWidget *widget = m_lines->cellWidget(row, column))
                widget->setEnabled(draft);
        }
    }
    m_addLine->setEnabled(draft);
    m_removeLine->setEnabled(draft && m_lines->currentRow() >= 0);
    m_save->setEnabled(draft);
    m_validate->setEnabled(draft && !m_invoice.id.isEmpty());
    m_paid->setEnabled(status == SupplierInvoiceStatus::Validated);
    m_paidOn->setEnabled(status == SupplierInvoiceStatus::Validated);
}

bool SupplierInvoiceDialog::attachReceipt(const QString &filePath)
{
    clearErrors();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error(ErrorCode::Io,
                        tr("The file %1 cannot be read: %2").arg(filePath, file.errorString()),
                        u"receiptId"_s));
        return false;
    }
    const Result<Receipt> receipt =
        ExpenseRepository(m_store).addReceipt(file.readAll(), QFileInfo(filePath).fileName());
    if (!receipt) {
        showError(Error(receipt.error().code(), receipt.error().message(), u"receiptId"_s));
        return false;
    }
    m_receiptId = receipt->sha256;
    m_receipt->setText(receipt->fileName);
    return true;
}

void SupplierInvoiceDialog::setPaidOn(QDate date)
{
    m_paidOn->setDate(date);
}

bool SupplierInvoiceDialog::saveDraft()
{
    clearErrors();
    ValidationErrors errors;
    const SupplierInvoice invoice = built(errors);
    errors += coop::validate(invoice, false);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    const Result<SupplierInvoice> saved = PurchaseRepository(m_store).saveDraft(invoice);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    load(*saved);
    return true;
}

bool SupplierInvoiceDialog::validateInvoice()
{
    clearErrors();
    // The validation is signed with the session's user.
    QString by = qEnvironmentVariable("USER").trimmed();
    if (by.isEmpty()) {
        showError(Error(ErrorCode::InvalidArgument,
                        tr("The invoice cannot be validated: the USER environment variable, "
                           "which signs the validation, is empty."),
                        u"validatedBy"_s));
        return false;
    }
    ValidationErrors errors;
    const SupplierInvoice invoice = built(errors);
    errors += coop::validate(invoice, true);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    if (invoice != m_invoice && !saveDraft())
        return false;
    const Result<SupplierInvoice> validated = PurchaseRepository(m_store).validate(
        m_invoice.id, m_invoice.version, by, QDateTime::currentDateTimeUtc());
    if (!validated) {
        showError(validated.error());
        return false;
    }
    load(*validated);
    return true;
}

bool SupplierInvoiceDialog::markPaid()
{
    clearErrors();
    const Result<SupplierInvoice> paid =
        PurchaseRepository(m_store).markPaid(m_invoice.id, m_invoice.version, dateOf(m_paidOn));
    if (!paid) {
        showError(paid.error());
        return false;
    }
    load(*paid);
    return true;
}

void SupplierInvoiceDialog::clearErrors()
{
    m_errors.clear();
    m_formError->clear();
    m_formError->hide();
    m_lineErrors->clear();
    m_lineErrors->hide();
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
    clearCellErrors(*m_lines);
}

void SupplierInvoiceDialog::showErrors(const ValidationErrors &errors)
{
    for (const Error &error : errors)
        showError(error);
}

void SupplierInvoiceDialog::showError(const Error &error)
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
        m_lineErrors->setText(m_lineErrors->text().isEmpty()
                                  ? text
                                  : m_lineErrors->text() + u'\n' + text);
        m_lineErrors->show();
        return;
    }
    if (where == u"lines") {
        m_lineErrors->setText(m_lineErrors->text().isEmpty()
                                  ? error.message()
                                  : m_lineErrors->text() + u'\n' + error.message());
        m_lineErrors->show();
        return;
    }
    if (QLabel *label = m_fieldErrors.value(where)) {
        label->setText(known);
        label->show();
        return;
    }
    m_formError->setText(m_formError->text().isEmpty()
                             ? error.message()
                             : m_formError->text() + u'\n' + error.message());
    m_formError->show();
}

QString SupplierInvoiceDialog::errorAt(const QString &where) const
{
    return m_errors.value(where);
}

QString SupplierInvoiceDialog::formError() const
{
    return m_formError->isVisible() ? m_formError->text() : QString();
}

} // namespace coop::ui
