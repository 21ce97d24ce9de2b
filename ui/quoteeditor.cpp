#include "quoteeditor.h"

#include "format.h"
#include "invoicelinesmodel.h"
#include "invoicesmodel.h"
#include "quotesmodel.h"

#include "core/businessday.h"
#include "core/storage/salesrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kDefaultValidityDays = 30;

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QuoteEditor::QuoteEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"quoteEditor"_s);

    m_back = new QPushButton(this);
    m_back->setObjectName(u"quoteBackButton"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"quoteHeading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(u"quoteState"_s);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(u"quoteGeneralError"_s);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(u"color: #b00020;"_s);
    m_generalError->hide();

    auto *form = new QFormLayout;
    m_customer = new QComboBox(this);
    addField(form, u"customerId"_s, m_customer);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    addField(form, u"date"_s, m_date);
    m_validUntil = new QDateEdit(this);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(u"dd/MM/yyyy"_s);
    addField(form, u"validUntil"_s, m_validUntil);
    m_title = new QLineEdit(this);
    addField(form, u"title"_s, m_title);
    m_priceEntry = new QComboBox(this);
    addField(form, u"priceEntry"_s, m_priceEntry);
    m_discount = new QLineEdit(this);
    addField(form, u"documentDiscount"_s, m_discount);
    m_deposit = new QLineEdit(this);
    addField(form, u"depositPercent"_s, m_deposit);
    // The signature date has no field of its own: its errors show under the state.
    m_fieldErrors.insert(u"signedDate"_s, m_generalError);

    m_undo = new QUndoStack(this);
    m_lines = new InvoiceLinesModel(this);
    m_lines->setUndoStack(m_undo);
    m_view = new QTableView(this);
    m_view->setObjectName(u"quoteLinesView"_s);
    m_view->setModel(m_lines);
    m_view->setItemDelegate(new LineChoiceDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Designation,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight(6 * (fontMetrics().height() + 12));
    m_linesLabel = new QLabel(this);
    auto *linesError = new QLabel(this);
    linesError->setObjectName(u"error_lines"_s);
    linesError->setStyleSheet(u"color: #b00020;"_s);
    linesError->setWordWrap(true);
    linesError->hide();
    m_fieldErrors.insert(u"lines"_s, linesError);
    m_addLine = new QPushButton(this);
    m_addLine->setObjectName(u"quoteAddLineButton"_s);
    m_removeLine = new QPushButton(this);
    m_removeLine->setObjectName(u"quoteRemoveLineButton"_s);

    m_perRate = new QTableWidget(0, 4, this);
    m_perRate->setObjectName(u"quotePerRateTable"_s);
    m_perRate->verticalHeader()->hide();
    m_perRate->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perRate->setMaximumHeight(5 * (fontMetrics().height() + 12));
    m_totalsLabel = new QLabel(this);
    m_totalHt = new QLabel(this);
    m_totalHt->setObjectName(u"quoteTotalHt"_s);
    m_totalVat = new QLabel(this);
    m_totalVat->setObjectName(u"quoteTotalVat"_s);
    m_totalTtc = new QLabel(this);
    m_totalTtc->setObjectName(u"quoteTotalTtc"_s);

    m_invoicesLabel = new QLabel(this);
    m_invoiceTable = new QTableWidget(0, 5, this);
    m_invoiceTable->setObjectName(u"quoteInvoicesTable"_s);
    m_invoiceTable->verticalHeader()->hide();
    m_invoiceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoiceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoiceTable->horizontalHeader()->setStretchLastSection(true);
    m_invoiceTable->setMaximumHeight(6 * (fontMetrics().height() + 12));
    m_invoiced = new QLabel(this);
    m_invoiced->setObjectName(u"quoteInvoicedShare"_s);

    const QStringList buttonNames = {u"save"_s,     u"markSent"_s,     u"markSigned"_s,
                                     u"markRefused"_s, u"deposit"_s,   u"intermediate"_s,
                                     u"balance"_s};
    // Saving and the status on a row under the heading; the invoices made from the quote on the
    // row of their table: the editor fits a laptop's width in French too.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    auto *invoicing = new QHBoxLayout;
    invoicing->addWidget(m_invoicesLabel);
    invoicing->addStretch(1);
    for (const QString &name : buttonNames) {
        auto *button = new QPushButton(this);
        button->setObjectName(name + u"QuoteButton"_s);
        m_buttons.insert(name, button);
        const bool makesInvoice = name == "deposit"_L1 || name == "intermediate"_L1
                                  || name == "balance"_L1;
        (makesInvoice ? invoicing : actions)->addWidget(button);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading);
    top->addWidget(m_state);
    top->addStretch(1);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    auto *totals = new QFormLayout;
    for (const auto &[name, value] : {std::pair{u"quoteTotalHtLabel"_s, m_totalHt},
                                      std::pair{u"quoteTotalVatLabel"_s, m_totalVat},
                                      std::pair{u"quoteTotalTtcLabel"_s, m_totalTtc}}) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        totals->addRow(label, value);
    }
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addWidget(m_perRate, 1);
    totalsRow->addLayout(totals);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addWidget(m_linesLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(linesError);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totalsLabel);
    layout->addLayout(totalsRow);
    layout->addLayout(invoicing);
    layout->addWidget(m_invoiceTable);
    layout->addWidget(m_invoiced);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(u"saveQuoteAction"_s);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);
    m_backAction = new QAction(this);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_backAction, &QAction::triggered, this, &QuoteEditor::requestBack);
    addAction(m_backAction);

    connect(m_back, &QPushButton::clicked, this, &QuoteEditor::requestBack);
    connect(m_buttons.value(u"save"_s), &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons.value(u"markSent"_s), &QPushButton::clicked, this, [this] { markSent(); });
    connect(m_buttons.value(u"markSigned"_s), &QPushButton::clicked, this,
            &QuoteEditor::requestSign);
    connect(m_buttons.value(u"markRefused"_s), &QPushButton::clicked, this,
            [this] { markRefused(); });
    connect(m_buttons.value(u"deposit"_s), &QPushButton::clicked, this,
            &QuoteEditor::requestDeposit);
    connect(m_buttons.value(u"intermediate"_s), &QPushButton::clicked, this,
            &QuoteEditor::requestIntermediate);
    connect(m_buttons.value(u"balance"_s), &QPushButton::clicked, this,
            [this] { createInvoice(InvoiceRole::Balance); });
    connect(m_addLine, &QPushButton::clicked, this, &QuoteEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        if (!m_readOnly && m_view->currentIndex().isValid())
            m_lines->removeLine(m_view->currentIndex().row());
    });
    connect(m_invoiceTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_invoices.size())
            Q_EMIT openInvoiceRequested(m_invoices.at(row).id);
    });

    connect(m_customer, &QComboBox::currentIndexChanged, this, &QuoteEditor::edited);
    connect(m_date, &QDateEdit::dateChanged, this, &QuoteEditor::edited);
    connect(m_validUntil, &QDateEdit::dateChanged, this, &QuoteEditor::edited);
    connect(m_title, &QLineEdit::textEdited, this, &QuoteEditor::edited);
    connect(m_priceEntry, &QComboBox::currentIndexChanged, this, [this] {
        m_lines->setPriceEntry(m_priceEntry->currentData().toInt() == 1
                                   ? PriceEntry::IncludingVat
                                   : PriceEntry::ExcludingVat);
        edited();
    });
    connect(m_discount, &QLineEdit::textEdited, this, &QuoteEditor::edited);
    connect(m_deposit, &QLineEdit::textEdited, this, &QuoteEditor::edited);
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &QuoteEditor::edited);
    connect(m_lines, &InvoiceLinesModel::inputRejected, this,
            [this](int row, int column, const QString &message) {
                m_inputErrors.insert(u"lines[%1].%2"_s.arg(row).arg(InvoiceLinesModel::fieldOf(column)),
                                     message);
                refresh();
            });
    retranslate();
    setReadOnly(false);
}

