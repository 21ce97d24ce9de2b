#include "payrollrunpage.h"

#include "format.h"
#include "payrollpayslip.h"
#include "payrollrunmodel.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

QString monthKey(QDate date)
{
    return date.toString(u"yyyy-MM"_s);
}

} // namespace

PayrollRunPage::PayrollRunPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"payrollRunPage"_s);
    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.35);

    m_monthLabel = new QLabel(this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(u"runMonth"_s);
    m_month->setDisplayFormat(u"MMMM yyyy"_s);
    m_month->setLocale(displayLocale());
    m_month->setCalendarPopup(true);
    m_month->setMinimumDate(QDate(2000, 1, 1));
    m_month->setDate(businessToday().addMonths(-1));
    m_monthLabel->setBuddy(m_month);

    m_compute = new QPushButton(this);
    m_compute->setObjectName(u"computeButton"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeButton"_s);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportButton"_s);
    connect(m_compute, &QPushButton::clicked, this, &PayrollRunPage::requestCompute);
    connect(m_close, &QPushButton::clicked, this, &PayrollRunPage::requestClose);
    connect(m_export, &QPushButton::clicked, this, &PayrollRunPage::requestExport);

    m_message = new QLabel(this);
    m_message->setObjectName(u"runMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_runsTitle = new QLabel(this);
    theme::markAsHeading(m_runsTitle, 1.05);
    m_runsModel = new PayrollRunsModel(this);
    m_runsView = newTable(this, u"runsView"_s);
    m_runsView->setModel(m_runsModel);
    m_runsView->horizontalHeader()->setSectionResizeMode(PayrollRunsModel::Month,
                                                         QHeaderView::Stretch);
    // A few months at a glance; older ones scroll.
    m_runsView->setFixedHeight((m_runsView->fontMetrics().height() + 8) * 3
                               + m_runsView->horizontalHeader()->sizeHint().height() + 4);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setMonth(current.data(PayrollRunsModel::MonthRole).toString());
            });

    m_runSummary = new QLabel(this);
    m_runSummary->setObjectName(u"runSummary"_s);
    m_runSummary->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"slipSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    m_slipsModel = new PayrollSlipsModel(this);
    m_slipsFilter = new PayrollSlipsFilter(this);
    m_slipsFilter->setSourceModel(m_slipsModel);
    m_slipsView = newTable(this, u"slipsView"_s);
    m_slipsView->setModel(m_slipsFilter);
    m_slipsView->setSortingEnabled(true);
    m_slipsView->horizontalHeader()->setSortIndicator(PayrollSlipsModel::Name,
                                                      Qt::AscendingOrder);
    m_slipsView->horizontalHeader()->setSectionResizeMode(PayrollSlipsModel::Name,
                                                          QHeaderView::Stretch);
    connect(m_search, &QLineEdit::textChanged, m_slipsFilter, &PayrollSlipsFilter::setSearch);
    connect(m_slipsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayrollRunPage::showSelectedSlip);

    m_payslipView = new PayslipView(this);
    m_payslipView->setSummaryBeside(true);
    m_journalModel = new PayrollJournalModel(this);
    m_journalView = newTable(this, u"journalView"_s);
    m_journalView->setModel(m_journalModel);
    m_journalView->horizontalHeader()->setSectionResizeMode(PayrollJournalModel::Label,
                                                            QHeaderView::Stretch);
    m_balance = new QLabel(this);
    m_balance->setObjectName(u"journalBalance"_s);
    auto *journalPage = new QWidget(this);
    auto *journalLayout = new QVBoxLayout(journalPage);
    journalLayout->setContentsMargins(0, 6, 0, 0);
    journalLayout->addWidget(m_journalView, 1);
    journalLayout->addWidget(m_balance);
    auto *payslipPage = new QWidget(this);
    auto *payslipLayout = new QVBoxLayout(payslipPage);
    payslipLayout->setContentsMargins(0, 6, 0, 0);
    payslipLayout->addWidget(m_payslipView);
    m_details = new QTabWidget(this);
    m_details->setObjectName(u"runDetails"_s);
    m_details->setDocumentMode(true);
    m_details->addTab(payslipPage, QString());
    m_details->addTab(journalPage, QString());

    auto *slipsBox = new QWidget(this);
    auto *slipsLayout = new QVBoxLayout(slipsBox);
    slipsLayout->setContentsMargins(0, 0, 0, 0);
    slipsLayout->setSpacing(6);
    slipsLayout->addWidget(m_search);
    slipsLayout->addWidget(m_slipsView, 1);

    // The slips above, the selected one's payslip below: both get the page's whole width, which
    // their columns need.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"runSplitter"_s);
    m_splitter->addWidget(slipsBox);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_slipsView->setMinimumHeight((m_slipsView->fontMetrics().height() + 8) * 4);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_monthLabel);
    header->addWidget(m_month);
    header->addSpacing(8);
    header->addWidget(m_compute);
    header->addWidget(m_close);
    header->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_message);
    auto *runs = new QGridLayout;
    runs->setHorizontalSpacing(16);
    runs->setVerticalSpacing(4);
    runs->addWidget(m_runsTitle, 0, 0);
    runs->addWidget(m_runsView, 1, 0);
    runs->addWidget(m_runSummary, 1, 1, Qt::AlignTop);
    runs->setColumnStretch(0, 3);
    runs->setColumnStretch(1, 2);
    layout->addLayout(runs);
    layout->addWidget(m_splitter, 1);

    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        if (m_store)
            loadMonth();
    });
    retranslate();
    updateButtons();
}

