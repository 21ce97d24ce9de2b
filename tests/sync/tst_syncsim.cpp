// Deterministic fault-injection simulation of sync (issue 8): the real client engine and local
// stores, the real server handlers on a real PostgreSQL, and a seeded transport that drops
// requests, drops answers after the server committed, duplicates and delays (reorders) messages;
// the client is killed mid-apply, mid-acknowledgement, mid-push and mid-refresh (failpoints), the
// server dies mid-transaction, access tokens expire mid-sync. After each seed the devices sync
// without faults until quiet, then the invariants are checked: convergence (every device holds
// exactly the server's rows), no silent loss (every operation applied, merged or in its device's
// inbox), exactly-once (each operation applied once, in device order), no row of another tenant on
// any device, and for the invoices both devices draft and validate offline (validate_invoice
// commands, numbered by the server): every validation asked for ends validated, numbers 1..n without
// a gap in the order of their dates, each device's ledger and document chain sound, and the
// server's chain of the tenant intact. A failure prints its seed; COOP_SEED=<n> replays that one seed.
//
// COOP_SIM_FIRST / COOP_SIM_COUNT choose the seeds (CTest runs 1 000 of them in two halves).

#include "serverfixture.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "core/businessday.h"
#include "core/demodata.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/unitofwork.h"
#include "core/sync/failpoint.h"
#include "core/sync/protocol.h"
#include "core/sync/replica.h"
#include "server/commands.h"
#include "server/database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

struct SimulatedCrash
{
};
struct ServerCrash
{
};

// The transport of the simulation: ApiTransport's faults, plus a server that dies inside a push.
class SimTransport : public ApiTransport
{
public:
    using ApiTransport::ApiTransport;
    bool serverDied = false;
    sync::TransportReply send(const sync::TransportRequest &request) override
    {
        try {
            return ApiTransport::send(request);
        } catch (const ServerCrash &) {
            serverDied = true;
            return {0, {}, u"server restarted"_s};
        }
    }
};

// Every synced table's rows on a device, as "entity/id" → the row's version and JSON.
QMap<QString, QString> deviceRows(Store &store)
{
    QMap<QString, QString> rows;
    auto entities = sync::LocalReplica(store).syncedEntities();
    if (!entities)
        return rows;
    for (const QString &entity : std::as_const(*entities)) {
        QSqlQuery q(store.database());
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(entity)))
            continue;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QJsonObject o;
            for (int i = 0; i < r.count(); ++i) {
                if (r.fieldName(i) != "id"_L1)
                    o.insert(r.fieldName(i), QJsonValue::fromVariant(r.value(i)));
            }
            rows.insert(entity + u'/' + r.value(u"id"_s).toString(),
                        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        }
    }
    return rows;
}

class Simulation
{
public:
    Simulation(ServerFixture &server, quint64 seed, const QString &dir)
        : m_server(server), m_seed(seed), m_rng(static_cast<quint32>(seed)), m_dir(dir),
          m_tenant(u"sim-%1"_s.arg(seed)), m_prefix(u"s%1-"_s.arg(seed))
    {
    }