QuoteEditor::~QuoteEditor() = default;

QLabel *QuoteEditor::addField(QFormLayout *form, const QString &key, QWidget *widget)
{
    widget->setObjectName(u"quote_"_s + key);
    auto *label = new QLabel(this);
    label->setBuddy(widget);
    auto *error = new QLabel(this);
    error->setObjectName(u"error_"_s + key);
    error->setStyleSheet(u"color: #b00020;"_s);
    error->setWordWrap(true);
    error->hide();
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(widget);
    box->addWidget(error);
    form->addRow(label, box);
    m_fields.insert(key, widget);
    m_fieldLabels.insert(key, label);
    m_fieldErrors.insert(key, error);
    return label;
}

QDialog *QuoteEditor::signDialog() const
{
    return m_signDialog;
}

QInputDialog *QuoteEditor::percentDialog() const
{
    return m_percentDialog;
}

QMessageBox *QuoteEditor::unsavedQuestion() const
{
    return m_unsaved;
}

QPushButton *QuoteEditor::button(const QString &name) const
{
    return m_buttons.value(name);
}

void QuoteEditor::setStore(Store *store)
{
    m_store = store;
    loadCustomers();
    newQuote();
}

void QuoteEditor::loadCustomers()
{
    const QSignalBlocker blocker(m_customer);
    const QString current = m_customer->currentData().toString();
    m_customer->clear();
    m_customerActivity.clear();
    m_customer->addItem(tr("Choose a customer"), QString());
    if (!m_store)
        return;
    const Result<QList<Customer>> customers = SalesRepository(*m_store).customers();
    if (!customers) {
        m_generalError->setText(customers.error().message());
        m_generalError->show();
        return;
    }
    for (const Customer &customer : *customers) {
        if (!m_scope.sees(customer.activityId))
            continue;
        m_customer->addItem(customer.displayName(), customer.id);
        m_customerActivity.insert(customer.id, customer.activityId);
    }
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(current)));
}

