#include "ui/storedialog.h"

#include "core/storage/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using coop::Store;
using coop::ui::StoreDialog;

namespace {

const QString kPassphrase = u"cheval agrafe correct batterie"_s;

// Every file of a folder with its SHA-256, to prove that nothing changed.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        hashes.insert(info.fileName(), hash.result().toHex());
    }
    return hashes;
}

// QTest::keyClicks only knows ASCII: other characters are sent as the text of a key event.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

} // namespace

class tst_StoreDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void create_throughTheFields();
    void create_mismatchedConfirmationKeepsCreateDisabled();
    void create_tooShortOrWeakPassphraseKeepsCreateDisabled();
    void create_existingStoreIsReportedAtTheFileField();
    void unlock_wrongPassphraseShowsInlineErrorAndChangesNoFile();
    void unlock_rightPassphraseReturnsTheOpenStore();
    void unlock_demoStoreTellsItsPassphrase();
    void escapeCancels();
    void switchesBetweenUnlockAndCreate();
    void tabOrderFollowsTheForm();
    void fieldsHaveAccessibleNames();

private:
    QString createStore(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StoreDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_StoreDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_StoreDialog::createStore(const QString &name)
{
    const QString path = m_dir->filePath(u"existing.coopdesk"_s);
    coop::StoreCreateOptions options;
    options.name = name;
    options.kdf = coop::KdfParams::interactive();
    auto store = Store::create(path, kPassphrase, options);
    if (!store)
        qFatal("cannot create the test store: %s", qPrintable(store.error().toString()));
    return path;
}

void tst_StoreDialog::create_throughTheFields()
{
    const QString path = m_dir->filePath(u"sud.coopdesk"_s);
    StoreDialog dialog(StoreDialog::Mode::Create, path);
    dialog.setKdfParams(coop::KdfParams::interactive());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), StoreDialog::Mode::Create);
    QCOMPARE(dialog.storePath(), path);

    auto *create = child<QPushButton>(&dialog, u"createButton"_s);
    QVERIFY(!create->isEnabled());
    type(child<QLineEdit>(&dialog, u"storeName"_s), u"Coopérative Sud"_s);
    type(child<QLineEdit>(&dialog, u"newPassphrase"_s), kPassphrase);
    QVERIFY(!create->isEnabled()); // not confirmed yet
    type(child<QLineEdit>(&dialog, u"confirmPassphrase"_s), kPassphrase);
    QVERIFY(create->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, u"confirmError"_s)->isVisible());

    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->name(), u"Coopérative Sud"_s);
    QVERIFY(!dialog.takeStore());
    store.reset();

    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(Store::keyFilePath(path)));
    auto reopened = Store::open(path, kPassphrase);
    QVERIFY2(reopened.has_value(), qPrintable(reopened ? QString() : reopened.error().toString()));
    QCOMPARE((*reopened)->name(), u"Coopérative Sud"_s);
}

void tst_StoreDialog::create_mismatchedConfirmationKeepsCreateDisabled()
{
    const QString path = m_dir->filePath(u"mismatch.coopdesk"_s);
    StoreDialog dialog(StoreDialog::Mode::Create, path);
    dialog.setKdfParams(coop::KdfParams::interactive());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *confirm = child<QLineEdit>(&dialog, u"confirmPassphrase"_s);
    auto *error = child<QLabel>(&dialog, u"confirmError"_s);
    type(child<QLineEdit>(&dialog, u"storeName"_s), u"Coop"_s);
    type(child<QLineEdit>(&dialog, u"newPassphrase"_s), kPassphrase);
    type(confirm, u"cheval agrafe"_s);
    QVERIFY2(!error->isVisible(), "a confirmation still being typed is not a mismatch");
    type(confirm, u" incorrect"_s);

    auto *create = child<QPushButton>(&dialog, u"createButton"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(confirm->accessibleDescription(), error->text());
    // The message sits right under the confirmation field, in the same column.
    const QRect fieldRect(confirm->mapTo(&dialog, QPoint(0, 0)), confirm->size());
    const QRect errorRect(error->mapTo(&dialog, QPoint(0, 0)), error->size());
    QVERIFY(errorRect.top() >= fieldRect.bottom());
    QVERIFY(errorRect.top() - fieldRect.bottom() < 3 * confirm->height());
    QCOMPARE(errorRect.left(), fieldRect.left());

    // Enter does not get past a disabled Create.
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(path));

    // Fixing the confirmation clears the message and enables Create.
    confirm->clear();
    type(confirm, kPassphrase);
    QVERIFY(!error->isVisible());
    QVERIFY(create->isEnabled());
}

