// The server's commands on a real PostgreSQL: validate_invoice and issue_credit_note number a
// draft from the tenant's locked counter row in the order pushes reach the server, exactly once
// per operation, refuse what the local validation refuses, and respect the closed period that
// close_period sets; the server's hash chain over what it issued checks out.

#include "serverfixture.h"
#include "testsupport.h"

#include "server/commands.h"

#include "core/businessday.h"
#include "core/demodata.h"
#include "core/salesrow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;
using server::Role;

namespace {

const QString kTenant = u"coop"_s;

DocumentLine line(const QString &designation, qint64 count, qint64 unitEuros, qint64 ratePercent)
{
    DocumentLine l;
    l.designation = designation;
    l.quantity = Quantity::fromUnits(count * Quantity::UnitsPerOne);
    l.unitPrice = UnitPrice::fromUnits(unitEuros * UnitPrice::UnitsPerEuro);
    l.vatRate = Rate::fromUnits(ratePercent * Rate::UnitsPerPercent);
    return l;
}

QJsonObject columnsJson(const QVariantMap &columns)
{
    return QJsonObject::fromVariantMap(columns);
}

// One device's session and its next device_seq.
struct Device
{
    QString id;
    QByteArray token;
    qint64 seq = 0;
};

// A tenant with the cooperative's settings, two activities and a customer in each, written by
// the admin's device; an entrepreneur of the first activity with two devices.
class Tenant
{
public:
    explicit Tenant(ServerFixture &f) : m_f(f) {}

    bool setUp()
    {
        m_activity = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_otherActivity = QUuid::createUuid().toString(QUuid::WithoutBraces);
        admin = {u"admin-laptop"_s, tokenOf(m_f.addUser(u"admin"_s, kTenant, Role::Admin)), 0};
        const QJsonObject e = m_f.addUser(u"entrepreneur"_s, kTenant, Role::Entrepreneur, {m_activity});
        laptop = {u"entrepreneur-laptop"_s, tokenOf(e), 0};
        phone = {u"entrepreneur-phone"_s, tokenOf(m_f.login(u"entrepreneur"_s, u"entrepreneur-phone"_s)), 0};
        accountant = {u"accountant-laptop"_s,
                      tokenOf(m_f.addUser(u"accountant"_s, kTenant, Role::Accountant, {m_activity})), 0};
        if (admin.token.isEmpty() || laptop.token.isEmpty() || phone.token.isEmpty()
            || accountant.token.isEmpty())
            return false;

        DemoDataOptions options;
        options.entrepreneurs = 1;
        options.today = businessToday();
        CooperativeSettings settings = generateDemoCooperative(options).settings;
        settings.invoiceNumberTemplate = u"{YYYY}-{ANA}-{SEQYEAR}"_s;
        settings.creditNoteNumberTemplate = u"AV{YYYY}-{SEQYEAR}"_s;
        QJsonArray ops{insertOp(admin, u"cooperative"_s, u"cooperative"_s,
                                columnsJson(cooperativeColumns(settings)))};
        for (const auto &[id, code] : {std::pair{m_activity, u"ANA1"_s}, std::pair{m_otherActivity, u"ANA2"_s}}) {
            Activity a;
            a.analyticCode = code;
            a.name = u"Atelier "_s + code;
            a.trade = u"Développement web"_s;
            ops.append(insertOp(admin, u"activity"_s, id, columnsJson(activityColumns(a))));
            Customer c;
            c.activityId = id;
            c.kind = CustomerKind::Company;
            c.name = u"Boulangerie Martin "_s + code;
            c.siren = u"412345670"_s;
            c.billingAddress = {u"3 rue de la Paix"_s, QString(), u"69002"_s, u"Lyon"_s, u"FR"_s};
            c.paymentTermDays = 30;
            const QString customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_customers.insert(id, customerId);
            ops.append(insertOp(admin, u"customer"_s, customerId, columnsJson(customerColumns(c))));
        }
        const QJsonArray results = push(admin, ops);
        for (const QJsonValue &r : results) {
            if (r[u"status"_s].toString() != "applied"_L1) {
                qWarning("seeding: %s", qPrintable(QString::fromUtf8(QJsonDocument(r.toObject()).toJson())));
                return false;
            }
        }
        return results.size() == ops.size();
    }

