#include "storedialog.h"

#include "elidedlabel.h"
#include "passphrasestrength.h"
#include "strengthmeter.h"
#include "theme.h"

#include "core/storage/store.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

constexpr int kDialogWidth = 500;

QString absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    theme::markAsError(label);
    label->hide();
    return label;
}

} // namespace

// Wait cursor and disabled controls while the key derivation runs on this thread.
class StoreDialog::BusyScope
{
public:
    explicit BusyScope(StoreDialog *dialog) : m_dialog(dialog)
    {
        m_dialog->setBusy(true);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // Paint the disabled state before the event loop stalls for a second.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyScope()
    {
        QApplication::restoreOverrideCursor();
        m_dialog->setBusy(false);
    }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    StoreDialog *m_dialog;
};

StoreDialog::StoreDialog(QWidget *parent) : QDialog(parent)
{
    setWindowIcon(theme::appIcon());
    setMinimumWidth(kDialogWidth);

    // Both pages in one box, one of them hidden: a hidden page takes no room (a QStackedWidget
    // would keep the height of the taller one).
    m_pages = new QWidget(this);
    buildUnlockPage();
    buildCreatePage();
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_unlockPage);
    pages->addWidget(m_createPage);
    buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addSpacing(8);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_createNew);
    bottom->addWidget(m_openOther);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // One chain for both pages: the hidden page's widgets are skipped.
    setTabOrder(m_passphrase, m_name);
    setTabOrder(m_name, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_newPassphrase);
    setTabOrder(m_newPassphrase, m_confirm);
    setTabOrder(m_confirm, m_unlockButton);
    setTabOrder(m_unlockButton, m_createButton);
    setTabOrder(m_createButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_createNew);
    setTabOrder(m_createNew, m_openOther);

    retranslate();
    setMode(Mode::Unlock);
}

StoreDialog::StoreDialog(Mode mode, const QString &path, QWidget *parent) : StoreDialog(parent)
{
    if (mode == Mode::Unlock)
        showUnlock(path);
    else
        showCreate(path);
}

StoreDialog::~StoreDialog() = default;

void StoreDialog::buildUnlockPage()
{
    m_unlockPage = new QWidget;
    m_unlockTitle = new QLabel(m_unlockPage);
    theme::markAsHeading(m_unlockTitle);

    m_unlockFileLabel = new QLabel(m_unlockPage);
    m_unlockFile = new ElidedLabel(m_unlockPage);
    m_unlockFile->setObjectName(u"unlockFile"_s);
    m_unlockFileError = errorLabel(m_unlockPage, u"unlockFileError"_s);

    m_passphraseLabel = new QLabel(m_unlockPage);
    m_passphrase = new QLineEdit(m_unlockPage);
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_passphraseError = errorLabel(m_unlockPage, u"passphraseError"_s);

    m_demoHint = new QLabel(m_unlockPage);
    m_demoHint->setObjectName(u"demoHint"_s);
    theme::markAsHint(m_demoHint);
    m_demoHint->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_unlockFileLabel, m_unlockFile);
    form->addRow(QString(), m_unlockFileError);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_passphraseError);
    form->addRow(QString(), m_demoHint);

    auto *layout = new QVBoxLayout(m_unlockPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unlockTitle);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_passphrase, &QLineEdit::textChanged, this, [this] {
        m_unlockButton->setEnabled(!m_passphrase->text().isEmpty());
    });
}

