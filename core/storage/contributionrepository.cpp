#include "contributionrepository.h"

#include "peoplerepository.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/jsoninteger_p.h"
#include "core/payrollrun.h"
#include "core/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

QJsonArray bracketsToJson(const QList<ContributionBracket> &brackets)
{
    QJsonArray array;
    for (const ContributionBracket &b : brackets)
        array.append(QJsonObject{{u"from_cents"_s, b.from.cents()}, {u"rate_units"_s, b.rate.units()}});
    return array;
}

QList<ContributionBracket> bracketsFromJson(const QJsonArray &array)
{
    QList<ContributionBracket> brackets;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        brackets.append({Money::fromCents(detail::jsonInteger(o.value(u"from_cents"_s)).value_or(0)),
                         Rate::fromUnits(detail::jsonInteger(o.value(u"rate_units"_s)).value_or(0))});
    }
    return brackets;
}

QJsonArray floorsToJson(const QList<ContributionFloor> &floors)
{
    QJsonArray array;
    for (const ContributionFloor &f : floors) {
        QJsonObject o{{u"from_seniority_months"_s, f.fromSeniorityMonths},
                      {u"monthly_cents"_s, f.monthly.cents()}};
        if (f.contractType)
            o.insert(u"contract_type"_s, contractTypeKey(*f.contractType));
        array.append(o);
    }
    return array;
}

QList<ContributionFloor> floorsFromJson(const QJsonArray &array)
{
    QList<ContributionFloor> floors;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ContributionFloor f;
        f.fromSeniorityMonths = static_cast<int>(
            detail::jsonInteger(o.value(u"from_seniority_months"_s)).value_or(0));
        f.monthly = Money::fromCents(detail::jsonInteger(o.value(u"monthly_cents"_s)).value_or(0));
        if (o.contains(u"contract_type"_s)) {
            if (const auto type = contractTypeFromKey(o.value(u"contract_type"_s).toString()))
                f.contractType = *type;
        }
        floors.append(f);
    }
    return floors;
}

QVariant optionalCents(const std::optional<Money> &amount)
{
    return amount ? QVariant(amount->cents()) : QVariant();
}

QVariantMap scaleFields(const StoredContributionScale &stored)
{
    const ContributionScale &s = stored.scale;
    return {
        {u"code"_s, s.code},
        {u"effective_from"_s, date(s.effectiveFrom)},
        {u"label"_s, s.label},
        {u"assembly_reference"_s, s.assemblyReference},
        {u"base"_s, contributionBaseKey(s.base)},
        {u"brackets"_s, json(bracketsToJson(s.brackets))},
        {u"application"_s, bracketApplicationKey(s.application)},
        {u"basis"_s, bracketBasisKey(s.basis)},
        {u"floors"_s, json(floorsToJson(s.floors))},
        {u"annual_cap_cents"_s, optionalCents(s.annualCap)},
        {u"annual_cap_associate_cents"_s, optionalCents(s.annualCapAssociate)},
        {u"internal_rate_units"_s,
         s.internalRate ? QVariant(s.internalRate->units()) : QVariant()},
        {u"is_default"_s, stored.isDefault ? 1 : 0},
    };
}

Result<QList<StoredContributionScale>> readScales(const Store &store, const QString &where,
                                                  const QVariantList &binds)
{
    auto q = select(store,
                    u"SELECT id, version, code, effective_from, label, assembly_reference, base, "
                    "brackets, application, basis, floors, annual_cap_cents, "
                    "annual_cap_associate_cents, internal_rate_units, is_default "
                    "FROM contribution_scale "_s
                        + where + u" ORDER BY code, effective_from"_s,
                    binds);
    if (!q)
        return fail(q.error());
    QList<StoredContributionScale> scales;
    while (q->next()) {
        StoredContributionScale stored;
        stored.id = q->value(0).toString();
        stored.version = q->value(1).toLongLong();
        ContributionScale &s = stored.scale;
        s.code = q->value(2).toString();
        s.effectiveFrom = toDate(q->value(3));
        s.label = q->value(4).toString();
        s.assemblyReference = q->value(5).toString();
        s.base = contributionBaseFromKey(q->value(6).toString()).value_or(ContributionBase::InvoicedHt);
        s.brackets = bracketsFromJson(jsonArray(q->value(7)));
        s.application = bracketApplicationFromKey(q->value(8).toString())
                            .value_or(BracketApplication::Marginal);
        s.basis = bracketBasisFromKey(q->value(9).toString()).value_or(BracketBasis::Month);
        s.floors = floorsFromJson(jsonArray(q->value(10)));
        if (!q->value(11).isNull())
            s.annualCap = Money::fromCents(q->value(11).toLongLong());
        if (!q->value(12).isNull())
            s.annualCapAssociate = Money::fromCents(q->value(12).toLongLong());
        if (!q->value(13).isNull())
            s.internalRate = Rate::fromUnits(q->value(13).toLongLong());
        stored.isDefault = q->value(14).toInt() != 0;
        scales.append(std::move(stored));
    }
    return scales;
}

