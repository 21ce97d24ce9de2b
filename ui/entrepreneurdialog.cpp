#include "entrepreneurdialog.h"

#include "format.h"
#include "labels.h"

#include "core/businessday.h"
#include "core/identifiers.h"
#include "core/storage/store.h"
#include "core/storage/unitofwork.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop::ui {

namespace {

// A box's form with the box's spare height below it, not between its rows.
QVBoxLayout *topAligned(QFormLayout *form)
{
    auto *layout = new QVBoxLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    return layout;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Errors of the new activity, at the form's keys for its fields ("activity.analyticCode").
Error inActivity(const Error &error)
{
    return Error(error.code(), error.message(),
                 error.where().isEmpty() ? u"activity"_s : u"activity."_s + error.where());
}

} // namespace

EntrepreneurDialog::EntrepreneurDialog(Store &store, const std::optional<Entrepreneur> &existing,
                                       QWidget *parent)
    : FormDialog(parent), m_store(store), m_repository(store)
{
    setObjectName(u"entrepreneurDialog"_s);
    setMinimumWidth(760);
    if (existing) {
        m_original = *existing;
        setTitle(tr("Edit %1").arg(existing->displayName()));
    } else {
        m_original.id = newId();
        setTitle(tr("New entrepreneur"),
                 tr("The person's identity and the activity they will run. Contracts come next, "
                    "from their page."));
        setOkText(tr("Create"));
    }
    loadChoices();
    buildFields();
    fill(m_original);
    startWatching();
}

void EntrepreneurDialog::loadChoices()
{
    if (Result<QList<Activity>> activities = m_repository.activities())
        m_activities = std::move(*activities);
    std::sort(m_activities.begin(), m_activities.end(), [](const Activity &a, const Activity &b) {
        return a.analyticCode < b.analyticCode;
    });
    if (Result<QList<Entrepreneur>> people = m_repository.entrepreneurs()) {
        for (const Entrepreneur &person : std::as_const(*people)) {
            if (!person.referentAdviser.isEmpty() && !m_advisers.contains(person.referentAdviser))
                m_advisers << person.referentAdviser;
        }
        m_advisers.sort(Qt::CaseInsensitive);
    }
}

void EntrepreneurDialog::buildFields()
{
    m_firstName = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_birthDate = newDateEdit(this, true);
    m_nir = new QLineEdit(this);
    m_nir->setPlaceholderText(u"1 84 12 75 123 456 78"_s);
    m_nir->setMaxLength(21);
    m_priorStatus = new QComboBox(this);
    for (const PriorStatus status : kPriorStatuses)
        m_priorStatus->addItem(Labels::priorStatus(status), static_cast<int>(status));

    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(u"prenom.nom@exemple.fr"_s);
    m_phone = new QLineEdit(this);
    m_line1 = new QLineEdit(this);
    m_line2 = new QLineEdit(this);
    m_postcode = new QLineEdit(this);
    m_postcode->setMaxLength(10);
    m_city = new QLineEdit(this);

    m_referent = new QLineEdit(this);
    auto *completer = new QCompleter(m_advisers, m_referent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_referent->setCompleter(completer);

    m_activity = new QComboBox(this);
    m_activity->addItem(tr("New activity…"), QString());
    for (const Activity &activity : std::as_const(m_activities))
        m_activity->addItem(activity.analyticCode + u" — "_s + activity.name, activity.id);
    m_activity->setMaxVisibleItems(16);
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(24);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = newForm();
    addRow(identityForm, tr("&First name:"), u"firstName"_s, m_firstName);
    addRow(identityForm, tr("&Last name:"), u"lastName"_s, m_lastName);
    addRow(identityForm, tr("&Birth date:"), u"birthDate"_s, m_birthDate);
    //: NIR: the French social security number
    addRow(identityForm, tr("&NIR:"), u"nir"_s, m_nir);
    addRow(identityForm, tr("&Prior status:"), u"priorStatus"_s, m_priorStatus);
    identity->setLayout(topAligned(identityForm));

    auto *contact = new QGroupBox(tr("Contact"), this);
    auto *contactForm = newForm();
    addRow(contactForm, tr("&E-mail:"), u"email"_s, m_email);
    addRow(contactForm, tr("P&hone:"), u"phone"_s, m_phone);
    addRow(contactForm, tr("&Address:"), u"address.line1"_s, m_line1);
    addRow(contactForm, QString(), u"address.line2"_s, m_line2);
    m_line2->setAccessibleName(tr("Address, second line"));
    addRow(contactForm, tr("Post&code:"), u"address.postcode"_s, m_postcode);
    addRow(contactForm, tr("C&ity:"), u"address.city"_s, m_city);
    contact->setLayout(topAligned(contactForm));

    auto *followUp = new QGroupBox(tr("Follow-up"), this);
    auto *followUpForm = newForm();
    addRow(followUpForm, tr("&Referent adviser:"), u"referentAdviser"_s, m_referent);
    addRow(followUpForm, tr("Acti&vity:"), u"activityId"_s, m_activity);
    followUp->setLayout(topAligned(followUpForm));

    m_newActivity = new QGroupBox(tr("New activity"), this);
    m_newActivity->setObjectName(u"newActivityBox"_s);
    m_analyticCode = new QLineEdit(m_newActivity);
    m_analyticCode->setMaxLength(12);
    m_activityName = new QLineEdit(m_newActivity);
    m_trade = new QLineEdit(m_newActivity);
    m_trade->setPlaceholderText(tr("e.g. Carpentry"));
    m_analyticCode->setPlaceholderText(u"ANA042"_s);
    auto *activityForm = newForm();
    addRow(activityForm, tr("Analytic &code:"), u"activity.analyticCode"_s, m_analyticCode);
    addRow(activityForm, tr("Activity na&me:"), u"activity.name"_s, m_activityName);
    addRow(activityForm, tr("&Trade:"), u"activity.trade"_s, m_trade);
    m_newActivity->setLayout(topAligned(activityForm));
    connect(m_activity, &QComboBox::currentIndexChanged, this,
            [this] { m_newActivity->setVisible(createsActivity()); });

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(12);
    grid->addWidget(identity, 0, 0);
    grid->addWidget(contact, 0, 1);
    grid->addWidget(followUp, 1, 0);
    grid->addWidget(m_newActivity, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    content()->addLayout(grid);

    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_birthDate);
    setTabOrder(m_birthDate, m_nir);
    setTabOrder(m_nir, m_priorStatus);
    setTabOrder(m_priorStatus, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_line1);
    setTabOrder(m_line1, m_line2);
    setTabOrder(m_line2, m_postcode);
    setTabOrder(m_postcode, m_city);
    setTabOrder(m_city, m_referent);
    setTabOrder(m_referent, m_activity);
    setTabOrder(m_activity, m_analyticCode);
    setTabOrder(m_analyticCode, m_activityName);
    setTabOrder(m_activityName, m_trade);
}

void EntrepreneurDialog::fill(const Entrepreneur &e)
{
    m_firstName->setText(e.firstName);
    m_lastName->setText(e.lastName);
    setDateOf(m_birthDate, e.birthDate);
    m_nir->setText(formatNir(e.nir));
    m_priorStatus->setCurrentIndex(m_priorStatus->findData(static_cast<int>(e.priorStatus)));
    m_email->setText(e.email);
    m_phone->setText(e.phone);
    m_line1->setText(e.address.line1);
    m_line2->setText(e.address.line2);
    m_postcode->setText(e.address.postcode);
    m_city->setText(e.address.city);
    m_referent->setText(e.referentAdviser);
    const int activity = e.activityId.isEmpty() ? 0 : m_activity->findData(e.activityId);
    m_activity->setCurrentIndex(std::max(activity, 0));
    m_newActivity->setVisible(createsActivity());
    m_analyticCode->setText(suggestedAnalyticCode());
    m_firstName->setFocus();
}

bool EntrepreneurDialog::createsActivity() const
{
    return m_activity->currentData().toString().isEmpty();
}

QString EntrepreneurDialog::suggestedAnalyticCode() const
{
    // When every code is "PREFIX + number" with one prefix (ANA001, ANA002…), the next number;
    // codes built another way (per trade, per name) are the cooperative's choice: none is guessed.
    static const QRegularExpression pattern(u"^([A-Z]+)(\\d+)$"_s);
    if (m_activities.isEmpty())
        return u"ANA001"_s;
    QString prefix;
    qint64 highest = 0;
    qsizetype width = 3;
    for (const Activity &activity : m_activities) {
        const QRegularExpressionMatch match = pattern.match(activity.analyticCode);
        if (!match.hasMatch() || (!prefix.isEmpty() && match.captured(1) != prefix))
            return {};
        prefix = match.captured(1);
        highest = std::max(highest, match.captured(2).toLongLong());
        width = std::max(width, match.capturedLength(2));
    }
    return prefix + u"%1"_s.arg(highest + 1, int(width), 10, QChar(u'0'));
}

ValidationErrors EntrepreneurDialog::check()
{
    ValidationErrors ui;
    Entrepreneur e = m_original;
    e.firstName = m_firstName->text().trimmed();
    e.lastName = m_lastName->text().trimmed();
    e.birthDate = dateOf(m_birthDate);
    e.nir.clear();
    if (const QString nir = m_nir->text().trimmed(); !nir.isEmpty()) {
        if (Result<QString> canonical = normalizeNir(nir))
            e.nir = *canonical;
        else
            ui.append(atField(canonical.error(), u"nir"_s));
    }
    e.priorStatus = static_cast<PriorStatus>(m_priorStatus->currentData().toInt());
    e.email = m_email->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.address.line1 = m_line1->text().trimmed();
    e.address.line2 = m_line2->text().trimmed();
    e.address.postcode = m_postcode->text().trimmed();
    e.address.city = m_city->text().trimmed();
    e.referentAdviser = m_referent->text().trimmed();

    ValidationErrors core;
    if (createsActivity()) {
        Activity activity;
        activity.id = m_builtActivity.id.isEmpty() ? newId() : m_builtActivity.id;
        activity.analyticCode = m_analyticCode->text().trimmed().toUpper();
        activity.name = m_activityName->text().trimmed();
        activity.trade = m_trade->text().trimmed();
        activity.members = {ActivityMember{e.id, Rate::fromUnits(Rate::UnitsPerOne)}};
        for (const Error &error : validate(activity))
            core.append(inActivity(error));
        e.activityId = activity.id;
        m_builtActivity = activity;
    } else {
        e.activityId = m_activity->currentData().toString();
    }
    core.append(validate(e, businessToday()));
    m_built = e;
    return merged(ui, core);
}

Result<void> EntrepreneurDialog::save()
{
    if (!createsActivity()) {
        Result<Entrepreneur> saved = m_repository.saveEntrepreneur(m_built);
        if (!saved)
            return fail(saved.error());
        m_saved = *saved;
        return {};
    }
    // The person and their new activity together, or neither; the activity first, since the
    // person refers to it.
    UnitOfWork unit(m_store);
    if (Result<void> begun = unit.begin(); !begun)
        return begun;
    Result<Activity> activity = m_repository.saveActivity(unit, m_builtActivity);
    if (!activity)
        return fail(inActivity(activity.error()));
    Result<Entrepreneur> saved = m_repository.saveEntrepreneur(unit, m_built);
    if (!saved)
        return fail(saved.error());
    if (Result<void> committed = unit.commit(); !committed)
        return committed;
    m_saved = *saved;
    return {};
}

} // namespace coop::ui
