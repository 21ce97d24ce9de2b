#include "invoiceeditor.h"

#include "catalogdialog.h"
#include "creditnotedialog.h"
#include "customerdialog.h"
#include "format.h"
#include "formdialog.h"
#include "invoicelinesmodel.h"
#include "invoicepreview.h"
#include "invoicesmodel.h"
#include "paymentdialog.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"
#include "documents/invoicepdf.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// The row of "lines[3].vatRate" (3), -1 for anything else.
int lineOf(const QString &where, QString *field = nullptr)
{
    static const QRegularExpression pattern(u"^lines\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    const QRegularExpressionMatch match = pattern.match(where);
    if (!match.hasMatch())
        return -1;
    if (field)
        *field = match.captured(2);
    return match.captured(1).toInt();
}

// A catalogue price (HT) as typed on a TTC document: × (1 + rate), to the 1e-5 €, half up.
UnitPrice includingVat(UnitPrice price, Rate rate)
{
    const qint64 one = Rate::UnitsPerOne;
    const qint64 units = price.units();
    const qint64 whole = units / one;
    const qint64 part = units % one;
    qint64 vat = whole * rate.units();
    const qint64 rest = part * rate.units();
    qint64 restUnits = rest / one;
    const qint64 remainder = rest % one;
    if (remainder * 2 >= one)
        ++restUnits;
    else if (remainder * 2 <= -one)
        --restUnits;
    vat += restUnits;
    return UnitPrice::fromUnits(units + vat);
}

// The payment terms as printed (the invoice is in French whatever the interface language).
QString printedTerms(int days)
{
    if (days <= 0)
        return u"Paiement à réception"_s;
    return u"%1 jours date de facture"_s.arg(days);
}

void setTotalsItem(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(column == 0 ? Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter)
                                       : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    table->setItem(row, column, item);
}

} // namespace

InvoiceEditor::InvoiceEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"invoiceEditor"_s);
    m_undo = new QUndoStack(this);
    m_lines = new InvoiceLinesModel(this);
    m_lines->setUndoStack(m_undo);

    m_back = new QPushButton(this);
    m_back->setObjectName(u"backButton"_s);
    connect(m_back, &QPushButton::clicked, this, &InvoiceEditor::requestBack);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"editorHeading"_s);
    theme::markAsHeading(m_heading, 1.3);
    m_state = new QLabel(this);
    m_state->setObjectName(u"editorState"_s);
    theme::markAsHint(m_state);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(u"generalError"_s);
    theme::markAsError(m_generalError);
    m_generalError->setWordWrap(true);
    m_generalError->hide();

    buildActions();
    buildForm();
    buildLines();
    buildTotals();

    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addSpacing(8);
    header->addWidget(m_heading);
    header->addSpacing(12);
    header->addWidget(m_state, 0, Qt::AlignBottom);
    header->addStretch();
    // The actions have a row of their own, so that the editor fits a laptop's width in French too.
    auto *actions = new QHBoxLayout;
    // Deleting stands apart from the actions that keep the document.
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    for (QPushButton *button : {m_saveButton, m_validateButton, m_paymentButton,
                                m_creditNoteButton, m_partialCreditButton, m_previewButton,
                                m_pdfButton, m_facturXButton})
        actions->addWidget(button);

    retranslate();
    setReadOnly(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_generalError);
    layout->addWidget(m_formBox);
    layout->addWidget(m_lineButtons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_lineErrors);
    layout->addWidget(m_totalsBox);

    // Tab goes through the form, then the lines and their buttons, then the actions.
    const QList<QWidget *> order = {
        m_activity,     m_customer,    m_newCustomer, m_editCustomer,  m_title,
        m_purchaseOrder, m_nature,     m_date,        m_serviceDate,   m_dueDate,
        m_priceEntry,   m_discount,    m_vatOnDebits, m_view,          m_addLine,
        m_removeLine,   m_moveUp,      m_moveDown,    m_catalogue,     m_manageCatalogue,
        m_saveButton,   m_validateButton, m_paymentButton, m_creditNoteButton,
        m_partialCreditButton, m_previewButton, m_pdfButton, m_facturXButton, m_deleteButton,
        m_back};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

InvoiceEditor::~InvoiceEditor()
{
    // The undo stack's commands and the model go with the editor: nothing reports to a half
    // destroyed editor.
    disconnect(m_lines, nullptr, this, nullptr);
}

PaymentDialog *InvoiceEditor::paymentDialog() const
{
    return m_paymentDialog;
}

CustomerDialog *InvoiceEditor::customerDialog() const
{
    return m_customerDialog;
}

CreditNoteDialog *InvoiceEditor::creditNoteDialog() const
{
    return m_creditNoteDialog;
}

CatalogDialog *InvoiceEditor::catalogDialog() const
{
    return m_catalogDialog;
}

QMessageBox *InvoiceEditor::deleteConfirmation() const
{
    return m_deleteConfirmation;
}

InvoicePreview *InvoiceEditor::preview() const
{
    return m_preview;
}

QMessageBox *InvoiceEditor::confirmation() const
{
    return m_confirmation;
}

QMessageBox *InvoiceEditor::unsavedQuestion() const
{
    return m_unsaved;
}

QFormLayout *InvoiceEditor::newFormLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    return form;
}

QLabel *InvoiceEditor::addField(QFormLayout *form, const QString &key, QWidget *widget,
                                QWidget *row)
{
    widget->setObjectName(key);
    auto *label = new QLabel(m_formBox);
    label->setBuddy(widget);
    auto *error = new QLabel(m_formBox);
    error->setObjectName(key + u"Error"_s);
    theme::markAsError(error);
    error->setWordWrap(true);
    error->hide();
    auto *cell = new QWidget(m_formBox);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    cellLayout->addWidget(row ? row : widget);
    cellLayout->addWidget(error);
    form->addRow(label, cell);
    m_fields.insert(key, widget);
    m_fieldLabels.insert(key, label);
    m_fieldErrors.insert(key, error);
    return label;
}

