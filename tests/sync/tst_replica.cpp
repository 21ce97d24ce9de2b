// The client side of sync in the local store: pulled pages, acknowledgements, snapshots and the
// conflict inbox, on real encrypted stores (ADR 009).
#include "testsupport.h"

#include "core/storage/store.h"
#include "core/storage/unitofwork.h"
#include "core/sync/change.h"
#include "core/sync/protocol.h"
#include "core/sync/replica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::sync;

Q_DECLARE_METATYPE(coop::ErrorCode)

namespace {

Change row(qint64 seq, const QString &entity, const QString &id, qint64 version,
           const QJsonObject &fields)
{
    Change c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.fields = fields;
    return c;
}

Change removal(qint64 seq, const QString &entity, const QString &id, qint64 version)
{
    Change c = row(seq, entity, id, version, {});
    c.deleted = true;
    return c;
}

QJsonObject activity(const QString &code, const QString &name = u"Atelier"_s)
{
    return {{u"analytic_code"_s, code}, {u"name"_s, name}, {u"trade"_s, u""_s},
            {u"members"_s, QJsonArray{}}};
}

QJsonObject customer(const QString &activityId, const QString &name = u"Client SA"_s)
{
    return {{u"activity_id"_s, activityId}, {u"kind"_s, u"company"_s}, {u"name"_s, name},
            {u"payment_term_days"_s, 30}, {u"archived"_s, false}};
}

QJsonObject draftInvoice(const QString &activityId, const QString &customerId)
{
    return {{u"kind"_s, u"invoice"_s},
            {u"status"_s, u"draft"_s},
            {u"activity_id"_s, activityId},
            {u"customer_id"_s, customerId},
            {u"price_entry"_s, u"excluding_vat"_s},
            {u"lines"_s, QJsonArray{QJsonObject{{u"designation"_s, u"Conseil"_s}}}},
            {u"total_including_vat_cents"_s, 12000},
            {u"notes"_s, u""_s}};
}

QJsonObject validatedInvoice(const QString &activityId, const QString &customerId,
                             const QString &number, qint64 sequence)
{
    QJsonObject f = draftInvoice(activityId, customerId);
    f.insert(u"status"_s, u"validated"_s);
    f.insert(u"number"_s, number);
    f.insert(u"number_series"_s, u"invoice"_s);
    f.insert(u"counter_key"_s, u"2026"_s);
    f.insert(u"sequence_value"_s, sequence);
    f.insert(u"date"_s, u"2026-03-02"_s);
    f.insert(u"due_date"_s, u"2026-04-01"_s);
    f.insert(u"parties"_s, QJsonObject{{u"seller"_s, u"Coop"_s}});
    f.insert(u"validated_at"_s, u"2026-03-02T10:00:00.000Z"_s);
    return f;
}

} // namespace

class tst_Replica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wireTypesRoundTrip();
    void wireTypesNameTheBadField_data();
    void wireTypesNameTheBadField();

    void pageIsAppliedWithItsCursorAndQueuesNothing();
    void reapplyingAPageChangesNothing();
    void aServerChangeAfterTheCursorReplacesTheLocalRow_data();
    void aServerChangeAfterTheCursorReplacesTheLocalRow();
    void deletedChangeRemovesTheRow();
    void childBeforeParentInOnePageIsAccepted();
    void danglingReferenceRefusesThePage();
    void refusedWhileTheOutboxHasOperations();
    void badChangeIsRefusedAtItsSeqAndField_data();
    void badChangeIsRefusedAtItsSeqAndField();
    void unknownEntityIsRefused_data();
    void unknownEntityIsRefused();
    void unknownFieldIsIgnoredAndCounted();
    void foreignTenantIsRefused();
    void serverUpdatesValidatedRowsWhileLocalWritesStayRefused();
    void everyFrozenEntityTakesTheServersRows_data();
    void everyFrozenEntityTakesTheServersRows();
    void ledgerStaysFrozenEvenDuringApply();

    void acknowledgeEmptiesTheOutboxAndFillsTheInbox();
    void acknowledgeWithAWrongDeviceSeqStoresNothing();

    void snapshotResumesAfterARestartAndReplacesTheCopy();
    void snapshotRefusedWhileTheOutboxHasOperations();

    void keepServerClosesTheConflict();
    void keepLocalQueuesTheLocalValueAgain();
    void keepLocalRequeuesARejectedInsert();

private:
    QString tenant() const { return m_store->tenantId(); }
    qint64 count(const QString &table) const;
    QVariant value(const QString &sql) const;
    qint64 outboxCount() const { return Outbox(*m_store).count().value_or(-1); }
    void reopen();
    // A few operations in the outbox, as local edits make them.
    QList<Operation> queueSettings(const QStringList &ids);

    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LocalReplica> m_replica;
};

void tst_Replica::init()
{
    m_path = m_dir.filePath(u"store-%1"_s.arg(++m_serial)); // one per function and data row
    m_store = test::createStore(m_path);
    QVERIFY(m_store);
    // Creating the store queued its name; each test starts from an empty outbox.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"DELETE FROM outbox"_s));
    m_replica = std::make_unique<LocalReplica>(*m_store);
}

void tst_Replica::cleanup()
{
    m_replica.reset();
    m_store.reset();
}

