#pragma once

#include "core/activity.h"
#include "core/alerts.h"
#include "core/businessday.h"
#include "core/contract.h"
#include "core/cooperative.h"
#include "core/entrepreneur.h"
#include "core/entrepreneurcsv.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// One line of the entrepreneurs list, with what the list shows and filters on, computed by the
// core rules (statusAt, alertsFor) on a given date.
struct EntrepreneurSummary
{
    QString id;
    QString displayName;
    QString lastName;
    QString firstName;
    QString email;
    QString activityId;
    QString analyticCode;
    QString activityName;
    ContractStatus status = ContractStatus::None;
    QDate contractStart;            // of the contract in force (or the last one)
    QDate associateDeadline;        // for a CESA not yet associate
    QList<AlertKind> alerts;
    qint64 interviewsLast12Months = 0;
};

// The cooperative, its activities, entrepreneurs, interviews and contracts in the store. Every
// write validates with the core rules first (nothing invalid is stored; the error names the
// field) and goes through a UnitOfWork, so each change is queued for sync. save* inserts a record
// whose version is 0 and otherwise updates it against its version (Conflict if it changed
// meanwhile); the saved record comes back with its new version.
//
// Lists are loaded whole: a large CAE has 2 000 entrepreneurs, which loads in milliseconds, and
// status and alerts depend on the date through core rules that must not be copied into SQL.
class PeopleRepository
{
public:
    explicit PeopleRepository(Store &store) : m_store(store) {}

    // The date the rules take as today when they validate a person (age, interviews); the system's
    // date unless set. The demo generator and tests set it to write a cooperative "as of" a date.
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : businessToday(); }

    Result<CooperativeSettings> cooperative() const; // defaults when never saved
    Result<void> saveCooperative(const CooperativeSettings &settings);

    Result<QList<Activity>> activities() const;
    Result<std::optional<Activity>> activity(const QString &id) const;
    Result<std::optional<Activity>> activityByCode(const QString &analyticCode) const;
    Result<Activity> saveActivity(Activity activity);

    Result<QList<Entrepreneur>> entrepreneurs() const; // with their interviews
    Result<std::optional<Entrepreneur>> entrepreneur(const QString &id) const;
    Result<Entrepreneur> saveEntrepreneur(Entrepreneur entrepreneur);
    Result<Interview> addInterview(const QString &entrepreneurId, Interview interview);

    Result<QList<Contract>> contracts() const;
    Result<QList<Contract>> contractsOf(const QString &entrepreneurId) const;
    Result<Contract> saveContract(Contract contract);

    // Everyone on `at`, sorted by name as a French reader looks for it (four queries in all).
    Result<QList<EntrepreneurSummary>> summaries(QDate at) const;
    // Every alert on `at` (alertsFor of each person), in date order.
    Result<QList<Alert>> alerts(QDate at) const;

    Result<qint64> entrepreneurCount() const;

    // The entrepreneurs CSV (core/entrepreneurcsv.h, docs/csv-format.md). Import checks the whole
    // file against the store first; it writes only a file without any problem, in one unit of work,
    // and otherwise returns every problem (in the result's errors) having written nothing. An
    // error Result means the store itself failed, and then too nothing is written.
    Result<EntrepreneurCsvImport> importEntrepreneursCsv(const QByteArray &data);
    Result<QByteArray> exportEntrepreneursCsv(QDate at) const;

    // The same writes inside a caller's unit of work (imports and the demo generator write
    // thousands of records in one transaction: all or nothing).
    Result<void> saveCooperative(UnitOfWork &unit, const CooperativeSettings &settings);
    Result<Activity> saveActivity(UnitOfWork &unit, Activity activity);
    Result<Entrepreneur> saveEntrepreneur(UnitOfWork &unit, Entrepreneur entrepreneur);
    Result<Interview> addInterview(UnitOfWork &unit, const QString &entrepreneurId, Interview interview);
    Result<Contract> saveContract(UnitOfWork &unit, Contract contract);

private:
    Store &m_store;
    QDate m_today;
};

} // namespace coop
