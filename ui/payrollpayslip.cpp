#include "payrollpayslip.h"

#include "format.h"
#include "theme.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFont>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

// ---- Lines model ---------------------------------------------------------------------------

PayslipLinesModel::PayslipLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

PayslipLinesModel::~PayslipLinesModel() = default;

void PayslipLinesModel::setPayslip(const std::optional<Payslip> &payslip)
{
    beginResetModel();
    m_payslip = payslip;
    endResetModel();
}

bool PayslipLinesModel::hasRgduRow() const
{
    // The RGDU row is shown whenever there is a payslip, at zero above 3 SMIC: its absence is
    // information too.
    return m_payslip.has_value();
}

int PayslipLinesModel::rowOf(const QString &code) const
{
    if (!m_payslip)
        return -1;
    const qsizetype lines = m_payslip->lines.size();
    for (qsizetype i = 0; i < lines; ++i) {
        if (m_payslip->lines.at(i).code == code)
            return int(i);
    }
    if (code == kRgduCode)
        return int(lines);
    if (code == kTotalCode)
        return int(lines) + 1;
    return -1;
}

int PayslipLinesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_payslip)
        return 0;
    return int(m_payslip->lines.size()) + 2;
}

int PayslipLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString rateText(bool has, Rate rate)
{
    return has ? formatPercent(rate) : QString();
}

QString amountText(bool has, Money amount)
{
    return has ? formatAmount(amount) : QString();
}

} // namespace

QVariant PayslipLinesModel::display(int row, int column) const
{
    const Payslip &slip = *m_payslip;
    const int lines = int(slip.lines.size());
    if (row < lines) {
        const PayslipLine &line = slip.lines.at(row);
        switch (column) {
        case Label:
            return line.label;
        case Base:
            return formatAmount(line.base);
        case EmployeeRate:
            return rateText(line.hasEmployeeRate, line.employeeRate);
        case Employee:
            return amountText(line.hasEmployeeRate, line.employee);
        case EmployerRate:
            return rateText(line.hasEmployerRate, line.employerRate);
        case Employer:
            return amountText(line.hasEmployerRate, line.employer);
        }
        return {};
    }
    if (row == lines) {
        switch (column) {
        case Label:
            //: The general reduction of employer contributions on low wages, a payslip row
            return tr("General degressive reduction (RGDU)");
        case Base:
            return formatAmount(slip.gross);
        case EmployerRate:
            // A coefficient, not a percentage: written without "%".
            return slip.rgduCoefficient.toFractionString().replace(
                u'.', displayLocale().decimalPoint());
        case Employer:
            return formatAmount(-slip.rgdu);
        default:
            return QString();
        }
    }
    switch (column) {
    case Label:
        return tr("Total");
    case Employee:
        return formatAmount(slip.employeeTotal);
    case Employer:
        return formatAmount(slip.employerTotal);
    default:
        return QString();
    }
}

QVariant PayslipLinesModel::raw(int row, int column) const
{
    const Payslip &slip = *m_payslip;
    const int lines = int(slip.lines.size());
    if (row < lines) {
        const PayslipLine &line = slip.lines.at(row);
        switch (column) {
        case Label:
            return line.label;
        case Base:
            return line.base.cents();
        case EmployeeRate:
            return line.employeeRate.units();
        case Employee:
            return line.employee.cents();
        case EmployerRate:
            return line.employerRate.units();
        case Employer:
            return line.employer.cents();
        }
        return {};
    }
    if (row == lines) {
        switch (column) {
        case Label:
            return display(row, column);
        case Base:
            return slip.gross.cents();
        case EmployerRate:
            return slip.rgduCoefficient.units();
        case Employer:
            return (-slip.rgdu).cents();
        default:
            return {};
        }
    }
    switch (column) {
    case Label:
        return display(row, column);
    case Employee:
        return slip.employeeTotal.cents();
    case Employer:
        return slip.employerTotal.cents();
    default:
        return {};
    }
}

QVariant PayslipLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int lines = int(m_payslip->lines.size());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Label && row < lines)
            return m_payslip->lines.at(row).label;
        if (row == lines && index.column() == EmployerRate)
            //: Tooltip of the RGDU's coefficient on a payslip
            return tr("The RGDU coefficient (a plain number, not a percentage)");
        if (row == lines)
            return tr("Reduction of the employer contributions: the gross × the coefficient, none "
                      "from 3 monthly SMIC up");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Label)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row > lines) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CodeRole:
        if (row < lines)
            return m_payslip->lines.at(row).code;
        return row == lines ? kRgduCode : kTotalCode;
    case RawRole:
        return raw(row, index.column());
    default:
        return {};
    }
}

QVariant PayslipLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Label ? Qt::AlignLeft : Qt::AlignRight)
                                   | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (section == EmployeeRate)
            return tr("The employee's rate");
        if (section == EmployerRate)
            return tr("The employer's rate");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        //: Column of a payslip: the contribution
        return tr("Contribution");
    case Base:
        //: Column of a payslip: what the rate applies to, in euros
        return tr("Base");
    case EmployeeRate:
    case EmployerRate:
        //: Column of a payslip: the rate of the employee's or the employer's part, on its left
        return tr("Rate");
    case Employee:
        //: Column of a payslip: the employee's amount
        return tr("Employee");
    case Employer:
        //: Column of a payslip: the employer's amount
        return tr("Employer");
    }
    return {};
}

// ---- View ----------------------------------------------------------------------------------

