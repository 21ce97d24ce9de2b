#pragma once

#include "core/rate.h"
#include "core/result.h"
#include "core/salesdocument.h"
#include "core/userscope.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QDialog;
class QFormLayout;
class QInputDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace coop {
class Store;
}

namespace coop::ui {

class InvoiceLinesModel;

// One quote (devis). A quote not yet signed is edited here: customer, date, validity (30 days by
// default), title, HT or TTC entry, document discount, deposit asked at signature and the lines;
// its totals per rate and in all are those of Quote::totals(), recomputed at every edit. Save
// (Ctrl+S) shows the errors of validate(Quote) at their fields. Mark as sent, signed (with the
// date of signature) or refused. A signed quote is read-only (its lines are the contract) and
// makes its invoices: deposit and intermediate invoices for a percentage, then the balance,
// through SalesRepository::createInvoiceFromQuote; the invoices made from it are listed with the
// share of the quote already invoiced.
class QuoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuoteEditor(QWidget *parent = nullptr);
    ~QuoteEditor() override;

    void setStore(Store *store);
    // The activities offered (issue 9): an entrepreneur's own; every one by default. Set it
    // before the store.
    void setScope(const UserScope &scope) { m_scope = scope; }
    // A new quote dated `today` (the system date when null), valid 30 days.
    void newQuote(QDate today = {});
    // Opens a quote of the store; false (and an error shown) when it cannot be read.
    bool openQuote(const QString &id);
    // Reads the open quote and its invoices again from the store.
    void reload();

    const Quote &quote() const { return m_quote; }
    // The quote as the fields make it now.
    Quote currentQuote() const;
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_modified; }
    // The invoices made from the quote (drafts included) and the TTC of the validated ones.
    const QList<SalesDocument> &invoices() const { return m_invoices; }
    Money invoicedIncludingVat() const;

    // Saves the quote; false when refused (errors shown).
    bool save();
    // Saves it with a new status; false when refused.
    bool markSent();
    bool markSigned(QDate signedDate);
    bool markRefused();
    // Asks for the date of signature (signDialog(), today by default), then marks it signed.
    void requestSign();
    // Makes the draft invoice of this signed quote and asks SalesArea to open it; the id of the
    // new draft, empty when refused (the error shown).
    QString createInvoice(InvoiceRole role, std::optional<Rate> percent = std::nullopt);
    // Asks for the percentage (percentDialog()), then creates the invoice.
    void requestDeposit();
    void requestIntermediate();
    void addLine();
    // Goes back to the list, asking first when changes are not saved (unsavedQuestion()).
    void requestBack();

    // The error shown at a field ("customerId", "validUntil") or line cell ("lines[0].vatRate").
    QString errorAt(const QString &where) const;
    QString generalError() const;

    QWidget *field(const QString &key) const { return m_fields.value(key); }
    InvoiceLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_view; }
    QTableWidget *perRateTable() const { return m_perRate; }
    QTableWidget *invoicesTable() const { return m_invoiceTable; }
    QLabel *invoicedLabel() const { return m_invoiced; }
    QAction *saveAction() const { return m_saveAction; }
    QDialog *signDialog() const;
    QInputDialog *percentDialog() const;
    QMessageBox *unsavedQuestion() const;
    QPushButton *button(const QString &name) const;

Q_SIGNALS:
    void backRequested();
    // The quote was written to the store: lists reload.
    void quoteChanged(const QString &id);
    // An invoice of the quote is to be opened in the invoice editor.
    void openInvoiceRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(QFormLayout *form, const QString &key, QWidget *widget);
    void retranslate();
    void loadCustomers();
    void showQuote(const Quote &quote);
    void setReadOnly(bool readOnly);
    void edited();
    void refresh();
    void showErrors(const ValidationErrors &errors);
    void readInvoices();
    bool saveWith(QuoteStatus status, QDate signedDate);
    void askPercent(InvoiceRole role, const QString &title, std::optional<Rate> proposed);
    QString keyFor(const QString &where) const;

    Store *m_store = nullptr;
    UserScope m_scope;
    Quote m_quote;
    QList<SalesDocument> m_invoices;
    QHash<QString, QString> m_customerActivity;
    QHash<QString, QString> m_inputErrors;
    QHash<QString, QString> m_shown;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_back = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_fieldLabels;
    QHash<QString, QLabel *> m_fieldErrors;
    QComboBox *m_customer = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_priceEntry = nullptr;
    QLineEdit *m_discount = nullptr;
    QLineEdit *m_deposit = nullptr;

    InvoiceLinesModel *m_lines = nullptr;
    QUndoStack *m_undo = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_linesLabel = nullptr;

    QTableWidget *m_perRate = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_totalHt = nullptr;
    QLabel *m_totalVat = nullptr;
    QLabel *m_totalTtc = nullptr;

    QLabel *m_invoicesLabel = nullptr;
    QTableWidget *m_invoiceTable = nullptr;
    QLabel *m_invoiced = nullptr;

    QHash<QString, QPushButton *> m_buttons;
    QAction *m_saveAction = nullptr;
    QAction *m_backAction = nullptr;

    QPointer<QDialog> m_signDialog;
    QPointer<QInputDialog> m_percentDialog;
    QPointer<QMessageBox> m_unsaved;
};

} // namespace coop::ui
