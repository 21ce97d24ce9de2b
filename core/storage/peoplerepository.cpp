#include "peoplerepository.h"

#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/tr.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

const QString kCooperativeId = u"cooperative"_s;

// Columns in the order of the SELECTs below; the writers name the same columns.
const QString kActivityColumns = u"id, version, analytic_code, name, trade, members"_s;
const QString kEntrepreneurColumns =
    u"id, version, last_name, first_name, birth_date, nir, email, phone, address_line1, "
    "address_line2, postcode, city, country, prior_status, referent_adviser, activity_id"_s;
const QString kInterviewColumns = u"id, entrepreneur_id, date, kind, adviser, notes"_s;
const QString kContractColumns =
    u"id, version, entrepreneur_id, activity_id, type, signed_on, start, cape_periods, terms, "
    "associate_date, associate_shares, exit_date, exit_reason, exit_note"_s;
const QString kCooperativeColumns =
    u"version, name, legal_form, capital_cents, siren, siret, vat_number, address_line1, "
    "address_line2, postcode, city, country, rcs_city, naf_code, headcount, at_mp_rate_units, "
    "mobility_rate_units, mutuelle_monthly_cents, mutuelle_employer_share_units, "
    "fiscal_year_start_month, invoice_number_template, credit_note_number_template, iban, bic, "
    "bank_name"_s;



Result<bool> exists(const Store &store, const QString &table, const QString &id)
{
    auto q = select(store, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (!q)
        return fail(q.error());
    return q->next();
}

// SQLite checks the unique indexes and the foreign keys as a row is written; only when it refuses
// does the repository look for the rule that was broken, to name the field. Bulk writes (imports,
// the demo) thus cost one statement a row, not one more per rule.
std::optional<Error> missing(const Store &store, const QString &table, const QString &id,
                             const QString &field, const QString &message)
{
    if (id.isEmpty())
        return std::nullopt;
    auto found = exists(store, table, id);
    if (found && !*found)
        return Error(ErrorCode::NotFound, message, field);
    return std::nullopt;
}

std::optional<Error> codeTaken(const Store &store, const Activity &activity)
{
    auto q = select(store, u"SELECT name FROM activity WHERE analytic_code = ? AND id <> ?"_s,
                    {activity.analyticCode, activity.id});
    if (!q || !q->next())
        return std::nullopt;
    return Error(ErrorCode::Constraint,
                 Tr::tr("The analytic code %1 is already used by the activity \"%2\".")
                     .arg(activity.analyticCode, q->value(0).toString()),
                 u"analyticCode"_s);
}

std::optional<Error> nirTaken(const Store &store, const Entrepreneur &entrepreneur)
{
    if (entrepreneur.nir.isEmpty())
        return std::nullopt;
    auto q = select(store,
                    u"SELECT last_name, first_name FROM entrepreneur "
                    "WHERE nir = ? AND nir <> '' AND id <> ?"_s,
                    {entrepreneur.nir, entrepreneur.id});
    if (!q || !q->next())
        return std::nullopt;
    return Error(ErrorCode::Constraint,
                 Tr::tr("%1 %2 already has this NIR.")
                     .arg(q->value(0).toString().toUpper(), q->value(1).toString()),
                 u"nir"_s);
}

template<typename... Diagnoses>
Error explained(const Error &error, Diagnoses... diagnoses)
{
    if (error.code() != ErrorCode::Constraint)
        return error;
    std::optional<Error> found;
    ((found = found ? found : diagnoses()), ...);
    return found.value_or(error);
}

// The record a read by id found, if any.

// Writes a record that carries its id and version into `table`, and returns it with its new
// version. Version 0 inserts it. Otherwise the stored record (`readStored`) must exist (else
// NotFound with `notFound`) and still have the same version (else Conflict); only the fields that
// differ are updated, so a save that changes nothing queues nothing. `explain` names the rule
// behind a write the database refused.
template<typename Record, typename ReadStored, typename Explain>
Result<Record> saveVersioned(UnitOfWork &unit, const QString &table, Record record,
                             QVariantMap (*fieldsOf)(const Record &), ReadStored readStored,
                             const QString &notFound, Explain explain)
{
    const QVariantMap fields = fieldsOf(record);
    if (record.version == 0) {
        if (auto r = unit.insert(table, record.id, fields); !r)
            return fail(explain(r.error()));
        record.version = 1;
        return record;
    }
    const Result<std::optional<Record>> stored = readStored();
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound, notFound);
    const Record &current = **stored;
    if (auto r = checkVersion(table, record.id, current.version, record.version); !r)
        return fail(r.error());
    const QVariantMap changed = changedFields(fieldsOf(current), fields);
    if (changed.isEmpty())
        return record;
    auto version = unit.update(table, record.id, record.version, changed);
    if (!version)
        return fail(explain(version.error()));
    record.version = *version;
    return record;
}