    QString activity() const { return m_activity; }
    QString otherActivity() const { return m_otherActivity; }

    QJsonObject insertOp(Device &d, const QString &entity, const QString &id, const QJsonObject &fields)
    {
        return operation(++d.seq, kTenant, entity, id, u"insert"_s, 0, fields);
    }
    QJsonObject commandOp(Device &d, const QString &name, const QString &id, const QJsonObject &args = {})
    {
        return operation(++d.seq, kTenant, name, id, u"command"_s, 0, args);
    }

    SalesDocument draft(const QString &activityId, QList<DocumentLine> lines = {}) const
    {
        SalesDocument d;
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.activityId = activityId;
        d.customerId = m_customers.value(activityId);
        d.title = u"Refonte du site"_s;
        d.date = businessToday();
        d.paymentTerms = u"30 jours date de facture"_s;
        d.lines = lines.isEmpty() ? QList<DocumentLine>{line(u"Développement"_s, 2, 100, 20),
                                                       line(u"Livre"_s, 1, 50, 10)}
                                  : lines;
        if (auto totals = d.totals()) {
            d.totalExcludingVat = totals->totalExcludingVat;
            d.totalVat = totals->totalVat;
            d.totalIncludingVat = totals->totalIncludingVat;
        }
        return d;
    }

    QJsonObject draftOp(Device &device, const SalesDocument &d)
    {
        return insertOp(device, u"sales_document"_s, d.id,
                        columnsJson(salesDocumentColumns(d, u"Boulangerie Martin"_s)));
    }

    QJsonArray push(Device &d, const QJsonArray &ops)
    {
        const server::ApiResponse r = m_f.call("POST", u"/v1/t/%1/push"_s.arg(kTenant),
                                               {{u"device_id"_s, d.id}, {u"ops"_s, ops}}, d.token);
        if (r.status != 200)
            qWarning("push: %d %s", r.status, r.body.constData());
        return bodyOf(r)[u"results"_s].toArray();
    }

    // A draft pushed and its validation, in one push; the command's result.
    QJsonObject validate(Device &device, const SalesDocument &d)
    {
        const QJsonArray results = push(device, {draftOp(device, d), commandOp(device, u"validate_invoice"_s, d.id)});
        return results.size() == 2 ? results.at(1).toObject() : QJsonObject();
    }

    // The row as the admin pulls it.
    QJsonObject row(const QString &entity, const QString &id)
    {
        QJsonObject found;
        const QJsonObject page = bodyOf(m_f.get(u"/v1/t/%1/pull"_s.arg(kTenant), admin.token,
                                                {{u"cursor"_s, u"0"_s}, {u"limit"_s, u"5000"_s}}));
        for (const QJsonValue &c : page[u"changes"_s].toArray()) {
            if (c[u"entity"_s].toString() == entity && c[u"id"_s].toString() == id)
                found = c[u"fields"_s].toObject();
        }
        return found;
    }

    Device admin;
    Device laptop;
    Device phone;
    Device accountant;

private:
    ServerFixture &m_f;
    QString m_activity;
    QString m_otherActivity;
    QHash<QString, QString> m_customers;
};

qint64 sequenceOf(const QJsonObject &result)
{
    return result[u"number"_s].toString().section(u'-', -1).toLongLong();
}

QByteArray describe(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersFollowPushOrder()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        const QString year = QString::number(businessToday().year());
        for (qint64 expected = 1; expected <= 3; ++expected) {
            const SalesDocument d = t.draft(t.activity());
            const QJsonObject result = t.validate(expected == 2 ? t.phone : t.laptop, d);
            QVERIFY2(result[u"status"_s].toString() == "applied"_L1, describe(result).constData());
            QCOMPARE(result[u"number"_s].toString(), u"%1-ANA1-%2"_s.arg(year).arg(expected));
            // The row devices pull: validated, numbered, dated by the server, its parties frozen.
            const QJsonObject fields = t.row(u"sales_document"_s, d.id);
            QCOMPARE(fields[u"status"_s].toString(), u"validated"_s);
            QCOMPARE(fields[u"number"_s].toString(), result[u"number"_s].toString());
            QCOMPARE(fields[u"sequence_value"_s].toInteger(), expected);
            QCOMPARE(fields[u"number_series"_s].toString(), u"invoice"_s);
            QCOMPARE(fields[u"date"_s].toString(), result[u"date"_s].toString());
            QCOMPARE(fields[u"total_including_vat_cents"_s].toInteger(), qint64(29500));
            QVERIFY(!fields[u"validated_at"_s].toString().isEmpty());
            QVERIFY(fields[u"parties"_s].toString().contains(u"Boulangerie Martin ANA1"_s));
        }
        auto chain = server::verifyDocumentChain(f.database(), kTenant);
        QVERIFY2(chain, why(chain).constData());
        QVERIFY2(chain->isEmpty(), qPrintable(chain->join(u'\n')));
    }