    // Empty when every invariant holds, otherwise what broke.
    QString run()
    {
        m_transport = std::make_unique<SimTransport>(m_server.api());
        const QString login = u"sim%1"_s.arg(m_seed);
        if (m_server.addUser(login, m_tenant, Role::Admin).isEmpty())
            return u"cannot create the user"_s;
        for (int i = 0; i < 2; ++i) {
            const QString path = m_dir + u"/device%1.coopdesk"_s.arg(i);
            m_paths.append(path);
            m_devices.push_back(makeDevice(path, m_tenant, *m_transport));
            if (!m_devices.back().engine)
                return u"cannot create a device"_s;
            if (auto r = m_devices.back().engine->signIn(u"sim"_s, login, ServerFixture::password(), path); !r)
                return u"sign in: "_s + r.error().toString();
        }
        if (auto r = edit(0, [&](UnitOfWork &u) {
                return u.insert(u"activity"_s, QString(m_prefix + u"act"_s),
                                {{u"analytic_code"_s, QString(m_prefix + u"A"_s)}, {u"name"_s, u"Atelier"_s}});
            });
            !r)
            return r.error().toString();
        if (const QString broken = prepareInvoicing(); !broken.isEmpty())
            return broken;
        // Both devices start from the activity (a customer needs it), then the faults begin.
        for (Device &d : m_devices) {
            if (auto r = d.engine->syncOnce(); !r)
                return u"first sync: "_s + r.error().toString();
        }

        const int steps = 30 + static_cast<int>(m_rng.bounded(20));
        for (int step = 0; step < steps; ++step) {
            const int device = static_cast<int>(m_rng.bounded(2));
            const quint32 dice = m_rng.bounded(100);
            if (dice < 38) {
                if (auto r = randomEdit(device); !r)
                    return u"step %1: edit: %2"_s.arg(step).arg(r.error().toString());
            } else if (dice < 48) {
                if (auto r = validateOffline(device); !r)
                    return u"step %1: validate: %2"_s.arg(step).arg(r.error().toString());
            } else if (dice < 92) {
                if (const QString broken = faultySync(device); !broken.isEmpty())
                    return u"step %1: %2"_s.arg(step).arg(broken);
            } else {
                // Every access token has expired; a message held up that long has been given up.
                m_server.now = m_server.now.addSecs(16 * 60);
                m_transport->forgetDelayed();
                if (m_trace)
                    qInfo("clock +16 min");
            }
        }
        return settleAndCheck();
    }

private:
    Result<void> edit(int device, const std::function<Result<void>(UnitOfWork &)> &work)
    {
        UnitOfWork unit(*m_devices[device].store);
        if (auto r = unit.begin(); !r)
            return r;
        if (auto r = work(unit); !r)
            return r;
        const QList<Operation> ops = unit.operations();
        if (auto r = unit.commit(); !r)
            return r;
        if (m_trace) {
            for (const Operation &op : ops)
                qInfo("edit device %d: %s %s %s base %lld seq %lld %s", device, qPrintable(Operation::kindName(op.kind)),
                      qPrintable(op.entity), qPrintable(op.entityId), op.baseVersion, op.deviceSeq,
                      QJsonDocument(op.fields).toJson(QJsonDocument::Compact).constData());
        }
        for (const Operation &op : ops)
            m_created[device].insert(op.opId.toString(QUuid::WithoutBraces));
        return {};
    }

