#include "trialbalancepage.h"

#include "accountingreports.h"
#include "format.h"
#include "formdialog.h"
#include "theme.h"

#include "core/error.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

// ---- Model ---------------------------------------------------------------------------------

TrialBalanceModel::TrialBalanceModel(QObject *parent) : QAbstractTableModel(parent) {}

Money TrialBalanceModel::amount(const AccountBalance &account, int column)
{
    const Money net = account.balance();
    switch (column) {
    case OpeningDebit:
        return account.openingDebit;
    case OpeningCredit:
        return account.openingCredit;
    case Debit:
        return account.debit;
    case Credit:
        return account.credit;
    case BalanceDebit:
        return net.isNegative() ? Money() : net;
    case BalanceCredit:
        return net.isNegative() ? -net : Money();
    default:
        return {};
    }
}

void TrialBalanceModel::setBalance(TrialBalance balance)
{
    beginResetModel();
    m_balance = std::move(balance);
    m_totals = QList<Money>(ColumnCount);
    for (const AccountBalance &account : std::as_const(m_balance.accounts)) {
        for (int column = OpeningDebit; column < ColumnCount; ++column)
            m_totals[column] += amount(account, column);
    }
    endResetModel();
}

Money TrialBalanceModel::total(int column) const
{
    return column >= 0 && column < m_totals.size() ? m_totals.at(column) : Money();
}

int TrialBalanceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_balance.accounts.isEmpty())
        return 0;
    return int(m_balance.accounts.size()) + 1;
}

int TrialBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrialBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_balance.accounts.size();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        if (totalRow) {
            if (column == Account)
                //: The last row of the trial balance
                return tr("Total");
            if (column == Label)
                return QString();
            return formatMoney(total(column));
        }
        const AccountBalance &account = m_balance.accounts.at(index.row());
        if (column == Account)
            return account.account;
        if (column == Label)
            return account.label;
        const Money value = amount(account, column);
        return value.isZero() ? QString() : formatMoney(value);
    }
    case CentsRole:
        if (column < OpeningDebit)
            return {};
        return totalRow ? total(column).cents()
                        : amount(m_balance.accounts.at(index.row()), column).cents();
    case Qt::FontRole:
        if (totalRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= OpeningDebit)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Label && !totalRow)
            return m_balance.accounts.at(index.row()).label;
        return {};
    default:
        return {};
    }
}

QVariant TrialBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= OpeningDebit ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Label:
        return tr("Label");
    case OpeningDebit:
        //: Trial balance column: the debit brought forward
        return tr("Opening debit");
    case OpeningCredit:
        return tr("Opening credit");
    case Debit:
        //: Trial balance column: the period's debit movements
        return tr("Debit");
    case Credit:
        return tr("Credit");
    case BalanceDebit:
        //: Trial balance column: a debit balance
        return tr("Balance debit");
    case BalanceCredit:
        return tr("Balance credit");
    }
    return {};
}

// ---- Page ----------------------------------------------------------------------------------

namespace {

enum What { BalanceCsv, BalancePdf, LedgerCsv, LedgerPdf };

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    TrialBalancePage::tr("Cannot write %1: %2").arg(path, file.errorString()),
                    path);
    return {};
}

} // namespace

TrialBalancePage::TrialBalancePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"trialBalancePage"_s);
    m_model = new TrialBalanceModel(this);

    m_dateLabel = new QLabel(this);
    m_date = newDateEdit(this);
    m_date->setObjectName(u"balanceDate"_s);
    m_dateLabel->setBuddy(m_date);
    m_analyticLabel = new QLabel(this);
    m_analytic = new QComboBox(this);
    m_analytic->setObjectName(u"balanceAnalytic"_s);
    m_analytic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_analytic->setMinimumContentsLength(12);
    m_analyticLabel->setBuddy(m_analytic);
    m_csv = new QPushButton(this);
    m_csv->setObjectName(u"balanceCsv"_s);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(u"balancePdf"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addSpacing(16);
    bar->addWidget(m_analyticLabel);
    bar->addWidget(m_analytic);
    bar->addStretch(1);
    // The exports under the table, so that the page fits a narrow window.
    m_exportLabel = new QLabel(this);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportLabel);
    exports->addWidget(m_csv);
    exports->addWidget(m_pdf);
    exports->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(u"balanceTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TrialBalanceModel::Label,
                                                      QHeaderView::Stretch);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"balanceTotals"_s);
    m_totals->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"balanceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_ledgerLabel = new QLabel(this);
    m_ledgerAccount = new QLineEdit(this);
    m_ledgerAccount->setObjectName(u"ledgerAccount"_s);
    m_ledgerAccount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,20}"_s), m_ledgerAccount));
    m_ledgerAccount->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_ledgerLabel->setBuddy(m_ledgerAccount);
    m_ledgerCsv = new QPushButton(this);
    m_ledgerCsv->setObjectName(u"ledgerCsv"_s);
    m_ledgerPdf = new QPushButton(this);
    m_ledgerPdf->setObjectName(u"ledgerPdf"_s);
    auto *ledgerBar = new QHBoxLayout;
    ledgerBar->addWidget(m_ledgerLabel);
    ledgerBar->addWidget(m_ledgerAccount);
    ledgerBar->addWidget(m_ledgerCsv);
    ledgerBar->addWidget(m_ledgerPdf);
    ledgerBar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(exports);
    layout->addLayout(ledgerBar);

    connect(m_date, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_analytic, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseFile(BalanceCsv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseFile(BalancePdf); });
    connect(m_ledgerCsv, &QPushButton::clicked, this, [this] { chooseFile(LedgerCsv); });
    connect(m_ledgerPdf, &QPushButton::clicked, this, [this] { chooseFile(LedgerPdf); });
    retranslate();
}