void InvoiceEditor::buildForm()
{
    m_formBox = new QWidget(this);
    m_activity = new QComboBox(m_formBox);
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(24);
    m_customer = new QComboBox(m_formBox);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(24);
    m_newCustomer = new QPushButton(m_formBox);
    m_newCustomer->setObjectName(u"newCustomerButton"_s);
    connect(m_newCustomer, &QPushButton::clicked, this, &InvoiceEditor::newCustomer);
    m_editCustomer = new QPushButton(m_formBox);
    m_editCustomer->setObjectName(u"editCustomerButton"_s);
    connect(m_editCustomer, &QPushButton::clicked, this, &InvoiceEditor::editCustomer);
    auto *customerRow = new QWidget(m_formBox);
    auto *customerLayout = new QHBoxLayout(customerRow);
    customerLayout->setContentsMargins(0, 0, 0, 0);
    customerLayout->addWidget(m_customer, 1);
    customerLayout->addWidget(m_newCustomer);
    customerLayout->addWidget(m_editCustomer);
    m_title = new QLineEdit(m_formBox);
    m_date = newDateEdit(m_formBox);
    m_serviceDate = newDateEdit(m_formBox, true);
    m_dueDate = newDateEdit(m_formBox, true);
    m_priceEntry = new QComboBox(m_formBox);
    m_discount = new QLineEdit(m_formBox);
    m_discount->setAlignment(Qt::AlignRight);
    m_discount->setMaximumWidth(m_discount->fontMetrics().horizontalAdvance(u"000,000000"_s) + 24);
    auto *discountRow = new QWidget(m_formBox);
    auto *discountLayout = new QHBoxLayout(discountRow);
    discountLayout->setContentsMargins(0, 0, 0, 0);
    discountLayout->addWidget(m_discount);
    discountLayout->addWidget(new QLabel(u"%"_s, discountRow));
    discountLayout->addStretch();
    m_nature = new QComboBox(m_formBox);
    m_purchaseOrder = new QLineEdit(m_formBox);
    m_vatOnDebits = new QCheckBox(m_formBox);

    auto *left = newFormLayout();
    addField(left, u"activityId"_s, m_activity);
    addField(left, u"customerId"_s, m_customer, customerRow);
    addField(left, u"title"_s, m_title);
    addField(left, u"purchaseOrder"_s, m_purchaseOrder);
    addField(left, u"nature"_s, m_nature);
    auto *right = newFormLayout();
    addField(right, u"date"_s, m_date);
    addField(right, u"serviceDate"_s, m_serviceDate);
    addField(right, u"dueDate"_s, m_dueDate);
    addField(right, u"priceEntry"_s, m_priceEntry);
    addField(right, u"documentDiscount"_s, m_discount, discountRow);
    addField(right, u"vatOnDebits"_s, m_vatOnDebits);
    auto *columns = new QHBoxLayout(m_formBox);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 3);
    columns->addSpacing(24);
    columns->addLayout(right, 2);

    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        loadCustomers();
        edited(u"activityId"_s);
    });
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        applyDueDateDefault();
        edited(u"customerId"_s);
        updateDraftButtons();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] { edited(u"title"_s); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        applyDueDateDefault();
        edited(u"date"_s);
    });
    connect(m_serviceDate, &QDateEdit::dateChanged, this, [this] { edited(u"serviceDate"_s); });
    connect(m_dueDate, &QDateEdit::dateChanged, this, [this] {
        if (m_loading || m_settingDueDate)
            return;
        m_dueDateTyped = true;
        edited(u"dueDate"_s);
    });
    connect(m_priceEntry, &QComboBox::currentIndexChanged, this, [this] {
        m_lines->setPriceEntry(static_cast<PriceEntry>(m_priceEntry->currentData().toInt()));
        edited(u"priceEntry"_s);
    });
    connect(m_discount, &QLineEdit::textEdited, this, [this] { edited(u"documentDiscount"_s); });
    connect(m_nature, &QComboBox::currentIndexChanged, this, [this] { edited(u"nature"_s); });
    connect(m_purchaseOrder, &QLineEdit::textEdited, this,
            [this] { edited(u"purchaseOrder"_s); });
    connect(m_vatOnDebits, &QCheckBox::toggled, this, [this] { edited(u"vatOnDebits"_s); });
}

void InvoiceEditor::buildLines()
{
    m_view = new QTableView(this);
    m_view->setObjectName(u"linesView"_s);
    m_view->setModel(m_lines);
    m_view->setItemDelegate(new LineChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Designation,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight(6 * (fontMetrics().height() + 12));

    m_lineButtons = new QWidget(this);
    m_addLine = new QPushButton(m_lineButtons);
    m_addLine->setObjectName(u"addLineButton"_s);
    connect(m_addLine, &QPushButton::clicked, this, &InvoiceEditor::addLine);
    m_removeLine = new QPushButton(m_lineButtons);
    m_removeLine->setObjectName(u"removeLineButton"_s);
    connect(m_removeLine, &QPushButton::clicked, this, &InvoiceEditor::removeCurrentLine);
    m_moveUp = new QPushButton(m_lineButtons);
    m_moveUp->setObjectName(u"moveUpButton"_s);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrentLine(-1); });
    m_moveDown = new QPushButton(m_lineButtons);
    m_moveDown->setObjectName(u"moveDownButton"_s);
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrentLine(1); });
    m_catalogue = new QToolButton(m_lineButtons);
    m_catalogue->setObjectName(u"catalogueButton"_s);
    m_catalogue->setPopupMode(QToolButton::InstantPopup);
    m_catalogue->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_catalogueMenu = new QMenu(m_catalogue);
    m_catalogue->setMenu(m_catalogueMenu);
    connect(m_catalogueMenu, &QMenu::aboutToShow, this, &InvoiceEditor::fillCatalogueMenu);
    m_manageCatalogue = new QPushButton(m_lineButtons);
    m_manageCatalogue->setObjectName(u"manageCatalogueButton"_s);
    connect(m_manageCatalogue, &QPushButton::clicked, this, &InvoiceEditor::openCatalogue);
    auto *undo = new QToolButton(m_lineButtons);
    undo->setDefaultAction(m_undoAction);
    auto *redo = new QToolButton(m_lineButtons);
    redo->setDefaultAction(m_redoAction);
    auto *row = new QHBoxLayout(m_lineButtons);
    row->setContentsMargins(0, 4, 0, 0);
    for (QWidget *button : std::initializer_list<QWidget *>{m_addLine, m_removeLine, m_moveUp,
                                                            m_moveDown, m_catalogue,
                                                            m_manageCatalogue})
        row->addWidget(button);
    row->addStretch();
    row->addWidget(undo);
    row->addWidget(redo);

    m_lineErrors = new QLabel(this);
    m_lineErrors->setObjectName(u"lineErrors"_s);
    theme::markAsError(m_lineErrors);
    m_lineErrors->setWordWrap(true);
    m_lineErrors->hide();

    connect(m_lines, &InvoiceLinesModel::lineEdited, this, [this](int line) {
        m_touchedLines.insert(line);
        m_inputErrors.clear();
        m_storeErrors.clear();
    });
    connect(m_lines, &InvoiceLinesModel::inputRejected, this,
            [this](int line, int column, const QString &message) {
                m_touchedLines.insert(line);
                m_inputErrors.insert(
                    u"lines[%1].%2"_s.arg(line).arg(InvoiceLinesModel::fieldOf(column)), message);
                refresh();
            });
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, [this] {
        if (m_loading)
            return;
        m_modified = true;
        refresh();
        updateHeader();
    });
}

