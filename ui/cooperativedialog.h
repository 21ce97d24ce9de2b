#pragma once

#include "formdialog.h"

#include "core/cooperative.h"
#include "core/storage/peoplerepository.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace coop {
class Store;
}

namespace coop::ui {

// The cooperative's settings, for an admin: identity and legal mentions, payroll parameters,
// numbering and bank. Identifiers are read as people type them ("123 456 789", "fr 76…") and
// checked by the core (SIREN and SIRET Luhn keys, the VAT key derived from the SIREN, the IBAN
// check digits); every error is shown at its field, on its tab.
class CooperativeDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CooperativeDialog(Store &store, QWidget *parent = nullptr);

    const CooperativeSettings &settings() const { return m_built; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    QWidget *identityPage();
    QWidget *payrollPage();
    QWidget *invoicingPage();
    void fill(const CooperativeSettings &settings);

    PeopleRepository m_repository;
    CooperativeSettings m_original;
    CooperativeSettings m_built;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_legalForm = nullptr;
    QLineEdit *m_capital = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_vat = nullptr;
    QLineEdit *m_rcs = nullptr;
    QLineEdit *m_naf = nullptr;
    QLineEdit *m_line1 = nullptr;
    QLineEdit *m_line2 = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QSpinBox *m_headcount = nullptr;
    QLineEdit *m_atMp = nullptr;
    QLineEdit *m_mobility = nullptr;
    QLineEdit *m_mutuelle = nullptr;
    QLineEdit *m_mutuelleShare = nullptr;
    QComboBox *m_fiscalYearStart = nullptr;
    QLineEdit *m_invoiceTemplate = nullptr;
    QLineEdit *m_creditNoteTemplate = nullptr;
    QLineEdit *m_iban = nullptr;
    QLineEdit *m_bic = nullptr;
    QLineEdit *m_bank = nullptr;
};

} // namespace coop::ui