// ---- cooperative

QVariantMap cooperativeFields(const CooperativeSettings &s)
{
    return {
        {u"name"_s, text(s.name)},
        {u"legal_form"_s, text(s.legalForm)},
        {u"capital_cents"_s, s.capital.cents()},
        {u"siren"_s, text(s.siren)},
        {u"siret"_s, text(s.siret)},
        {u"vat_number"_s, text(s.vatNumber)},
        {u"address_line1"_s, text(s.address.line1)},
        {u"address_line2"_s, text(s.address.line2)},
        {u"postcode"_s, text(s.address.postcode)},
        {u"city"_s, text(s.address.city)},
        {u"country"_s, text(s.address.country)},
        {u"rcs_city"_s, text(s.rcsCity)},
        {u"naf_code"_s, text(s.nafCode)},
        {u"headcount"_s, qint64(s.headcount)},
        {u"at_mp_rate_units"_s, s.atMpRate.units()},
        {u"mobility_rate_units"_s, s.mobilityRate.units()},
        {u"mutuelle_monthly_cents"_s, s.mutuelleMonthlyAmount.cents()},
        {u"mutuelle_employer_share_units"_s, s.mutuelleEmployerShare.units()},
        {u"fiscal_year_start_month"_s, qint64(s.fiscalYearStartMonth)},
        {u"invoice_number_template"_s, text(s.invoiceNumberTemplate)},
        {u"credit_note_number_template"_s, text(s.creditNoteNumberTemplate)},
        {u"iban"_s, text(s.iban)},
        {u"bic"_s, text(s.bic)},
        {u"bank_name"_s, text(s.bankName)},
    };
}

struct StoredCooperative
{
    CooperativeSettings settings;
    qint64 version = 0;
};