QString monthKey(QDate date)
{
    return date.toString(u"yyyy-MM"_s);
}

int monthsBetween(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

using MonthlyCents = QHash<QString, QHash<QString, qint64>>;  // activity → "yyyy-MM" → cents

struct MonthlyFigures
{
    MonthlyCents invoiced;           // HT to outside customers (invoices less credit notes)
    MonthlyCents invoicedInternal;   // HT to the cooperative's own SIREN
    MonthlyCents collected;          // payments less their VAT, less refunds, by payment date
    MonthlyCents collectedInternal;  // the part of those on internal documents
    MonthlyCents resold;             // validated or paid purchases on 607/604 accounts, by date
};

// The bases' raw figures from `from` to `to`. An invoice is internal when its customer's SIREN
// is the cooperative's (another activity of the same cooperative); the customer record is read
// as it is now, a SIREN being the one thing of a company that does not change.
Result<MonthlyFigures> monthlyFigures(const Store &store, const QString &cooperativeSiren,
                                      QDate from, QDate to)
{
    MonthlyFigures f;
    // '' never matches a customer's SIREN column of a company, and a cooperative without a
    // SIREN has no internal invoicing.
    const QString siren = cooperativeSiren.isEmpty() ? u"-"_s : cooperativeSiren;
    {
        auto q = select(store,
                        u"SELECT d.activity_id, substr(d.date, 1, 7), c.siren = ?, "
                        "sum(CASE d.kind WHEN 'invoice' THEN d.total_excluding_vat_cents "
                        "ELSE -d.total_excluding_vat_cents END) "
                        "FROM sales_document d JOIN customer c ON c.id = d.customer_id "
                        "WHERE d.status = 'validated' AND d.date >= ? AND d.date <= ? "
                        "GROUP BY 1, 2, 3"_s,
                        {siren, date(from), date(to)});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            MonthlyCents &into = q->value(2).toInt() != 0 ? f.invoicedInternal : f.invoiced;
            into[q->value(0).toString()][q->value(1).toString()] += q->value(3).toLongLong();
        }
    }
    {
        const auto payments = collectedPayments(store, from, to);
        if (!payments)
            return fail(payments.error());
        for (const CollectedPayment &p : *payments)
            f.collected[p.activityId][monthKey(p.date)] += p.htCents;
    }
    if (!cooperativeSiren.isEmpty()) {
        // The internal part of the collected: the same reading of a payment, on internal
        // documents only (moved out of the collected above).
        auto q = select(store,
                        u"SELECT d.activity_id, p.date, p.amount_cents, p.shares, d.kind "
                        "FROM payment p JOIN sales_document d ON d.id = p.document_id "
                        "JOIN customer c ON c.id = d.customer_id "
                        "WHERE p.date >= ? AND p.date <= ? AND c.siren = ?"_s,
                        {date(from), date(to), siren});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            qint64 vat = 0;
            for (const QJsonValue &share : jsonArray(q->value(3)))
                vat += detail::jsonInteger(share.toObject().value(u"vat_cents"_s)).value_or(0);
            qint64 ht = q->value(2).toLongLong() - vat;
            if (q->value(4).toString() == u"credit_note")
                ht = -ht;
            const QString activity = q->value(0).toString();
            const QString month = monthKey(toDate(q->value(1)));
            f.collected[activity][month] -= ht;
            f.collectedInternal[activity][month] += ht;
        }
    }
    {
        auto q = select(store,
                        u"SELECT activity_id, substr(date, 1, 7), sum(resold_excluding_vat_cents) "
                        "FROM supplier_invoice WHERE status IN ('validated', 'paid') "
                        "AND date >= ? AND date <= ? GROUP BY 1, 2"_s,
                        {date(from), date(to)});
        if (!q)
            return fail(q.error());
        while (q->next())
            f.resold[q->value(0).toString()][q->value(1).toString()] = q->value(2).toLongLong();
    }
    return f;
}

} // namespace

