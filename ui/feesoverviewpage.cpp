#include "feesoverviewpage.h"

#include "feesaccountsmodel.h"
#include "format.h"

#include "core/businessday.h"
#include "core/error.h"
#include "core/storage/accountrepository.h"
#include "core/storage/store.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// "-1234,56": what a French spreadsheet reads as a number.
QString csvAmount(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u','
           + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString csvText(const QString &text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

FeesOverviewPage::FeesOverviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"feesOverviewPage"_s);
    m_model = new FeesAccountsModel(this);
    m_proxy = new FeesAccountsProxy(this);
    m_proxy->setSourceModel(m_model);

    m_dateLabel = new QLabel(this);
    m_date = new QDateEdit(businessToday(), this);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_dateLabel->setBuddy(m_date);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCsv"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setObjectName(u"accounts"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FeesAccountsModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(FeesAccountsModel::Activity,
                                                      QHeaderView::Stretch);

    m_total = new QLabel(this);
    m_total->setObjectName(u"total"_s);
    m_total->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);

    connect(m_date, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        updateTotal();
    });
    connect(m_export, &QPushButton::clicked, this, [this] { chooseExportFile(); });
    retranslate();
}

FeesOverviewPage::~FeesOverviewPage() = default;

void FeesOverviewPage::setStore(Store *store)
{
    m_store = store;
    refresh();
}

void FeesOverviewPage::setScope(const UserScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_store)
        refresh();
}

void FeesOverviewPage::setDate(QDate date)
{
    m_date->setDate(date);
}

QDate FeesOverviewPage::date() const
{
    return m_date->date();
}

void FeesOverviewPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString FeesOverviewPage::totalText() const
{
    return m_total->text();
}

QString FeesOverviewPage::message() const
{
    return m_message->text();
}

void FeesOverviewPage::refresh()
{
    m_message->clear();
    m_message->hide();
    if (!m_store) {
        m_model->setAccounts({});
        updateTotal();
        return;
    }
    Result<QList<EntrepreneurAccount>> accounts = AccountRepository(*m_store).accounts(date());
    if (!accounts) {
        m_model->setAccounts({});
        m_message->setText(accounts.error().message());
        m_message->show();
    } else {
        accounts->removeIf([this](const EntrepreneurAccount &account) {
            return !m_scope.sees(account.activityId);
        });
        m_model->setAccounts(std::move(*accounts));
    }
    fitColumns(m_view, {{FeesAccountsModel::Code, 7},
                        {FeesAccountsModel::Invoiced, 13},
                        {FeesAccountsModel::Collected, 13},
                        {FeesAccountsModel::Contribution, 12},
                        {FeesAccountsModel::SharedCosts, 11},
                        {FeesAccountsModel::Salaries, 13},
                        {FeesAccountsModel::Result, 13},
                        {FeesAccountsModel::Treasury, 13},
                        {FeesAccountsModel::EnvelopeGross, 13}});
    // Amounts are never elided: their columns take the width of their widest figure.
    for (int column = FeesAccountsModel::Invoiced; column < FeesAccountsModel::ColumnCount;
         ++column) {
        m_view->resizeColumnToContents(column);
    }
    updateTotal();
}

void FeesOverviewPage::updateTotal()
{
    Money invoiced;
    Money collected;
    Money contribution;
    Money result;
    Money treasury;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const EntrepreneurAccount &account =
            m_model->accounts().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        invoiced += account.turnoverInvoiced;
        collected += account.turnoverCollected;
        contribution += account.contribution;
        result += account.result;
        treasury += account.treasury;
    }
    //: Under the overview: the totals of the activities shown
    m_total->setText(tr("%n activities: invoiced %1, collected %2, contribution %3, result %4, "
                        "treasury %5", nullptr, m_proxy->rowCount())
                         .arg(formatMoney(invoiced), formatMoney(collected),
                              formatMoney(contribution), formatMoney(result),
                              formatMoney(treasury)));
}

QByteArray FeesOverviewPage::csv() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < FeesAccountsModel::ColumnCount; ++column)
        header.append(csvText(m_model->headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(u';'));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const EntrepreneurAccount &account =
            m_model->accounts().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        QStringList fields = {csvText(account.activityCode), csvText(account.activityName)};
        for (int column = FeesAccountsModel::Invoiced; column < FeesAccountsModel::ColumnCount;
             ++column)
            fields.append(csvAmount(FeesAccountsModel::amount(account, column).cents()));
        lines.append(fields.join(u';'));
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Result<void> FeesOverviewPage::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    file.write(csv());
    if (!file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

void FeesOverviewPage::chooseExportFile()
{
    //: The proposed file name of the overview's export; %1 is the date
    const QString name = tr("accounts-%1.csv").arg(date().toString(u"yyyy-MM-dd"_s));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the overview"), name,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<void> written = exportCsv(path);
    m_message->setText(written ? tr("Exported to %1.").arg(path) : written.error().message());
    m_message->show();
}

void FeesOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTotal();
    }
    QWidget::changeEvent(event);
}

void FeesOverviewPage::retranslate()
{
    m_dateLabel->setText(tr("On &date:"));
    m_search->setPlaceholderText(tr("Search an activity by code or name"));
    m_export->setText(tr("&Export CSV…"));
}

} // namespace coop::ui
