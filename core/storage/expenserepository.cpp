#include "expenserepository.h"

#include "ledger_p.h"
#include "repositorysupport_p.h"
#include "store.h"
#include "unitofwork.h"

#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

constexpr qint64 MaxReceiptBytes = 20 * 1024 * 1024;

QString stamp(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString vehicleKindKey(VehicleKind kind)
{
    switch (kind) {
    case VehicleKind::Car:
        return u"car"_s;
    case VehicleKind::Motorcycle:
        return u"motorcycle"_s;
    case VehicleKind::Moped:
        return u"moped"_s;
    }
    return u"car"_s;
}

VehicleKind vehicleKindFromKey(const QString &key)
{
    if (key == u"motorcycle")
        return VehicleKind::Motorcycle;
    if (key == u"moped")
        return VehicleKind::Moped;
    return VehicleKind::Car;
}

QJsonArray linesToJson(const QList<ExpenseLine> &lines)
{
    QJsonArray array;
    for (const ExpenseLine &l : lines) {
        QJsonObject o{
            {u"date"_s, l.date.toString(Qt::ISODate)},
            {u"category"_s, expenseCategoryKey(l.category)},
            {u"description"_s, l.description},
            {u"amount_including_vat_cents"_s, l.amountIncludingVat.cents()},
            {u"vat_cents"_s, l.vat.cents()},
            {u"receipt"_s, l.receiptId},
        };
        if (l.category == ExpenseCategory::Mileage) {
            o.insert(u"kilometres"_s, l.kilometres);
            o.insert(u"journey"_s, l.journey);
            o.insert(u"vehicle"_s, QJsonObject{{u"kind"_s, vehicleKindKey(l.vehicle.kind)},
                                               {u"fiscal_power"_s, l.vehicle.fiscalPower},
                                               {u"electric"_s, l.vehicle.electric}});
        }
        array.append(o);
    }
    return array;
}

QList<ExpenseLine> linesFromJson(const QJsonArray &array)
{
    QList<ExpenseLine> lines;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const auto integer = [&](const QString &key) {
            return detail::jsonInteger(o.value(key)).value_or(0);
        };
        ExpenseLine l;
        l.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        l.category = expenseCategoryFromKey(o.value(u"category"_s).toString())
                         .value_or(ExpenseCategory::Other);
        l.description = o.value(u"description"_s).toString();
        l.amountIncludingVat = Money::fromCents(integer(u"amount_including_vat_cents"_s));
        l.vat = Money::fromCents(integer(u"vat_cents"_s));
        l.receiptId = o.value(u"receipt"_s).toString();
        l.kilometres = integer(u"kilometres"_s);
        l.journey = o.value(u"journey"_s).toString();
        const QJsonObject vehicle = o.value(u"vehicle"_s).toObject();
        l.vehicle.kind = vehicleKindFromKey(vehicle.value(u"kind"_s).toString());
        l.vehicle.fiscalPower = static_cast<int>(
            detail::jsonInteger(vehicle.value(u"fiscal_power"_s)).value_or(5));
        l.vehicle.electric = vehicle.value(u"electric"_s).toBool();
        lines.append(l);
    }
    return lines;
}

QVariantMap reportFields(const ExpenseReport &r)
{
    const ExpenseTotals totals = expenseTotals(r);
    return {
        {u"activity_id"_s, text(r.activityId)},
        {u"entrepreneur_id"_s, text(r.entrepreneurId)},
        {u"month"_s, date(r.month)},
        {u"status"_s, expenseStatusKey(r.status)},
        {u"lines"_s, json(linesToJson(r.lines))},
        {u"note"_s, text(r.note)},
        {u"total_including_vat_cents"_s, totals.includingVat.cents()},
        {u"total_vat_cents"_s, totals.vat.cents()},
        {u"kilometres"_s, totals.kilometres},
    };
}

const QString ReportColumns =
    u"id, version, activity_id, entrepreneur_id, month, status, lines, note"_s;