void InvoiceEditor::buildTotals()
{
    m_totalsBox = new QWidget(this);
    m_perRate = new QTableWidget(0, 4, m_totalsBox);
    m_perRate->setObjectName(u"perRateTable"_s);
    m_perRate->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perRate->setSelectionMode(QAbstractItemView::NoSelection);
    m_perRate->setFocusPolicy(Qt::NoFocus);
    m_perRate->verticalHeader()->hide();
    m_perRate->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_perRate->horizontalHeader()->setStretchLastSection(true);
    m_perRate->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_perRate->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_perRate->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_perRate->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_perRate->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_totalHtLabel = new QLabel(m_totalsBox);
    m_totalVatLabel = new QLabel(m_totalsBox);
    m_totalTtcLabel = new QLabel(m_totalsBox);
    m_totalHt = new QLabel(m_totalsBox);
    m_totalHt->setObjectName(u"totalExcludingVat"_s);
    m_totalVat = new QLabel(m_totalsBox);
    m_totalVat->setObjectName(u"totalVat"_s);
    m_totalTtc = new QLabel(m_totalsBox);
    m_totalTtc->setObjectName(u"totalIncludingVat"_s);
    theme::markAsHeading(m_totalTtc, 1.15);
    for (QLabel *label : {m_totalHt, m_totalVat, m_totalTtc}) {
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(16 * fontMetrics().averageCharWidth());
    }
    m_settlementLabel = new QLabel(m_totalsBox);
    m_settlementLabel->setObjectName(u"settlement"_s);
    m_settlementLabel->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(m_totalHtLabel, 0, 0);
    grid->addWidget(m_totalHt, 0, 1);
    grid->addWidget(m_totalVatLabel, 1, 0);
    grid->addWidget(m_totalVat, 1, 1);
    grid->addWidget(m_totalTtcLabel, 2, 0);
    grid->addWidget(m_totalTtc, 2, 1);
    grid->addWidget(m_settlementLabel, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);
    auto *row = new QHBoxLayout(m_totalsBox);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    row->addWidget(m_perRate);
    row->addSpacing(20);
    row->addLayout(grid);
}