void QuoteEditor::newQuote(QDate today)
{
    const QDate day = today.isValid() ? today : businessToday();
    Quote quote;
    quote.date = day;
    quote.validUntil = day.addDays(kDefaultValidityDays);
    loadCustomers();
    m_invoices.clear();
    showQuote(quote);
}

bool QuoteEditor::openQuote(const QString &id)
{
    if (!m_store)
        return false;
    const Result<std::optional<Quote>> read = SalesRepository(*m_store).quote(id);
    if (!read || !*read) {
        m_generalError->setText(!read ? read.error().message() : tr("This quote no longer exists."));
        m_generalError->show();
        return false;
    }
    loadCustomers();
    m_quote = **read;
    readInvoices();
    showQuote(m_quote);
    return true;
}

void QuoteEditor::reload()
{
    if (!m_quote.id.isEmpty())
        openQuote(m_quote.id);
}

void QuoteEditor::readInvoices()
{
    m_invoices.clear();
    if (!m_store || m_quote.id.isEmpty())
        return;
    const Result<QList<SalesDocument>> invoices = SalesRepository(*m_store).invoicesOfQuote(m_quote.id);
    if (invoices)
        m_invoices = *invoices;
}

Money QuoteEditor::invoicedIncludingVat() const
{
    Money total;
    for (const SalesDocument &invoice : m_invoices) {
        if (invoice.status == DocumentStatus::Validated)
            total += invoice.totalIncludingVat;
    }
    return total;
}

void QuoteEditor::showQuote(const Quote &quote)
{
    m_loading = true;
    m_quote = quote;
    m_inputErrors.clear();
    m_shown.clear();
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(quote.customerId)));
    m_date->setDate(quote.date);
    m_validUntil->setDate(quote.validUntil);
    m_title->setText(quote.title);
    m_priceEntry->setCurrentIndex(quote.priceEntry == PriceEntry::IncludingVat ? 1 : 0);
    m_lines->setPriceEntry(quote.priceEntry);
    m_discount->setText(quote.documentDiscount ? formatRate(*quote.documentDiscount) : QString());
    m_deposit->setText(quote.depositPercent ? formatRate(*quote.depositPercent) : QString());
    m_lines->setLines(quote.lines);
    m_undo->clear();
    m_loading = false;
    m_modified = false;
    setReadOnly(quote.status == QuoteStatus::Signed);
    showErrors({});
    refresh();
}

void QuoteEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *widget : std::as_const(m_fields))
        widget->setEnabled(!readOnly);
    m_lines->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed);
    m_addLine->setEnabled(!readOnly);
    m_removeLine->setEnabled(!readOnly);
    m_saveAction->setEnabled(!readOnly);
    const bool saved = !m_quote.id.isEmpty();
    const QuoteStatus status = m_quote.status;
    m_buttons.value(u"save"_s)->setEnabled(!readOnly);
    m_buttons.value(u"markSent"_s)->setEnabled(!readOnly && status == QuoteStatus::Draft);
    m_buttons.value(u"markSigned"_s)->setEnabled(!readOnly && status != QuoteStatus::Refused);
    m_buttons.value(u"markRefused"_s)->setEnabled(!readOnly && saved
                                                  && status != QuoteStatus::Refused);
    const bool isSigned = status == QuoteStatus::Signed && saved;
    bool hasBalance = false;
    for (const SalesDocument &invoice : m_invoices)
        hasBalance = hasBalance || invoice.role == InvoiceRole::Balance;
    for (const QString &name : {u"deposit"_s, u"intermediate"_s, u"balance"_s}) {
        m_buttons.value(name)->setVisible(isSigned);
        m_buttons.value(name)->setEnabled(isSigned && !hasBalance);
    }
    m_invoicesLabel->setVisible(isSigned);
    m_invoiceTable->setVisible(isSigned);
    m_invoiced->setVisible(isSigned);
}

Quote QuoteEditor::currentQuote() const
{
    Quote quote = m_quote;
    quote.customerId = m_customer->currentData().toString();
    quote.activityId = m_customerActivity.value(quote.customerId, m_quote.activityId);
    quote.date = m_date->date();
    quote.validUntil = m_validUntil->date();
    quote.title = m_title->text().trimmed();
    quote.priceEntry = m_priceEntry->currentData().toInt() == 1 ? PriceEntry::IncludingVat
                                                                : PriceEntry::ExcludingVat;
    quote.documentDiscount.reset();
    if (const Result<Rate> discount = parsePercent(m_discount->text());
        discount && !m_discount->text().trimmed().isEmpty())
        quote.documentDiscount = *discount;
    quote.depositPercent.reset();
    if (const Result<Rate> deposit = parsePercent(m_deposit->text());
        deposit && !m_deposit->text().trimmed().isEmpty())
        quote.depositPercent = *deposit;
    quote.lines = m_lines->lines();
    return quote;
}

void QuoteEditor::edited()
{
    if (m_loading)
        return;
    m_modified = true;
    // The typed percentages are read at once: an unreadable one is shown at its field.
    m_inputErrors.remove(u"documentDiscount"_s);
    m_inputErrors.remove(u"depositPercent"_s);
    const auto check = [this](QLineEdit *edit, const QString &key) {
        if (edit->text().trimmed().isEmpty())
            return;
        if (const Result<Rate> rate = parsePercent(edit->text()); !rate)
            m_inputErrors.insert(key, rate.error().message());
    };
    check(m_discount, u"documentDiscount"_s);
    check(m_deposit, u"depositPercent"_s);
    refresh();
}

