#include "periodclosingpage.h"

#include "format.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/error.h"
#include "core/storage/store.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

QString ledgerUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? ClosePeriodDialog::tr("this computer") : name;
}

// ---- Close ---------------------------------------------------------------------------------

ClosePeriodDialog::ClosePeriodDialog(Store &store, std::optional<QDate> closedUntil,
                                     QWidget *parent)
    : FormDialog(parent), m_repository(store), m_closedUntil(closedUntil)
{
    setObjectName(u"closePeriodDialog"_s);
    setOkText(tr("Close the period"));
    m_dateEdit = newDateEdit(this);
    m_dateEdit->setObjectName(u"closeUntil"_s);
    // The end of last month: what is usually closed next.
    const QDate today = businessToday();
    QDate proposed = QDate(today.year(), today.month(), 1).addDays(-1);
    if (m_closedUntil && proposed <= *m_closedUntil)
        proposed = m_closedUntil->addMonths(1);
    m_dateEdit->setDate(proposed);
    auto *form = newForm();
    addRow(form, tr("Close &until:"), u"until"_s, m_dateEdit);
    content()->addLayout(form);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ClosePeriodDialog::describe);
    describe();
    startWatching();
}

void ClosePeriodDialog::describe()
{
    const QDate until = dateOf(m_dateEdit);
    const QString from = m_closedUntil ? formatDate(m_closedUntil->addDays(1)) : QString();
    //: The close dialog's explanation; %1 is the last day closed
    QString text = tr("No entry dated on or before %1 can be written afterwards: invoices, credit "
                      "notes, payments, expense reports, payroll runs and allocations dated then "
                      "are refused, and the entries already there stay as they are. Only an "
                      "administrator can reopen the period, with a reason that is recorded.")
                       .arg(formatDate(until));
    if (!from.isEmpty())
        //: Added to the close dialog's explanation; %1 is the first day not yet closed
        text += u"\n"_s + tr("The days from %1 are closed by this.").arg(from);
    setTitle(tr("Close the accounts until %1").arg(formatDate(until)), text);
}

ValidationErrors ClosePeriodDialog::check()
{
    ValidationErrors errors;
    m_until = dateOf(m_dateEdit);
    if (!m_until.isValid())
        errors.append(Error(ErrorCode::InvalidArgument, tr("Choose the last day to close."),
                            u"until"_s));
    else if (m_closedUntil && m_until <= *m_closedUntil)
        errors.append(Error(ErrorCode::InvalidArgument,
                            //: %1 is the last day closed now
                            tr("The accounts are already closed until %1: choose a later day.")
                                .arg(formatDate(*m_closedUntil)),
                            u"until"_s));
    return errors;
}

Result<void> ClosePeriodDialog::save()
{
    Result<void> closed = m_repository.closeUntil(m_until, ledgerUserName());
    if (!closed && keyFor(closed.error().where()).isEmpty()
        && closed.error().code() != ErrorCode::Database)
        return fail(atField(closed.error(), u"until"_s));
    return closed;
}

// ---- Reopen --------------------------------------------------------------------------------

ReopenPeriodDialog::ReopenPeriodDialog(Store &store, QDate closedUntil, LedgerRole role,
                                       QWidget *parent)
    : FormDialog(parent), m_repository(store), m_closedUntil(closedUntil), m_role(role)
{
    setObjectName(u"reopenPeriodDialog"_s);
    //: %1 is the last day closed now
    setTitle(tr("Reopen the accounts closed until %1").arg(formatDate(closedUntil)),
             tr("Entries dated after the day you choose can be written again. Leave the date "
                "empty to reopen everything. The reopening is recorded with its reason."));
    setOkText(tr("Reopen"));
    m_dateEdit = newDateEdit(this, true);
    m_dateEdit->setObjectName(u"reopenUntil"_s);
    // The month before the closed one, by default.
    const QDate previous = QDate(closedUntil.year(), closedUntil.month(), 1).addDays(-1);
    setDateOf(m_dateEdit, previous);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reopenReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. a supplier invoice of March received late"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    auto *form = newForm();
    addRow(form, tr("Keep closed &until:"), u"until"_s, m_dateEdit);
    addRow(form, tr("&Reason:"), u"reason"_s, m_reason);
    content()->addLayout(form);
    startWatching();
    m_reason->setFocus();
}

ValidationErrors ReopenPeriodDialog::check()
{
    ValidationErrors errors;
    m_until = dateOf(m_dateEdit);
    m_reasonText = m_reason->toPlainText().trimmed();
    if (m_until.isValid() && m_until >= m_closedUntil)
        errors.append(Error(ErrorCode::InvalidArgument,
                            tr("Choose a day before %1, or none to reopen everything.")
                                .arg(formatDate(m_closedUntil)),
                            u"until"_s));
    if (m_reasonText.isEmpty())
        errors.append(Error(ErrorCode::InvalidArgument,
                            tr("Say why the period is reopened: the reason is recorded."),
                            u"reason"_s));
    return errors;
}

