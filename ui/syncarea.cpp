#include "syncarea.h"

#include "format.h"
#include "syncworker.h"

#include "core/storage/keyenvelope.h"
#include "core/storage/store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QString lastSyncText(const QDateTime &when)
{
    if (!when.isValid())
        return SyncArea::tr("never");
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return displayLocale().toString(local.time(), QLocale::ShortFormat);
    return formatDate(local.date()) + u' ' + displayLocale().toString(local.time(), QLocale::ShortFormat);
}

// A value of the conflict inbox as text: strings as they are, the rest as JSON.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return SyncArea::tr("(none)");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? SyncArea::tr("yes") : SyncArea::tr("no");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

QString syncStateText(const SyncWorker &worker)
{
    switch (worker.state()) {
    case SyncWorker::State::SignedOut:
        return SyncArea::tr("Not signed in");
    case SyncWorker::State::Idle:
        return SyncArea::tr("Online");
    case SyncWorker::State::Syncing:
        return SyncArea::tr("Syncing…");
    case SyncWorker::State::Offline:
        return SyncArea::tr("Offline");
    case SyncWorker::State::Failed:
        return SyncArea::tr("Sync failed");
    }
    return {};
}

// --- SyncStatusButton -------------------------------------------------------------------------

SyncStatusButton::SyncStatusButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(u"syncStatus"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    refresh();
}

SyncWorker *SyncStatusButton::worker() const
{
    return m_worker;
}

void SyncStatusButton::setWorker(SyncWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    if (m_worker) {
        connect(m_worker, &SyncWorker::statusChanged, this, &SyncStatusButton::refresh);
        connect(m_worker, &SyncWorker::stateChanged, this, &SyncStatusButton::refresh);
    }
    refresh();
}

void SyncStatusButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

void SyncStatusButton::refresh()
{
    setAccessibleName(tr("Sync status"));
    if (!m_worker) {
        setText(QString());
        setToolTip(QString());
        setAccessibleDescription(QString());
        setVisible(false);
        return;
    }
    setVisible(true);
    const sync::SyncStatus &status = m_worker->status();
    QStringList parts{syncStateText(*m_worker)};
    //: In the status bar: operations waiting to be sent to the server
    parts.append(tr("%n pending", nullptr, static_cast<int>(status.pendingOperations)));
    //: In the status bar: when the last sync ended
    parts.append(tr("last sync %1").arg(lastSyncText(status.lastSync)));
    if (status.openConflicts > 0)
        parts.append(tr("%n conflict(s)", nullptr, static_cast<int>(status.openConflicts)));
    const QString text = parts.join(u" · "_s);
    setText(text);
    QString tip = status.signedIn ? tr("Signed in to %1 as %2.").arg(status.server, status.login)
                                  : tr("Not signed in to the cooperative's server.");
    if (!m_worker->lastError().isEmpty())
        tip += u'\n' + m_worker->lastError();
    tip += u'\n' + tr("Click to open the Sync area.");
    setToolTip(tip);
    setAccessibleDescription(text);
}

// --- SignInDialog -----------------------------------------------------------------------------