void QuoteEditor::refresh()
{
    const Quote quote = currentQuote();
    const Result<InvoiceTotals> totals = quote.totals();
    m_perRate->setRowCount(0);
    QList<std::optional<Money>> amounts;
    if (totals) {
        for (const InvoiceLineAmounts &line : totals->lines)
            amounts.append(line.displayed);
        m_perRate->setRowCount(static_cast<int>(totals->perRate.size()));
        for (int row = 0; row < totals->perRate.size(); ++row) {
            const VatBreakdown &rate = totals->perRate.at(row);
            m_perRate->setItem(row, 0, cell(SalesLabels::vatRate(rate.rate)));
            m_perRate->setItem(row, 1, cell(formatMoney(rate.base), true));
            m_perRate->setItem(row, 2, cell(formatMoney(rate.vat), true));
            m_perRate->setItem(row, 3, cell(formatMoney(rate.total), true));
        }
        m_totalHt->setText(formatMoney(totals->totalExcludingVat));
        m_totalVat->setText(formatMoney(totals->totalVat));
        m_totalTtc->setText(formatMoney(totals->totalIncludingVat));
    } else {
        for (qsizetype i = 0; i < quote.lines.size(); ++i)
            amounts.append(std::nullopt);
        m_totalHt->setText(u"—"_s);
        m_totalVat->setText(u"—"_s);
        m_totalTtc->setText(u"—"_s);
    }
    m_lines->setAmounts(amounts);

    // Heading and state.
    m_heading->setText(quote.number.isEmpty() ? tr("New quote") : tr("Quote %1").arg(quote.number));
    const QString state = QuoteLabels::state(quoteStateOn(m_quote, businessToday()));
    QString stateText = m_quote.status == QuoteStatus::Signed
                            ? tr("%1, signed on %2").arg(state, formatDate(m_quote.signedDate))
                            : state;
    if (m_modified)
        stateText = tr("%1 (modified)").arg(stateText);
    m_state->setText(stateText);

    // The invoices made from it.
    m_invoiceTable->setRowCount(static_cast<int>(m_invoices.size()));
    for (int row = 0; row < m_invoices.size(); ++row) {
        const SalesDocument &invoice = m_invoices.at(row);
        const bool issued = invoice.status == DocumentStatus::Validated;
        m_invoiceTable->setItem(row, 0, cell(issued ? invoice.number : tr("(draft)")));
        m_invoiceTable->setItem(row, 1, cell(QuoteLabels::role(invoice.role)));
        m_invoiceTable->setItem(row, 2, cell(formatDate(invoice.date)));
        m_invoiceTable->setItem(row, 3, cell(formatMoney(invoice.totalIncludingVat), true));
        m_invoiceTable->setItem(row, 4, cell(issued ? tr("Validated") : tr("Draft")));
    }
    const Money invoiced = invoicedIncludingVat();
    m_invoiced->setText(tr("Invoiced: %1 (%2 of %3 incl. VAT)")
                            .arg(formatPercent(invoicedShare(invoiced, m_quote.totalIncludingVat)),
                                 formatMoney(invoiced), formatMoney(m_quote.totalIncludingVat)));

    // Errors of the fields being typed (unreadable percentages, rejected cells).
    QHash<QString, QString> shown = m_shown;
    for (auto it = m_inputErrors.cbegin(); it != m_inputErrors.cend(); ++it)
        shown.insert(it.key(), it.value());
    QHash<QString, QString> cells;
    QStringList lineMessages;
    QStringList general;
    for (QLabel *label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        const QString key = keyFor(it.key());
        if (it.key().startsWith(u"lines["_s)) {
            cells.insert(it.key(), it.value());
            lineMessages << it.value();
        } else if (QLabel *label = m_fieldErrors.value(key); label && key != u"signedDate"_s) {
            label->setText(label->text().isEmpty() ? it.value()
                                                   : label->text() + u'\n' + it.value());
            label->show();
        } else {
            general << it.value();
        }
    }
    m_lines->setErrors(cells);
    if (QLabel *label = m_fieldErrors.value(u"lines"_s); label && !lineMessages.isEmpty()) {
        lineMessages.removeDuplicates();
        label->setText(lineMessages.join(u'\n'));
        label->show();
    }
    m_generalError->setText(general.join(u'\n'));
    m_generalError->setVisible(!general.isEmpty());
}

QString QuoteEditor::keyFor(const QString &where) const
{
    if (where.startsWith(u"lines"_s))
        return u"lines"_s;
    return where;
}

void QuoteEditor::showErrors(const ValidationErrors &errors)
{
    m_shown.clear();
    for (const Error &error : errors) {
        const QString where = error.where();
        m_shown.insert(where, m_shown.contains(where)
                                  ? m_shown.value(where) + u'\n' + error.message()
                                  : error.message());
    }
    refresh();
}

QString QuoteEditor::errorAt(const QString &where) const
{
    if (m_inputErrors.contains(where))
        return m_inputErrors.value(where);
    return m_shown.value(where);
}

QString QuoteEditor::generalError() const
{
    return m_generalError->isVisible() || !m_generalError->text().isEmpty() ? m_generalError->text()
                                                                            : QString();
}

