#include "accountingexportdialog.h"

#include "format.h"
#include "formdialog.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/cooperative.h"
#include "core/error.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

const QString kFolderKey = u"accounting/exportFolder"_s;
constexpr int kProgressSteps = 1000;

QString defaultFolder()
{
    const QString remembered = QSettings().value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A cancellable progress dialog over `parent` fed by the repository's callback; the events go
// through at each call, so the window repaints and Cancel is heard.
class ExportProgress
{
public:
    ExportProgress(QWidget *parent, const QString &text, const QString &cancel)
        : m_dialog(text, cancel, 0, kProgressSteps, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setValue(0);
    }
    ~ExportProgress() { m_dialog.close(); }

    LedgerRepository::Progress callback()
    {
        return [this](qint64 done, qint64 total) {
            const qint64 step = total > 0 ? done * kProgressSteps / total : 0;
            m_dialog.setValue(int(std::clamp<qint64>(step, 0, kProgressSteps)));
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

// A form laid out like CoopDesk's forms (FormDialog's), for these dialogs that save nothing.
QFormLayout *newExportForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(6);
    return form;
}

// The label of a form row whose field is a box of several widgets: its mnemonic goes to `field`.
QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

// Grows the dialog when a message appeared in it, so that nothing is cut.
void growToFit(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (wanted > dialog->height())
        dialog->resize(dialog->width(), wanted);
}

QLabel *newResultLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"exportResult"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showResult(QDialog *dialog, QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    if (error)
        theme::markAsError(label);
    else
        label->setPalette(dialog->palette());
    label->setVisible(!text.isEmpty());
    growToFit(dialog);
}

} // namespace

// ---- FEC -----------------------------------------------------------------------------------

FecExportDialog::FecExportDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"fecExportDialog"_s);
    setWindowTitle(tr("Export the FEC"));
    auto *intro = new QLabel(
        tr("The FEC (fichier des écritures comptables) of a fiscal year, as the tax "
           "administration asks for it: every entry of the year in validation order, the "
           "opening balances first."),
        this);
    intro->setWordWrap(true);
    theme::markAsHint(intro);

    m_year = new QSpinBox(this);
    m_year->setObjectName(u"fecYear"_s);
    m_year->setRange(2000, businessToday().year() + 1);
    m_year->setGroupSeparatorShown(false);
    // The last complete fiscal year, the one usually asked for.
    const Result<CooperativeSettings> settings = PeopleRepository(store).cooperative();
    const QDate start =
        fiscalYearStart(settings ? *settings : CooperativeSettings(), businessToday());
    m_year->setValue(start.addDays(-1).year());
    m_year->setToolTip(tr("The calendar year of the fiscal year's last day"));
    m_folder = new QLineEdit(defaultFolder(), this);
    m_folder->setObjectName(u"fecFolder"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *form = newExportForm();
    form->addRow(tr("Fiscal &year:"), m_year);
    form->addRow(buddyLabel(tr("&Folder:"), m_folder, this), folderRow);
    m_result = newResultLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder of the FEC"), folder());
        if (!chosen.isEmpty())
            setFolder(chosen);
    });
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

void FecExportDialog::setYear(int year)
{
    m_year->setValue(year);
}

int FecExportDialog::year() const
{
    return m_year->value();
}

void FecExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QString FecExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString FecExportDialog::resultText() const
{
    return m_result->text();
}