qint64 tst_Replica::count(const QString &table) const
{
    return value(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

QVariant tst_Replica::value(const QString &sql) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

void tst_Replica::reopen()
{
    m_replica.reset();
    m_store.reset();
    auto store = Store::open(m_path, test::kPassphrase);
    QVERIFY2(store, test::why(store).constData());
    m_store = std::move(*store);
    m_replica = std::make_unique<LocalReplica>(*m_store);
}

QList<Operation> tst_Replica::queueSettings(const QStringList &ids)
{
    UnitOfWork unit(*m_store);
    if (!unit.begin())
        return {};
    for (const QString &id : ids) {
        const QVariantMap fields{{u"value"_s, QString(u"v-"_s + id)}, {u"updated_at"_s, u"t"_s}};
        if (!unit.insert(u"setting"_s, id, fields))
            return {};
    }
    const QList<Operation> ops = unit.operations();
    if (!unit.commit())
        return {};
    return ops;
}

// ---- Wire types --------------------------------------------------------------------------------

void tst_Replica::wireTypesRoundTrip()
{
    const Change c = row(7, u"customer"_s, u"c1"_s, 3, customer(u"a1"_s));
    auto back = Change::fromJson(c.toJson());
    QVERIFY2(back, test::why(back).constData());
    QCOMPARE(*back, c);

    OpResult r;
    r.opId = QUuid::createUuid();
    r.deviceSeq = 12;
    r.status = OpResult::Status::Merged;
    r.version = 4;
    r.reason = u"same field"_s;
    r.conflicts = {FieldConflict{u"name"_s, QJsonValue(u"ours"_s), QJsonValue(u"theirs"_s)},
                   FieldConflict{u"payment_term_days"_s, QJsonValue(45), QJsonValue()}};
    QCOMPARE(r.toJson().value(u"status"_s).toString(), u"merged"_s);
    auto result = OpResult::fromJson(r.toJson());
    QVERIFY2(result, test::why(result).constData());
    QCOMPARE(*result, r);

    // A deletion may come without fields.
    auto gone = Change::fromJson(QJsonObject{{u"seq"_s, 9}, {u"entity"_s, u"customer"_s},
                                             {u"id"_s, u"c1"_s}, {u"version"_s, 4},
                                             {u"deleted"_s, true}});
    QVERIFY2(gone, test::why(gone).constData());
    QVERIFY(gone->deleted);

    auto page = PullPage::fromJson(QJsonObject{{u"changes"_s, QJsonArray{c.toJson()}},
                                               {u"cursor"_s, 7}, {u"more"_s, false}});
    QVERIFY2(page, test::why(page).constData());
    QCOMPARE(page->changes.size(), 1);
    QCOMPARE(page->cursor, 7);
    auto results = pushResultsFromJson(QJsonObject{{u"results"_s, QJsonArray{r.toJson()}}});
    QVERIFY2(results, test::why(results).constData());
    QCOMPARE(results->value(0), r);
}

void tst_Replica::wireTypesNameTheBadField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");

    QTest::newRow("change without an entity")
        << u"change"_s
        << QByteArray(R"({"seq":1,"id":"x","version":1,"deleted":false,"fields":{}})")
        << u"change.entity"_s;
    QTest::newRow("change version is a fraction")
        << u"change"_s
        << QByteArray(R"({"seq":1,"entity":"e","id":"x","version":1.5,"deleted":false,"fields":{}})")
        << u"change.version"_s;
    QTest::newRow("change version zero")
        << u"change"_s
        << QByteArray(R"({"seq":1,"entity":"e","id":"x","version":0,"deleted":false,"fields":{}})")
        << u"change.version"_s;
    QTest::newRow("change deleted is not a boolean")
        << u"change"_s
        << QByteArray(R"({"seq":1,"entity":"e","id":"x","version":1,"deleted":"no","fields":{}})")
        << u"change.deleted"_s;
    QTest::newRow("live change without fields")
        << u"change"_s
        << QByteArray(R"({"seq":1,"entity":"e","id":"x","version":1,"deleted":false})")
        << u"change.fields"_s;
    QTest::newRow("result with an unknown status")
        << u"result"_s
        << QByteArray(R"({"op_id":"6f1c2a52-8a3e-4d3e-9d7e-0b8f3c8f2a11","device_seq":1,"status":"duplicate","version":1})")
        << u"result.status"_s;
    QTest::newRow("result op_id not a UUID")
        << u"result"_s
        << QByteArray(R"({"op_id":"abc","device_seq":1,"status":"applied","version":1})")
        << u"result.op_id"_s;
    QTest::newRow("conflict without its server value")
        << u"result"_s
        << QByteArray(R"({"op_id":"6f1c2a52-8a3e-4d3e-9d7e-0b8f3c8f2a11","device_seq":1,"status":"merged","version":2,"conflicts":[{"field":"name","local_value":"a"}]})")
        << u"result.conflicts[0].server_value"_s;
    QTest::newRow("page element located by its index")
        << u"page"_s
        << QByteArray(R"({"changes":[{"seq":1,"entity":"e","id":"x","version":1,"deleted":false,"fields":{}},{"seq":2,"entity":"e","id":"","version":1,"deleted":false,"fields":{}}],"cursor":2,"more":false})")
        << u"changes[1].id"_s;
}

void tst_Replica::wireTypesNameTheBadField()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    Error error;
    if (kind == "change"_L1) {
        auto r = Change::fromJson(object);
        QVERIFY(!r);
        error = r.error();
    } else if (kind == "result"_L1) {
        auto r = OpResult::fromJson(object);
        QVERIFY(!r);
        error = r.error();
    } else {
        auto r = PullPage::fromJson(object);
        QVERIFY(!r);
        error = r.error();
    }
    QCOMPARE(error.code(), ErrorCode::ParseError);
    QCOMPARE(error.where(), where);
}

// ---- Pull pages --------------------------------------------------------------------------------

