#include "contractdialog.h"

#include "format.h"
#include "labels.h"
#include "theme.h"

#include "core/businessday.h"
#include "core/storage/store.h"
#include "core/storage/unitofwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

QString periodKey(int index, const char *field)
{
    return u"capePeriods[%1].%2"_s.arg(index).arg(QLatin1StringView(field));
}

// The last day of a period of `months` months starting on `start`.
QDate periodEnd(QDate start, int months)
{
    return start.addMonths(months).addDays(-1);
}

} // namespace

ContractDialog::ContractDialog(Store &store, Mode mode, const Entrepreneur &entrepreneur,
                               const QList<Contract> &contracts,
                               const std::optional<Contract> &target, QWidget *parent)
    : FormDialog(parent), m_store(store), m_repository(store), m_mode(mode),
      m_entrepreneur(entrepreneur), m_contracts(contracts)
{
    setObjectName(u"contractDialog"_s);
    if (target) {
        m_base = *target;
    } else {
        m_base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_base.entrepreneurId = entrepreneur.id;
        m_base.activityId = entrepreneur.activityId;
        m_base.type = mode == Mode::SignCesa ? ContractType::Cesa : ContractType::Cape;
    }
    Q_ASSERT(target || mode == Mode::NewCape || mode == Mode::SignCesa);

    auto *form = newForm();
    const QString who = entrepreneur.displayName();
    switch (mode) {
    case Mode::NewCape:
        setTitle(tr("New CAPE for %1").arg(who),
                 tr("A CAPE (business project support contract) lasts at most 12 months and can "
                    "be renewed twice, 36 months in all. It is not an employment contract."));
        setOkText(tr("Create the CAPE"));
        buildCape(form, false);
        break;
    case Mode::RenewCape:
        setTitle(tr("Renew the CAPE of %1").arg(who));
        setOkText(tr("Renew"));
        buildCape(form, true);
        break;
    case Mode::SignCesa:
        setTitle(tr("Sign a CESA with %1").arg(who),
                 tr("The CESA is an employment contract without end date. Its terms can change "
                    "later through amendments."));
        setOkText(tr("Sign the CESA"));
        buildCesa(form);
        break;
    case Mode::Amendment:
        setTitle(tr("Amendment to the CESA of %1").arg(who),
                 tr("The new terms apply from their effective date; the earlier ones stay in the "
                    "contract's history."));
        setOkText(tr("Add the amendment"));
        buildAmendment(form);
        break;
    case Mode::Associate:
        setTitle(tr("%1 becomes an associate").arg(who));
        setOkText(tr("Record"));
        buildAssociate(form);
        break;
    case Mode::Exit:
        setTitle(tr("End the %1 of %2").arg(Labels::contractType(m_base.type), who));
        setOkText(tr("End the contract"));
        buildExit(form);
        break;
    }
    content()->addLayout(form);
    startWatching();
}

void ContractDialog::follow(QDateEdit *start, QDateEdit *target, QDate (*rule)(QDate))
{
    // The target follows the start until the person sets it: it is updated only while it still
    // holds the value it was last given from the start.
    auto last = std::make_shared<QDate>(target->date());
    connect(start, &QDateEdit::dateChanged, this, [target, rule, last](QDate date) {
        if (target->date() != *last)
            return;
        *last = rule(date);
        target->setDate(*last);
    });
}

void ContractDialog::buildCape(QFormLayout *form, bool renewal)
{
    m_start = newDateEdit(this);
    m_end = newDateEdit(this);
    if (!renewal) {
        m_newIndex = 0;
        m_signedOn = newDateEdit(this);
        addRow(form, tr("&Signed on:"), u"signedOn"_s, m_signedOn);
        m_start->setDate(businessToday());
        addAlias(u"start"_s, periodKey(0, "start"));
    } else {
        m_newIndex = int(m_base.capePeriods.size());
        QStringList periods;
        for (qsizetype i = 0; i < m_base.capePeriods.size(); ++i) {
            const CapePeriod &period = m_base.capePeriods.at(i);
            const QString dates = tr("from %1 to %2")
                                      .arg(formatDate(period.start), formatDate(period.end));
            periods << (i == 0 ? tr("Initial period %1").arg(dates)
                               : tr("Renewal %1 %2").arg(i).arg(dates));
        }
        auto *history = new QLabel(periods.join(u'\n'), this);
        history->setObjectName(u"capeHistory"_s);
        theme::markAsHint(history);
        form->addRow(tr("So far:"), history);
        const QDate previousEnd = m_base.capePeriods.isEmpty()
                                      ? businessToday()
                                      : m_base.capePeriods.constLast().end.addDays(1);
        m_start->setDate(previousEnd);
    }
    m_end->setDate(periodEnd(m_start->date(), 12));
    addRow(form, renewal ? tr("Renewal &from:") : tr("S&tart:"), periodKey(m_newIndex, "start"),
           m_start);
    addRow(form, renewal ? tr("Renewal &until:") : tr("&End:"), periodKey(m_newIndex, "end"),
           m_end);
    addAlias(u"capePeriods"_s, periodKey(m_newIndex, "end"));
    // Twelve months by default; signed on the start day, or today for a CAPE yet to start.
    follow(m_start, m_end, [](QDate start) { return periodEnd(start, 12); });
    if (m_signedOn) {
        m_signedOn->setDate(std::min(m_start->date(), businessToday()));
        follow(m_start, m_signedOn,
               [](QDate start) { return std::min(start, businessToday()); });
    }
}