    // The customers the random edits play with (the invoices' customer is left alone).
    QStringList customers(int device)
    {
        QStringList ids;
        QSqlQuery q(m_devices[device].store->database());
        q.prepare(u"SELECT id FROM customer WHERE id <> ? ORDER BY id"_s);
        q.addBindValue(m_invoiceCustomer);
        q.exec();
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    // Device 0 sets the cooperative's numbering and the customer of the invoices.
    QString prepareInvoicing()
    {
        Store &store = *m_devices[0].store;
        DemoDataOptions options;
        options.entrepreneurs = 1;
        options.today = businessToday();
        CooperativeSettings settings = generateDemoCooperative(options).settings;
        settings.invoiceNumberTemplate = u"{YYYY}-{ANA}-{SEQYEAR}"_s;
        if (auto r = PeopleRepository(store).saveCooperative(settings); !r)
            return u"cooperative: "_s + r.error().toString();
        if (auto r = edit(0, [&](UnitOfWork &u) {
                return u.insert(u"customer"_s, m_invoiceCustomer,
                                {{u"activity_id"_s, QString(m_prefix + u"act"_s)}, {u"kind"_s, u"company"_s},
                                 {u"name"_s, u"Boulangerie Martin"_s}, {u"siren"_s, u"412345670"_s}, {u"billing_line1"_s, u"3 rue de la Paix"_s},
                                 {u"billing_postcode"_s, u"69002"_s}, {u"billing_city"_s, u"Lyon"_s},
                                 {u"billing_country"_s, u"FR"_s}, {u"payment_term_days"_s, 30}});
            });
            !r)
            return u"customer: "_s + r.error().toString();
        // The settings went through the repository: their operations count as made by device 0.
        QSqlQuery q(store.database());
        q.exec(u"SELECT op_id FROM outbox"_s);
        while (q.next())
            m_created[0].insert(QUuid::fromString(q.value(0).toString()).toString(QUuid::WithoutBraces));
        return {};
    }

    // A device drafts an invoice (or takes a draft it holds) and asks for its validation, which
    // waits in its outbox for the server to number it.
    Result<void> validateOffline(int device)
    {
        Store &store = *m_devices[device].store;
        SalesRepository sales(store);
        QString id;
        QSqlQuery q(store.database());
        if (m_rng.bounded(3) == 0 && q.exec(u"SELECT id FROM sales_document WHERE status = 'draft' ORDER BY id"_s)) {
            QStringList drafts;
            while (q.next())
                drafts.append(q.value(0).toString());
            if (!drafts.isEmpty())
                id = drafts.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(drafts.size()))));
        }
        q.finish();
        const QSet<QString> before = outboxOps(store);
        if (id.isEmpty()) {
            SalesDocument draft;
            draft.activityId = m_prefix + u"act"_s;
            draft.customerId = m_invoiceCustomer;
            draft.title = u"Facture %1"_s.arg(++m_invoices);
            draft.date = businessToday();
            draft.paymentTerms = u"30 jours date de facture"_s;
            DocumentLine line;
            line.designation = u"Développement"_s;
            line.quantity = Quantity::fromUnits((1 + m_rng.bounded(5)) * Quantity::UnitsPerOne);
            line.unitPrice = UnitPrice::fromUnits((50 + m_rng.bounded(500)) * UnitPrice::UnitsPerEuro);
            line.vatRate = Rate::fromUnits(20 * Rate::UnitsPerPercent);
            draft.lines = {line};
            auto saved = sales.saveDraft(draft);
            if (!saved)
                return fail(saved.error());
            id = saved->id;
        }
        auto validated = sales.validate(id);
        if (!validated)
            return fail(validated.error());
        if (validated->status != DocumentStatus::Draft || !validated->number.isEmpty())
            return fail(ErrorCode::Internal, u"a signed-in device numbered %1 itself"_s.arg(id));
        m_toValidate.insert(id);
        for (const QString &op : outboxOps(store) - before)
            m_created[device].insert(op);
        if (m_trace)
            qInfo("device %d validates %s", device, qPrintable(id));
        return {};
    }

    static QSet<QString> outboxOps(Store &store)
    {
        QSet<QString> ops;
        QSqlQuery q(store.database());
        q.exec(u"SELECT op_id FROM outbox"_s);
        while (q.next())
            ops.insert(QUuid::fromString(q.value(0).toString()).toString(QUuid::WithoutBraces));
        return ops;
    }

    Result<void> randomEdit(int device)
    {
        const QStringList existing = customers(device);
        const quint32 kind = m_rng.bounded(10);
        if (existing.isEmpty() || kind < 4) {
            const QString id = m_prefix + u"c%1"_s.arg(m_nextCustomer++);
            return edit(device, [&](UnitOfWork &u) {
                return u.insert(u"customer"_s, id,
                                {{u"activity_id"_s, QString(m_prefix + u"act"_s)}, {u"kind"_s, u"company"_s},
                                 {u"name"_s, QString(u"Client %1"_s.arg(id))}});
            });
        }
        const QString id = existing.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(existing.size()))));
        QSqlQuery q(m_devices[device].store->database());
        q.prepare(u"SELECT version FROM customer WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return fail(ErrorCode::NotFound, id);
        const qint64 version = q.value(0).toLongLong();
        q.finish();
        if (kind == 9)
            return edit(device, [&](UnitOfWork &u) { return u.remove(u"customer"_s, id, version); });
        // Few fields and few values: the two devices often touch the same field.
        static const QStringList fields{u"name"_s, u"billing_city"_s, u"email"_s};
        static const QStringList values{u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"Delta"_s};
        QVariantMap changed;
        changed.insert(fields.at(m_rng.bounded(3)), QString(values.at(m_rng.bounded(4)) + QString::number(m_rng.bounded(3))));
        if (m_rng.bounded(3) == 0)
            changed.insert(fields.at(m_rng.bounded(3)), values.at(m_rng.bounded(4)));
        return edit(device, [&](UnitOfWork &u) -> Result<void> {
            auto r = u.update(u"customer"_s, id, version, changed);
            if (!r)
                return fail(r.error());
            return {};
        });
    }

    void restartDevice(int device)
    {
        m_devices[device] = {};
        m_devices[device] = reopenDevice(m_paths.at(device), *m_transport);
    }

    // One sync of a device through faults. Empty unless something that must never happen did.
    QString faultySync(int device)
    {
        const quint32 faultRate = m_rng.bounded(40); // this sync's share of faulty messages, in %
        m_transport->faults = [this, faultRate, device](const sync::TransportRequest &request) {
            ApiTransport::Fault fault = ApiTransport::Fault::None;
            if (m_rng.bounded(100u) < faultRate) {
                static const ApiTransport::Fault kinds[] = {
                    ApiTransport::Fault::DropRequest, ApiTransport::Fault::DropResponse,
                    ApiTransport::Fault::Duplicate, ApiTransport::Fault::Delay};
                fault = kinds[m_rng.bounded(4)];
            }
            if (m_trace)
                qInfo("device %d %s %s fault %d", device, request.method.constData(),
                      qPrintable(request.path), static_cast<int>(fault));
            return fault;
        };
        m_transport->deliverDelayed = [this] { return m_rng.bounded(3) == 0; };

        static const char *const points[] = {"apply.before_commit", "ack.before_commit",
                                             "push.before_ack", "refresh.before_save"};
        const char *crashAt = m_rng.bounded(100) < 15 ? points[m_rng.bounded(4)] : nullptr;
        const int crashAfter = static_cast<int>(m_rng.bounded(3)); // which passage of the point
        int passages = 0;
        sync::setFailpointHook([&](const char *name) {
            if (m_trace)
                qInfo("  failpoint %s%s", name, crashAt && qstrcmp(name, crashAt) == 0 && passages == crashAfter ? " CRASH" : "");
            if (crashAt && qstrcmp(name, crashAt) == 0 && passages++ == crashAfter) {
                crashAt = nullptr;
                throw SimulatedCrash{};
            }
        });
        const bool serverCrash = m_rng.bounded(100) < 8;
        if (m_trace)
            qInfo("sync device %d: faults %u%%, crash at %s, server crash %d", device, faultRate,
                  crashAt ? crashAt : "-", serverCrash);
        m_server.api().sync().options().beforePushCommit = [serverCrash, calls = 0]() mutable {
            if (serverCrash && calls++ == 0)
                throw ServerCrash{};
        };

        QString broken;
        try {
            auto r = m_devices[device].engine->syncOnce();
            if (!r && r.error().code() == ErrorCode::Forbidden)
                broken = u"the session was refused: "_s + r.error().toString();
            else if (!r && r.error().code() != ErrorCode::Io)
                broken = u"sync failed: "_s + r.error().toString();
        } catch (const SimulatedCrash &) {
            restartDevice(device);
        }
        sync::setFailpointHook({});
        m_server.api().sync().options().beforePushCommit = {};
        if (m_transport->serverDied) {
            // The restarted server opens new connections; the dead one's transaction is gone.
            m_server.database().discard(server::Database::Role::Service);
            m_transport->serverDied = false;
        }
        m_transport->faults = {};
        return broken;
    }

    QString settleAndCheck()
    {
        m_transport->faults = {};
        m_transport->deliverDelayed = [] { return true; };
        // The delayed messages arrive, then the devices sync until nothing moves.
        for (int round = 0; round < 8; ++round) {
            bool quiet = true;
            for (int d = 0; d < 2; ++d) {
                auto r = m_devices[d].engine->syncOnce();
                if (!r)
                    return u"final sync of device %1: %2"_s.arg(d).arg(r.error().toString());
                quiet = quiet && r->pushed == 0 && r->pulled == 0;
            }
            if (quiet && round > 0)
                break;
        }

        // Convergence: both devices hold the same rows, which are the server's.
        const QMap<QString, QString> a = deviceRows(*m_devices[0].store);
        const QMap<QString, QString> b = deviceRows(*m_devices[1].store);
        if (a != b) {
            QStringList diff;
            for (auto it = a.cbegin(); it != a.cend(); ++it)
                if (b.value(it.key()) != it.value())
                    diff.append(it.key() + u": "_s + it.value() + u" vs "_s + b.value(it.key()));
            for (auto it = b.cbegin(); it != b.cend(); ++it)
                if (!a.contains(it.key()))
                    diff.append(it.key() + u" only on device 1"_s);
            return u"the devices differ: "_s + diff.join(u"; "_s);
        }
        auto conn = m_server.database().connection(server::Database::Role::Maintenance);
        if (!conn)
            return conn.error().toString();
        QSqlQuery q(*conn);
        q.prepare(u"SELECT entity, id, version FROM entity_row WHERE tenant_id = ? AND NOT deleted"_s);
        q.addBindValue(m_tenant);
        if (!q.exec())
            return u"cannot read the server"_s;
        QSet<QString> server;
        while (q.next()) {
            const QString key = q.value(0).toString() + u'/' + q.value(1).toString();
            server.insert(key);
            const QJsonObject local = QJsonDocument::fromJson(a.value(key).toUtf8()).object();
            if (!a.contains(key) || local.value(u"version"_s).toInteger() != q.value(2).toLongLong())
                return u"%1 is at version %2 on the server, not on the devices"_s.arg(key).arg(q.value(2).toLongLong());
        }
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (!server.contains(it.key()))
                return it.key() + u" is on the devices, not on the server"_s;
            // No row of another tenant: the ids this seed chose carry its prefix, the ones the
            // repositories chose are new UUIDs (held by the server under this tenant, as checked
            // above), and the cooperative's settings are one row per tenant.
            const QString id = it.key().section(u'/', 1);
            if (!id.startsWith(m_prefix) && QUuid::fromString(id).isNull() && it.key() != "cooperative/cooperative"_L1)
                return it.key() + u" does not belong to this tenant"_s;
        }

        for (int d = 0; d < 2; ++d) {
            Store &store = *m_devices[d].store;
            if (sync::Outbox(store).count().value_or(-1) != 0)
                return u"device %1 still has operations to push"_s.arg(d);
            // Exactly once, in device order: the server applied as many operations of this device
            // as it made, each once, and knows none it did not make.
            QSqlQuery s(*conn);
            s.prepare(u"SELECT op_id::text, result->>'status' FROM applied_op WHERE tenant_id = ? AND device_id = ?"_s);
            s.addBindValue(m_tenant);
            s.addBindValue(store.deviceId());
            if (!s.exec())
                return u"cannot read the applied operations"_s;
            QSet<QString> applied;
            QSet<QString> notKept;
            while (s.next()) {
                applied.insert(s.value(0).toString());
                if (s.value(1).toString() != "applied"_L1)
                    notKept.insert(s.value(0).toString());
            }
            if (applied != m_created[d])
                return u"device %1 made %2 operations, the server applied %3"_s.arg(d)
                    .arg(m_created[d].size())
                    .arg(applied.size());
            s.prepare(u"SELECT last_seq FROM device_progress WHERE tenant_id = ? AND device_id = ?"_s);
            s.addBindValue(m_tenant);
            s.addBindValue(store.deviceId());
            QSqlQuery local(store.database());
            if (!s.exec() || !s.next() || !local.exec(u"SELECT next_device_seq - 1 FROM device"_s) || !local.next()
                || s.value(0).toLongLong() != local.value(0).toLongLong())
                return u"device %1's progress on the server is not its last operation"_s.arg(d);
            // No silent loss: every operation the server did not keep whole is in the inbox.
            QSqlQuery inbox(store.database());
            inbox.exec(u"SELECT DISTINCT op_id FROM conflict"_s);
            QSet<QString> inInbox;
            while (inbox.next())
                inInbox.insert(QUuid::fromString(inbox.value(0).toString()).toString(QUuid::WithoutBraces));
            for (const QString &op : std::as_const(notKept)) {
                if (!inInbox.contains(op))
                    return u"operation %1 of device %2 was not kept and is not in the inbox"_s.arg(op).arg(d);
            }
            auto check = store.check();
            if (!check || !check->isEmpty())
                return u"device %1's store check: %2"_s.arg(d).arg(check ? check->join(u"; "_s) : check.error().toString());
            if (const QString broken = checkInvoices(d); !broken.isEmpty())
                return broken;
        }
        auto chain = server::verifyDocumentChain(m_server.database(), m_tenant);
        if (!chain || !chain->isEmpty())
            return u"the server's document chain: "_s + (chain ? chain->join(u"; "_s) : chain.error().toString());
        return {};
    }

    // Every invoice whose validation was asked for is validated (a validation is never lost, and
    // nothing here can refuse one); numbers run 1..n without a gap, dates never going back in
    // number order; the device's chain and ledger agree with its documents.
    QString checkInvoices(int d)
    {
        Store &store = *m_devices[d].store;
        QSqlQuery q(store.database());
        if (!q.exec(u"SELECT id, number, sequence_value, date FROM sales_document WHERE status = 'validated' "
                    "ORDER BY sequence_value"_s))
            return u"cannot read the invoices"_s;
        const QString year = QString::number(businessToday().year());
        QSet<QString> validated;
        QString lastDate;
        qint64 expected = 0;
        while (q.next()) {
            validated.insert(q.value(0).toString());
            ++expected;
            if (q.value(2).toLongLong() != expected
                || q.value(1).toString() != u"%1-%2A-%3"_s.arg(year, m_prefix).arg(expected))
                return u"device %1: invoice %2 is numbered %3 (sequence %4), expected number %5"_s.arg(d)
                    .arg(q.value(0).toString(), q.value(1).toString())
                    .arg(q.value(2).toLongLong())
                    .arg(expected);
            if (q.value(3).toString() < lastDate)
                return u"device %1: invoice %2 is dated before the one numbered before it"_s.arg(d).arg(q.value(1).toString());
            lastDate = q.value(3).toString();
        }
        if (validated != m_toValidate)
            return u"device %1 holds %2 validated invoices, %3 validations were asked for"_s.arg(d)
                .arg(validated.size())
                .arg(m_toValidate.size());
        auto report = SalesRepository(store).verify();
        if (!report)
            return report.error().toString();
        if (!report->ok() || report->documentsChecked != validated.size()) {
            QStringList messages;
            for (const VerifyProblem &p : report->problems)
                messages.append(p.message);
            return u"device %1's document chain: %2 (%3 checked)"_s.arg(d)
                .arg(messages.join(u"; "_s))
                .arg(report->documentsChecked);
        }
        QSqlQuery posted(store.database());
        if (!posted.exec(u"SELECT count(DISTINCT source_id) FROM ledger_entry WHERE source_kind = 'invoice'"_s)
            || !posted.next() || posted.value(0).toLongLong() != validated.size())
            return u"device %1 posted %2 invoices in its ledger, not %3"_s.arg(d)
                .arg(posted.value(0).toLongLong())
                .arg(validated.size());
        return {};
    }

    ServerFixture &m_server;
    quint64 m_seed;
    QRandomGenerator m_rng;
    QString m_dir;
    QString m_tenant;
    QString m_prefix;
    std::unique_ptr<SimTransport> m_transport;
    std::vector<Device> m_devices;
    QStringList m_paths;
    QSet<QString> m_created[2];
    int m_nextCustomer = 0;
    int m_invoices = 0;
    QString m_invoiceCustomer = m_prefix + u"invoiced"_s;
    QSet<QString> m_toValidate;
    bool m_trace = qEnvironmentVariableIsSet("COOP_SIM_TRACE");
};

} // namespace