PayrollRunPage::~PayrollRunPage() = default;

void PayrollRunPage::setStore(Store *store)
{
    m_store = store;
    m_stale = true;
    m_run.reset();
    m_summary.reset();
    setMessage(QString(), false);
    if (!store) {
        m_runsModel->setRuns({});
        showRun();
    } else if (isVisible()) {
        reload();
    }
}

void PayrollRunPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void PayrollRunPage::reload()
{
    m_stale = false;
    if (!m_store) {
        m_runsModel->setRuns({});
        showRun();
        return;
    }
    const Result<QList<PayrollRunSummary>> runs = PayrollRepository(*m_store).runs();
    if (runs)
        m_runsModel->setRuns(*runs);
    else
        setMessage(tr("The payroll runs cannot be read: %1").arg(runs.error().message()), true);
    loadMonth();
}

QString PayrollRunPage::month() const
{
    return monthKey(m_month->date());
}

void PayrollRunPage::setMonth(const QString &month)
{
    const Result<QDate> first = parsePayrollMonth(month);
    if (!first)
        return;
    if (monthKey(m_month->date()) == month)
        return;
    m_month->setDate(*first);
}

std::optional<PayrollRunSummary> PayrollRunPage::summaryOf(const QString &month) const
{
    const int row = m_runsModel->rowOf(month);
    if (row < 0)
        return std::nullopt;
    return m_runsModel->runs().at(row);
}

void PayrollRunPage::loadMonth()
{
    m_run.reset();
    m_summary = summaryOf(month());
    if (m_store && m_summary) {
        const Result<std::optional<PayrollRun>> run = PayrollRepository(*m_store).load(month());
        if (run)
            m_run = *run;
        else
            setMessage(tr("The run of %1 cannot be read: %2")
                           .arg(PayrollLabels::month(month()), run.error().message()),
                       true);
    }
    // The list follows the month.
    const int row = m_runsModel->rowOf(month());
    {
        const QSignalBlocker blocker(m_runsView->selectionModel());
        if (row >= 0)
            m_runsView->selectRow(row);
        else
            m_runsView->clearSelection();
    }
    showRun();
}