void StoreDialog::buildCreatePage()
{
    m_createPage = new QWidget;
    m_createTitle = new QLabel(m_createPage);
    theme::markAsHeading(m_createTitle);
    m_createIntro = new QLabel(m_createPage);
    theme::markAsHint(m_createIntro);

    m_nameLabel = new QLabel(m_createPage);
    m_name = new QLineEdit(m_createPage);
    m_name->setObjectName(u"storeName"_s);
    m_nameLabel->setBuddy(m_name);

    m_fileLabel = new QLabel(m_createPage);
    m_file = new QLineEdit(m_createPage);
    m_file->setObjectName(u"storeFile"_s);
    m_fileLabel->setBuddy(m_file);
    m_browse = new QPushButton(m_createPage);
    m_browse->setAutoDefault(false);
    m_fileError = errorLabel(m_createPage, u"fileError"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_newPassphraseLabel = new QLabel(m_createPage);
    m_newPassphrase = new QLineEdit(m_createPage);
    m_newPassphrase->setObjectName(u"newPassphrase"_s);
    m_newPassphrase->setEchoMode(QLineEdit::Password);
    m_newPassphraseLabel->setBuddy(m_newPassphrase);
    m_strengthMeter = new StrengthMeter(m_createPage);
    m_strengthMeter->setObjectName(u"strengthMeter"_s);
    m_strengthText = new QLabel(m_createPage);
    m_strengthText->setObjectName(u"strengthText"_s);
    theme::markAsHint(m_strengthText);
    auto *strengthRow = new QVBoxLayout;
    strengthRow->setSpacing(3);
    strengthRow->addWidget(m_strengthMeter);
    strengthRow->addWidget(m_strengthText);

    m_confirmLabel = new QLabel(m_createPage);
    m_confirm = new QLineEdit(m_createPage);
    m_confirm->setObjectName(u"confirmPassphrase"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmError = errorLabel(m_createPage, u"confirmError"_s);
    m_createError = errorLabel(m_createPage, u"createError"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(QString(), m_fileError);
    form->addRow(m_newPassphraseLabel, m_newPassphrase);
    form->addRow(QString(), strengthRow);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_confirmError);

    auto *layout = new QVBoxLayout(m_createPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_createTitle);
    layout->addWidget(m_createIntro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_createError);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &StoreDialog::updateCreateState);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_fileError->hide();
        updateCreateState();
    });
    connect(m_newPassphrase, &QLineEdit::textChanged, this,
            &StoreDialog::passphraseStrengthChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &StoreDialog::updateCreateState);
    connect(m_browse, &QPushButton::clicked, this, &StoreDialog::chooseNewStoreFile);
}

void StoreDialog::buildButtons()
{
    m_createNew = new QPushButton(this);
    m_createNew->setObjectName(u"createNewButton"_s);
    m_openOther = new QPushButton(this);
    m_openOther->setObjectName(u"openOtherButton"_s);
    for (QPushButton *button : {m_createNew, m_openOther}) {
        button->setFlat(true);
        button->setAutoDefault(false); // Enter in a field always means Unlock or Create
        button->setCursor(Qt::PointingHandCursor);
        // Drawn as links: they switch what the dialog does rather than validate it.
        QPalette palette = button->palette();
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
        button->setPalette(palette);
    }

    m_buttons = new QDialogButtonBox(this);
    m_unlockButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setIcon(QIcon()); // some styles give Cancel an icon and not Unlock

    connect(m_unlockButton, &QPushButton::clicked, this, &StoreDialog::unlock);
    connect(m_createButton, &QPushButton::clicked, this, &StoreDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createNew, &QPushButton::clicked, this, [this] { showCreate(); });
    connect(m_openOther, &QPushButton::clicked, this, &StoreDialog::chooseStoreToOpen);
}

QString StoreDialog::storePath() const
{
    return m_mode == Mode::Unlock ? m_unlockPath : absolutePath(m_file->text().trimmed());
}

void StoreDialog::showUnlock(const QString &path)
{
    m_unlockPath = absolutePath(path);
    m_unlockFile->setText(QDir::toNativeSeparators(m_unlockPath));
    m_passphrase->clear();
    setMode(Mode::Unlock);
}

void StoreDialog::showCreate(const QString &suggestedPath)
{
    if (!suggestedPath.isEmpty())
        m_file->setText(QDir::toNativeSeparators(absolutePath(suggestedPath)));
    else if (m_file->text().isEmpty())
        m_file->setText(QDir::toNativeSeparators(
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u"/CoopDesk.coopdesk"_s));
    setMode(Mode::Create);
}

void StoreDialog::setDemoStore(const QString &path, const QString &passphrase)
{
    m_demoPath = absolutePath(path);
    m_demoPassphrase = passphrase;
    updateDemoHint();
}