void ContractDialog::buildCesa(QFormLayout *form)
{
    m_signedOn = newDateEdit(this);
    m_start = newDateEdit(this);
    // From the CAPE, the CESA starts the day after it ends.
    std::optional<Contract> lastCape;
    for (const Contract &contract : std::as_const(m_contracts)) {
        if (contract.type == ContractType::Cape && !contract.exitDate.isValid()
            && (!lastCape || contract.start > lastCape->start))
            lastCape = contract;
    }
    const std::optional<QDate> capeEnd = lastCape ? contractEnd(*lastCape) : std::nullopt;
    m_start->setDate(capeEnd ? capeEnd->addDays(1) : businessToday());
    m_signedOn->setDate(std::min(businessToday(), m_start->date()));
    follow(m_start, m_signedOn, [](QDate start) { return std::min(start, businessToday()); });

    addRow(form, tr("&Signed on:"), u"signedOn"_s, m_signedOn);
    addRow(form, tr("S&tart:"), u"start"_s, m_start);
    addAlias(u"terms[0].effectiveFrom"_s, u"start"_s);

    m_endCape = new QCheckBox(this);
    m_endCape->setObjectName(u"endCape"_s);
    m_endCape->setChecked(true);
    form->addRow(QString(), m_endCape);
    const auto updateEndCape = [this] {
        const std::optional<Contract> cape = capeToEnd();
        m_endCape->setVisible(cape.has_value());
        if (cape)
            m_endCape->setText(tr("End the CAPE on %1, the day before")
                                   .arg(formatDate(m_start->date().addDays(-1))));
    };
    connect(m_start, &QDateEdit::dateChanged, this, updateEndCape);
    updateEndCape();

    ContractTerms initial;
    initial.referent = m_entrepreneur.referentAdviser;
    initial.monthlyHours = Quantity::fromUnits(151'670);
    // A later CESA of the same person starts from the terms of the previous one.
    for (const Contract &contract : std::as_const(m_contracts)) {
        if (contract.type == ContractType::Cesa && !contract.terms.isEmpty())
            initial = contract.terms.constLast();
    }
    initial.note.clear();
    addTermsRows(form, u"terms[0]"_s, initial, false);
    if (initial.fixedMonthlyPart.isZero())
        m_terms.fixedPart->clear();
}

void ContractDialog::buildAmendment(QFormLayout *form)
{
    m_newIndex = int(m_base.terms.size());
    const QDate today = businessToday();
    const QDate firstOfNextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
    ContractTerms current = termsAt(m_base, today).value_or(
        m_base.terms.isEmpty() ? ContractTerms() : m_base.terms.constLast());
    current.effectiveFrom = std::max(firstOfNextMonth, current.effectiveFrom.addDays(1));
    current.note.clear();
    addTermsRows(form, u"terms[%1]"_s.arg(m_newIndex), current, true);
    addAlias(u"terms"_s, u"terms[%1].effectiveFrom"_s.arg(m_newIndex));
}

void ContractDialog::buildAssociate(QFormLayout *form)
{
    m_date = newDateEdit(this);
    m_date->setDate(businessToday());
    m_shares = new QSpinBox(this);
    m_shares->setRange(0, 1'000'000);
    m_shares->setValue(std::max(1, m_base.associateShares));
    m_shares->setAlignment(Qt::AlignRight);
    addRow(form, tr("Associate &since:"), u"associateDate"_s, m_date);
    addRow(form, tr("&Shares subscribed:"), u"associateShares"_s, m_shares);
}

void ContractDialog::buildExit(QFormLayout *form)
{
    m_date = newDateEdit(this);
    m_date->setDate(businessToday());
    m_reason = new QComboBox(this);
    for (const ExitReason reason : kExitReasons)
        m_reason->addItem(Labels::exitReason(reason), static_cast<int>(reason));
    const ExitReason usual =
        m_base.type == ContractType::Cape ? ExitReason::CapeEnded : ExitReason::Resignation;
    m_reason->setCurrentIndex(m_reason->findData(static_cast<int>(usual)));
    m_exitNote = new QPlainTextEdit(this);
    m_exitNote->setTabChangesFocus(true);
    m_exitNote->setFixedHeight(m_exitNote->fontMetrics().lineSpacing() * 4 + 12);
    addRow(form, tr("&Last day:"), u"exitDate"_s, m_date);
    addRow(form, tr("&Reason:"), u"exitReason"_s, m_reason);
    addRow(form, tr("&Note:"), u"exitNote"_s, m_exitNote);
}

void ContractDialog::addTermsRows(QFormLayout *form, const QString &prefix,
                                  const ContractTerms &initial, bool withEffectiveDate)
{
    const auto key = [&prefix](const char *field) -> QString {
        return prefix + u'.' + QLatin1StringView(field);
    };
    if (withEffectiveDate) {
        m_terms.effectiveFrom = newDateEdit(this);
        m_terms.effectiveFrom->setDate(initial.effectiveFrom);
        addRow(form, tr("&Effective from:"), key("effectiveFrom"), m_terms.effectiveFrom);
    }
    m_terms.fixedPart = newNumberEdit(this);
    m_terms.fixedPart->setText(formatAmount(initial.fixedMonthlyPart));
    //: The gross fixed part of the monthly pay (L7331-2 (d) Code du travail)
    addRow(form, tr("&Fixed monthly part:"), key("fixedMonthlyPart"), m_terms.fixedPart,
           withUnit(m_terms.fixedPart, tr("€ gross a month")));
    m_terms.variableRate = newNumberEdit(this);
    m_terms.variableRate->setText(formatRate(initial.variableRate));
    m_terms.variableRate->setToolTip(
        tr("Share of the activity's available margin paid as the variable part of the pay."));
    addRow(form, tr("&Variable part:"), key("variableRate"), m_terms.variableRate,
           withUnit(m_terms.variableRate, tr("% of the available margin")));
    m_terms.hours = newNumberEdit(this);
    m_terms.hours->setText(formatQuantity(initial.monthlyHours));
    m_terms.equivalentHours = new QCheckBox(tr("&equivalent hours"), this);
    m_terms.equivalentHours->setObjectName(key("equivalentHours"));
    m_terms.equivalentHours->setChecked(initial.equivalentHours);
    addRow(form, tr("&Hours:"), key("monthlyHours"), m_terms.hours,
           withUnit(m_terms.hours, tr("h a month"), m_terms.equivalentHours));
    m_terms.cadre = new QCheckBox(tr("Executive status (&cadre)"), this);
    m_terms.cadre->setChecked(initial.cadre);
    addRow(form, QString(), key("cadre"), m_terms.cadre);
    m_terms.cadre->setAccessibleName(tr("Executive status (cadre)"));
    m_terms.scale = new QLineEdit(initial.contributionScale, this);
    m_terms.scale->setPlaceholderText(tr("code of the scale voted by the general assembly"));
    addRow(form, tr("Contribution &scale:"), key("contributionScale"), m_terms.scale);
    m_terms.contributionOverride = newNumberEdit(this);
    m_terms.contributionOverride->setPlaceholderText(tr("none"));
    if (initial.contributionOverride)
        m_terms.contributionOverride->setText(formatRate(*initial.contributionOverride));
    m_terms.contributionOverride->setToolTip(
        tr("A flat rate for this contract in place of the scale's brackets (its floor and cap "
           "still apply); empty for the scale's own rates."));
    addRow(form, tr("Contribution overr&ide:"), key("contributionOverride"),
           m_terms.contributionOverride,
           withUnit(m_terms.contributionOverride, tr("% instead of the scale's brackets")));
    m_terms.referent = new QLineEdit(initial.referent, this);
    addRow(form, tr("&Referent:"), key("referent"), m_terms.referent);
    if (withEffectiveDate) {
        m_terms.note = new QLineEdit(this);
        m_terms.note->setPlaceholderText(tr("e.g. more hours from January"));
        addRow(form, tr("&Purpose:"), key("note"), m_terms.note);
    }
}

ContractTerms ContractDialog::readTerms(const QString &prefix, ValidationErrors &errors) const
{
    const auto key = [&prefix](const char *field) -> QString {
        return prefix + u'.' + QLatin1StringView(field);
    };
    ContractTerms terms;
    terms.effectiveFrom = m_terms.effectiveFrom ? dateOf(m_terms.effectiveFrom) : dateOf(m_start);
    terms.fixedMonthlyPart = readMoney(m_terms.fixedPart, key("fixedMonthlyPart"), errors);
    terms.variableRate = readPercent(m_terms.variableRate, key("variableRate"), errors);
    terms.monthlyHours = readQuantity(m_terms.hours, key("monthlyHours"), errors);
    terms.equivalentHours = m_terms.equivalentHours->isChecked();
    terms.cadre = m_terms.cadre->isChecked();
    terms.contributionScale = m_terms.scale->text().trimmed();
    if (!m_terms.contributionOverride->text().trimmed().isEmpty())
        terms.contributionOverride =
            readPercent(m_terms.contributionOverride, key("contributionOverride"), errors);
    terms.referent = m_terms.referent->text().trimmed();
    if (m_terms.note)
        terms.note = m_terms.note->text().trimmed();
    return terms;
}

std::optional<Contract> ContractDialog::capeToEnd() const
{
    if (m_mode != Mode::SignCesa || !m_start)
        return std::nullopt;
    const QDate start = m_start->date();
    for (const Contract &contract : m_contracts) {
        if (contract.type != ContractType::Cape || contract.start >= start)
            continue;
        const std::optional<QDate> end = contractEnd(contract);
        if (end && *end >= start)
            return contract;
    }
    return std::nullopt;
}

ValidationErrors ContractDialog::check()
{
    ValidationErrors ui;
    Contract contract = m_base;
    switch (m_mode) {
    case Mode::NewCape:
        contract.signedOn = dateOf(m_signedOn);
        contract.start = dateOf(m_start);
        contract.capePeriods = {CapePeriod{dateOf(m_start), dateOf(m_end)}};
        break;
    case Mode::RenewCape:
        contract.capePeriods.append(CapePeriod{dateOf(m_start), dateOf(m_end)});
        break;
    case Mode::SignCesa:
        contract.signedOn = dateOf(m_signedOn);
        contract.start = dateOf(m_start);
        contract.terms = {readTerms(u"terms[0]"_s, ui)};
        break;
    case Mode::Amendment:
        contract.terms.append(readTerms(u"terms[%1]"_s.arg(m_newIndex), ui));
        break;
    case Mode::Associate:
        contract.associateDate = dateOf(m_date);
        contract.associateShares = m_shares->value();
        break;
    case Mode::Exit:
        contract.exitDate = dateOf(m_date);
        contract.exitReason = static_cast<ExitReason>(m_reason->currentData().toInt());
        contract.exitNote = m_exitNote->toPlainText().trimmed();
        break;
    }
    ValidationErrors core = validate(contract);
    if (m_endCape && m_endCape->isChecked()) {
        if (std::optional<Contract> cape = capeToEnd()) {
            cape->exitDate = contract.start.addDays(-1);
            cape->exitReason = ExitReason::CapeEnded;
            // The CAPE's own problems are not this form's fields: they go to its top.
            for (const Error &error : validate(*cape))
                core.append(Error(error.code(), tr("The CAPE: %1").arg(error.message())));
        }
    }
    m_built = contract;
    return merged(ui, core);
}

Result<void> ContractDialog::save()
{
    std::optional<Contract> cape;
    if (m_endCape && m_endCape->isChecked())
        cape = capeToEnd();
    if (!cape) {
        Result<Contract> saved = m_repository.saveContract(m_built);
        if (!saved)
            return fail(saved.error());
        m_saved = *saved;
        return {};
    }
    // The CAPE ends the day before the CESA starts, in the same transaction.
    cape->exitDate = m_built.start.addDays(-1);
    cape->exitReason = ExitReason::CapeEnded;
    UnitOfWork unit(m_store);
    if (Result<void> begun = unit.begin(); !begun)
        return begun;
    if (Result<Contract> ended = m_repository.saveContract(unit, *cape); !ended)
        return fail(Error(ended.error().code(), tr("The CAPE: %1").arg(ended.error().message())));
    Result<Contract> saved = m_repository.saveContract(unit, m_built);
    if (!saved)
        return fail(saved.error());
    if (Result<void> committed = unit.commit(); !committed)
        return committed;
    m_saved = *saved;
    return {};
}

} // namespace coop::ui