Result<std::optional<StoredCooperative>> readCooperative(const Store &store)
{
    auto q = select(store, u"SELECT %1 FROM cooperative WHERE id = ?"_s.arg(kCooperativeColumns),
                    {kCooperativeId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<StoredCooperative>();
    StoredCooperative c;
    CooperativeSettings &s = c.settings;
    int i = 0;
    c.version = q->value(i++).toLongLong();
    s.name = q->value(i++).toString();
    s.legalForm = q->value(i++).toString();
    s.capital = Money::fromCents(q->value(i++).toLongLong());
    s.siren = q->value(i++).toString();
    s.siret = q->value(i++).toString();
    s.vatNumber = q->value(i++).toString();
    s.address.line1 = q->value(i++).toString();
    s.address.line2 = q->value(i++).toString();
    s.address.postcode = q->value(i++).toString();
    s.address.city = q->value(i++).toString();
    s.address.country = q->value(i++).toString();
    s.rcsCity = q->value(i++).toString();
    s.nafCode = q->value(i++).toString();
    s.headcount = q->value(i++).toInt();
    s.atMpRate = Rate::fromUnits(q->value(i++).toLongLong());
    s.mobilityRate = Rate::fromUnits(q->value(i++).toLongLong());
    s.mutuelleMonthlyAmount = Money::fromCents(q->value(i++).toLongLong());
    s.mutuelleEmployerShare = Rate::fromUnits(q->value(i++).toLongLong());
    s.fiscalYearStartMonth = q->value(i++).toInt();
    s.invoiceNumberTemplate = q->value(i++).toString();
    s.creditNoteNumberTemplate = q->value(i++).toString();
    s.iban = q->value(i++).toString();
    s.bic = q->value(i++).toString();
    s.bankName = q->value(i++).toString();
    return std::optional<StoredCooperative>(std::move(c));
}

// ---- activity

QVariantMap activityFields(const Activity &a)
{
    QJsonArray members;
    for (const ActivityMember &m : a.members)
        members.append(QJsonObject{{u"entrepreneur_id"_s, m.entrepreneurId},
                                   {u"share_units"_s, m.share.units()}});
    return {
        {u"analytic_code"_s, text(a.analyticCode)},
        {u"name"_s, text(a.name)},
        {u"trade"_s, text(a.trade)},
        {u"members"_s, json(members)},
    };
}

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toString();
    a.version = q.value(1).toLongLong();
    a.analyticCode = q.value(2).toString();
    a.name = q.value(3).toString();
    a.trade = q.value(4).toString();
    const QJsonArray members = jsonArray(q.value(5));
    for (const QJsonValue &v : members) {
        const QJsonObject o = v.toObject();
        a.members.append({o.value(u"entrepreneur_id"_s).toString(),
                          Rate::fromUnits(o.value(u"share_units"_s).toInteger())});
    }
    return a;
}

Result<QList<Activity>> readActivities(const Store &store, const QString &where,
                                       const QVariantList &binds)
{
    auto q = select(store, u"SELECT %1 FROM activity %2 ORDER BY analytic_code"_s.arg(kActivityColumns,
                                                                                     where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Activity> list;
    while (q->next())
        list.append(readActivity(*q));
    return list;
}

// ---- entrepreneur and interviews

QVariantMap entrepreneurFields(const Entrepreneur &e)
{
    return {
        {u"last_name"_s, text(e.lastName)},
        {u"first_name"_s, text(e.firstName)},
        {u"birth_date"_s, date(e.birthDate)},
        {u"nir"_s, text(e.nir)},
        {u"email"_s, text(e.email)},
        {u"phone"_s, text(e.phone)},
        {u"address_line1"_s, text(e.address.line1)},
        {u"address_line2"_s, text(e.address.line2)},
        {u"postcode"_s, text(e.address.postcode)},
        {u"city"_s, text(e.address.city)},
        {u"country"_s, text(e.address.country)},
        {u"prior_status"_s, priorStatusKey(e.priorStatus)},
        {u"referent_adviser"_s, text(e.referentAdviser)},
        {u"activity_id"_s, optionalText(e.activityId)},
    };
}

Entrepreneur readEntrepreneur(const QSqlQuery &q)
{
    Entrepreneur e;
    e.id = q.value(0).toString();
    e.version = q.value(1).toLongLong();
    e.lastName = q.value(2).toString();
    e.firstName = q.value(3).toString();
    e.birthDate = toDate(q.value(4));
    e.nir = q.value(5).toString();
    e.email = q.value(6).toString();
    e.phone = q.value(7).toString();
    e.address.line1 = q.value(8).toString();
    e.address.line2 = q.value(9).toString();
    e.address.postcode = q.value(10).toString();
    e.address.city = q.value(11).toString();
    e.address.country = q.value(12).toString();
    e.priorStatus = priorStatusFromKey(q.value(13).toString()).value_or(PriorStatus::Other);
    e.referentAdviser = q.value(14).toString();
    e.activityId = q.value(15).toString();
    return e;
}

QVariantMap interviewFields(const QString &entrepreneurId, const Interview &i)
{
    return {
        {u"entrepreneur_id"_s, entrepreneurId},
        {u"date"_s, date(i.date)},
        {u"kind"_s, interviewKindKey(i.kind)},
        {u"adviser"_s, text(i.adviser)},
        {u"notes"_s, text(i.notes)},
    };
}

// Interviews of the given people (all when `entrepreneurId` is empty), by person, in date order.
Result<QHash<QString, QList<Interview>>> readInterviews(const Store &store,
                                                       const QString &entrepreneurId = {})
{
    const QString where = entrepreneurId.isEmpty() ? QString() : u"WHERE entrepreneur_id = ?"_s;
    const QVariantList binds = entrepreneurId.isEmpty() ? QVariantList() : QVariantList{entrepreneurId};
    auto q = select(store, u"SELECT %1 FROM interview %2 ORDER BY entrepreneur_id, date, id"_s.arg(
                               kInterviewColumns, where),
                    binds);
    if (!q)
        return fail(q.error());
    QHash<QString, QList<Interview>> byPerson;
    while (q->next()) {
        Interview i;
        i.id = q->value(0).toString();
        i.date = toDate(q->value(2));
        i.kind = interviewKindFromKey(q->value(3).toString()).value_or(InterviewKind::Other);
        i.adviser = q->value(4).toString();
        i.notes = q->value(5).toString();
        byPerson[q->value(1).toString()].append(std::move(i));
    }
    return byPerson;
}

Result<QList<Entrepreneur>> readEntrepreneurs(const Store &store, const QString &id = {})
{
    const QString where = id.isEmpty() ? QString() : u"WHERE id = ?"_s;
    const QVariantList binds = id.isEmpty() ? QVariantList() : QVariantList{id};
    auto q = select(store, u"SELECT %1 FROM entrepreneur %2 ORDER BY last_name, first_name, id"_s.arg(
                               kEntrepreneurColumns, where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Entrepreneur> list;
    while (q->next())
        list.append(readEntrepreneur(*q));
    q->finish();
    auto interviews = readInterviews(store, id);
    if (!interviews)
        return fail(interviews.error());
    for (Entrepreneur &e : list)
        e.interviews = interviews->value(e.id);
    return list;
}

// A person without their interviews, which a save does not compare: one query, not two.
Result<std::optional<Entrepreneur>> readEntrepreneurAlone(const Store &store, const QString &id)
{
    auto q = select(store, u"SELECT %1 FROM entrepreneur WHERE id = ?"_s.arg(kEntrepreneurColumns),
                    {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Entrepreneur>();
    return std::optional<Entrepreneur>(readEntrepreneur(*q));
}

// ---- contract

QJsonArray capePeriodsJson(const QList<CapePeriod> &periods)
{
    QJsonArray array;
    for (const CapePeriod &p : periods)
        array.append(QJsonObject{{u"start"_s, p.start.toString(Qt::ISODate)},
                                 {u"end"_s, p.end.toString(Qt::ISODate)}});
    return array;
}

QJsonArray termsJson(const QList<ContractTerms> &terms)
{
    QJsonArray array;
    for (const ContractTerms &t : terms) {
        QJsonObject o{
            {u"effective_from"_s, t.effectiveFrom.toString(Qt::ISODate)},
            {u"fixed_monthly_part_cents"_s, t.fixedMonthlyPart.cents()},
            {u"variable_rate_units"_s, t.variableRate.units()},
            {u"monthly_hours_units"_s, t.monthlyHours.units()},
            {u"equivalent_hours"_s, t.equivalentHours},
            {u"cadre"_s, t.cadre},
            {u"contribution_scale"_s, t.contributionScale},
            {u"referent"_s, t.referent},
            {u"note"_s, t.note},
        };
        // Absent when the contract keeps the scale's brackets.
        if (t.contributionOverride)
            o.insert(u"contribution_override_units"_s, t.contributionOverride->units());
        array.append(o);
    }
    return array;
}

QVariantMap contractFields(const Contract &c)
{
    return {
        {u"entrepreneur_id"_s, text(c.entrepreneurId)},
        {u"activity_id"_s, optionalText(c.activityId)},
        {u"type"_s, contractTypeKey(c.type)},
        {u"signed_on"_s, date(c.signedOn)},
        {u"start"_s, date(c.start)},
        {u"cape_periods"_s, json(capePeriodsJson(c.capePeriods))},
        {u"terms"_s, json(termsJson(c.terms))},
        {u"associate_date"_s, date(c.associateDate)},
        {u"associate_shares"_s, qint64(c.associateShares)},
        {u"exit_date"_s, date(c.exitDate)},
        {u"exit_reason"_s, c.exitReason ? QVariant(exitReasonKey(*c.exitReason)) : QVariant()},
        {u"exit_note"_s, text(c.exitNote)},
    };
}

Contract readContract(const QSqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toString();
    c.version = q.value(1).toLongLong();
    c.entrepreneurId = q.value(2).toString();
    c.activityId = q.value(3).toString();
    c.type = contractTypeFromKey(q.value(4).toString()).value_or(ContractType::Cape);
    c.signedOn = toDate(q.value(5));
    c.start = toDate(q.value(6));
    for (const QJsonValue &v : jsonArray(q.value(7))) {
        const QJsonObject o = v.toObject();
        c.capePeriods.append({QDate::fromString(o.value(u"start"_s).toString(), Qt::ISODate),
                              QDate::fromString(o.value(u"end"_s).toString(), Qt::ISODate)});
    }
    for (const QJsonValue &v : jsonArray(q.value(8))) {
        const QJsonObject o = v.toObject();
        ContractTerms t;
        t.effectiveFrom = QDate::fromString(o.value(u"effective_from"_s).toString(), Qt::ISODate);
        t.fixedMonthlyPart = Money::fromCents(o.value(u"fixed_monthly_part_cents"_s).toInteger());
        t.variableRate = Rate::fromUnits(o.value(u"variable_rate_units"_s).toInteger());
        t.monthlyHours = Quantity::fromUnits(o.value(u"monthly_hours_units"_s).toInteger());
        t.equivalentHours = o.value(u"equivalent_hours"_s).toBool();
        t.cadre = o.value(u"cadre"_s).toBool();
        t.contributionScale = o.value(u"contribution_scale"_s).toString();
        t.referent = o.value(u"referent"_s).toString();
        t.note = o.value(u"note"_s).toString();
        if (o.contains(u"contribution_override_units"_s))
            t.contributionOverride =
                Rate::fromUnits(o.value(u"contribution_override_units"_s).toInteger());
        c.terms.append(std::move(t));
    }
    c.associateDate = toDate(q.value(9));
    c.associateShares = q.value(10).toInt();
    c.exitDate = toDate(q.value(11));
    if (!q.value(12).isNull()) {
        if (auto reason = exitReasonFromKey(q.value(12).toString()))
            c.exitReason = *reason;
        else
            c.exitReason = ExitReason::Other;
    }
    c.exitNote = q.value(13).toString();
    return c;
}

Result<QList<Contract>> readContracts(const Store &store, const QString &where = {},
                                      const QVariantList &binds = {})
{
    auto q = select(store, u"SELECT %1 FROM contract %2 ORDER BY entrepreneur_id, start, id"_s.arg(
                               kContractColumns, where),
                    binds);
    if (!q)
        return fail(q.error());
    QList<Contract> list;
    while (q->next())
        list.append(readContract(*q));
    return list;
}

// The contract a list shows for a person on `at`: the one in force (the latest started if
// several), else the latest started before `at`, else the first to come.
const Contract *currentContract(const QList<Contract> &contracts, QDate at)
{
    const Contract *current = nullptr;
    for (const Contract &c : contracts) {
        if (isInForce(c, at) && (!current || current->start <= c.start))
            current = &c;
    }
    if (current)
        return current;
    for (const Contract &c : contracts) {
        if (c.start <= at && (!current || current->start <= c.start))
            current = &c;
    }
    if (current)
        return current;
    for (const Contract &c : contracts) {
        if (!current || c.start < current->start)
            current = &c;
    }
    return current;
}

// The order a French reader looks for a name in: last name then first name, accents and case
// aside (QCollator with French rules; SQLite's own order puts "Émery" after "Zola"), then the id
// so that the order is stable.
void sortByName(QList<EntrepreneurSummary> &list)
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    struct Keyed
    {
        QCollatorSortKey last;
        QCollatorSortKey first;
        EntrepreneurSummary summary;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(size_t(list.size()));
    for (EntrepreneurSummary &s : list)
        keyed.push_back({collator.sortKey(s.lastName), collator.sortKey(s.firstName), std::move(s)});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (const int c = a.last.compare(b.last))
            return c < 0;
        if (const int c = a.first.compare(b.first))
            return c < 0;
        return a.summary.id < b.summary.id;
    });
    list.clear();
    for (Keyed &k : keyed)
        list.append(std::move(k.summary));
}

QHash<QString, QList<Contract>> contractsByPerson(const QList<Contract> &contracts)
{
    QHash<QString, QList<Contract>> byPerson;
    for (const Contract &c : contracts)
        byPerson[c.entrepreneurId].append(c);
    return byPerson;
}

} // namespace

// ---- cooperative

Result<CooperativeSettings> PeopleRepository::cooperative() const
{
    auto stored = readCooperative(m_store);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return CooperativeSettings();
    return (*stored)->settings;
}

Result<void> PeopleRepository::saveCooperative(const CooperativeSettings &settings)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveCooperative(unit, settings); });
}

Result<void> PeopleRepository::saveCooperative(UnitOfWork &unit, const CooperativeSettings &settings)
{
    if (auto r = firstError(validate(settings)); !r)
        return r;
    auto stored = readCooperative(m_store);
    if (!stored)
        return fail(stored.error());
    const QVariantMap fields = cooperativeFields(settings);
    if (!*stored)
        return unit.insert(u"cooperative"_s, kCooperativeId, fields);
    const QVariantMap changed = changedFields(cooperativeFields((*stored)->settings), fields);
    if (changed.isEmpty())
        return {};
    if (auto r = unit.update(u"cooperative"_s, kCooperativeId, (*stored)->version, changed); !r)
        return fail(r.error());
    return {};
}

// ---- activities

Result<QList<Activity>> PeopleRepository::activities() const
{
    return readActivities(m_store, {}, {});
}

Result<std::optional<Activity>> PeopleRepository::activity(const QString &id) const
{
    return firstOf(readActivities(m_store, u"WHERE id = ?"_s, {id}));
}

Result<std::optional<Activity>> PeopleRepository::activityByCode(const QString &analyticCode) const
{
    return firstOf(readActivities(m_store, u"WHERE analytic_code = ?"_s, {analyticCode}));
}

Result<Activity> PeopleRepository::saveActivity(Activity activity)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveActivity(unit, activity); });
}

