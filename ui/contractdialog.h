#pragma once

#include "formdialog.h"

#include "core/contract.h"
#include "core/entrepreneur.h"
#include "core/storage/peoplerepository.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace coop {
class Store;
}

namespace coop::ui {

// One step of a person's contracts, as a form: a new CAPE, its renewal, signing the CESA, an
// amendment (avenant), becoming an associate, or the exit. The dialog builds the changed Contract
// and the core's validate() judges it; each error is shown at the field of the step (the new
// period's end, the amendment's fixed part…), errors elsewhere in the contract at the top.
class ContractDialog : public FormDialog
{
    Q_OBJECT
public:
    enum class Mode { NewCape, RenewCape, SignCesa, Amendment, Associate, Exit };

    // `contracts` are all of the person's contracts; `target` is the contract the step changes
    // (RenewCape: the CAPE; Amendment, Associate: the CESA; Exit: either), unused otherwise.
    ContractDialog(Store &store, Mode mode, const Entrepreneur &entrepreneur,
                   const QList<Contract> &contracts, const std::optional<Contract> &target = {},
                   QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The contract as saved, once the dialog is accepted.
    const Contract &contract() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    struct TermsFields
    {
        QDateEdit *effectiveFrom = nullptr;
        QLineEdit *fixedPart = nullptr;
        QLineEdit *variableRate = nullptr;
        QLineEdit *hours = nullptr;
        QCheckBox *equivalentHours = nullptr;
        QCheckBox *cadre = nullptr;
        QLineEdit *scale = nullptr;
        QLineEdit *contributionOverride = nullptr;
        QLineEdit *referent = nullptr;
        QLineEdit *note = nullptr;
    };

    void buildCape(QFormLayout *form, bool renewal);
    void buildCesa(QFormLayout *form);
    void buildAmendment(QFormLayout *form);
    void buildAssociate(QFormLayout *form);
    void buildExit(QFormLayout *form);
    void addTermsRows(QFormLayout *form, const QString &prefix, const ContractTerms &initial,
                      bool withEffectiveDate);
    ContractTerms readTerms(const QString &prefix, ValidationErrors &errors) const;
    // The CAPE that still runs on the CESA's start, which signing ends the day before.
    std::optional<Contract> capeToEnd() const;
    void follow(QDateEdit *start, QDateEdit *target, QDate (*rule)(QDate));

    Store &m_store;
    PeopleRepository m_repository;
    Mode m_mode;
    Entrepreneur m_entrepreneur;
    QList<Contract> m_contracts;
    Contract m_base;  // the contract before the step (a new one for NewCape, SignCesa)
    Contract m_built; // after the step, as last checked
    Contract m_saved;
    int m_newIndex = 0; // index of the new period or terms in the built contract

    QDateEdit *m_signedOn = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_endCape = nullptr;
    TermsFields m_terms;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_shares = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_exitNote = nullptr;
};

} // namespace coop::ui
