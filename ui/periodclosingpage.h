#pragma once

#include "formdialog.h"

#include "core/storage/ledgerrepository.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// Who closes or reopens, as recorded: the local account's name (the desktop has no user accounts
// yet), else "this computer".
QString ledgerUserName();

// "Close until…": the last day to close, after the one closed now; the dialog says what closing
// locks, for the date chosen, and closes when accepted.
class ClosePeriodDialog : public FormDialog
{
    Q_OBJECT
public:
    ClosePeriodDialog(Store &store, std::optional<QDate> closedUntil, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_dateEdit; }
    QDate until() const { return m_until; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    void describe();

    LedgerRepository m_repository;
    std::optional<QDate> m_closedUntil;
    QDate m_until;
    QDateEdit *m_dateEdit = nullptr;
};

// "Reopen…": moves the closing back to an earlier day (or to nothing closed), for the admin
// only; the reason is required and recorded with the event.
class ReopenPeriodDialog : public FormDialog
{
    Q_OBJECT
public:
    ReopenPeriodDialog(Store &store, QDate closedUntil, LedgerRole role,
                       QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_dateEdit; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    LedgerRepository m_repository;
    QDate m_closedUntil;
    LedgerRole m_role;
    QDate m_until;
    QString m_reasonText;
    QDateEdit *m_dateEdit = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

// The period closing page (issue 7 §3 and §5): the day up to which entries are closed, "Close
// until…", "Reopen…" (the admin only: the role is the page's, setRole()), and the history of the
// closings and reopenings, latest first.
class PeriodClosingPage : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodClosingPage(QWidget *parent = nullptr);
    ~PeriodClosingPage() override;

    void setStore(Store *store);
    // The person's role; a stand-alone store's holder is its admin (the default).
    void setRole(LedgerRole role);
    LedgerRole role() const { return m_role; }
    void refresh();

    std::optional<QDate> closedUntil() const { return m_closedUntil; }
    QString statusText() const;
    QPushButton *closeButton() const { return m_close; }
    QPushButton *reopenButton() const { return m_reopen; }
    QTableWidget *history() const { return m_history; }

    // Open the dialogs (window-modal; the page refreshes when one is accepted) and return them.
    ClosePeriodDialog *requestClose();
    ReopenPeriodDialog *requestReopen();

Q_SIGNALS:
    // A closing or a reopening was recorded.
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Store *m_store = nullptr;
    LedgerRole m_role = LedgerRole::Admin;
    std::optional<QDate> m_closedUntil;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace coop::ui
