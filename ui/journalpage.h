#pragma once

#include "core/storage/ledgerrepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace coop {
class Store;
}

namespace coop::ui {

class LedgerModel;

// The journal browser (issue 7 §5): every posted line in validation order, read a page at a
// time, filtered by journal, account prefix, analytic code (an activity's, or the cooperative's
// own), period and a search in the piece and the label (as one types, after a short pause).
// Under the list: how many lines match and their debit and credit totals. The totals are those of
// every matching line when there are at most kFullTotalsLimit of them (one more reading of the
// lines); above that, those of the lines read so far, and the text says so.
class JournalPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kFullTotalsLimit = 20'000;
    // The analytic filter's value for "every code".
    static inline const QString kAllCodes = QString();

    explicit JournalPage(QWidget *parent = nullptr);
    ~JournalPage() override;

    // Fills the journal and analytic lists from the store and reads the first page.
    void setStore(Store *store);

    // The filters, as the fields hold them.
    LedgerFilter filter() const;
    void setJournal(const QString &code);        // "" for all
    void setAnalyticCode(const QString &code);   // "" for all
    void setAccountPrefix(const QString &prefix);
    void setPeriod(QDate from, QDate to);        // null dates: open
    void setSearch(const QString &text);         // applied at once
    // The analytic codes offered, in order ("" first for all, then the cooperative's, then the
    // activities').
    QStringList analyticCodes() const;

    LedgerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString countText() const;
    QString totalsText() const;
    // The totals shown under the list, and whether they cover every matching line.
    Money shownDebit() const { return m_debit; }
    Money shownCredit() const { return m_credit; }
    bool totalsAreComplete() const { return m_complete; }

    // Reads the list again (after a posting or a closing elsewhere).
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLists();
    void applyFilters();
    void updateSummary();
    void updateLoadedTotals();
    void retranslate();

    Store *m_store = nullptr;
    LedgerModel *m_model = nullptr;
    QLabel *m_journalLabel = nullptr;
    QComboBox *m_journal = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_analyticLabel = nullptr;
    QComboBox *m_analytic = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_matching = 0;
    Money m_debit;
    Money m_credit;
    bool m_complete = true;
    bool m_filling = false;
};

} // namespace coop::ui