Result<void> ReopenPeriodDialog::save()
{
    return m_repository.reopen(m_until, m_role, ledgerUserName(), m_reasonText);
}

// ---- Page ----------------------------------------------------------------------------------

namespace {

enum HistoryColumn { At, Action, Until, By, Reason, HistoryColumnCount };

} // namespace

PeriodClosingPage::PeriodClosingPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"periodClosingPage"_s);
    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.15);
    m_status = new QLabel(this);
    m_status->setObjectName(u"closedUntil"_s);
    m_status->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    theme::markAsHint(m_explanation);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeButton"_s);
    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(u"reopenButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"closingMessage"_s);
    m_message->setWordWrap(true);
    theme::markAsError(m_message);
    m_message->hide();

    m_historyTitle = new QLabel(this);
    theme::markAsHeading(m_historyTitle, 1.05);
    m_history = new QTableWidget(0, HistoryColumnCount, this);
    m_history->setObjectName(u"periodHistory"_s);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    m_history->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);

    connect(m_close, &QPushButton::clicked, this, [this] { requestClose(); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { requestReopen(); });
    retranslate();
}

PeriodClosingPage::~PeriodClosingPage() = default;

void PeriodClosingPage::setStore(Store *store)
{
    m_store = store;
    refresh();
}

void PeriodClosingPage::setRole(LedgerRole role)
{
    m_role = role;
    refresh();
}

QString PeriodClosingPage::statusText() const
{
    return m_status->text();
}

void PeriodClosingPage::refresh()
{
    m_message->hide();
    m_history->setRowCount(0);
    m_closedUntil.reset();
    m_close->setEnabled(m_store != nullptr);
    m_reopen->setEnabled(false);
    if (!m_store) {
        m_status->clear();
        return;
    }
    LedgerRepository ledger(*m_store);
    const Result<std::optional<QDate>> closed = ledger.closedUntil();
    if (!closed) {
        m_message->setText(closed.error().message());
        m_message->show();
        m_status->clear();
        return;
    }
    m_closedUntil = *closed;
    m_status->setText(m_closedUntil
                          //: %1 is the last day closed
                          ? tr("The accounts are closed until %1, that day included.")
                                .arg(formatLongDate(*m_closedUntil))
                          : tr("No period is closed: entries can be written on any date."));
    const bool admin = m_role == LedgerRole::Admin;
    m_reopen->setEnabled(m_closedUntil.has_value() && admin);
    m_reopen->setToolTip(admin ? QString() : tr("Only an administrator can reopen a period."));

    const Result<QList<PeriodEvent>> events = ledger.periodEvents();
    if (!events) {
        m_message->setText(events.error().message());
        m_message->show();
        return;
    }
    // The repository lists them as recorded; the latest is shown first.
    QList<PeriodEvent> latestFirst = *events;
    std::reverse(latestFirst.begin(), latestFirst.end());
    m_history->setRowCount(int(latestFirst.size()));
    for (int row = 0; row < latestFirst.size(); ++row) {
        const PeriodEvent &event = latestFirst.at(row);
        const QDateTime local = event.at.toLocalTime();
        const auto set = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_history->setItem(row, column, item);
        };
        set(At, formatDate(local.date()) + u' ' + local.time().toString(u"HH:mm"_s));
        set(Action, event.action == u"close"_s
                        //: In the closing history: the period was closed
                        ? tr("Closed")
                        //: In the closing history: the period was reopened
                        : tr("Reopened"));
        set(Until, event.until.isValid() ? formatDate(event.until) : tr("nothing closed"));
        set(By, event.by);
        set(Reason, event.reason);
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
}

ClosePeriodDialog *PeriodClosingPage::requestClose()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new ClosePeriodDialog(*m_store, m_closedUntil, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT periodChanged();
    });
    dialog->open();
    return dialog;
}

ReopenPeriodDialog *PeriodClosingPage::requestReopen()
{
    if (!m_store || !m_closedUntil)
        return nullptr;
    if (m_role != LedgerRole::Admin) {
        m_message->setText(tr("Only an administrator can reopen a period."));
        m_message->show();
        return nullptr;
    }
    auto *dialog = new ReopenPeriodDialog(*m_store, *m_closedUntil, m_role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT periodChanged();
    });
    dialog->open();
    return dialog;
}

void PeriodClosingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PeriodClosingPage::retranslate()
{
    m_title->setText(tr("Period closing"));
    m_explanation->setText(tr("Closing a period locks it: no entry dated in it can be written "
                              "afterwards. Close a month once its documents, payments and payroll "
                              "are all validated."));
    m_close->setText(tr("&Close until…"));
    m_reopen->setText(tr("&Reopen…"));
    m_historyTitle->setText(tr("History"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Action"),
                                          //: History column: the day closed after the event
                                          tr("Closed until"), tr("By"), tr("Reason")});
}

} // namespace coop::ui
