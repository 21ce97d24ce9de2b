// Two devices of one entrepreneur validate invoices offline: their stores queue the requests,
// the server numbers them in the order the syncs reach it, and after syncing both devices hold
// the same validated invoices, numbered without gaps, dated in number order, posted in their
// ledger and linked in their hash chain (real encrypted stores, the real engine, the server's
// handlers on a real PostgreSQL, in one process).

#include "serverfixture.h"
#include "synctestsupport.h"
#include "testsupport.h"

#include "server/commands.h"

#include "core/businessday.h"
#include "core/demodata.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/salesrepository.h"
#include "core/storage/unitofwork.h"
#include "core/sync/protocol.h"
#include "core/sync/replica.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

const QString kTenant = u"coop-validation"_s;

DocumentLine line(const QString &designation, qint64 count, qint64 unitEuros, qint64 ratePercent)
{
    DocumentLine l;
    l.designation = designation;
    l.quantity = Quantity::fromUnits(count * Quantity::UnitsPerOne);
    l.unitPrice = UnitPrice::fromUnits(unitEuros * UnitPrice::UnitsPerEuro);
    l.vatRate = Rate::fromUnits(ratePercent * Rate::UnitsPerPercent);
    return l;
}

QVariant value(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

struct Issued
{
    QString id;
    QString number;
    qint64 sequence = 0;
    QString date;
    QString validatedAt;
    bool operator==(const Issued &) const = default;
};

// The validated invoices of a store, in number order.
QList<Issued> issued(Store &store)
{
    QList<Issued> list;
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT id, number, sequence_value, date, validated_at FROM sales_document "
                "WHERE status = 'validated' ORDER BY sequence_value"_s))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString()});
    return list;
}

} // namespace

