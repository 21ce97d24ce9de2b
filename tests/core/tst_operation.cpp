// The sync operation's wire form: what toJson writes, fromJson reads back, and a payload from
// elsewhere is refused with the field that is wrong.
#include "core/operation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class tst_Operation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void wireFieldNames();
    void badPayloadNamesTheField_data();
    void badPayloadNamesTheField();
};

namespace {

Operation sample(Operation::Kind kind)
{
    Operation op;
    op.opId = QUuid::fromString(u"6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab"_s);
    op.deviceSeq = 42;
    op.tenant = u"tenant-1"_s;
    op.entity = u"setting"_s;
    op.entityId = u"store.name"_s;
    op.kind = kind;
    op.baseVersion = kind == Operation::Kind::Insert ? 0 : 3;
    op.fields = QJsonObject{{u"value"_s, u"Coopérative 🐝"_s}, {u"cents"_s, 123456}};
    op.createdAt = QDateTime(QDate(2026, 11, 26), QTime(10, 30, 15, 250), Qt::UTC);
    return op;
}

} // namespace

void tst_Operation::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("an insert carries every field") << int(Operation::Kind::Insert);
    QTest::newRow("an update carries its base version") << int(Operation::Kind::Update);
    QTest::newRow("a delete") << int(Operation::Kind::Delete);
    QTest::newRow("a command for the owner of the rule") << int(Operation::Kind::Command);
}

void tst_Operation::roundTrip()
{
    QFETCH(int, kind);
    const Operation op = sample(Operation::Kind(kind));
    // Through text, as it travels.
    const QByteArray wire = QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact);
    auto back = Operation::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(back.has_value());
    QCOMPARE(*back, op);
}

void tst_Operation::wireFieldNames()
{
    const QJsonObject json = sample(Operation::Kind::Update).toJson();
    QCOMPARE(json.keys(), (QStringList{u"base_version"_s, u"created_at"_s, u"device_seq"_s,
                                       u"entity"_s, u"fields"_s, u"id"_s, u"kind"_s, u"op_id"_s,
                                       u"tenant"_s}));
    QCOMPARE(json.value(u"kind"_s).toString(), u"update"_s);
    QCOMPARE(json.value(u"op_id"_s).toString(), u"6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab"_s);
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-11-26T10:30:15.250Z"_s);
}

void tst_Operation::badPayloadNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
    QTest::addColumn<QString>("where");

    QTest::newRow("missing op_id") << u"op_id"_s << QJsonValue(QJsonValue::Undefined) << u"operation.op_id"_s;
    QTest::newRow("op_id not a UUID") << u"op_id"_s << QJsonValue(u"abc"_s) << u"operation.op_id"_s;
    QTest::newRow("device_seq zero") << u"device_seq"_s << QJsonValue(0) << u"operation.device_seq"_s;
    QTest::newRow("device_seq fractional") << u"device_seq"_s << QJsonValue(1.5) << u"operation.device_seq"_s;
    QTest::newRow("device_seq as text") << u"device_seq"_s << QJsonValue(u"7"_s) << u"operation.device_seq"_s;
    QTest::newRow("empty tenant") << u"tenant"_s << QJsonValue(u""_s) << u"operation.tenant"_s;
    QTest::newRow("missing entity") << u"entity"_s << QJsonValue(QJsonValue::Undefined) << u"operation.entity"_s;
    QTest::newRow("unknown kind") << u"kind"_s << QJsonValue(u"upsert"_s) << u"operation.kind"_s;
    QTest::newRow("negative base version") << u"base_version"_s << QJsonValue(-1) << u"operation.base_version"_s;
    QTest::newRow("fields not an object") << u"fields"_s << QJsonValue(u"x"_s) << u"operation.fields"_s;
    QTest::newRow("created_at not a date") << u"created_at"_s << QJsonValue(u"yesterday"_s) << u"operation.created_at"_s;
}

void tst_Operation::badPayloadNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QJsonObject json = sample(Operation::Kind::Update).toJson();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    auto op = Operation::fromJson(json);
    QVERIFY(!op.has_value());
    QCOMPARE(op.error().code(), ErrorCode::ParseError);
    QCOMPARE(op.error().where(), where);
    QVERIFY(!op.error().message().isEmpty());
}

QTEST_APPLESS_MAIN(tst_Operation)
#include "tst_operation.moc"
