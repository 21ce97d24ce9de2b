// coopdesk-cli's invoice and verify commands, driven as a script drives them: the JSON fields of
// `invoice list`, exit codes, the files written, and `verify` on a sound and on a tampered store.
#include "testsupport.h"

#include "core/storage/salesrepository.h"
#include "core/storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

const QString kToday = u"2026-06-30"_s;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"COOPDESK_PASSPHRASE"_s, test::kPassphrase);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("COOP_CLI"), QStringList{u"--lang"_s, u"en"_s} + args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(300000);
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray describe(const Run &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out.left(2000), r.err)
        .toUtf8();
}

QByteArray head(const QString &path, qsizetype size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(size);
}

} // namespace

class TestCliSales : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QStringList withStore(QStringList args) const
    {
        return QStringList{u"--store"_s, m_store} + args;
    }

    QJsonArray list(const QStringList &extra = {})
    {
        const Run r = run(withStore(QStringList{u"invoice"_s, u"list"_s, u"--json"_s,
                                                u"--at"_s, kToday} + extra));
        if (r.exitCode != 0) {
            qWarning().noquote() << describe(r);
            return {};
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning().noquote() << error.errorString() << r.out.left(500);
        return json.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(qEnvironmentVariableIsSet("COOP_CLI"));
        m_store = m_dir.filePath(u"sales.coopdesk"_s);
        QVERIFY(test::createStore(m_store));
        const Run demo = run(withStore({u"demo"_s, u"--entrepreneurs"_s, u"6"_s, u"--years"_s,
                                        u"1"_s, u"--seed"_s, u"11"_s, u"--today"_s, kToday}));
        QVERIFY2(demo.exitCode == 0, describe(demo).constData());
    }

    void listGivesTheDocumentsWithTheirFields()
    {
        const QJsonArray rows = list();
        QVERIFY2(rows.size() > 10, "the demo must create invoices");
        bool sawCreditNote = false;
        bool sawPaid = false;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            for (const char *key : {"id", "kind", "number", "status", "date", "due_date",
                                    "customer", "activity", "total_excl_vat", "total_incl_vat",
                                    "total_incl_vat_cents", "paid", "remaining", "days_late"})
                QVERIFY2(row.contains(QLatin1StringView(key)), key);
            const QString status = row.value(u"status"_s).toString();
            QVERIFY2(QStringList({u"draft"_s, u"waiting"_s, u"partly_paid"_s, u"paid"_s})
                         .contains(status),
                     qPrintable(status));
            sawCreditNote |= row.value(u"kind"_s).toString() == "credit_note"_L1;
            sawPaid |= status == "paid"_L1;
            // Amounts as decimal strings agree with their cents.
            const qint64 cents = row.value(u"total_incl_vat_cents"_s).toInteger();
            QCOMPARE(row.value(u"total_incl_vat"_s).toString(),
                     Money::fromCents(cents).toString());
        }
        QVERIFY(sawCreditNote);
        QVERIFY(sawPaid);

        // Filters are applied by the store: every overdue row is late and unpaid.
        const QJsonArray overdue = list({u"--status"_s, u"overdue"_s});
        for (const QJsonValue &value : overdue) {
            QVERIFY(value.toObject().value(u"days_late"_s).toInteger() > 0);
            QVERIFY(value.toObject().value(u"remaining_cents"_s).toInteger() > 0);
        }
        QCOMPARE(list({u"--limit"_s, u"3"_s}).size(), 3);
    }

    void validateThenWriteTheDocuments()
    {
        // A draft credit note of a validated invoice, issued by the command line.
        QString invoiceNumber;
        for (const QJsonValue &value : list({u"--status"_s, u"waiting"_s})) {
            if (value.toObject().value(u"kind"_s).toString() == "invoice"_L1) {
                invoiceNumber = value.toObject().value(u"number"_s).toString();
                break;
            }
        }
        QVERIFY2(!invoiceNumber.isEmpty(), "the demo must leave an invoice waiting for payment");
        const Run credit = run(withStore({u"invoice"_s, u"credit"_s, invoiceNumber}));
        QVERIFY2(credit.exitCode == 0, describe(credit).constData());
        const QString draftId = credit.out.trimmed();
        QVERIFY(!draftId.isEmpty());

        const Run early = run(withStore({u"invoice"_s, u"cii"_s, draftId, u"--out"_s,
                                         m_dir.filePath(u"draft.xml"_s)}));
        QCOMPARE(early.exitCode, 1); // a draft has no e-invoice
        QVERIFY(!QFile::exists(m_dir.filePath(u"draft.xml"_s)));

        const Run validated = run(withStore({u"invoice"_s, u"validate"_s, draftId, u"--date"_s,
                                             kToday}));
        QVERIFY2(validated.exitCode == 0, describe(validated).constData());
        const QString number = validated.out.trimmed();
        QVERIFY2(!number.isEmpty(), describe(validated).constData());

        // The credit note cancels the invoice: nothing is left to pay on it.
        bool found = false;
        for (const QJsonValue &value : list()) {
            const QJsonObject row = value.toObject();
            if (row.value(u"number"_s).toString() == invoiceNumber) {
                QCOMPARE(row.value(u"remaining_cents"_s).toInteger(), 0);
                QCOMPARE(row.value(u"status"_s).toString(), u"paid"_s);
                found = true;
            }
        }
        QVERIFY(found);

        const QString pdf = m_dir.filePath(u"avoir.pdf"_s);
        const QString facturx = m_dir.filePath(u"avoir-facturx.pdf"_s);
        const QString cii = m_dir.filePath(u"avoir.xml"_s);
        for (const auto &[action, path] : {std::pair{u"pdf"_s, pdf}, std::pair{u"facturx"_s, facturx},
                                           std::pair{u"cii"_s, cii}}) {
            const Run r = run(withStore({u"invoice"_s, action, number, u"--out"_s, path}));
            QVERIFY2(r.exitCode == 0, describe(r).constData());
        }
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
        QCOMPARE(head(facturx, 5), QByteArray("%PDF-"));
        const QByteArray xml = head(cii, 1 << 20);
        QVERIFY(xml.contains("CrossIndustryInvoice"));
        QVERIFY(xml.contains("<ram:TypeCode>381</ram:TypeCode>"));
        QVERIFY(xml.contains(invoiceNumber.toUtf8()));
    }

    void payWithTheCommandLine()
    {
        QJsonObject target;
        for (const QJsonValue &value : list({u"--status"_s, u"unpaid"_s})) {
            if (value.toObject().value(u"kind"_s).toString() == "invoice"_L1
                && value.toObject().value(u"remaining_cents"_s).toInteger() > 100) {
                target = value.toObject();
                break;
            }
        }
        QVERIFY2(!target.isEmpty(), "the demo must leave an unpaid invoice");
        const QString number = target.value(u"number"_s).toString();
        const qint64 remaining = target.value(u"remaining_cents"_s).toInteger();

        const Run tooMuch = run(withStore({u"invoice"_s, u"pay"_s, number, u"--amount"_s,
                                           Money::fromCents(remaining + 1).toString()}));
        QCOMPARE(tooMuch.exitCode, 1);
        const Run badMode = run(withStore({u"invoice"_s, u"pay"_s, number, u"--amount"_s,
                                           u"1.00"_s, u"--mode"_s, u"bitcoin"_s}));
        QCOMPARE(badMode.exitCode, 2);

        const Run part = run(withStore({u"invoice"_s, u"pay"_s, number, u"--amount"_s, u"1.00"_s,
                                        u"--mode"_s, u"cheque"_s, u"--date"_s, kToday}));
        QVERIFY2(part.exitCode == 0, describe(part).constData());
        const Run rest = run(withStore({u"invoice"_s, u"pay"_s, number, u"--amount"_s,
                                        Money::fromCents(remaining - 100).toString(),
                                        u"--date"_s, kToday}));
        QVERIFY2(rest.exitCode == 0, describe(rest).constData());
        for (const QJsonValue &value : list()) {
            if (value.toObject().value(u"number"_s).toString() == number)
                QCOMPARE(value.toObject().value(u"status"_s).toString(), u"paid"_s);
        }
    }

    void usageErrors()
    {
        QCOMPARE(run(withStore({u"invoice"_s})).exitCode, 2);
        QCOMPARE(run(withStore({u"invoice"_s, u"print"_s, u"x"_s})).exitCode, 2);
        QCOMPARE(run(withStore({u"invoice"_s, u"list"_s, u"--status"_s, u"late"_s})).exitCode, 2);
        const Run unknown = run(withStore({u"invoice"_s, u"pdf"_s, u"NO-SUCH-NUMBER"_s,
                                           u"--out"_s, m_dir.filePath(u"x.pdf"_s)}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"NO-SUCH-NUMBER"_s), describe(unknown).constData());
    }

    // Last: it damages the store.
    void verifyReportsTampering()
    {
        const Run sound = run(withStore({u"verify"_s}));
        QVERIFY2(sound.exitCode == 0, describe(sound).constData());
        QVERIFY(sound.out.startsWith(u"ok:"_s));
        const Run soundCheck = run(withStore({u"store"_s, u"check"_s}));
        QVERIFY2(soundCheck.exitCode == 0 && soundCheck.out.trimmed() == "ok"_L1,
                 describe(soundCheck).constData());

        // An amount changed behind the store's back, triggers removed first as an attacker would.
        QString changedNumber;
        {
            auto store = Store::open(m_store, test::kPassphrase);
            QVERIFY2(store, test::why(store).constData());
            QSqlDatabase db = (*store)->database();
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s));
            QStringList triggers;
            while (q.next())
                triggers.append(q.value(0).toString());
            for (const QString &trigger : std::as_const(triggers))
                QVERIFY2(q.exec(u"DROP TRIGGER \"%1\""_s.arg(trigger)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"SELECT id, number FROM sales_document WHERE status = 'validated' "
                           "AND kind = 'invoice' ORDER BY date LIMIT 1"_s));
            QVERIFY(q.next());
            const QString id = q.value(0).toString();
            changedNumber = q.value(1).toString();
            QSqlQuery update(db);
            QVERIFY(update.prepare(u"UPDATE sales_document SET total_including_vat_cents = "
                                   "total_including_vat_cents + 100 WHERE id = ?"_s));
            update.addBindValue(id);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        }
        const Run tampered = run(withStore({u"verify"_s, u"--json"_s}));
        QCOMPARE(tampered.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(tampered.out.toUtf8()).object();
        QCOMPARE(report.value(u"ok"_s).toBool(true), false);
        bool named = false;
        for (const QJsonValue &problem : report.value(u"problems"_s).toArray()) {
            if (problem.toObject().value(u"kind"_s).toString() == "changed"_L1
                && problem.toObject().value(u"message"_s).toString().contains(changedNumber))
                named = true;
        }
        QVERIFY2(named, tampered.out.toUtf8().constData());

        // The store's own check covers the chain too (DESIGN.md §5).
        const Run check = run(withStore({u"store"_s, u"check"_s}));
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(changedNumber), describe(check).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSales)
#include "tst_cli_sales.moc"
