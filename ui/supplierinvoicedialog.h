#pragma once

#include "core/purchase.h"
#include "core/result.h"
#include "core/userscope.h"
#include "core/validation.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// One supplier invoice (issue 6 §1, purchases): the activity it is charged to, the supplier, its
// reference and dates, its lines in a table (description, charge account, amount excluding VAT,
// VAT rate) with the totals computed as typed, the scanned invoice kept in the encrypted store,
// and the steps of its life: save the draft, validate it (signed with the USER environment
// variable), mark it paid. Every refusal is shown where it belongs: at the cell of its line
// ("lines[1].account"), under its field, or at the top of the dialog.
class SupplierInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    enum LineColumn { Description, Account, AmountExcludingVat, VatRate, LineColumnCount };

    // A new invoice (id empty) or a stored one, read again from the store when it has an id. The
    // activities offered are the scope's (issue 9; every one by default).
    SupplierInvoiceDialog(Store &store, const SupplierInvoice &invoice, QWidget *parent = nullptr,
                          const UserScope &scope = {});
    ~SupplierInvoiceDialog() override;

    // The invoice as last read from or written to the store (or the new one, unsaved).
    const SupplierInvoice &invoice() const { return m_invoice; }

    QTableWidget *linesTable() const { return m_lines; }
    // Appends a line to the table and returns its row.
    int addLine(const SupplierInvoiceLine &line = {});
    void removeLine(int row);
    // The lines as typed; parse errors are appended at "lines[i].<field>".
    QList<SupplierInvoiceLine> lines(ValidationErrors *errors = nullptr) const;
    // The totals shown under the lines.
    QString totalsText() const;

    // Stores the file as the scanned invoice (the "Attach…" button asks for the file, then calls
    // this). False, with the reason at "receiptId", when it cannot be read or the store refuses it.
    bool attachReceipt(const QString &filePath);

    void setPaidOn(QDate date);

    // The steps; each writes through PurchaseRepository and reads the invoice back.
    bool saveDraft();
    bool validateInvoice();
    bool markPaid();

    // The message shown for `where` ("lines[0].account", "supplierName", "paidOn"…), empty when
    // none.
    QString errorAt(const QString &where) const;
    // Messages at the top of the dialog.
    QString formError() const;

private:
    void load(const SupplierInvoice &invoice);
    void updateState();
    void updateTotals();
    void showErrors(const ValidationErrors &errors);
    void showError(const Error &error);
    void clearErrors();
    SupplierInvoice built(ValidationErrors &errors) const;
    QWidget *withError(QWidget *field, const QString &where);

    Store &m_store;
    SupplierInvoice m_invoice;
    bool m_loading = false;

    QComboBox *m_activity = nullptr;
    QLineEdit *m_supplierName = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_reference = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QLabel *m_receipt = nullptr;
    QString m_receiptId;
    QLabel *m_status = nullptr;
    QLabel *m_formError = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_lineErrors = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QPushButton *m_attach = nullptr;
    QDateEdit *m_paidOn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_paid = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QHash<QString, QString> m_errors;
};

} // namespace coop::ui