void tst_Replica::pageIsAppliedWithItsCursorAndQueuesNothing()
{
    const qint64 nextSeqBefore = value(u"SELECT next_device_seq FROM device"_s).toLongLong();
    auto cursor = m_replica->cursor(tenant());
    QVERIFY2(cursor, test::why(cursor).constData());
    QCOMPARE(*cursor, 0);

    auto outcome = m_replica->applyPage(
        tenant(),
        {row(4, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
         row(5, u"customer"_s, u"c1"_s, 2, customer(u"a1"_s)),
         row(6, u"setting"_s, u"invoice.footer"_s, 1,
             {{u"value"_s, u""_s}, {u"updated_at"_s, u"2026-01-01"_s}})},
        6);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->status, ApplyOutcome::Status::Applied);
    QCOMPARE(outcome->written, 3);
    QCOMPARE(outcome->skipped, 0);
    QCOMPARE(outcome->cursor, 6);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 6);

    QCOMPARE(value(u"SELECT version FROM customer WHERE id = 'c1'"_s).toLongLong(), 2);
    QCOMPARE(value(u"SELECT name FROM customer WHERE id = 'c1'"_s).toString(), u"Client SA"_s);
    QCOMPARE(value(u"SELECT archived FROM customer WHERE id = 'c1'"_s).toLongLong(), 0);
    QCOMPARE(value(u"SELECT members FROM activity WHERE id = 'a1'"_s).toString(), u"[]"_s);
    // An empty text stays an empty text, not NULL.
    QCOMPARE(value(u"SELECT value IS NOT NULL AND value = '' FROM setting "
                   "WHERE id = 'invoice.footer'"_s)
                 .toLongLong(),
             1);

    // Nothing queued: the server's rows are not local edits.
    QCOMPARE(outboxCount(), 0);
    QCOMPARE(value(u"SELECT next_device_seq FROM device"_s).toLongLong(), nextSeqBefore);
    QCOMPARE(count(u"sync_apply"_s), 0);
}

void tst_Replica::reapplyingAPageChangesNothing()
{
    const QList<Change> page{row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                             row(2, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s)),
                             row(3, u"customer"_s, u"c1"_s, 2, customer(u"a1"_s, u"Renamed"_s))};
    auto first = m_replica->applyPage(tenant(), page, 3);
    QVERIFY2(first, test::why(first).constData());
    QCOMPARE(first->written, 3);

    auto again = m_replica->applyPage(tenant(), page, 3);
    QVERIFY2(again, test::why(again).constData());
    QCOMPARE(again->written, 0);
    QCOMPARE(again->skipped, 3);
    QCOMPARE(again->cursor, 3);
    QCOMPARE(count(u"customer"_s), 1);
    QCOMPARE(value(u"SELECT name || '@' || version FROM customer"_s).toString(), u"Renamed@2"_s);

    // A late answer for an older page does not move the cursor back.
    auto late = m_replica->applyPage(tenant(), page.mid(0, 2), 2);
    QVERIFY2(late, test::why(late).constData());
    QCOMPARE(late->cursor, 3);
    QCOMPARE(value(u"SELECT name FROM customer"_s).toString(), u"Renamed"_s);
}

void tst_Replica::aServerChangeAfterTheCursorReplacesTheLocalRow_data()
{
    QTest::addColumn<qint64>("incoming");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<qint64>("expectedVersion");

    // The local row is at version 3, named "Local". A change after the cursor is the server's
    // state: it wins whatever the local version, which local edits the server refused may have
    // pushed past the server's (or to a number the server gave to other content).
    QTest::newRow("newer version replaces the row") << qint64(4) << u"Incoming"_s << qint64(4);
    QTest::newRow("same version with other content replaces the row") << qint64(3) << u"Incoming"_s << qint64(3);
    QTest::newRow("older version (local edits refused) replaces the row") << qint64(2) << u"Incoming"_s << qint64(2);
}

void tst_Replica::aServerChangeAfterTheCursorReplacesTheLocalRow()
{
    QFETCH(qint64, incoming);
    QFETCH(QString, expectedName);
    QFETCH(qint64, expectedVersion);

    QVERIFY(m_replica->applyPage(tenant(),
                                 {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                  row(2, u"customer"_s, u"c1"_s, 3, customer(u"a1"_s, u"Local"_s))},
                                 2));
    auto outcome = m_replica->applyPage(
        tenant(), {row(3, u"customer"_s, u"c1"_s, incoming, customer(u"a1"_s, u"Incoming"_s))}, 3);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->written + outcome->skipped, 1);
    QCOMPARE(value(u"SELECT name FROM customer"_s).toString(), expectedName);
    QCOMPARE(value(u"SELECT version FROM customer"_s).toLongLong(), expectedVersion);
    QCOMPARE(outcome->cursor, 3);
}

void tst_Replica::deletedChangeRemovesTheRow()
{
    QVERIFY(m_replica->applyPage(tenant(),
                                 {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                  row(2, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s)),
                                  row(3, u"customer"_s, u"c2"_s, 5, customer(u"a1"_s))},
                                 3));
    // c1 deleted at version 2 and c2 at version 4 (the server's word, whatever the local
    // version: local edits the server refused may have numbered c2 past it); a deletion of a row
    // this device never had is harmless; a deletion at or before the cursor is old news.
    auto outcome = m_replica->applyPage(tenant(),
                                        {removal(2, u"customer"_s, u"c2"_s, 9),
                                         removal(4, u"customer"_s, u"c1"_s, 2),
                                         removal(6, u"customer"_s, u"never"_s, 1)},
                                        6);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->deleted, 1);
    QCOMPARE(outcome->skipped, 2);
    QCOMPARE(value(u"SELECT group_concat(id) FROM customer"_s).toString(), u"c2"_s);
    auto later = m_replica->applyPage(tenant(), {removal(7, u"customer"_s, u"c2"_s, 4)}, 7);
    QVERIFY2(later, test::why(later).constData());
    QCOMPARE(later->deleted, 1);
    QCOMPARE(count(u"customer"_s), 0);
    QCOMPARE(outboxCount(), 0);
}

