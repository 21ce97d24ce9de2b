#pragma once

#include "core/customer.h"
#include "core/invoicetotals.h"
#include "core/result.h"
#include "core/salesdocument.h"
#include "core/userscope.h"
#include "core/storage/salesrepository.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QPushButton;
class QTableView;
class QTableWidget;
class QToolButton;
class QUndoStack;

namespace coop {
class Store;
struct InvoiceRenderContext;
}

namespace coop::ui {

class CatalogDialog;
class CreditNoteDialog;
class CustomerDialog;
class InvoiceLinesModel;
class InvoicePreview;
class PaymentDialog;

// One invoice or credit note. A draft is edited here: activity and customer ("New customer…"),
// title, dates (the due date follows the customer's terms until typed), HT or TTC entry, document
// discount, nature of the operation, purchase order, VAT on debits, and the lines (add, remove,
// move, from the catalogue; Ctrl+Z / Ctrl+Shift+Z undo and redo them). The totals per rate and HT /
// VAT / TTC are those of SalesDocument::totals(), the one engine the PDF and the exports use,
// recomputed at every edit. Errors are the core's (validateDraft, validateForIssue) and show at
// their field or line cell. Save draft (Ctrl+S); Validate (Ctrl+Shift+V) asks for confirmation,
// then issues the document through SalesRepository::validate. A validated document is read-only
// with its number, and offers Record payment, Create credit note (full), Partial credit note…,
// Preview, Save PDF and Save Factur-X. A saved draft may be deleted (Ctrl+Shift+Delete, after
// confirmation); an issued document never. While a draft, "Edit customer…" edits the chosen
// customer and "Catalogue…" manages the activity's catalogue.
class InvoiceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceEditor(QWidget *parent = nullptr);
    ~InvoiceEditor() override;

    void setStore(Store *store);
    // The activities offered (issue 9): an entrepreneur's own; every one by default. Set it
    // before the store.
    void setScope(const UserScope &scope) { m_scope = scope; }
    // A new empty invoice (of `activityId` when given, else the only activity or none).
    void newInvoice(const QString &activityId = {});
    // Opens a document of the store; false (and an error shown) when it cannot be read.
    bool openDocument(const QString &id);

    // The document as last opened or saved, and as the fields make it now.
    const SalesDocument &document() const { return m_document; }
    SalesDocument currentDocument() const;
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_modified; }
    // Paid, credited and remaining of a validated document.
    const SalesRepository::Settlement &settlement() const { return m_settlement; }

    // Saves the draft; false when refused (errors shown).
    bool saveDraft();
    // Asks for confirmation (confirmation()), then validates.
    void requestValidation();
    // Checks and validates at once; false when refused (errors shown, nothing issued).
    bool validateNow();
    // Opens the payment dialog (paymentDialog()); the settlement is read again once recorded.
    void recordPayment();
    // Makes the full credit note draft of this validated invoice and opens it here.
    bool createCreditNote();
    // Opens the partial credit note dialog (creditNoteDialog()); the draft it writes opens here.
    void createPartialCreditNote();
    // Asks for confirmation (deleteConfirmation()), then deletes the saved draft.
    void requestDelete();
    // Deletes the saved draft at once and goes back to the list; false when refused.
    bool deleteNow();
    // Opens the customer dialog (customerDialog()) on the selected customer.
    void editCustomer();
    // Opens the catalogue of the document's activity (catalogDialog()).
    void openCatalogue();
    // Opens the preview (preview()) of the pages as printed.
    void showPreview();
    Result<void> savePdf(const QString &path) const;
    Result<void> saveFacturX(const QString &path) const;
    // Opens the new customer dialog (customerDialog()); once saved it becomes the customer.
    void newCustomer();
    // Adds a line (undoable) and starts editing its designation.
    void addLine();
    // Goes back to the list, asking first when changes are not saved (unsavedQuestion()).
    void requestBack();

    // The error shown at a field ("title", "dueDate") or line cell ("lines[1].vatRate"), empty
    // when none; every error shown (fields, cells, and those of no field).
    QString errorAt(const QString &where) const;
    QStringList shownErrors() const;
    // The message of no particular field (store refusals…), empty when none.
    QString generalError() const;

    InvoiceLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    QTableWidget *perRateTable() const { return m_perRate; }
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    PaymentDialog *paymentDialog() const;
    CustomerDialog *customerDialog() const;
    CreditNoteDialog *creditNoteDialog() const;
    CatalogDialog *catalogDialog() const;
    QMessageBox *deleteConfirmation() const;
    InvoicePreview *preview() const;
    QMessageBox *confirmation() const;
    QMessageBox *unsavedQuestion() const;
    QAction *saveAction() const { return m_saveAction; }
    QAction *validateAction() const { return m_validateAction; }
    QAction *paymentAction() const { return m_paymentAction; }
    QAction *creditNoteAction() const { return m_creditNoteAction; }
    QAction *partialCreditNoteAction() const { return m_partialCreditAction; }
    QAction *deleteAction() const { return m_deleteAction; }

