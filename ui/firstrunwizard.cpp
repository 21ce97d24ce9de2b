#include "firstrunwizard.h"

#include "passphrasestrength.h"
#include "strengthmeter.h"
#include "syncarea.h"
#include "syncworker.h"
#include "theme.h"

#include "core/storage/store.h"
#include "core/sync/engine.h"
#include "core/sync/transport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kWizardWidth = 600;
// The account check is one request: a server that has not answered by then is not reachable.
constexpr int kCheckTimeoutMs = 15000;

QString absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void removeStoreFiles(const QString &path)
{
    for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s,
                                            Store::keyFilePath(path)})
        QFile::remove(file);
}

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    theme::markAsHint(label);
    return label;
}

} // namespace

Result<void> ensureDemoStore(const QString &path, const QString &passphrase,
                             const DemoOptions &options)
{
    if (Store::exists(path))
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, FirstRunWizard::tr("Cannot create the folder of %1.")
                                       .arg(QDir::toNativeSeparators(path)));
    StoreCreateOptions create;
    // The demo cooperative's name is data, like any store's name: it is not translated.
    create.name = u"Coopérative de démonstration"_s;
    create.kdf = KdfParams::interactive();
    auto created = Store::create(path, passphrase, create);
    if (!created)
        return fail(created.error());
    Result<DemoReport> filled = generateDemo(**created, options);
    created->reset();
    if (!filled) {
        // No half-made demo: the next attempt starts again from scratch.
        removeStoreFiles(path);
        return fail(filled.error());
    }
    return {};
}

// A page whose behaviour the wizard gives as functions, so that all of it reads in one class.
class FirstRunWizard::Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> validate;
    std::function<bool()> complete;
    std::function<int()> next;
    std::function<void()> enter;

    bool validatePage() override { return validate ? validate() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void refresh() { Q_EMIT completeChanged(); }
};

// A new passphrase, its strength meter and its confirmation, as the store dialog has them: the
// confirmation is said to differ only once it can no longer become right.
class FirstRunWizard::PassphraseFields : public QObject
{
public:
    PassphraseFields(const QString &prefix, QFormLayout *form, QWidget *parent) : QObject(parent)
    {
        passphrase = new QLineEdit(parent);
        passphrase->setObjectName(prefix + u"Passphrase"_s);
        passphrase->setEchoMode(QLineEdit::Password);
        passphrase->setAccessibleName(FirstRunWizard::tr("New passphrase"));
        meter = new StrengthMeter(parent);
        meter->setObjectName(prefix + u"StrengthMeter"_s);
        meter->setAccessibleName(FirstRunWizard::tr("Passphrase strength"));
        strengthText = hintLabel(prefix + u"StrengthText"_s, parent);
        confirm = new QLineEdit(parent);
        confirm->setObjectName(prefix + u"Confirm"_s);
        confirm->setEchoMode(QLineEdit::Password);
        confirm->setAccessibleName(FirstRunWizard::tr("Confirm the passphrase"));
        confirmError = new QLabel(parent);
        confirmError->setObjectName(prefix + u"ConfirmError"_s);
        confirmError->setWordWrap(true);
        theme::markAsError(confirmError);
        confirmError->hide();

        auto *strength = new QVBoxLayout;
        strength->setSpacing(3);
        strength->addWidget(meter);
        strength->addWidget(strengthText);
        form->addRow(FirstRunWizard::tr("&Passphrase:"), passphrase);
        form->addRow(QString(), strength);
        form->addRow(FirstRunWizard::tr("C&onfirm:"), confirm);
        form->addRow(QString(), confirmError);

        connect(passphrase, &QLineEdit::textChanged, this, &PassphraseFields::update);
        connect(confirm, &QLineEdit::textChanged, this, &PassphraseFields::update);
        update();
    }

    QString text() const { return passphrase->text(); }
    bool acceptable() const
    {
        return isAcceptablePassphrase(estimatePassphraseStrength(passphrase->text()))
               && confirm->text() == passphrase->text();
    }