Result<QList<ExpenseReport>> readReports(const Store &store, const QString &where,
                                         const QVariantList &binds)
{
    auto q = select(store, u"SELECT "_s + ReportColumns + u" FROM expense_report "_s + where
                               + u" ORDER BY month, id"_s,
                    binds);
    if (!q)
        return fail(q.error());
    QList<ExpenseReport> reports;
    while (q->next()) {
        ExpenseReport r;
        r.id = q->value(0).toString();
        r.version = q->value(1).toLongLong();
        r.activityId = q->value(2).toString();
        r.entrepreneurId = q->value(3).toString();
        r.month = toDate(q->value(4));
        r.status = expenseStatusFromKey(q->value(5).toString()).value_or(ExpenseStatus::Draft);
        r.lines = linesFromJson(jsonArray(q->value(6)));
        r.note = q->value(7).toString();
        reports.append(std::move(r));
    }
    return reports;
}

// "image/png" and the like from the first bytes, or nothing.
QString mediaTypeOf(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (content.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    return {};
}

Error refusedTransition(const ExpenseReport &report, const QString &what)
{
    return Error(ErrorCode::Constraint,
                 Tr::tr("The expense report of %1 is %2: it cannot be %3.")
                     .arg(report.month.toString(u"MM/yyyy"_s), expenseStatusLabel(report.status),
                          what),
                 u"status"_s);
}

} // namespace

Result<Receipt> ExpenseRepository::addReceipt(const QByteArray &content, const QString &fileName)
{
    if (content.isEmpty() || content.size() > MaxReceiptBytes)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1: a receipt is a file of 1 byte to 20 MiB (this one has %2 bytes).")
                        .arg(fileName)
                        .arg(content.size()),
                    u"receipt"_s);
    const QString mediaType = mediaTypeOf(content);
    if (mediaType.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("%1 is not a PDF, JPEG or PNG file: scan or photograph the receipt in "
                           "one of these formats.")
                        .arg(fileName),
                    u"receipt"_s);
    Receipt receipt;
    receipt.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    receipt.fileName = fileName;
    receipt.mediaType = mediaType;
    receipt.sizeBytes = content.size();
    receipt.addedAt = QDateTime::currentDateTimeUtc();
    receipt.content = content;
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO receipt (sha256, file_name, media_type, size_bytes, added_at, content) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"_s);
    for (const QVariant &value : QVariantList{receipt.sha256, fileName, mediaType, receipt.sizeBytes,
                                              stamp(receipt.addedAt), content})
        q.addBindValue(value);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot store the receipt %1.").arg(fileName), q));
    return receipt;
}

Result<std::optional<Receipt>> ExpenseRepository::receipt(const QString &sha256) const
{
    auto q = select(m_store,
                    u"SELECT sha256, file_name, media_type, size_bytes, added_at, content "
                    "FROM receipt WHERE sha256 = ?"_s,
                    {sha256});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Receipt>();
    Receipt r;
    r.sha256 = q->value(0).toString();
    r.fileName = q->value(1).toString();
    r.mediaType = q->value(2).toString();
    r.sizeBytes = q->value(3).toLongLong();
    r.addedAt = fromStamp(q->value(4));
    r.content = q->value(5).toByteArray();
    return std::optional<Receipt>(std::move(r));
}

Result<ExpenseReport> ExpenseRepository::saveDraft(ExpenseReport report)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return saveDraft(unit, report); });
}