Result<Activity> PeopleRepository::saveActivity(UnitOfWork &unit, Activity activity)
{
    if (activity.id.isEmpty() && activity.version == 0)
        activity.id = newId();
    if (auto r = firstError(validate(activity)); !r)
        return fail(r.error());

    const auto explain = [&](const Error &error) {
        return explained(error, [&] { return codeTaken(m_store, activity); });
    };
    return saveVersioned(
        unit, u"activity"_s, activity, activityFields,
        [&] { return firstOf(readActivities(m_store, u"WHERE id = ?"_s, {activity.id})); },
        Tr::tr("The activity \"%1\" does not exist.").arg(activity.id), explain);
}

// ---- entrepreneurs

Result<QList<Entrepreneur>> PeopleRepository::entrepreneurs() const
{
    return readEntrepreneurs(m_store);
}

Result<std::optional<Entrepreneur>> PeopleRepository::entrepreneur(const QString &id) const
{
    return firstOf(readEntrepreneurs(m_store, id));
}

Result<qint64> PeopleRepository::entrepreneurCount() const
{
    auto q = select(m_store, u"SELECT count(*) FROM entrepreneur"_s);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return qint64(0);
    return q->value(0).toLongLong();
}

Result<Entrepreneur> PeopleRepository::saveEntrepreneur(Entrepreneur entrepreneur)
{
    return inOneUnit(m_store,
                     [&](UnitOfWork &unit) { return saveEntrepreneur(unit, entrepreneur); });
}