Result<StoredContributionScale> ContributionRepository::saveScale(StoredContributionScale scale)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveScale(unit, scale); });
}

Result<StoredContributionScale> ContributionRepository::saveScale(UnitOfWork &unit,
                                                                  StoredContributionScale scale)
{
    {
        if (scale.id.isEmpty() && scale.version == 0)
            scale.id = newId();
        if (auto r = firstError(coop::validate(scale.scale)); !r)
            return fail(r.error());
        if (scale.isDefault) {
            const auto others = readScales(m_store, u"WHERE is_default = 1 AND id <> ?"_s, {scale.id});
            if (!others)
                return fail(others.error());
            for (const StoredContributionScale &other : *others) {
                if (auto r = unit.update(u"contribution_scale"_s, other.id, other.version,
                                         {{u"is_default"_s, 0}});
                    !r)
                    return fail(r.error());
            }
        }
        return saveVersioned(unit, u"contribution_scale"_s, scale, scaleFields,
                             [&] { return firstOf(readScales(m_store, u"WHERE id = ?"_s, {scale.id})); },
                             Tr::tr("The contribution scale %1 does not exist.").arg(scale.id));
    }
}

Result<QList<StoredContributionScale>> ContributionRepository::scales() const
{
    return readScales(m_store, {}, {});
}

Result<QList<ActivityContribution>> ContributionRepository::compute(QStringView month,
                                                                   const QString &onlyActivityId) const
{
    return computeWith(month, onlyActivityId, nullptr);
}

Result<QList<ActivityContribution>> ContributionRepository::preview(
    QStringView month, const StoredContributionScale &candidate) const
{
    if (auto r = firstError(coop::validate(candidate.scale)); !r)
        return fail(r.error());
    return computeWith(month, {}, &candidate);
}

