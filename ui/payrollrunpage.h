#pragma once

#include "core/payrollrun.h"
#include "core/result.h"
#include "core/storage/payrollrepository.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class PayrollJournalModel;
class PayrollRunsModel;
class PayrollSlipsFilter;
class PayrollSlipsModel;
class PayslipView;

// The month's payroll run (issue 5 §4-5): a month (last month by default), the runs stored so far,
// "Compute the month" (PayrollRepository::run; replacing a draft asks first, a closed month is
// refused with the store's reason), "Close the month" (asks first) and the payroll firm's CSV. The
// run's slips (sortable, searched by name), the payslip of the selected one, and the run's
// journal lines with their totals. Computing a large cooperative takes seconds: the page says so
// and shows a busy cursor meanwhile.
class PayrollRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit PayrollRunPage(QWidget *parent = nullptr);
    ~PayrollRunPage() override;

    void setStore(Store *store);
    // Reads the runs and the chosen month's run again.
    void reload();

    // "2026-03".
    QString month() const;
    void setMonth(const QString &month);

    // Asks before replacing a draft (replaceConfirmation()), then computes; computes at once when
    // the month has no run, and shows the store's refusal when it is closed.
    void requestCompute();
    // Computes and stores the month now; false when refused (the reason is shown).
    bool computeNow();
    // Asks (closeConfirmation()), then closes.
    void requestClose();
    bool closeNow();
    // Asks for a file (QFileDialog), then exportCsv().
    void requestExport();
    // Writes the run's CSV (payrollRunCsv) to `path`; false (and the reason shown) on failure.
    bool exportCsv(const QString &path);

    // The run shown (the chosen month's, as stored), none when the month was never computed.
    const std::optional<PayrollRun> &run() const { return m_run; }
    // The last message of the page (a refusal, an export written…), empty when none.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }
    // Selects the slip of an entrepreneur in the list (and shows its payslip).
    bool selectSlip(const QString &entrepreneurId);
    QString currentSlipId() const;

    PayrollRunsModel *runsModel() const { return m_runsModel; }
    PayrollSlipsModel *slipsModel() const { return m_slipsModel; }
    PayrollSlipsFilter *slipsFilter() const { return m_slipsFilter; }
    PayrollJournalModel *journalModel() const { return m_journalModel; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *slipsView() const { return m_slipsView; }
    QTableView *journalView() const { return m_journalView; }
    PayslipView *payslipView() const { return m_payslipView; }
    QTabWidget *detailTabs() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *journalBalanceLabel() const { return m_balance; }
    QMessageBox *replaceConfirmation() const { return m_replaceConfirmation; }
    QMessageBox *closeConfirmation() const { return m_closeConfirmation; }
    // How long the last computation took, -1 before the first.
    qint64 lastComputeMilliseconds() const { return m_computeMs; }

Q_SIGNALS:
    void runChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sizeColumns();
    void loadMonth();
    void showRun();
    void showSelectedSlip();
    void setMessage(const QString &text, bool error);
    void updateButtons();
    std::optional<PayrollRunSummary> summaryOf(const QString &month) const;

    Store *m_store = nullptr;
    bool m_stale = true;
    std::optional<PayrollRun> m_run;
    std::optional<PayrollRunSummary> m_summary;
    bool m_messageIsError = false;
    qint64 m_computeMs = -1;

    QLabel *m_title = nullptr;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_runsTitle = nullptr;
    PayrollRunsModel *m_runsModel = nullptr;
    QTableView *m_runsView = nullptr;
    QLabel *m_runSummary = nullptr;
    QLineEdit *m_search = nullptr;
    PayrollSlipsModel *m_slipsModel = nullptr;
    PayrollSlipsFilter *m_slipsFilter = nullptr;
    QTableView *m_slipsView = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_details = nullptr;
    PayslipView *m_payslipView = nullptr;
    PayrollJournalModel *m_journalModel = nullptr;
    QTableView *m_journalView = nullptr;
    QLabel *m_balance = nullptr;
    QPointer<QMessageBox> m_replaceConfirmation;
    QPointer<QMessageBox> m_closeConfirmation;
};

} // namespace coop::ui
