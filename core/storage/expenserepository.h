#pragma once

#include "core/businessday.h"
#include "core/expense.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

// A receipt file kept in the encrypted store (migration 6), named by the SHA-256 of its bytes.
struct Receipt
{
    QString sha256;          // 64 lower-case hex digits: the id expense lines refer to
    QString fileName;
    QString mediaType;       // application/pdf, image/jpeg or image/png
    qint64 sizeBytes = 0;
    QDateTime addedAt;
    QByteArray content;      // empty when listed without it
};

struct ExpenseReportFilter
{
    QString activityId;      // all when empty
    QString entrepreneurId;
    std::optional<ExpenseStatus> status;
    QDate from;              // on the report's month
    QDate to;
};

// Expense reports and their receipts. A report moves draft → submitted → validated → paid, or
// submitted → rejected → (edited, so) draft again; every write validates with the core rules
// (core/expense.h), prices mileage on the entrepreneur's distance of the calendar year, and goes
// through a UnitOfWork, so it is queued for sync. Refusals name the field or the report.
class ExpenseRepository
{
public:
    explicit ExpenseRepository(Store &store) : m_store(store) {}

    // The date the rules take as today (a line dated after it is refused); the system's date
    // unless set.
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : businessToday(); }

    // Stores a file as a receipt and returns it (without re-storing a file already there). A PDF,
    // JPEG or PNG recognised by its first bytes, 1 byte to 20 MiB; anything else is an
    // InvalidArgument saying what the file is not.
    Result<Receipt> addReceipt(const QByteArray &content, const QString &fileName);
    Result<std::optional<Receipt>> receipt(const QString &sha256) const;

    // A new report (version 0) or an edited one, kept as a draft: a rejected report edited goes
    // back to draft. Refused for a submitted, validated or paid report (Constraint), for a line
    // whose receipt is not in the store, and for what validate(report, today, false) finds.
    // Mileage lines are priced here, on the kilometres of the entrepreneur's other reports of the
    // same calendar year with an earlier month (rejected ones left out).
    Result<ExpenseReport> saveDraft(ExpenseReport report);
    Result<void> deleteDraft(const QString &id, qint64 version);
    // Draft → submitted, once validate(report, today, true) finds nothing.
    Result<ExpenseReport> submit(const QString &id, qint64 version, const QDateTime &at = {});
    // Submitted → validated, or → rejected with its reason (required), by a member of the
    // support team.
    Result<ExpenseReport> decide(const QString &id, qint64 version, bool approve,
                                 const QString &reason, const QString &by,
                                 const QDateTime &at = {});
    // Validated → paid (reimbursed) on that day.
    Result<ExpenseReport> markPaid(const QString &id, qint64 version, QDate paidOn);

    Result<std::optional<ExpenseReport>> report(const QString &id) const;
    Result<QList<ExpenseReport>> reports(const ExpenseReportFilter &filter = {}) const;
    // When and by whom, as stored.
    struct Decision { QDateTime submittedAt; QDateTime decidedAt; QString decidedBy; QDate paidOn; };
    Result<Decision> decision(const QString &id) const;

    // The writes above inside a caller's unit of work (the demo generator).
    Result<ExpenseReport> saveDraft(UnitOfWork &unit, ExpenseReport report);
    Result<ExpenseReport> submit(UnitOfWork &unit, const QString &id, qint64 version,
                                 const QDateTime &at = {});
    Result<ExpenseReport> decide(UnitOfWork &unit, const QString &id, qint64 version, bool approve,
                                 const QString &reason, const QString &by,
                                 const QDateTime &at = {});
    Result<ExpenseReport> markPaid(UnitOfWork &unit, const QString &id, qint64 version,
                                   QDate paidOn);

private:
    Store &m_store;
    QDate m_today;
};

} // namespace coop