void tst_Replica::childBeforeParentInOnePageIsAccepted()
{
    // Key order (a snapshot) or the server's order may bring a child before its parent, and a
    // parent's removal before its child's.
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(1, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s)),
                                         row(2, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s))},
                                        2);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(count(u"customer"_s), 1);

    auto removed = m_replica->applyPage(
        tenant(), {removal(3, u"activity"_s, u"a1"_s, 2), removal(4, u"customer"_s, u"c1"_s, 2)},
        4);
    QVERIFY2(removed, test::why(removed).constData());
    QCOMPARE(removed->deleted, 2);
    QCOMPARE(count(u"activity"_s), 0);
    QCOMPARE(count(u"customer"_s), 0);
}

void tst_Replica::danglingReferenceRefusesThePage()
{
    QVERIFY(m_replica->applyPage(tenant(), {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s))},
                                 1));
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(2, u"activity"_s, u"a2"_s, 1, activity(u"ANA2"_s)),
                                         row(3, u"customer"_s, u"c1"_s, 1, customer(u"missing"_s))},
                                        3);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::Constraint);
    QCOMPARE(outcome.error().where(), u"change 3 customer/c1.activity_id"_s);
    QVERIFY2(outcome.error().message().contains(u"missing"_s),
             outcome.error().toString().toUtf8().constData());
    // Nothing written, the cursor where it was.
    QCOMPARE(count(u"activity"_s), 1);
    QCOMPARE(count(u"customer"_s), 0);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 1);
    QCOMPARE(count(u"sync_apply"_s), 0);

    // Removing a parent that keeps a child is refused the same way, at the child.
    QVERIFY(m_replica->applyPage(tenant(), {row(4, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s))},
                                 4));
    auto orphan = m_replica->applyPage(tenant(), {removal(5, u"activity"_s, u"a1"_s, 2)}, 5);
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code(), ErrorCode::Constraint);
    QVERIFY2(orphan.error().where().startsWith(u"customer/c1"_s),
             orphan.error().toString().toUtf8().constData());
    QCOMPARE(count(u"activity"_s), 1);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 4);

    // The replica is still usable after a refused page.
    auto next = m_replica->applyPage(tenant(),
                                     {row(6, u"activity"_s, u"a2"_s, 1, activity(u"ANA2"_s))},
                                     6);
    QVERIFY2(next, test::why(next).constData());
}

void tst_Replica::refusedWhileTheOutboxHasOperations()
{
    QCOMPARE(queueSettings({u"local.edit"_s}).size(), 1);
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s))},
                                        1);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->status, ApplyOutcome::Status::OutboxNotEmpty);
    QCOMPARE(outcome->pendingOperations, 1);
    QCOMPARE(outcome->written, 0);
    QCOMPARE(count(u"activity"_s), 0);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 0);
    QCOMPARE(outboxCount(), 1);
}

void tst_Replica::badChangeIsRefusedAtItsSeqAndField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("bad");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("text in a number column")
        << u"payment_term_days"_s << QJsonValue(u"thirty"_s) << ErrorCode::ParseError;
    QTest::newRow("fraction where money or a count is whole")
        << u"payment_term_days"_s << QJsonValue(30.5) << ErrorCode::ParseError;
    QTest::newRow("number in a text column")
        << u"name"_s << QJsonValue(12) << ErrorCode::ParseError;
    QTest::newRow("object in a number column")
        << u"archived"_s << QJsonValue(QJsonObject{{u"a"_s, 1}}) << ErrorCode::ParseError;
    QTest::newRow("null in a required column")
        << u"kind"_s << QJsonValue(QJsonValue::Null) << ErrorCode::Constraint;
    QTest::newRow("value outside the column's check")
        << u"payment_term_days"_s << QJsonValue(90) << ErrorCode::Constraint;
}

void tst_Replica::badChangeIsRefusedAtItsSeqAndField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, bad);
    QFETCH(ErrorCode, code);

    QJsonObject fields = customer(u"a1"_s);
    fields.insert(field, bad);
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(10, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                         row(11, u"customer"_s, u"c0"_s, 1, customer(u"a1"_s)),
                                         row(12, u"customer"_s, u"c1"_s, 1, fields)},
                                        12);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), code);
    QCOMPARE(outcome.error().where(), u"change 12 customer/c1."_s + field);
    QCOMPARE(count(u"activity"_s), 0);
    QCOMPARE(count(u"customer"_s), 0);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 0);

    // The same page without the bad row then goes through whole, each value in its column.
    auto good = m_replica->applyPage(tenant(),
                                     {row(10, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                      row(11, u"customer"_s, u"c0"_s, 1, customer(u"a1"_s))},
                                     11);
    QVERIFY2(good, test::why(good).constData());
    QCOMPARE(value(u"SELECT kind || '|' || name || '|' || payment_term_days || '|' || archived "
                   "FROM customer WHERE id = 'c0'"_s)
                 .toString(),
             u"company|Client SA|30|0"_s);
}

void tst_Replica::unknownEntityIsRefused_data()
{
    QTest::addColumn<QString>("entity");
    QTest::newRow("no such table") << u"spaceship"_s;
    QTest::newRow("local table without id and version") << u"outbox"_s;
    QTest::newRow("sync bookkeeping") << u"sync_cursor"_s;
    QTest::newRow("the ledger") << u"ledger"_s;
    QTest::newRow("SQLite's own catalogue") << u"sqlite_schema"_s;
    QTest::newRow("not an identifier") << u"customer; DROP TABLE customer"_s;
}

void tst_Replica::unknownEntityIsRefused()
{
    QFETCH(QString, entity);
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                         row(2, entity, u"x"_s, 1, {{u"name"_s, u"n"_s}})},
                                        2);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(outcome.error().where(), u"change 2 %1/x"_s.arg(entity));
    QCOMPARE(count(u"activity"_s), 0);
    QCOMPARE(count(u"customer"_s), 0);
}

