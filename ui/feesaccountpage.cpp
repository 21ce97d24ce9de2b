#include "feesaccountpage.h"

#include "format.h"

#include "core/businessday.h"
#include "core/storage/store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// The figures in their two columns: what the activity earned and spent, then its cash.
const QStringList kLeftFigures = {u"turnoverInvoiced"_s, u"turnoverCollected"_s, u"expenses"_s,
                                  u"contribution"_s, u"allocatedCosts"_s, u"salaryCost"_s,
                                  u"result"_s};
const QStringList kRightFigures = {u"treasury"_s,      u"treasuryReference"_s, u"salariesToPay"_s,
                                   u"expensesToPay"_s, u"receivables"_s,       u"treasuryFuture"_s};

Money figure(const EntrepreneurAccount &account, const QString &name)
{
    if (name == u"turnoverInvoiced")
        return account.turnoverInvoiced;
    if (name == u"turnoverCollected")
        return account.turnoverCollected;
    if (name == u"expenses")
        return account.expenses + account.purchases;
    if (name == u"contribution")
        return account.contribution;
    if (name == u"allocatedCosts")
        return account.allocatedCosts;
    if (name == u"salaryCost")
        return account.salaryCost;
    if (name == u"result")
        return account.result;
    if (name == u"treasury")
        return account.treasury;
    if (name == u"receivables")
        return account.receivables;
    if (name == u"treasuryReference")
        return account.treasuryReference;
    if (name == u"salariesToPay")
        return account.salariesToPay;
    if (name == u"expensesToPay")
        return account.expensesToPay;
    return account.treasuryFuture;
}

// Every charge of the activity but the contribution.
Money charges(const EntrepreneurAccount &account)
{
    return account.purchases + account.expenses + account.allocatedCosts + account.salaryCost;
}

// Euros for the charts only: they draw, they never compute.
double euros(Money amount)
{
    return static_cast<double>(amount.cents()) / 100.0;
}

} // namespace

FeesAccountPage::FeesAccountPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"feesAccountPage"_s);
    m_activity = new QComboBox(this);
    m_activity->setObjectName(u"activity"_s);
    m_activity->setMinimumContentsLength(28);
    m_date = new QDateEdit(businessToday(), this);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_activityLabel = new QLabel(this);
    m_activityLabel->setBuddy(m_activity);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_activityLabel);
    pickers->addWidget(m_activity);
    pickers->addSpacing(16);
    pickers->addWidget(m_dateLabel);
    pickers->addWidget(m_date);
    pickers->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    const auto addFigure = [this, figures](const QString &name, int row, int column) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_names.insert(name, caption);
        m_values.insert(name, value);
        figures->addWidget(caption, row, column * 2);
        figures->addWidget(value, row, column * 2 + 1);
    };
    for (int i = 0; i < kLeftFigures.size(); ++i)
        addFigure(kLeftFigures.at(i), i, 0);
    for (int i = 0; i < kRightFigures.size(); ++i)
        addFigure(kRightFigures.at(i), i, 1);
    figures->setColumnStretch(4, 1);
    QFont bold = m_values.value(u"result"_s)->font();
    bold.setBold(true);
    m_values.value(u"result"_s)->setFont(bold);
    m_values.value(u"treasury"_s)->setFont(bold);
    m_values.value(u"treasuryFuture"_s)->setFont(bold);

    m_envelope = new QLabel(this);
    m_envelope->setObjectName(u"envelope"_s);
    m_envelope->setWordWrap(true);
    QFont envelopeFont = m_envelope->font();
    envelopeFont.setPointSizeF(envelopeFont.pointSizeF() * 1.1);
    m_envelope->setFont(envelopeFont);

    auto *monthly = new QChart;
    monthly->setAnimationOptions(QChart::NoAnimation);
    monthly->legend()->setAlignment(Qt::AlignBottom);
    monthly->setMargins(QMargins(2, 2, 2, 2));
    m_bars = new QBarSeries;
    monthly->addSeries(m_bars);
    m_monthlyView = new QChartView(monthly, this);
    m_monthlyView->setObjectName(u"monthlyChart"_s);
    m_monthlyView->setRenderHint(QPainter::Antialiasing);
    m_monthlyView->setMinimumSize(360, 260);

    auto *treasury = new QChart;
    treasury->setAnimationOptions(QChart::NoAnimation);
    treasury->legend()->hide();
    treasury->setMargins(QMargins(2, 2, 2, 2));
    m_treasuryLine = new QLineSeries;
    m_treasuryLine->setPointsVisible(true);
    treasury->addSeries(m_treasuryLine);
    m_treasuryView = new QChartView(treasury, this);
    m_treasuryView->setObjectName(u"treasuryChart"_s);
    m_treasuryView->setRenderHint(QPainter::Antialiasing);
    m_treasuryView->setMinimumSize(360, 260);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_monthlyView, 1);
    charts->addWidget(m_treasuryView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_message);
    layout->addLayout(figures);
    layout->addWidget(m_envelope);
    layout->addLayout(charts, 1);

    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { refresh(); });
    retranslate();
}

