#include "repositorysupport_p.h"

#include "store.h"
#include "unitofwork.h"

#include "core/jsoninteger_p.h"
#include "core/tr.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coop::repository {

QVariant text(const QString &value)
{
    static const QString empty = u""_s;
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString json(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error(ErrorCode::Database, what + u' ' + query.lastError().text().trimmed());
}

Result<QSqlQuery> select(const Store &store, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(sqlError(Tr::tr("Cannot read the store:"), q));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(sqlError(Tr::tr("Cannot read the store:"), q));
    return q;
}

QVariantMap changedFields(const QVariantMap &stored, const QVariantMap &saved)
{
    QVariantMap changed;
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> firstError(const ValidationErrors &errors)
{
    if (errors.isEmpty())
        return {};
    return fail(errors.constFirst());
}

Result<void> checkVersion(const QString &entity, const QString &id, qint64 stored, qint64 saved)
{
    if (stored == saved)
        return {};
    return fail(ErrorCode::Conflict,
                Tr::tr("%1 \"%2\" was changed meanwhile (version %3, not %4); reload it and try "
                       "again.")
                    .arg(entity, id)
                    .arg(stored)
                    .arg(saved));
}

Result<void> beginWriting(UnitOfWork &unit)
{
    const auto isBusy = [](const Error &error) {
        return error.code() == ErrorCode::Database
            && (error.message().contains(u"locked"_s, Qt::CaseInsensitive)
                || error.message().contains(u"busy"_s, Qt::CaseInsensitive));
    };
    QDeadlineTimer deadline(60'000);
    for (;;) {
        auto begun = unit.begin();
        if (begun)
            return {};
        if (!isBusy(begun.error()) || deadline.hasExpired())
            return fail(begun.error());
        QThread::msleep(1 + QRandomGenerator::global()->bounded(5u));
    }
}

Result<QList<CollectedPayment>> collectedPayments(const Store &store, QDate from, QDate to)
{
    auto q = select(store,
                    u"SELECT d.activity_id, p.date, p.amount_cents, p.shares, d.kind FROM payment p "
                    "JOIN sales_document d ON d.id = p.document_id "
                    "WHERE p.date >= ? AND p.date <= ?"_s,
                    {date(from), date(to)});
    if (!q)
        return fail(q.error());
    QList<CollectedPayment> payments;
    while (q->next()) {
        qint64 vat = 0;
        for (const QJsonValue &share : jsonArray(q->value(3)))
            vat += detail::jsonInteger(share.toObject().value(u"vat_cents"_s)).value_or(0);
        const qint64 ht = q->value(2).toLongLong() - vat;
        payments.append({q->value(0).toString(), toDate(q->value(1)),
                         q->value(4).toString() == u"credit_note" ? -ht : ht});
    }
    return payments;
}

} // namespace coop::repository
