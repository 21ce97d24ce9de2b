#include "entrepreneur.h"

#include "enumkeys_p.h"
#include "identifiers.h"
#include "rules_p.h"
#include "tr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::checkIdentifier;
using detail::EnumKey;
using detail::invalid;
using detail::isoDate;

// The NIR repeats the year and month of birth (characters 2-3 and 4-5); a mismatch with the
// birth date is almost always a typing mistake in one of them. Months outside 01-12 are the
// ones INSEE gives when the month is unknown, so they match any birth date.
void checkNirAgainstBirthDate(ValidationErrors &errors, const QString &nir, QDate birthDate)
{
    const int year = QStringView(nir).sliced(1, 2).toInt();
    const int month = QStringView(nir).sliced(3, 2).toInt();
    if (year != birthDate.year() % 100) {
        errors.append(invalid(u"nir"_s, Tr::tr("The social security number %1 says born in "
                                               "“%2”, but the birth date %3 is in %4.")
                                            .arg(nir, nir.sliced(1, 2), isoDate(birthDate))
                                            .arg(birthDate.year())));
    } else if (month >= 1 && month <= 12 && month != birthDate.month()) {
        errors.append(invalid(u"nir"_s, Tr::tr("The social security number %1 says born in "
                                               "month %2, but the birth date is %3.")
                                            .arg(nir, nir.sliced(3, 2), isoDate(birthDate))));
    }
}

bool isEmailAddress(const QString &email)
{
    // The form only (something@domain.tld, no spaces): whether the mailbox exists is for the mail
    // server to say.
    static const QRegularExpression form(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return form.match(email).hasMatch();
}

constexpr EnumKey<PriorStatus> PriorStatusKeys[] = {
    {PriorStatus::JobSeeker, "job_seeker"_L1},
    {PriorStatus::Employee, "employee"_L1},
    {PriorStatus::SelfEmployed, "self_employed"_L1},
    {PriorStatus::Student, "student"_L1},
    {PriorStatus::Inactive, "inactive"_L1},
    {PriorStatus::Other, "other"_L1},
};

constexpr EnumKey<InterviewKind> InterviewKindKeys[] = {
    {InterviewKind::Reception, "reception"_L1},
    {InterviewKind::FollowUp, "follow_up"_L1},
    {InterviewKind::Annual, "annual"_L1},
    {InterviewKind::Exit, "exit"_L1},
    {InterviewKind::Other, "other"_L1},
};

} // namespace

ValidationErrors validate(const Entrepreneur &entrepreneur, QDate today)
{
    ValidationErrors errors;
    if (entrepreneur.firstName.trimmed().isEmpty())
        errors.append(invalid(u"firstName"_s, Tr::tr("The first name is required.")));
    if (entrepreneur.lastName.trimmed().isEmpty())
        errors.append(invalid(u"lastName"_s, Tr::tr("The last name is required.")));

    // A plausible working age: 16 is the minimum age to work (C. trav. L4153-1), and 100 catches
    // a year typed with the wrong century.
    const QDate birthDate = entrepreneur.birthDate;
    const bool birthDateOk = birthDate.isValid() && birthDate >= today.addYears(-100)
                             && birthDate <= today.addYears(-16);
    if (!birthDate.isValid()) {
        errors.append(invalid(u"birthDate"_s, Tr::tr("The birth date is required.")));
    } else if (!birthDateOk) {
        errors.append(invalid(u"birthDate"_s,
                              Tr::tr("The birth date %1 is not plausible: the person would be "
                                     "under 16 or over 100 years old on %2.")
                                  .arg(isoDate(birthDate), isoDate(today))));
    }

    if (!entrepreneur.nir.isEmpty()) {
        const QString nir = checkIdentifier(errors, u"nir"_s, entrepreneur.nir, normalizeNir);
        if (nir == entrepreneur.nir && birthDate.isValid())
            checkNirAgainstBirthDate(errors, nir, birthDate);
    }

    if (!entrepreneur.email.isEmpty() && !isEmailAddress(entrepreneur.email)) {
        errors.append(invalid(u"email"_s, Tr::tr("“%1” is not an e-mail address such as "
                                                 "name@example.fr.")
                                              .arg(entrepreneur.email)));
    }

    for (qsizetype i = 0; i < entrepreneur.interviews.size(); ++i) {
        const QDate date = entrepreneur.interviews[i].date;
        const QString field = u"interviews[%1].date"_s.arg(i);
        if (!date.isValid()) {
            errors.append(invalid(field, Tr::tr("Interview %1 has no date.").arg(i + 1)));
        } else if (date > today) {
            errors.append(invalid(field, Tr::tr("Interview %1 is dated %2, after today (%3): "
                                                "only interviews that took place are recorded.")
                                             .arg(QString::number(i + 1), isoDate(date),
                                                  isoDate(today))));
        }
    }
    return errors;
}

QString priorStatusKey(PriorStatus status)
{
    return detail::keyOf(PriorStatusKeys, status);
}

Result<PriorStatus> priorStatusFromKey(const QString &key)
{
    return detail::fromKey(PriorStatusKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a prior status; expected one of: %2.").arg(key, known);
    });
}

QString interviewKindKey(InterviewKind kind)
{
    return detail::keyOf(InterviewKindKeys, kind);
}

Result<InterviewKind> interviewKindFromKey(const QString &key)
{
    return detail::fromKey(InterviewKindKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not a kind of interview; expected one of: %2.").arg(key, known);
    });
}

} // namespace coop