void InvoiceEditor::buildActions()
{
    const auto action = [this](const QString &name, const QKeySequence &shortcut) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_saveAction = action(u"saveDraftAction"_s, QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, [this] { saveDraft(); });
    m_validateAction =
        action(u"validateAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_validateAction, &QAction::triggered, this, &InvoiceEditor::requestValidation);
    m_paymentAction =
        action(u"recordPaymentAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_paymentAction, &QAction::triggered, this, &InvoiceEditor::recordPayment);
    m_creditNoteAction = action(u"creditNoteAction"_s, QKeySequence());
    connect(m_creditNoteAction, &QAction::triggered, this, [this] { createCreditNote(); });
    m_partialCreditAction = action(u"partialCreditNoteAction"_s, QKeySequence());
    connect(m_partialCreditAction, &QAction::triggered, this,
            &InvoiceEditor::createPartialCreditNote);
    // Ctrl+Delete removes a line: deleting the whole draft takes Shift as well.
    m_deleteAction =
        action(u"deleteDraftAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_deleteAction, &QAction::triggered, this, &InvoiceEditor::requestDelete);
    m_previewAction = action(u"previewAction"_s, QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_previewAction, &QAction::triggered, this, &InvoiceEditor::showPreview);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);
    m_addLineAction = action(u"addLineAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_addLineAction, &QAction::triggered, this, &InvoiceEditor::addLine);
    m_removeLineAction = action(u"removeLineAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_removeLineAction, &QAction::triggered, this, &InvoiceEditor::removeCurrentLine);
    m_moveUpAction = action(u"moveLineUpAction"_s, QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrentLine(-1); });
    m_moveDownAction = action(u"moveLineDownAction"_s, QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrentLine(1); });
    m_backAction = action(u"backAction"_s, QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_backAction, &QAction::triggered, this, &InvoiceEditor::requestBack);

    const auto button = [this](const QString &name, QAction *target) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, target, &QAction::trigger);
        return b;
    };
    m_saveButton = button(u"saveDraftButton"_s, m_saveAction);
    m_validateButton = button(u"validateButton"_s, m_validateAction);
    m_paymentButton = button(u"recordPaymentButton"_s, m_paymentAction);
    m_creditNoteButton = button(u"creditNoteButton"_s, m_creditNoteAction);
    m_partialCreditButton = button(u"partialCreditNoteButton"_s, m_partialCreditAction);
    m_deleteButton = button(u"deleteDraftButton"_s, m_deleteAction);
    m_previewButton = button(u"previewButton"_s, m_previewAction);
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(u"savePdfButton"_s);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    m_facturXButton = new QPushButton(this);
    m_facturXButton->setObjectName(u"saveFacturXButton"_s);
    connect(m_facturXButton, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
}

void InvoiceEditor::sizeColumns()
{
    // Room for the content, and always for the whole header, in whichever language and entry
    // mode (the price and amount headers name HT or TTC).
    const int c = fontMetrics().averageCharWidth();
    const QFontMetrics header(m_view->horizontalHeader()->font());
    const auto fit = [&](int column, int characters, const QStringList &titles) {
        int width = characters * c;
        for (const QString &title : titles)
            width = std::max(width, header.horizontalAdvance(title) + 24);
        m_view->setColumnWidth(column, width);
    };
    const auto title = [this](int column) {
        return m_lines->headerData(column, Qt::Horizontal).toString();
    };
    fit(InvoiceLinesModel::Quantity, 8, {title(InvoiceLinesModel::Quantity)});
    fit(InvoiceLinesModel::Unit, 13, {title(InvoiceLinesModel::Unit)});
    fit(InvoiceLinesModel::UnitPrice, 12,
        {InvoiceLinesModel::tr("Unit price excl. VAT"),
         InvoiceLinesModel::tr("Unit price incl. VAT")});
    fit(InvoiceLinesModel::Discount, 7, {title(InvoiceLinesModel::Discount)});
    fit(InvoiceLinesModel::VatRate, 7, {title(InvoiceLinesModel::VatRate)});
    fit(InvoiceLinesModel::Exemption, 22, {title(InvoiceLinesModel::Exemption)});
    fit(InvoiceLinesModel::Amount, 12,
        {InvoiceLinesModel::tr("Amount excl. VAT"), InvoiceLinesModel::tr("Amount incl. VAT")});
}

void InvoiceEditor::fitPerRateTable()
{
    // As tall as its rows: the totals per rate are read at a glance, never scrolled.
    int height = m_perRate->horizontalHeader()->sizeHint().height() + 2 * m_perRate->frameWidth();
    for (int row = 0; row < m_perRate->rowCount(); ++row)
        height += m_perRate->rowHeight(row);
    if (m_perRate->rowCount() == 0)
        height += m_perRate->verticalHeader()->defaultSectionSize();
    m_perRate->setFixedHeight(height);
    m_perRate->setMinimumWidth(m_perRate->horizontalHeader()->length()
                               + 2 * m_perRate->frameWidth());
}

void InvoiceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvoiceEditor::retranslate()
{
    const auto label = [this](const QString &key, const QString &text) {
        m_fieldLabels.value(key)->setText(text);
        QString name = text;
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        m_fields.value(key)->setAccessibleName(name.trimmed());
    };
    label(u"activityId"_s, tr("&Activity:"));
    label(u"customerId"_s, tr("C&ustomer:"));
    label(u"title"_s, tr("&Title:"));
    label(u"purchaseOrder"_s, tr("Purchase &order:"));
    label(u"nature"_s, tr("&Nature:"));
    label(u"date"_s, tr("&Date:"));
    label(u"serviceDate"_s, tr("&Service date:"));
    label(u"dueDate"_s, tr("D&ue date:"));
    label(u"priceEntry"_s, tr("&Prices:"));
    label(u"documentDiscount"_s, tr("Disc&ount:"));
    label(u"vatOnDebits"_s, tr("VAT:"));
    m_vatOnDebits->setText(tr("Paid on &debits"));
    m_vatOnDebits->setToolTip(tr("The option for paying VAT on debits, printed on the invoice"));
    m_newCustomer->setText(tr("New customer…"));
    m_editCustomer->setText(tr("Edit customer…"));
    m_editCustomer->setToolTip(tr("Change the chosen customer's record (address, terms…)"));
    m_title->setPlaceholderText(tr("What the invoice is for"));
    m_discount->setPlaceholderText(tr("none"));
    {
        const QSignalBlocker blocker(m_priceEntry);
        const int current = std::max(0, m_priceEntry->currentIndex());
        m_priceEntry->clear();
        for (const PriceEntry entry : {PriceEntry::ExcludingVat, PriceEntry::IncludingVat})
            m_priceEntry->addItem(SalesLabels::priceEntry(entry), static_cast<int>(entry));
        m_priceEntry->setCurrentIndex(current);
    }
    {
        const QSignalBlocker blocker(m_nature);
        const int current = std::max(0, m_nature->currentIndex());
        m_nature->clear();
        for (const OperationNature nature :
             {OperationNature::Services, OperationNature::Goods, OperationNature::Both})
            m_nature->addItem(SalesLabels::operationNature(nature), static_cast<int>(nature));
        m_nature->setCurrentIndex(current);
    }
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Back to the list (Alt+Left)"));
    m_saveAction->setText(tr("&Save draft"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_validateAction->setText(tr("&Validate…"));
    m_validateButton->setText(m_validateAction->text());
    m_validateButton->setToolTip(
        tr("Issue the document: it gets its number and can no longer change (Ctrl+Shift+V)"));
    m_paymentAction->setText(tr("&Record payment…"));
    m_paymentButton->setText(m_paymentAction->text());
    m_paymentButton->setToolTip(tr("Record a payment (Ctrl+Shift+R)"));
    m_creditNoteAction->setText(tr("Create &credit note"));
    m_creditNoteButton->setText(m_creditNoteAction->text());
    m_creditNoteButton->setToolTip(tr("A credit note of the whole invoice"));
    m_partialCreditAction->setText(tr("Partial credit note…"));
    m_partialCreditButton->setText(m_partialCreditAction->text());
    m_partialCreditButton->setToolTip(tr("Credit some quantities of the invoice's lines"));
    m_deleteAction->setText(tr("Delete draft…"));
    m_deleteButton->setText(m_deleteAction->text());
    m_deleteButton->setToolTip(tr("Delete this draft for good (Ctrl+Shift+Delete)"));
    m_previewAction->setText(tr("Pre&view"));
    m_previewButton->setText(m_previewAction->text());
    m_previewButton->setToolTip(tr("The pages as printed (Ctrl+P)"));
    m_pdfButton->setText(tr("Save &PDF…"));
    m_facturXButton->setText(tr("Save &Factur-X…"));
    m_undoAction->setText(tr("Undo"));
    m_undoAction->setToolTip(tr("Undo the last change of the lines (Ctrl+Z)"));
    m_redoAction->setText(tr("Redo"));
    m_redoAction->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_addLine->setText(tr("&Add line"));
    m_addLine->setToolTip(tr("Add a line (Ctrl+Enter)"));
    m_removeLine->setText(tr("Remove line"));
    m_removeLine->setToolTip(tr("Remove the current line (Ctrl+Delete)"));
    m_moveUp->setText(tr("Move up"));
    m_moveUp->setToolTip(tr("Alt+Up"));
    m_moveDown->setText(tr("Move down"));
    m_moveDown->setToolTip(tr("Alt+Down"));
    m_catalogue->setText(tr("From &catalogue"));
    m_manageCatalogue->setText(tr("Catalogue…"));
    m_manageCatalogue->setToolTip(tr("Add, change or archive the activity's catalogue items"));
    m_view->setAccessibleName(tr("Lines"));
    m_perRate->setHorizontalHeaderLabels(
        {tr("VAT rate"), tr("Base excl. VAT"), tr("VAT"), tr("Total incl. VAT")});
    m_perRate->setAccessibleName(tr("Totals per VAT rate"));
    m_totalHtLabel->setText(tr("Total excl. VAT:"));
    m_totalVatLabel->setText(tr("VAT:"));
    m_totalTtcLabel->setText(tr("Total incl. VAT:"));
    sizeColumns();
    fitPerRateTable();
    updateHeader();
}

void InvoiceEditor::setStore(Store *store)
{
    m_store = store;
    if (m_paymentDialog)
        m_paymentDialog->reject();
    if (m_customerDialog)
        m_customerDialog->reject();
    if (m_creditNoteDialog)
        m_creditNoteDialog->reject();
    if (m_catalogDialog)
        m_catalogDialog->reject();
    if (m_deleteConfirmation)
        m_deleteConfirmation->close();
    if (m_preview)
        m_preview->close();
    if (m_confirmation)
        m_confirmation->close();
    if (m_unsaved)
        m_unsaved->close();
    m_loading = true;
    m_activity->clear();
    m_customer->clear();
    m_loading = false;
    showDocument(SalesDocument());
}

void InvoiceEditor::loadActivities()
{
    const QSignalBlocker blocker(m_activity);
    const QString current = m_activity->currentData().toString();
    m_activity->clear();
    m_activity->addItem(tr("(choose an activity)"), QString());
    if (!m_store)
        return;
    const PeopleRepository people(*m_store);
    if (Result<QList<Activity>> activities = people.activities()) {
        for (const Activity &activity : std::as_const(*activities)) {
            if (!m_scope.sees(activity.id))
                continue;
            const QString text = activity.name.isEmpty()
                                     ? activity.analyticCode
                                     : activity.analyticCode + u" — "_s + activity.name;
            m_activity->addItem(text, activity.id);
        }
    }
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(current)));
}

void InvoiceEditor::loadCustomers()
{
    const QSignalBlocker blocker(m_customer);
    const QString current = m_customer->currentData().toString();
    m_customer->clear();
    m_customers.clear();
    m_customer->addItem(tr("(choose a customer)"), QString());
    const QString activityId = m_activity->currentData().toString();
    if (!m_store || activityId.isEmpty())
        return;
    const SalesRepository sales(*m_store);
    if (Result<QList<Customer>> customers = sales.customers(activityId)) {
        for (const Customer &customer : std::as_const(*customers)) {
            if (customer.archived && customer.id != current)
                continue;
            m_customers.append(customer);
            m_customer->addItem(customer.displayName(), customer.id);
        }
    }
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(current)));
}

std::optional<Customer> InvoiceEditor::selectedCustomer() const
{
    const QString id = m_customer->currentData().toString();
    for (const Customer &customer : m_customers) {
        if (customer.id == id)
            return customer;
    }
    return std::nullopt;
}

void InvoiceEditor::applyDueDateDefault()
{
    if (m_dueDateTyped || m_readOnly)
        return;
    const std::optional<Customer> customer = selectedCustomer();
    const QDate date = dateOf(m_date);
    if (!customer || !date.isValid())
        return;
    m_settingDueDate = true;
    setDateOf(m_dueDate, dueDateFor(date, *customer));
    m_settingDueDate = false;
}