    void concurrentDevicesGetGapFreeNumbers()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        constexpr int perDevice = 8;
        QList<qint64> laptopNumbers;
        QList<qint64> phoneNumbers;
        const auto run = [&t](Device &device, QList<qint64> &numbers) {
            for (int i = 0; i < perDevice; ++i) {
                const QJsonObject result = t.validate(device, t.draft(t.activity()));
                numbers.append(result[u"status"_s].toString() == "applied"_L1 ? sequenceOf(result) : -1);
            }
        };
        std::thread a([&] { run(t.laptop, laptopNumbers); });
        std::thread b([&] { run(t.phone, phoneNumbers); });
        a.join();
        b.join();
        QList<qint64> all = laptopNumbers + phoneNumbers;
        std::sort(all.begin(), all.end());
        QList<qint64> expected;
        for (qint64 n = 1; n <= 2 * perDevice; ++n)
            expected.append(n);
        QCOMPARE(all, expected);
        // Each device's numbers go up in its own push order.
        QVERIFY(std::is_sorted(laptopNumbers.cbegin(), laptopNumbers.cend()));
        QVERIFY(std::is_sorted(phoneNumbers.cbegin(), phoneNumbers.cend()));
        auto chain = server::verifyDocumentChain(f.database(), kTenant);
        QVERIFY2(chain, why(chain).constData());
        QVERIFY2(chain->isEmpty(), qPrintable(chain->join(u'\n')));
    }

    void replayedCommandReturnsTheSameNumber()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        const SalesDocument d = t.draft(t.activity());
        const QJsonObject insert = t.draftOp(t.laptop, d);
        const QJsonObject command = t.commandOp(t.laptop, u"validate_invoice"_s, d.id);
        const QJsonArray first = t.push(t.laptop, {insert, command});
        QCOMPARE(first.size(), 2);
        QCOMPARE(sequenceOf(first.at(1).toObject()), qint64(1));
        // The answer was lost: the device sends the same operations again.
        const QJsonArray again = t.push(t.laptop, {insert, command});
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(1).toObject(), first.at(1).toObject());
        // The counter moved once: the next invoice is number 2.
        const QJsonObject next = t.validate(t.laptop, t.draft(t.activity()));
        QCOMPARE(sequenceOf(next), qint64(2));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("reason");
        QTest::newRow("an issued invoice is not validated again") << u"validated"_s << u"immutable"_s;
        // Row-level security hides it: refused as unknown, which says nothing of what it holds.
        QTest::newRow("an invoice outside the user's activities") << u"foreign"_s << u"the server has no such document"_s;
        QTest::newRow("a draft without lines fails the issue rules") << u"invalid"_s << u"invalid"_s;
        QTest::newRow("a day in the closed period") << u"closed"_s << u"closed"_s;
        QTest::newRow("validate_invoice on a credit note") << u"wrong_kind"_s << u"invalid"_s;
    }

    void refused()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, reason);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        QJsonObject result;
        QString id;
        if (scenario == "validated"_L1) {
            const SalesDocument d = t.draft(t.activity());
            QCOMPARE(t.validate(t.laptop, d)[u"status"_s].toString(), u"applied"_s);
            id = d.id;
            result = t.push(t.phone, {t.commandOp(t.phone, u"validate_invoice"_s, d.id)}).at(0).toObject();
        } else if (scenario == "foreign"_L1) {
            // The admin drafts in the other activity; the entrepreneur asks to validate it.
            const SalesDocument d = t.draft(t.otherActivity());
            QCOMPARE(t.push(t.admin, {t.draftOp(t.admin, d)}).at(0)[u"status"_s].toString(), u"applied"_s);
            id = d.id;
            result = t.push(t.laptop, {t.commandOp(t.laptop, u"validate_invoice"_s, d.id)}).at(0).toObject();
        } else if (scenario == "invalid"_L1) {
            SalesDocument d = t.draft(t.activity());
            d.lines.clear();
            d.totalExcludingVat = d.totalVat = d.totalIncludingVat = Money();
            id = d.id;
            result = t.validate(t.laptop, d);
        } else if (scenario == "closed"_L1) {
            const QString until = businessToday().addDays(1).toString(Qt::ISODate);
            const QJsonObject closed = t.push(t.accountant, {t.commandOp(t.accountant, u"close_period"_s, kTenant,
                                                                          {{u"until"_s, until}})}).at(0).toObject();
            QVERIFY2(closed[u"status"_s].toString() == "applied"_L1, describe(closed).constData());
            const SalesDocument d = t.draft(t.activity());
            id = d.id;
            result = t.validate(t.laptop, d);
        } else if (scenario == "wrong_kind"_L1) {
            SalesDocument d = t.draft(t.activity());
            d.kind = DocumentKind::CreditNote;
            id = d.id;
            result = t.validate(t.laptop, d);
        }
        QVERIFY2(result[u"status"_s].toString() == "rejected"_L1, describe(result).constData());
        QVERIFY2(result[u"reason"_s].toString().startsWith(reason), describe(result).constData());
        QVERIFY(!result.contains(u"number"_s));
        if (scenario != "validated"_L1) {
            // Nothing was issued: the row is still a draft and no number was drawn.
            QCOMPARE(t.row(u"sales_document"_s, id)[u"status"_s].toString(), u"draft"_s);
            if (scenario != "foreign"_L1 && scenario != "closed"_L1) {
                const QJsonObject next = t.validate(t.laptop, t.draft(t.activity()));
                QCOMPARE(sequenceOf(next), qint64(1));
            }
        }
    }

    void creditNote()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        const SalesDocument invoiceDraft = t.draft(t.activity());
        QCOMPARE(t.validate(t.laptop, invoiceDraft)[u"status"_s].toString(), u"applied"_s);
        QVariantMap columns = t.row(u"sales_document"_s, invoiceDraft.id).toVariantMap();
        columns.insert(u"id"_s, invoiceDraft.id);
        auto invoice = salesDocumentFromColumns(columns);
        QVERIFY2(invoice, why(invoice).constData());
        QCOMPARE(invoice->document.status, DocumentStatus::Validated);

        const QString year = QString::number(businessToday().year());
        for (int i = 0; i < 2; ++i) {
            auto note = makeFullCreditNote(invoice->document);
            QVERIFY2(note, why(note).constData());
            note->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            note->date = businessToday();
            const QJsonArray results = t.push(t.laptop, {t.draftOp(t.laptop, *note),
                                                         t.commandOp(t.laptop, u"issue_credit_note"_s, note->id)});
            QCOMPARE(results.size(), 2);
            const QJsonObject result = results.at(1).toObject();
            if (i == 0) {
                // Its own series; the invoice's is untouched.
                QVERIFY2(result[u"status"_s].toString() == "applied"_L1, describe(result).constData());
                QCOMPARE(result[u"number"_s].toString(), u"AV%1-1"_s.arg(year));
                const QJsonObject fields = t.row(u"sales_document"_s, note->id);
                QCOMPARE(fields[u"number_series"_s].toString(), u"credit_note"_s);
                QCOMPARE(fields[u"credited_invoice_id"_s].toString(), invoiceDraft.id);
            } else {
                // The invoice is wholly credited already: a second full credit note is refused.
                QVERIFY2(result[u"status"_s].toString() == "rejected"_L1, describe(result).constData());
                QVERIFY2(result[u"reason"_s].toString().startsWith(u"invalid"_s), describe(result).constData());
            }
        }
        // issue_credit_note is for credit notes only.
        const SalesDocument other = t.draft(t.activity());
        const QJsonArray wrong = t.push(t.laptop, {t.draftOp(t.laptop, other),
                                                   t.commandOp(t.laptop, u"issue_credit_note"_s, other.id)});
        QCOMPARE(wrong.at(1)[u"status"_s].toString(), u"rejected"_s);
        auto chain = server::verifyDocumentChain(f.database(), kTenant);
        QVERIFY2(chain, why(chain).constData());
        QVERIFY2(chain->isEmpty(), qPrintable(chain->join(u'\n')));
    }

    void closePeriod_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("status");
        QTest::newRow("an entrepreneur may not close a period") << u"entrepreneur"_s << u"rejected"_s;
        QTest::newRow("an accountant closes it") << u"accountant"_s << u"applied"_s;
        QTest::newRow("an admin closes it") << u"admin"_s << u"applied"_s;
    }

    void closePeriod()
    {
        QFETCH(QString, who);
        QFETCH(QString, status);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        Device &device = who == "entrepreneur"_L1 ? t.laptop : who == "accountant"_L1 ? t.accountant : t.admin;
        const QJsonObject result = t.push(device, {t.commandOp(device, u"close_period"_s, kTenant,
                                                               {{u"until"_s, u"2026-03-31"_s}})}).at(0).toObject();
        QVERIFY2(result[u"status"_s].toString() == status, describe(result).constData());
        const QJsonObject setting = t.row(u"setting"_s, QString::fromUtf16(server::kClosedUntilSetting));
        if (status == "rejected"_L1) {
            QVERIFY(result[u"reason"_s].toString().startsWith(u"forbidden"_s));
            QVERIFY(setting.isEmpty());
            return;
        }
        // Published as a cooperative-wide row every device pulls.
        QCOMPARE(setting[u"value"_s].toString(), u"2026-03-31"_s);
        // Not moved back by closing an earlier date.
        const QJsonObject back = t.push(device, {t.commandOp(device, u"close_period"_s, kTenant,
                                                             {{u"until"_s, u"2026-01-31"_s}})}).at(0).toObject();
        QCOMPARE(back[u"status"_s].toString(), u"rejected"_s);
        const QJsonObject bad = t.push(device, {t.commandOp(device, u"close_period"_s, kTenant,
                                                            {{u"until"_s, u"31/03/2026"_s}})}).at(0).toObject();
        QCOMPARE(bad[u"status"_s].toString(), u"rejected"_s);
    }

    void serverChainSeesTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("an issued amount changed")
            << u"UPDATE entity_row SET fields = jsonb_set(fields, '{total_including_vat_cents}', '1') "
               "WHERE entity = 'sales_document' AND id = '%1'"_s
            << u"altered"_s;
        QTest::newRow("an issued document removed")
            << u"UPDATE entity_row SET deleted = true WHERE entity = 'sales_document' AND id = '%1'"_s
            << u"removed"_s;
        QTest::newRow("a number drawn that no document carries")
            << u"UPDATE number_counter SET last_value = last_value + 1 WHERE series LIKE 'invoice/%%' "
               "AND '%1' <> ''"_s
            << u"no document carries"_s;
    }

    void serverChainSeesTampering()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        Tenant t(f);
        QVERIFY(t.setUp());
        const SalesDocument d = t.draft(t.activity());
        QCOMPARE(t.validate(t.laptop, d)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(t.validate(t.laptop, t.draft(t.activity()))[u"status"_s].toString(), u"applied"_s);
        auto sound = server::verifyDocumentChain(f.database(), kTenant);
        QVERIFY2(sound && sound->isEmpty(), sound ? qPrintable(sound->join(u'\n')) : why(sound).constData());
        // Someone with the database's keys changes what was issued behind the server's back.
        auto db = f.database().connection(server::Database::Role::Maintenance);
        QVERIFY(db);
        QSqlQuery q(*db);
        QVERIFY2(q.exec(sql.arg(d.id)), qPrintable(q.lastError().text()));
        auto broken = server::verifyDocumentChain(f.database(), kTenant);
        QVERIFY2(broken, why(broken).constData());
        QVERIFY(!broken->isEmpty());
        QVERIFY2(broken->join(u'\n').contains(problem), qPrintable(broken->join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
