#include "creditnotedialog.h"

#include "format.h"
#include "invoicelinesmodel.h"
#include "invoicesmodel.h"
#include "theme.h"

#include "core/storage/salesrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

enum LineColumn { Designation, Invoiced, Price, Rate_, ToCredit, LineColumns };
enum RateColumn { RateName, Base, Vat, Total, LeftTotal, RateColumns };

QTableWidgetItem *cell(const QString &text, bool right)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString rateName(const VatBreakdown &rate)
{
    QString name = formatPercent(rate.rate);
    if (rate.rate.isZero() && !rate.exemptionMention.isEmpty())
        name += u" — "_s + rate.exemptionMention;
    return name;
}

bool sameRate(const VatBreakdown &a, const VatBreakdown &b)
{
    return a.rate == b.rate && (!a.rate.isZero() || a.exemptionMention == b.exemptionMention);
}

} // namespace

CreditNoteDialog::CreditNoteDialog(Store &store, const SalesDocument &invoice, QWidget *parent)
    : QDialog(parent), m_store(store), m_invoice(invoice)
{
    setObjectName(u"creditNoteDialog"_s);
    setWindowTitle(tr("Partial credit note of invoice %1").arg(invoice.number));

    if (Result<InvoiceTotals> totals = invoice.totals())
        m_invoiceTotals = *totals;
    if (Result<QList<SalesDocument>> notes = SalesRepository(store).creditNotesOf(invoice.id)) {
        for (const SalesDocument &note : std::as_const(*notes)) {
            if (Result<InvoiceTotals> totals = note.totals())
                m_previous.append(*totals);
        }
    }
    m_remainder = creditableRemainder(m_invoiceTotals, m_previous);

    auto *intro = new QLabel(tr("Type the quantity to credit on each line (0 leaves it out)."),
                             this);
    intro->setWordWrap(true);

    m_lines = new QTableWidget(int(invoice.lines.size()), LineColumns, this);
    m_lines->setObjectName(u"creditLinesTable"_s);
    m_lines->setAccessibleName(tr("Lines of the invoice"));
    m_lines->setHorizontalHeaderLabels({tr("Designation"), tr("Invoiced"), tr("Unit price"),
                                        tr("VAT rate"), tr("To credit")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Designation, QHeaderView::Stretch);
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const DocumentLine &line = invoice.lines.at(i);
        const int row = int(i);
        m_lines->setItem(row, Designation, cell(line.designation, false));
        m_lines->setItem(row, Invoiced, cell(formatQuantity(line.quantity), true));
        m_lines->setItem(row, Price, cell(formatUnitPrice(line.unitPrice), true));
        m_lines->setItem(row, Rate_, cell(formatPercent(line.vatRate), true));
        auto *edit = new QLineEdit(m_lines);
        edit->setObjectName(u"creditQuantity%1"_s.arg(row));
        edit->setAlignment(Qt::AlignRight);
        edit->setText(formatQuantity(Quantity()));
        edit->setAccessibleName(tr("Quantity to credit, line %1").arg(row + 1));
        connect(edit, &QLineEdit::textChanged, this, [this] { showError(recompute()); });
        m_lines->setCellWidget(row, ToCredit, edit);
        m_quantities.append(edit);
    }

    m_perRate = new QTableWidget(0, RateColumns, this);
    m_perRate->setObjectName(u"creditPerRateTable"_s);
    m_perRate->setAccessibleName(tr("Amounts to credit per VAT rate"));
    m_perRate->setHorizontalHeaderLabels({tr("VAT rate"), tr("Base excl. VAT"), tr("VAT"),
                                          tr("Total incl. VAT"), tr("Still creditable incl. VAT")});
    m_perRate->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perRate->setSelectionMode(QAbstractItemView::NoSelection);
    m_perRate->verticalHeader()->hide();
    m_perRate->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perRate->horizontalHeader()->setStretchLastSection(true);

    m_total = new QLabel(this);
    m_total->setObjectName(u"creditTotal"_s);
    theme::markAsHeading(m_total, 1.1);
    m_error = new QLabel(this);
    m_error->setObjectName(u"creditError"_s);
    theme::markAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create the credit note"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_perRate);
    layout->addWidget(m_total, 0, Qt::AlignRight);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, 520);
    showError(recompute());
}