Result<FecExport> FecExportDialog::exportNow()
{
    const QString dir = folder();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        //: %1 is a folder
        const QString message = tr("The folder %1 does not exist.").arg(dir);
        showResult(this, m_result, message, true);
        return fail(ErrorCode::NotFound, message, dir);
    }
    m_export->setEnabled(false);
    Result<FecExport> written = [&] {
        ExportProgress progress(this, tr("Writing the FEC of %1…").arg(year()), tr("Cancel"));
        return LedgerRepository(m_store).exportFec(year(), dir, progress.callback());
    }();
    m_export->setEnabled(true);
    if (!written) {
        showResult(this, m_result,
                   written.error().code() == ErrorCode::Cancelled
                       ? tr("Export cancelled: no file was written.")
                       : written.error().message(),
                   true);
        return written;
    }
    QSettings().setValue(kFolderKey, dir);
    //: After the FEC export; %1 the file's name, %2 lines, %3 entries, %4 and %5 amounts
    showResult(this, m_result,
               tr("Written: %1\n%2 lines, %3 entries; total debit %4, total credit %5.")
                   .arg(QFileInfo(written->filePath).fileName(), formatCount(written->lines),
                        formatCount(written->entries), formatMoney(written->totalDebit),
                        formatMoney(written->totalCredit)),
               false);
    return written;
}

// ---- CSV -----------------------------------------------------------------------------------

QStringList CsvExportDialog::allColumns()
{
    return {u"journal"_s,     u"date"_s,      u"number"_s,    u"piece"_s, u"piece_date"_s,
            u"account"_s,     u"account_label"_s, u"aux_account"_s, u"aux_label"_s,
            u"label"_s,       u"debit"_s,     u"credit"_s,    u"analytic"_s, u"validated"_s};
}

QString CsvExportDialog::columnName(const QString &key)
{
    if (key == u"journal"_s)
        return tr("Journal code");
    if (key == u"date"_s)
        return tr("Entry date");
    if (key == u"number"_s)
        return tr("Entry number");
    if (key == u"piece"_s)
        return tr("Piece reference");
    if (key == u"piece_date"_s)
        return tr("Piece date");
    if (key == u"account"_s)
        return tr("Account");
    if (key == u"account_label"_s)
        return tr("Account label");
    if (key == u"aux_account"_s)
        return tr("Auxiliary account");
    if (key == u"aux_label"_s)
        return tr("Auxiliary account label");
    if (key == u"label"_s)
        return tr("Line label");
    if (key == u"debit"_s)
        return tr("Debit");
    if (key == u"credit"_s)
        return tr("Credit");
    if (key == u"analytic"_s)
        return tr("Analytic code");
    if (key == u"validated"_s)
        return tr("Validation date");
    return key;
}

CsvExportDialog::CsvExportDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"csvExportDialog"_s);
    setWindowTitle(tr("Export the entries for the accountant"));

    m_from = newDateEdit(this);
    m_from->setObjectName(u"csvFrom"_s);
    m_to = newDateEdit(this);
    m_to->setObjectName(u"csvTo"_s);
    const QDate today = businessToday();
    // Last month, by default.
    const QDate firstOfMonth(today.year(), today.month(), 1);
    m_from->setDate(firstOfMonth.addMonths(-1));
    m_to->setDate(firstOfMonth.addDays(-1));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    //: Between the two dates of the export's period
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"csvFile"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(u"csvColumns"_s);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_sage = new QPushButton(tr("&Sage-like layout"), this);
    m_sage->setToolTip(tr("journal, date, account, aux. account, piece, label, debit, credit, "
                          "analytic"));
    auto *columnButtons = new QVBoxLayout;
    columnButtons->addWidget(m_up);
    columnButtons->addWidget(m_down);
    columnButtons->addSpacing(12);
    columnButtons->addWidget(m_sage);
    columnButtons->addStretch(1);
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_columns, 1);
    columnsRow->addLayout(columnButtons);

    auto *form = newExportForm();
    form->addRow(buddyLabel(tr("&Period:"), m_from, this), period);
    form->addRow(buddyLabel(tr("&File:"), m_file, this), fileRow);
    form->addRow(buddyLabel(tr("&Columns:"), m_columns, this), columnsRow);
    m_result = newResultLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    // The remembered layout, else the Sage-like one.
    const QSettings settings;
    if (settings.contains(kColumnsKey)) {
        QStringList order = settings.value(kOrderKey).toStringList();
        for (const QString &key : allColumns()) {
            if (!order.contains(key))
                order.append(key);
        }
        const QStringList checked = settings.value(kColumnsKey).toStringList();
        for (const QString &key : std::as_const(order)) {
            if (!allColumns().contains(key))
                continue;
            auto *item = new QListWidgetItem(columnName(key), m_columns);
            item->setData(Qt::UserRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                           | Qt::ItemIsDragEnabled);
            item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        resetToSageLike();
    }
    m_file->setText(QDir(defaultFolder()).filePath(
        //: The proposed file name of the accountant's export; %1 and %2 are dates
        tr("entries-%1-%2.csv")
            .arg(m_from->date().toString(u"yyyyMMdd"_s), m_to->date().toString(u"yyyyMMdd"_s))));

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_sage, &QPushButton::clicked, this, &CsvExportDialog::resetToSageLike);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the entries"),
                                                            filePath(), tr("CSV files (*.csv)"));
        if (!chosen.isEmpty())
            setFilePath(chosen);
    });
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 72, 0)));
}

