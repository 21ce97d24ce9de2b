// Issued documents cannot be altered: (a) through the store's own connection, the SQL triggers
// refuse any UPDATE or DELETE of a validated document, of a payment and of a hash-chain link,
// leaving the data as it was; (b) behind the store's back (the file opened with its raw key, the
// triggers dropped), a changed amount, a removed invoice and a forged invoice are each reported
// by verify(), naming the document, and the removal also as a gap in the numbering.
#include "salesfixture.h"

#include "core/storage/sqlcipherdriver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;
using namespace coop::test;

Q_DECLARE_METATYPE(coop::VerifyProblem::Kind)

namespace {

// Three validated invoices (the first one paid in part) and a draft.
struct Issued
{
    QStringList invoiceIds;
    QStringList numbers;
    QString paymentId;
    QString draftId;
};

Issued issueInvoices(const SalesStore &s)
{
    Issued out;
    SalesRepository sales = s.sales();
    for (int i = 0; i < 3; ++i) {
        auto draft = sales.saveDraft(s.invoiceDraft(u"Facture %1"_s.arg(i + 1)));
        if (!draft)
            return {};
        auto issued = sales.validate(draft->id, QDate(2026, 3, 1 + i));
        if (!issued)
            return {};
        out.invoiceIds.append(issued->id);
        out.numbers.append(issued->number);
    }
    auto payment = sales.recordPayment(out.invoiceIds.at(0), QDate(2026, 3, 10),
                                       Money::fromCents(10'000), PaymentMode::Transfer);
    if (!payment)
        return {};
    out.paymentId = payment->id;
    auto draft = sales.saveDraft(s.invoiceDraft(u"Brouillon"_s));
    if (!draft)
        return {};
    out.draftId = draft->id;
    return out;
}

// Everything the triggers protect, as text, to show that a refused statement changed nothing.
QString snapshot(const Store &store)
{
    QStringList rows;
    QSqlQuery q(store.database());
    const QStringList queries{
        u"SELECT * FROM sales_document WHERE status = 'validated' ORDER BY id"_s,
        u"SELECT * FROM payment ORDER BY id"_s,
        u"SELECT sequence, entity, entity_id, hex(hash) FROM ledger ORDER BY sequence"_s,
        u"SELECT * FROM document_settlement ORDER BY document_id"_s,
    };
    for (const QString &sql : queries) {
        if (!q.exec(sql))
            return q.lastError().text();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            rows.append(cells.join(u'|'));
        }
    }
    return rows.join(u'\n');
}

} // namespace

class tst_SalesVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triggersRefuseChanges_data();
    void triggersRefuseChanges();
    void draftsStayEditable();
    void untouchedStoreVerifies();
    void tamperingIsReported_data();
    void tamperingIsReported();
    void brokenChainAndPaymentsAreReported();

private:
    QTemporaryDir m_dir;
};

void tst_SalesVerify::triggersRefuseChanges_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("total of a validated invoice")
        << u"UPDATE sales_document SET total_including_vat_cents = 1 WHERE id = :invoice"_s
        << u"validated document"_s;
    QTest::newRow("lines of a validated invoice")
        << u"UPDATE sales_document SET lines = '[]' WHERE id = :invoice"_s
        << u"validated document"_s;
    QTest::newRow("a validated invoice back to draft")
        << u"UPDATE sales_document SET status = 'draft' WHERE id = :invoice"_s
        << u"validated document"_s;
    QTest::newRow("every document at once")
        << u"UPDATE sales_document SET title = 'x'"_s << u"validated document"_s;
    QTest::newRow("deleting a validated invoice")
        << u"DELETE FROM sales_document WHERE id = :invoice"_s << u"validated document"_s;
    QTest::newRow("amount of a payment")
        << u"UPDATE payment SET amount_cents = 1 WHERE id = :payment"_s << u"payment"_s;
    QTest::newRow("deleting a payment")
        << u"DELETE FROM payment WHERE id = :payment"_s << u"payment"_s;
    QTest::newRow("a hash-chain link")
        << u"UPDATE ledger SET hash = zeroblob(32) WHERE sequence = 1"_s << u"ledger"_s;
    QTest::newRow("deleting the hash chain") << u"DELETE FROM ledger"_s << u"ledger"_s;
}