void tst_Replica::unknownFieldIsIgnoredAndCounted()
{
    QJsonObject fields = customer(u"a1"_s);
    fields.insert(u"loyalty_tier"_s, u"gold"_s);    // a column of a newer server schema
    fields.insert(u"carbon_footprint"_s, 12);
    fields.insert(u"version"_s, 99);                 // the change's own version wins
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                         row(2, u"customer"_s, u"c1"_s, 2, fields)},
                                        2);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->ignoredFields, 2);
    QCOMPARE(outcome->written, 2);
    QCOMPARE(value(u"SELECT version FROM customer"_s).toLongLong(), 2);
}

void tst_Replica::foreignTenantIsRefused()
{
    auto outcome = m_replica->applyPage(
        u"another-coop"_s, {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s))}, 1);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), ErrorCode::Forbidden);
    QCOMPARE(count(u"activity"_s), 0);
}

void tst_Replica::serverUpdatesValidatedRowsWhileLocalWritesStayRefused()
{
    auto setup = m_replica->applyPage(
        tenant(),
        {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
         row(2, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s)),
         row(3, u"sales_document"_s, u"d1"_s, 1, draftInvoice(u"a1"_s, u"c1"_s))},
        3);
    QVERIFY2(setup, test::why(setup).constData());

    // The server validated the invoice (a command), then corrected it (its own right).
    QJsonObject corrected = validatedInvoice(u"a1"_s, u"c1"_s, u"FA-2026-0001"_s, 1);
    corrected.insert(u"notes"_s, u"Corrected by the server"_s);
    auto server = m_replica->applyPage(
        tenant(),
        {row(4, u"sales_document"_s, u"d1"_s, 2, validatedInvoice(u"a1"_s, u"c1"_s,
                                                                  u"FA-2026-0001"_s, 1)),
         row(5, u"sales_document"_s, u"d1"_s, 3, corrected),
         row(6, u"payment"_s, u"p1"_s, 1,
             {{u"document_id"_s, u"d1"_s}, {u"date"_s, u"2026-03-10"_s},
              {u"amount_cents"_s, 5000}, {u"mode"_s, u"transfer"_s},
              {u"recorded_at"_s, u"2026-03-10T09:00:00Z"_s}}),
         row(7, u"payment"_s, u"p1"_s, 2,
             {{u"document_id"_s, u"d1"_s}, {u"date"_s, u"2026-03-10"_s},
              {u"amount_cents"_s, 5000}, {u"mode"_s, u"transfer"_s},
              {u"reference"_s, u"VIR 42"_s}, {u"recorded_at"_s, u"2026-03-10T09:00:00Z"_s}})},
        7);
    QVERIFY2(server, test::why(server).constData());
    QCOMPARE(server->written, 4);
    QCOMPARE(value(u"SELECT status || '|' || number || '|' || notes FROM sales_document"_s)
                 .toString(),
             u"validated|FA-2026-0001|Corrected by the server"_s);
    QCOMPARE(value(u"SELECT reference FROM payment"_s).toString(), u"VIR 42"_s);
    // The local bookkeeping triggers followed the server's rows.
    QCOMPARE(value(u"SELECT paid_cents FROM document_settlement WHERE document_id = 'd1'"_s)
                 .toLongLong(),
             5000);
    QCOMPARE(count(u"sync_apply"_s), 0);

    // Local writes meet the freezing triggers as before.
    QSqlQuery q(m_store->database());
    QVERIFY(!q.exec(u"UPDATE sales_document SET notes = 'tampered' WHERE id = 'd1'"_s));
    QVERIFY2(q.lastError().databaseText().contains(u"validated document"_s),
             q.lastError().text().toUtf8().constData());
    QVERIFY(!q.exec(u"DELETE FROM sales_document WHERE id = 'd1'"_s));
    QVERIFY(!q.exec(u"UPDATE payment SET amount_cents = 1 WHERE id = 'p1'"_s));
    QVERIFY(!q.exec(u"DELETE FROM payment WHERE id = 'p1'"_s));
    UnitOfWork unit(*m_store);
    QVERIFY(unit.begin());
    auto local = unit.update(u"sales_document"_s, u"d1"_s, 3, {{u"notes"_s, u"mine"_s}});
    QVERIFY(!local);
    unit.rollback();
    QCOMPARE(value(u"SELECT notes FROM sales_document"_s).toString(), u"Corrected by the server"_s);
    QCOMPARE(outboxCount(), 0);
}

void tst_Replica::everyFrozenEntityTakesTheServersRows_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("frozen");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QJsonValue>("serverValue");

    QTest::newRow("validated invoice")
        << u"sales_document"_s << validatedInvoice(u"a1"_s, u"c1"_s, u"FA-2026-0007"_s, 7)
        << u"notes"_s << QJsonValue(u"Corrected by the server"_s);
    QTest::newRow("allocated cost pool")
        << u"cost_pool"_s
        << QJsonObject{{u"label"_s, u"Loyer"_s}, {u"period_from"_s, u"2026-01-01"_s},
                       {u"period_to"_s, u"2026-12-31"_s}, {u"amount_cents"_s, 120000},
                       {u"account"_s, u"613200"_s}, {u"key"_s, u"equal"_s},
                       {u"status"_s, u"allocated"_s}, {u"allocated_at"_s, u"2026-02-01"_s}}
        << u"amount_cents"_s << QJsonValue(130000);
    QTest::newRow("paid supplier invoice")
        << u"supplier_invoice"_s
        << QJsonObject{{u"activity_id"_s, u"a1"_s}, {u"supplier_reference"_s, u"F-1"_s},
                       {u"date"_s, u"2026-03-01"_s}, {u"status"_s, u"paid"_s},
                       {u"validated_by"_s, u"accountant"_s}, {u"paid_on"_s, u"2026-03-20"_s},
                       {u"total_excluding_vat_cents"_s, 1000}}
        << u"supplier_name"_s << QJsonValue(u"Corrected Supplier"_s);
}