    QLineEdit *passphrase = nullptr;
    StrengthMeter *meter = nullptr;
    QLabel *strengthText = nullptr;
    QLineEdit *confirm = nullptr;
    QLabel *confirmError = nullptr;
    std::function<void()> changed;

private:
    void update()
    {
        const QString text = passphrase->text();
        const PassphraseStrength strength = estimatePassphraseStrength(text);
        QString description;
        switch (strength) {
        case PassphraseStrength::TooShort:
            description = text.isEmpty()
                              ? FirstRunWizard::tr("At least %1 characters; several words are easy "
                                                   "to remember.")
                                    .arg(kMinimumPassphraseLength)
                              : FirstRunWizard::tr("Too short: at least %1 characters.")
                                    .arg(kMinimumPassphraseLength);
            break;
        case PassphraseStrength::Weak:
            description = FirstRunWizard::tr("Weak: add words, capitals, digits or symbols.");
            break;
        case PassphraseStrength::Fair:
            description = FirstRunWizard::tr("Fair.");
            break;
        case PassphraseStrength::Strong:
            description = FirstRunWizard::tr("Strong.");
            break;
        }
        meter->setStrength(strength, description);
        strengthText->setText(description);

        const QString confirmation = confirm->text();
        const bool cannotBecomeEqual = !text.startsWith(confirmation)
                                       || confirmation.size() >= text.size();
        const bool mismatch = !confirmation.isEmpty() && confirmation != text && cannotBecomeEqual;
        const QString message = mismatch ? FirstRunWizard::tr("The two passphrases differ.") : QString();
        confirmError->setText(message);
        confirmError->setVisible(mismatch);
        confirm->setAccessibleDescription(message);
        if (changed)
            changed();
    }
};

// The progress of work running on another thread. Cancel (or Esc) asks the work to stop and
// waits: the dialog closes when the work is over.
class FirstRunWizard::TaskDialog : public QDialog
{
public:
    TaskDialog(const QString &text, std::function<void()> onCancel, QWidget *parent)
        : QDialog(parent), m_onCancel(std::move(onCancel))
    {
        setObjectName(u"taskDialog"_s);
        setWindowTitle(FirstRunWizard::tr("Please wait"));
        setWindowModality(Qt::WindowModal);
        auto *layout = new QVBoxLayout(this);
        m_label = new QLabel(text, this);
        m_label->setObjectName(u"taskText"_s);
        m_label->setWordWrap(true);
        layout->addWidget(m_label);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 0); // busy: the work cannot tell how far it is
        bar->setAccessibleName(FirstRunWizard::tr("Progress"));
        layout->addWidget(bar);
        m_cancel = new QPushButton(FirstRunWizard::tr("Cancel"), this);
        m_cancel->setObjectName(u"taskCancel"_s);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(m_cancel);
        layout->addLayout(row);
        connect(m_cancel, &QPushButton::clicked, this, &TaskDialog::reject);
        setMinimumWidth(380);
    }

    void reject() override
    {
        if (m_stopping)
            return;
        m_stopping = true;
        m_label->setText(FirstRunWizard::tr("Stopping…"));
        m_cancel->setEnabled(false);
        if (m_onCancel)
            m_onCancel();
    }

    void finish() { QDialog::done(QDialog::Accepted); }

private:
    std::function<void()> m_onCancel;
    QLabel *m_label = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_stopping = false;
};

FirstRunWizard::FirstRunWizard(const FirstRunOptions &options, QWidget *parent)
    : QWizard(parent), m_options(options)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Welcome to CoopDesk"));
    setWindowIcon(theme::appIcon());
    setMinimumWidth(kWizardWidth);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CommitButton, tr("Create and &sync"));
    if (m_options.folder.isEmpty())
        m_options.folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    buildChoicePage();
    buildStandalonePage();
    buildAccountPage();
    buildConnectStorePage();
    buildFirstSyncPage();
    setStartId(PageChoice);
}

FirstRunWizard::~FirstRunWizard()
{
    // A task still writing a store finishes first (its files must not be cut in the middle).
    if (m_task)
        m_task->wait();
    m_syncWorker.reset();
}

QLabel *FirstRunWizard::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    theme::markAsError(label);
    label->hide();
    return label;
}

void FirstRunWizard::showError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->show();
    if (field) {
        // Screen readers read the message with the field, and are told of it now.
        field->setAccessibleDescription(message);
        field->setFocus();
    }
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void FirstRunWizard::clearErrors(const QList<QLabel *> &labels)
{
    for (QLabel *label : labels) {
        label->clear();
        label->hide();
    }
}

