#include "commands.h"

#include "database.h"

#include "core/businessday.h"
#include "core/hashchain.h"
#include "core/numbering.h"
#include "core/salesissue.h"
#include "core/salesrow.h"
#include "core/tr.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop::server {

namespace {

const QString kDocumentEntity = u"sales_document"_s;
const QString kChainDocument = u"document"_s;

QJsonObject commandResult(const Operation &op, const QString &status, qint64 version,
                          const QString &reason = {}, const QJsonObject &extra = {})
{
    QJsonObject r{
        {u"op_id"_s, op.opId.toString(QUuid::WithoutBraces)},
        {u"device_seq"_s, op.deviceSeq},
        {u"status"_s, status},
        {u"version"_s, version},
    };
    if (!reason.isEmpty())
        r.insert(u"reason"_s, reason);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        r.insert(it.key(), it.value());
    return r;
}

QJsonObject rejected(const Operation &op, qint64 version, const QString &reason)
{
    return commandResult(op, u"rejected"_s, version, reason);
}

// Takes the tenant's clock row first, as every write of the push takes it at its first write:
// a command then never holds a row lock while waiting for the clock (which another push might
// hold while waiting for that row), and commands of a tenant run one at a time, in commit order.
Result<void> lockTenant(CommandHost &host)
{
    QSqlQuery &q = host.statement(u"SELECT next_seq FROM tenant_clock WHERE tenant_id = ? FOR UPDATE"_s);
    q.addBindValue(host.context().tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot lock the tenant's clock:"), q));
    q.finish();
    return {};
}

// The server's clock, read inside the transaction after the locks that order issues: the
// instant (UTC, to the millisecond) and the day in France.
struct ServerTime
{
    QDateTime instant;
    QDate day;
};

Result<ServerTime> serverTime(CommandHost &host)
{
    QSqlQuery &q = host.statement(
        u"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "to_char(clock_timestamp() AT TIME ZONE '%1', 'YYYY-MM-DD')"_s.arg(kBusinessTimeZone));
    if (!q.exec() || !q.next())
        return fail(databaseError(Tr::tr("Cannot read the server's clock:"), q));
    ServerTime t{timestampFromColumn(q.value(0)), dateFromColumn(q.value(1))};
    q.finish();
    return t;
}

// The tenant's closed date (null when nothing is closed), share-locked until the transaction
// ends so that a concurrent close_period waits for this issue (or this issue for it).
Result<QDate> closedUntil(CommandHost &host, bool forUpdate)
{
    QSqlQuery &q = host.statement(forUpdate
                                      ? u"SELECT closed_until FROM closed_period WHERE tenant_id = ? FOR UPDATE"_s
                                      : u"SELECT closed_until FROM closed_period WHERE tenant_id = ? FOR SHARE"_s);
    q.addBindValue(host.context().tenant);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the closed period:"), q));
    const QDate closed = q.next() ? dateFromColumn(q.value(0)) : QDate();
    q.finish();
    return closed;
}

// Locks the counter row (tenant, key), creating it at 0 first.
Result<void> lockCounter(CommandHost &host, const QString &key)
{
    QSqlQuery &insert = host.statement(u"INSERT INTO number_counter (tenant_id, series, last_value) "
                                       "VALUES (?, ?, 0) ON CONFLICT DO NOTHING"_s);
    insert.addBindValue(host.context().tenant);
    insert.addBindValue(key);
    if (!insert.exec())
        return fail(databaseError(Tr::tr("Cannot create the counter %1:").arg(key), insert));
    return {};
}

// The other validated credit notes of an invoice, as the server has them.
Result<QList<SalesDocument>> creditNotesOf(CommandHost &host, const QString &invoiceId,
                                           const QString &except)
{
    QSqlQuery &q = host.statement(
        u"SELECT id, fields::text FROM entity_row WHERE tenant_id = ? AND entity = 'sales_document' "
        "AND NOT deleted AND fields->>'kind' = 'credit_note' AND fields->>'status' = 'validated' "
        "AND fields->>'credited_invoice_id' = ? AND id <> ? ORDER BY id"_s);
    q.addBindValue(host.context().tenant);
    q.addBindValue(invoiceId);
    q.addBindValue(except);
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot read the credit notes of %1:").arg(invoiceId), q));
    QList<SalesDocument> notes;
    while (q.next()) {
        QVariantMap columns = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().toVariantMap();
        columns.insert(u"id"_s, q.value(0).toString());
        auto row = salesDocumentFromColumns(columns);
        if (!row)
            return fail(row.error());
        notes.append(row->document);
    }
    q.finish();
    return notes;
}

// Appends the link of a document just issued to the tenant's chain. The push already holds the
// tenant's clock row (its write numbered a change), so links are appended one at a time.
Result<void> appendLink(CommandHost &host, const SalesDocument &d)
{
    QSqlQuery &last = host.statement(u"SELECT sequence, hash FROM document_chain WHERE tenant_id = ? "
                                     "ORDER BY sequence DESC LIMIT 1"_s);
    last.addBindValue(host.context().tenant);
    if (!last.exec())
        return fail(databaseError(Tr::tr("Cannot read the hash chain:"), last));
    qint64 sequence = 1;
    QByteArray previous = genesisHash();
    if (last.next()) {
        sequence = last.value(0).toLongLong() + 1;
        previous = last.value(1).toByteArray();
    }
    last.finish();
    const QByteArray content = contentHash(d);
    const QByteArray hash = chainHash(previous, sequence, kChainDocument, d.id, content);
    QSqlQuery &insert = host.statement(u"INSERT INTO document_chain (tenant_id, sequence, entity, "
                                       "entity_id, label, content_hash, previous_hash, hash) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(host.context().tenant);
    insert.addBindValue(sequence);
    insert.addBindValue(kChainDocument);
    insert.addBindValue(d.id);
    insert.addBindValue(d.number);
    insert.addBindValue(content);
    insert.addBindValue(previous);
    insert.addBindValue(hash);
    if (!insert.exec())
        return fail(databaseError(Tr::tr("Cannot extend the hash chain:"), insert));
    return {};
}

QVariantMap columnsOf(const CommandRow &row, const QString &id)
{
    QVariantMap columns = row.fields.toVariantMap();
    columns.insert(u"id"_s, id);
    columns.insert(u"version"_s, row.version);
    return columns;
}

Result<QJsonObject> issue(CommandHost &host, const Operation &op, DocumentKind kind)
{
    const RequestContext &ctx = host.context();
    if (auto r = lockTenant(host); !r)
        return fail(r.error());
    auto loaded = host.load(kDocumentEntity, op.entityId);
    if (!loaded)
        return fail(loaded.error());
    CommandRow row = *loaded;
    if (!row.exists || row.deleted)
        return rejected(op, row.version, Tr::tr("the server has no such document"));
    if (host.serviceFilter() && !ctx.membership->covers(row.scope.value_or(QString())))
        return rejected(op, row.version,
                        Tr::tr("forbidden: activity %1 is outside your role").arg(row.scope.value_or(QString())));
    auto stored = salesDocumentFromColumns(columnsOf(row, op.entityId));
    if (!stored)
        return rejected(op, row.version, Tr::tr("invalid: %1").arg(stored.error().message()));
    const SalesDocument draft = stored->document;
    if (draft.kind != kind)
        return rejected(op, row.version,
                        kind == DocumentKind::Invoice
                            ? Tr::tr("invalid: validate_invoice issues invoices; this is a credit note")
                            : Tr::tr("invalid: issue_credit_note issues credit notes; this is an invoice"));
    if (draft.status != DocumentStatus::Draft)
        return rejected(op, row.version, Tr::tr("immutable: already validated as %1").arg(draft.number));

    // The parties as the tenant's rows read now: they are frozen into the document.
    DocumentParties parties;
    auto cooperative = host.load(u"cooperative"_s, u"cooperative"_s);
    if (!cooperative)
        return fail(cooperative.error());
    if (!cooperative->exists || cooperative->deleted)
        return rejected(op, row.version, Tr::tr("invalid: the cooperative's settings are not on the server"));
    parties.seller = cooperativeFromColumns(cooperative->fields.toVariantMap());
    auto activity = host.load(u"activity"_s, draft.activityId);
    if (!activity)
        return fail(activity.error());
    if (!activity->exists || activity->deleted)
        return rejected(op, row.version, Tr::tr("invalid: the activity \"%1\" is not on the server").arg(draft.activityId));
    parties.activity = activityFromColumns(columnsOf(*activity, draft.activityId));
    auto customer = host.load(u"customer"_s, draft.customerId);
    if (!customer)
        return fail(customer.error());
    if (!customer->exists || customer->deleted)
        return rejected(op, row.version, Tr::tr("invalid: the customer \"%1\" is not on the server").arg(draft.customerId));
    parties.customer = customerFromColumns(columnsOf(*customer, draft.customerId));

    // The series' row is locked first: issues of one series are then one at a time, and the
    // clock read after it gives each a date no earlier than the one before.
    const IssueSeries series = issueSeries(draft.kind, parties.seller);
    if (auto r = lockCounter(host, series.series); !r)
        return fail(r.error());
    QSqlQuery &seriesRow = host.statement(u"SELECT last_date FROM number_counter WHERE tenant_id = ? "
                                          "AND series = ? FOR UPDATE"_s);
    seriesRow.addBindValue(ctx.tenant);
    seriesRow.addBindValue(series.series);
    if (!seriesRow.exec() || !seriesRow.next())
        return fail(databaseError(Tr::tr("Cannot lock the series %1:").arg(series.series), seriesRow));
    const QDate lastDate = dateFromColumn(seriesRow.value(0));
    seriesRow.finish();
    auto closed = closedUntil(host, false);
    if (!closed)
        return fail(closed.error());
    auto now = serverTime(host);
    if (!now)
        return fail(now.error());
    const QDate day = now->day;
    if (closed->isValid() && day <= *closed)
        return rejected(op, row.version,
                        Tr::tr("closed: the period is closed until %1").arg(closed->toString(Qt::ISODate)));
    if (auto r = checkNextInSeries(lastDate, day); !r)
        return rejected(op, row.version, Tr::tr("invalid: %1").arg(r.error().message()));

    auto plan = planIssue(draft, parties, day);
    if (!plan)
        return rejected(op, row.version, Tr::tr("invalid: %1").arg(plan.error().message()));
    if (kind == DocumentKind::CreditNote) {
        std::optional<SalesDocument> invoice;
        if (!draft.creditedInvoiceId.isEmpty()) {
            auto invoiceRow = host.load(kDocumentEntity, draft.creditedInvoiceId);
            if (!invoiceRow)
                return fail(invoiceRow.error());
            if (invoiceRow->exists && !invoiceRow->deleted) {
                auto read = salesDocumentFromColumns(columnsOf(*invoiceRow, draft.creditedInvoiceId));
                if (!read)
                    return rejected(op, row.version, Tr::tr("invalid: %1").arg(read.error().message()));
                invoice = read->document;
            }
        }
        auto previous = creditNotesOf(host, draft.creditedInvoiceId, draft.id);
        if (!previous)
            return fail(previous.error());
        if (auto r = checkCreditNoteAgainst(plan->document, invoice, *previous); !r)
            return rejected(op, row.version, Tr::tr("invalid: %1").arg(r.error().message()));
    }

    // The number: the counter row of this series and key, locked by its update until commit.
    const QString counterRow = series.series + u'/' + plan->counterKey;
    if (auto r = lockCounter(host, counterRow); !r)
        return fail(r.error());
    QSqlQuery &draw = host.statement(u"UPDATE number_counter SET last_value = last_value + 1, "
                                     "last_date = ?::date WHERE tenant_id = ? AND series = ? "
                                     "RETURNING last_value"_s);
    draw.addBindValue(day.toString(Qt::ISODate));
    draw.addBindValue(ctx.tenant);
    draw.addBindValue(counterRow);
    if (!draw.exec() || !draw.next())
        return fail(databaseError(Tr::tr("Cannot draw a number from %1:").arg(counterRow), draw));
    const qint64 value = draw.value(0).toLongLong();
    draw.finish();
    QSqlQuery &dated = host.statement(u"UPDATE number_counter SET last_date = greatest(last_date, ?::date) "
                                      "WHERE tenant_id = ? AND series = ?"_s);
    dated.addBindValue(day.toString(Qt::ISODate));
    dated.addBindValue(ctx.tenant);
    dated.addBindValue(series.series);
    if (!dated.exec())
        return fail(databaseError(Tr::tr("Cannot date the series %1:").arg(series.series), dated));

    auto issued = issuedDocument(*plan, value, now->instant);
    if (!issued)
        return rejected(op, row.version, Tr::tr("invalid: %1").arg(issued.error().message()));
    SalesDocument d = *issued;

    // The row as the local validation writes it: every column, and where the number came from.
    QVariantMap columns = salesDocumentColumns(d, parties.customer.displayName());
    columns.insert(numberingColumns(series.series, plan->counterKey, value));
    const QJsonObject written = QJsonObject::fromVariantMap(columns);
    const qint64 newVersion = row.version + 1;
    for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
        if (row.fields.value(it.key()) == it.value())
            continue;
        row.fields.insert(it.key(), it.value());
        row.fieldVersions.insert(it.key(), newVersion);
    }
    row.version = newVersion;
    if (auto r = host.write(kDocumentEntity, op.entityId, row); !r)
        return fail(r.error());
    d.version = newVersion;
    if (auto r = appendLink(host, d); !r)
        return fail(r.error());
    return commandResult(op, u"applied"_s, newVersion, {},
                         {{u"number"_s, d.number}, {u"date"_s, d.date.toString(Qt::ISODate)}});
}

Result<QJsonObject> closePeriod(CommandHost &host, const Operation &op)
{
    const RequestContext &ctx = host.context();
    if (host.serviceFilter() && ctx.membership->role == Role::Entrepreneur)
        return rejected(op, 0, Tr::tr("forbidden: only an administrator or an accountant closes a period"));
    const QDate until = QDate::fromString(op.fields.value(u"until"_s).toString(), Qt::ISODate);
    if (!until.isValid())
        return rejected(op, 0, Tr::tr("invalid: until: a date YYYY-MM-DD is expected"));
    if (auto r = lockTenant(host); !r)
        return fail(r.error());
    auto closed = closedUntil(host, true);
    if (!closed)
        return fail(closed.error());
    if (closed->isValid() && until < *closed)
        return rejected(op, 0,
                        Tr::tr("invalid: the period is already closed until %1; it is not reopened "
                               "by closing an earlier date")
                            .arg(closed->toString(Qt::ISODate)));
    QSqlQuery &q = host.statement(u"INSERT INTO closed_period (tenant_id, closed_until, closed_by, closed_at) "
                                  "VALUES (?, ?::date, ?::uuid, now()) ON CONFLICT (tenant_id) DO UPDATE "
                                  "SET closed_until = excluded.closed_until, closed_by = excluded.closed_by, "
                                  "closed_at = excluded.closed_at"_s);
    q.addBindValue(ctx.tenant);
    q.addBindValue(until.toString(Qt::ISODate));
    q.addBindValue(ctx.userId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return fail(databaseError(Tr::tr("Cannot close the period:"), q));

    // Published as a cooperative-wide setting, so every device pulls it.
    const QString settingId = QString::fromUtf16(kClosedUntilSetting);
    auto loaded = host.load(u"setting"_s, settingId);
    if (!loaded)
        return fail(loaded.error());
    CommandRow row = *loaded;
    auto now = serverTime(host);
    if (!now)
        return fail(now.error());
    const qint64 newVersion = row.exists ? row.version + 1 : 1;
    const QJsonObject written{{u"value"_s, until.toString(Qt::ISODate)},
                              {u"updated_at"_s, now->instant.toString(Qt::ISODateWithMs)}};
    for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
        row.fields.insert(it.key(), it.value());
        row.fieldVersions.insert(it.key(), newVersion);
    }
    row.exists = true;
    row.deleted = false;
    row.scope.reset();
    row.version = newVersion;
    if (auto r = host.write(u"setting"_s, settingId, row); !r)
        return fail(r.error());
    return commandResult(op, u"applied"_s, newVersion, {}, {{u"until"_s, until.toString(Qt::ISODate)}});
}

} // namespace

Result<QJsonObject> runCommand(CommandHost &host, const Operation &op)
{
    if (op.entity == "validate_invoice"_L1)
        return issue(host, op, DocumentKind::Invoice);
    if (op.entity == "issue_credit_note"_L1)
        return issue(host, op, DocumentKind::CreditNote);
    if (op.entity == "close_period"_L1)
        return closePeriod(host, op);
    return rejected(op, 0, Tr::tr("unknown command \"%1\"").arg(op.entity));
}

Result<QStringList> verifyDocumentChain(Database &db, const QString &tenant)
{
    auto conn = db.connection(Database::Role::Maintenance);
    if (!conn)
        return fail(conn.error());
    Transaction tx(*conn);
    if (auto r = tx.begin(true); !r)
        return fail(r.error());
    QStringList problems;
    QSqlQuery links(*conn);
    links.setForwardOnly(true);
    links.prepare(u"SELECT c.sequence, c.entity, c.entity_id, c.label, c.content_hash, c.previous_hash, "
                  "c.hash, r.fields::text, r.deleted FROM document_chain c LEFT JOIN entity_row r "
                  "ON r.tenant_id = c.tenant_id AND r.entity = 'sales_document' AND r.id = c.entity_id "
                  "WHERE c.tenant_id = ? ORDER BY c.sequence"_s);
    links.addBindValue(tenant);
    if (!links.exec())
        return fail(databaseError(Tr::tr("Cannot read the hash chain:"), links));
    QByteArray previous = genesisHash();
    qint64 expected = 1;
    QStringList linked;
    while (links.next()) {
        const qint64 sequence = links.value(0).toLongLong();
        const QString entity = links.value(1).toString();
        const QString id = links.value(2).toString();
        const QString label = links.value(3).toString();
        const QByteArray content = links.value(4).toByteArray();
        const QByteArray storedPrevious = links.value(5).toByteArray();
        if (sequence != expected)
            problems.append(Tr::tr("link %1 follows link %2").arg(sequence).arg(expected - 1));
        if (storedPrevious != previous)
            problems.append(Tr::tr("link %1 (%2) does not follow the previous link").arg(sequence).arg(label));
        if (chainHash(storedPrevious, sequence, entity, id, content) != links.value(6).toByteArray())
            problems.append(Tr::tr("link %1 (%2) does not match its own content").arg(sequence).arg(label));
        previous = links.value(6).toByteArray();
        expected = sequence + 1;
        linked.append(id);
        if (links.value(7).isNull() || links.value(8).toBool()) {
            problems.append(Tr::tr("document %1 (link %2) has been removed").arg(label).arg(sequence));
            continue;
        }
        QVariantMap columns = QJsonDocument::fromJson(links.value(7).toString().toUtf8()).object().toVariantMap();
        columns.insert(u"id"_s, id);
        auto row = salesDocumentFromColumns(columns);
        if (!row) {
            problems.append(Tr::tr("document %1 can no longer be read: %2").arg(label, row.error().message()));
            continue;
        }
        if (contentHash(row->document) != content)
            problems.append(Tr::tr("document %1 has been altered since it was issued").arg(label));
    }
    QSqlQuery unlinked(*conn);
    unlinked.prepare(u"SELECT fields->>'number' FROM entity_row r WHERE r.tenant_id = ? AND "
                     "r.entity = 'sales_document' AND NOT r.deleted AND r.fields->>'status' = 'validated' "
                     "AND NOT EXISTS (SELECT 1 FROM document_chain c WHERE c.tenant_id = r.tenant_id "
                     "AND c.entity_id = r.id) ORDER BY 1"_s);
    unlinked.addBindValue(tenant);
    if (!unlinked.exec())
        return fail(databaseError(Tr::tr("Cannot read the documents:"), unlinked));
    while (unlinked.next())
        problems.append(Tr::tr("document %1 is validated but not in the chain").arg(unlinked.value(0).toString()));

    // Every number of the tenant, per counter: none missing, none twice, dates in number order,
    // and nothing drawn that no document carries.
    QSqlQuery numbers(*conn);
    numbers.setForwardOnly(true);
    numbers.prepare(u"SELECT fields->>'number_series', fields->>'counter_key', fields->>'number', "
                    "fields->>'date', (fields->>'sequence_value')::bigint FROM entity_row WHERE tenant_id = ? "
                    "AND entity = 'sales_document' AND NOT deleted AND fields->>'status' = 'validated' "
                    "AND coalesce(fields->>'number_series', '') <> ''"_s);
    numbers.addBindValue(tenant);
    if (!numbers.exec())
        return fail(databaseError(Tr::tr("Cannot read the numbers:"), numbers));
    QMap<QString, QList<IssuedNumber>> byCounter;
    while (numbers.next())
        byCounter[numbers.value(0).toString() + u'/' + numbers.value(1).toString()].append(
            {numbers.value(2).toString(), dateFromColumn(numbers.value(3)), numbers.value(4).toLongLong()});
    QSqlQuery counters(*conn);
    counters.prepare(u"SELECT series, last_value FROM number_counter WHERE tenant_id = ? AND series LIKE '%/%'"_s);
    counters.addBindValue(tenant);
    if (!counters.exec())
        return fail(databaseError(Tr::tr("Cannot read the counters:"), counters));
    QMap<QString, qint64> drawn;
    while (counters.next()) {
        drawn.insert(counters.value(0).toString(), counters.value(1).toLongLong());
        byCounter[counters.value(0).toString()];
    }
    for (auto it = byCounter.cbegin(); it != byCounter.cend(); ++it) {
        for (const SeriesAnomaly &a : findSeriesAnomalies(it.value()))
            problems.append(Tr::tr("counter %1: %2").arg(it.key(), a.message));
        qint64 highest = 0;
        for (const IssuedNumber &n : it.value())
            highest = std::max(highest, n.sequence);
        if (drawn.value(it.key(), highest) > highest)
            problems.append(Tr::tr("counter %1: numbers %2 to %3 were drawn but no document carries them")
                                .arg(it.key())
                                .arg(highest + 1)
                                .arg(drawn.value(it.key())));
    }
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return problems;
}

} // namespace coop::server