Result<Entrepreneur> PeopleRepository::saveEntrepreneur(UnitOfWork &unit, Entrepreneur entrepreneur)
{
    if (entrepreneur.id.isEmpty() && entrepreneur.version == 0)
        entrepreneur.id = newId();
    if (auto r = firstError(validate(entrepreneur, today())); !r)
        return fail(r.error());

    const auto explain = [&](const Error &error) {
        return explained(
            error, [&] { return nirTaken(m_store, entrepreneur); },
            [&] {
                return missing(m_store, u"activity"_s, entrepreneur.activityId, u"activityId"_s,
                               Tr::tr("The activity \"%1\" does not exist.")
                                   .arg(entrepreneur.activityId));
            });
    };
    return saveVersioned(unit, u"entrepreneur"_s, entrepreneur, entrepreneurFields,
                         [&] { return readEntrepreneurAlone(m_store, entrepreneur.id); },
                         Tr::tr("The entrepreneur \"%1\" does not exist.").arg(entrepreneur.id),
                         explain);
}

Result<Interview> PeopleRepository::addInterview(const QString &entrepreneurId, Interview interview)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) {
        return addInterview(unit, entrepreneurId, interview);
    });
}

Result<Interview> PeopleRepository::addInterview(UnitOfWork &unit, const QString &entrepreneurId,
                                                 Interview interview)
{
    if (interview.id.isEmpty())
        interview.id = newId();
    // The core's rules for an interview are those of a person's interview list; the probe holds
    // this one only, and its errors are named as the interview's own fields ("date").
    Entrepreneur probe;
    probe.firstName = probe.lastName = u"-"_s;
    probe.birthDate = today().addYears(-30);
    probe.interviews = {interview};
    const QString prefix = u"interviews[0]."_s;
    for (const Error &error : validate(probe, today())) {
        if (error.where().startsWith(prefix))
            return fail(ErrorCode::InvalidArgument, error.message(), error.where().sliced(prefix.size()));
    }
    const auto explain = [&](const Error &error) {
        return explained(error, [&] {
            return missing(m_store, u"entrepreneur"_s, entrepreneurId, u"entrepreneurId"_s,
                           Tr::tr("The entrepreneur \"%1\" does not exist.").arg(entrepreneurId));
        });
    };
    if (auto r = unit.insert(u"interview"_s, interview.id, interviewFields(entrepreneurId, interview));
        !r)
        return fail(explain(r.error()));
    return interview;
}