void PayrollRunPage::showRun()
{
    const QString previous = currentSlipId();
    m_slipsModel->setSlips(m_run ? m_run->slips : QList<PayrollRunSlip>());
    m_journalModel->setLines(m_run ? m_run->journal : QList<PayrollJournalLine>());
    const QString monthName = PayrollLabels::month(month());
    if (!m_store) {
        m_runSummary->clear();
    } else if (!m_run || !m_summary) {
        m_runSummary->setText(
            tr("No payroll run for %1 yet: \"Compute the month\" makes one payslip per "
               "entrepreneur under a CESA.")
                .arg(monthName));
    } else {
        const PayrollRunTotals &totals = m_run->totals;
        const QString state =
            m_summary->status == PayrollRunStatus::Closed
                ? tr("Closed on %1").arg(formatDate(m_summary->closedAt.toLocalTime().date()))
                : tr("Draft computed on %1 at %2")
                      .arg(formatDate(m_summary->computedAt.toLocalTime().date()),
                           m_summary->computedAt.toLocalTime().toString(u"HH:mm"_s));
        //: %1 the state of the run, %2 the rule table's first day, %3 the number of payslips,
        //: %4 the gross, %5 the net, %6 the employer cost
        m_runSummary->setText(tr("%1, rules of %2: %3 payslip(s), gross %4, net before tax %5, "
                                 "employer cost %6.",
                                 nullptr, totals.slips)
                                  .arg(state, formatDate(m_run->rulesValidFrom),
                                       formatCount(totals.slips), formatMoney(totals.gross),
                                       formatMoney(totals.netBeforeTax),
                                       formatMoney(totals.employerCost)));
    }
    if (m_journalModel->lines().isEmpty()) {
        m_balance->clear();
    } else if (m_journalModel->totalDebit() == m_journalModel->totalCredit()) {
        m_balance->setText(tr("Balanced: debit %1 = credit %2.")
                               .arg(formatMoney(m_journalModel->totalDebit()),
                                    formatMoney(m_journalModel->totalCredit())));
    } else {
        m_balance->setText(tr("Not balanced: debit %1, credit %2.")
                               .arg(formatMoney(m_journalModel->totalDebit()),
                                    formatMoney(m_journalModel->totalCredit())));
    }
    if (!previous.isEmpty())
        selectSlip(previous);
    showSelectedSlip();
    updateButtons();
    Q_EMIT runChanged();
}

void PayrollRunPage::showSelectedSlip()
{
    const QModelIndex current = m_slipsView->currentIndex();
    if (!m_run || !current.isValid()) {
        m_payslipView->setPayslip(std::nullopt);
        return;
    }
    const int index = current.data(PayrollSlipsModel::SlipRole).toInt();
    if (index < 0 || index >= m_run->slips.size()) {
        m_payslipView->setPayslip(std::nullopt);
        return;
    }
    m_payslipView->setPayslip(m_run->slips.at(index).payslip);
}