FeesAccountPage::~FeesAccountPage() = default;

void FeesAccountPage::setStore(Store *store)
{
    m_store = store;
    loadActivities();
    refresh();
}

void FeesAccountPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_store) {
        loadActivities();
        refresh();
    }
}

void FeesAccountPage::loadActivities()
{
    const QSignalBlocker blocker(m_activity);
    const QString previous = activity();
    m_activity->clear();
    if (!m_store)
        return;
    const Result<QList<EntrepreneurAccount>> all = AccountRepository(*m_store).accounts(date());
    if (!all) {
        m_message->setText(all.error().message());
        m_message->show();
        return;
    }
    for (const EntrepreneurAccount &account : *all) {
        if (!m_scope.sees(account.activityId))
            continue;
        //: An activity in the picker: its analytic code, then its name
        m_activity->addItem(tr("%1 — %2").arg(account.activityCode, account.activityName),
                            account.activityCode);
    }
    const int index = m_activity->findData(previous);
    m_activity->setCurrentIndex(index >= 0 ? index : 0);
}

void FeesAccountPage::setActivity(const QString &code)
{
    const int index = m_activity->findData(code);
    if (index >= 0)
        m_activity->setCurrentIndex(index);
}

QString FeesAccountPage::activity() const
{
    return m_activity->currentData().toString();
}

void FeesAccountPage::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate FeesAccountPage::date() const
{
    return m_date->date();
}

QString FeesAccountPage::message() const
{
    return m_message->isVisible() || !m_account ? m_message->text() : QString();
}

QString FeesAccountPage::figureText(const QString &name) const
{
    const QLabel *label = m_values.value(name);
    return label ? label->text() : QString();
}

QString FeesAccountPage::envelopeText() const
{
    return m_envelope->text();
}

void FeesAccountPage::refresh()
{
    m_account.reset();
    m_message->clear();
    m_message->hide();
    if (!m_store || activity().isEmpty()) {
        clearFigures();
        showCharts({});
        if (m_store) {
            m_message->setText(m_scope.seesAll()
                                   ? tr("The cooperative has no activity yet.")
                                   : tr("Your activity is not on this computer yet: sync the "
                                        "store with the cooperative's server."));
            m_message->show();
        }
        return;
    }
    const AccountRepository repository(*m_store);
    Result<EntrepreneurAccount> account = repository.account(activity(), date());
    if (!account) {
        clearFigures();
        showCharts({});
        m_message->setText(account.error().message());
        m_message->show();
        return;
    }
    m_account = std::move(*account);
    showAccount();

    // The account at the end of each month of the fiscal year to the date (the last one at the
    // date itself): the bars are the differences between consecutive months.
    QList<EntrepreneurAccount> months;
    QDate month(m_account->from.year(), m_account->from.month(), 1);
    while (month <= m_account->at && months.size() < 12) {
        const QDate end = std::min(month.addMonths(1).addDays(-1), m_account->at);
        if (end == m_account->at) {
            months.append(*m_account);
        } else {
            Result<EntrepreneurAccount> at = repository.account(activity(), end);
            if (!at) {
                m_message->setText(at.error().message());
                m_message->show();
                break;
            }
            months.append(std::move(*at));
        }
        month = month.addMonths(1);
    }
    showCharts(months);
}

void FeesAccountPage::clearFigures()
{
    for (QLabel *label : std::as_const(m_values))
        label->clear();
    m_envelope->clear();
}

void FeesAccountPage::showAccount()
{
    const EntrepreneurAccount &account = *m_account;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        it.value()->setText(formatMoney(figure(account, it.key())));
    QLabel *contribution = m_values.value(u"contribution"_s);
    if (!account.contributionKnown) {
        contribution->setText(u"—"_s);
        contribution->setToolTip(tr("No contribution scale in the store"));
    } else {
        contribution->setToolTip(QString());
    }
    if (account.envelopePayslip) {
        m_envelope->setText(
            tr("Your activity can pay %1 of employer cost: a gross of %2, net before tax %3.")
                .arg(formatMoney(account.envelope), formatMoney(account.envelopePayslip->gross),
                     formatMoney(account.envelopePayslip->netBeforeTax)));
    } else if (account.envelope.isNegative() || account.envelope.isZero()) {
        // Say what stands in the way: what is still to pay, against the reference treasury.
        const Money stillToPay = account.salariesToPay + account.expensesToPay;
        if (stillToPay.isZero() || stillToPay.isNegative())
            m_envelope->setText(
                tr("Your activity cannot pay a salary this month: its treasury is %1.")
                    .arg(formatMoney(account.treasury)));
        else
            m_envelope->setText(
                tr("Your activity cannot pay another salary this month: its reference treasury "
                   "(%1) does not cover the salaries and expenses still to pay (%2).")
                    .arg(formatMoney(account.treasuryReference), formatMoney(stillToPay)));
    } else {
        m_envelope->setText(
            tr("Your activity's %1 do not cover the employer cost of a salary this month.")
                .arg(formatMoney(account.envelope)));
    }
}