Q_SIGNALS:
    void backRequested();
    // The document was written to the store (saved, validated, paid, credited): lists reload.
    void documentChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void buildLines();
    void buildTotals();
    void buildActions();
    void retranslate();
    void sizeColumns();
    void fitPerRateTable();
    static QFormLayout *newFormLayout();
    ValidationErrors issueErrors() const;
    QLabel *addField(QFormLayout *form, const QString &key, QWidget *field, QWidget *row = nullptr);
    void loadActivities();
    void loadCustomers();
    void showDocument(const SalesDocument &document);
    void setReadOnly(bool readOnly);
    void edited(const QString &key);
    void refresh();
    void showErrors(const ValidationErrors &errors);
    QString keyFor(const QString &where) const;
    std::optional<Customer> selectedCustomer() const;
    void applyDueDateDefault();
    void readSettlement();
    void updateHeader();
    void updateDraftButtons();
    void insertFromCatalogue(const CatalogItem &item);
    void fillCatalogueMenu();
    void moveCurrentLine(int delta);
    void removeCurrentLine();
    void chooseAndSave(bool facturX);
    InvoiceRenderContext renderContext() const;

    Store *m_store = nullptr;
    UserScope m_scope;
    SalesDocument m_document;
    SalesRepository::Settlement m_settlement;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_attempted = false;
    bool m_dueDateTyped = false;
    bool m_settingDueDate = false;
    ValidationErrors m_storeErrors;
    ValidationErrors m_issueErrors;
    QHash<QString, QString> m_inputErrors;
    QSet<QString> m_touched;
    QSet<int> m_touchedLines;
    QHash<QString, QString> m_shownErrors;
    QList<Customer> m_customers;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_back = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_fieldLabels;
    QHash<QString, QLabel *> m_fieldErrors;

    QWidget *m_formBox = nullptr;
    QWidget *m_totalsBox = nullptr;
    QComboBox *m_activity = nullptr;
    QComboBox *m_customer = nullptr;
    QPushButton *m_newCustomer = nullptr;
    QPushButton *m_editCustomer = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_serviceDate = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QComboBox *m_priceEntry = nullptr;
    QLineEdit *m_discount = nullptr;
    QComboBox *m_nature = nullptr;
    QLineEdit *m_purchaseOrder = nullptr;
    QCheckBox *m_vatOnDebits = nullptr;

    InvoiceLinesModel *m_lines = nullptr;
    QUndoStack *m_undo = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_lineButtons = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QToolButton *m_catalogue = nullptr;
    QPushButton *m_manageCatalogue = nullptr;
    QMenu *m_catalogueMenu = nullptr;
    QLabel *m_lineErrors = nullptr;

    QTableWidget *m_perRate = nullptr;
    QLabel *m_totalHtLabel = nullptr;
    QLabel *m_totalVatLabel = nullptr;
    QLabel *m_totalTtcLabel = nullptr;
    QLabel *m_totalHt = nullptr;
    QLabel *m_totalVat = nullptr;
    QLabel *m_totalTtc = nullptr;
    QLabel *m_settlementLabel = nullptr;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_paymentButton = nullptr;
    QPushButton *m_creditNoteButton = nullptr;
    QPushButton *m_partialCreditButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_facturXButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_validateAction = nullptr;
    QAction *m_paymentAction = nullptr;
    QAction *m_creditNoteAction = nullptr;
    QAction *m_partialCreditAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addLineAction = nullptr;
    QAction *m_removeLineAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_backAction = nullptr;

    QPointer<PaymentDialog> m_paymentDialog;
    QPointer<CustomerDialog> m_customerDialog;
    QPointer<CreditNoteDialog> m_creditNoteDialog;
    QPointer<CatalogDialog> m_catalogDialog;
    QPointer<QMessageBox> m_deleteConfirmation;
    QPointer<InvoicePreview> m_preview;
    QPointer<QMessageBox> m_confirmation;
    QPointer<QMessageBox> m_unsaved;
};

} // namespace coop::ui
