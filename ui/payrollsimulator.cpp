#include "payrollsimulator.h"

#include "format.h"
#include "formdialog.h"
#include "payrollpayslip.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/cooperative.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QLineEdit *numberEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"000 000 000,00"_s) + 24);
    return edit;
}

QWidget *withUnit(QWidget *field, const QString &unit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(field);
    auto *label = new QLabel(unit, row);
    layout->addWidget(label);
    layout->addStretch();
    return row;
}

} // namespace

PayrollSimulator::PayrollSimulator(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"payrollSimulator"_s);
    ValidationErrors problems;
    if (Result<PayrollRuleSet> rules = loadBuiltInPayrollRules(&problems))
        m_rules = std::move(*rules);
    else
        m_rulesError = rules.error().toString();
    buildForm();
    retranslate();
    fillSituation(PayrollSituation());
    setDate(businessToday());
}

PayrollSimulator::~PayrollSimulator() = default;

QLabel *PayrollSimulator::addField(QFormLayout *form, const QString &key, QWidget *widget,
                                   QWidget *row)
{
    widget->setObjectName(key);
    auto *label = new QLabel(this);
    label->setBuddy(widget);
    auto *error = new QLabel(this);
    error->setObjectName(key + u"Error"_s);
    theme::markAsError(error);
    error->setWordWrap(true);
    error->hide();
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(1);
    cellLayout->addWidget(row ? row : widget);
    cellLayout->addWidget(error);
    form->addRow(label, cell);
    m_fields.insert(key, widget);
    m_labels.insert(key, label);
    m_errors.insert(key, error);
    return label;
}

void PayrollSimulator::buildForm()
{
    m_title = new QLabel(this);
    theme::markAsHeading(m_title, 1.35);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    theme::markAsHint(m_intro);

    const auto newForm = [] {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->setHorizontalSpacing(10);
        form->setVerticalSpacing(4);
        return form;
    };

    auto *when = newForm();
    m_date = newDateEdit(this);
    addField(when, u"date"_s, m_date);
    m_rulesLabel = new QLabel(this);
    m_rulesLabel->setObjectName(u"rulesTable"_s);
    m_rulesLabel->setWordWrap(true);
    theme::markAsHint(m_rulesLabel);

    m_situationTitle = new QLabel(this);
    theme::markAsHeading(m_situationTitle, 1.1);
    auto *situation = newForm();
    m_entrepreneur = new QComboBox(this);
    m_entrepreneur->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_entrepreneur->setMinimumContentsLength(14);
    addField(situation, u"entrepreneur"_s, m_entrepreneur);
    m_cadre = new QCheckBox(this);
    addField(situation, u"cadre"_s, m_cadre);
    m_headcount = numberEdit(this);
    addField(situation, u"headcount"_s, m_headcount);
    m_atmp = numberEdit(this);
    addField(situation, u"atmp"_s, m_atmp, withUnit(m_atmp, u"%"_s, this));
    m_vm = numberEdit(this);
    addField(situation, u"vm"_s, m_vm, withUnit(m_vm, u"%"_s, this));
    m_mutuelle = numberEdit(this);
    addField(situation, u"mutuelle"_s, m_mutuelle, withUnit(m_mutuelle, u"€"_s, this));
    m_mutuelleShare = numberEdit(this);
    addField(situation, u"mutuelleEmployerShare"_s, m_mutuelleShare,
             withUnit(m_mutuelleShare, u"%"_s, this));

    m_amountsTitle = new QLabel(this);
    theme::markAsHeading(m_amountsTitle, 1.1);
    auto *amounts = newForm();
    m_gross = numberEdit(this);
    addField(amounts, u"gross"_s, m_gross, withUnit(m_gross, u"€"_s, this));
    m_net = numberEdit(this);
    addField(amounts, u"net"_s, m_net, withUnit(m_net, u"€"_s, this));
    m_cost = numberEdit(this);
    addField(amounts, u"employerCost"_s, m_cost, withUnit(m_cost, u"€"_s, this));
    m_remainder = new QLabel(this);
    m_remainder->setObjectName(u"remainder"_s);
    m_remainder->setWordWrap(true);
    m_remainder->hide();
    m_cliff = new QLabel(this);
    m_cliff->setObjectName(u"cliffExplanation"_s);
    m_cliff->setWordWrap(true);
    theme::markAsHint(m_cliff);
    m_cliff->hide();

    m_payslipView = new PayslipView(this);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addLayout(when);
    left->addWidget(m_rulesLabel);
    left->addSpacing(6);
    left->addWidget(m_situationTitle);
    left->addLayout(situation);
    left->addSpacing(6);
    left->addWidget(m_amountsTitle);
    left->addWidget(m_intro);
    left->addLayout(amounts);
    left->addWidget(m_remainder);
    left->addWidget(m_cliff);
    left->addStretch();
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setMaximumWidth(fontMetrics().averageCharWidth() * 52);
    left->setContentsMargins(0, 0, 0, 0);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(leftBox, 0);
    columns->addWidget(m_payslipView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        showRules();
        recompute();
    });
    connect(m_entrepreneur, &QComboBox::currentIndexChanged, this,
            &PayrollSimulator::entrepreneurChosen);
    connect(m_cadre, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            recompute();
    });
    for (QLineEdit *edit : {m_headcount, m_atmp, m_vm, m_mutuelle, m_mutuelleShare})
        connect(edit, &QLineEdit::textEdited, this, &PayrollSimulator::recompute);
    const auto typed = [this](Target target) {
        m_target = target;
        recompute();
    };
    connect(m_gross, &QLineEdit::textEdited, this, [typed] { typed(Target::Gross); });
    connect(m_net, &QLineEdit::textEdited, this, [typed] { typed(Target::Net); });
    connect(m_cost, &QLineEdit::textEdited, this, [typed] { typed(Target::EmployerCost); });
}