SignInDialog::SignInDialog(SyncWorker &worker, QWidget *parent) : QDialog(parent), m_worker(worker)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to the cooperative's server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your password is sent to the server once and never kept on this "
                                "computer; the store keeps a session that this device renews."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_formError = errorLabel(this, u"formError"_s);
    layout->addWidget(m_formError);

    auto *form = new QFormLayout;
    const auto addField = [this, form](QLineEdit *&edit, QLabel *&error, const QString &key,
                                       const QString &label) {
        edit = new QLineEdit(this);
        edit->setObjectName(key + u"Edit"_s);
        edit->setAccessibleName(QString(label).remove(u'&'));
        error = errorLabel(this, key + u"Error"_s);
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(error);
        form->addRow(label, box);
    };
    addField(m_server, m_serverError, u"server"_s, tr("&Server address:"));
    addField(m_login, m_loginError, u"login"_s, tr("&Login:"));
    addField(m_password, m_passwordError, u"password"_s, tr("&Password:"));
    addField(m_device, m_deviceError, u"device"_s, tr("&Device name:"));
    m_server->setPlaceholderText(u"https://coop.example.org"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_device->setText(QSysInfo::machineHostName());
    const sync::SyncStatus &status = worker.status();
    m_server->setText(status.server);
    m_login->setText(status.login);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign in"));
    m_ok->setObjectName(u"signInOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    connect(&m_worker, &SyncWorker::signInFinished, this, &SignInDialog::finished);
    (m_server->text().isEmpty() ? m_server : m_password)->setFocus();
}

QString SignInDialog::fieldOf(ErrorCode code, const QString &where)
{
    if (where == "tenant"_L1)
        return u"login"_s;
    if (code == ErrorCode::Forbidden)
        return u"password"_s; // the server refused this login and password
    if (code == ErrorCode::Io || where == "network"_L1 || where == "server"_L1 || where == "protocol"_L1)
        return u"server"_s;
    return QString();
}

QString SignInDialog::errorAt(const QString &field) const
{
    const QLabel *label = field == "server"_L1     ? m_serverError
                          : field == "login"_L1    ? m_loginError
                          : field == "password"_L1 ? m_passwordError
                          : field == "device"_L1   ? m_deviceError
                                                   : m_formError;
    return label->isHidden() ? QString() : label->text();
}

void SignInDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = field == "server"_L1     ? m_serverError
                    : field == "login"_L1    ? m_loginError
                    : field == "password"_L1 ? m_passwordError
                    : field == "device"_L1   ? m_deviceError
                                             : m_formError;
    label->setText(message);
    label->show();
    QLineEdit *edit = field == "server"_L1     ? m_server
                      : field == "login"_L1    ? m_login
                      : field == "password"_L1 ? m_password
                      : field == "device"_L1   ? m_device
                                               : nullptr;
    if (edit) {
        edit->setAccessibleDescription(message);
        edit->setFocus();
    }
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_serverError, m_loginError, m_passwordError, m_deviceError, m_formError}) {
        label->clear();
        label->hide();
    }
    for (QLineEdit *edit : {m_server, m_login, m_password, m_device})
        edit->setAccessibleDescription(QString());
}

void SignInDialog::accept()
{
    if (m_waiting)
        return;
    clearErrors();
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (m_server->text().trimmed().isEmpty())
        showError(u"server"_s, tr("Enter the address of the cooperative's server."));
    else if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
             || url.host().isEmpty())
        showError(u"server"_s, tr("Enter an address such as https://coop.example.org."));
    if (m_login->text().trimmed().isEmpty())
        showError(u"login"_s, tr("Enter your login."));
    if (m_password->text().isEmpty())
        showError(u"password"_s, tr("Enter your password."));
    if (m_device->text().trimmed().isEmpty())
        showError(u"device"_s, tr("Name this device, e.g. \"Claire's laptop\"."));
    for (QLineEdit *edit : {m_server, m_login, m_password, m_device}) {
        if (!edit->accessibleDescription().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    if (m_worker.isBusy()) {
        showError(QString(), tr("A sync is running; try again when it ends."));
        return;
    }
    m_waiting = true;
    m_ok->setEnabled(false);
    m_ok->setText(tr("Signing in…"));
    m_worker.signIn(m_server->text().trimmed(), m_login->text().trimmed(), m_password->text(),
                    m_device->text().trimmed());
}

void SignInDialog::finished(bool ok, ErrorCode code, const QString &message, const QString &where)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ok->setEnabled(true);
    m_ok->setText(tr("Sign in"));
    if (ok) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    showError(fieldOf(code, where), message);
}

// --- SyncArea ---------------------------------------------------------------------------------