namespace {

// The summary figures, in reading order: the employee's side, then the employer's.
const QStringList &summaryKeys()
{
    static const QStringList keys = {u"gross"_s,         u"employeeTotal"_s,
                                     u"netBeforeTax"_s,  u"netTaxable"_s,
                                     u"netSocial"_s,     u"employerContributions"_s,
                                     u"rgdu"_s,          u"employerTotal"_s,
                                     u"employerCost"_s};
    return keys;
}

} // namespace

PayslipView::PayslipView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"payslipView"_s);
    m_model = new PayslipLinesModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"payslipLines"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PayslipLinesModel::Label,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight((fontMetrics().height() + 6) * 8);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"payslipEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    theme::markAsHint(m_empty);

    m_summary = new QWidget(this);
    m_summary->setObjectName(u"payslipSummary"_s);
    const QStringList &keys = summaryKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        auto *name = new QLabel(m_summary);
        auto *value = new QLabel(m_summary);
        value->setObjectName(u"summary."_s + key);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setBuddy(value);
        if (key == u"netBeforeTax"_s || key == u"employerCost"_s) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            name->setFont(bold);
        }
        m_names.insert(key, name);
        m_values.insert(key, value);
    }

    m_layout = new QBoxLayout(QBoxLayout::TopToBottom, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_empty, 1);
    m_layout->addWidget(m_summary);
    layOutSummary();
    retranslate();
    setPayslip(std::nullopt);
}

PayslipView::~PayslipView() = default;

void PayslipView::setPayslip(const std::optional<Payslip> &payslip)
{
    m_model->setPayslip(payslip);
    m_view->setVisible(payslip.has_value());
    m_summary->setVisible(payslip.has_value());
    m_empty->setVisible(!payslip.has_value());
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    if (!payslip)
        return;
    const Payslip &slip = *payslip;
    const auto set = [this](const QString &key, Money amount) {
        m_values.value(key)->setText(formatMoney(amount));
    };
    set(u"gross"_s, slip.gross);
    set(u"employeeTotal"_s, slip.employeeTotal);
    set(u"netBeforeTax"_s, slip.netBeforeTax);
    set(u"netTaxable"_s, slip.netTaxable);
    set(u"netSocial"_s, slip.netSocial);
    set(u"employerContributions"_s, slip.employerContributions);
    set(u"rgdu"_s, slip.rgdu);
    set(u"employerTotal"_s, slip.employerTotal);
    set(u"employerCost"_s, slip.employerCost);
}

void PayslipView::setSummaryBeside(bool beside)
{
    if (beside == m_summaryBeside)
        return;
    m_summaryBeside = beside;
    layOutSummary();
}

void PayslipView::layOutSummary()
{
    // Below the lines: the employee's side and the employer's in two columns. Beside them: one
    // column, read from top to bottom.
    delete m_summary->layout();
    auto *grid = new QGridLayout(m_summary);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    const QStringList &keys = summaryKeys();
    constexpr int kEmployeeSide = 5; // the first five keys are the employee's side
    for (int i = 0; i < keys.size(); ++i) {
        QLabel *name = m_names.value(keys.at(i));
        QLabel *value = m_values.value(keys.at(i));
        if (m_summaryBeside) {
            // A small gap between the employee's side and the employer's.
            const int row = i < kEmployeeSide ? i : i + 1;
            grid->addWidget(name, row, 0);
            grid->addWidget(value, row, 1);
        } else {
            const int row = i < kEmployeeSide ? i : i - kEmployeeSide;
            const int column = i < kEmployeeSide ? 0 : 3;
            grid->addWidget(name, row, column);
            grid->addWidget(value, row, column + 1);
        }
    }
    if (m_summaryBeside) {
        grid->setRowMinimumHeight(kEmployeeSide, 8);
        grid->setRowStretch(int(keys.size()) + 1, 1);
    } else {
        grid->setColumnMinimumWidth(2, 24);
        grid->setColumnStretch(2, 1);
    }
    m_layout->setDirection(m_summaryBeside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void PayslipView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text);
}

QString PayslipView::summaryText(const QString &key) const
{
    const QLabel *value = m_values.value(key);
    return value ? value->text() : QString();
}

void PayslipView::sizeColumns()
{
    // Digits are wider than the average character; the RGDU's "coef. 0,1839" is the widest rate.
    fitColumns(m_view, {{PayslipLinesModel::Base, 11},
                        {PayslipLinesModel::EmployeeRate, 8},
                        {PayslipLinesModel::Employee, 10},
                        {PayslipLinesModel::EmployerRate, 12},
                        {PayslipLinesModel::Employer, 11}});
}

void PayslipView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayslipView::retranslate()
{
    m_names.value(u"gross"_s)->setText(tr("Gross pay"));
    m_names.value(u"employeeTotal"_s)->setText(tr("Employee contributions"));
    m_names.value(u"netBeforeTax"_s)->setText(tr("Net before income tax"));
    m_names.value(u"netTaxable"_s)->setText(tr("Net taxable"));
    m_names.value(u"netSocial"_s)->setText(tr("Net social amount"));
    m_names.value(u"employerContributions"_s)->setText(tr("Employer contributions"));
    //: The general reduction of employer contributions (réduction générale dégressive unique)
    m_names.value(u"rgdu"_s)->setText(tr("RGDU"));
    m_names.value(u"employerTotal"_s)->setText(tr("Employer total after RGDU"));
    m_names.value(u"employerCost"_s)->setText(tr("Employer cost"));
    m_view->setAccessibleName(tr("Payslip lines"));
    if (m_emptyText.isEmpty())
        m_empty->setText(tr("No payslip to show."));
    sizeColumns();
}

} // namespace coop::ui