void CsvExportDialog::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CsvExportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString CsvExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

CsvLayout CsvExportDialog::layout() const
{
    CsvLayout layout = CsvLayout::sageLike();
    layout.columns.clear();
    for (int row = 0; row < m_columns->count(); ++row) {
        const QListWidgetItem *item = m_columns->item(row);
        if (item->checkState() == Qt::Checked)
            layout.columns.append(item->data(Qt::UserRole).toString());
    }
    return layout;
}

void CsvExportDialog::setColumns(const QStringList &checkedInOrder)
{
    m_columns->clear();
    QStringList order;
    for (const QString &key : checkedInOrder) {
        if (allColumns().contains(key) && !order.contains(key))
            order.append(key);
    }
    for (const QString &key : allColumns()) {
        if (!order.contains(key))
            order.append(key);
    }
    for (const QString &key : std::as_const(order)) {
        auto *item = new QListWidgetItem(columnName(key), m_columns);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setCheckState(checkedInOrder.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void CsvExportDialog::resetToSageLike()
{
    setColumns(CsvLayout::sageLike().columns);
}

void CsvExportDialog::move(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
}

void CsvExportDialog::saveLayout() const
{
    QStringList order;
    for (int row = 0; row < m_columns->count(); ++row)
        order.append(m_columns->item(row)->data(Qt::UserRole).toString());
    QSettings settings;
    settings.setValue(kOrderKey, order);
    settings.setValue(kColumnsKey, layout().columns);
}

QString CsvExportDialog::resultText() const
{
    return m_result->text();
}

Result<qint64> CsvExportDialog::exportNow()
{
    const CsvLayout chosen = layout();
    const QString path = filePath();
    QString problem;
    if (chosen.columns.isEmpty())
        problem = tr("Check at least one column.");
    else if (path.isEmpty())
        problem = tr("Choose the file to write.");
    else if (m_from->date() > m_to->date())
        problem = tr("The period ends before it starts.");
    if (!problem.isEmpty()) {
        showResult(this, m_result, problem, true);
        return fail(ErrorCode::InvalidArgument, problem);
    }
    saveLayout();
    LedgerFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_export->setEnabled(false);
    Result<qint64> written = [&] {
        ExportProgress progress(this, tr("Writing the entries…"), tr("Cancel"));
        return LedgerRepository(m_store).exportCsv(filter, chosen, path, progress.callback());
    }();
    m_export->setEnabled(true);
    if (!written) {
        showResult(this, m_result,
                   written.error().code() == ErrorCode::Cancelled
                       ? tr("Export cancelled: no file was written.")
                       : written.error().message(),
                   true);
        return written;
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    //: After the accountant's export; %1 the number of lines, %2 the file
    showResult(this, m_result,
               tr("%1 lines written to %2.")
                   .arg(formatCount(*written), QDir::toNativeSeparators(path)),
               false);
    return written;
}

} // namespace coop::ui
