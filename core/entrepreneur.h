#pragma once

#include "address.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coop {

// What the person was before joining (kept for the cooperative's reporting).
enum class PriorStatus { JobSeeker, Employee, SelfEmployed, Student, Inactive, Other };

enum class InterviewKind { Reception, FollowUp, Annual, Exit, Other };

// An individual interview with the referent adviser; décret 2015-1363 asks for two a year.
struct Interview
{
    QString id;
    QDate date;
    InterviewKind kind = InterviewKind::FollowUp;
    QString adviser;
    QString notes;
    bool operator==(const Interview &) const = default;
};

// An entrepreneur-salarié (or a person under a CAPE, not yet an employee).
struct Entrepreneur
{
    QString id; // UUID
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString nir;   // 15 characters, canonical (normalizeNir); may be empty while under a CAPE
    QString email;
    QString phone;
    Address address;
    PriorStatus priorStatus = PriorStatus::JobSeeker;
    QString referentAdviser;
    QString activityId; // the activity they work in
    QList<Interview> interviews;
    qint64 version = 0;

    QString displayName() const { return lastName.toUpper() + QLatin1String(" ") + firstName; }
    bool operator==(const Entrepreneur &) const = default;
};

// Names present, NIR key (and its sex/birth month consistent with the birth date when both are
// given), e-mail form, birth date plausible (16-100 years old today), interviews dated.
ValidationErrors validate(const Entrepreneur &entrepreneur, QDate today);

// Stable names for files, JSON and the database ("job_seeker", "follow_up"…), and back.
QString priorStatusKey(PriorStatus status);
Result<PriorStatus> priorStatusFromKey(const QString &key);
QString interviewKindKey(InterviewKind kind);
Result<InterviewKind> interviewKindFromKey(const QString &key);

} // namespace coop
