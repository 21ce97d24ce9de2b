#include "customerdialog.h"

#include "invoicesmodel.h"

#include "core/identifiers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// A typed identifier in its canonical form, or its error at `key`; empty stays empty (the core
// says whether it is required).
QString canonical(const QLineEdit *edit, Result<QString> (*normalize)(QStringView),
                  const QString &key, ValidationErrors &errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    Result<QString> value = normalize(text);
    if (value)
        return *value;
    errors.append(Error(value.error().code(), value.error().message(), key));
    return text;
}

} // namespace

CustomerDialog::CustomerDialog(Store &store, const QString &activityId,
                               const std::optional<Customer> &existing, QWidget *parent)
    : FormDialog(parent), m_repository(store)
{
    setObjectName(u"customerDialog"_s);
    if (existing) {
        m_original = *existing;
        setTitle(tr("Customer %1").arg(existing->displayName()));
    } else {
        m_original.activityId = activityId;
        setTitle(tr("New customer"),
                 tr("A French company needs its SIREN: invoices must print it."));
    }
    setOkText(tr("Save"));

    m_kind = new QComboBox(this);
    for (const CustomerKind kind : {CustomerKind::Company, CustomerKind::Individual})
        m_kind->addItem(SalesLabels::customerKind(kind), static_cast<int>(kind));
    m_name = new QLineEdit(this);
    m_firstName = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_siren = new QLineEdit(this);
    m_siret = new QLineEdit(this);
    m_vat = new QLineEdit(this);
    m_line1 = new QLineEdit(this);
    m_line2 = new QLineEdit(this);
    m_postcode = new QLineEdit(this);
    m_city = new QLineEdit(this);
    m_country = new QLineEdit(this);
    m_country->setMaxLength(2);
    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 365);
    m_terms->setAlignment(Qt::AlignRight);
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("e.g. 411DUPONT"));
    m_email = new QLineEdit(this);
    m_contact = new QLineEdit(this);

    // The VAT number follows from the SIREN: offered as soon as the SIREN is right.
    connect(m_siren, &QLineEdit::editingFinished, this, [this] {
        if (!m_vat->text().trimmed().isEmpty())
            return;
        if (Result<QString> siren = normalizeSiren(m_siren->text()))
            m_vat->setText(frenchVatNumberFor(*siren));
    });

    auto *form = newForm();
    addRow(form, tr("&Kind:"), u"kind"_s, m_kind);
    addRow(form, tr("&Name:"), u"name"_s, m_name);
    addRow(form, tr("&First name:"), u"firstName"_s, m_firstName);
    addRow(form, tr("&Last name:"), u"lastName"_s, m_lastName);
    addRow(form, tr("&SIREN:"), u"siren"_s, m_siren);
    addRow(form, tr("SI&RET:"), u"siret"_s, m_siret);
    addRow(form, tr("&VAT number:"), u"vatNumber"_s, m_vat);
    addRow(form, tr("&Address:"), u"billingAddress.line1"_s, m_line1);
    addRow(form, QString(), u"billingAddress.line2"_s, m_line2);
    m_line2->setAccessibleName(tr("Address, second line"));
    addRow(form, tr("Post&code:"), u"billingAddress.postcode"_s, m_postcode);
    addRow(form, tr("C&ity:"), u"billingAddress.city"_s, m_city);
    addRow(form, tr("Co&untry:"), u"billingAddress.country"_s, m_country);
    addRow(form, tr("&Payment terms:"), u"paymentTermDays"_s, m_terms,
           withUnit(m_terms, tr("days")));
    addRow(form, tr("Customer acc&ount:"), u"accountingAccount"_s, m_account);
    addRow(form, tr("&E-mail:"), u"email"_s, m_email);
    addRow(form, tr("C&ontact:"), u"contactName"_s, m_contact);
    content()->addLayout(form);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerDialog::kindChanged);
    fill(m_original);
    startWatching();
}

void CustomerDialog::fill(const Customer &c)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(c.kind))));
    m_name->setText(c.name);
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_siren->setText(c.siren);
    m_siret->setText(c.siret);
    m_vat->setText(c.vatNumber);
    m_line1->setText(c.billingAddress.line1);
    m_line2->setText(c.billingAddress.line2);
    m_postcode->setText(c.billingAddress.postcode);
    m_city->setText(c.billingAddress.city);
    m_country->setText(c.billingAddress.country);
    m_terms->setValue(c.paymentTermDays);
    m_account->setText(c.accountingAccount);
    m_email->setText(c.email);
    m_contact->setText(c.contactName);
    kindChanged();
    m_name->setFocus();
}

void CustomerDialog::kindChanged()
{
    const bool company = m_kind->currentData().toInt() == static_cast<int>(CustomerKind::Company);
    for (QLineEdit *edit : {m_siren, m_siret, m_vat})
        edit->setEnabled(company);
    for (QLineEdit *edit : {m_firstName, m_lastName})
        edit->setEnabled(!company);
}

ValidationErrors CustomerDialog::check()
{
    ValidationErrors ui;
    Customer c = m_original;
    c.kind = static_cast<CustomerKind>(m_kind->currentData().toInt());
    c.name = m_name->text().trimmed();
    const bool company = c.kind == CustomerKind::Company;
    c.firstName = company ? QString() : m_firstName->text().trimmed();
    c.lastName = company ? QString() : m_lastName->text().trimmed();
    if (!company && c.name.isEmpty() && !c.lastName.isEmpty())
        c.name = QString(c.firstName + u' ' + c.lastName).trimmed();
    c.siren = company ? canonical(m_siren, normalizeSiren, u"siren"_s, ui) : QString();
    c.siret = company ? canonical(m_siret, normalizeSiret, u"siret"_s, ui) : QString();
    c.vatNumber = company ? canonical(m_vat, normalizeVatNumber, u"vatNumber"_s, ui) : QString();
    c.billingAddress.line1 = m_line1->text().trimmed();
    c.billingAddress.line2 = m_line2->text().trimmed();
    c.billingAddress.postcode = m_postcode->text().trimmed();
    c.billingAddress.city = m_city->text().trimmed();
    c.billingAddress.country = m_country->text().trimmed().toUpper();
    c.paymentTermDays = m_terms->value();
    c.accountingAccount = m_account->text().trimmed().toUpper();
    c.email = m_email->text().trimmed();
    c.contactName = m_contact->text().trimmed();
    m_built = c;
    return merged(ui, validate(c));
}

Result<void> CustomerDialog::save()
{
    Result<Customer> saved = m_repository.saveCustomer(m_built);
    if (!saved)
        return fail(saved.error());
    m_saved = *saved;
    return {};
}

} // namespace coop::ui