void InvoiceEditor::newInvoice(const QString &activityId)
{
    SalesDocument document;
    document.activityId = activityId;
    if (m_store && activityId.isEmpty() && !m_scope.seesAll()) {
        // One activity in the scope (an entrepreneur's): the invoice is of that one.
        if (m_scope.activityIds.size() == 1)
            document.activityId = m_scope.activityIds.constFirst();
    } else if (m_store && activityId.isEmpty()) {
        const PeopleRepository people(*m_store);
        if (Result<QList<Activity>> activities = people.activities(); activities
                                                                      && activities->size() == 1)
            document.activityId = activities->constFirst().id;
    }
    document.date = m_store ? SalesRepository(*m_store).today() : businessToday();
    showDocument(document);
    m_title->setFocus();
}

bool InvoiceEditor::openDocument(const QString &id)
{
    if (!m_store)
        return false;
    const SalesRepository sales(*m_store);
    Result<std::optional<SalesDocument>> document = sales.document(id);
    if (!document || !*document) {
        m_generalError->setText(document ? tr("This document no longer exists.")
                                         : tr("The document cannot be read: %1")
                                               .arg(document.error().message()));
        m_generalError->show();
        return false;
    }
    showDocument(**document);
    return true;
}

void InvoiceEditor::showDocument(const SalesDocument &document)
{
    m_loading = true;
    m_document = document;
    m_attempted = false;
    m_touched.clear();
    m_touchedLines.clear();
    m_storeErrors.clear();
    m_inputErrors.clear();
    m_issueErrors.clear();
    m_settlement = {};

    loadActivities();
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(document.activityId)));
    loadCustomers();
    int customer = m_customer->findData(document.customerId);
    if (customer < 0 && !document.customerId.isEmpty()) {
        // A customer archived or of another activity still shows on its documents.
        QString name = document.parties ? document.parties->customer.displayName() : QString();
        if (name.isEmpty() && m_store) {
            if (Result<std::optional<Customer>> found = SalesRepository(*m_store).customer(
                    document.customerId);
                found && *found) {
                name = (*found)->displayName();
                m_customers.append(**found);
            }
        }
        m_customer->addItem(name, document.customerId);
        customer = m_customer->count() - 1;
    }
    m_customer->setCurrentIndex(std::max(0, customer));
    m_title->setText(document.title);
    setDateOf(m_date, document.date.isValid() ? document.date : businessToday());
    setDateOf(m_serviceDate, document.serviceDate);
    setDateOf(m_dueDate, document.dueDate);
    m_dueDateTyped = document.dueDate.isValid() && !document.id.isEmpty();
    m_priceEntry->setCurrentIndex(
        std::max(0, m_priceEntry->findData(static_cast<int>(document.priceEntry))));
    m_lines->setPriceEntry(document.priceEntry);
    m_discount->setText(document.documentDiscount ? formatRate(*document.documentDiscount)
                                                  : QString());
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(static_cast<int>(document.nature))));
    m_purchaseOrder->setText(document.purchaseOrder);
    m_vatOnDebits->setChecked(document.vatOnDebits);
    m_lines->setLines(document.lines);
    m_modified = false;
    m_generalError->hide();
    readSettlement();
    setReadOnly(document.status == DocumentStatus::Validated);
    m_loading = false;
    applyDueDateDefault();
    refresh();
    updateHeader();
}

void InvoiceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool creditNote = m_document.kind == DocumentKind::CreditNote;
    for (QWidget *widget : std::as_const(m_fields))
        widget->setEnabled(!readOnly);
    // A credit note stays with the invoice's activity and customer.
    if (creditNote) {
        m_activity->setEnabled(false);
        m_customer->setEnabled(false);
    }
    m_newCustomer->setVisible(!readOnly && !creditNote);
    m_lines->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed);
    m_lineButtons->setVisible(!readOnly);
    for (QAction *action : {m_saveAction, m_validateAction, m_addLineAction, m_removeLineAction,
                            m_moveUpAction, m_moveDownAction})
        action->setEnabled(!readOnly);
    m_undoAction->setEnabled(!readOnly && m_undo->canUndo());
    m_redoAction->setEnabled(!readOnly && m_undo->canRedo());
    m_saveButton->setVisible(!readOnly);
    m_validateButton->setVisible(!readOnly);
    const bool payable = readOnly && m_settlement.remaining > Money();
    m_paymentAction->setEnabled(payable);
    m_paymentButton->setVisible(readOnly);
    m_paymentButton->setEnabled(payable);
    const bool creditable = readOnly && !creditNote;
    m_creditNoteAction->setEnabled(creditable);
    m_creditNoteButton->setVisible(creditable);
    m_partialCreditAction->setEnabled(creditable);
    m_partialCreditButton->setVisible(creditable);
    m_facturXButton->setVisible(readOnly);
    updateDraftButtons();
}

void InvoiceEditor::updateDraftButtons()
{
    // Only a draft already in the store can be deleted; an issued document stays, by law.
    const bool deletable = !m_readOnly && !m_document.id.isEmpty()
                           && m_document.status == DocumentStatus::Draft;
    m_deleteAction->setEnabled(deletable);
    m_deleteButton->setVisible(deletable);
    const bool creditNote = m_document.kind == DocumentKind::CreditNote;
    m_editCustomer->setVisible(!m_readOnly && !creditNote);
    m_editCustomer->setEnabled(!m_readOnly && !m_customer->currentData().toString().isEmpty());
}

void InvoiceEditor::edited(const QString &key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    m_modified = true;
    m_storeErrors.clear();
    m_issueErrors.clear();
    refresh();
    updateHeader();
}

SalesDocument InvoiceEditor::currentDocument() const
{
    SalesDocument d = m_document;
    if (m_readOnly)
        return d;
    d.activityId = m_activity->currentData().toString();
    d.customerId = m_customer->currentData().toString();
    d.title = m_title->text().trimmed();
    d.date = dateOf(m_date);
    d.serviceDate = dateOf(m_serviceDate);
    d.dueDate = dateOf(m_dueDate);
    d.priceEntry = static_cast<PriceEntry>(m_priceEntry->currentData().toInt());
    d.documentDiscount.reset();
    if (!m_discount->text().trimmed().isEmpty()) {
        if (Result<Rate> discount = parsePercent(m_discount->text()))
            d.documentDiscount = *discount;
    }
    d.nature = static_cast<OperationNature>(m_nature->currentData().toInt());
    d.purchaseOrder = m_purchaseOrder->text().trimmed();
    d.vatOnDebits = m_vatOnDebits->isChecked();
    d.lines = m_lines->lines();
    if (const std::optional<Customer> customer = selectedCustomer();
        customer && (d.paymentTerms.isEmpty() || m_touched.contains(u"customerId"_s)))
        d.paymentTerms = printedTerms(customer->paymentTermDays);
    if (Result<InvoiceTotals> totals = d.totals()) {
        d.totalExcludingVat = totals->totalExcludingVat;
        d.totalVat = totals->totalVat;
        d.totalIncludingVat = totals->totalIncludingVat;
    }
    return d;
}

