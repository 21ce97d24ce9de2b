#include "expense.h"

#include "enumkeys_p.h"
#include "rules_p.h"
#include "tr.h"

#include <QMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

using detail::EnumKey;
using detail::invalid;

constexpr EnumKey<ExpenseCategory> CategoryKeys[] = {
    {ExpenseCategory::Travel, "travel"_L1},
    {ExpenseCategory::Mileage, "mileage"_L1},
    {ExpenseCategory::Accommodation, "accommodation"_L1},
    {ExpenseCategory::Meals, "meals"_L1},
    {ExpenseCategory::Reception, "reception"_L1},
    {ExpenseCategory::Supplies, "supplies"_L1},
    {ExpenseCategory::SmallEquipment, "small_equipment"_L1},
    {ExpenseCategory::Telecom, "telecom"_L1},
    {ExpenseCategory::Documentation, "documentation"_L1},
    {ExpenseCategory::Training, "training"_L1},
    {ExpenseCategory::Other, "other"_L1},
};

constexpr EnumKey<ExpenseStatus> StatusKeys[] = {
    {ExpenseStatus::Draft, "draft"_L1},         {ExpenseStatus::Submitted, "submitted"_L1},
    {ExpenseStatus::Validated, "validated"_L1}, {ExpenseStatus::Rejected, "rejected"_L1},
    {ExpenseStatus::Paid, "paid"_L1},
};

QString lineField(qsizetype index, const QString &field)
{
    return u"lines[%1].%2"_s.arg(index).arg(field);
}

QString frenchDate(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

} // namespace

QString expenseCategoryKey(ExpenseCategory category)
{
    return detail::keyOf(CategoryKeys, category);
}

Result<ExpenseCategory> expenseCategoryFromKey(const QString &key)
{
    return detail::fromKey(CategoryKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not an expense category; expected one of: %2.").arg(key, known);
    });
}

QString expenseCategoryAccount(ExpenseCategory category)
{
    switch (category) {
    case ExpenseCategory::Travel:
    case ExpenseCategory::Mileage:
        return u"6251"_s;
    case ExpenseCategory::Accommodation:
    case ExpenseCategory::Meals:
        return u"6256"_s;
    case ExpenseCategory::Reception:
        return u"6257"_s;
    case ExpenseCategory::Supplies:
        return u"6064"_s;
    case ExpenseCategory::SmallEquipment:
        return u"6063"_s;
    case ExpenseCategory::Telecom:
        return u"626"_s;
    case ExpenseCategory::Documentation:
        return u"6181"_s;
    case ExpenseCategory::Training:
        return u"6228"_s;
    case ExpenseCategory::Other:
        return u"6288"_s;
    }
    return u"6288"_s;
}

QString expenseStatusKey(ExpenseStatus status)
{
    return detail::keyOf(StatusKeys, status);
}

Result<ExpenseStatus> expenseStatusFromKey(const QString &key)
{
    return detail::fromKey(StatusKeys, key, [&](const QString &known) {
        return Tr::tr("“%1” is not an expense report status; expected one of: %2.").arg(key, known);
    });
}

QString expenseStatusLabel(ExpenseStatus status)
{
    switch (status) {
    case ExpenseStatus::Draft:
        return Tr::tr("a draft", "expense report status");
    case ExpenseStatus::Submitted:
        return Tr::tr("submitted", "expense report status");
    case ExpenseStatus::Validated:
        return Tr::tr("validated", "expense report status");
    case ExpenseStatus::Rejected:
        return Tr::tr("rejected", "expense report status");
    case ExpenseStatus::Paid:
        return Tr::tr("paid", "expense report status");
    }
    return {};
}

ExpenseTotals expenseTotals(const ExpenseReport &report)
{
    ExpenseTotals totals;
    QMap<int, ExpenseCategoryTotal> byCategory;
    for (const ExpenseLine &line : report.lines) {
        totals.includingVat += line.amountIncludingVat;
        totals.vat += line.vat;
        totals.excludingVat += line.amountExcludingVat();
        if (line.category == ExpenseCategory::Mileage)
            totals.kilometres += line.kilometres;
        ExpenseCategoryTotal &t = byCategory[static_cast<int>(line.category)];
        t.category = line.category;
        t.account = expenseCategoryAccount(line.category);
        t.includingVat += line.amountIncludingVat;
        t.vat += line.vat;
        t.excludingVat += line.amountExcludingVat();
    }
    totals.byCategory = byCategory.values();
    return totals;
}