Result<ExpenseReport> ExpenseRepository::saveDraft(UnitOfWork &unit, ExpenseReport report)
{
    {
        if (report.version > 0) {
            const auto stored = this->report(report.id);
            if (!stored)
                return fail(stored.error());
            if (!*stored)
                return fail(ErrorCode::NotFound,
                            Tr::tr("The expense report %1 does not exist.").arg(report.id));
            if ((*stored)->status != ExpenseStatus::Draft
                && (*stored)->status != ExpenseStatus::Rejected)
                return fail(
                    refusedTransition(**stored, Tr::tr("edited", "expense report action")));
        } else if (report.id.isEmpty()) {
            report.id = newId();
        }
        report.status = ExpenseStatus::Draft;
        if (auto r = firstError(coop::validate(report, today(), false)); !r)
            return fail(r.error());
        QSet<QString> receipts;
        for (qsizetype i = 0; i < report.lines.size(); ++i) {
            const QString &id = report.lines.at(i).receiptId;
            if (id.isEmpty() || receipts.contains(id))
                continue;
            const auto found = receipt(id);
            if (!found)
                return fail(found.error());
            if (!*found)
                return fail(ErrorCode::NotFound,
                            Tr::tr("Line %1: its receipt is not in the store.").arg(i + 1),
                            u"lines[%1].receiptId"_s.arg(i));
            receipts.insert(id);
        }
        // Mileage on the year's distance so far: the entrepreneur's earlier months.
        auto q = select(m_store,
                        u"SELECT coalesce(sum(kilometres), 0) FROM expense_report "
                        "WHERE entrepreneur_id = ? AND month >= ? AND month < ? "
                        "AND status <> 'rejected' AND id <> ?"_s,
                        {report.entrepreneurId, date(QDate(report.month.year(), 1, 1)),
                         date(report.month), report.id});
        if (!q)
            return fail(q.error());
        const qint64 before = q->next() ? q->value(0).toLongLong() : 0;
        if (auto r = priceMileage(report, before); !r)
            return fail(r.error());
        return saveVersioned(unit, u"expense_report"_s, report, reportFields,
                             [&] { return this->report(report.id); },
                             Tr::tr("The expense report %1 does not exist.").arg(report.id));
    }
}

Result<void> ExpenseRepository::deleteDraft(const QString &id, qint64 version)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) -> Result<void> {
        const auto stored = report(id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, Tr::tr("The expense report %1 does not exist.").arg(id));
        if ((*stored)->status != ExpenseStatus::Draft)
            return fail(refusedTransition(**stored, Tr::tr("deleted", "expense report action")));
        return unit.remove(u"expense_report"_s, id, version);
    });
}

namespace {

// Moves a stored report from one status to the next with the extra columns given.
template<typename Check>
Result<ExpenseReport> transition(UnitOfWork &unit, const ExpenseRepository &repo, const QString &id,
                                 qint64 version, ExpenseStatus to, QVariantMap extra, Check check)
{
    {
        const auto stored = repo.report(id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, Tr::tr("The expense report %1 does not exist.").arg(id));
        ExpenseReport report = **stored;
        if (auto r = checkVersion(u"expense_report"_s, id, report.version, version); !r)
            return fail(r.error());
        if (auto r = check(report); !r)
            return fail(r.error());
        report.status = to;
        extra.insert(u"status"_s, expenseStatusKey(to));
        const auto newVersion = unit.update(u"expense_report"_s, id, version, extra);
        if (!newVersion)
            return fail(newVersion.error());
        report.version = *newVersion;
        if (extra.contains(u"note"_s))
            report.note = extra.value(u"note"_s).toString();
        return report;
    }
}

} // namespace

Result<ExpenseReport> ExpenseRepository::submit(const QString &id, qint64 version,
                                                const QDateTime &at)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return submit(unit, id, version, at); });
}

Result<ExpenseReport> ExpenseRepository::submit(UnitOfWork &unit, const QString &id,
                                                qint64 version, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return transition(unit, *this, id, version, ExpenseStatus::Submitted,
                      {{u"submitted_at"_s, stamp(when)}},
                      [&](const ExpenseReport &report) -> Result<void> {
                          if (report.status != ExpenseStatus::Draft)
                              return fail(refusedTransition(
                                  report, Tr::tr("submitted", "expense report action")));
                          return firstError(coop::validate(report, today(), true));
                      });
}

Result<ExpenseReport> ExpenseRepository::decide(const QString &id, qint64 version, bool approve,
                                                const QString &reason, const QString &by,
                                                const QDateTime &at)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) {
        return decide(unit, id, version, approve, reason, by, at);
    });
}