void tst_SalesVerify::triggersRefuseChanges()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = m_dir.filePath(u"triggers-%1.coopdesk"_s.arg(tag));
    SalesStore s = createSalesStore(path);
    QVERIFY(s.store);
    const Issued issued = issueInvoices(s);
    QCOMPARE(issued.invoiceIds.size(), 3);
    const QString before = snapshot(*s.store);

    QSqlQuery q(s.store->database());
    QVERIFY(q.prepare(sql));
    if (sql.contains(u":invoice"_s))
        q.bindValue(u":invoice"_s, issued.invoiceIds.at(0));
    if (sql.contains(u":payment"_s))
        q.bindValue(u":payment"_s, issued.paymentId);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(message), qPrintable(q.lastError().text()));
    q.finish();

    QCOMPARE(snapshot(*s.store), before);
    auto report = s.sales().verify();
    QVERIFY2(report.has_value(), why(report).constData());
    QVERIFY(report->ok());
}

void tst_SalesVerify::draftsStayEditable()
{
    SalesStore s = createSalesStore(m_dir.filePath(u"drafts.coopdesk"_s));
    QVERIFY(s.store);
    const Issued issued = issueInvoices(s);
    QVERIFY(!issued.draftId.isEmpty());
    QSqlQuery q(s.store->database());
    QVERIFY(q.prepare(u"UPDATE sales_document SET title = 'Autre' WHERE id = ?"_s));
    q.addBindValue(issued.draftId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(u"DELETE FROM sales_document WHERE id = ?"_s));
    q.addBindValue(issued.draftId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
}

void tst_SalesVerify::untouchedStoreVerifies()
{
    const QString path = m_dir.filePath(u"untouched.coopdesk"_s);
    {
        SalesStore s = createSalesStore(path);
        QVERIFY(s.store);
        QCOMPARE(issueInvoices(s).invoiceIds.size(), 3);
    }
    auto store = Store::open(path, kPassphrase);
    QVERIFY2(store.has_value(), why(store).constData());
    auto report = SalesRepository(**store).verify();
    QVERIFY2(report.has_value(), why(report).constData());
    QVERIFY(report->ok());
    QCOMPARE(report->documentsChecked, qint64(3));
    QCOMPARE(report->paymentsChecked, qint64(1));
    QCOMPARE(report->linksChecked, qint64(4));
}

void tst_SalesVerify::tamperingIsReported_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("target"); // which invoice, -1: the forged one
    QTest::addColumn<VerifyProblem::Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("numberingGap");

    QTest::newRow("an amount of a validated invoice changed")
        << u"UPDATE sales_document SET total_including_vat_cents = total_including_vat_cents - 100 "
           "WHERE id = :id"_s
        << 1 << VerifyProblem::Kind::Changed << u"totals"_s << false;
    QTest::newRow("a line of a validated invoice changed")
        << u"UPDATE sales_document SET lines = json_set(lines, '$[0].designation', 'Autre') "
           "WHERE id = :id"_s
        << 1 << VerifyProblem::Kind::Changed << u"altered"_s << false;
    QTest::newRow("a validated invoice removed")
        << u"DELETE FROM sales_document WHERE id = :id"_s << 1 << VerifyProblem::Kind::Removed
        << u"removed"_s << true;
    QTest::newRow("a validated invoice forged")
        << u"INSERT INTO sales_document (id, version, kind, role, status, activity_id, customer_id, "
           "customer_name, number, number_series, counter_key, sequence_value, date, due_date, "
           "title, price_entry, lines, deductions, parties, total_excluding_vat_cents, "
           "total_vat_cents, total_including_vat_cents, validated_at) "
           "SELECT 'forged', 1, kind, role, status, activity_id, customer_id, customer_name, "
           "'2026-ANA1-4', number_series, counter_key, 4, '2026-03-20', due_date, 'Fausse', "
           "price_entry, lines, deductions, parties, total_excluding_vat_cents, total_vat_cents, "
           "total_including_vat_cents, validated_at FROM sales_document WHERE id = :id"_s
        << -1 << VerifyProblem::Kind::Inserted << u"2026-ANA1-4"_s << false;
}

