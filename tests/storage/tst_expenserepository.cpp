// Expense reports in a real encrypted store: receipts kept by their hash, mileage priced on the
// year's distance, the way from draft to paid, and what a validated report refuses.
#include "salesfixture.h"

#include "core/storage/expenserepository.h"
#include "core/storage/unitofwork.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace coop;
using namespace coop::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% a scanned train ticket\n%%EOF\n");
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR restaurant");

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

qint64 outboxCount(const Store &store)
{
    QSqlQuery q(store.database());
    q.exec(u"SELECT count(*) FROM outbox"_s);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestExpenseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void receiptsAreKeptByTheirHash();
    void refusedReceipts();
    void draftPricesMileageOnTheYear();
    void submitNeedsReceipts();
    void rejectedThenEditedThenValidatedThenPaid();
    void validatedReportIsFrozen();
    void filters();
    void oneUnitOfWorkForTheWholeWay();

private:
    ExpenseReport marchReport() const;

    QTemporaryDir m_dir;
    SalesStore m_s;
    QString m_entrepreneur;
    QString m_ticket;
    QString m_meal;
    QString m_reportId;
};

void TestExpenseRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_s = createSalesStore(m_dir.filePath(u"expenses.coopdesk"_s));
    QVERIFY(m_s.store);
    PeopleRepository people(*m_s.store);
    people.setToday(kSalesToday);
    Entrepreneur e;
    e.lastName = u"Martin"_s;
    e.firstName = u"Alice"_s;
    e.birthDate = QDate(1985, 4, 12);
    e.activityId = m_s.activityId;
    const auto saved = people.saveEntrepreneur(e);
    QVERIFY2(saved, why(saved).constData());
    m_entrepreneur = saved->id;
}

ExpenseReport TestExpenseRepository::marchReport() const
{
    ExpenseReport r;
    r.activityId = m_s.activityId;
    r.entrepreneurId = m_entrepreneur;
    r.month = QDate(2026, 3, 1);
    ExpenseLine train;
    train.date = QDate(2026, 3, 3);
    train.category = ExpenseCategory::Travel;
    train.description = u"Train Lyon – Paris, salon"_s;
    train.amountIncludingVat = money("96.00");
    train.vat = money("8.73");
    train.receiptId = m_ticket;
    ExpenseLine meal = train;
    meal.date = QDate(2026, 3, 4);
    meal.category = ExpenseCategory::Meals;
    meal.description = u"Déjeuner"_s;
    meal.amountIncludingVat = money("18.50");
    meal.vat = money("1.68");
    meal.receiptId = m_meal;
    ExpenseLine drive;
    drive.date = QDate(2026, 3, 10);
    drive.category = ExpenseCategory::Mileage;
    drive.description = u"Rendez-vous client"_s;
    drive.kilometres = 40;
    drive.vehicle = MileageVehicle{VehicleKind::Car, 5, false};
    drive.journey = u"Lyon – Vienne, chantier Dupont"_s;
    r.lines = {train, meal, drive};
    return r;
}