// ---- contracts

Result<QList<Contract>> PeopleRepository::contracts() const
{
    return readContracts(m_store);
}

Result<QList<Contract>> PeopleRepository::contractsOf(const QString &entrepreneurId) const
{
    return readContracts(m_store, u"WHERE entrepreneur_id = ?"_s, {entrepreneurId});
}

Result<Contract> PeopleRepository::saveContract(Contract contract)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveContract(unit, contract); });
}

Result<Contract> PeopleRepository::saveContract(UnitOfWork &unit, Contract contract)
{
    if (contract.id.isEmpty() && contract.version == 0)
        contract.id = newId();
    if (auto r = firstError(validate(contract)); !r)
        return fail(r.error());

    const auto explain = [&](const Error &error) {
        return explained(
            error,
            [&] {
                return missing(m_store, u"entrepreneur"_s, contract.entrepreneurId,
                               u"entrepreneurId"_s,
                               Tr::tr("The entrepreneur \"%1\" does not exist.")
                                   .arg(contract.entrepreneurId));
            },
            [&] {
                return missing(m_store, u"activity"_s, contract.activityId, u"activityId"_s,
                               Tr::tr("The activity \"%1\" does not exist.").arg(contract.activityId));
            });
    };
    return saveVersioned(
        unit, u"contract"_s, contract, contractFields,
        [&] { return firstOf(readContracts(m_store, u"WHERE id = ?"_s, {contract.id})); },
        Tr::tr("The contract \"%1\" does not exist.").arg(contract.id), explain);
}

