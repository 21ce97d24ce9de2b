#pragma once

#include "mileage.h"
#include "money.h"
#include "rate.h"
#include "result.h"
#include "validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

// Expense reports (issue 6 §1): what an entrepreneur paid for the activity out of their own pocket,
// reimbursed by the cooperative once the support team has validated it; a direct charge of the
// activity. A report covers one month; each line has its category (hence its charge account), its
// amount with VAT, the deductible VAT shown on the receipt, and its receipt. A mileage line has a
// distance and a vehicle instead, and its amount comes from the official scale (core/mileage.h),
// without VAT.

enum class ExpenseCategory {
    Travel,          // train, plane, taxi, tolls, parking
    Mileage,         // own vehicle, at the official scale
    Accommodation,   // hotel
    Meals,           // meals while travelling
    Reception,       // meals and gifts for customers
    Supplies,        // office supplies
    SmallEquipment,  // small tools and equipment
    Telecom,         // telephone, internet, postage
    Documentation,   // books, subscriptions
    Training,
    Other,
};

QString expenseCategoryKey(ExpenseCategory category);  // "travel", "mileage", "accommodation"…
Result<ExpenseCategory> expenseCategoryFromKey(const QString &key);
// The charge account by default (PCG): 6251 travel and mileage, 6256 accommodation and meals
// (missions), 6257 reception, 6064 supplies, 6063 small equipment, 626 telecom, 6181
// documentation, 6228 training, 6288 other. The chart of accounts (issue 7) may remap them.
QString expenseCategoryAccount(ExpenseCategory category);

struct ExpenseLine
{
    QDate date;
    ExpenseCategory category = ExpenseCategory::Other;
    QString description;
    Money amountIncludingVat;     // as paid (computed for a mileage line)
    Money vat;                    // deductible VAT on the receipt (0 when none)
    QString receiptId;            // the stored receipt file, empty when none yet
    // Mileage lines only:
    qint64 kilometres = 0;
    MileageVehicle vehicle;
    QString journey;              // "Lyon – Villeurbanne, rendez-vous client"

    Money amountExcludingVat() const { return amountIncludingVat - vat; }
    bool operator==(const ExpenseLine &) const = default;
};

enum class ExpenseStatus { Draft, Submitted, Validated, Rejected, Paid };
QString expenseStatusKey(ExpenseStatus status);  // "draft", "submitted", "validated", "rejected", "paid"
Result<ExpenseStatus> expenseStatusFromKey(const QString &key);
// The status as a person reads it ("submitted"), translated.
QString expenseStatusLabel(ExpenseStatus status);

struct ExpenseReport
{
    QString id;
    QString activityId;
    QString entrepreneurId;
    QDate month;                  // its first day
    ExpenseStatus status = ExpenseStatus::Draft;
    QList<ExpenseLine> lines;
    QString note;                 // the entrepreneur's, or the reason of a rejection
    qint64 version = 0;

    bool operator==(const ExpenseReport &) const = default;
};

struct ExpenseCategoryTotal
{
    ExpenseCategory category = ExpenseCategory::Other;
    QString account;
    Money excludingVat;
    Money vat;
    Money includingVat;
};

struct ExpenseTotals
{
    Money excludingVat;
    Money vat;
    Money includingVat;           // what the cooperative reimburses
    qint64 kilometres = 0;
    QList<ExpenseCategoryTotal> byCategory;  // in the enum's order, categories with lines only
};

ExpenseTotals expenseTotals(const ExpenseReport &report);

// Fills the amount of each mileage line from the scale, in date order (then line order), the
// year's distance before the report being `kilometresBeforeThisMonth` (the store sums the mileage
// of the entrepreneur's earlier reports of the same calendar year). Errors at the line:
// "lines[i].kilometres", "lines[i].vehicle.fiscalPower".
Result<void> priceMileage(ExpenseReport &report, qint64 kilometresBeforeThisMonth);

// Every problem at its field ("lines[i].date"…): a draft may be incomplete but not wrong —
// dates inside the report's month and not after `today`, amounts positive, VAT not negative and
// below the amount, no VAT on a mileage line, which needs a positive distance, a journey and the
// vehicle's fiscal power. `forSubmission` adds what submitting needs: at least one line,
// a description on every line, a receipt on every line but mileage.
ValidationErrors validate(const ExpenseReport &report, QDate today, bool forSubmission);

} // namespace coop