void TestExpenseRepository::receiptsAreKeptByTheirHash()
{
    ExpenseRepository repo(*m_s.store);
    const auto ticket = repo.addReceipt(kPdf, u"billet.pdf"_s);
    QVERIFY2(ticket, why(ticket).constData());
    QCOMPARE(ticket->mediaType, u"application/pdf"_s);
    QCOMPARE(ticket->sha256.size(), 64);
    m_ticket = ticket->sha256;
    // The same bytes again: the same receipt, stored once.
    const auto again = repo.addReceipt(kPdf, u"copie.pdf"_s);
    QVERIFY(again);
    QCOMPARE(again->sha256, m_ticket);
    const auto meal = repo.addReceipt(kPng, u"repas.png"_s);
    QVERIFY(meal);
    QCOMPARE(meal->mediaType, u"image/png"_s);
    m_meal = meal->sha256;

    const auto read = repo.receipt(m_ticket);
    QVERIFY(read && read->has_value());
    QCOMPARE((*read)->content, kPdf);
    QCOMPARE((*read)->fileName, u"billet.pdf"_s);
    QSqlQuery q(m_s.store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM receipt"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(!q.exec(u"UPDATE receipt SET file_name = 'x'"_s));
}

void TestExpenseRepository::refusedReceipts()
{
    ExpenseRepository repo(*m_s.store);
    const auto text = repo.addReceipt(QByteArrayLiteral("just some text"), u"notes.txt"_s);
    QVERIFY(!text);
    QVERIFY(text.error().message().contains(u"notes.txt"_s));
    const auto empty = repo.addReceipt(QByteArray(), u"vide.pdf"_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code(), ErrorCode::InvalidArgument);
}

void TestExpenseRepository::draftPricesMileageOnTheYear()
{
    ExpenseRepository repo(*m_s.store);
    repo.setToday(QDate(2026, 3, 31));
    // February: 4 980 km already driven this year.
    ExpenseReport february;
    february.activityId = m_s.activityId;
    february.entrepreneurId = m_entrepreneur;
    february.month = QDate(2026, 2, 1);
    ExpenseLine longDrive = marchReport().lines.at(2);
    longDrive.date = QDate(2026, 2, 12);
    longDrive.kilometres = 4'980;
    february.lines = {longDrive};
    const auto feb = repo.saveDraft(february);
    QVERIFY2(feb, why(feb).constData());
    QCOMPARE(feb->lines.at(0).amountIncludingVat, money("3167.28"));  // 4 980 × 0.636

    const qint64 before = outboxCount(*m_s.store);
    const auto march = repo.saveDraft(marchReport());
    QVERIFY2(march, why(march).constData());
    QCOMPARE(outboxCount(*m_s.store), before + 1);  // queued for sync
    m_reportId = march->id;
    QCOMPARE(march->version, 1);
    // 4 980 → 5 020 km: 5 020 × 0.357 + 1 395 − 3 167.28 = 19.86.
    QCOMPARE(march->lines.at(2).amountIncludingVat, money("19.86"));
    const auto stored = repo.report(m_reportId);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->lines, march->lines);
    QCOMPARE(expenseTotals(**stored).includingVat, money("134.36"));
    QSqlQuery q(m_s.store->database());
    QVERIFY(q.exec(u"SELECT total_including_vat_cents, total_vat_cents, kilometres FROM "
                   "expense_report WHERE id = '"_s + m_reportId + u"'"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(13'436));
    QCOMPARE(q.value(1).toLongLong(), qint64(1'041));
    QCOMPARE(q.value(2).toLongLong(), qint64(40));
}

void TestExpenseRepository::submitNeedsReceipts()
{
    ExpenseRepository repo(*m_s.store);
    repo.setToday(QDate(2026, 3, 31));
    auto report = repo.report(m_reportId).value().value();
    report.lines[1].receiptId.clear();
    const auto saved = repo.saveDraft(report);
    QVERIFY2(saved, why(saved).constData());
    const auto refused = repo.submit(saved->id, saved->version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().where(), u"lines[1].receiptId"_s);

    // A receipt that is not in the store cannot be referred to.
    report = *saved;
    report.lines[1].receiptId = QString(64, u'a');
    const auto unknown = repo.saveDraft(report);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().where(), u"lines[1].receiptId"_s);

    report.lines[1].receiptId = m_meal;
    const auto fixed = repo.saveDraft(report);
    QVERIFY2(fixed, why(fixed).constData());
    const auto submitted = repo.submit(fixed->id, fixed->version,
                                       QDateTime(QDate(2026, 3, 31), QTime(18, 0), Qt::UTC));
    QVERIFY2(submitted, why(submitted).constData());
    QCOMPARE(submitted->status, ExpenseStatus::Submitted);
    QCOMPARE(repo.decision(fixed->id)->submittedAt,
             QDateTime(QDate(2026, 3, 31), QTime(18, 0), Qt::UTC));
    // Submitted: no longer editable as a draft, not deletable.
    QCOMPARE(repo.saveDraft(*submitted).error().code(), ErrorCode::Constraint);
    QCOMPARE(repo.deleteDraft(submitted->id, submitted->version).error().code(),
             ErrorCode::Constraint);
}

void TestExpenseRepository::rejectedThenEditedThenValidatedThenPaid()
{
    ExpenseRepository repo(*m_s.store);
    repo.setToday(QDate(2026, 3, 31));
    auto report = repo.report(m_reportId).value().value();
    QCOMPARE(repo.decide(report.id, report.version, false, QString(), u"Claire"_s).error().where(),
             u"note"_s);
    const auto rejected = repo.decide(report.id, report.version, false,
                                      u"Le déjeuner n'est pas un frais de mission."_s, u"Claire"_s);
    QVERIFY2(rejected, why(rejected).constData());
    QCOMPARE(rejected->status, ExpenseStatus::Rejected);
    QCOMPARE(rejected->note, u"Le déjeuner n'est pas un frais de mission."_s);

    // Edited: back to draft, then submitted and validated.
    ExpenseReport edited = *rejected;
    edited.lines.removeAt(1);
    edited.note.clear();
    const auto draft = repo.saveDraft(edited);
    QVERIFY2(draft, why(draft).constData());
    QCOMPARE(draft->status, ExpenseStatus::Draft);
    const auto submitted = repo.submit(draft->id, draft->version);
    QVERIFY2(submitted, why(submitted).constData());
    const auto validated = repo.decide(submitted->id, submitted->version, true, {}, u"Claire"_s);
    QVERIFY2(validated, why(validated).constData());
    QCOMPARE(validated->status, ExpenseStatus::Validated);
    QCOMPARE(repo.decision(validated->id)->decidedBy, u"Claire"_s);

    QCOMPARE(repo.markPaid(validated->id, validated->version, QDate(2026, 2, 1)).error().where(),
             u"paidOn"_s);
    const auto paid = repo.markPaid(validated->id, validated->version, QDate(2026, 4, 5));
    QVERIFY2(paid, why(paid).constData());
    QCOMPARE(paid->status, ExpenseStatus::Paid);
    QCOMPARE(repo.decision(paid->id)->paidOn, QDate(2026, 4, 5));
    // An outdated version is a conflict.
    QCOMPARE(repo.markPaid(paid->id, validated->version, QDate(2026, 4, 6)).error().code(),
             ErrorCode::Conflict);
}

void TestExpenseRepository::validatedReportIsFrozen()
{
    ExpenseRepository repo(*m_s.store);
    const auto paid = repo.report(m_reportId).value().value();
    QCOMPARE(paid.status, ExpenseStatus::Paid);
    QCOMPARE(repo.saveDraft(paid).error().code(), ErrorCode::Constraint);
    QSqlQuery q(m_s.store->database());
    QVERIFY(!q.exec(u"UPDATE expense_report SET lines = '[]' WHERE id = '"_s + m_reportId + u"'"_s));
    QVERIFY(!q.exec(u"UPDATE expense_report SET status = 'draft' WHERE id = '"_s + m_reportId
                    + u"'"_s));
    QVERIFY(!q.exec(u"DELETE FROM expense_report WHERE id = '"_s + m_reportId + u"'"_s));
    QCOMPARE(repo.report(m_reportId).value().value(), paid);
}

void TestExpenseRepository::filters()
{
    ExpenseRepository repo(*m_s.store);
    QCOMPARE(repo.reports().value().size(), 2);
    ExpenseReportFilter paid;
    paid.status = ExpenseStatus::Paid;
    QCOMPARE(repo.reports(paid).value().size(), 1);
    ExpenseReportFilter february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    QCOMPARE(repo.reports(february).value().size(), 1);
    ExpenseReportFilter other;
    other.entrepreneurId = u"nobody"_s;
    QVERIFY(repo.reports(other).value().isEmpty());
}

void TestExpenseRepository::oneUnitOfWorkForTheWholeWay()
{
    // Draft to paid in a caller's unit: nothing is seen before the commit, and a unit dropped
    // without committing leaves nothing behind.
    ExpenseRepository repo(*m_s.store);
    repo.setToday(QDate(2026, 3, 31));
    const qint64 reportsBefore = repo.reports().value().size();
    const qint64 outboxBefore = outboxCount(*m_s.store);
    ExpenseReport r = marchReport();
    r.month = QDate(2026, 2, 1);
    for (ExpenseLine &l : r.lines)
        l.date = l.date.addMonths(-1);
    QString id;
    {
        UnitOfWork unit(*m_s.store);
        QVERIFY(unit.begin());
        auto saved = repo.saveDraft(unit, r);
        QVERIFY2(saved, why(saved).constData());
        auto submitted = repo.submit(unit, saved->id, saved->version);
        QVERIFY2(submitted, why(submitted).constData());
        id = saved->id;
        // Dropped here: rolled back.
    }
    QVERIFY(!repo.report(id).value().has_value());
    QCOMPARE(repo.reports().value().size(), reportsBefore);
    QCOMPARE(outboxCount(*m_s.store), outboxBefore);

    UnitOfWork unit(*m_s.store);
    QVERIFY(unit.begin());
    auto saved = repo.saveDraft(unit, r);
    QVERIFY2(saved, why(saved).constData());
    auto submitted = repo.submit(unit, saved->id, saved->version);
    QVERIFY2(submitted, why(submitted).constData());
    auto validated = repo.decide(unit, submitted->id, submitted->version, true, {}, u"Claire"_s);
    QVERIFY2(validated, why(validated).constData());
    auto paid = repo.markPaid(unit, validated->id, validated->version, QDate(2026, 3, 5));
    QVERIFY2(paid, why(paid).constData());
    QVERIFY(unit.commit());
    QCOMPARE(repo.report(saved->id).value()->status, ExpenseStatus::Paid);
    // One operation per write, queued for sync with the commit.
    QCOMPARE(outboxCount(*m_s.store), outboxBefore + 4);
}

QTEST_GUILESS_MAIN(TestExpenseRepository)
#include "tst_expenserepository.moc"