SyncArea::SyncArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"syncArea"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    const auto addLine = [this, form](QLabel *&label, QLabel *&value, const QString &name) {
        label = new QLabel(this);
        value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
    };
    addLine(m_serverLabel, m_server, u"syncServer"_s);
    addLine(m_stateLabel, m_state, u"syncState"_s);
    addLine(m_pendingLabel, m_pending, u"syncPending"_s);
    addLine(m_lastSyncLabel, m_lastSync, u"syncLastSync"_s);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_syncNow = new QPushButton(this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setVisible(false);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    actions->addWidget(m_signIn);
    actions->addWidget(m_signOut);
    layout->addLayout(actions);
    m_result = new QLabel(this);
    m_result->setObjectName(u"syncResult"_s);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    m_inboxTitle = new QLabel(this);
    QFont inboxFont = m_inboxTitle->font();
    inboxFont.setBold(true);
    m_inboxTitle->setFont(inboxFont);
    layout->addSpacing(8);
    layout->addWidget(m_inboxTitle);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"conflictSearch"_s);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(u"conflictTable"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_inboxError = errorLabel(this, u"inboxError"_s);
    layout->addWidget(m_inboxError);

    auto *choices = new QHBoxLayout;
    m_keepServer = new QPushButton(this);
    m_keepServer->setObjectName(u"keepServerButton"_s);
    m_keepMine = new QPushButton(this);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    choices->addStretch();
    choices->addWidget(m_keepServer);
    choices->addWidget(m_keepMine);
    layout->addLayout(choices);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &SyncArea::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncArea::updateButtons);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncArea::syncNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->cancel();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] { openSignIn(); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_worker->signOut();
    });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { keepSelected(false); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepSelected(true); });

    retranslate();
    refreshStatus();
}

SyncArea::~SyncArea() = default;

void SyncArea::setWorker(SyncWorker *worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_result->clear();
    if (m_worker) {
        connect(m_worker, &SyncWorker::statusChanged, this, &SyncArea::refreshStatus);
        connect(m_worker, &SyncWorker::stateChanged, this, &SyncArea::refreshStatus);
        connect(m_worker, &SyncWorker::progressChanged, this,
                [this](sync::SyncProgress::Phase phase, qint64 done, qint64 total) {
                    const QString what = phase == sync::SyncProgress::Phase::Push ? tr("Sending changes")
                                         : phase == sync::SyncProgress::Phase::Pull
                                             ? tr("Receiving changes")
                                             : tr("Receiving the cooperative's data");
                    // A range in thousands keeps large counts within an int.
                    if (total > 0) {
                        m_progress->setRange(0, 1000);
                        m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
                    } else {
                        m_progress->setRange(0, 0);
                    }
                    m_progress->setFormat(what + u"… %p%"_s);
                    m_progress->setAccessibleDescription(what);
                });
        connect(m_worker, &SyncWorker::syncFinished, this, [this](bool ok, const QString &message) {
            if (!ok) {
                m_result->setText(message);
                return;
            }
            const sync::SyncReport &r = m_worker->lastReport();
            QString text = tr("Sent %n change(s)", nullptr, static_cast<int>(r.pushed));
            if (r.rejected + r.merged > 0)
                text += u", "_s + tr("%n in conflict", nullptr, static_cast<int>(r.rejected + r.merged));
            text += u", "_s
                    + tr("received %n change(s)", nullptr, static_cast<int>(r.pulled + r.snapshotRows));
            m_result->setText(text + u'.');
        });
    }
    refreshStatus();
}

void SyncArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncArea::retranslate()
{
    m_title->setText(tr("Sync"));
    m_intro->setText(tr("Your work is kept in this store and sent to the cooperative's server when "
                        "you are online; what others changed comes back the same way."));
    m_serverLabel->setText(tr("Server:"));
    m_stateLabel->setText(tr("State:"));
    m_pendingLabel->setText(tr("Waiting to be sent:"));
    m_lastSyncLabel->setText(tr("Last sync:"));
    m_syncNow->setText(tr("Sync &now"));
    m_cancel->setText(tr("&Stop"));
    m_signIn->setText(tr("Sign &in…"));
    m_signOut->setText(tr("Sign &out"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_inboxTitle->setText(tr("Conflicts to resolve"));
    m_search->setPlaceholderText(tr("Search the conflicts"));
    m_search->setAccessibleName(tr("Search the conflicts"));
    m_view->setAccessibleName(tr("Conflict inbox"));
    m_keepServer->setText(tr("Keep the server's"));
    m_keepServer->setToolTip(tr("The value on the server stays; the conflict is closed."));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Your value is sent again at the next sync."));
    m_model->setHorizontalHeaderLabels({tr("Entity"), tr("Record"), tr("Field"), tr("Your value"),
                                        tr("Server's value"), tr("Reason"), tr("When")});
    refreshStatus();
}

QString SyncArea::stateText() const
{
    return QStringList{m_server->text(), m_state->text(), m_pending->text(), m_lastSync->text()}.join(u'\n');
}

QString SyncArea::resultText() const
{
    return m_result->text();
}

void SyncArea::refreshStatus()
{
    const bool busy = m_worker && m_worker->isBusy();
    if (!m_worker) {
        for (QLabel *l : {m_server, m_state, m_pending, m_lastSync})
            l->clear();
        m_model->removeRows(0, m_model->rowCount());
        m_progress->setVisible(false);
        for (QPushButton *b : {m_syncNow, m_cancel, m_signIn, m_signOut})
            b->setEnabled(false);
        updateButtons();
        return;
    }
    const sync::SyncStatus &s = m_worker->status();
    m_server->setText(s.signedIn ? tr("%1 as %2").arg(s.server, s.login) : tr("not signed in"));
    QString state = syncStateText(*m_worker);
    if (!m_worker->lastError().isEmpty() && !busy)
        state += u" — "_s + m_worker->lastError();
    m_state->setText(state);
    m_pending->setText(tr("%n operation(s)", nullptr, static_cast<int>(s.pendingOperations)));
    m_lastSync->setText(lastSyncText(s.lastSync));
    m_syncNow->setEnabled(s.signedIn && !busy);
    m_cancel->setEnabled(busy);
    m_signIn->setEnabled(!busy);
    m_signOut->setEnabled(s.signedIn && !busy);
    if (busy && !m_progress->isVisible()) {
        m_progress->setRange(0, 0);
        m_progress->setVisible(true);
    } else if (!busy) {
        m_progress->setVisible(false);
    }
    reloadConflicts();
}

void SyncArea::reloadConflicts()
{
    m_inboxError->hide();
    if (!m_worker)
        return;
    auto conflicts = m_worker->openConflicts();
    if (!conflicts) {
        m_inboxError->setText(conflicts.error().message());
        m_inboxError->show();
        return;
    }
    // Keep the rows when nothing changed (the status is refreshed often).
    QList<qint64> ids;
    for (const sync::ConflictItem &c : std::as_const(*conflicts))
        ids.append(c.id);
    QList<qint64> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (ids == shown)
        return;
    m_model->removeRows(0, m_model->rowCount());
    for (const sync::ConflictItem &c : std::as_const(*conflicts)) {
        QList<QStandardItem *> row;
        const QString field = c.field == "*"_L1 ? tr("(the whole change)") : c.field;
        for (const QString &text : {c.entity, c.entityId, field, valueText(c.localValue),
                                    valueText(c.serverValue), c.reason, lastSyncText(c.detectedAt)}) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            row.append(item);
        }
        row.first()->setData(c.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    updateButtons();
}

void SyncArea::updateButtons()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_keepServer->setEnabled(m_worker && selected);
    m_keepMine->setEnabled(m_worker && selected);
}

void SyncArea::keepSelected(bool mine)
{
    if (!m_worker)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows)
        ids.append(m_filter->mapToSource(index).data(Qt::UserRole).toLongLong());
    QStringList errors;
    for (qint64 id : std::as_const(ids)) {
        const auto choice = mine ? sync::Resolution::KeepLocal : sync::Resolution::KeepServer;
        if (auto r = m_worker->resolve(id, choice); !r)
            errors.append(r.error().message());
    }
    if (!errors.isEmpty()) {
        m_inboxError->setText(errors.join(u'\n'));
        m_inboxError->show();
    }
}

bool SyncArea::ensureOpener()
{
    if (!m_worker)
        return false;
    if (m_worker->hasOpener())
        return true;
    // The sync works on its own connection to the store, in the background: it needs the key.
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Sync"), tr("The sync runs in the background on its own access to the store. "
                             "Enter the store's passphrase to allow it:"),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    const QString path = m_worker->store().path();
    auto envelope = KeyEnvelope::load(Store::keyFilePath(path));
    auto key = envelope ? envelope->unwrap(passphrase) : Result<QByteArray>(fail(envelope.error()));
    if (!key) {
        m_result->setText(tr("Wrong passphrase: it does not unlock this store."));
        return false;
    }
    m_worker->setOpener([path, passphrase] { return Store::open(path, passphrase); });
    return true;
}

SignInDialog *SyncArea::openSignIn()
{
    if (!m_worker || !ensureOpener())
        return nullptr;
    auto *dialog = new SignInDialog(*m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void SyncArea::syncNow()
{
    if (!m_worker || !ensureOpener())
        return;
    m_result->clear();
    m_worker->syncNow();
}

} // namespace coop::ui