QWidget *FirstRunWizard::fileRow(QLineEdit *&edit, QLabel *&error, const QString &objectName)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setAccessibleName(tr("Store file"));
    auto *browse = new QPushButton(tr("&Browse…"), row);
    browse->setAutoDefault(false);
    browse->setAccessibleName(tr("Choose the store file"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    error = errorLabel(objectName + u"Error"_s);
    QLineEdit *target = edit;
    QLabel *targetError = error;
    connect(edit, &QLineEdit::textChanged, this, [this, target, targetError] {
        targetError->hide();
        target->setAccessibleDescription(QString());
        if (auto *page = dynamic_cast<Page *>(currentPage()))
            page->refresh();
    });
    connect(browse, &QPushButton::clicked, this, [this, target] {
        const QString current = absolutePath(target->text().trimmed());
        QFileDialog dialog(this, tr("New store file"),
                           current.isEmpty() ? m_options.folder : QFileInfo(current).absolutePath(),
                           tr("CoopDesk stores (*.coopdesk)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(u"coopdesk"_s);
        if (!current.isEmpty())
            dialog.selectFile(current);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            target->setText(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
    });
    return row;
}

// --- The choice ---------------------------------------------------------------------------------

void FirstRunWizard::buildChoicePage()
{
    m_choicePage = new Page(this);
    m_choicePage->setObjectName(u"choicePage"_s);
    m_choicePage->setTitle(tr("Welcome to CoopDesk"));
    m_choicePage->setSubTitle(tr("CoopDesk keeps the cooperative's data in an encrypted store on "
                                 "this computer. Where does it come from?"));
    auto *layout = new QVBoxLayout(m_choicePage);
    const auto option = [this, layout](QRadioButton *&button, const QString &name,
                                       const QString &text, const QString &hint) {
        button = new QRadioButton(text, m_choicePage);
        button->setObjectName(name);
        layout->addWidget(button);
        QLabel *label = hintLabel(name + u"Hint"_s, m_choicePage);
        label->setText(hint);
        label->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(label);
        button->setAccessibleDescription(hint);
        connect(button, &QRadioButton::toggled, m_choicePage, [this] {
            m_choiceError->hide();
            // The demo needs nothing more: Finish rather than Next (this also redoes the buttons).
            m_choicePage->setFinalPage(m_demo->isChecked());
            m_choicePage->refresh();
        });
    };
    option(m_standalone, u"choiceStandalone"_s, tr("&Start a new cooperative on this computer"),
           tr("A stand-alone store, encrypted with a passphrase of your choice, for a cooperative "
              "that has no server."));
    option(m_demo, u"choiceDemo"_s, tr("&Try the demo cooperative"),
           //: %1 is the demo store's passphrase, shown as is
           tr("Made-up entrepreneurs, customers and invoices to try CoopDesk; its passphrase is "
              "“%1”.")
               .arg(m_options.demoPassphrase));
    option(m_connect, u"choiceConnect"_s, tr("&Connect to your cooperative's server"),
           tr("Sign in with the account your cooperative gave you: its data is copied into an "
              "encrypted store on this computer and kept in sync."));
    m_demo->setEnabled(!m_options.demoStorePath.isEmpty());
    m_choiceError = errorLabel(u"choiceError"_s);
    layout->addWidget(m_choiceError);
    layout->addStretch();
    m_standalone->setChecked(true);

    m_choicePage->next = [this] {
        switch (choice()) {
        case Choice::Standalone:
            return int(PageStandalone);
        case Choice::Demo:
            return -1;
        case Choice::Connect:
            return int(PageAccount);
        }
        return -1;
    };
    m_choicePage->validate = [this] { return validateChoice(); };
    setPage(PageChoice, m_choicePage);
}

FirstRunWizard::Choice FirstRunWizard::choice() const
{
    if (m_demo->isChecked())
        return Choice::Demo;
    if (m_connect->isChecked())
        return Choice::Connect;
    return Choice::Standalone;
}

QRadioButton *FirstRunWizard::choiceButton(Choice which) const
{
    switch (which) {
    case Choice::Standalone:
        return m_standalone;
    case Choice::Demo:
        return m_demo;
    case Choice::Connect:
        return m_connect;
    }
    return nullptr;
}

bool FirstRunWizard::validateChoice()
{
    if (choice() != Choice::Demo)
        return true;
    if (m_ready) {
        m_ready = false;
        return true;
    }
    if (m_taskRunning)
        return false;
    m_choiceError->hide();
    const QString path = m_options.demoStorePath;
    const QString passphrase = m_options.demoPassphrase;
    const DemoOptions demo = m_options.demo;
    const bool existed = Store::exists(path);
    auto opened = std::make_shared<std::optional<Result<Opener>>>();
    runTask(existed ? tr("Opening the demo store…")
                    : tr("Generating the demo cooperative: entrepreneurs, customers, invoices… "
                         "This takes a moment."),
            [path, passphrase, demo, opened] {
                if (auto r = ensureDemoStore(path, passphrase, demo); !r) {
                    opened->emplace(fail(r.error()));
                    return;
                }
                auto store = Store::open(path, passphrase);
                opened->emplace(store ? Result<Opener>((*store)->connectionOpener())
                                      : Result<Opener>(fail(store.error())));
            },
            [this, path, existed, opened](bool cancelled) {
                storeTaskFinished(**opened, cancelled, path, !existed, nullptr, nullptr,
                                  m_choiceError);
            });
    return false;
}

// --- A stand-alone cooperative ------------------------------------------------------------------

void FirstRunWizard::buildStandalonePage()
{
    m_standalonePage = new Page(this);
    m_standalonePage->setObjectName(u"standalonePage"_s);
    m_standalonePage->setTitle(tr("A new cooperative"));
    m_standalonePage->setSubTitle(tr("Nobody can open the store without its passphrase, nor "
                                     "recover a lost passphrase: keep it somewhere safe."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(m_standalonePage);
    m_name->setObjectName(u"storeName"_s);
    m_name->setAccessibleName(tr("Cooperative's name"));
    m_name->setPlaceholderText(tr("e.g. Horizon Cooperative"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&File:"), fileRow(m_file, m_fileError, u"storeFile"_s));
    form->addRow(QString(), m_fileError);
    m_newPassphrase = new PassphraseFields(u"standalone"_s, form, m_standalonePage);
    m_standaloneError = errorLabel(u"standaloneError"_s);
    auto *layout = new QVBoxLayout(m_standalonePage);
    layout->addLayout(form);
    layout->addWidget(m_standaloneError);
    layout->addStretch();
    m_file->setText(QDir::toNativeSeparators(m_options.folder + u"/CoopDesk.coopdesk"_s));

    m_newPassphrase->changed = [this] { m_standalonePage->refresh(); };
    connect(m_name, &QLineEdit::textChanged, m_standalonePage, &Page::completeChanged);
    m_standalonePage->complete = [this] {
        return !m_name->text().trimmed().isEmpty() && !m_file->text().trimmed().isEmpty()
               && m_newPassphrase->acceptable() && !m_taskRunning;
    };
    m_standalonePage->next = [] { return -1; };
    m_standalonePage->validate = [this] { return validateStandalone(); };
    setPage(PageStandalone, m_standalonePage);
}

bool FirstRunWizard::validateStandalone()
{
    if (m_ready) {
        m_ready = false;
        return true;
    }
    if (m_taskRunning || !m_standalonePage->isComplete())
        return false;
    clearErrors({m_fileError, m_standaloneError});
    StoreCreateOptions create;
    create.name = m_name->text().trimmed();
    create.kdf = m_options.kdf;
    const QString path = absolutePath(m_file->text().trimmed());
    const QString passphrase = m_newPassphrase->text();
    auto opened = std::make_shared<std::optional<Result<Opener>>>();
    runTask(tr("Creating the store…"),
            [path, passphrase, create, opened] {
                auto store = Store::create(path, passphrase, create);
                opened->emplace(store ? Result<Opener>((*store)->connectionOpener())
                                      : Result<Opener>(fail(store.error())));
            },
            [this, path, opened](bool cancelled) {
                storeTaskFinished(**opened, cancelled, path, true, m_fileError, m_file,
                                  m_standaloneError);
            });
    return false;
}

// --- Connecting to the server: the account ------------------------------------------------------

void FirstRunWizard::buildAccountPage()
{
    m_accountPage = new Page(this);
    m_accountPage->setObjectName(u"accountPage"_s);
    m_accountPage->setTitle(tr("Your cooperative's server"));
    m_accountPage->setSubTitle(tr("Your password is sent to the server once and never kept on this "
                                  "computer; the store keeps a session that this device renews."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto field = [this, form](QLineEdit *&edit, QLabel *&error, const QString &key,
                                    const QString &label, const QString &accessible) {
        edit = new QLineEdit(m_accountPage);
        edit->setObjectName(key + u"Edit"_s);
        edit->setAccessibleName(accessible);
        error = errorLabel(key + u"Error"_s);
        form->addRow(label, edit);
        form->addRow(QString(), error);
    };
    field(m_server, m_serverError, u"server"_s, tr("&Server address:"), tr("Server address"));
    field(m_login, m_loginError, u"login"_s, tr("&Login:"), tr("Login"));
    field(m_password, m_passwordError, u"password"_s, tr("&Password:"), tr("Password"));
    field(m_device, m_deviceError, u"device"_s, tr("&Device name:"), tr("Device name"));
    m_server->setPlaceholderText(u"https://coop.example.org"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_device->setText(QSysInfo::machineHostName());

    m_cooperativeLabel = new QLabel(tr("&Cooperative:"), m_accountPage);
    m_cooperative = new QComboBox(m_accountPage);
    m_cooperative->setObjectName(u"cooperativeBox"_s);
    m_cooperative->setAccessibleName(tr("Cooperative"));
    m_cooperativeLabel->setBuddy(m_cooperative);
    m_cooperativeError = hintLabel(u"cooperativeHint"_s, m_accountPage);
    form->addRow(m_cooperativeLabel, m_cooperative);
    form->addRow(QString(), m_cooperativeError);
    m_cooperativeLabel->hide();
    m_cooperative->hide();
    m_cooperativeError->hide();

    auto *layout = new QVBoxLayout(m_accountPage);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit *edit : {m_server, m_login, m_password, m_device})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunWizard::accountEdited);
    m_accountPage->complete = [this] {
        return !m_server->text().trimmed().isEmpty() && !m_login->text().trimmed().isEmpty()
               && !m_password->text().isEmpty() && !m_device->text().trimmed().isEmpty()
               && !m_taskRunning;
    };
    m_accountPage->next = [] { return int(PageConnectStore); };
    m_accountPage->validate = [this] { return validateAccount(); };
    setPage(PageAccount, m_accountPage);
}

void FirstRunWizard::accountEdited()
{
    // Another server or account: what was checked no longer holds.
    QLineEdit *edited = qobject_cast<QLineEdit *>(sender());
    const QList<std::pair<QLineEdit *, QLabel *>> fields = {{m_server, m_serverError},
                                                            {m_login, m_loginError},
                                                            {m_password, m_passwordError},
                                                            {m_device, m_deviceError}};
    for (const auto &[edit, error] : fields) {
        if (edit == edited) {
            error->hide();
            edit->setAccessibleDescription(QString());
        }
    }
    if (edited != m_device && !m_memberships.isEmpty()) {
        m_memberships.clear();
        m_cooperative->clear();
        m_cooperativeLabel->hide();
        m_cooperative->hide();
        m_cooperativeError->hide();
    }
    m_accountPage->refresh();
}

bool FirstRunWizard::validateAccount()
{
    if (m_ready) {
        m_ready = false;
        return true;
    }
    if (m_taskRunning || !m_accountPage->isComplete())
        return false;
    clearErrors({m_serverError, m_loginError, m_passwordError, m_deviceError});
    const QString server = m_server->text().trimmed();
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
        || url.host().isEmpty()) {
        showError(m_serverError, m_server, tr("Enter an address such as https://coop.example.org."));
        return false;
    }
    if (!m_memberships.isEmpty()) {
        // Checked already (and, when the account belongs to several cooperatives, one chosen).
        m_tenant = m_memberships.size() == 1 ? m_memberships.constFirst().tenant
                                             : m_cooperative->currentData().toString();
        return !m_tenant.isEmpty();
    }

    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    // The check is the first login of the device the store will be: its id is drawn now and the
    // store is created with it (StoreCreateOptions::deviceId).
    if (m_deviceId.isEmpty())
        m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString checkDevice = m_device->text().trimmed();
    const QString deviceId = m_deviceId;
    using Answer = Result<QList<sync::AccountMembership>>;
    auto answer = std::make_shared<std::optional<Answer>>();
    //: %1 is the server's address
    runTask(tr("Checking your account on %1…").arg(server),
            [server, login, password, checkDevice, deviceId, answer] {
                sync::HttpTransport transport{QUrl(server), kCheckTimeoutMs};
                answer->emplace(sync::SyncEngine::checkAccount(transport, login, password, checkDevice, deviceId));
            },
            [this, answer](bool cancelled) {
                if (cancelled)
                    return;
                const Answer &checked = **answer;
                if (!checked) {
                    const Error &error = checked.error();
                    const QString field = SignInDialog::fieldOf(error.code(), error.where());
                    if (field == "login"_L1)
                        showError(m_loginError, m_login, error.message());
                    else if (field == "password"_L1)
                        showError(m_passwordError, m_password, error.message());
                    else
                        showError(m_serverError, m_server, error.message());
                    return;
                }
                m_memberships.clear();
                for (const sync::AccountMembership &m : *checked)
                    m_memberships.append({m.tenant, m.role});
                if (m_memberships.size() == 1) {
                    m_tenant = m_memberships.constFirst().tenant;
                    m_ready = true;
                    next();
                    return;
                }
                // Several cooperatives: the person says which one this store is for.
                m_cooperative->clear();
                for (const Membership &m : std::as_const(m_memberships)) {
                    const QString role = m.role == "admin"_L1        ? tr("administrator")
                                         : m.role == "accountant"_L1 ? tr("accountant")
                                         : m.role == "entrepreneur"_L1 ? tr("entrepreneur")
                                                                       : m.role;
                    //: A cooperative in the list of the account's: %1 its id, %2 the role in it
                    m_cooperative->addItem(tr("%1 (%2)").arg(m.tenant, role), m.tenant);
                }
                m_cooperativeError->setText(tr("This account belongs to several cooperatives: "
                                               "choose the one of this store, then Next."));
                m_cooperativeLabel->show();
                m_cooperative->show();
                m_cooperativeError->show();
                m_cooperative->setFocus();
            });
    return false;
}

// --- Connecting to the server: the store --------------------------------------------------------

void FirstRunWizard::buildConnectStorePage()
{
    m_connectStorePage = new Page(this);
    m_connectStorePage->setObjectName(u"connectStorePage"_s);
    m_connectStorePage->setTitle(tr("The store on this computer"));
    m_connectStorePage->setSubTitle(tr("The cooperative's data is kept in this encrypted file. "
                                       "Nobody can open it without its passphrase, nor recover a "
                                       "lost passphrase: keep it somewhere safe."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&File:"), fileRow(m_connectFile, m_connectFileError, u"connectFile"_s));
    form->addRow(QString(), m_connectFileError);
    m_connectPassphrase = new PassphraseFields(u"connect"_s, form, m_connectStorePage);
    m_connectError = errorLabel(u"connectError"_s);
    auto *layout = new QVBoxLayout(m_connectStorePage);
    layout->addLayout(form);
    layout->addWidget(m_connectError);
    layout->addStretch();

    m_connectPassphrase->changed = [this] { m_connectStorePage->refresh(); };
    // The store is created when the person goes on: there is no way back to another account.
    m_connectStorePage->setCommitPage(true);
    m_connectStorePage->enter = [this] {
        if (m_connectFile->text().trimmed().isEmpty() || !m_connectFile->isModified())
            m_connectFile->setText(QDir::toNativeSeparators(m_options.folder + u'/' + m_tenant
                                                            + u".coopdesk"_s));
    };
    m_connectStorePage->complete = [this] {
        return !m_connectFile->text().trimmed().isEmpty() && m_connectPassphrase->acceptable()
               && !m_taskRunning;
    };
    m_connectStorePage->next = [] { return int(PageFirstSync); };
    m_connectStorePage->validate = [this] { return validateConnectStore(); };
    setPage(PageConnectStore, m_connectStorePage);
}

bool FirstRunWizard::validateConnectStore()
{
    if (m_ready) {
        m_ready = false;
        return true;
    }
    if (m_taskRunning || !m_connectStorePage->isComplete())
        return false;
    clearErrors({m_connectFileError, m_connectError});
    StoreCreateOptions create;
    // The cooperative's name and everything else come with the first sync.
    create.tenantId = m_tenant;
    create.deviceId = m_deviceId;
    create.kdf = m_options.kdf;
    const QString path = absolutePath(m_connectFile->text().trimmed());
    const QString passphrase = m_connectPassphrase->text();
    auto opened = std::make_shared<std::optional<Result<Opener>>>();
    runTask(tr("Creating the store…"),
            [path, passphrase, create, opened] {
                auto store = Store::create(path, passphrase, create);
                opened->emplace(store ? Result<Opener>((*store)->connectionOpener())
                                      : Result<Opener>(fail(store.error())));
            },
            [this, path, opened](bool cancelled) {
                storeTaskFinished(**opened, cancelled, path, true, m_connectFileError,
                                  m_connectFile, m_connectError);
            });
    return false;
}

// --- The first sync -----------------------------------------------------------------------------

void FirstRunWizard::buildFirstSyncPage()
{
    m_syncPage = new Page(this);
    m_syncPage->setObjectName(u"firstSyncPage"_s);
    m_syncPage->setTitle(tr("First sync"));
    m_syncPage->setSubTitle(tr("The cooperative's data comes from the server. Cancel stops it: "
                               "the store keeps what came and carries on the next time it is "
                               "opened."));
    auto *layout = new QVBoxLayout(m_syncPage);
    m_syncLabel = new QLabel(m_syncPage);
    m_syncLabel->setObjectName(u"syncText"_s);
    m_syncLabel->setWordWrap(true);
    m_syncBar = new QProgressBar(m_syncPage);
    m_syncBar->setObjectName(u"syncProgress"_s);
    m_syncBar->setAccessibleName(tr("Sync progress"));
    m_syncError = errorLabel(u"syncError"_s);
    m_retry = new QPushButton(tr("&Try again"), m_syncPage);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAutoDefault(false);
    m_retry->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addStretch();
    layout->addWidget(m_syncLabel);
    layout->addWidget(m_syncBar);
    layout->addWidget(m_syncError);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_retry, &QPushButton::clicked, this, &FirstRunWizard::retry);

    m_syncPage->enter = [this] { startFirstSync(); };
    m_syncPage->complete = [this] { return m_syncDone; };
    m_syncPage->validate = [this] { return m_syncDone; };
    m_syncPage->next = [] { return -1; };
    setPage(PageFirstSync, m_syncPage);
}

void FirstRunWizard::startFirstSync()
{
    if (m_syncWorker || !m_store)
        return;
    m_syncWorker = std::make_unique<SyncWorker>(*m_store, m_store->connectionOpener());
    // This one sync only: the main window schedules the next ones.
    m_syncWorker->setInterval(0, 0);
    SyncWorker *worker = m_syncWorker.get();
    connect(worker, &SyncWorker::signInFinished, this,
            [this](bool ok, ErrorCode, const QString &message, const QString &) {
                signInFinished(ok, message);
            });
    connect(worker, &SyncWorker::progressChanged, this,
            [this](sync::SyncProgress::Phase phase, qint64 done, qint64 total) {
                syncProgressed(static_cast<int>(phase), done, total);
            });
    connect(worker, &SyncWorker::syncFinished, this, &FirstRunWizard::syncFinished);
    connect(worker, &SyncWorker::stateChanged, this, [this](SyncWorker::State state) {
        // The sign-in starts the sync by itself: stop it at once when the person cancelled.
        if (state == SyncWorker::State::Syncing && m_closeWhenIdle && m_syncWorker)
            m_syncWorker->cancel();
    });
    retry();
}

void FirstRunWizard::retry()
{
    if (!m_syncWorker || m_syncWorker->isBusy())
        return;
    m_retry->hide();
    m_syncError->hide();
    m_syncBar->setRange(0, 0);
    m_syncBar->setValue(0);
    if (m_syncWorker->status().signedIn) {
        m_syncLabel->setText(tr("Receiving the cooperative's data…"));
        m_syncWorker->syncNow();
        return;
    }
    //: %1 is the server's address
    m_syncLabel->setText(tr("Signing in to %1…").arg(m_server->text().trimmed()));
    m_syncWorker->signIn(m_server->text().trimmed(), m_login->text().trimmed(), m_password->text(),
                         m_device->text().trimmed());
}

void FirstRunWizard::signInFinished(bool ok, const QString &message)
{
    if (ok) {
        // The session is in the store now: the password is no longer needed.
        m_password->clear();
        m_syncLabel->setText(tr("Receiving the cooperative's data…"));
        return;
    }
    if (m_closeWhenIdle) {
        done(QDialog::Rejected);
        return;
    }
    m_syncLabel->setText(tr("The sign-in failed."));
    m_syncBar->setRange(0, 1);
    m_syncBar->setValue(0);
    showError(m_syncError, nullptr, message);
    m_retry->show();
}

void FirstRunWizard::syncProgressed(int phase, qint64 done, qint64 total)
{
    m_progressSeen = std::max(m_progressSeen, done);
    if (m_closeWhenIdle)
        return;
    switch (static_cast<sync::SyncProgress::Phase>(phase)) {
    case sync::SyncProgress::Phase::Push:
        m_syncLabel->setText(tr("Sending this device's changes…"));
        break;
    case sync::SyncProgress::Phase::Pull:
        //: %1 and %2 are counts of changes
        m_syncLabel->setText(tr("Receiving the cooperative's changes: %1 of %2.")
                                 .arg(done)
                                 .arg(std::max(done, total)));
        break;
    case sync::SyncProgress::Phase::Snapshot:
        m_syncLabel->setText(tr("Receiving the cooperative's data: %n record(s).", nullptr,
                                static_cast<int>(std::min<qint64>(done, std::numeric_limits<int>::max()))));
        break;
    }
    if (total > 0) {
        // The bar counts in thousandths, so that counts beyond an int still fit.
        m_syncBar->setRange(0, 1000);
        m_syncBar->setValue(static_cast<int>(std::min<qint64>(done, total) * 1000 / total));
    } else {
        m_syncBar->setRange(0, 0);
    }
}

void FirstRunWizard::syncFinished(bool ok, const QString &message)
{
    if (m_closeWhenIdle) {
        done(QDialog::Rejected);
        return;
    }
    if (!ok) {
        m_syncLabel->setText(tr("The first sync stopped before the end."));
        m_syncBar->setRange(0, 1000);
        showError(m_syncError, nullptr, message);
        m_retry->show();
        return;
    }
    const sync::SyncReport &report = m_syncWorker->lastReport();
    const qint64 received = report.pulled + report.snapshotRows;
    m_syncBar->setRange(0, 1000);
    m_syncBar->setValue(1000);
    m_syncLabel->setText(tr("The cooperative's data is on this computer (%n change(s) received). "
                            "Finish opens it.", nullptr,
                            static_cast<int>(std::min<qint64>(received, std::numeric_limits<int>::max()))));
    m_syncDone = true;
    m_syncPage->refresh();
    if (QAbstractButton *finish = button(QWizard::FinishButton))
        finish->setFocus();
}

// --- Background work ----------------------------------------------------------------------------

void FirstRunWizard::runTask(const QString &text, std::function<void()> work,
                             std::function<void(bool cancelled)> finished)
{
    m_taskCancelled = false;
    m_taskRunning = true;
    if (auto *page = dynamic_cast<Page *>(currentPage()))
        page->refresh();
    auto *dialog = new TaskDialog(text, [this] { m_taskCancelled = true; }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_taskDialog = dialog;
    QThread *thread = QThread::create(std::move(work));
    thread->setObjectName(u"firstRun"_s);
    connect(thread, &QThread::finished, this, [this, finished = std::move(finished)] {
        m_taskRunning = false;
        if (m_taskDialog)
            m_taskDialog->finish();
        const bool cancelled = m_taskCancelled || m_closeWhenIdle;
        finished(cancelled);
        if (auto *page = dynamic_cast<Page *>(currentPage()))
            page->refresh();
        if (m_closeWhenIdle && !isBusy())
            done(QDialog::Rejected);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_task = thread;
    dialog->open();
    thread->start();
}

void FirstRunWizard::storeTaskFinished(const Result<Opener> &opened, bool cancelled,
                                       const QString &path, bool created, QLabel *fileError,
                                       QLineEdit *file, QLabel *pageError)
{
    if (cancelled) {
        // Stopped: what this task made goes away, and the page stays as it was.
        if (opened && created)
            removeStoreFiles(path);
        return;
    }
    if (!opened) {
        const Error &error = opened.error();
        const bool atFile = error.code() == ErrorCode::AlreadyExists
                            || error.code() == ErrorCode::NotFound || error.code() == ErrorCode::Io;
        if (atFile && fileError)
            showError(fileError, file, error.message());
        else
            showError(pageError, nullptr, error.message());
        return;
    }
    // The store's own connection on this thread, with the key the task derived: no second wait.
    auto store = (*opened)();
    if (!store) {
        showError(pageError, nullptr, store.error().message());
        return;
    }
    m_store = std::move(*store);
    if (created)
        Q_EMIT storeCreated(m_store->path());
    m_ready = true;
    if (currentPage() && currentPage()->nextId() == -1)
        accept();
    else
        next();
}

bool FirstRunWizard::isBusy() const
{
    return m_taskRunning || (m_syncWorker && m_syncWorker->isBusy());
}

// --- Reading and ending -------------------------------------------------------------------------

QLineEdit *FirstRunWizard::fileEdit(PageId page) const
{
    return page == PageConnectStore ? m_connectFile : m_file;
}

QLineEdit *FirstRunWizard::passphraseEdit(PageId page) const
{
    return page == PageConnectStore ? m_connectPassphrase->passphrase : m_newPassphrase->passphrase;
}

QLineEdit *FirstRunWizard::confirmEdit(PageId page) const
{
    return page == PageConnectStore ? m_connectPassphrase->confirm : m_newPassphrase->confirm;
}

QString FirstRunWizard::errorAt(const QString &field) const
{
    const bool connecting = currentId() == PageConnectStore || currentId() == PageFirstSync;
    const QLabel *label = field == "server"_L1        ? m_serverError
                          : field == "login"_L1       ? m_loginError
                          : field == "password"_L1    ? m_passwordError
                          : field == "device"_L1      ? m_deviceError
                          : field == "cooperative"_L1 ? m_cooperativeError
                          : field == "file"_L1        ? (connecting ? m_connectFileError : m_fileError)
                          : field == "choice"_L1      ? m_choiceError
                          : field == "sync"_L1        ? m_syncError
                          : connecting                ? m_connectError
                                                      : m_standaloneError;
    return label->isHidden() ? QString() : label->text();
}

QString FirstRunWizard::syncText() const
{
    return m_syncLabel->text();
}

std::unique_ptr<Store> FirstRunWizard::takeStore()
{
    // The wizard's sync lets go of the store (and of its own connection) before it changes hands.
    m_syncWorker.reset();
    return std::move(m_store);
}

void FirstRunWizard::done(int result)
{
    if (result == QDialog::Rejected && isBusy()) {
        // Stop first; the wizard closes once the work has stopped.
        m_closeWhenIdle = true;
        m_taskCancelled = m_taskCancelled || m_taskRunning;
        if (m_syncWorker && m_syncWorker->isBusy()) {
            m_syncWorker->cancel();
            m_syncLabel->setText(tr("Stopping the sync…"));
        }
        return;
    }
    if (result == QDialog::Rejected) {
        // A store created for the server stays, with its session: its sync resumes next time.
        m_syncWorker.reset();
        m_store.reset();
    }
    QWizard::done(result);
}

} // namespace coop::ui
