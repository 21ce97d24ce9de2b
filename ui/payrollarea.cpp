#include "payrollarea.h"

#include "payrollrunpage.h"
#include "payrollsimulator.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

PayrollArea::PayrollArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"payrollArea"_s);
    m_simulator = new PayrollSimulator(this);
    m_run = new PayrollRunPage(this);
    // In a small window the pages scroll rather than widen it.
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        return scroll;
    };
    m_simulatorTab = scrolled(m_simulator);
    m_runTab = scrolled(m_run);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"payrollTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_simulatorTab, QString());
    m_tabs->addTab(m_runTab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

PayrollArea::~PayrollArea() = default;

void PayrollArea::setStore(Store *store)
{
    m_simulator->setStore(store);
    m_run->setStore(store);
}

PayrollArea::View PayrollArea::currentView() const
{
    return m_tabs->currentWidget() == m_runTab ? View::Run : View::Simulator;
}

void PayrollArea::showSimulator()
{
    m_tabs->setCurrentWidget(m_simulatorTab);
}

void PayrollArea::showRun()
{
    m_tabs->setCurrentWidget(m_runTab);
}

void PayrollArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayrollArea::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_simulatorTab), tr("&Simulator"));
    m_tabs->setTabText(m_tabs->indexOf(m_runTab), tr("Monthly &run"));
}

} // namespace coop::ui
