#pragma once

#include "formdialog.h"

#include "core/salesdocument.h"
#include "core/storage/salesrepository.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace coop {
class Store;
}

namespace coop::ui {

// Records a payment of a validated invoice (or a refund of a credit note): date, amount (what is
// left to pay unless changed), mode, the treasury account it went to and a reference. An amount
// the store refuses (zero, more than what is left) is shown at the amount field.
class PaymentDialog : public FormDialog
{
    Q_OBJECT
public:
    PaymentDialog(Store &store, const SalesDocument &document, Money remaining,
                  QWidget *parent = nullptr);

    // The payment as recorded, once accepted.
    const Payment &payment() const { return m_payment; }
    Money remaining() const { return m_remaining; }

protected:
    ValidationErrors check() override;
    Result<void> save() override;

private:
    SalesRepository m_repository;
    QString m_documentId;
    Money m_remaining;
    Payment m_payment;
    QDate m_date;
    Money m_amount;

    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QLineEdit *m_reference = nullptr;
};

} // namespace coop::ui