bool PayrollRunPage::selectSlip(const QString &entrepreneurId)
{
    for (int row = 0; row < m_slipsFilter->rowCount(); ++row) {
        const QModelIndex index = m_slipsFilter->index(row, 0);
        if (index.data(PayrollSlipsModel::EntrepreneurIdRole).toString() == entrepreneurId) {
            m_slipsView->setCurrentIndex(index);
            m_slipsView->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString PayrollRunPage::currentSlipId() const
{
    const QModelIndex current = m_slipsView->currentIndex();
    return current.isValid() ? current.data(PayrollSlipsModel::EntrepreneurIdRole).toString()
                             : QString();
}

void PayrollRunPage::updateButtons()
{
    const bool closed = m_summary && m_summary->status == PayrollRunStatus::Closed;
    m_compute->setEnabled(m_store != nullptr);
    m_close->setEnabled(m_store != nullptr && m_run.has_value() && !closed);
    m_export->setEnabled(m_run.has_value());
    m_compute->setToolTip(closed ? tr("This month is closed: its run can no longer be replaced")
                                 : tr("Compute every payslip of the month and store the run as "
                                      "a draft"));
}

void PayrollRunPage::setMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (error)
        theme::markAsError(m_message);
    else
        m_message->setPalette(QPalette()); // back to the inherited colours
}

QString PayrollRunPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PayrollRunPage::requestCompute()
{
    if (!m_store)
        return;
    // A draft is replaced only when the person says so; a closed month goes to the store, which
    // refuses with its reason.
    if (!m_summary || m_summary->status != PayrollRunStatus::Draft) {
        computeNow();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Compute the month again"),
        tr("%1 already has a draft run computed on %2. Compute it again and replace it?")
            .arg(PayrollLabels::month(month()),
                 formatDate(m_summary->computedAt.toLocalTime().date())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"replaceConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Replace the draft"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            computeNow();
    });
    m_replaceConfirmation = box;
    box->open();
}

bool PayrollRunPage::computeNow()
{
    if (!m_store)
        return false;
    const QString key = month();
    // The store computes and writes the whole month in one go (seconds for thousands of
    // entrepreneurs): the page says so before, and the cursor shows it is busy.
    setMessage(tr("Computing the payroll of %1…").arg(PayrollLabels::month(key)), false);
    m_compute->setEnabled(false);
    m_close->setEnabled(false);
    m_export->setEnabled(false);
    m_message->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QElapsedTimer timer;
    timer.start();
    const Result<PayrollRun> run = PayrollRepository(*m_store).run(key);
    m_computeMs = timer.elapsed();
    QApplication::restoreOverrideCursor();
    if (!run) {
        setMessage(run.error().message(), true);
        updateButtons();
        return false;
    }
    reload();
    setMessage(tr("%1 computed: %n payslip(s).", nullptr, int(run->slips.size()))
                   .arg(PayrollLabels::month(key)),
               false);
    if (m_slipsFilter->rowCount() > 0 && !m_slipsView->currentIndex().isValid())
        m_slipsView->setCurrentIndex(m_slipsFilter->index(0, 0));
    return true;
}

void PayrollRunPage::requestClose()
{
    if (!m_store || !m_run)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Close the month"),
        tr("Close the payroll of %1? Its %n payslip(s) and journal lines can no longer be "
           "changed or computed again.",
           nullptr, int(m_run->slips.size()))
            .arg(PayrollLabels::month(month())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"closeConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Close the month"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            closeNow();
    });
    m_closeConfirmation = box;
    box->open();
}

bool PayrollRunPage::closeNow()
{
    if (!m_store)
        return false;
    const QString key = month();
    const Result<void> closed = PayrollRepository(*m_store).close(key);
    if (!closed) {
        setMessage(closed.error().message(), true);
        return false;
    }
    reload();
    setMessage(tr("%1 is closed.").arg(PayrollLabels::month(key)), false);
    return true;
}

void PayrollRunPage::requestExport()
{
    if (!m_run)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: The default file name of the payroll firm's export; %1 is the month (2026-03)
    const QString name = tr("payroll-%1.csv").arg(m_run->month);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export for the payroll firm"),
                                                      folder + u'/' + name,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool PayrollRunPage::exportCsv(const QString &path)
{
    if (!m_run) {
        setMessage(tr("There is no run to export for %1.").arg(PayrollLabels::month(month())),
                   true);
        return false;
    }
    QSaveFile file(path);
    const QByteArray csv = payrollRunCsv(*m_run);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        setMessage(tr("The export cannot be written to %1: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString()),
                   true);
        return false;
    }
    setMessage(tr("Export written: %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void PayrollRunPage::sizeColumns()
{
    fitColumns(m_runsView, {{PayrollRunsModel::Status, 9},
                            {PayrollRunsModel::Slips, 7},
                            {PayrollRunsModel::Gross, 17},
                            {PayrollRunsModel::EmployerCost, 17}});
    fitColumns(m_slipsView, {{PayrollSlipsModel::Activity, 9},
                             {PayrollSlipsModel::Days, 4},
                             {PayrollSlipsModel::Fixed, 11},
                             {PayrollSlipsModel::Variable, 11},
                             {PayrollSlipsModel::Gross, 11},
                             {PayrollSlipsModel::Net, 11},
                             {PayrollSlipsModel::EmployerCost, 11}});
    fitColumns(m_journalView, {{PayrollJournalModel::Account, 7},
                               {PayrollJournalModel::AnalyticCode, 8},
                               {PayrollJournalModel::Debit, 11},
                               {PayrollJournalModel::Credit, 11}});
}

void PayrollRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayrollRunPage::retranslate()
{
    m_title->setText(tr("Monthly run"));
    m_monthLabel->setText(tr("&Month:"));
    m_month->setLocale(displayLocale());
    m_compute->setText(tr("C&ompute the month"));
    m_close->setText(tr("C&lose the month"));
    m_export->setText(tr("&Export for the payroll firm (CSV)"));
    m_runsTitle->setText(tr("Stored runs"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setAccessibleName(tr("Search the payslips"));
    m_runsView->setAccessibleName(tr("Stored payroll runs"));
    m_slipsView->setAccessibleName(tr("Payslips of the month"));
    m_journalView->setAccessibleName(tr("Journal lines of the run"));
    m_details->setTabText(0, tr("Payslip"));
    m_details->setTabText(1, tr("Journal"));
    m_payslipView->setEmptyText(tr("Select a payslip in the list to see its lines."));
    sizeColumns();
    if (m_store)
        showRun();
}

} // namespace coop::ui