void PayrollSimulator::setStore(Store *store)
{
    m_store = store;
    loadEntrepreneurs();
    entrepreneurChosen();
}

void PayrollSimulator::setDate(QDate date)
{
    if (m_date->date() == date) {
        showRules();
        recompute();
    } else {
        m_date->setDate(date);
    }
}

QDate PayrollSimulator::date() const
{
    return m_date->date();
}

const PayrollRuleTable *PayrollSimulator::table() const
{
    if (!m_rules)
        return nullptr;
    const Result<const PayrollRuleTable *> table = m_rules->tableFor(m_date->date());
    return table ? *table : nullptr;
}

void PayrollSimulator::loadEntrepreneurs()
{
    const QSignalBlocker blocker(m_entrepreneur);
    const QString current = m_entrepreneur->currentData().toString();
    m_choices.clear();
    m_entrepreneur->clear();
    m_entrepreneur->addItem(tr("None: the cooperative's situation"), QString());
    if (!m_store)
        return;
    const PeopleRepository people(*m_store);
    const Result<QList<Entrepreneur>> entrepreneurs = people.entrepreneurs();
    const Result<QList<Contract>> contracts = people.contracts();
    if (!entrepreneurs || !contracts)
        return;
    QHash<QString, QList<Contract>> cesas;
    for (const Contract &contract : *contracts) {
        if (contract.type == ContractType::Cesa && !contract.terms.isEmpty())
            cesas[contract.entrepreneurId].append(contract);
    }
    for (const Entrepreneur &person : *entrepreneurs) {
        if (!cesas.contains(person.id))
            continue;
        QList<Contract> own = cesas.value(person.id);
        std::sort(own.begin(), own.end(),
                  [](const Contract &a, const Contract &b) { return a.start < b.start; });
        m_choices.append({person.id, person.displayName(), own});
    }
    std::sort(m_choices.begin(), m_choices.end(), [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Choice &choice : std::as_const(m_choices))
        m_entrepreneur->addItem(choice.name, choice.id);
    m_entrepreneur->setCurrentIndex(std::max(0, m_entrepreneur->findData(current)));
}

void PayrollSimulator::selectEntrepreneur(const QString &entrepreneurId)
{
    const int index = m_entrepreneur->findData(entrepreneurId);
    if (index < 0 && !entrepreneurId.isEmpty())
        return;
    if (m_entrepreneur->currentIndex() == std::max(0, index))
        entrepreneurChosen();
    else
        m_entrepreneur->setCurrentIndex(std::max(0, index));
}

void PayrollSimulator::entrepreneurChosen()
{
    const PayrollRuleTable *rules = table();
    PayrollSituation situation;
    if (rules) {
        situation = PayrollSituation::defaults(*rules);
        if (m_store) {
            if (const Result<CooperativeSettings> settings = PeopleRepository(*m_store).cooperative())
                situation = PayrollSituation::fromCooperative(*settings, *rules);
        }
    }
    const QString id = m_entrepreneur->currentData().toString();
    const auto choice = std::find_if(m_choices.cbegin(), m_choices.cend(),
                                     [&](const Choice &c) { return c.id == id; });
    if (id.isEmpty() || choice == m_choices.cend()) {
        fillSituation(situation);
        recompute();
        return;
    }
    // The CESA in force on the date, else the latest one; its terms on that date, else its last.
    const QDate day = m_date->date();
    const Contract *contract = &choice->cesas.constLast();
    for (const Contract &cesa : choice->cesas) {
        if (isInForce(cesa, day))
            contract = &cesa;
    }
    const ContractTerms terms = termsAt(*contract, day).value_or(contract->terms.constLast());
    situation.cadre = terms.cadre;
    fillSituation(situation);
    m_gross->setText(formatAmount(terms.fixedMonthlyPart));
    m_target = Target::Gross;
    recompute();
}

void PayrollSimulator::fillSituation(const PayrollSituation &situation)
{
    m_filling = true;
    m_cadre->setChecked(situation.cadre);
    m_headcount->setText(displayLocale().toString(situation.headcount));
    m_atmp->setText(formatRate(situation.atmp));
    m_vm->setText(formatRate(situation.vm));
    m_mutuelle->setText(formatAmount(situation.mutuelle));
    m_mutuelleShare->setText(formatRate(situation.mutuelleEmployerShare));
    m_filling = false;
}

void PayrollSimulator::enter(Target target, const QString &text)
{
    QLineEdit *edit = target == Target::Gross ? m_gross : target == Target::Net ? m_net : m_cost;
    edit->setText(text);
    m_target = target;
    recompute();
}

void PayrollSimulator::showRules()
{
    if (!m_rules) {
        m_rulesLabel->setText(tr("The payroll rules cannot be read: %1").arg(m_rulesError));
        return;
    }
    const QDate day = m_date->date();
    const QList<PayrollRuleTable> &tables = m_rules->tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const PayrollRuleTable &candidate = tables.at(i);
        const std::optional<QDate> until = m_rules->effectiveUntil(i);
        if (day < candidate.validFrom || (until && day > *until))
            continue;
        const QString period =
            until ? tr("Rules of %1 to %2").arg(formatDate(candidate.validFrom), formatDate(*until))
                  : tr("Rules from %1").arg(formatDate(candidate.validFrom));
        //: %1 is the period of the rule table, %2 the monthly SMIC, %3 the PSS
        m_rulesLabel->setText(tr("%1: SMIC %2 a month, PSS %3.")
                                  .arg(period, formatMoney(candidate.monthlySmic()),
                                       formatMoney(candidate.parameters.pss)));
        m_rulesLabel->setToolTip(candidate.sources.join(u'\n'));
        return;
    }
    m_rulesLabel->setText(QString());
}