// ---- lists

Result<QList<EntrepreneurSummary>> PeopleRepository::summaries(QDate at) const
{
    auto activityList = activities();
    if (!activityList)
        return fail(activityList.error());
    auto people = entrepreneurs();
    if (!people)
        return fail(people.error());
    auto allContracts = contracts();
    if (!allContracts)
        return fail(allContracts.error());

    QHash<QString, const Activity *> activityById;
    for (const Activity &a : std::as_const(*activityList))
        activityById.insert(a.id, &a);
    const QHash<QString, QList<Contract>> byPerson = contractsByPerson(*allContracts);

    const QDate yearAgo = at.addMonths(-12);
    QList<EntrepreneurSummary> list;
    list.reserve(people->size());
    for (const Entrepreneur &e : std::as_const(*people)) {
        const QList<Contract> own = byPerson.value(e.id);
        EntrepreneurSummary s;
        s.id = e.id;
        s.displayName = e.displayName();
        s.lastName = e.lastName;
        s.firstName = e.firstName;
        s.email = e.email;
        s.status = statusAt(own, at);
        const Contract *current = currentContract(own, at);
        s.activityId = e.activityId.isEmpty() && current ? current->activityId : e.activityId;
        if (const Activity *a = activityById.value(s.activityId)) {
            s.analyticCode = a->analyticCode;
            s.activityName = a->name;
        }
        if (current) {
            s.contractStart = current->start;
            const bool associate = current->associateDate.isValid() && current->associateDate <= at;
            const bool exited = current->exitDate.isValid() && current->exitDate < at;
            if (current->type == ContractType::Cesa && !associate && !exited) {
                QList<Contract> others;
                for (const Contract &c : own) {
                    if (c.id != current->id)
                        others.append(c);
                }
                s.associateDeadline = associateDeadline(*current, others);
            }
        }
        for (const Alert &alert : alertsFor(e, own, at)) {
            if (!s.alerts.contains(alert.kind))
                s.alerts.append(alert.kind);
        }
        for (const Interview &i : e.interviews) {
            if (i.date > yearAgo && i.date <= at)
                ++s.interviewsLast12Months;
        }
        list.append(std::move(s));
    }
    sortByName(list);
    return list;
}