std::unique_ptr<Store> StoreDialog::takeStore()
{
    return std::move(m_store);
}

void StoreDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool unlocking = mode == Mode::Unlock;
    clearErrors();
    m_unlockPage->setVisible(unlocking);
    m_createPage->setVisible(!unlocking);

    m_unlockButton->setVisible(unlocking);
    m_createButton->setVisible(!unlocking);
    m_unlockButton->setDefault(unlocking);
    m_createButton->setDefault(!unlocking);
    m_createNew->setVisible(unlocking);
    m_unlockButton->setEnabled(!m_passphrase->text().isEmpty());
    retranslate(); // the title depends on the mode; also refreshes the hints and Create

    if (unlocking)
        m_passphrase->setFocus();
    else if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_newPassphrase->setFocus();
    fitHeight();
}

void StoreDialog::retranslate()
{
    setWindowTitle(m_mode == Mode::Unlock ? tr("Open a store") : tr("New store"));

    m_unlockTitle->setText(tr("Unlock the store"));
    m_unlockFileLabel->setText(tr("File:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlockFile->setAccessibleDescription(tr("Store file"));

    m_createTitle->setText(tr("Create a new store"));
    m_createIntro->setText(tr("The store is an encrypted file that holds the cooperative's data. "
                              "Nobody can open it without its passphrase, nor recover a lost "
                              "passphrase: keep it somewhere safe."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Store name"));
    m_name->setPlaceholderText(tr("e.g. Horizon Cooperative"));
    m_fileLabel->setText(tr("&File:"));
    m_file->setAccessibleName(tr("Store file"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the store file"));
    m_newPassphraseLabel->setText(tr("&Passphrase:"));
    m_newPassphrase->setAccessibleName(tr("New passphrase"));
    m_confirmLabel->setText(tr("C&onfirm:"));
    m_confirm->setAccessibleName(tr("Confirm the passphrase"));
    m_strengthMeter->setAccessibleName(tr("Passphrase strength"));

    m_createNew->setText(tr("Create a new store…"));
    m_openOther->setText(tr("Open another store…"));
    m_unlockButton->setText(tr("&Unlock"));
    m_createButton->setText(tr("C&reate"));

    updateDemoHint();
    passphraseStrengthChanged(); // and the state of Create
}

void StoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StoreDialog::updateDemoHint()
{
    const bool demo = m_mode == Mode::Unlock && !m_demoPath.isEmpty()
                      && m_unlockPath == m_demoPath;
    //: %1 is the demo passphrase, shown as is
    m_demoHint->setText(tr("Demo store: the passphrase is “%1”.").arg(m_demoPassphrase));
    m_demoHint->setVisible(demo);
}

void StoreDialog::passphraseStrengthChanged()
{
    const QString passphrase = m_newPassphrase->text();
    const PassphraseStrength strength = estimatePassphraseStrength(passphrase);
    QString text;
    switch (strength) {
    case PassphraseStrength::TooShort:
        text = passphrase.isEmpty()
                   ? tr("At least %1 characters; several words are easy to remember.")
                         .arg(kMinimumPassphraseLength)
                   : tr("Too short: at least %1 characters.").arg(kMinimumPassphraseLength);
        break;
    case PassphraseStrength::Weak:
        text = tr("Weak: add words, capitals, digits or symbols.");
        break;
    case PassphraseStrength::Fair:
        text = tr("Fair.");
        break;
    case PassphraseStrength::Strong:
        text = tr("Strong.");
        break;
    }
    m_strengthMeter->setStrength(strength, text);
    m_strengthText->setText(text);
    updateCreateState();
}

void StoreDialog::updateCreateState()
{
    const QString passphrase = m_newPassphrase->text();
    const QString confirmation = m_confirm->text();
    // Warn only once the confirmation can no longer become right, not at every keystroke.
    const bool cannotBecomeEqual = !passphrase.startsWith(confirmation)
                                   || confirmation.size() >= passphrase.size();
    const bool mismatch = !confirmation.isEmpty() && confirmation != passphrase
                          && cannotBecomeEqual;
    if (mismatch)
        showError(m_confirmError, m_confirm, tr("The two passphrases differ."));
    else if (m_confirmError->isVisible() || !m_confirmError->text().isEmpty()) {
        m_confirmError->clear();
        m_confirmError->hide();
        m_confirm->setAccessibleDescription(QString());
    }

    const bool ready = !m_name->text().trimmed().isEmpty() && !m_file->text().trimmed().isEmpty()
                       && isAcceptablePassphrase(estimatePassphraseStrength(passphrase))
                       && confirmation == passphrase;
    m_createButton->setEnabled(ready);
}

void StoreDialog::clearErrors()
{
    for (QLabel *label : {m_unlockFileError, m_passphraseError, m_fileError, m_createError}) {
        label->clear();
        label->hide();
    }
    const QList<QWidget *> fields = {m_unlockFile, m_passphrase, m_file, m_createPage};
    for (QWidget *field : fields)
        field->setAccessibleDescription(QString());
}

void StoreDialog::showError(QLabel *label, QWidget *field, const QString &message)
{
    if (label->text() == message && label->isVisible())
        return;
    label->setText(message);
    label->show();
    // Screen readers announce the alert and read the message with the field.
    field->setAccessibleDescription(message);
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void StoreDialog::fitHeight()
{
    // The height that the wrapped texts need at the current width: adjustSize() would measure
    // wrapped labels at their narrowest and leave the dialog too tall.
    layout()->activate();
    const int preferred = std::max(minimumWidth(), sizeHint().width());
    // Before the first show, width() is Qt's default for new windows, not a choice of the person.
    const int width = isVisible() ? std::max(this->width(), preferred) : preferred;
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                     : layout()->totalSizeHint().height();
    resize(width, height);
}

void StoreDialog::setBusy(bool busy)
{
    m_pages->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_createNew->setEnabled(!busy);
    m_openOther->setEnabled(!busy);
}

void StoreDialog::unlock()
{
    if (m_passphrase->text().isEmpty())
        return;
    clearErrors();
    Result<std::unique_ptr<Store>> opened = [this] {
        BusyScope busy(this);
        return Store::open(m_unlockPath, m_passphrase->text());
    }();
    if (!opened) {
        const Error &error = opened.error();
        if (error.code() == ErrorCode::WrongPassphrase) {
            showError(m_passphraseError, m_passphrase, error.message());
            m_passphrase->clear();
        } else {
            showError(m_unlockFileError, m_unlockFile, error.message());
        }
        m_passphrase->setFocus();
        fitHeight();
        return;
    }
    m_store = std::move(*opened);
    accept();
}

void StoreDialog::create()
{
    if (!m_createButton->isEnabled())
        return;
    clearErrors();
    StoreCreateOptions options;
    options.name = m_name->text().trimmed();
    options.kdf = m_kdf;
    const QString path = storePath();
    Result<std::unique_ptr<Store>> created = [&] {
        BusyScope busy(this);
        return Store::create(path, m_newPassphrase->text(), options);
    }();
    if (!created) {
        const Error &error = created.error();
        switch (error.code()) {
        case ErrorCode::AlreadyExists:
        case ErrorCode::NotFound:
        case ErrorCode::Io:
            showError(m_fileError, m_file, error.message());
            m_file->setFocus();
            break;
        default:
            showError(m_createError, m_createPage, error.message());
            break;
        }
        fitHeight();
        return;
    }
    m_store = std::move(*created);
    accept();
}

void StoreDialog::chooseStoreToOpen()
{
    const QString start = m_mode == Mode::Unlock && !m_unlockPath.isEmpty()
                              ? QFileInfo(m_unlockPath).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a store"), start, tr("CoopDesk stores (*.coopdesk);;All files (*)"));
    if (!path.isEmpty())
        showUnlock(path);
}

void StoreDialog::chooseNewStoreFile()
{
    QFileDialog dialog(this, tr("New store file"), QFileInfo(storePath()).absolutePath(),
                       tr("CoopDesk stores (*.coopdesk)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"coopdesk"_s);
    if (!storePath().isEmpty())
        dialog.selectFile(storePath());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_file->setText(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
}

} // namespace coop::ui
