// `coopdesk-cli contribution compute` on a generated cooperative: one entry per activity under
// contract, amounts as two-decimal strings, the total their sum, floors and scales as the store has
// them, and a clear refusal of a bad month.
#include "testsupport.h"

#include "core/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

Money money(const QJsonValue &value)
{
    static const QRegularExpression amount(u"^-?\\d+\\.\\d\\d$"_s);
    if (!value.isString() || !amount.match(value.toString()).hasMatch())
        return Money::fromCents(-999'999'999);
    return Money::parse(value.toString()).value();
}

} // namespace

class TestCliContribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthAsJson();
    void december_closesTheYear();
    void textTable();
    void badMonth();
    void allocatePools();
    void accountOfAnActivity();

private:
    QJsonObject compute(const QString &month);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliContribution::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"demo.coopdesk"_s);
    QVERIFY(test::createStore(m_store));
    const test::CliRun demo = test::runCli({u"--store"_s, m_store, u"demo"_s, u"--entrepreneurs"_s,
                                            u"30"_s, u"--years"_s, u"2"_s, u"--today"_s,
                                            u"2026-06-30"_s},
                                           true);
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    QVERIFY2(demo.out.contains(u"contribution scale versions"_s), demo.describe().constData());
}

QJsonObject TestCliContribution::compute(const QString &month)
{
    const test::CliRun r = test::runCli({u"--store"_s, m_store, u"contribution"_s, u"compute"_s,
                                         u"--month"_s, month, u"--json"_s},
                                        true);
    if (r.exitCode != 0) {
        qWarning().noquote() << r.describe();
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCliContribution::monthAsJson()
{
    const QJsonObject o = compute(u"2026-03"_s);
    QCOMPARE(o.value(u"month"_s).toString(), u"2026-03"_s);
    const QJsonArray activities = o.value(u"activities"_s).toArray();
    QVERIFY(activities.size() >= 5);
    Money total;
    QString previous;
    for (const QJsonValue &value : activities) {
        const QJsonObject a = value.toObject();
        for (const char *field : {"activity_id", "activity_code", "entrepreneur_id", "scale",
                                  "contract", "base", "amount", "floor", "year_to_date", "true_up"})
            QVERIFY2(a.contains(QLatin1StringView(field)), field);
        const QString code = a.value(u"activity_code"_s).toString();
        QVERIFY2(previous < code, "sorted by analytic code");
        previous = code;
        const Money amount = money(a.value(u"amount"_s));
        QVERIFY(!amount.isNegative());
        // The demo's scales: CAPE contracts pay the default scale (10 %, floor 50 €), CESAs the
        // scale their terms name (floor 80 € the first year, 100 € after).
        if (a.value(u"contract"_s).toString() == u"cape")
            QCOMPARE(a.value(u"scale"_s).toString(), u"CAPE"_s);
        else
            QVERIFY(a.value(u"scale"_s).toString().startsWith(u"BAREME-"_s));
        QVERIFY(amount >= money(a.value(u"floor"_s)));
        if (a.value(u"floor_applied"_s).toBool())
            QCOMPARE(amount, money(a.value(u"floor"_s)));
        QCOMPARE(money(a.value(u"true_up"_s)), Money());  // March does not close the year
        QVERIFY(money(a.value(u"year_to_date"_s)) >= amount);
        total += amount;
    }
    QCOMPARE(money(o.value(u"total"_s)), total);
}

void TestCliContribution::december_closesTheYear()
{
    const QJsonObject o = compute(u"2025-12"_s);
    const QJsonArray activities = o.value(u"activities"_s).toArray();
    QVERIFY(!activities.isEmpty());
    Money trueUps;
    for (const QJsonValue &value : activities) {
        const QJsonObject a = value.toObject();
        QVERIFY(a.value(u"closes_year"_s).toBool());
        trueUps += money(a.value(u"true_up"_s));
    }
    QCOMPARE(money(o.value(u"true_up_total"_s)), trueUps);
}

void TestCliContribution::textTable()
{
    const test::CliRun r = test::runCli({u"--store"_s, m_store, u"contribution"_s, u"compute"_s,
                                         u"--month"_s, u"2026-03"_s},
                                        true);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.out.startsWith(u"Contribution of 2026-03:"_s), r.describe().constData());
    QVERIFY(r.out.contains(u"BAREME-"_s));
}

void TestCliContribution::badMonth()
{
    const test::CliRun r = test::runCli({u"--store"_s, m_store, u"contribution"_s, u"compute"_s,
                                         u"--month"_s, u"2026-13"_s},
                                        true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"2026-13"_s), r.describe().constData());
    const test::CliRun noMonth = test::runCli({u"--store"_s, m_store, u"contribution"_s,
                                               u"compute"_s},
                                              true);
    QVERIFY(noMonth.exitCode != 0);
    QVERIFY(noMonth.err.contains(u"--month"_s));
}

