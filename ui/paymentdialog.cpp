#include "paymentdialog.h"

#include "format.h"
#include "invoicesmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

PaymentDialog::PaymentDialog(Store &store, const SalesDocument &document, Money remaining,
                             QWidget *parent)
    : FormDialog(parent), m_repository(store), m_documentId(document.id), m_remaining(remaining)
{
    setObjectName(u"paymentDialog"_s);
    setTitle(document.kind == DocumentKind::CreditNote
                 ? tr("Refund of credit note %1").arg(document.number)
                 : tr("Payment of invoice %1").arg(document.number),
             //: %1 is an amount
             tr("Left to pay: %1").arg(formatMoney(remaining)));
    setOkText(tr("Record"));

    m_dateEdit = newDateEdit(this);
    m_dateEdit->setDate(m_repository.today());
    m_amountEdit = newNumberEdit(this);
    m_amountEdit->setText(formatAmount(remaining));
    m_mode = new QComboBox(this);
    for (const PaymentMode mode :
         {PaymentMode::Transfer, PaymentMode::Cheque, PaymentMode::Card, PaymentMode::Cash})
        m_mode->addItem(SalesLabels::paymentMode(mode), static_cast<int>(mode));
    m_bankAccount = new QLineEdit(this);
    m_bankAccount->setText(Payment().bankAccount);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("Cheque number, transfer label…"));

    auto *form = newForm();
    addRow(form, tr("&Date:"), u"date"_s, m_dateEdit);
    addRow(form, tr("&Amount:"), u"amount"_s, m_amountEdit, withUnit(m_amountEdit, u"€"_s));
    addRow(form, tr("&Mode:"), u"mode"_s, m_mode);
    addRow(form, tr("&Bank account:"), u"bankAccount"_s, m_bankAccount);
    addRow(form, tr("&Reference:"), u"reference"_s, m_reference);
    content()->addLayout(form);
    startWatching();
    m_amountEdit->setFocus();
    m_amountEdit->selectAll();
}

ValidationErrors PaymentDialog::check()
{
    ValidationErrors errors;
    m_date = dateOf(m_dateEdit);
    m_amount = readMoney(m_amountEdit, u"amount"_s, errors);
    if (errors.isEmpty()) {
        if (m_amount <= Money())
            errors.append(Error(ErrorCode::InvalidArgument,
                                tr("The amount must be more than zero."), u"amount"_s));
        else if (m_amount > m_remaining)
            errors.append(Error(ErrorCode::Constraint,
                                tr("%1 is more than what is left to pay (%2).")
                                    .arg(formatMoney(m_amount), formatMoney(m_remaining)),
                                u"amount"_s));
    }
    return errors;
}

Result<void> PaymentDialog::save()
{
    Result<Payment> recorded = m_repository.recordPayment(
        m_documentId, m_date, m_amount, static_cast<PaymentMode>(m_mode->currentData().toInt()),
        m_bankAccount->text().trimmed(), m_reference->text().trimmed());
    if (!recorded) {
        // The store's refusal of an amount belongs to the amount field.
        const Error &error = recorded.error();
        if (keyFor(error.where()).isEmpty() && error.code() == ErrorCode::Constraint)
            return fail(atField(error, u"amount"_s));
        return fail(error);
    }
    m_payment = *recorded;
    return {};
}

} // namespace coop::ui