void tst_StoreDialog::create_tooShortOrWeakPassphraseKeepsCreateDisabled()
{
    StoreDialog dialog(StoreDialog::Mode::Create, m_dir->filePath(u"short.coopdesk"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *passphrase = child<QLineEdit>(&dialog, u"newPassphrase"_s);
    auto *confirm = child<QLineEdit>(&dialog, u"confirmPassphrase"_s);
    auto *strength = child<QLabel>(&dialog, u"strengthText"_s);
    auto *create = child<QPushButton>(&dialog, u"createButton"_s);
    type(child<QLineEdit>(&dialog, u"storeName"_s), u"Coop"_s);

    type(passphrase, u"court"_s);
    type(confirm, u"court"_s);
    QVERIFY(!create->isEnabled());
    const QString tooShort = strength->text();
    QVERIFY(tooShort.contains(u"10"_s));

    passphrase->setText(u"abcdefghij"_s);
    confirm->setText(u"abcdefghij"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(strength->text() != tooShort);

    passphrase->setText(kPassphrase);
    confirm->setText(kPassphrase);
    QVERIFY(create->isEnabled());
}

void tst_StoreDialog::create_existingStoreIsReportedAtTheFileField()
{
    const QString path = createStore(u"Existing"_s);
    const auto before = snapshot(m_dir->path());
    StoreDialog dialog(StoreDialog::Mode::Create, path);
    dialog.setKdfParams(coop::KdfParams::interactive());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(child<QLineEdit>(&dialog, u"storeName"_s), u"Other"_s);
    type(child<QLineEdit>(&dialog, u"newPassphrase"_s), kPassphrase);
    type(child<QLineEdit>(&dialog, u"confirmPassphrase"_s), kPassphrase);
    QTest::mouseClick(child<QPushButton>(&dialog, u"createButton"_s), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeStore());
    auto *error = child<QLabel>(&dialog, u"fileError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(snapshot(m_dir->path()), before);
}

void tst_StoreDialog::unlock_wrongPassphraseShowsInlineErrorAndChangesNoFile()
{
    const QString path = createStore(u"Coopérative Nord"_s);
    const auto before = snapshot(m_dir->path());
    QVERIFY(before.contains(u"existing.coopdesk"_s));
    QVERIFY(before.contains(u"existing.coopdesk.key"_s));

    StoreDialog dialog(StoreDialog::Mode::Unlock, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = child<QLineEdit>(&dialog, u"passphrase"_s);
    auto *error = child<QLabel>(&dialog, u"passphraseError"_s);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!error->isVisible());

    type(field, u"not the passphrase"_s);
    QTest::keyClick(field, Qt::Key_Return); // Enter validates
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeStore());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(field->accessibleDescription(), error->text());
    QVERIFY(field->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), field);
    QVERIFY(field->isEnabled());
    QCOMPARE(error->palette().color(QPalette::WindowText).red() > 150, true);
    // No message box: the dialog is the only window.
    const QWidgetList windows = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(windows.cbegin(), windows.cend(),
                           [](const QWidget *w) { return w->isVisible(); }),
             1);

    QCOMPARE(snapshot(m_dir->path()), before);
}

void tst_StoreDialog::unlock_rightPassphraseReturnsTheOpenStore()
{
    const QString path = createStore(u"Coopérative Est"_s);
    StoreDialog dialog(StoreDialog::Mode::Unlock, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *unlock = child<QPushButton>(&dialog, u"unlockButton"_s);
    QVERIFY(!unlock->isEnabled()); // nothing typed yet

    // A wrong attempt first: the dialog stays usable for the right one.
    type(child<QLineEdit>(&dialog, u"passphrase"_s), u"wrong passphrase"_s);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(dialog.isVisible());

    type(child<QLineEdit>(&dialog, u"passphrase"_s), kPassphrase);
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    QCOMPARE(store->name(), u"Coopérative Est"_s);
    QCOMPARE(store->path(), path);
}

void tst_StoreDialog::unlock_demoStoreTellsItsPassphrase()
{
    const QString path = createStore(u"Démo"_s);
    StoreDialog dialog;
    dialog.setDemoStore(path, u"demo"_s);
    dialog.showUnlock(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hint = child<QLabel>(&dialog, u"demoHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"“demo”"_s));

    dialog.showUnlock(m_dir->filePath(u"other.coopdesk"_s));
    QVERIFY(!hint->isVisible());
    dialog.showCreate();
    QVERIFY(!hint->isVisible());
}

void tst_StoreDialog::escapeCancels()
{
    const QString path = createStore(u"Coop"_s);
    StoreDialog dialog(StoreDialog::Mode::Unlock, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(child<QLineEdit>(&dialog, u"passphrase"_s), u"abc"_s);
    QTest::keyClick(child<QLineEdit>(&dialog, u"passphrase"_s), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeStore());
}

void tst_StoreDialog::switchesBetweenUnlockAndCreate()
{
    const QString path = createStore(u"Coop"_s);
    StoreDialog dialog(StoreDialog::Mode::Unlock, path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *createNew = child<QPushButton>(&dialog, u"createNewButton"_s);
    auto *openOther = child<QPushButton>(&dialog, u"openOtherButton"_s);
    QVERIFY(createNew->isVisible());
    QVERIFY(openOther->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"unlockButton"_s)->isDefault());

    QTest::mouseClick(createNew, Qt::LeftButton);
    QCOMPARE(dialog.mode(), StoreDialog::Mode::Create);
    QVERIFY(child<QLineEdit>(&dialog, u"storeName"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, u"passphrase"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"unlockButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"createButton"_s)->isDefault());
    QVERIFY(!createNew->isVisible());
    QVERIFY(openOther->isVisible());

    dialog.showUnlock(path);
    QCOMPARE(dialog.mode(), StoreDialog::Mode::Unlock);
    QCOMPARE(dialog.storePath(), path);
    QVERIFY(child<QLineEdit>(&dialog, u"passphrase"_s)->isVisible());
}

void tst_StoreDialog::tabOrderFollowsTheForm()
{
    StoreDialog dialog(StoreDialog::Mode::Create, m_dir->filePath(u"tab.coopdesk"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    const QStringList expected = {u"storeName"_s, u"storeFile"_s, QString(), u"newPassphrase"_s,
                                  u"confirmPassphrase"_s};
    auto *name = child<QLineEdit>(&dialog, u"storeName"_s);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!expected.at(i).isEmpty())
            QCOMPARE(QApplication::focusWidget()->objectName(), expected.at(i));
        else
            QVERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget())); // Browse…
    }
}

void tst_StoreDialog::fieldsHaveAccessibleNames()
{
    StoreDialog dialog(StoreDialog::Mode::Create, m_dir->filePath(u"a11y.coopdesk"_s));
    for (const QString &name : {u"storeName"_s, u"storeFile"_s, u"newPassphrase"_s,
                                u"confirmPassphrase"_s, u"passphrase"_s}) {
        QVERIFY2(!child<QLineEdit>(&dialog, name)->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(tst_StoreDialog)
#include "tst_storedialog.moc"
