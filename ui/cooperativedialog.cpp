#include "cooperativedialog.h"

#include "format.h"

#include "core/identifiers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QLineEdit *shortEdit(QWidget *parent, const QString &widest)
{
    auto *edit = new QLineEdit(parent);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(widest) + 24);
    return edit;
}

// "FR7630006000011234567890189" as printed on a RIB: groups of four.
QString groupedByFour(const QString &text)
{
    QString grouped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u' ';
        grouped += text.at(i);
    }
    return grouped;
}

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

CooperativeDialog::CooperativeDialog(Store &store, QWidget *parent)
    : FormDialog(parent), m_repository(store)
{
    setObjectName(u"cooperativeDialog"_s);
    setTitle(tr("Cooperative settings"),
             tr("The cooperative's identity is printed on every contract and invoice; the payroll "
                "parameters apply to every payslip."));
    setOkText(tr("Save"));
    if (Result<CooperativeSettings> settings = m_repository.cooperative())
        m_original = *settings;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"cooperativeTabs"_s);
    m_tabs->addTab(identityPage(), tr("&Identity"));
    m_tabs->addTab(payrollPage(), tr("&Payroll"));
    m_tabs->addTab(invoicingPage(), tr("&Invoicing and bank"));
    content()->addWidget(m_tabs);
    fill(m_original);
    startWatching();
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

