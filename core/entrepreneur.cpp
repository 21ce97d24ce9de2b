#include "entrepreneur.h"

#include "identifiers.h"
#include "tr.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return Error(ErrorCode::InvalidArgument, message, field);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

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

constexpr std::array<std::pair<PriorStatus, QLatin1StringView>, 6> PriorStatusKeys = {{
    {PriorStatus::JobSeeker, QLatin1StringView("job_seeker")},
    {PriorStatus::Employee, QLatin1StringView("employee")},
    {PriorStatus::SelfEmployed, QLatin1StringView("self_employed")},
    {PriorStatus::Student, QLatin1StringView("student")},
    {PriorStatus::Inactive, QLatin1StringView("inactive")},
    {PriorStatus::Other, QLatin1StringView("other")},
}};

constexpr std::array<std::pair<InterviewKind, QLatin1StringView>, 5> InterviewKindKeys = {{
    {InterviewKind::Reception, QLatin1StringView("reception")},
    {InterviewKind::FollowUp, QLatin1StringView("follow_up")},
    {InterviewKind::Annual, QLatin1StringView("annual")},
    {InterviewKind::Exit, QLatin1StringView("exit")},
    {InterviewKind::Other, QLatin1StringView("other")},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &keys, Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return QString(key);
    }
    Q_ASSERT_X(false, "keyOf", "an enum value without a key");
    return {};
}

template<typename Enum, std::size_t N>
QString keyList(const std::array<std::pair<Enum, QLatin1StringView>, N> &keys)
{
    QStringList list;
    for (const auto &entry : keys)
        list.append(QString(entry.second));
    return list.join(u", "_s);
}

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
        const Result<QString> nir = normalizeNir(entrepreneur.nir);
        if (!nir) {
            errors.append(nir.error().located(u"nir"_s));
        } else if (*nir != entrepreneur.nir) {
            errors.append(invalid(u"nir"_s, Tr::tr("“%1” must be stored in its canonical form, "
                                                   "“%2”.")
                                                .arg(entrepreneur.nir, *nir)));
        } else if (birthDate.isValid()) {
            checkNirAgainstBirthDate(errors, *nir, birthDate);
        }
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
    return keyOf(PriorStatusKeys, status);
}

Result<PriorStatus> priorStatusFromKey(const QString &key)
{
    for (const auto &[status, k] : PriorStatusKeys) {
        if (k == key)
            return status;
    }
    return fail(ErrorCode::ParseError,
                Tr::tr("“%1” is not a prior status; expected one of: %2.")
                    .arg(key, keyList(PriorStatusKeys)));
}

QString interviewKindKey(InterviewKind kind)
{
    return keyOf(InterviewKindKeys, kind);
}

Result<InterviewKind> interviewKindFromKey(const QString &key)
{
    for (const auto &[kind, k] : InterviewKindKeys) {
        if (k == key)
            return kind;
    }
    return fail(ErrorCode::ParseError,
                Tr::tr("“%1” is not a kind of interview; expected one of: %2.")
                    .arg(key, keyList(InterviewKindKeys)));
}

} // namespace coop