std::optional<PayrollSituation> PayrollSimulator::situation() const
{
    PayrollSituation situation;
    situation.cadre = m_cadre->isChecked();
    bool ok = false;
    situation.headcount = displayLocale().toInt(m_headcount->text().trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    const Result<Rate> atmp = parsePercent(m_atmp->text());
    const Result<Rate> vm = parsePercent(m_vm->text());
    const Result<Money> mutuelle = parseMoney(m_mutuelle->text());
    const Result<Rate> share = parsePercent(m_mutuelleShare->text());
    if (!atmp || !vm || !mutuelle || !share)
        return std::nullopt;
    situation.atmp = *atmp;
    situation.vm = *vm;
    situation.mutuelle = *mutuelle;
    situation.mutuelleEmployerShare = *share;
    if (!situation.validate().isEmpty())
        return std::nullopt;
    return situation;
}

void PayrollSimulator::setError(const QString &key, const QString &message)
{
    QLabel *error = m_errors.value(key);
    if (!error)
        return;
    error->setText(message);
    error->setVisible(!message.isEmpty());
    if (QWidget *widget = m_fields.value(key))
        widget->setAccessibleDescription(message);
}

void PayrollSimulator::clearErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        setError(it.key(), QString());
}

QString PayrollSimulator::errorAt(const QString &key) const
{
    const QLabel *error = m_errors.value(key);
    return error && !error->isHidden() ? error->text() : QString();
}

