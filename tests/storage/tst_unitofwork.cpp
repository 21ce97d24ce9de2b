// Every write of the repository layer is queued in the outbox in the same transaction.
#include "testsupport.h"

#include "core/storage/settingsrepository.h"
#include "core/storage/store.h"
#include "core/storage/unitofwork.h"
#include "core/sync/protocol.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

class tst_UnitOfWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyWriteQueuesAnOperation();
    void rollbackQueuesNothingAndGivesNumbersBack();
    void staleVersionIsAConflictAndWritesNothing();
    void sequenceNeverGoesBackAfterTheOutboxIsEmptied();
    void unchangedSettingQueuesNothing();
    void badNamesAreRefused();

private:
    qint64 outboxCount() const { return sync::Outbox(*m_store).count().value_or(-1); }
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_UnitOfWork::init()
{
    m_store = test::createStore(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(m_store);
    // Creating the store queued the store's name; start each test from an empty outbox.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"DELETE FROM outbox"_s));
}

void tst_UnitOfWork::cleanup()
{
    m_store.reset();
}

void tst_UnitOfWork::everyWriteQueuesAnOperation()
{
    UnitOfWork unit(*m_store);
    QVERIFY(unit.begin());
    QVERIFY(unit.insert(u"setting"_s, u"a.b"_s, {{u"value"_s, u"1"_s}, {u"updated_at"_s, u"t0"_s}}));
    auto v2 = unit.update(u"setting"_s, u"a.b"_s, 1, {{u"value"_s, u"2"_s}});
    QVERIFY(v2);
    QCOMPARE(*v2, 2);
    QVERIFY(unit.remove(u"setting"_s, u"a.b"_s, 2));
    QVERIFY(unit.command(u"validate_invoice"_s, u"inv-1"_s, {{u"series"_s, u"FA"_s}}));
    QVERIFY(unit.commit());

    auto ops = sync::Outbox(*m_store).pending(100);
    QVERIFY2(ops.has_value(), test::why(ops).constData());
    QCOMPARE(ops->size(), 4);
    const QList<Operation::Kind> kinds{Operation::Kind::Insert, Operation::Kind::Update,
                                       Operation::Kind::Delete, Operation::Kind::Command};
    for (qsizetype i = 0; i < ops->size(); ++i) {
        const Operation &op = ops->at(i);
        QCOMPARE(op.kind, kinds.at(i));
        QCOMPARE(op.tenant, m_store->tenantId());
        QVERIFY(!op.opId.isNull());
        if (i > 0)
            QCOMPARE(op.deviceSeq, ops->at(i - 1).deviceSeq + 1);
        QCOMPARE(op, unit.operations().at(i)); // what was queued is what is stored
    }
    QCOMPARE(ops->at(0).fields.value(u"value"_s).toString(), u"1"_s);
    QCOMPARE(ops->at(0).baseVersion, 0);
    QCOMPARE(ops->at(1).fields, QJsonObject({{u"value"_s, u"2"_s}}));
    QCOMPARE(ops->at(1).baseVersion, 1);
    QCOMPARE(ops->at(2).baseVersion, 2);
    QCOMPARE(ops->at(3).entity, u"validate_invoice"_s);
    QCOMPARE(ops->at(3).entityId, u"inv-1"_s);
}

void tst_UnitOfWork::rollbackQueuesNothingAndGivesNumbersBack()
{
    {
        UnitOfWork unit(*m_store);
        QVERIFY(unit.begin());
        QVERIFY(unit.insert(u"setting"_s, u"lost"_s, {{u"value"_s, u"x"_s}, {u"updated_at"_s, u"t"_s}}));
        QCOMPARE(unit.operations().size(), 1);
    } // destroyed without commit
    QCOMPARE(outboxCount(), 0);
    QCOMPARE(SettingsRepository(*m_store).value(u"lost"_s).value(), std::optional<QString>());

    QVERIFY(SettingsRepository(*m_store).setValue(u"kept"_s, u"y"_s));
    auto ops = sync::Outbox(*m_store).pending(10);
    QVERIFY(ops && ops->size() == 1);
    // Store creation used 1; the rolled-back unit's 2 was given back and is used now.
    QCOMPARE(ops->first().deviceSeq, 2);
}

void tst_UnitOfWork::staleVersionIsAConflictAndWritesNothing()
{
    QVERIFY(SettingsRepository(*m_store).setValue(u"k"_s, u"v1"_s));
    QVERIFY(SettingsRepository(*m_store).setValue(u"k"_s, u"v2"_s)); // now version 2
    const qint64 before = outboxCount();

    UnitOfWork unit(*m_store);
    QVERIFY(unit.begin());
    auto stale = unit.update(u"setting"_s, u"k"_s, 1, {{u"value"_s, u"v-stale"_s}});
    QVERIFY(!stale);
    QCOMPARE(stale.error().code(), ErrorCode::Conflict);
    auto missing = unit.update(u"setting"_s, u"nope"_s, 1, {{u"value"_s, u"z"_s}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    auto staleDelete = unit.remove(u"setting"_s, u"k"_s, 1);
    QVERIFY(!staleDelete);
    QCOMPARE(staleDelete.error().code(), ErrorCode::Conflict);
    QVERIFY(unit.commit());
    QCOMPARE(outboxCount(), before);
    QCOMPARE(SettingsRepository(*m_store).value(u"k"_s).value(), std::optional<QString>(u"v2"_s));
}

void tst_UnitOfWork::sequenceNeverGoesBackAfterTheOutboxIsEmptied()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(SettingsRepository(*m_store).setValue(u"n%1"_s.arg(i), u"x"_s));
    auto ops = sync::Outbox(*m_store).pending(10);
    QVERIFY(ops && ops->size() == 5);
    const qint64 last = ops->last().deviceSeq;

    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"DELETE FROM outbox"_s)); // as after the server acknowledged everything
    QVERIFY(SettingsRepository(*m_store).setValue(u"after"_s, u"x"_s));
    ops = sync::Outbox(*m_store).pending(10);
    QVERIFY(ops && ops->size() == 1);
    QCOMPARE(ops->first().deviceSeq, last + 1);
}

void tst_UnitOfWork::unchangedSettingQueuesNothing()
{
    QVERIFY(SettingsRepository(*m_store).setValue(u"same"_s, u"v"_s));
    const qint64 before = outboxCount();
    QVERIFY(SettingsRepository(*m_store).setValue(u"same"_s, u"v"_s));
    QCOMPARE(outboxCount(), before);
}

void tst_UnitOfWork::badNamesAreRefused()
{
    UnitOfWork unit(*m_store);
    QVERIFY(unit.begin());
    auto badEntity = unit.insert(u"setting; DROP TABLE outbox"_s, u"x"_s, {});
    QVERIFY(!badEntity);
    auto badColumn = unit.insert(u"setting"_s, u"x"_s, {{u"value\" = 1 --"_s, 1}});
    QVERIFY(!badColumn);
    auto versionColumn = unit.update(u"setting"_s, u"x"_s, 1, {{u"version"_s, 99}});
    QVERIFY(!versionColumn);
    auto unknownTable = unit.insert(u"no_such_entity"_s, u"x"_s, {{u"a"_s, 1}});
    QVERIFY(!unknownTable);
    unit.rollback();
    QCOMPARE(outboxCount(), 0);
}

QTEST_GUILESS_MAIN(tst_UnitOfWork)
#include "tst_unitofwork.moc"
