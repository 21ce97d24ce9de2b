#pragma once

#include "formdialog.h"

#include "core/costallocation.h"
#include "core/storage/costpoolrepository.h"

#include <QList>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// A shared-cost pool as a form (issue 6 §6): its label, period, amount, charge account and key;
// for the fixed-amounts and custom-weights keys, a table of the activities with their figure.
// Its preview divides the pool as it stands in the form over the activities
// (CostPoolRepository::preview, nothing written): every share with its explanation, and their
// total, which is the pool's amount. OK saves the draft (savePool).
class PoolEditor : public FormDialog
{
    Q_OBJECT
public:
    enum WeightColumn { WeightCode, WeightName, WeightFigure };

    // `initial` is a draft pool (its id set) or a new one (id empty).
    PoolEditor(Store &store, const StoredCostPool &initial, QWidget *parent = nullptr);
    ~PoolEditor() override;

    // The figures' table (one row per activity) and whether the key uses it.
    QTableWidget *weightsTable() const { return m_weights; }
    bool weightsShown() const;
    // The figure of the activity with that analytic code, as typed ("1 200,00" or "3").
    void setFigure(const QString &activityCode, const QString &text);

    bool preview();
    const std::optional<Allocation> &previewed() const { return m_previewed; }
    QStandardItemModel *sharesModel() const { return m_shares; }
    QString previewMessage() const;
    QString previewTotal() const;

    // The pool as saved, once the dialog is accepted.
    const StoredCostPool &saved() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    StoredCostPool build(ValidationErrors &errors) const;
    void keyChanged();
    void clearPreview(const QString &message);

    Store &m_store;
    StoredCostPool m_initial;
    StoredCostPool m_saved;
    std::optional<Allocation> m_previewed;

    QLineEdit *m_label = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_key = nullptr;
    QTableWidget *m_weights = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_weightsRow = nullptr;
    QLabel *m_weightsHint = nullptr;

    QPushButton *m_previewButton = nullptr;
    QStandardItemModel *m_shares = nullptr;
    QTableView *m_sharesView = nullptr;
    QLabel *m_previewMessage = nullptr;
    QLabel *m_previewTotal = nullptr;
};

} // namespace coop::ui