TrialBalancePage::~TrialBalancePage() = default;

void TrialBalancePage::setStore(Store *store)
{
    m_store = store;
    fillAnalyticCodes();
    refresh();
}

void TrialBalancePage::fillAnalyticCodes()
{
    m_filling = true;
    const QString code = analyticCode();
    m_analytic->clear();
    //: The trial balance's analytic filter: no filter
    m_analytic->addItem(tr("Whole cooperative"), QString());
    if (m_store) {
        if (const Result<AccountingMapping> mapping = LedgerRepository(*m_store).mapping())
            m_analytic->addItem(tr("Cooperative (%1)").arg(mapping->cooperativeCode),
                                mapping->cooperativeCode);
        if (Result<QList<Activity>> activities = PeopleRepository(*m_store).activities()) {
            std::sort(activities->begin(), activities->end(),
                      [](const Activity &a, const Activity &b) {
                          return a.analyticCode < b.analyticCode;
                      });
            for (const Activity &activity : std::as_const(*activities))
                m_analytic->addItem(tr("%1 — %2").arg(activity.analyticCode, activity.name),
                                    activity.analyticCode);
        }
    }
    m_analytic->setCurrentIndex(std::max(0, m_analytic->findData(code)));
    m_filling = false;
}

void TrialBalancePage::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate TrialBalancePage::date() const
{
    return m_date->date();
}

void TrialBalancePage::setAnalyticCode(const QString &code)
{
    m_analytic->setCurrentIndex(std::max(0, m_analytic->findData(code)));
}

QString TrialBalancePage::analyticCode() const
{
    return m_analytic->currentData().toString();
}

void TrialBalancePage::setLedgerAccount(const QString &prefix)
{
    m_ledgerAccount->setText(prefix);
}

QString TrialBalancePage::totalsText() const
{
    return m_totals->text();
}

QString TrialBalancePage::message() const
{
    return m_message->text();
}

void TrialBalancePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        theme::markAsError(m_message);
    else
        theme::markAsHint(m_message);
    m_message->setVisible(!text.isEmpty());
}

void TrialBalancePage::refresh()
{
    showMessage({}, false);
    if (!m_store) {
        m_model->setBalance({});
        m_totals->clear();
        return;
    }
    Result<TrialBalance> balance = LedgerRepository(*m_store).balance(date(), analyticCode());
    if (!balance) {
        m_model->setBalance({});
        m_totals->clear();
        showMessage(balance.error().message(), true);
        return;
    }
    m_model->setBalance(std::move(*balance));
    fitColumns(m_view, {{TrialBalanceModel::Account, 9},
                        {TrialBalanceModel::OpeningDebit, 13},
                        {TrialBalanceModel::OpeningCredit, 13},
                        {TrialBalanceModel::Debit, 13},
                        {TrialBalanceModel::Credit, 13},
                        {TrialBalanceModel::BalanceDebit, 13},
                        {TrialBalanceModel::BalanceCredit, 13}});
    // Amounts are never elided: their columns take the width of their widest figure.
    for (int column = TrialBalanceModel::OpeningDebit; column < TrialBalanceModel::ColumnCount;
         ++column)
        m_view->resizeColumnToContents(column);
    const TrialBalance &shown = m_model->balance();
    //: Under the trial balance; %n accounts, then the total debit and credit (opening balances
    //: and movements) and the total of the debit and credit balances
    m_totals->setText(tr("%n account(s) · debit %1 · credit %2 · debit balances %3 · credit "
                         "balances %4",
                         nullptr, int(shown.accounts.size()))
                          .arg(formatMoney(shown.totalDebit), formatMoney(shown.totalCredit),
                               formatMoney(shown.totalBalanceDebit),
                               formatMoney(shown.totalBalanceCredit)));
}

Result<void> TrialBalancePage::exportBalanceCsv(const QString &path) const
{
    return writeFile(path, LedgerRepository::balanceCsv(m_model->balance()));
}

