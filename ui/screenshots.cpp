#include "screenshots.h"

#include "mainwindow.h"
#include "storedialog.h"

#include "core/storage/store.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// Lets the window system map and paint what was just shown.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QDir &directory, const QString &name)
{
    settle();
    const QString path = directory.filePath(name + u".png"_s);
    const bool saved = widget->grab().save(path, "PNG");
    QTextStream(stderr) << (saved ? "saved " : "could not save ") << path << '\n';
    return saved;
}

void type(QWidget *parent, const QString &field, const QString &text)
{
    if (auto *edit = parent->findChild<QLineEdit *>(field))
        edit->setText(text);
}

} // namespace

int takeScreenshots(const QString &directory, const QString &storePath, const QString &passphrase)
{
    const QDir dir(directory);
    if (!QDir().mkpath(directory))
        return 1;
    bool ok = true;

    {
        StoreDialog dialog(StoreDialog::Mode::Unlock, storePath);
        dialog.setDemoStore(storePath, passphrase);
        dialog.show();
        ok &= save(&dialog, dir, u"unlock-dialog"_s);

        type(&dialog, u"passphrase"_s, u"not the passphrase"_s);
        dialog.findChild<QPushButton *>(u"unlockButton"_s)->click();
        ok &= save(&dialog, dir, u"unlock-dialog-error"_s);

        dialog.showCreate(QFileInfo(storePath).absolutePath() + u"/horizon.coopdesk"_s);
        type(&dialog, u"storeName"_s, u"Coopérative Horizon"_s);
        type(&dialog, u"newPassphrase"_s, u"cheval agrafe correct"_s);
        type(&dialog, u"confirmPassphrase"_s, u"cheval agrafe incorrect"_s);
        ok &= save(&dialog, dir, u"create-dialog"_s);
    }

    Result<std::unique_ptr<Store>> store = Store::open(storePath, passphrase);
    if (!store) {
        QTextStream(stderr) << store.error().toString() << '\n';
        return 1;
    }
    MainWindow window(std::move(*store));
    window.resize(1020, 640);
    window.setCurrentArea(MainWindow::Area::Home);
    window.show();
    ok &= save(&window, dir, u"main-window"_s);
    window.setCurrentArea(MainWindow::Area::Contributions);
    ok &= save(&window, dir, u"main-window-area"_s);
    return ok ? 0 : 1;
}

} // namespace coop::ui
