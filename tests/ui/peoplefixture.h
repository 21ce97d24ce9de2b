#pragma once

// People, activities and contracts written through PeopleRepository for the widget tests, with
// dates relative to today so that statuses and alerts are the same on any day.

#include "core/businessday.h"
#include "core/storage/peoplerepository.h"

#include <QDate>
#include <QString>
#include <QTest>

namespace coop::test {

// Fails the calling test when a Result is an error (QVERIFY2 cannot return a value).
template<typename T>
T require(Result<T> result)
{
    if (!result)
        qFatal("fixture: %s", qPrintable(result.error().toString()));
    return std::move(*result);
}

inline Entrepreneur addPerson(PeopleRepository &people, const QString &firstName,
                              const QString &lastName, const QString &analyticCode,
                              const QString &email = {})
{
    Activity activity;
    activity.analyticCode = analyticCode;
    activity.name = QStringLiteral("Atelier ") + lastName;
    activity.trade = QStringLiteral("Graphisme");
    activity = require(people.saveActivity(activity));

    Entrepreneur person;
    person.firstName = firstName;
    person.lastName = lastName;
    person.birthDate = businessToday().addYears(-35);
    person.email = email;
    person.referentAdviser = QStringLiteral("Claire Martin");
    person.activityId = activity.id;
    person = require(people.saveEntrepreneur(person));

    activity.members = {ActivityMember{person.id, Rate::fromUnits(Rate::UnitsPerOne)}};
    require(people.saveActivity(activity));
    return person;
}

inline Contract addCape(PeopleRepository &people, const Entrepreneur &person, QDate start,
                        QDate end)
{
    Contract cape;
    cape.entrepreneurId = person.id;
    cape.activityId = person.activityId;
    cape.type = ContractType::Cape;
    cape.signedOn = start;
    cape.start = start;
    cape.capePeriods = {CapePeriod{start, end}};
    return require(people.saveContract(cape));
}

inline Contract addCesa(PeopleRepository &people, const Entrepreneur &person, QDate start,
                        Money fixedPart, QDate associateDate = {})
{
    Contract cesa;
    cesa.entrepreneurId = person.id;
    cesa.activityId = person.activityId;
    cesa.type = ContractType::Cesa;
    cesa.signedOn = start;
    cesa.start = start;
    ContractTerms terms;
    terms.effectiveFrom = start;
    terms.fixedMonthlyPart = fixedPart;
    terms.variableRate = require(Rate::fromPercent(u"50"));
    terms.monthlyHours = require(Quantity::parse(u"151.67"));
    terms.contributionScale = QStringLiteral("STD-2026");
    terms.referent = QStringLiteral("Claire Martin");
    cesa.terms = {terms};
    if (associateDate.isValid()) {
        cesa.associateDate = associateDate;
        cesa.associateShares = 2;
    }
    return require(people.saveContract(cesa));
}

inline void addInterviews(PeopleRepository &people, const Entrepreneur &person,
                          const QList<QDate> &dates)
{
    for (const QDate date : dates) {
        Interview interview;
        interview.date = date;
        interview.kind = InterviewKind::FollowUp;
        interview.adviser = QStringLiteral("Claire Martin");
        require(people.addInterview(person.id, interview));
    }
}

} // namespace coop::test