void TestCliContribution::allocatePools()
{
    const auto runJson = [&](const QStringList &args) {
        const test::CliRun r = test::runCli(QStringList{u"--store"_s, m_store} + args
                                                + QStringList{u"--json"_s},
                                            true);
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonArray pools = runJson({u"pools"_s}).value(u"pools"_s).toArray();
    QCOMPARE(pools.size(), 4);  // the demo's quarter: one pool per kind of key
    for (const QJsonValue &pool : pools) {
        const QJsonObject p = pool.toObject();
        QCOMPARE(p.value(u"status"_s).toString(), u"draft"_s);
        const QString id = p.value(u"id"_s).toString();

        const QJsonObject preview = runJson({u"allocate"_s, u"--pool"_s, id, u"--preview"_s});
        QVERIFY(preview.value(u"preview"_s).toBool());
        const QJsonObject done = runJson({u"allocate"_s, u"--pool"_s, id});
        QVERIFY(!done.value(u"preview"_s).toBool());
        // The preview was the split that was then kept, and it adds up to the pool.
        QCOMPARE(done.value(u"shares"_s), preview.value(u"shares"_s));
        Money sum;
        for (const QJsonValue &share : done.value(u"shares"_s).toArray()) {
            const QJsonObject s = share.toObject();
            sum += money(s.value(u"amount"_s));
            QVERIFY(!s.value(u"explanation"_s).toString().isEmpty());
            if (s.value(u"presence_days"_s).toInt() == 0)
                QCOMPARE(money(s.value(u"amount"_s)), Money());
        }
        QCOMPARE(sum, money(p.value(u"amount"_s)));
        const test::CliRun again = test::runCli({u"--store"_s, m_store, u"allocate"_s, u"--pool"_s,
                                                 id},
                                                true);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already allocated"_s), again.describe().constData());
    }
    for (const QJsonValue &pool : runJson({u"pools"_s}).value(u"pools"_s).toArray())
        QCOMPARE(pool.toObject().value(u"status"_s).toString(), u"allocated"_s);
}

void TestCliContribution::accountOfAnActivity()
{
    const QJsonObject march = compute(u"2026-06"_s);
    const QString code =
        march.value(u"activities"_s).toArray().first().toObject().value(u"activity_code"_s).toString();
    const test::CliRun r = test::runCli({u"--store"_s, m_store, u"account"_s, u"--activity"_s, code,
                                         u"--at"_s, u"2026-06-30"_s, u"--json"_s},
                                        true);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(a.value(u"activity_code"_s).toString(), code);
    QCOMPARE(a.value(u"from"_s).toString(), u"2026-01-01"_s);
    const Money charges = money(a.value(u"purchases"_s)) + money(a.value(u"expenses"_s))
                          + money(a.value(u"contribution"_s)) + money(a.value(u"allocated_costs"_s))
                          + money(a.value(u"salary_cost"_s));
    QCOMPARE(money(a.value(u"result"_s)), money(a.value(u"turnover_invoiced"_s)) - charges);
    QCOMPARE(money(a.value(u"treasury_future"_s)),
             money(a.value(u"treasury_reference"_s)) - money(a.value(u"salaries_to_pay"_s))
                 - money(a.value(u"expenses_to_pay"_s)) + money(a.value(u"receivables"_s)));
    // The reference treasury is the cash less the supplier invoices still to pay.
    QCOMPARE(money(a.value(u"treasury_reference"_s)),
             money(a.value(u"treasury"_s)) - money(a.value(u"suppliers_to_pay"_s)));
    // The contribution is the one `contribution compute` gives for June, year to date.
    QCOMPARE(money(a.value(u"contribution"_s)),
             money(march.value(u"activities"_s).toArray().first().toObject().value(u"year_to_date"_s)));
    const QJsonObject envelope = a.value(u"envelope"_s).toObject();
    QVERIFY(envelope.contains(u"gross"_s) && envelope.contains(u"net_before_tax"_s));

    const test::CliRun unknown = test::runCli({u"--store"_s, m_store, u"account"_s,
                                               u"--activity"_s, u"NOPE"_s},
                                              true);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"NOPE"_s));
}

QTEST_GUILESS_MAIN(TestCliContribution)
#include "tst_cli_contribution.moc"