Result<void> TrialBalancePage::exportBalancePdf(const QString &path) const
{
    if (!m_store)
        return fail(ErrorCode::NotFound, tr("No store is open."));
    return AccountingReports::writeTrialBalancePdf(
        m_model->balance(), AccountingReports::cooperativeName(*m_store), path);
}

LedgerFilter TrialBalancePage::ledgerFilter() const
{
    LedgerFilter filter;
    filter.from = m_model->balance().from;
    filter.to = date();
    filter.accountPrefix = m_ledgerAccount->text().trimmed();
    filter.activityCode = analyticCode();
    return filter;
}

Result<void> TrialBalancePage::exportLedgerCsv(const QString &path) const
{
    if (!m_store)
        return fail(ErrorCode::NotFound, tr("No store is open."));
    Result<QByteArray> csv = LedgerRepository(*m_store).generalLedgerCsv(ledgerFilter());
    if (!csv)
        return fail(csv.error());
    return writeFile(path, *csv);
}

Result<void> TrialBalancePage::exportLedgerPdf(const QString &path) const
{
    if (!m_store)
        return fail(ErrorCode::NotFound, tr("No store is open."));
    const LedgerFilter filter = ledgerFilter();
    LedgerRepository ledger(*m_store);
    const Result<qint64> count = ledger.countRows(filter);
    if (!count)
        return fail(count.error());
    if (*count > AccountingReports::kMaxPdfLines)
        return fail(AccountingReports::tooManyLines(*count, path));
    Result<QList<LedgerRow>> rows = ledger.rows(filter);
    if (!rows)
        return fail(rows.error());
    // The balances brought forward are the trial balance's (none under an analytic filter).
    return AccountingReports::writeGeneralLedgerPdf(*rows, filter,
                                                    AccountingReports::cooperativeName(*m_store),
                                                    path, m_model->balance().accounts);
}

void TrialBalancePage::chooseFile(int what)
{
    if (!m_store)
        return;
    const QString day = date().toString(u"yyyy-MM-dd"_s);
    const QString prefix = m_ledgerAccount->text().trimmed();
    QString name;
    QString filter;
    QString title;
    switch (what) {
    case BalanceCsv:
    case BalancePdf:
        //: The proposed file name of the trial balance (no extension); %1 is the date
        name = tr("trial-balance-%1").arg(day);
        title = tr("Export the trial balance");
        break;
    default:
        //: The proposed file name of the general ledger (no extension); %1 is the date
        name = prefix.isEmpty() ? tr("general-ledger-%1").arg(day)
                                //: %1 is the account, %2 the date
                                : tr("general-ledger-%1-%2").arg(prefix, day);
        title = tr("Export the general ledger");
        break;
    }
    const bool pdf = what == BalancePdf || what == LedgerPdf;
    name += pdf ? u".pdf"_s : u".csv"_s;
    filter = pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, title, name, filter);
    if (path.isEmpty())
        return;
    Result<void> written;
    switch (what) {
    case BalanceCsv:
        written = exportBalanceCsv(path);
        break;
    case BalancePdf:
        written = exportBalancePdf(path);
        break;
    case LedgerCsv:
        written = exportLedgerCsv(path);
        break;
    case LedgerPdf:
        written = exportLedgerPdf(path);
        break;
    }
    showMessage(written ? tr("Exported to %1.").arg(path) : written.error().message(), !written);
}

void TrialBalancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_store) {
            fillAnalyticCodes();
            refresh();
        }
    }
    QWidget::changeEvent(event);
}

void TrialBalancePage::retranslate()
{
    m_dateLabel->setText(tr("On &date:"));
    m_analyticLabel->setText(tr("A&nalytic:"));
    m_exportLabel->setText(tr("Export the trial balance:"));
    m_csv->setText(tr("&CSV…"));
    m_pdf->setText(tr("&PDF…"));
    //: Before the field of the general ledger's accounts (an account number or its first digits)
    m_ledgerLabel->setText(tr("&General ledger of accounts:"));
    const int labels = std::max(m_exportLabel->fontMetrics().horizontalAdvance(
                                    m_exportLabel->text()),
                                m_ledgerLabel->fontMetrics().horizontalAdvance(
                                    m_ledgerLabel->text().remove(u'&')));
    m_exportLabel->setMinimumWidth(labels);
    m_ledgerLabel->setMinimumWidth(labels);
    //: The general ledger's account field when empty: every account
    m_ledgerAccount->setPlaceholderText(tr("all"));
    m_ledgerAccount->setToolTip(tr("An account number or its first digits (411 for every "
                                   "customer account); empty for every account"));
    m_ledgerCsv->setText(tr("CS&V…"));
    m_ledgerPdf->setText(tr("P&DF…"));
}

} // namespace coop::ui