class TestSyncSimulation : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerFixture>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    }

    // Rows of 25 seeds, each row with QtTest's own time limit.
    void seeds_data()
    {
        QTest::addColumn<quint64>("first");
        QTest::addColumn<int>("count");
        quint64 first = qEnvironmentVariableIntValue("COOP_SIM_FIRST");
        int count = qEnvironmentVariableIsSet("COOP_SIM_COUNT") ? qEnvironmentVariableIntValue("COOP_SIM_COUNT") : 50;
        if (qEnvironmentVariableIsSet("COOP_SEED")) {
            first = qEnvironmentVariable("COOP_SEED").toULongLong();
            count = 1;
        }
        for (int done = 0; done < count; done += 25) {
            const int n = std::min(25, count - done);
            const quint64 from = first + static_cast<quint64>(done);
            QTest::addRow("seeds %llu-%llu", from, from + static_cast<quint64>(n) - 1) << from << n;
        }
    }

    void seeds()
    {
        QFETCH(quint64, first);
        QFETCH(int, count);
        // The stores live in memory when the system offers it: the simulated crashes close the
        // store as a killed program would (what is committed stays), and a thousand seeds do not
        // wait for the disk.
        const QString base = QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm/coop-sim-XXXXXX"_s : QString();
        QStringList failures;
        for (quint64 seed = first; seed < first + static_cast<quint64>(count); ++seed) {
            QTemporaryDir dir = base.isEmpty() ? QTemporaryDir() : QTemporaryDir(base);
            QVERIFY(dir.isValid());
            const QString broken = Simulation(*m_server, seed, dir.path()).run();
            if (!broken.isEmpty()) {
                failures.append(u"seed %1 (COOP_SEED=%1 to replay): %2"_s.arg(seed).arg(broken));
                qWarning("%s", qPrintable(failures.last()));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSyncSimulation)
#include "tst_syncsim.moc"