Result<void> priceMileage(ExpenseReport &report, qint64 kilometresBeforeThisMonth)
{
    // Trips in date order, each on the distance driven before it this year.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < report.lines.size(); ++i) {
        if (report.lines.at(i).category == ExpenseCategory::Mileage)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return report.lines.at(a).date < report.lines.at(b).date;
    });
    qint64 driven = kilometresBeforeThisMonth;
    for (const qsizetype i : std::as_const(order)) {
        ExpenseLine &line = report.lines[i];
        const auto amount = mileageTripAllowance(line.vehicle, driven, line.kilometres, line.date);
        if (!amount) {
            const QString field = amount.error().where() == u"fiscalPower"
                                      ? lineField(i, u"vehicle.fiscalPower"_s)
                                      : lineField(i, u"kilometres"_s);
            return fail(Error(amount.error().code(), amount.error().message(), field));
        }
        line.amountIncludingVat = *amount;
        line.vat = Money();
        driven += line.kilometres;
    }
    return {};
}

ValidationErrors validate(const ExpenseReport &report, QDate today, bool forSubmission)
{
    ValidationErrors errors;
    if (report.activityId.isEmpty())
        errors.append(invalid(u"activityId"_s, Tr::tr("Choose the activity the expenses are for.")));
    if (report.entrepreneurId.isEmpty())
        errors.append(invalid(u"entrepreneurId"_s, Tr::tr("Choose who paid the expenses.")));
    if (!report.month.isValid() || report.month.day() != 1) {
        errors.append(invalid(u"month"_s, Tr::tr("The report needs its month.")));
        return errors;
    }
    const QDate monthEnd = report.month.addDays(report.month.daysInMonth() - 1);
    if (forSubmission && report.lines.isEmpty())
        errors.append(invalid(u"lines"_s, Tr::tr("An expense report needs at least one line.")));
    for (qsizetype i = 0; i < report.lines.size(); ++i) {
        const ExpenseLine &line = report.lines.at(i);
        const bool mileage = line.category == ExpenseCategory::Mileage;
        if (!line.date.isValid())
            errors.append(invalid(lineField(i, u"date"_s), Tr::tr("Line %1 has no date.").arg(i + 1)));
        else if (line.date < report.month || line.date > monthEnd)
            errors.append(invalid(lineField(i, u"date"_s),
                                  Tr::tr("Line %1 is dated %2, outside the report's month (%3 to %4).")
                                      .arg(i + 1)
                                      .arg(frenchDate(line.date), frenchDate(report.month),
                                           frenchDate(monthEnd))));
        else if (today.isValid() && line.date > today)
            errors.append(invalid(lineField(i, u"date"_s),
                                  Tr::tr("Line %1 is dated %2, after today: an expense is "
                                         "reported once paid.")
                                      .arg(i + 1)
                                      .arg(frenchDate(line.date))));
        if (mileage) {
            if (line.kilometres <= 0)
                errors.append(invalid(lineField(i, u"kilometres"_s),
                                      Tr::tr("Line %1: give the distance driven, in km.").arg(i + 1)));
            if (line.journey.trimmed().isEmpty())
                errors.append(invalid(lineField(i, u"journey"_s),
                                      Tr::tr("Line %1: say where from, where to and why.")
                                          .arg(i + 1)));
            if (line.vehicle.fiscalPower < 1)
                errors.append(invalid(lineField(i, u"vehicle.fiscalPower"_s),
                                      Tr::tr("Line %1: give the vehicle's fiscal power (CV).")
                                          .arg(i + 1)));
            if (!line.vat.isZero())
                errors.append(invalid(lineField(i, u"vat"_s),
                                      Tr::tr("Line %1: a mileage allowance carries no VAT.")
                                          .arg(i + 1)));
            continue;
        }
        if (line.amountIncludingVat.cents() <= 0)
            errors.append(invalid(lineField(i, u"amountIncludingVat"_s),
                                  Tr::tr("Line %1: the amount paid must be above zero.").arg(i + 1)));
        if (line.vat.isNegative() || (!line.vat.isZero() && line.vat >= line.amountIncludingVat))
            errors.append(invalid(lineField(i, u"vat"_s),
                                  Tr::tr("Line %1: the VAT (%2) must be between zero and the amount "
                                         "paid (%3).")
                                      .arg(i + 1)
                                      .arg(line.vat.toString(), line.amountIncludingVat.toString())));
        if (forSubmission && line.description.trimmed().isEmpty())
            errors.append(invalid(lineField(i, u"description"_s),
                                  Tr::tr("Line %1: say what was bought.").arg(i + 1)));
        if (forSubmission && line.receiptId.isEmpty())
            errors.append(invalid(lineField(i, u"receiptId"_s),
                                  Tr::tr("Line %1: attach the receipt.").arg(i + 1)));
    }
    return errors;
}

} // namespace coop