class TestSyncValidation : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_activity;
    QString m_customer;

    Device device(const QString &name, const QString &login)
    {
        Device d = makeDevice(m_dir->filePath(name + u".coopdesk"_s), kTenant, *m_transport);
        if (d.engine) {
            auto r = d.engine->signIn(u"in-process"_s, login, ServerFixture::password(), name);
            if (!r) {
                qWarning("sign in %s: %s", qPrintable(name), qPrintable(r.error().toString()));
                d.store.reset();
            }
        }
        return d;
    }

    static bool synced(Device &d)
    {
        auto r = d.engine->syncOnce();
        if (!r)
            qWarning("sync: %s", qPrintable(r.error().toString()));
        return r.has_value();
    }

    // A draft invoice saved on the device and its validation asked for: the id.
    QString validateOffline(Device &d, const QString &title)
    {
        SalesRepository sales(*d.store);
        SalesDocument draft;
        draft.activityId = m_activity;
        draft.customerId = m_customer;
        draft.title = title;
        draft.date = businessToday();
        draft.paymentTerms = u"30 jours date de facture"_s;
        draft.lines = {line(u"Développement"_s, 2, 100, 20), line(u"Livre"_s, 1, 50, 10)};
        auto saved = sales.saveDraft(draft);
        if (!saved) {
            qWarning("draft: %s", why(saved).constData());
            return {};
        }
        auto validated = sales.validate(saved->id);
        if (!validated) {
            qWarning("validate: %s", why(validated).constData());
            return {};
        }
        // Not numbered here: the request waits in the outbox.
        if (validated->status != DocumentStatus::Draft || !validated->number.isEmpty())
            return {};
        return saved->id;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ServerFixture>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        QVERIFY(!m_server->addUser(u"admin"_s, kTenant, Role::Admin).isEmpty());
        m_transport = std::make_unique<ApiTransport>(m_server->api());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    // The support team's desktop sets up the cooperative, the activity and a customer; the
    // entrepreneur's laptop and tablet receive them.
    bool prepare(Device &office, Device &laptop, Device &tablet)
    {
        office = device(u"office"_s, u"admin"_s);
        if (!office.store)
            return false;
        PeopleRepository people(*office.store);
        DemoDataOptions options;
        options.entrepreneurs = 1;
        options.today = businessToday();
        CooperativeSettings settings = generateDemoCooperative(options).settings;
        settings.invoiceNumberTemplate = u"{YYYY}-{ANA}-{SEQYEAR}"_s;
        settings.creditNoteNumberTemplate = u"AV{YYYY}-{SEQYEAR}"_s;
        if (auto r = people.saveCooperative(settings); !r) {
            qWarning("cooperative: %s", why(r).constData());
            return false;
        }
        Activity a;
        a.analyticCode = u"ANA1"_s;
        a.name = u"Atelier web"_s;
        a.trade = u"Développement web"_s;
        auto activity = people.saveActivity(a);
        if (!activity) {
            qWarning("activity: %s", why(activity).constData());
            return false;
        }
        m_activity = activity->id;
        Customer c;
        c.activityId = m_activity;
        c.kind = CustomerKind::Company;
        c.name = u"Boulangerie Martin"_s;
        c.siren = u"412345670"_s;
        c.billingAddress = {u"3 rue de la Paix"_s, QString(), u"69002"_s, u"Lyon"_s, u"FR"_s};
        c.paymentTermDays = 30;
        c.accountingAccount = u"411MARTIN"_s;
        auto customer = SalesRepository(*office.store).saveCustomer(c);
        if (!customer) {
            qWarning("customer: %s", why(customer).constData());
            return false;
        }
        m_customer = customer->id;
        if (!synced(office) || m_server->addUser(u"zoe"_s, kTenant, Role::Entrepreneur, {m_activity}).isEmpty())
            return false;
        laptop = device(u"laptop"_s, u"zoe"_s);
        tablet = device(u"tablet"_s, u"zoe"_s);
        return laptop.store && tablet.store && synced(laptop) && synced(tablet);
    }

    // Store::check() and verify() find nothing on the device.
    static bool sound(Store &store, QString *detail)
    {
        auto problems = store.check();
        if (!problems || !problems->isEmpty()) {
            *detail = problems ? problems->join(u'\n') : problems.error().toString();
            return false;
        }
        auto report = SalesRepository(store).verify();
        if (!report) {
            *detail = report.error().toString();
            return false;
        }
        QStringList messages;
        for (const VerifyProblem &p : report->problems)
            messages.append(p.message);
        *detail = messages.join(u'\n');
        return report->ok();
    }

    void twoDevicesValidateOffline()
    {
        Device office;
        Device laptop;
        Device tablet;
        QVERIFY(prepare(office, laptop, tablet));

        // Offline, each validates; the syncs interleave, with more validations in between.
        QStringList ids;
        ids << validateOffline(laptop, u"L1"_s) << validateOffline(tablet, u"T1"_s)
            << validateOffline(laptop, u"L2"_s);
        QVERIFY(synced(tablet));
        ids << validateOffline(tablet, u"T2"_s);
        QVERIFY(synced(laptop));
        ids << validateOffline(laptop, u"L3"_s);
        QVERIFY(synced(tablet));
        QVERIFY(synced(laptop));
        QVERIFY(synced(tablet));
        QVERIFY(!ids.contains(QString()));

        const QList<Issued> onLaptop = issued(*laptop.store);
        const QList<Issued> onTablet = issued(*tablet.store);
        QCOMPARE(onLaptop.size(), ids.size());
        QCOMPARE(onTablet, onLaptop);
        // Server order: T1 and T2 reached it in the tablet's first sync, before any of the
        // laptop's; numbers 1..5 without a gap, dates never going back in number order.
        const QString year = QString::number(businessToday().year());
        QStringList order;
        for (qsizetype i = 0; i < onLaptop.size(); ++i) {
            const Issued &doc = onLaptop.at(i);
            QCOMPARE(doc.sequence, qint64(i + 1));
            QCOMPARE(doc.number, u"%1-ANA1-%2"_s.arg(year).arg(i + 1));
            if (i > 0) {
                QVERIFY(doc.date >= onLaptop.at(i - 1).date);
                QVERIFY(doc.validatedAt >= onLaptop.at(i - 1).validatedAt);
            }
            order.append(value(*laptop.store, u"SELECT title FROM sales_document WHERE id = '%1'"_s.arg(doc.id)).toString());
        }
        QCOMPARE(order, (QStringList{u"T1"_s, u"L1"_s, u"L2"_s, u"T2"_s, u"L3"_s}));

        for (Device *d : {&laptop, &tablet}) {
            Store &store = *d->store;
            // Nothing waits, nothing conflicted.
            QCOMPARE(sync::Outbox(store).count().value_or(-1), qint64(0));
            QCOMPARE(value(store, u"SELECT count(*) FROM conflict"_s).toLongLong(), qint64(0));
            // Each invoice posted once in the ledger (VT), in validation order.
            QCOMPARE(value(store, u"SELECT count(DISTINCT source_id) FROM ledger_entry "
                                  "WHERE source_kind = 'invoice'"_s).toLongLong(),
                     qint64(ids.size()));
            QStringList inNumberOrder;
            for (const Issued &doc : onLaptop)
                inNumberOrder.append(doc.id);
            QCOMPARE(value(store, u"SELECT group_concat(source_id, ',') FROM (SELECT source_id FROM "
                                  "ledger_entry WHERE source_kind = 'invoice' ORDER BY seq)"_s).toString(),
                     inNumberOrder.join(u','));
            auto problems = store.check();
            QVERIFY2(problems, why(problems).constData());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
            auto report = SalesRepository(store).verify();
            QVERIFY2(report, why(report).constData());
            QStringList messages;
            for (const VerifyProblem &p : report->problems)
                messages.append(p.message);
            QVERIFY2(report->ok(), qPrintable(messages.join(u'\n')));
            QCOMPARE(report->documentsChecked, qint64(ids.size()));
        }
        auto chain = server::verifyDocumentChain(m_server->database(), kTenant);
        QVERIFY2(chain, why(chain).constData());
        QVERIFY2(chain->isEmpty(), qPrintable(chain->join(u'\n')));

        // The office records a payment of the first invoice; the devices chain and post it too.
        QVERIFY(synced(office));
        auto payment = SalesRepository(*office.store).recordPayment(onLaptop.at(0).id, businessToday(),
                                                                    Money::fromCents(10000),
                                                                    PaymentMode::Transfer);
        QVERIFY2(payment, why(payment).constData());
        QVERIFY(synced(office));
        for (Device *d : {&laptop, &tablet}) {
            QVERIFY(synced(*d));
            QCOMPARE(value(*d->store, u"SELECT count(*) FROM ledger WHERE entity = 'payment'"_s).toLongLong(), qint64(1));
            QCOMPARE(value(*d->store, u"SELECT count(*) FROM ledger_entry WHERE source_kind = 'payment'"_s).toLongLong(),
                     qint64(1));
            QString detail;
            QVERIFY2(sound(*d->store, &detail), qPrintable(detail));
        }
        QString detail;
        QVERIFY2(sound(*office.store, &detail), qPrintable(detail));
    }

    void creditNoteAndClosedPeriod()
    {
        Device office;
        Device laptop;
        Device tablet;
        QVERIFY(prepare(office, laptop, tablet));
        const QString invoiceId = validateOffline(laptop, u"L1"_s);
        QVERIFY(!invoiceId.isEmpty());
        QVERIFY(synced(laptop));

        // The credit note's draft and its issue are queued the same way.
        SalesRepository sales(*laptop.store);
        auto note = sales.createCreditNote(invoiceId);
        QVERIFY2(note, why(note).constData());
        auto queued = sales.validate(note->id);
        QVERIFY2(queued, why(queued).constData());
        QCOMPARE(queued->status, DocumentStatus::Draft);
        QCOMPARE(value(*laptop.store, u"SELECT entity FROM outbox WHERE kind = 'command'"_s).toString(),
                 u"issue_credit_note"_s);
        QVERIFY(synced(laptop));
        QVERIFY(synced(tablet));
        const QString year = QString::number(businessToday().year());
        for (Device *d : {&laptop, &tablet}) {
            QCOMPARE(value(*d->store, u"SELECT number FROM sales_document WHERE id = '%1'"_s.arg(note->id)).toString(),
                     u"AV%1-1"_s.arg(year));
            QCOMPARE(value(*d->store, u"SELECT count(*) FROM ledger_entry WHERE source_kind = 'credit_note'"_s).toLongLong(),
                     qint64(1));
            QString detail;
            QVERIFY2(sound(*d->store, &detail), qPrintable(detail));
        }

        // The accountant's office closes the period up to today; the devices receive the date.
        {
            UnitOfWork unit(*office.store);
            QVERIFY(unit.begin());
            QVERIFY(unit.command(u"close_period"_s, kTenant,
                                 {{u"until"_s, businessToday().toString(Qt::ISODate)}}));
            QVERIFY(unit.commit());
        }
        QVERIFY(synced(office));
        QVERIFY(synced(tablet));
        QCOMPARE(value(*tablet.store, u"SELECT value FROM setting WHERE id = '%1'"_s
                                          .arg(QString::fromUtf16(server::kClosedUntilSetting))).toString(),
                 businessToday().toString(Qt::ISODate));
        // A validation asked for afterwards is refused by the server: the draft stays a draft and
        // the refusal waits in the conflict inbox with its reason.
        const QString late = validateOffline(tablet, u"T1"_s);
        QVERIFY(!late.isEmpty());
        QVERIFY(synced(tablet));
        QCOMPARE(value(*tablet.store, u"SELECT status FROM sales_document WHERE id = '%1'"_s.arg(late)).toString(),
                 u"draft"_s);
        auto conflicts = sync::LocalReplica(*tablet.store).openConflicts();
        QVERIFY2(conflicts, why(conflicts).constData());
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->constFirst().entity, u"validate_invoice"_s);
        QVERIFY2(conflicts->constFirst().reason.startsWith(u"closed"_s), qPrintable(conflicts->constFirst().reason));
        QString detail;
        QVERIFY2(sound(*tablet.store, &detail), qPrintable(detail));
        auto chain = server::verifyDocumentChain(m_server->database(), kTenant);
        QVERIFY2(chain && chain->isEmpty(), chain ? qPrintable(chain->join(u'\n')) : why(chain).constData());
    }

    void devicesHoldTheirPartOfTheSeries()
    {
        Device office;
        Device laptop;
        Device tablet;
        QVERIFY(prepare(office, laptop, tablet));
        // Another activity of the cooperative draws from the same counter (the year's): its
        // invoice, validated from the office, takes number 1; the entrepreneur's takes 2.
        PeopleRepository people(*office.store);
        Activity other;
        other.analyticCode = u"ANA2"_s;
        other.name = u"Menuiserie"_s;
        auto activity = people.saveActivity(other);
        QVERIFY2(activity, why(activity).constData());
        SalesRepository officeSales(*office.store);
        Customer c;
        c.activityId = activity->id;
        c.name = u"Scierie Dubois"_s;
        c.siren = u"412345670"_s;
        c.billingAddress = {u"1 route de la Forêt"_s, QString(), u"38000"_s, u"Grenoble"_s, u"FR"_s};
        auto customer = officeSales.saveCustomer(c);
        QVERIFY2(customer, why(customer).constData());
        SalesDocument draft;
        draft.activityId = activity->id;
        draft.customerId = customer->id;
        draft.date = businessToday();
        draft.lines = {line(u"Table"_s, 1, 800, 20)};
        auto saved = officeSales.saveDraft(draft);
        QVERIFY2(saved, why(saved).constData());
        QVERIFY2(officeSales.validate(saved->id), "validate from the office");
        QVERIFY(synced(office));
        const QString mine = validateOffline(laptop, u"L1"_s);
        QVERIFY(!mine.isEmpty());
        QVERIFY(synced(laptop));
        QVERIFY(synced(office));
        const QString year = QString::number(businessToday().year());
        QCOMPARE(value(*office.store, u"SELECT group_concat(number, ' ') FROM (SELECT number FROM "
                                      "sales_document WHERE status = 'validated' ORDER BY sequence_value)"_s)
                     .toString(),
                 u"%1-ANA2-1 %1-ANA1-2"_s.arg(year));
        // The laptop sees only its activity's number 2: sound all the same; the office sees both.
        QCOMPARE(issued(*laptop.store).size(), 1);
        QCOMPARE(issued(*laptop.store).constFirst().sequence, qint64(2));
        for (Device *d : {&office, &laptop}) {
            QString detail;
            QVERIFY2(sound(*d->store, &detail), qPrintable(detail));
        }
        auto chain = server::verifyDocumentChain(m_server->database(), kTenant);
        QVERIFY2(chain && chain->isEmpty(), chain ? qPrintable(chain->join(u'\n')) : why(chain).constData());
    }

    void draftWaitingForTheServerIsFrozen()
    {
        Device office;
        Device laptop;
        Device tablet;
        QVERIFY(prepare(office, laptop, tablet));
        const QString id = validateOffline(laptop, u"L1"_s);
        QVERIFY(!id.isEmpty());
        SalesRepository sales(*laptop.store);
        auto draft = sales.document(id);
        QVERIFY2(draft && *draft, why(draft).constData());
        // Asked twice, queued once.
        QVERIFY2(sales.validate(id), "second request");
        QCOMPARE(value(*laptop.store, u"SELECT count(*) FROM outbox WHERE kind = 'command'"_s).toLongLong(), qint64(1));
        // What the server will issue is what was asked for: no edit, no delete meanwhile.
        SalesDocument edited = **draft;
        edited.title = u"Autre titre"_s;
        auto saved = sales.saveDraft(edited);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Constraint);
        auto removed = sales.deleteDraft(id, edited.version);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), ErrorCode::Constraint);
        QVERIFY(synced(laptop));
        QCOMPARE(value(*laptop.store, u"SELECT title FROM sales_document WHERE id = '%1'"_s.arg(id)).toString(), u"L1"_s);
        QCOMPARE(value(*laptop.store, u"SELECT status FROM sales_document WHERE id = '%1'"_s.arg(id)).toString(),
                 u"validated"_s);
    }

    void standAloneStoreStillNumbersLocally()
    {
        // The same repository in a store that never signed in numbers on the spot.
        auto store = createStore(m_dir->filePath(u"alone.coopdesk"_s));
        QVERIFY(store);
        PeopleRepository people(*store);
        DemoDataOptions options;
        options.entrepreneurs = 1;
        options.today = businessToday();
        QVERIFY(people.saveCooperative(generateDemoCooperative(options).settings));
        Activity a;
        a.analyticCode = u"ANA1"_s;
        a.name = u"Atelier web"_s;
        auto activity = people.saveActivity(a);
        QVERIFY2(activity, why(activity).constData());
        Customer c;
        c.activityId = activity->id;
        c.name = u"Boulangerie Martin"_s;
        c.siren = u"412345670"_s;
        c.billingAddress = {u"3 rue de la Paix"_s, QString(), u"69002"_s, u"Lyon"_s, u"FR"_s};
        SalesRepository sales(*store);
        auto customer = sales.saveCustomer(c);
        QVERIFY2(customer, why(customer).constData());
        SalesDocument draft;
        draft.activityId = activity->id;
        draft.customerId = customer->id;
        draft.date = businessToday();
        draft.lines = {line(u"Développement"_s, 1, 100, 20)};
        auto saved = sales.saveDraft(draft);
        QVERIFY2(saved, why(saved).constData());
        auto validated = sales.validate(saved->id);
        QVERIFY2(validated, why(validated).constData());
        QCOMPARE(validated->status, DocumentStatus::Validated);
        QVERIFY(!validated->number.isEmpty());
        QCOMPARE(value(*store, u"SELECT count(*) FROM outbox WHERE kind = 'command'"_s).toLongLong(), qint64(0));
        // linkSyncedDocuments leaves a stand-alone store's chain alone.
        QCOMPARE(sales.linkSyncedDocuments().value_or(-1), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSyncValidation)
#include "tst_syncvalidation.moc"
