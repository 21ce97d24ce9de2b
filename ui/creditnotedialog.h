#pragma once

#include "core/invoicetotals.h"
#include "core/result.h"
#include "core/salesdocument.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// A partial credit note of a validated invoice: the invoice's lines, each with the quantity to
// credit (0 to the quantity invoiced, 0 by default). The amounts to credit per VAT rate are the
// totals the core computes for the resulting credit note, shown at every edit beside what is still
// creditable (the invoice less its validated credit notes). OK writes the draft through
// SalesRepository::createPartialCreditNote; a refusal (more than is left…) shows in the dialog.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CreditNoteDialog(Store &store, const SalesDocument &invoice, QWidget *parent = nullptr);

    // The quantity field of the invoice's line `row`.
    QLineEdit *quantityEdit(int row) const { return m_quantities.value(row); }
    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *perRateTable() const { return m_perRate; }
    // The credit note as the quantities make it now (its lines and cached totals), when valid.
    const std::optional<SalesDocument> &preview() const { return m_preview; }
    // What the invoice still leaves to credit, per rate.
    const QList<VatBreakdown> &remainder() const { return m_remainder; }
    // The message shown (a quantity out of range, beyond what is left, a store refusal), empty
    // when none.
    QString error() const;
    QPushButton *okButton() const { return m_ok; }
    // The draft written once accepted.
    const SalesDocument &creditNote() const { return m_created; }

    // Checks and writes the draft; closes only when written.
    void accept() override;

private:
    // Rebuilds the credit note from the fields; the message when it is refused.
    QString recompute();
    void showError(const QString &message);

    Store &m_store;
    SalesDocument m_invoice;
    InvoiceTotals m_invoiceTotals;
    QList<InvoiceTotals> m_previous;
    QList<VatBreakdown> m_remainder;
    std::optional<SalesDocument> m_preview;
    QList<DocumentLine> m_chosen;
    SalesDocument m_created;

    QTableWidget *m_lines = nullptr;
    QList<QLineEdit *> m_quantities;
    QTableWidget *m_perRate = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace coop::ui