QStringList PayrollSimulator::fieldsInError() const
{
    QStringList keys;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!it.value()->isHidden())
            keys << it.key();
    }
    keys.sort();
    return keys;
}

QString PayrollSimulator::rulesText() const
{
    return m_rulesLabel->text();
}

QString PayrollSimulator::remainderText() const
{
    return m_remainder->isHidden() ? QString() : m_remainder->text();
}

QString PayrollSimulator::cliffText() const
{
    return m_cliff->isHidden() ? QString() : m_cliff->text();
}

void PayrollSimulator::recompute()
{
    if (m_filling)
        return;
    clearErrors();
    const PayrollRuleTable *rules = table();
    if (!rules) {
        if (m_rules) {
            const Result<const PayrollRuleTable *> missing = m_rules->tableFor(m_date->date());
            setError(u"date"_s, missing ? QString() : missing.error().message());
        } else {
            setError(u"date"_s, tr("The payroll rules cannot be read: %1").arg(m_rulesError));
        }
        return;
    }

    // The situation, each problem at its field.
    bool valid = true;
    PayrollSituation situation;
    situation.cadre = m_cadre->isChecked();
    bool ok = false;
    situation.headcount = displayLocale().toInt(m_headcount->text().trimmed(), &ok);
    if (!ok) {
        setError(u"headcount"_s,
                 tr("Enter a whole number of employees, such as %1.").arg(20));
        valid = false;
    }
    const auto readRate = [&](QLineEdit *edit, const QString &key, Rate &into) {
        const Result<Rate> rate = parsePercent(edit->text());
        if (rate) {
            into = *rate;
        } else {
            setError(key, rate.error().message());
            valid = false;
        }
    };
    readRate(m_atmp, u"atmp"_s, situation.atmp);
    readRate(m_vm, u"vm"_s, situation.vm);
    readRate(m_mutuelleShare, u"mutuelleEmployerShare"_s, situation.mutuelleEmployerShare);
    if (const Result<Money> mutuelle = parseMoney(m_mutuelle->text())) {
        situation.mutuelle = *mutuelle;
    } else {
        setError(u"mutuelle"_s, mutuelle.error().message());
        valid = false;
    }
    for (const Error &error : situation.validate()) {
        if (errorAt(error.where()).isEmpty() && m_errors.contains(error.where())) {
            setError(error.where(), error.message());
            valid = false;
        }
    }

    if (valid)
        m_lastSituation = situation;

    // The amount typed last.
    QLineEdit *source = m_target == Target::Gross ? m_gross
                        : m_target == Target::Net ? m_net
                                                  : m_cost;
    const QString sourceKey = source->objectName();
    const QString text = source->text().trimmed();
    if (text.isEmpty()) {
        m_lastAmount.reset();
        if (valid) {
            m_payslip.reset();
            m_payslipView->setPayslip(std::nullopt);
            for (QLineEdit *edit : {m_gross, m_net, m_cost}) {
                if (edit != source)
                    edit->clear();
            }
            m_remainder->hide();
            m_cliff->hide();
        }
        return;
    }
    const Result<Money> amount = parseMoney(text);
    if (!amount) {
        setError(sourceKey, amount.error().message());
        return;
    }
    if (amount->isNegative()) {
        setError(sourceKey, tr("Enter an amount of zero or more."));
        return;
    }
    if (!valid)
        return;

    m_lastAmount = *amount;
    const PayrollEngine engine(*rules);
    m_remainder->hide();
    m_cliff->hide();
    switch (m_target) {
    case Target::Gross: {
        const Result<Payslip> payslip = engine.compute(*amount, situation);
        if (!payslip) {
            setError(sourceKey, payslip.error().message());
            return;
        }
        showResult(*payslip);
        break;
    }
    case Target::Net: {
        const Result<Payslip> payslip = engine.fromNet(*amount, situation);
        if (!payslip) {
            setError(sourceKey, payslip.error().message());
            return;
        }
        showResult(*payslip);
        break;
    }
    case Target::EmployerCost: {
        const Result<PayrollFromCost> found = engine.fromEmployerCost(*amount, situation);
        if (!found) {
            setError(sourceKey, found.error().message());
            return;
        }
        showResult(found->payslip);
        if (!found->remainder.isZero()) {
            //: What an envelope leaves when no gross uses it exactly; %1 is an amount
            m_remainder->setText(tr("Left over: %1 (the next cent of gross would cost more than "
                                    "the envelope).")
                                     .arg(formatMoney(found->remainder)));
            m_remainder->show();
        }
        // Just below 3 SMIC, one more cent of gross loses the whole RGDU: a cliff.
        const Money next = found->payslip.gross + Money::fromCents(1);
        const Result<Payslip> above = engine.compute(next, situation);
        if (above && !found->payslip.rgdu.isZero() && above->rgdu.isZero()) {
            m_cliff->setText(
                tr("This envelope falls in the 3-SMIC cliff: from a gross of %1 the RGDU stops, "
                   "so %1 would cost %2, more than the envelope. Every envelope below %2 gives "
                   "the gross shown here.")
                    .arg(formatMoney(next), formatMoney(above->employerCost)));
            m_cliff->show();
        }
        break;
    }
    }
    Q_EMIT recomputed();
}

