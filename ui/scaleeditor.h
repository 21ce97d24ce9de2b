#pragma once

#include "formdialog.h"

#include "core/storage/contributionrepository.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
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

// One version of a contribution scale as a form (issue 6 §6): every field of ContributionScale,
// the brackets and the monthly floors in tables, judged by the core's validate(); an error at
// "brackets[1].rate" is shown under the brackets' table and on the cell itself. Before saving, a
// preview computes a month's contribution of every activity the scale applies to, as if it were
// saved (ContributionRepository::preview, nothing written), beside what they owe today.
class ScaleEditor : public FormDialog
{
    Q_OBJECT
public:
    enum PreviewColumn { Activity, Entrepreneur, Base, Current, WithScale, Difference,
                         PreviewColumnCount };
    enum BracketColumn { BracketFrom, BracketRate };
    enum FloorColumn { FloorSeniority, FloorContractType, FloorMonthly };

    // `initial` is the version edited (its id set) or the draft of a new one (id empty).
    ScaleEditor(Store &store, const StoredContributionScale &initial, QWidget *parent = nullptr);
    ~ScaleEditor() override;

    QTableWidget *bracketsTable() const { return m_brackets; }
    QTableWidget *floorsTable() const { return m_floors; }
    // Rows of the tables, added at their end.
    void addBracket(Money from = {}, Rate rate = {});
    void addFloor(const ContributionFloor &floor = {});

    // The message of the core at one cell ("brackets[1].rate"), empty when none.
    QString cellError(const QString &where) const;

    // The month the preview computes, and the preview itself.
    void setPreviewMonth(QDate month);
    QDate previewMonth() const;
    bool preview();
    QStandardItemModel *previewModel() const { return m_previewModel; }
    QString previewMessage() const;
    QString previewTotals() const;
    // Per activity id: the contribution of the month with the scale as stored, and as edited.
    const QHash<QString, ActivityContribution> &currentFigures() const { return m_current; }
    const QHash<QString, ActivityContribution> &previewFigures() const { return m_previewed; }

    // The version as saved, once the dialog is accepted.
    const StoredContributionScale &saved() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    StoredContributionScale build(ValidationErrors &errors) const;
    void markCells(const ValidationErrors &errors);
    void clearPreview(const QString &message);

    Store &m_store;
    StoredContributionScale m_initial;
    StoredContributionScale m_saved;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_assembly = nullptr;
    QDateEdit *m_effectiveFrom = nullptr;
    QComboBox *m_base = nullptr;
    QComboBox *m_application = nullptr;
    QComboBox *m_basis = nullptr;
    QTableWidget *m_brackets = nullptr;
    QTableWidget *m_floors = nullptr;
    QLineEdit *m_cap = nullptr;
    QLineEdit *m_capAssociate = nullptr;
    QLineEdit *m_internalRate = nullptr;
    QCheckBox *m_default = nullptr;

    QDateEdit *m_month = nullptr;
    QPushButton *m_previewButton = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewMessage = nullptr;
    QLabel *m_previewTotals = nullptr;
    QHash<QString, ActivityContribution> m_current;
    QHash<QString, ActivityContribution> m_previewed;
    QHash<QString, QString> m_cellErrors;
};

// The stored scales, by code and version, from the fees area: a new scale, a new version of the
// selected one (its copy from a later date) or an edit of the selected version, each in a
// ScaleEditor; the list is read again once one is saved.
class ScalesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScalesDialog(Store &store, QWidget *parent = nullptr);
    ~ScalesDialog() override;

    void refresh();
    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QList<StoredContributionScale> scales() const { return m_scales; }
    void selectScale(const QString &id);
    std::optional<StoredContributionScale> selectedScale() const;
    QString message() const;

    // Each opens its editor (window-modal, returned for tests); null when nothing is selected.
    ScaleEditor *newScale();
    ScaleEditor *newVersion();
    ScaleEditor *editSelected();

private:
    ScaleEditor *openEditor(const StoredContributionScale &initial);
    void updateButtons();

    Store &m_store;
    QList<StoredContributionScale> m_scales;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_newVersion = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QPointer<ScaleEditor> m_editor;
};

} // namespace coop::ui
