#pragma once

#include "formdialog.h"

#include "core/customer.h"
#include "core/storage/salesrepository.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace coop {
class Store;
}

namespace coop::ui {

// A customer of one activity: a company (name, SIREN, SIRET, VAT number) or an individual (first
// and last name), the billing address, payment terms, customer account, e-mail and contact. The
// core checks it (validate(Customer)) and each error shows at its field; saved through
// SalesRepository.
class CustomerDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new customer of `activityId`, or `existing` to edit.
    CustomerDialog(Store &store, const QString &activityId,
                   const std::optional<Customer> &existing = std::nullopt,
                   QWidget *parent = nullptr);

    // The customer as saved (with its id) once accepted.
    const Customer &customer() const { return m_saved; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    void fill(const Customer &customer);
    void kindChanged();

    SalesRepository m_repository;
    Customer m_original;
    Customer m_built;
    Customer m_saved;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_vat = nullptr;
    QLineEdit *m_line1 = nullptr;
    QLineEdit *m_line2 = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QSpinBox *m_terms = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_contact = nullptr;
};

} // namespace coop::ui
