#pragma once

#include "formdialog.h"

#include "core/customer.h"
#include "core/storage/salesrepository.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// One catalogue item: designation, unit, unit price excluding VAT, VAT rate (and its exemption
// mention at 0 %), revenue account. The core checks it (validate(CatalogItem)) and each error
// shows at its field; saved through SalesRepository.
class CatalogItemDialog : public FormDialog
{
    Q_OBJECT
public:
    CatalogItemDialog(Store &store, const CatalogItem &item, QWidget *parent = nullptr);

    const CatalogItem &item() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    SalesRepository m_repository;
    CatalogItem m_original;
    CatalogItem m_built;
    CatalogItem m_saved;

    QLineEdit *m_designation = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_rate = nullptr;
    QLineEdit *m_mention = nullptr;
    QLineEdit *m_account = nullptr;
};

// The catalogue of one activity: its items in a table (archived ones included, marked), with Add,
// Edit and Archive. Every change is written at once; the invoice editor's "From catalogue" menu
// reads the catalogue again each time it opens.
class CatalogDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogDialog(Store &store, const QString &activityId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The items as shown, in table order.
    const QList<CatalogItem> &items() const { return m_items; }
    // The item form open now (after addItem / editCurrent), null when none.
    CatalogItemDialog *itemDialog() const { return m_itemDialog; }
    // The message of a failed read or archive, empty when none.
    QString error() const;

    void addItem();
    void editCurrent();
    // Archives (or brings back) the selected item.
    bool archiveCurrent();

Q_SIGNALS:
    void catalogChanged();

private:
    void reload();
    void openItem(const CatalogItem &item);
    void updateButtons();

    Store &m_store;
    QString m_activityId;
    QList<CatalogItem> m_items;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QLabel *m_error = nullptr;
    QPointer<CatalogItemDialog> m_itemDialog;
};

} // namespace coop::ui