void tst_Replica::everyFrozenEntityTakesTheServersRows()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, frozen);
    QFETCH(QString, column);
    QFETCH(QJsonValue, serverValue);

    QJsonObject changed = frozen;
    changed.insert(column, serverValue);
    auto outcome = m_replica->applyPage(tenant(),
                                        {row(1, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s)),
                                         row(2, u"customer"_s, u"c1"_s, 1, customer(u"a1"_s)),
                                         row(3, entity, u"x1"_s, 1, frozen),
                                         row(4, entity, u"x1"_s, 2, changed)},
                                        4);
    QVERIFY2(outcome, test::why(outcome).constData());
    QCOMPARE(outcome->written, 4);
    const QString read = u"SELECT %1 FROM %2 WHERE id = 'x1'"_s.arg(column, entity);
    QCOMPARE(value(read).toString(), serverValue.isString()
                                         ? serverValue.toString()
                                         : QString::number(serverValue.toInteger()));

    // Local writes of the frozen row are refused, as they were before schema 11.
    QSqlQuery q(m_store->database());
    QVERIFY(!q.exec(u"UPDATE %1 SET %2 = %3 WHERE id = 'x1'"_s.arg(
        entity, column, serverValue.isString() ? u"'local'"_s : u"1"_s)));
    QVERIFY(!q.exec(u"DELETE FROM %1 WHERE id = 'x1'"_s.arg(entity)));
    QCOMPARE(value(read).toString(), serverValue.isString()
                                         ? serverValue.toString()
                                         : QString::number(serverValue.toInteger()));

    // The server's removal lands.
    auto removed = m_replica->applyPage(tenant(), {removal(5, entity, u"x1"_s, 3)}, 5);
    QVERIFY2(removed, test::why(removed).constData());
    QCOMPARE(removed->deleted, 1);
    QCOMPARE(count(entity), 0);
    QCOMPARE(count(u"sync_apply"_s), 0);
}

void tst_Replica::ledgerStaysFrozenEvenDuringApply()
{
    // The flag that lets the server's rows through is for the synced entities only: the hash
    // chain refuses changes even while it is set (as in a transaction of the replica).
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"INSERT INTO ledger (sequence, entity, entity_id, content_hash, previous_hash, "
                   "hash, recorded_at) VALUES (1, 'document', 'd1', zeroblob(32), zeroblob(32), "
                   "zeroblob(32), 't')"_s));
    QVERIFY(m_store->database().transaction());
    QVERIFY(q.exec(u"INSERT INTO sync_apply (singleton) VALUES (1)"_s));
    QVERIFY(!q.exec(u"UPDATE ledger SET label = 'x' WHERE sequence = 1"_s));
    QVERIFY(!q.exec(u"DELETE FROM ledger WHERE sequence = 1"_s));
    QVERIFY(m_store->database().rollback());
    QCOMPARE(count(u"sync_apply"_s), 0);
    QCOMPARE(count(u"ledger"_s), 1);
}

// ---- Acknowledgements --------------------------------------------------------------------------

void tst_Replica::acknowledgeEmptiesTheOutboxAndFillsTheInbox()
{
    const QList<Operation> ops = queueSettings({u"s.applied"_s, u"s.merged"_s, u"s.rejected"_s});
    QCOMPARE(ops.size(), 3);

    OpResult applied{ops[0].opId, ops[0].deviceSeq, OpResult::Status::Applied, 1, {}, {}};
    OpResult merged{ops[1].opId, ops[1].deviceSeq, OpResult::Status::Merged, 2, {},
                    {FieldConflict{u"value"_s, QJsonValue(u"v-s.merged"_s),
                                   QJsonValue(u"from another device"_s)}}};
    OpResult rejected{ops[2].opId, ops[2].deviceSeq, OpResult::Status::Rejected, 0,
                      u"forbidden: settings are edited by the support team"_s, {}};

    auto first = m_replica->acknowledge({applied, merged});
    QVERIFY2(first, test::why(first).constData());
    QCOMPARE(outboxCount(), 1);
    auto second = m_replica->acknowledge({rejected});
    QVERIFY2(second, test::why(second).constData());
    QCOMPARE(outboxCount(), 0);

    auto open = m_replica->openConflicts();
    QVERIFY2(open, test::why(open).constData());
    QCOMPARE(open->size(), 2);
    const ConflictItem &m = open->at(0);
    QCOMPARE(m.opId, ops[1].opId);
    QCOMPARE(m.entity, u"setting"_s);
    QCOMPARE(m.entityId, u"s.merged"_s);
    QCOMPARE(m.field, u"value"_s);
    QCOMPARE(m.localValue, QJsonValue(u"v-s.merged"_s));
    QCOMPARE(m.serverValue, QJsonValue(u"from another device"_s));
    QVERIFY(!m.reason.isEmpty());
    QCOMPARE(m.operationKind, u"insert"_s);

    const ConflictItem &r = open->at(1);
    QCOMPARE(r.opId, ops[2].opId);
    QCOMPARE(r.field, u"*"_s);
    QCOMPARE(r.localValue.toObject(), ops[2].fields);
    QVERIFY(r.serverValue.isNull());
    QCOMPARE(r.reason, u"forbidden: settings are edited by the support team"_s);

    // The same answers again (a response received twice): nothing changes.
    auto twice = m_replica->acknowledge({applied, merged, rejected});
    QVERIFY2(twice, test::why(twice).constData());
    QCOMPARE(m_replica->openConflicts().value_or(QList<ConflictItem>()).size(), 2);
    QCOMPARE(count(u"conflict"_s), 2);
    // Acknowledging changes no local row.
    QCOMPARE(count(u"setting WHERE id LIKE 's.%'"_s), 3);
}