Result<ExpenseReport> ExpenseRepository::decide(UnitOfWork &unit, const QString &id,
                                                qint64 version, bool approve,
                                                const QString &reason, const QString &by,
                                                const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    QVariantMap extra{{u"decided_at"_s, stamp(when)}, {u"decided_by"_s, text(by)}};
    if (!approve)
        extra.insert(u"note"_s, reason.trimmed());
    auto decided = transition(unit, *this, id, version,
                      approve ? ExpenseStatus::Validated : ExpenseStatus::Rejected, extra,
                      [&](const ExpenseReport &report) -> Result<void> {
                          if (report.status != ExpenseStatus::Submitted)
                              return fail(refusedTransition(
                                  report, approve ? Tr::tr("validated", "expense report action")
                                                  : Tr::tr("rejected", "expense report action")));
                          if (!approve && reason.trimmed().isEmpty())
                              return fail(ErrorCode::InvalidArgument,
                                          Tr::tr("Say why the report is rejected."), u"note"_s);
                          if (by.trimmed().isEmpty())
                              return fail(ErrorCode::InvalidArgument,
                                          Tr::tr("Say who decides."), u"decidedBy"_s);
                          return {};
                      });
    // A validated report's entry in the ledger (AC), in the same transaction.
    if (decided && approve) {
        if (auto posted = ledger::postExpenseReport(m_store, *decided); !posted)
            return fail(posted.error());
    }
    return decided;
}

Result<ExpenseReport> ExpenseRepository::markPaid(const QString &id, qint64 version, QDate paidOn)
{
    return inOneUnit(m_store, [&](UnitOfWork &unit) { return markPaid(unit, id, version, paidOn); });
}

Result<ExpenseReport> ExpenseRepository::markPaid(UnitOfWork &unit, const QString &id,
                                                  qint64 version, QDate paidOn)
{
    auto paid = transition(unit, *this, id, version, ExpenseStatus::Paid,
                      {{u"paid_on"_s, paidOn.toString(Qt::ISODate)}},
                      [&](const ExpenseReport &report) -> Result<void> {
                          if (report.status != ExpenseStatus::Validated)
                              return fail(refusedTransition(
                                  report, Tr::tr("paid", "expense report action")));
                          if (!paidOn.isValid() || paidOn < report.month)
                              return fail(ErrorCode::InvalidArgument,
                                          Tr::tr("The reimbursement date must be in or after the "
                                                 "report's month."),
                                          u"paidOn"_s);
                          return {};
                      });
    // The reimbursement's entry (BQ), in the same transaction.
    if (paid) {
        if (auto posted = ledger::postExpenseReimbursement(m_store, *paid, paidOn); !posted)
            return fail(posted.error());
    }
    return paid;
}

Result<std::optional<ExpenseReport>> ExpenseRepository::report(const QString &id) const
{
    return firstOf(readReports(m_store, u"WHERE id = ?"_s, {id}));
}

Result<QList<ExpenseReport>> ExpenseRepository::reports(const ExpenseReportFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.activityId.isEmpty()) {
        where.append(u"activity_id = ?"_s);
        binds.append(filter.activityId);
    }
    if (!filter.entrepreneurId.isEmpty()) {
        where.append(u"entrepreneur_id = ?"_s);
        binds.append(filter.entrepreneurId);
    }
    if (filter.status) {
        where.append(u"status = ?"_s);
        binds.append(expenseStatusKey(*filter.status));
    }
    if (filter.from.isValid()) {
        where.append(u"month >= ?"_s);
        binds.append(date(QDate(filter.from.year(), filter.from.month(), 1)));
    }
    if (filter.to.isValid()) {
        where.append(u"month <= ?"_s);
        binds.append(date(filter.to));
    }
    return readReports(m_store, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s),
                       binds);
}

Result<ExpenseRepository::Decision> ExpenseRepository::decision(const QString &id) const
{
    auto q = select(m_store,
                    u"SELECT submitted_at, decided_at, decided_by, paid_on FROM expense_report "
                    "WHERE id = ?"_s,
                    {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, Tr::tr("The expense report %1 does not exist.").arg(id));
    Decision d;
    d.submittedAt = fromStamp(q->value(0));
    d.decidedAt = fromStamp(q->value(1));
    d.decidedBy = q->value(2).toString();
    d.paidOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
    return d;
}

} // namespace coop
