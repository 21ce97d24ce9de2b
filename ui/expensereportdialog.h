#pragma once

#include "core/expense.h"
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

// One expense report (issue 6 §1, §6): its activity and month, its lines in a table (date,
// category, description, amount with VAT, VAT, receipt; for a mileage line the distance, the
// vehicle and the journey, its amount priced by the store from the official scale when saved), the
// receipts attached as files kept in the encrypted store, and the steps of its life: save the
// draft, submit it, then, for the support team, validate or reject it (with a reason) and mark it
// paid. Every refusal of the core or the store is shown where it belongs: at the cell of its line
// ("lines[1].amountIncludingVat"), at the reason, the decision's author or the payment date, or at
// the top of the dialog.
class ExpenseReportDialog : public QDialog
{
    Q_OBJECT
public:
    enum LineColumn { Date, Category, Description, Amount, Vat, ReceiptColumn, Kilometres,
                      Vehicle, FiscalPower, Journey, LineColumnCount };

    // A new report (id empty) or a stored one, read again from the store when it has an id. The
    // owners offered are the members of the scope's activities (issue 9; every one by default).
    ExpenseReportDialog(Store &store, const ExpenseReport &report, QWidget *parent = nullptr,
                        const UserScope &scope = {});
    ~ExpenseReportDialog() override;

    // The day the rules take as today (the store's rule: no line after it); the system's date
    // unless set.
    void setToday(QDate today) { m_today = today; }

    // The report as last read from or written to the store (or the new one, unsaved).
    const ExpenseReport &report() const { return m_report; }

    QTableWidget *linesTable() const { return m_lines; }
    // Appends a line to the table and returns its row.
    int addLine(const ExpenseLine &line = {});
    void removeLine(int row);
    // The lines as typed; parse errors are appended at "lines[i].<field>".
    QList<ExpenseLine> lines(ValidationErrors *errors = nullptr) const;

    // Stores the file as a receipt and attaches it to the line (the "Attach…" button asks for the
    // file, then calls this). False, with the reason at the line, when the store refuses it.
    bool attachReceipt(int row, const QString &filePath);
    // Writes the line's receipt to a temporary file and returns its path (empty on failure, the
    // reason shown); openReceipt() also opens it with the desktop's viewer.
    QString receiptCopy(int row);
    void openReceipt(int row);

    void setNote(const QString &note);
    void setReason(const QString &reason);
    void setDecidedBy(const QString &name);
    void setPaidOn(QDate date);

    // The steps; each writes through ExpenseRepository and reads the report back.
    bool saveDraft();
    bool submit();
    bool validateReport();
    bool rejectReport();
    bool markPaid();

    // The message shown for `where` ("lines[0].receiptId", "note", "paidOn"…), empty when none.
    QString errorAt(const QString &where) const;
    // Messages at the top of the dialog.
    QString formError() const;

private:
    void load(const ExpenseReport &report);
    void updateState();
    void updateTotals();
    void categoryChanged(int row);
    void showErrors(const ValidationErrors &errors);
    void showError(const Error &error);
    void clearErrors();
    ExpenseReport built(ValidationErrors &errors) const;
    bool reread(const QString &id);
    QDate today() const;

    Store &m_store;
    ExpenseReport m_report;
    QDate m_today;
    bool m_loading = false;

    QComboBox *m_owner = nullptr;
    QDateEdit *m_month = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_formError = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_lineErrors = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QLabel *m_decidedByError = nullptr;
    QDateEdit *m_paidOn = nullptr;
    QLabel *m_paidOnError = nullptr;
    QWidget *m_decision = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_paid = nullptr;
    QHash<QString, QString> m_errors;
};

} // namespace coop::ui
