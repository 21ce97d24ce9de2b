#include "accountingarea.h"

#include "accountingexportdialog.h"
#include "journalpage.h"
#include "periodclosingpage.h"
#include "trialbalancepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace coop::ui {

AccountingArea::AccountingArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"accountingArea"_s);
    m_journal = new JournalPage(this);
    m_balance = new TrialBalancePage(this);
    m_closing = new PeriodClosingPage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"accountingTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_journal, QString());
    m_tabs->addTab(m_balance, QString());
    m_tabs->addTab(m_closing, QString());

    auto *corner = new QWidget(this);
    m_fec = new QPushButton(corner);
    m_fec->setObjectName(u"fecExport"_s);
    m_csv = new QPushButton(corner);
    m_csv->setObjectName(u"csvExport"_s);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 2);
    cornerLayout->addWidget(m_csv);
    cornerLayout->addWidget(m_fec);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            loadCurrent();
    });
    connect(m_fec, &QPushButton::clicked, this, [this] { openFecExport(); });
    connect(m_csv, &QPushButton::clicked, this, [this] { openCsvExport(); });
    // A closing changes nothing in the lines, but the balance and the journal are read again
    // when next shown so that they never show an older state.
    connect(m_closing, &PeriodClosingPage::periodChanged, this, [this] {
        m_journalLoaded = m_balanceLoaded = false;
    });
    retranslate();
    m_fec->setEnabled(false);
    m_csv->setEnabled(false);
}

AccountingArea::~AccountingArea() = default;

void AccountingArea::setStore(Store *store)
{
    m_store = store;
    m_journalLoaded = m_balanceLoaded = m_closingLoaded = false;
    m_fec->setEnabled(store != nullptr);
    m_csv->setEnabled(store != nullptr);
    if (!store) {
        m_journal->setStore(nullptr);
        m_balance->setStore(nullptr);
        m_closing->setStore(nullptr);
        m_journalLoaded = m_balanceLoaded = m_closingLoaded = true;
        return;
    }
    if (isVisible())
        loadCurrent();
}

void AccountingArea::setRole(LedgerRole role)
{
    m_closing->setRole(role);
}

void AccountingArea::loadCurrent()
{
    switch (currentView()) {
    case View::Journal:
        if (!std::exchange(m_journalLoaded, true))
            m_journal->setStore(m_store);
        break;
    case View::Balance:
        if (!std::exchange(m_balanceLoaded, true))
            m_balance->setStore(m_store);
        break;
    case View::Closing:
        if (!std::exchange(m_closingLoaded, true))
            m_closing->setStore(m_store);
        break;
    }
}

void AccountingArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrent();
}

AccountingArea::View AccountingArea::currentView() const
{
    if (m_tabs->currentWidget() == m_balance)
        return View::Balance;
    if (m_tabs->currentWidget() == m_closing)
        return View::Closing;
    return View::Journal;
}

void AccountingArea::showView(View view)
{
    switch (view) {
    case View::Journal:
        m_tabs->setCurrentWidget(m_journal);
        break;
    case View::Balance:
        m_tabs->setCurrentWidget(m_balance);
        break;
    case View::Closing:
        m_tabs->setCurrentWidget(m_closing);
        break;
    }
}

FecExportDialog *AccountingArea::openFecExport()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new FecExportDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CsvExportDialog *AccountingArea::openCsvExport()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new CsvExportDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AccountingArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountingArea::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_journal), tr("&Journal"));
    m_tabs->setTabText(m_tabs->indexOf(m_balance), tr("Trial &balance"));
    m_tabs->setTabText(m_tabs->indexOf(m_closing), tr("Period c&losing"));
    //: Opens the export of the entries for the chartered accountant
    m_csv->setText(tr("Accountant's CS&V…"));
    m_fec->setText(tr("&FEC…"));
    m_fec->setToolTip(tr("The fichier des écritures comptables of a fiscal year"));
}

} // namespace coop::ui