void InvoiceEditor::refresh()
{
    if (m_loading)
        return;
    const SalesDocument d = currentDocument();
    ValidationErrors errors;
    if (!m_readOnly && !m_discount->text().trimmed().isEmpty()) {
        if (Result<Rate> discount = parsePercent(m_discount->text()); !discount)
            errors.append(Error(discount.error().code(), discount.error().message(),
                                u"documentDiscount"_s));
    }
    for (auto it = m_inputErrors.cbegin(); it != m_inputErrors.cend(); ++it)
        errors.append(Error(ErrorCode::ParseError, it.value(), it.key()));

    const Result<InvoiceTotals> totals = d.totals();
    m_perRate->setRowCount(0);
    QList<std::optional<Money>> amounts;
    if (totals) {
        m_perRate->setRowCount(int(totals->perRate.size()));
        for (qsizetype i = 0; i < totals->perRate.size(); ++i) {
            const VatBreakdown &rate = totals->perRate.at(i);
            QString name = formatPercent(rate.rate);
            if (rate.rate.isZero() && !rate.exemptionMention.isEmpty())
                name += u" — "_s + rate.exemptionMention;
            setTotalsItem(m_perRate, int(i), 0, name);
            setTotalsItem(m_perRate, int(i), 1, formatMoney(rate.base));
            setTotalsItem(m_perRate, int(i), 2, formatMoney(rate.vat));
            setTotalsItem(m_perRate, int(i), 3, formatMoney(rate.total));
        }
        m_totalHt->setText(formatMoney(totals->totalExcludingVat));
        m_totalVat->setText(formatMoney(totals->totalVat));
        m_totalTtc->setText(formatMoney(totals->totalIncludingVat));
        for (const InvoiceLineAmounts &line : totals->lines)
            amounts.append(line.displayed);
    } else {
        m_totalHt->setText(u"—"_s);
        m_totalVat->setText(u"—"_s);
        m_totalTtc->setText(u"—"_s);
        errors.append(totals.error());
    }
    fitPerRateTable();
    m_lines->setAmounts(amounts);
    if (!m_readOnly)
        errors.append(validateDraft(d));
    errors.append(m_issueErrors);
    errors.append(m_storeErrors);
    showErrors(errors);
}

QString InvoiceEditor::keyFor(const QString &where) const
{
    if (where.isEmpty())
        return {};
    if (m_fields.contains(where))
        return where;
    if (where == u"serviceEndDate"_s)
        return u"serviceDate"_s;
    if (where.startsWith(u"customer"_s) || where.startsWith(u"parties.customer"_s))
        return u"customerId"_s;
    if (where.startsWith(u"activity"_s) || where.startsWith(u"parties.activity"_s))
        return u"activityId"_s;
    QString prefix = where;
    while (true) {
        const qsizetype cut = std::max(prefix.lastIndexOf(u'.'), prefix.lastIndexOf(u'['));
        if (cut <= 0)
            return {};
        prefix.truncate(cut);
        if (m_fields.contains(prefix))
            return prefix;
    }
}

void InvoiceEditor::showErrors(const ValidationErrors &errors)
{
    QHash<QString, QStringList> byField;
    QHash<QString, QString> cells;
    QStringList lineMessages;
    QStringList general;
    for (const Error &error : errors) {
        const QString &where = error.where();
        QString field;
        const int line = lineOf(where, &field);
        if (line >= 0 || where == u"lines"_s) {
            if (!m_attempted && !m_touchedLines.contains(line))
                continue;
            const QString message =
                line >= 0 ? tr("Line %1: %2").arg(line + 1).arg(error.message())
                          : error.message();
            if (!lineMessages.contains(message))
                lineMessages << message;
            if (line >= 0) {
                const int column = InvoiceLinesModel::columnOf(field);
                const QString cell = u"lines[%1].%2"_s.arg(line).arg(
                    InvoiceLinesModel::fieldOf(column >= 0 ? column
                                                           : InvoiceLinesModel::Designation));
                if (!cells.contains(cell))
                    cells.insert(cell, error.message());
                if (cell != where && !cells.contains(where))
                    cells.insert(where, error.message());
            }
            continue;
        }
        const QString key = keyFor(where);
        if (!key.isEmpty()) {
            if (!m_attempted && !m_touched.contains(key))
                continue;
            QStringList &messages = byField[key];
            if (!messages.contains(error.message()))
                messages << error.message();
        } else if (m_attempted && !general.contains(error.message())) {
            general << error.message();
        }
    }
    m_shownErrors.clear();
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QString message = byField.value(it.key()).join(u'\n');
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        m_fields.value(it.key())->setAccessibleDescription(message);
        if (!message.isEmpty())
            m_shownErrors.insert(it.key(), message);
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        m_shownErrors.insert(it.key(), it.value());
    m_lines->setErrors(cells);
    m_lineErrors->setText(lineMessages.join(u'\n'));
    m_lineErrors->setVisible(!lineMessages.isEmpty());
    m_generalError->setText(general.join(u'\n'));
    m_generalError->setVisible(!general.isEmpty());
    if (!general.isEmpty())
        m_shownErrors.insert(QString(), general.join(u'\n'));
}

QString InvoiceEditor::errorAt(const QString &where) const
{
    return m_shownErrors.value(where);
}

QStringList InvoiceEditor::shownErrors() const
{
    QStringList all;
    for (auto it = m_shownErrors.cbegin(); it != m_shownErrors.cend(); ++it)
        all << it.value();
    return all;
}

QString InvoiceEditor::generalError() const
{
    return m_generalError->isVisible() ? m_generalError->text() : QString();
}

void InvoiceEditor::readSettlement()
{
    m_settlement = {};
    if (!m_store || m_document.status != DocumentStatus::Validated)
        return;
    if (Result<SalesRepository::Settlement> settlement =
            SalesRepository(*m_store).settlement(m_document.id))
        m_settlement = *settlement;
}

void InvoiceEditor::updateHeader()
{
    const bool creditNote = m_document.kind == DocumentKind::CreditNote;
    QString heading;
    QString state;
    if (m_document.status == DocumentStatus::Validated) {
        heading = creditNote ? tr("Credit note %1").arg(m_document.number)
                             : tr("Invoice %1").arg(m_document.number);
        DocumentListRow row;
        row.kind = m_document.kind;
        row.status = m_document.status;
        row.paymentStatus = m_settlement.status;
        const QDate today = m_store ? SalesRepository(*m_store).today() : businessToday();
        if (m_settlement.remaining > Money())
            row.daysLate = daysLate(m_document.dueDate, today);
        state = SalesLabels::rowStatus(row);
        //: Under a validated invoice's totals: paid, credited and remaining amounts
        m_settlementLabel->setText(tr("Paid: %1\nCredited: %2\nRemaining: %3")
                                       .arg(formatMoney(m_settlement.paid),
                                            formatMoney(m_settlement.credited),
                                            formatMoney(m_settlement.remaining)));
        m_settlementLabel->show();
    } else {
        if (m_document.id.isEmpty())
            heading = creditNote ? tr("New credit note") : tr("New invoice");
        else
            heading = creditNote ? tr("Draft credit note") : tr("Draft invoice");
        if (creditNote && !m_document.creditedInvoiceNumber.isEmpty())
            heading += u" — "_s + tr("for invoice %1").arg(m_document.creditedInvoiceNumber);
        state = m_modified ? tr("Not saved") : (m_document.id.isEmpty() ? QString() : tr("Saved"));
        m_settlementLabel->clear();
        m_settlementLabel->hide();
    }
    m_heading->setText(heading);
    m_state->setText(state);
    updateDraftButtons();
}