bool QuoteEditor::save()
{
    return saveWith(m_quote.status, m_quote.signedDate);
}

bool QuoteEditor::saveWith(QuoteStatus status, QDate signedDate)
{
    if (!m_store || (m_readOnly && status == m_quote.status))
        return false;
    Quote quote = m_readOnly ? m_quote : currentQuote();
    quote.status = status;
    quote.signedDate = signedDate;
    ValidationErrors errors;
    if (quote.customerId.isEmpty())
        errors.append(Error(ErrorCode::InvalidArgument, tr("Choose the customer of the quote."),
                            u"customerId"_s));
    for (auto it = m_inputErrors.cbegin(); it != m_inputErrors.cend(); ++it)
        errors.append(Error(ErrorCode::InvalidArgument, it.value(), it.key()));
    errors.append(validate(quote));
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    const Result<Quote> saved = SalesRepository(*m_store).saveQuote(quote);
    if (!saved) {
        showErrors({saved.error()});
        return false;
    }
    m_quote = *saved;
    readInvoices();
    showQuote(m_quote);
    Q_EMIT quoteChanged(m_quote.id);
    return true;
}

bool QuoteEditor::markSent()
{
    return saveWith(QuoteStatus::Sent, {});
}

bool QuoteEditor::markSigned(QDate signedDate)
{
    return saveWith(QuoteStatus::Signed, signedDate);
}

bool QuoteEditor::markRefused()
{
    return saveWith(QuoteStatus::Refused, {});
}

void QuoteEditor::requestSign()
{
    if (!m_signDialog) {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(u"signQuoteDialog"_s);
        dialog->setWindowTitle(tr("Mark as signed"));
        auto *date = new QDateEdit(dialog);
        date->setObjectName(u"signedDate"_s);
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"dd/MM/yyyy"_s);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                             dialog);
        auto *form = new QFormLayout(dialog);
        form->addRow(tr("Date of signature"), date);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(dialog, &QDialog::accepted, this, [this, date] { markSigned(date->date()); });
        m_signDialog = dialog;
    }
    if (auto *date = m_signDialog->findChild<QDateEdit *>(u"signedDate"_s))
        date->setDate(businessToday());
    m_signDialog->open();
}

void QuoteEditor::askPercent(InvoiceRole role, const QString &title, std::optional<Rate> proposed)
{
    if (!m_percentDialog) {
        m_percentDialog = new QInputDialog(this);
        m_percentDialog->setObjectName(u"quotePercentDialog"_s);
        m_percentDialog->setInputMode(QInputDialog::TextInput);
    }
    QInputDialog *dialog = m_percentDialog;
    dialog->disconnect(this);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Percentage of the quote (excl. VAT):"));
    dialog->setTextValue(proposed ? formatRate(*proposed) : QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, role](const QString &text) {
        const Result<Rate> percent = parsePercent(text);
        if (!percent) {
            showErrors({percent.error()});
            return;
        }
        createInvoice(role, *percent);
    });
    dialog->open();
}

void QuoteEditor::requestDeposit()
{
    askPercent(InvoiceRole::Deposit, tr("Deposit invoice"), m_quote.depositPercent);
}

void QuoteEditor::requestIntermediate()
{
    askPercent(InvoiceRole::Intermediate, tr("Intermediate invoice"), std::nullopt);
}

QString QuoteEditor::createInvoice(InvoiceRole role, std::optional<Rate> percent)
{
    if (!m_store || m_quote.id.isEmpty())
        return {};
    const Result<SalesDocument> made =
        SalesRepository(*m_store).createInvoiceFromQuote(m_quote.id, role, percent);
    if (!made) {
        showErrors({made.error()});
        return {};
    }
    readInvoices();
    setReadOnly(m_readOnly);
    showErrors({});
    Q_EMIT quoteChanged(m_quote.id);
    Q_EMIT openInvoiceRequested(made->id);
    return made->id;
}