void tst_SalesVerify::tamperingIsReported()
{
    QFETCH(QString, sql);
    QFETCH(int, target);
    QFETCH(VerifyProblem::Kind, kind);
    QFETCH(QString, says);
    QFETCH(bool, numberingGap);

    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = m_dir.filePath(u"tampered-%1.coopdesk"_s.arg(tag));
    Issued issued;
    QByteArray key;
    {
        SalesStore s = createSalesStore(path);
        QVERIFY(s.store);
        issued = issueInvoices(s);
        QCOMPARE(issued.invoiceIds.size(), 3);
        key = s.store->dataKey();
    }

    // Behind the store's back: the file with its raw key, the triggers out of the way.
    registerSqlCipherDriver();
    const QString connection = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, connection);
        db.setDatabaseName(path);
        db.setPassword(QString::fromLatin1(key.toHex()));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER sales_document_frozen_update"_s));
        QVERIFY(q.exec(u"DROP TRIGGER sales_document_frozen_delete"_s));
        QVERIFY(q.prepare(sql));
        q.bindValue(u":id"_s, issued.invoiceIds.at(1));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto store = Store::open(path, kPassphrase);
    QVERIFY2(store.has_value(), why(store).constData());
    auto report = SalesRepository(**store).verify();
    QVERIFY2(report.has_value(), why(report).constData());
    QStringList messages;
    for (const VerifyProblem &p : std::as_const(report->problems))
        messages.append(verifyProblemKindKey(p.kind) + u": "_s + p.entityId + u": "_s + p.message);
    const QString all = messages.join(u'\n');

    const QString targetId = target < 0 ? u"forged"_s : issued.invoiceIds.at(target);
    const QString targetNumber = target < 0 ? u"2026-ANA1-4"_s : issued.numbers.at(target);
    bool found = false;
    for (const VerifyProblem &p : std::as_const(report->problems)) {
        if (p.kind == kind && p.entity == u"document"_s && p.entityId == targetId) {
            found = true;
            QVERIFY2(p.message.contains(targetNumber), qPrintable(p.message));
            QVERIFY2(p.message.contains(says), qPrintable(p.message));
        }
        // Nothing else is blamed on the untouched invoices.
        QVERIFY2(p.entityId != issued.invoiceIds.at(0) && p.entityId != issued.invoiceIds.at(2),
                 qPrintable(all));
    }
    QVERIFY2(found, qPrintable(all));
    bool gap = false;
    for (const VerifyProblem &p : std::as_const(report->problems)) {
        if (p.kind == VerifyProblem::Kind::NumberingAnomaly)
            gap = true;
    }
    QVERIFY2(gap == numberingGap, qPrintable(all));
}

void tst_SalesVerify::brokenChainAndPaymentsAreReported()
{
    const QString path = m_dir.filePath(u"chain.coopdesk"_s);
    Issued issued;
    QByteArray key;
    {
        SalesStore s = createSalesStore(path);
        QVERIFY(s.store);
        issued = issueInvoices(s);
        QCOMPARE(issued.invoiceIds.size(), 3);
        key = s.store->dataKey();
    }
    registerSqlCipherDriver();
    const QString connection = u"tamper-chain"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqlCipherDriverName, connection);
        db.setDatabaseName(path);
        db.setPassword(QString::fromLatin1(key.toHex()));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP TRIGGER ledger_frozen_delete"_s));
        QVERIFY(q.exec(u"DROP TRIGGER payment_frozen_update"_s));
        // The second link goes, and the payment is made larger.
        QVERIFY(q.exec(u"DELETE FROM ledger WHERE sequence = 2"_s));
        QVERIFY(q.prepare(u"UPDATE payment SET amount_cents = amount_cents + 1000 WHERE id = ?"_s));
        q.addBindValue(issued.paymentId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    auto store = Store::open(path, kPassphrase);
    QVERIFY2(store.has_value(), why(store).constData());
    auto report = SalesRepository(**store).verify();
    QVERIFY2(report.has_value(), why(report).constData());
    QSet<QString> seen;
    QStringList messages;
    for (const VerifyProblem &p : std::as_const(report->problems)) {
        seen.insert(verifyProblemKindKey(p.kind) + u':' + p.entityId);
        messages.append(verifyProblemKindKey(p.kind) + u": "_s + p.entityId + u": "_s + p.message);
    }
    const QString all = messages.join(u'\n');
    // Link 3 no longer follows link 1; the second invoice lost its link; the payment changed.
    QVERIFY2(seen.contains(u"chain_broken:3"_s), qPrintable(all));
    QVERIFY2(seen.contains(u"inserted:"_s + issued.invoiceIds.at(1)), qPrintable(all));
    QVERIFY2(seen.contains(u"changed:"_s + issued.paymentId), qPrintable(all));
    QVERIFY2(!seen.contains(u"changed:"_s + issued.invoiceIds.at(0)), qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_SalesVerify)
#include "tst_salesverify.moc"
