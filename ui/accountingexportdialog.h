#pragma once

#include "core/result.h"
#include "core/storage/ledgerrepository.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace coop {
class Store;
}

namespace coop::ui {

// The ledger's exports run on the interface's thread: a Store is used only from the thread that
// opened it and the application holds no second connection (that would need the passphrase
// again), so the repository's progress callback shows a cancellable QProgressDialog and lets
// the events through. Cancelling leaves no file (the repository writes a temporary one).

// The FEC of a fiscal year into a folder (issue 7 §4): the year (that of its closing day), the
// folder (remembered), then the file's name, its lines, entries and totals once written.
class FecExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FecExportDialog(Store &store, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const;
    void setFolder(const QString &folder);
    QString folder() const;
    // Writes the file with a progress dialog; the result is also shown in the dialog.
    Result<FecExport> exportNow();
    QString resultText() const;
    QPushButton *exportButton() const { return m_export; }

private:
    Store &m_store;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The accountant's CSV of a period (issue 7 §4): the dates, the file, and the columns in a list
// with check boxes, ordered by dragging or with the arrows; "Sage-like" restores the default
// layout. The layout is remembered (QSettings) for the next export.
class CsvExportDialog : public QDialog
{
    Q_OBJECT
public:
    // The settings keys of the remembered layout: every column in the order shown, and those
    // checked.
    static inline const QString kOrderKey = QStringLiteral("accounting/csvColumnOrder");
    static inline const QString kColumnsKey = QStringLiteral("accounting/csvColumns");

    explicit CsvExportDialog(Store &store, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    void setFilePath(const QString &path);
    QString filePath() const;
    // The checked columns in their order.
    CsvLayout layout() const;
    void setColumns(const QStringList &checkedInOrder);
    void resetToSageLike();
    QListWidget *columnList() const { return m_columns; }
    // Writes the file with a progress dialog and remembers the layout; returns the lines written.
    Result<qint64> exportNow();
    QString resultText() const;
    QPushButton *exportButton() const { return m_export; }

    // Every column the CSV knows, in the default order, and its name for people.
    static QStringList allColumns();
    static QString columnName(const QString &key);

private:
    void move(int delta);
    void saveLayout() const;

    Store &m_store;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_sage = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace coop::ui