void PayrollSimulator::showResult(const Payslip &payslip)
{
    m_payslip = payslip;
    m_payslipView->setPayslip(payslip);
    // The fields not typed by the person follow.
    if (m_target != Target::Gross)
        m_gross->setText(formatAmount(payslip.gross));
    if (m_target != Target::Net)
        m_net->setText(formatAmount(payslip.netBeforeTax));
    if (m_target != Target::EmployerCost)
        m_cost->setText(formatAmount(payslip.employerCost));
}

void PayrollSimulator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Numbers are read in the interface's format ("2,08" in French, "2.08" in English): the
        // fields are written again in the new one, from what they last meant, and recomputed.
        if (m_lastSituation)
            fillSituation(*m_lastSituation);
        if (m_lastAmount) {
            QLineEdit *source = m_target == Target::Gross ? m_gross
                                : m_target == Target::Net ? m_net
                                                          : m_cost;
            source->setText(formatAmount(*m_lastAmount));
        }
        recompute();
    }
    QWidget::changeEvent(event);
}

void PayrollSimulator::retranslate()
{
    m_title->setText(tr("Salary simulator"));
    m_intro->setText(tr("Type one of the three: the two others and every line of the payslip "
                        "follow."));
    m_situationTitle->setText(tr("Situation"));
    m_amountsTitle->setText(tr("Amounts"));
    m_labels.value(u"date"_s)->setText(tr("&Date:"));
    m_labels.value(u"entrepreneur"_s)->setText(tr("&Entrepreneur:"));
    m_labels.value(u"cadre"_s)->setText(tr("Cadre:"));
    m_cadre->setText(tr("Cadre s&tatus"));
    m_labels.value(u"headcount"_s)->setText(tr("&Headcount:"));
    //: Accident du travail / maladie professionnelle rate
    m_labels.value(u"atmp"_s)->setText(tr("&AT/MP rate:"));
    //: Versement mobilité rate
    m_labels.value(u"vm"_s)->setText(tr("&Mobility rate (VM):"));
    //: The monthly health insurance (mutuelle), employee and employer together
    m_labels.value(u"mutuelle"_s)->setText(tr("M&utuelle a month:"));
    m_labels.value(u"mutuelleEmployerShare"_s)->setText(tr("Emp&loyer's share:"));
    m_labels.value(u"gross"_s)->setText(tr("&Gross pay:"));
    m_labels.value(u"net"_s)->setText(tr("&Net before tax:"));
    m_labels.value(u"employerCost"_s)->setText(tr("Employer &cost:"));
    m_cost->setToolTip(tr("The envelope: the largest gross whose employer cost fits in it"));
    m_payslipView->setEmptyText(tr("Type a gross, a net or an employer cost to see the payslip."));
    if (m_entrepreneur->count() > 0)
        m_entrepreneur->setItemText(0, tr("None: the cooperative's situation"));
    showRules();
}

} // namespace coop::ui
