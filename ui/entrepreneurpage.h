#pragma once

#include "formdialog.h"

#include "core/activity.h"
#include "core/alerts.h"
#include "core/contract.h"
#include "core/entrepreneur.h"
#include "core/result.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QTableView;
class QToolButton;

namespace coop {
class Store;
}

namespace coop::ui {

class ContractEventsModel;
class InterviewsModel;
class TimelineWidget;

// One entrepreneur: identity, activity, the contract timeline (CAPE periods → CESA and its
// amendments → associate → exit) drawn and listed with dates, the terms in force today, the
// alerts, the interviews, and the actions of each stage (edit, new or renewed CAPE, CESA,
// amendment, associate, exit, contract PDF). Actions open their dialog; what is saved is read
// back from the store and shown, and changed() tells the list.
class EntrepreneurPage : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Back, Edit, AddInterview, NewCape, RenewCape, SignCesa, Amendment,
                        Associate, Exit, PrintContract };

    explicit EntrepreneurPage(QWidget *parent = nullptr);
    ~EntrepreneurPage() override;

    void setStore(Store *store);
    // Reads and shows the person; false (with the reason on the page) when they cannot be read.
    bool showEntrepreneur(const QString &id);
    // Reads the shown person again.
    void refresh();
    // Puts the keyboard on the first action (Edit), so that the page's shortcuts and Tab work.
    void focusActions();

    QString entrepreneurId() const { return m_entrepreneur.id; }
    const Entrepreneur &entrepreneur() const { return m_entrepreneur; }
    const QList<Contract> &contracts() const { return m_contracts; }
    ContractStatus status() const { return m_status; }
    const QList<Alert> &alerts() const { return m_alerts; }
    QAction *action(Action action) const;
    TimelineWidget *timeline() const { return m_timeline; }
    ContractEventsModel *eventsModel() const { return m_events; }
    InterviewsModel *interviewsModel() const { return m_interviews; }
    // The dialog an action opened, while it is open.
    FormDialog *openDialog() const { return m_dialog; }

    // Writes the contract of the person's latest CESA to `path` as a PDF.
    Result<void> printContract(const QString &path);

Q_SIGNALS:
    void backRequested();
    // Something of the person was saved.
    void changed(const QString &entrepreneurId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void render();
    void renderIdentity();
    void renderTerms();
    void updateActions();
    void run(Action action);
    void openDialog(FormDialog *dialog);
    void askAndPrint();
    std::optional<Contract> openCape() const;
    std::optional<Contract> openCesa() const;
    std::optional<Contract> lastCesa() const;
    void setNotice(const QString &text, bool error);

    Store *m_store = nullptr;
    QDate m_today;
    Entrepreneur m_entrepreneur;
    std::optional<Activity> m_activity;
    QList<Contract> m_contracts;
    QList<Alert> m_alerts;
    ContractStatus m_status = ContractStatus::None;
    QPointer<FormDialog> m_dialog;

    QList<QAction *> m_actions;
    QList<QToolButton *> m_buttons;

    QLabel *m_name = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_activityLine = nullptr;
    QLabel *m_notice = nullptr;

    QLabel *m_identityTitle = nullptr;
    QFormLayout *m_identity = nullptr;
    QLabel *m_termsTitle = nullptr;
    QFormLayout *m_terms = nullptr;
    QLabel *m_noTerms = nullptr;
    QLabel *m_alertsTitle = nullptr;
    QLabel *m_alertsText = nullptr;
    QLabel *m_contractsTitle = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTableView *m_eventsView = nullptr;
    ContractEventsModel *m_events = nullptr;
    QLabel *m_interviewsTitle = nullptr;
    QLabel *m_interviewsSummary = nullptr;
    QToolButton *m_addInterview = nullptr;
    QTableView *m_interviewsView = nullptr;
    InterviewsModel *m_interviews = nullptr;
};

} // namespace coop::ui
