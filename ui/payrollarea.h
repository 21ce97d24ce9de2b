#pragma once

#include <QWidget>

class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class PayrollRunPage;
class PayrollSimulator;

// The "Payroll" area of the main window: two tabs, the salary simulator and the month's run.
class PayrollArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { Simulator, Run };

    explicit PayrollArea(QWidget *parent = nullptr);
    ~PayrollArea() override;

    void setStore(Store *store);

    View currentView() const;
    void showSimulator();
    void showRun();

    PayrollSimulator *simulator() const { return m_simulator; }
    PayrollRunPage *runPage() const { return m_run; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs = nullptr;
    QWidget *m_simulatorTab = nullptr;
    QWidget *m_runTab = nullptr;
    PayrollSimulator *m_simulator = nullptr;
    PayrollRunPage *m_run = nullptr;
};

} // namespace coop::ui
