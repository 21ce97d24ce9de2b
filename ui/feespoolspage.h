#pragma once

#include "core/costallocation.h"
#include "core/storage/costpoolrepository.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
#include <QMessageBox>
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace coop {
class Store;
}

namespace coop::ui {

class PoolEditor;

// The shared-cost pools (issue 6 §6, "Shared costs" tab): the pools of the store; for the one
// selected, a preview of its split with the explanation of every share (nothing written), and its
// allocation after a confirmation; an allocated pool shows the shares stored with it.
class FeesPoolsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeesPoolsPage(QWidget *parent = nullptr);
    ~FeesPoolsPage() override;

    void setStore(Store *store);
    void refresh();

    QStandardItemModel *poolsModel() const { return m_pools; }
    QStandardItemModel *sharesModel() const { return m_shares; }
    QTableView *poolsView() const { return m_poolsView; }
    QTableView *sharesView() const { return m_sharesView; }

    QList<StoredCostPool> pools() const { return m_stored; }
    void selectPool(const QString &id);
    std::optional<StoredCostPool> selectedPool() const;

    // The shares in the table (the preview's, or those stored with an allocated pool).
    QList<AllocationShare> shownShares() const { return m_shown; }
    QString message() const;
    QString status() const;

    // Shows the split of the selected pool without writing anything.
    bool preview();
    // Asks for a confirmation, then allocates (the box is allocateConfirmation()).
    void allocate();
    QMessageBox *allocateConfirmation() const { return m_confirmation; }
    // Allocates the selected pool and stores its shares, without asking.
    bool allocateNow();

    // Open the pool editor (window-modal, returned for tests) on a new pool, or on the selected
    // draft (null when none is selected or it is allocated); the list is read again once saved.
    PoolEditor *newPool();
    PoolEditor *editSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void showShares(const Allocation &allocation, bool stored);
    void showError(const QString &text);
    PoolEditor *openEditor(const StoredCostPool &initial);
    void setHeaders();
    void retranslate();

    Store *m_store = nullptr;
    QList<StoredCostPool> m_stored;
    QList<AllocationShare> m_shown;
    QStandardItemModel *m_pools = nullptr;
    QStandardItemModel *m_shares = nullptr;
    QTableView *m_poolsView = nullptr;
    QTableView *m_sharesView = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_allocate = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPointer<PoolEditor> m_editor;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_sharesTitle = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace coop::ui