bool InvoiceEditor::saveDraft()
{
    if (!m_store || m_readOnly)
        return false;
    m_attempted = true;
    m_storeErrors.clear();
    m_issueErrors.clear();
    refresh();
    if (!m_shownErrors.isEmpty())
        return false;
    const SalesDocument d = currentDocument();
    SalesRepository sales(*m_store);
    Result<SalesDocument> saved = sales.saveDraft(d);
    if (!saved) {
        m_storeErrors = {saved.error()};
        refresh();
        return false;
    }
    m_document = *saved;
    m_modified = false;
    updateHeader();
    refresh();
    Q_EMIT documentChanged(m_document.id);
    return true;
}

ValidationErrors InvoiceEditor::issueErrors() const
{
    const SalesDocument d = currentDocument();
    ValidationErrors errors;
    if (!m_store)
        return errors;
    const SalesRepository sales(*m_store);
    if (Result<DocumentParties> parties = sales.partiesFor(d))
        errors.append(validateForIssue(d, *parties));
    else
        errors.append(parties.error());
    return errors;
}

void InvoiceEditor::requestValidation()
{
    if (!m_store || m_readOnly)
        return;
    m_attempted = true;
    m_storeErrors.clear();
    m_issueErrors = issueErrors();
    refresh();
    if (!m_shownErrors.isEmpty())
        return;
    const bool creditNote = m_document.kind == DocumentKind::CreditNote;
    auto *box = new QMessageBox(QMessageBox::Question,
                                creditNote ? tr("Validate the credit note")
                                           : tr("Validate the invoice"),
                                creditNote
                                    ? tr("Issue this credit note of %1? It gets its number and can "
                                         "no longer be changed.")
                                          .arg(m_totalTtc->text())
                                    : tr("Issue this invoice of %1? It gets its number and can no "
                                         "longer be changed: a mistake will need a credit note.")
                                          .arg(m_totalTtc->text()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"validateConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Validate"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            validateNow();
    });
    m_confirmation = box;
    box->open();
}

bool InvoiceEditor::validateNow()
{
    if (!m_store || m_readOnly)
        return false;
    m_attempted = true;
    m_storeErrors.clear();
    m_issueErrors = issueErrors();
    refresh();
    if (!m_shownErrors.isEmpty())
        return false;
    if ((m_modified || m_document.id.isEmpty()) && !saveDraft())
        return false;
    SalesRepository sales(*m_store);
    Result<SalesDocument> validated = sales.validate(m_document.id, dateOf(m_date));
    if (!validated) {
        m_storeErrors = {validated.error()};
        refresh();
        return false;
    }
    const QString id = validated->id;
    showDocument(*validated);
    Q_EMIT documentChanged(id);
    return true;
}

void InvoiceEditor::recordPayment()
{
    if (!m_store || !m_readOnly || m_paymentDialog)
        return;
    readSettlement();
    auto *dialog = new PaymentDialog(*m_store, m_document, m_settlement.remaining, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_paymentDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        readSettlement();
        setReadOnly(true);
        updateHeader();
        Q_EMIT documentChanged(m_document.id);
    });
    dialog->open();
}

bool InvoiceEditor::createCreditNote()
{
    if (!m_store || !m_readOnly || m_document.kind != DocumentKind::Invoice)
        return false;
    SalesRepository sales(*m_store);
    Result<SalesDocument> note = sales.createCreditNote(m_document.id);
    if (note && note->version == 0 && note->id.isEmpty())
        note = sales.saveDraft(*note);
    if (!note) {
        m_generalError->setText(note.error().message());
        m_generalError->show();
        return false;
    }
    const QString invoiceId = m_document.id;
    showDocument(*note);
    Q_EMIT documentChanged(note->id);
    Q_EMIT documentChanged(invoiceId);
    return true;
}

InvoiceRenderContext InvoiceEditor::renderContext() const
{
    InvoiceRenderContext context;
    const SalesDocument d = currentDocument();
    if (m_store) {
        if (Result<DocumentParties> parties = SalesRepository(*m_store).partiesFor(d))
            context.parties = *parties;
    }
    context.paid = m_settlement.paid;
    context.draft = d.status == DocumentStatus::Draft;
    return context;
}

void InvoiceEditor::showPreview()
{
    if (!m_store)
        return;
    const Result<QList<QImage>> pages =
        renderInvoicePages(currentDocument(), renderContext(), 96);
    if (!pages) {
        m_generalError->setText(tr("The preview cannot be made: %1").arg(pages.error().message()));
        m_generalError->show();
        return;
    }
    if (!m_preview) {
        m_preview = new InvoicePreview(this);
        m_preview->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preview->setWindowTitle(tr("Preview — %1").arg(m_heading->text()));
    m_preview->setPages(*pages);
    m_preview->open();
}

namespace {

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io,
                    InvoiceEditor::tr("%1 cannot be written: %2").arg(path, file.errorString()),
                    path);
    return {};
}

} // namespace

Result<void> InvoiceEditor::savePdf(const QString &path) const
{
    Result<QByteArray> pdf = renderInvoicePdf(currentDocument(), renderContext());
    if (!pdf)
        return fail(pdf.error());
    return writeFile(path, *pdf);
}

Result<void> InvoiceEditor::saveFacturX(const QString &path) const
{
    if (m_document.status != DocumentStatus::Validated)
        return fail(ErrorCode::Constraint, tr("Only a validated document has a Factur-X file."));
    Result<QByteArray> pdf = renderFacturX(m_document, renderContext());
    if (!pdf)
        return fail(pdf.error());
    return writeFile(path, *pdf);
}

void InvoiceEditor::chooseAndSave(bool facturX)
{
    QString name = m_document.number.isEmpty() ? tr("draft") : m_document.number;
    if (facturX)
        name += u"-facturx"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, facturX ? tr("Save the Factur-X invoice") : tr("Save the PDF"),
        folder + u'/' + name + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<void> saved = facturX ? saveFacturX(path) : savePdf(path);
    if (!saved) {
        m_generalError->setText(saved.error().message());
        m_generalError->show();
    } else {
        m_generalError->hide();
        m_state->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    }
}

void InvoiceEditor::newCustomer()
{
    if (!m_store || m_readOnly || m_customerDialog)
        return;
    const QString activityId = m_activity->currentData().toString();
    if (activityId.isEmpty()) {
        m_touched.insert(u"activityId"_s);
        m_storeErrors = {Error(ErrorCode::InvalidArgument,
                               tr("Choose the activity first: customers belong to one."),
                               u"activityId"_s)};
        refresh();
        m_activity->setFocus();
        return;
    }
    auto *dialog = new CustomerDialog(*m_store, activityId, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_customerDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->customer().id;
        {
            const QSignalBlocker blocker(m_customer);
            m_customer->setCurrentIndex(0);
        }
        loadCustomers();
        m_customer->setCurrentIndex(std::max(0, m_customer->findData(id)));
        m_customer->setFocus();
    });
    dialog->open();
}