void QuoteEditor::addLine()
{
    if (m_readOnly)
        return;
    const int row = static_cast<int>(m_lines->lines().size());
    m_lines->appendLine(InvoiceLinesModel::newLine());
    const QModelIndex index = m_lines->index(row, InvoiceLinesModel::Designation);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void QuoteEditor::requestBack()
{
    if (!m_modified || m_readOnly) {
        Q_EMIT backRequested();
        return;
    }
    if (!m_unsaved) {
        m_unsaved = new QMessageBox(QMessageBox::Question, tr("Unsaved quote"),
                                    tr("Save the changes to this quote?"),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    this);
        m_unsaved->setObjectName(u"quoteUnsavedQuestion"_s);
        connect(m_unsaved, &QMessageBox::finished, this, [this](int) {
            const QMessageBox::StandardButton choice =
                m_unsaved->standardButton(m_unsaved->clickedButton());
            if (choice == QMessageBox::Save) {
                if (save())
                    Q_EMIT backRequested();
            } else if (choice == QMessageBox::Discard) {
                m_modified = false;
                Q_EMIT backRequested();
            }
        });
    }
    m_unsaved->open();
}

void QuoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuoteEditor::retranslate()
{
    m_back->setText(tr("← Quotes"));
    m_back->setToolTip(tr("Back to the list (Alt+Left)"));
    m_fieldLabels.value(u"customerId"_s)->setText(tr("&Customer"));
    m_fieldLabels.value(u"date"_s)->setText(tr("&Date"));
    m_fieldLabels.value(u"validUntil"_s)->setText(tr("&Valid until"));
    m_fieldLabels.value(u"title"_s)->setText(tr("&Title"));
    m_fieldLabels.value(u"priceEntry"_s)->setText(tr("&Prices"));
    m_fieldLabels.value(u"documentDiscount"_s)->setText(tr("Disc&ount (%)"));
    m_fieldLabels.value(u"depositPercent"_s)->setText(tr("D&eposit at signature (%)"));
    {
        const QSignalBlocker blocker(m_priceEntry);
        const int current = qMax(0, m_priceEntry->currentIndex());
        m_priceEntry->clear();
        m_priceEntry->addItem(SalesLabels::priceEntry(PriceEntry::ExcludingVat), 0);
        m_priceEntry->addItem(SalesLabels::priceEntry(PriceEntry::IncludingVat), 1);
        m_priceEntry->setCurrentIndex(current);
    }
    m_linesLabel->setText(tr("Lines"));
    m_view->setAccessibleName(tr("Lines"));
    m_addLine->setText(tr("&Add a line"));
    m_removeLine->setText(tr("&Remove the line"));
    m_totalsLabel->setText(tr("Totals per VAT rate"));
    const auto setLabel = [this](const QString &name, const QString &text) {
        if (auto *label = findChild<QLabel *>(name))
            label->setText(text);
    };
    setLabel(u"quoteTotalHtLabel"_s, tr("Total excl. VAT"));
    setLabel(u"quoteTotalVatLabel"_s, tr("VAT"));
    setLabel(u"quoteTotalTtcLabel"_s, tr("Total incl. VAT"));
    m_perRate->setHorizontalHeaderLabels(
        {tr("VAT rate"), tr("Base excl. VAT"), tr("VAT"), tr("Total incl. VAT")});
    m_invoicesLabel->setText(tr("Invoices of this quote"));
    m_invoiceTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Kind"), tr("Date"), tr("Total incl. VAT"), tr("Status")});
    m_buttons.value(u"save"_s)->setText(tr("&Save"));
    m_buttons.value(u"save"_s)->setToolTip(tr("Save the quote (Ctrl+S)"));
    m_buttons.value(u"markSent"_s)->setText(tr("Mark as se&nt"));
    m_buttons.value(u"markSigned"_s)->setText(tr("Mark as si&gned…"));
    m_buttons.value(u"markRefused"_s)->setText(tr("Mark as re&fused"));
    m_buttons.value(u"deposit"_s)->setText(tr("&Deposit invoice…"));
    m_buttons.value(u"intermediate"_s)->setText(tr("&Intermediate invoice…"));
    m_buttons.value(u"balance"_s)->setText(tr("&Balance invoice"));
    m_saveAction->setText(tr("Save the quote"));
    m_backAction->setText(tr("Back to the quotes"));
    if (!m_loading)
        refresh();
}

} // namespace coop::ui