void tst_Replica::acknowledgeWithAWrongDeviceSeqStoresNothing()
{
    const QList<Operation> ops = queueSettings({u"s.one"_s, u"s.two"_s});
    QCOMPARE(ops.size(), 2);
    OpResult good{ops[0].opId, ops[0].deviceSeq, OpResult::Status::Rejected, 0, u"invalid"_s, {}};
    OpResult wrong{ops[1].opId, ops[1].deviceSeq + 7, OpResult::Status::Applied, 1, {}, {}};
    auto r = m_replica->acknowledge({good, wrong});
    QVERIFY(!r);
    QCOMPARE(r.error().code(), ErrorCode::Conflict);
    QCOMPARE(outboxCount(), 2);
    QCOMPARE(count(u"conflict"_s), 0);
}

// ---- Snapshot ----------------------------------------------------------------------------------

void tst_Replica::snapshotResumesAfterARestartAndReplacesTheCopy()
{
    // What the device had before: an old activity with a customer and a validated invoice, which
    // the server no longer sends to this user, and a pulled cursor.
    auto before = m_replica->applyPage(
        tenant(),
        {row(1, u"activity"_s, u"old"_s, 1, activity(u"OLD"_s)),
         row(2, u"customer"_s, u"old-c"_s, 1, customer(u"old"_s)),
         row(3, u"sales_document"_s, u"old-d"_s, 1,
             validatedInvoice(u"old"_s, u"old-c"_s, u"FA-2025-0009"_s, 9)),
         row(4, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s, u"Before"_s))},
        4);
    QVERIFY2(before, test::why(before).constData());

    auto none = m_replica->snapshotInProgress(tenant());
    QVERIFY2(none, test::why(none).constData());
    QVERIFY(!none->has_value());

    QVERIFY(m_replica->beginSnapshot(tenant(), 50));
    // Page 1, in key order: the activity (newer), a customer whose parent is on the same page.
    auto page1 = m_replica->applySnapshotRows(
        tenant(),
        {row(0, u"activity"_s, u"a1"_s, 3, activity(u"ANA1"_s, u"After"_s)),
         row(0, u"customer"_s, u"c1"_s, 2, customer(u"a1"_s))},
        u"customer/c1"_s);
    QVERIFY2(page1, test::why(page1).constData());
    QCOMPARE(page1->written, 2);

    reopen(); // the application was closed between two pages
    auto progress = m_replica->snapshotInProgress(tenant());
    QVERIFY2(progress, test::why(progress).constData());
    QVERIFY(progress->has_value());
    QCOMPARE((*progress)->headCursor, 50);
    QCOMPARE((*progress)->next, u"customer/c1"_s);
    QCOMPARE((*progress)->rows, 2);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 4); // unchanged until finished

    // Page 2 resumes from there; then the snapshot is finished.
    auto page2 = m_replica->applySnapshotPage(
        tenant(),
        {row(0, u"sales_document"_s, u"d1"_s, 2,
             validatedInvoice(u"a1"_s, u"c1"_s, u"FA-2026-0001"_s, 1))},
        QString());
    QVERIFY2(page2, test::why(page2).constData());
    auto finished = m_replica->finishSnapshot(tenant());
    QVERIFY2(finished, test::why(finished).constData());

    QCOMPARE(value(u"SELECT group_concat(id) FROM activity"_s).toString(), u"a1"_s);
    QCOMPARE(value(u"SELECT name FROM activity"_s).toString(), u"After"_s);
    QCOMPARE(value(u"SELECT group_concat(id) FROM customer"_s).toString(), u"c1"_s);
    QCOMPARE(value(u"SELECT group_concat(id) FROM sales_document"_s).toString(), u"d1"_s);
    // Settings the server did not send are gone too (the store's name included: the server
    // had it, since the outbox is pushed first).
    QCOMPARE(count(u"setting"_s), 0);
    QCOMPARE(m_replica->cursor(tenant()).value_or(-1), 50);
    auto after = m_replica->snapshotInProgress(tenant());
    QVERIFY(after && !after->has_value());
    QCOMPARE(count(u"sync_snapshot_row"_s), 0);
    QCOMPARE(count(u"sync_apply"_s), 0);
    QCOMPARE(outboxCount(), 0);
    // Finishing twice is an error, not a second wipe.
    QVERIFY(!m_replica->finishSnapshot(tenant()));

    // The store is sound afterwards.
    auto problems = m_store->check();
    QVERIFY2(problems, test::why(problems).constData());
    QVERIFY2(problems->isEmpty(), problems->join(u"; "_s).toUtf8().constData());
}

void tst_Replica::snapshotRefusedWhileTheOutboxHasOperations()
{
    QVERIFY(m_replica->beginSnapshot(tenant(), 10));
    QCOMPARE(queueSettings({u"local.edit"_s}).size(), 1);
    auto page = m_replica->applySnapshotPage(
        tenant(), {row(0, u"activity"_s, u"a1"_s, 1, activity(u"ANA1"_s))}, u"activity/a1"_s);
    QVERIFY(!page);
    QCOMPARE(page.error().code(), ErrorCode::Conflict);
    auto finish = m_replica->finishSnapshot(tenant());
    QVERIFY(!finish);
    QCOMPARE(finish.error().code(), ErrorCode::Conflict);
    auto begin = m_replica->beginSnapshot(tenant(), 10);
    QVERIFY(!begin);
    QCOMPARE(begin.error().code(), ErrorCode::Conflict);
    // The local edit is still there, waiting to be pushed.
    QCOMPARE(outboxCount(), 1);
    QCOMPARE(count(u"setting WHERE id = 'local.edit'"_s), 1);
    QCOMPARE(count(u"activity"_s), 0);
}