void InvoiceEditor::addLine()
{
    if (m_readOnly)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1
                                                     : m_lines->rowCount();
    DocumentLine line = InvoiceLinesModel::newLine();
    // A new line takes the rate of the one above: lines at one rate are the usual case.
    if (row > 0 && row - 1 < m_lines->rowCount()) {
        line.vatRate = m_lines->lines().at(row - 1).vatRate;
        line.exemptionMention = m_lines->lines().at(row - 1).exemptionMention;
    }
    m_lines->insertLine(row, line);
    const QModelIndex index = m_lines->index(row, InvoiceLinesModel::Designation);
    m_view->setFocus();
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void InvoiceEditor::removeCurrentLine()
{
    if (m_readOnly || !m_view->currentIndex().isValid())
        return;
    const QModelIndex current = m_view->currentIndex();
    m_lines->removeLine(current.row());
    if (m_lines->rowCount() > 0)
        m_view->setCurrentIndex(
            m_lines->index(std::min(current.row(), m_lines->rowCount() - 1), current.column()));
}

void InvoiceEditor::moveCurrentLine(int delta)
{
    if (m_readOnly || !m_view->currentIndex().isValid())
        return;
    const QModelIndex current = m_view->currentIndex();
    const int to = current.row() + delta;
    if (to < 0 || to >= m_lines->rowCount())
        return;
    m_lines->moveLine(current.row(), to);
    m_view->setCurrentIndex(m_lines->index(to, current.column()));
}

void InvoiceEditor::fillCatalogueMenu()
{
    m_catalogueMenu->clear();
    const QString activityId = m_activity->currentData().toString();
    QList<CatalogItem> items;
    if (m_store && !activityId.isEmpty()) {
        if (Result<QList<CatalogItem>> found = SalesRepository(*m_store).catalogItems(activityId))
            items = *found;
    }
    for (const CatalogItem &item : std::as_const(items)) {
        if (item.archived)
            continue;
        //: A catalogue item in the menu: designation, unit price excl. VAT, VAT rate
        QAction *action = m_catalogueMenu->addAction(
            tr("%1 — %2 € excl. VAT, %3").arg(item.designation, formatUnitPrice(item.unitPrice),
                                                formatPercent(item.vatRate)));
        connect(action, &QAction::triggered, this, [this, item] { insertFromCatalogue(item); });
    }
    if (m_catalogueMenu->isEmpty())
        m_catalogueMenu->addAction(activityId.isEmpty() ? tr("Choose the activity first")
                                                        : tr("The catalogue is empty"))
            ->setEnabled(false);
}

void InvoiceEditor::insertFromCatalogue(const CatalogItem &item)
{
    DocumentLine line = InvoiceLinesModel::newLine();
    line.designation = item.designation;
    line.unit = item.unit;
    line.vatRate = item.vatRate;
    line.exemptionMention = item.exemptionMention;
    line.revenueAccount = item.revenueAccount;
    line.catalogItemId = item.id;
    const bool ttc = static_cast<PriceEntry>(m_priceEntry->currentData().toInt())
                     == PriceEntry::IncludingVat;
    line.unitPrice = ttc ? includingVat(item.unitPrice, item.vatRate) : item.unitPrice;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1
                                                     : m_lines->rowCount();
    m_lines->insertLine(row, line);
    m_view->setFocus();
    m_view->setCurrentIndex(m_lines->index(row, InvoiceLinesModel::Quantity));
}

void InvoiceEditor::createPartialCreditNote()
{
    if (!m_store || !m_readOnly || m_document.kind != DocumentKind::Invoice
        || m_creditNoteDialog)
        return;
    auto *dialog = new CreditNoteDialog(*m_store, m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_creditNoteDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SalesDocument note = dialog->creditNote();
        const QString invoiceId = m_document.id;
        showDocument(note);
        Q_EMIT documentChanged(note.id);
        Q_EMIT documentChanged(invoiceId);
    });
    dialog->open();
}

void InvoiceEditor::requestDelete()
{
    if (!m_store || m_readOnly || m_document.id.isEmpty() || m_deleteConfirmation)
        return;
    const bool creditNote = m_document.kind == DocumentKind::CreditNote;
    auto *box = new QMessageBox(
        QMessageBox::Warning, creditNote ? tr("Delete the draft credit note") : tr("Delete the draft"),
        tr("Delete this draft for good? It has no number yet, so nothing of it remains."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            deleteNow();
    });
    m_deleteConfirmation = box;
    box->open();
}

bool InvoiceEditor::deleteNow()
{
    if (!m_store || m_readOnly || m_document.id.isEmpty())
        return false;
    const QString id = m_document.id;
    const Result<void> deleted = SalesRepository(*m_store).deleteDraft(id, m_document.version);
    if (!deleted) {
        m_attempted = true;
        m_storeErrors = {Error(deleted.error().code(), deleted.error().message(), QString())};
        refresh();
        return false;
    }
    m_modified = false;
    showDocument(SalesDocument());
    Q_EMIT documentChanged(id);
    Q_EMIT backRequested();
    return true;
}

void InvoiceEditor::editCustomer()
{
    if (!m_store || m_readOnly || m_customerDialog)
        return;
    const QString id = m_customer->currentData().toString();
    if (id.isEmpty())
        return;
    // The record as stored now: the dialog saves against its version.
    std::optional<Customer> customer;
    if (Result<std::optional<Customer>> found = SalesRepository(*m_store).customer(id); found)
        customer = *found;
    if (!customer)
        customer = selectedCustomer();
    if (!customer)
        return;
    auto *dialog = new CustomerDialog(*m_store, customer->activityId, customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_customerDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        {
            const QSignalBlocker blocker(m_customer);
            loadCustomers();
            m_customer->setCurrentIndex(std::max(0, m_customer->findData(id)));
        }
        // New terms give a new due date, unless one was typed.
        applyDueDateDefault();
        edited(u"customerId"_s);
        updateDraftButtons();
    });
    dialog->open();
}

void InvoiceEditor::openCatalogue()
{
    if (!m_store || m_readOnly || m_catalogDialog)
        return;
    const QString activityId = m_activity->currentData().toString();
    if (activityId.isEmpty()) {
        m_touched.insert(u"activityId"_s);
        m_storeErrors = {Error(ErrorCode::InvalidArgument,
                               tr("Choose the activity first: each has its own catalogue."),
                               u"activityId"_s)};
        refresh();
        m_activity->setFocus();
        return;
    }
    auto *dialog = new CatalogDialog(*m_store, activityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_catalogDialog = dialog;
    dialog->open();
}

void InvoiceEditor::requestBack()
{
    if (!m_modified || m_readOnly || !m_store) {
        Q_EMIT backRequested();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("Save the changes of this draft before going back?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setObjectName(u"unsavedQuestion"_s);
    box->button(QMessageBox::Save)->setText(tr("Save"));
    box->button(QMessageBox::Discard)->setText(tr("Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        const QMessageBox::StandardButton which = box->standardButton(button);
        if (which == QMessageBox::Save && !saveDraft())
            return;
        if (which == QMessageBox::Save || which == QMessageBox::Discard) {
            m_modified = false;
            Q_EMIT backRequested();
        }
    });
    m_unsaved = box;
    box->open();
}

} // namespace coop::ui