Result<QList<ActivityContribution>> ContributionRepository::computeWith(
    QStringView month, const QString &onlyActivityId, const StoredContributionScale *candidate) const
{
    const auto first = parsePayrollMonth(month);
    if (!first)
        return fail(first.error());
    const QDate last = first->addDays(first->daysInMonth() - 1);

    PeopleRepository people(m_store);
    const auto cooperative = people.cooperative();
    if (!cooperative)
        return fail(cooperative.error());
    const QDate yearStart = fiscalYearStart(*cooperative, *first);
    const bool closesYear = last == yearStart.addYears(1).addDays(-1);

    auto scales = this->scales();
    if (!scales)
        return fail(scales.error());
    if (candidate) {
        bool replaced = false;
        for (StoredContributionScale &s : *scales) {
            if (candidate->isDefault)
                s.isDefault = false;
            if (!candidate->id.isEmpty() && s.id == candidate->id) {
                s = *candidate;
                replaced = true;
            }
        }
        if (!replaced)
            scales->append(*candidate);
    }
    const auto scaleFor = [&](const QString &code) -> const StoredContributionScale * {
        const StoredContributionScale *found = nullptr;
        for (const StoredContributionScale &s : *scales) {
            const bool matches = code.isEmpty() ? s.isDefault : s.scale.code == code;
            if (matches && s.scale.effectiveFrom <= last
                && (!found || s.scale.effectiveFrom > found->scale.effectiveFrom))
                found = &s;
        }
        // The default flag marks one version; its code's later versions are the default too.
        if (code.isEmpty() && found) {
            for (const StoredContributionScale &s : *scales) {
                if (s.scale.code == found->scale.code && s.scale.effectiveFrom <= last
                    && s.scale.effectiveFrom > found->scale.effectiveFrom)
                    found = &s;
            }
        }
        return found;
    };

    const auto entrepreneurs = people.entrepreneurs();
    if (!entrepreneurs)
        return fail(entrepreneurs.error());
    const auto activities = people.activities();
    if (!activities)
        return fail(activities.error());
    const auto contracts = people.contracts();
    if (!contracts)
        return fail(contracts.error());
    QHash<QString, const Entrepreneur *> personById;
    for (const Entrepreneur &e : *entrepreneurs)
        personById.insert(e.id, &e);
    QHash<QString, QList<const Contract *>> contractsOf;
    for (const Contract &c : *contracts)
        contractsOf[c.entrepreneurId].append(&c);

    // Monthly bases per activity, from the earliest contract start (for the since-entry basis) to
    // the month's end: invoiced and collected HT.
    QDate earliest = yearStart;
    for (const Contract &c : *contracts)
        earliest = std::min(earliest, QDate(c.start.year(), c.start.month(), 1));
    // Per activity and month (cents): invoiced HT to outside customers, invoiced HT to the
    // cooperative itself (internal invoicing), collected HT of each, and the purchases resold.
    const auto read = monthlyFigures(m_store, cooperative->siren, earliest, last);
    if (!read)
        return fail(read.error());
    const MonthlyFigures &figures = *read;

    // One payer per activity: its member under contract this month, the one with the largest
    // share (then the earliest contract) when several are.
    struct Payer
    {
        const Entrepreneur *person = nullptr;
        QList<const Contract *> contracts;
        qint64 share = 0;
        QDate firstStart;
    };
    QHash<QString, Payer> payers;
    for (auto it = contractsOf.cbegin(); it != contractsOf.cend(); ++it) {
        const Entrepreneur *person = personById.value(it.key());
        if (!person)
            continue;
        const Contract *current = nullptr;
        QDate firstStart;
        for (const Contract *c : it.value()) {
            if (!firstStart.isValid() || c->start < firstStart)
                firstStart = c->start;
            // The latest contract of the fiscal year to the month: someone who left during the
            // year still owes the months they were present (and the year's true-up).
            const std::optional<QDate> end = contractEnd(*c);
            if (c->start <= last && (!end || *end >= yearStart)
                && (!current || c->start >= current->start))
                current = c;
        }
        if (!current || current->activityId.isEmpty())
            continue;
        qint64 share = Rate::UnitsPerOne;
        for (const Activity &a : *activities) {
            if (a.id != current->activityId || a.members.size() < 2)
                continue;
            for (const ActivityMember &m : a.members)
                if (m.entrepreneurId == person->id)
                    share = m.share.units();
        }
        Payer &payer = payers[current->activityId];
        if (!payer.person || share > payer.share
            || (share == payer.share && firstStart < payer.firstStart))
            payer = Payer{person, it.value(), share, firstStart};
    }

    QList<ActivityContribution> result;
    for (const Activity &activity : *activities) {
        if (!onlyActivityId.isEmpty() && activity.id != onlyActivityId)
            continue;
        const auto found = payers.constFind(activity.id);
        if (found == payers.constEnd())
            continue;
        const Payer &payer = *found;

        // The contract of a month: the one in force on its last day under contract.
        const auto contractIn = [&](QDate monthStart) -> const Contract * {
            const QDate monthEnd = monthStart.addDays(monthStart.daysInMonth() - 1);
            const Contract *in = nullptr;
            for (const Contract *c : payer.contracts) {
                const std::optional<QDate> end = contractEnd(*c);
                if (c->start <= monthEnd && (!end || *end >= monthStart))
                    in = c;
            }
            return in;
        };
        const Contract *now = contractIn(*first);
        QString code;
        std::optional<Rate> overrideRate;
        if (now && now->type == ContractType::Cesa) {
            const auto terms = termsAt(*now, std::min(last, contractEnd(*now).value_or(last)));
            if (terms) {
                code = terms->contributionScale;
                overrideRate = terms->contributionOverride;
            }
        }
        const StoredContributionScale *scale = scaleFor(code);
        if (!scale)
            return fail(ErrorCode::NotFound,
                        code.isEmpty()
                            ? Tr::tr("%1: no default contribution scale is in force on %2.")
                                  .arg(activity.analyticCode, last.toString(Qt::ISODate))
                            : Tr::tr("%1: the contribution scale “%2” is not in force on %3.")
                                  .arg(activity.analyticCode, code, last.toString(Qt::ISODate)),
                        u"scale"_s);

        // A month's base and internal base, the activity's figures times the payer's share.
        const auto sharePart = [&](qint64 cents) {
            return multiplyDivideRounded(cents, payer.share, Rate::UnitsPerOne, Rounding::HalfUp)
                .value_or(0);
        };
        const auto figure = [&](const MonthlyCents &of, const QString &key) {
            return of.value(activity.id).value(key);
        };
        const auto baseOf = [&](QDate monthStart) -> qint64 {
            const QString key = monthKey(monthStart);
            switch (scale->scale.base) {
            case ContributionBase::CollectedHt:
                return sharePart(figure(figures.collected, key));
            case ContributionBase::GrossMargin:
                return sharePart(figure(figures.invoiced, key) - figure(figures.resold, key));
            case ContributionBase::InvoicedHt:
                break;
            }
            return sharePart(figure(figures.invoiced, key));
        };
        const auto internalOf = [&](QDate monthStart) -> qint64 {
            const QString key = monthKey(monthStart);
            return sharePart(scale->scale.base == ContributionBase::CollectedHt
                                 ? figure(figures.collectedInternal, key)
                                 : figure(figures.invoicedInternal, key));
        };
        ContributionYearInput input;
        input.overrideRate = overrideRate;
        const QDate entry(payer.firstStart.year(), payer.firstStart.month(), 1);
        // Before the year the engine sees one base: internal invoicing is in it unless the scale
        // sets it apart.
        const bool internalApart = scale->scale.internalRate.has_value();
        for (QDate m = entry; m < yearStart; m = m.addMonths(1))
            input.baseBeforeYear +=
                Money::fromCents(baseOf(m) + (internalApart ? 0 : internalOf(m)));
        for (QDate m = yearStart; m <= *first; m = m.addMonths(1)) {
            ContributionMonthInput mi;
            mi.month = m;
            const Contract *c = contractIn(m);
            mi.present = c != nullptr;
            mi.base = Money::fromCents(baseOf(m));
            mi.internalBase = Money::fromCents(internalOf(m));
            mi.seniorityMonths = monthsBetween(payer.firstStart, m);
            mi.contractType = c ? c->type : ContractType::Cape;
            const QDate monthEnd = m.addDays(m.daysInMonth() - 1);
            mi.associate = c && c->associateDate.isValid() && c->associateDate <= monthEnd;
            input.months.append(mi);
        }
        const auto year = computeContributions(scale->scale, input);
        if (!year)
            return fail(Error(year.error().code(),
                              Tr::tr("%1: %2").arg(activity.analyticCode, year.error().message()),
                              year.error().where()));

        ActivityContribution c;
        c.activityId = activity.id;
        c.activityCode = activity.analyticCode;
        c.entrepreneurId = payer.person->id;
        c.entrepreneurName = payer.person->lastName + u' ' + payer.person->firstName;
        c.scaleCode = scale->scale.code;
        c.scaleEffectiveFrom = scale->scale.effectiveFrom;
        const ContributionMonthInput &thisMonth = input.months.constLast();
        c.contractType = thisMonth.contractType;
        c.associate = thisMonth.associate;
        c.seniorityMonths = thisMonth.seniorityMonths;
        c.base = thisMonth.base;
        c.internalBase = thisMonth.internalBase;
        c.overrideRate = overrideRate;
        c.month = year->months.constLast();
        c.yearToDate = year->monthlyTotal;
        c.closesYear = closesYear;
        c.trueUp = closesYear ? year->trueUp : Money();
        c.yearCap = year->yearCap;
        result.append(std::move(c));
    }
    std::sort(result.begin(), result.end(), [](const ActivityContribution &a,
                                               const ActivityContribution &b) {
        return a.activityCode < b.activityCode;
    });
    return result;
}

} // namespace coop