// ---- Conflict inbox ----------------------------------------------------------------------------

void tst_Replica::keepServerClosesTheConflict()
{
    const QList<Operation> ops = queueSettings({u"s.one"_s});
    QVERIFY(m_replica->acknowledge({OpResult{ops[0].opId, ops[0].deviceSeq,
                                             OpResult::Status::Merged, 2, {},
                                             {FieldConflict{u"value"_s, QJsonValue(u"mine"_s),
                                                            QJsonValue(u"theirs"_s)}}}}));
    auto open = m_replica->openConflicts();
    QVERIFY(open && open->size() == 1);
    auto r = m_replica->resolve(open->at(0).id, Resolution::KeepServer);
    QVERIFY2(r, test::why(r).constData());
    QCOMPARE(m_replica->openConflicts().value_or(QList<ConflictItem>{ConflictItem{}}).size(), 0);
    QCOMPARE(value(u"SELECT resolution FROM conflict"_s).toString(), u"kept_server"_s);
    QCOMPARE(outboxCount(), 0);
    // Resolved once only.
    auto again = m_replica->resolve(open->at(0).id, Resolution::KeepLocal);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
    QCOMPARE(outboxCount(), 0);
}

void tst_Replica::keepLocalQueuesTheLocalValueAgain()
{
    // The setting as the server had it, then a local edit that lost a same-field race.
    QVERIFY(m_replica->applyPage(tenant(),
                                 {row(1, u"setting"_s, u"invoice.footer"_s, 3,
                                      {{u"value"_s, u"server"_s}, {u"updated_at"_s, u"t1"_s}})},
                                 1));
    UnitOfWork unit(*m_store);
    QVERIFY(unit.begin());
    QVERIFY(unit.update(u"setting"_s, u"invoice.footer"_s, 3, {{u"value"_s, u"mine"_s}}));
    const Operation op = unit.operations().value(0);
    QVERIFY(unit.commit());

    QVERIFY(m_replica->acknowledge({OpResult{op.opId, op.deviceSeq, OpResult::Status::Merged, 5,
                                             u"same field changed on another device"_s,
                                             {FieldConflict{u"value"_s, QJsonValue(u"mine"_s),
                                                            QJsonValue(u"theirs"_s)}}}}));
    // The pull brings the server's state (version 5: theirs).
    const QJsonObject theirs{{u"value"_s, u"theirs"_s}, {u"updated_at"_s, u"t2"_s}};
    auto pulled = m_replica->applyPage(
        tenant(), {row(2, u"setting"_s, u"invoice.footer"_s, 5, theirs)}, 2);
    QVERIFY2(pulled, test::why(pulled).constData());
    QCOMPARE(value(u"SELECT value FROM setting WHERE id = 'invoice.footer'"_s).toString(),
             u"theirs"_s);

    auto open = m_replica->openConflicts();
    QVERIFY(open && open->size() == 1);
    auto r = m_replica->resolve(open->at(0).id, Resolution::KeepLocal);
    QVERIFY2(r, test::why(r).constData());

    // The local value is back in the row and queued as an update against the server's version.
    QCOMPARE(value(u"SELECT value || '@' || version FROM setting WHERE id = 'invoice.footer'"_s)
                 .toString(),
             u"mine@6"_s);
    auto pending = Outbox(*m_store).pending(10);
    QVERIFY2(pending, test::why(pending).constData());
    QCOMPARE(pending->size(), 1);
    const Operation &requeued = pending->at(0);
    QCOMPARE(requeued.kind, Operation::Kind::Update);
    QCOMPARE(requeued.entity, u"setting"_s);
    QCOMPARE(requeued.entityId, u"invoice.footer"_s);
    QCOMPARE(requeued.baseVersion, 5);
    QCOMPARE(requeued.fields, (QJsonObject{{u"value"_s, u"mine"_s}}));
    QVERIFY(requeued.opId != op.opId);
    QCOMPARE(value(u"SELECT resolution FROM conflict"_s).toString(), u"kept_local"_s);
    QCOMPARE(m_replica->openConflicts().value_or(QList<ConflictItem>{ConflictItem{}}).size(), 0);
}

void tst_Replica::keepLocalRequeuesARejectedInsert()
{
    // A new row that the server refused and this device then lost (the pull removed it): keeping
    // the local value inserts it again, with every field it had.
    const QList<Operation> ops = queueSettings({u"s.new"_s});
    QVERIFY(m_replica->acknowledge({OpResult{ops[0].opId, ops[0].deviceSeq,
                                             OpResult::Status::Rejected, 0, u"invalid"_s, {}}}));
    auto removed = m_replica->applyPage(tenant(), {removal(1, u"setting"_s, u"s.new"_s, 2)}, 1);
    QVERIFY2(removed, test::why(removed).constData());
    QCOMPARE(count(u"setting WHERE id = 's.new'"_s), 0);

    auto open = m_replica->openConflicts();
    QVERIFY(open && open->size() == 1);
    QCOMPARE(open->at(0).field, u"*"_s);
    auto r = m_replica->resolve(open->at(0).id, Resolution::KeepLocal);
    QVERIFY2(r, test::why(r).constData());
    QCOMPARE(value(u"SELECT value FROM setting WHERE id = 's.new'"_s).toString(), u"v-s.new"_s);
    auto pending = Outbox(*m_store).pending(10);
    QVERIFY(pending && pending->size() == 1);
    QCOMPARE(pending->at(0).kind, Operation::Kind::Insert);
    QCOMPARE(pending->at(0).fields, ops[0].fields);
}


QTEST_GUILESS_MAIN(tst_Replica)
#include "tst_replica.moc"