QWidget *CooperativeDialog::identityPage()
{
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_legalForm = new QComboBox(page);
    m_legalForm->setEditable(true);
    // Usual forms of CAEs; any other can be typed.
    m_legalForm->addItems({u"SCOP SARL"_s, u"SCOP SA"_s, u"SCOP SAS"_s, u"SCIC SARL"_s,
                           u"SCIC SAS"_s, u"SCIC SA"_s});
    m_capital = newNumberEdit(page);
    m_siren = shortEdit(page, u"000 000 000 00"_s);
    m_siret = shortEdit(page, u"000 000 000 00000 00"_s);
    m_vat = shortEdit(page, u"FR 00 000 000 000 00"_s);
    m_rcs = new QLineEdit(page);
    m_rcs->setPlaceholderText(tr("e.g. RCS Lyon"));
    m_naf = shortEdit(page, u"00.00Z000"_s);
    m_line1 = new QLineEdit(page);
    m_line2 = new QLineEdit(page);
    m_postcode = shortEdit(page, u"000000000"_s);
    m_city = new QLineEdit(page);

    // The VAT number follows from the SIREN: offered as soon as the SIREN is right.
    connect(m_siren, &QLineEdit::editingFinished, this, [this] {
        if (!m_vat->text().trimmed().isEmpty())
            return;
        if (Result<QString> siren = normalizeSiren(m_siren->text()))
            m_vat->setText(frenchVatNumberFor(*siren));
    });

    auto *form = newForm();
    addRow(form, tr("&Name:"), u"name"_s, m_name);
    addRow(form, tr("&Legal form:"), u"legalForm"_s, m_legalForm);
    addRow(form, tr("&Capital:"), u"capital"_s, m_capital, withUnit(m_capital, u"€"_s));
    addRow(form, tr("&SIREN:"), u"siren"_s, m_siren);
    addRow(form, tr("SI&RET:"), u"siret"_s, m_siret);
    addRow(form, tr("&VAT number:"), u"vatNumber"_s, m_vat);
    addRow(form, tr("RCS registr&y:"), u"rcsCity"_s, m_rcs);
    //: The French activity code (code NAF / APE)
    addRow(form, tr("NA&F code:"), u"nafCode"_s, m_naf);
    addRow(form, tr("&Address:"), u"address.line1"_s, m_line1);
    addRow(form, QString(), u"address.line2"_s, m_line2);
    m_line2->setAccessibleName(tr("Address, second line"));
    addRow(form, tr("Post&code:"), u"address.postcode"_s, m_postcode);
    addRow(form, tr("C&ity:"), u"address.city"_s, m_city);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *CooperativeDialog::payrollPage()
{
    auto *page = new QWidget;
    m_headcount = new QSpinBox(page);
    m_headcount->setRange(0, 1'000'000);
    m_headcount->setAlignment(Qt::AlignRight);
    m_atMp = newNumberEdit(page);
    m_mobility = newNumberEdit(page);
    m_mutuelle = newNumberEdit(page);
    m_mutuelleShare = newNumberEdit(page);
    m_fiscalYearStart = new QComboBox(page);
    const QLocale locale = displayLocale();
    for (int month = 1; month <= 12; ++month)
        m_fiscalYearStart->addItem(locale.standaloneMonthName(month), month);

    auto *form = newForm();
    addRow(form, tr("&Headcount:"), u"headcount"_s, m_headcount);
    //: Accident du travail / maladie professionnelle contribution rate
    addRow(form, tr("&AT/MP rate:"), u"atMpRate"_s, m_atMp, withUnit(m_atMp, u"%"_s));
    addRow(form, tr("&Mobility levy rate:"), u"mobilityRate"_s, m_mobility,
           withUnit(m_mobility, u"%"_s));
    addRow(form, tr("Health &insurance (mutuelle):"), u"mutuelleMonthlyAmount"_s, m_mutuelle,
           withUnit(m_mutuelle, tr("€ a month")));
    addRow(form, tr("&Employer's share:"), u"mutuelleEmployerShare"_s, m_mutuelleShare,
           withUnit(m_mutuelleShare, u"%"_s));
    addRow(form, tr("&Fiscal year starts in:"), u"fiscalYearStartMonth"_s, m_fiscalYearStart);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *CooperativeDialog::invoicingPage()
{
    auto *page = new QWidget;
    m_invoiceTemplate = new QLineEdit(page);
    m_creditNoteTemplate = new QLineEdit(page);
    m_iban = new QLineEdit(page);
    m_bic = shortEdit(page, u"AAAAAAAAAAA00"_s);
    m_bank = new QLineEdit(page);

    auto *hint = new QLabel(tr("Placeholders: {YYYY} year, {MM} month, {ANA} analytic code, "
                               "{SEQYEAR} number within the year, {SEQGLOBAL} overall number."),
                            page);
    hint->setWordWrap(true);
    auto *form = newForm();
    addRow(form, tr("In&voice numbers:"), u"invoiceNumberTemplate"_s, m_invoiceTemplate);
    addRow(form, tr("C&redit note numbers:"), u"creditNoteNumberTemplate"_s, m_creditNoteTemplate);
    form->addRow(QString(), hint);
    addRow(form, tr("&IBAN:"), u"iban"_s, m_iban);
    addRow(form, tr("&BIC:"), u"bic"_s, m_bic);
    addRow(form, tr("Ban&k:"), u"bankName"_s, m_bank);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

void CooperativeDialog::fill(const CooperativeSettings &s)
{
    m_name->setText(s.name);
    m_legalForm->setEditText(s.legalForm);
    m_capital->setText(s.capital.isZero() ? QString() : formatAmount(s.capital));
    // As printed on a Kbis: "123 456 789", "123 456 789 00012".
    const auto grouped = [](const QString &digits) {
        QString text = digits;
        for (const qsizetype at : {qsizetype(9), qsizetype(6), qsizetype(3)})
            if (text.size() > at && text.at(0).isDigit())
                text.insert(at, u' ');
        return text;
    };
    m_siren->setText(grouped(s.siren));
    m_siret->setText(grouped(s.siret));
    m_vat->setText(s.vatNumber);
    m_rcs->setText(s.rcsCity);
    m_naf->setText(s.nafCode);
    m_line1->setText(s.address.line1);
    m_line2->setText(s.address.line2);
    m_postcode->setText(s.address.postcode);
    m_city->setText(s.address.city);
    m_headcount->setValue(s.headcount);
    m_atMp->setText(formatRate(s.atMpRate));
    m_mobility->setText(formatRate(s.mobilityRate));
    m_mutuelle->setText(formatAmount(s.mutuelleMonthlyAmount));
    m_mutuelleShare->setText(formatRate(s.mutuelleEmployerShare));
    m_fiscalYearStart->setCurrentIndex(std::clamp(s.fiscalYearStartMonth, 1, 12) - 1);
    m_invoiceTemplate->setText(s.invoiceNumberTemplate);
    m_creditNoteTemplate->setText(s.creditNoteNumberTemplate);
    m_iban->setText(groupedByFour(s.iban));
    m_bic->setText(s.bic);
    m_bank->setText(s.bankName);
    m_name->setFocus();
}

ValidationErrors CooperativeDialog::check()
{
    ValidationErrors ui;
    CooperativeSettings s = m_original;
    s.name = m_name->text().trimmed();
    s.legalForm = m_legalForm->currentText().trimmed();
    s.capital = m_capital->text().trimmed().isEmpty()
                    ? Money()
                    : readMoney(m_capital, u"capital"_s, ui);
    s.siren = canonical(m_siren, normalizeSiren, u"siren"_s, ui);
    s.siret = canonical(m_siret, normalizeSiret, u"siret"_s, ui);
    s.vatNumber = canonical(m_vat, normalizeVatNumber, u"vatNumber"_s, ui);
    s.rcsCity = m_rcs->text().trimmed();
    s.nafCode = canonical(m_naf, normalizeNafCode, u"nafCode"_s, ui);
    s.address.line1 = m_line1->text().trimmed();
    s.address.line2 = m_line2->text().trimmed();
    s.address.postcode = m_postcode->text().trimmed();
    s.address.city = m_city->text().trimmed();
    s.headcount = m_headcount->value();
    s.atMpRate = readPercent(m_atMp, u"atMpRate"_s, ui);
    s.mobilityRate = readPercent(m_mobility, u"mobilityRate"_s, ui);
    s.mutuelleMonthlyAmount = readMoney(m_mutuelle, u"mutuelleMonthlyAmount"_s, ui);
    s.mutuelleEmployerShare = readPercent(m_mutuelleShare, u"mutuelleEmployerShare"_s, ui);
    s.fiscalYearStartMonth = m_fiscalYearStart->currentData().toInt();
    s.invoiceNumberTemplate = m_invoiceTemplate->text().trimmed();
    s.creditNoteNumberTemplate = m_creditNoteTemplate->text().trimmed();
    s.iban = canonical(m_iban, normalizeIban, u"iban"_s, ui);
    s.bic = canonical(m_bic, normalizeBic, u"bic"_s, ui);
    s.bankName = m_bank->text().trimmed();
    m_built = s;
    return merged(ui, validate(s));
}

Result<void> CooperativeDialog::save()
{
    return m_repository.saveCooperative(m_built);
}

} // namespace coop::ui