Result<QList<Alert>> PeopleRepository::alerts(QDate at) const
{
    auto people = entrepreneurs();
    if (!people)
        return fail(people.error());
    auto allContracts = contracts();
    if (!allContracts)
        return fail(allContracts.error());
    const QHash<QString, QList<Contract>> byPerson = contractsByPerson(*allContracts);

    // People come sorted by name; a stable sort on the date keeps that order within a day.
    QList<Alert> list;
    for (const Entrepreneur &e : std::as_const(*people))
        list.append(alertsFor(e, byPerson.value(e.id), at));
    std::stable_sort(list.begin(), list.end(), [](const Alert &a, const Alert &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.kind < b.kind;
    });
    return list;
}

// ---- CSV

Result<EntrepreneurCsvImport> PeopleRepository::importEntrepreneursCsv(const QByteArray &data)
{
    EntrepreneurCsvContext context;
    context.today = today();
    auto activityList = activities();
    if (!activityList)
        return fail(activityList.error());
    context.activities = *activityList;
    auto people = readEntrepreneurs(m_store);
    if (!people)
        return fail(people.error());
    context.existing = *people;

    EntrepreneurCsvImport parsed = parseEntrepreneurCsv(data, context);
    if (!parsed.isValid())
        return parsed;
    return inOneUnit(m_store, [&](UnitOfWork &unit) -> Result<EntrepreneurCsvImport> {
        for (const EntrepreneurCsvRecord &record : std::as_const(parsed.records)) {
            const QString line = Tr::tr("line %1").arg(record.line);
            if (auto r = saveEntrepreneur(unit, record.entrepreneur); !r)
                return fail(r.error().located(line));
            for (const Contract &c : record.contracts) {
                if (auto r = saveContract(unit, c); !r)
                    return fail(r.error().located(line));
            }
        }
        return parsed;
    });
}

Result<QByteArray> PeopleRepository::exportEntrepreneursCsv(QDate at) const
{
    auto activityList = activities();
    if (!activityList)
        return fail(activityList.error());
    auto people = readEntrepreneurs(m_store);
    if (!people)
        return fail(people.error());
    auto allContracts = contracts();
    if (!allContracts)
        return fail(allContracts.error());
    return writeEntrepreneurCsv(*people, *allContracts, *activityList, at);
}

} // namespace coop