QString CreditNoteDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreditNoteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_ok->setEnabled(message.isEmpty() && !m_chosen.isEmpty());
}

QString CreditNoteDialog::recompute()
{
    m_preview.reset();
    m_chosen.clear();
    QStringList problems;
    for (qsizetype i = 0; i < m_quantities.size(); ++i) {
        const DocumentLine &line = m_invoice.lines.at(i);
        const QString text = m_quantities.at(i)->text().trimmed();
        Quantity quantity;
        if (!text.isEmpty()) {
            Result<Quantity> parsed = parseQuantity(text);
            if (!parsed) {
                problems << tr("Line %1: %2").arg(i + 1).arg(parsed.error().message());
                continue;
            }
            quantity = *parsed;
        }
        const bool inRange = line.quantity.isNegative()
                                 ? quantity >= line.quantity && quantity <= Quantity()
                                 : quantity >= Quantity() && quantity <= line.quantity;
        if (!inRange) {
            problems << tr("Line %1: between 0 and the %2 invoiced.")
                            .arg(i + 1)
                            .arg(formatQuantity(line.quantity));
            continue;
        }
        if (quantity == Quantity())
            continue;
        DocumentLine credited = line;
        credited.quantity = quantity;
        m_chosen.append(credited);
    }

    // The amounts per rate: those of the credit note the core makes from the chosen lines.
    m_perRate->setRowCount(int(m_remainder.size()));
    InvoiceTotals noteTotals;
    if (problems.isEmpty() && !m_chosen.isEmpty()) {
        Result<SalesDocument> note = makePartialCreditNote(m_invoice, m_chosen);
        Result<InvoiceTotals> totals = fail(ErrorCode::InvalidArgument, QString());
        if (note)
            totals = note->totals();
        else
            totals = fail(note.error());
        if (!totals) {
            problems << totals.error().message();
        } else {
            noteTotals = *totals;
            m_preview = *note;
            if (Result<void> fits = checkCreditNote(m_invoiceTotals, m_previous, noteTotals); !fits)
                problems << fits.error().message();
        }
    }
    for (qsizetype i = 0; i < m_remainder.size(); ++i) {
        const VatBreakdown &left = m_remainder.at(i);
        VatBreakdown credited;
        for (const VatBreakdown &rate : std::as_const(noteTotals.perRate)) {
            if (sameRate(rate, left))
                credited = rate;
        }
        const int row = int(i);
        m_perRate->setItem(row, RateName, cell(rateName(left), false));
        m_perRate->setItem(row, Base, cell(formatMoney(credited.base), true));
        m_perRate->setItem(row, Vat, cell(formatMoney(credited.vat), true));
        m_perRate->setItem(row, Total, cell(formatMoney(credited.total), true));
        m_perRate->setItem(row, LeftTotal, cell(formatMoney(left.total), true));
    }
    //: The total incl. VAT of the partial credit note being prepared
    m_total->setText(tr("To credit: %1").arg(formatMoney(noteTotals.totalIncludingVat)));
    return problems.join(u'\n');
}

void CreditNoteDialog::accept()
{
    const QString problem = recompute();
    if (!problem.isEmpty() || m_chosen.isEmpty()) {
        showError(problem.isEmpty() ? tr("Choose at least one quantity to credit.") : problem);
        return;
    }
    SalesRepository sales(m_store);
    Result<SalesDocument> note = sales.createPartialCreditNote(m_invoice.id, m_chosen);
    if (!note) {
        showError(note.error().message());
        return;
    }
    m_created = *note;
    QDialog::accept();
}

} // namespace coop::ui
