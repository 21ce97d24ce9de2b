#pragma once

#include "core/storage/ledgerrepository.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

class CsvExportDialog;
class FecExportDialog;
class JournalPage;
class PeriodClosingPage;
class TrialBalancePage;

// The "Accounting" area of the main window (issue 7 §5): three tabs, the journal browser, the
// trial balance (with the general ledger) and the period closing, and the two exports (the FEC,
// the accountant's CSV) from buttons beside the tabs.
class AccountingArea : public QWidget
{
    Q_OBJECT
public:
    enum class View { Journal, Balance, Closing };

    explicit AccountingArea(QWidget *parent = nullptr);
    ~AccountingArea() override;

    // The pages read the store when first shown after this, not before. Without a store they
    // are cleared at once.
    void setStore(Store *store);
    // The person's role (reopening a period is the admin's); a stand-alone store's holder is its
    // admin, the default.
    void setRole(LedgerRole role);

    View currentView() const;
    void showView(View view);

    // Open the export dialogs (window-modal) and return them; null without a store.
    FecExportDialog *openFecExport();
    CsvExportDialog *openCsvExport();

    JournalPage *journalPage() const { return m_journal; }
    TrialBalancePage *balancePage() const { return m_balance; }
    PeriodClosingPage *closingPage() const { return m_closing; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void loadCurrent();

    QTabWidget *m_tabs = nullptr;
    JournalPage *m_journal = nullptr;
    TrialBalancePage *m_balance = nullptr;
    PeriodClosingPage *m_closing = nullptr;
    QPushButton *m_fec = nullptr;
    QPushButton *m_csv = nullptr;
    Store *m_store = nullptr;
    bool m_journalLoaded = false;
    bool m_balanceLoaded = false;
    bool m_closingLoaded = false;
};

} // namespace coop::ui