void FeesAccountPage::showCharts(const QList<EntrepreneurAccount> &months)
{
    QChart *monthly = m_monthlyView->chart();
    QChart *treasury = m_treasuryView->chart();
    for (QChart *chart : {monthly, treasury}) {
        const QList<QAbstractAxis *> axes = chart->axes();
        for (QAbstractAxis *axis : axes) {
            chart->removeAxis(axis);
            delete axis;
        }
    }
    m_bars->clear();
    m_treasuryLine->clear();

    auto *invoiced = new QBarSet(tr("Turnover invoiced"));
    auto *charged = new QBarSet(tr("Charges"));
    auto *contributed = new QBarSet(tr("Contribution"));
    QStringList categories;
    double low = 0;
    double high = 0;
    double treasuryLow = 0;
    double treasuryHigh = 0;
    EntrepreneurAccount previous;  // zero before the fiscal year's first month
    const QLocale locale = displayLocale();
    for (qsizetype i = 0; i < months.size(); ++i) {
        const EntrepreneurAccount &month = months.at(i);
        const double values[] = {euros(month.turnoverInvoiced - previous.turnoverInvoiced),
                                 euros(charges(month) - charges(previous)),
                                 euros(month.contribution - previous.contribution)};
        invoiced->append(values[0]);
        charged->append(values[1]);
        contributed->append(values[2]);
        for (const double value : values) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
        const double cash = euros(month.treasury);
        m_treasuryLine->append(static_cast<double>(i), cash);
        treasuryLow = std::min(treasuryLow, cash);
        treasuryHigh = std::max(treasuryHigh, cash);
        // "févr" rather than "févr.": four letters fit under a bar group.
        QString name = locale.toString(month.at, u"MMM"_s);
        if (name.endsWith(u'.'))
            name.chop(1);
        categories.append(name);
        previous = month;
    }
    m_bars->append(invoiced);
    m_bars->append(charged);
    m_bars->append(contributed);

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(categories);
    QFont small = monthAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.72);
    monthAxis->setLabelsFont(small);
    monthly->addAxis(monthAxis, Qt::AlignBottom);
    m_bars->attachAxis(monthAxis);
    auto *amountAxis = new QValueAxis;
    // A month without any amount still gets a scale of whole euros (not 0, 0, 1, 1 for 0..1).
    amountAxis->setRange(low, high > low ? high : low + 1000);
    // The label format is read as Latin-1: the euro sign goes in the title.
    amountAxis->setLabelFormat(u"%.0f"_s);
    amountAxis->setTitleText(tr("€ excl. VAT"));
    amountAxis->applyNiceNumbers();
    monthly->addAxis(amountAxis, Qt::AlignLeft);
    m_bars->attachAxis(amountAxis);

    auto *treasuryMonths = new QBarCategoryAxis;
    treasuryMonths->append(categories);
    treasuryMonths->setLabelsFont(small);
    treasury->addAxis(treasuryMonths, Qt::AlignBottom);
    m_treasuryLine->attachAxis(treasuryMonths);
    auto *cashAxis = new QValueAxis;
    cashAxis->setRange(treasuryLow, treasuryHigh > treasuryLow ? treasuryHigh : treasuryLow + 1000);
    cashAxis->setLabelFormat(u"%.0f"_s);
    cashAxis->setTitleText(tr("€"));
    cashAxis->applyNiceNumbers();
    treasury->addAxis(cashAxis, Qt::AlignLeft);
    m_treasuryLine->attachAxis(cashAxis);
}

void FeesAccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_account) {
            showAccount();
            refresh();
        }
    }
    QWidget::changeEvent(event);
}

void FeesAccountPage::retranslate()
{
    m_activityLabel->setText(tr("&Activity:"));
    m_dateLabel->setText(tr("On &date:"));
    m_names.value(u"turnoverInvoiced"_s)->setText(tr("Turnover invoiced (excl. VAT)"));
    m_names.value(u"turnoverCollected"_s)->setText(tr("Turnover collected (excl. VAT)"));
    m_names.value(u"expenses"_s)->setText(tr("Purchases and expenses"));
    m_names.value(u"contribution"_s)->setText(tr("Cooperative contribution"));
    m_names.value(u"allocatedCosts"_s)->setText(tr("Shared costs"));
    m_names.value(u"salaryCost"_s)->setText(tr("Salaries and contributions"));
    m_names.value(u"result"_s)->setText(tr("Result"));
    m_names.value(u"treasury"_s)->setText(tr("Treasury today"));
    m_names.value(u"treasuryReference"_s)->setText(tr("Reference treasury"));
    m_names.value(u"salariesToPay"_s)->setText(tr("Salaries to pay"));
    m_names.value(u"expensesToPay"_s)->setText(tr("Expenses to reimburse"));
    m_names.value(u"receivables"_s)->setText(tr("Receivables"));
    m_names.value(u"treasuryFuture"_s)->setText(tr("Future treasury"));
    m_monthlyView->chart()->setTitle(tr("Month by month"));
    m_treasuryView->chart()->setTitle(tr("Treasury at the end of each month"));
}

} // namespace coop::ui
