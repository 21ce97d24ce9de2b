// PeopleRepository on real store files: every field of every entity survives the round trip,
// stale versions and invalid records are refused without writing or queueing anything, the
// lists compute status and alerts with the core rules, the CSV import is all or nothing and the
// demo fills a store in one transaction.
#include "testsupport.h"

#include "core/demodata.h"
#include "core/storage/demo.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/store.h"
#include "core/storage/unitofwork.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coop;

namespace {

const QDate kToday(2026, 3, 15);

QString nir(const QString &thirteen)
{
    QString number = thirteen;
    number.replace(u"2A"_s, u"19"_s).replace(u"2B"_s, u"18"_s);
    return thirteen + u"%1"_s.arg(97 - number.toLongLong() % 97, 2, 10, QLatin1Char('0'));
}

CooperativeSettings settings()
{
    DemoDataOptions options;
    options.entrepreneurs = 1;
    options.today = kToday;
    CooperativeSettings s = generateDemoCooperative(options).settings;
    s.address.line2 = u"Bâtiment A"_s;
    s.headcount = 12;
    s.fiscalYearStartMonth = 7;
    s.creditNoteNumberTemplate = u"AV-{YYYY}-{SEQYEAR}"_s;
    return s;
}

Activity activity(const QString &code, const QList<ActivityMember> &members = {})
{
    Activity a;
    a.analyticCode = code;
    a.name = u"Atelier "_s + code;
    a.trade = u"Menuiserie"_s;
    a.members = members;
    return a;
}

Entrepreneur person(const QString &last, const QString &first, QDate birth, const QString &nir13,
                    const QString &activityId)
{
    Entrepreneur e;
    e.lastName = last;
    e.firstName = first;
    e.birthDate = birth;
    e.nir = nir13.isEmpty() ? QString() : nir(nir13);
    e.email = first.toLower() + u'.' + last.toLower() + u"@example.org"_s;
    e.phone = u"06 11 22 33 44"_s;
    e.address = {u"3 rue Tronchet"_s, u"Escalier C"_s, u"69006"_s, u"Lyon"_s, u"FR"_s};
    e.priorStatus = PriorStatus::SelfEmployed;
    e.referentAdviser = u"Claire Fontaine"_s;
    e.activityId = activityId;
    return e;
}

Contract cape(const QString &entrepreneurId, const QString &activityId, QDate start, int months)
{
    Contract c;
    c.entrepreneurId = entrepreneurId;
    c.activityId = activityId;
    c.type = ContractType::Cape;
    c.signedOn = start.addDays(-5);
    c.start = start;
    c.capePeriods = {{start, start.addMonths(months).addDays(-1)}};
    return c;
}

ContractTerms terms(QDate from, qint64 fixedCents)
{
    ContractTerms t;
    t.effectiveFrom = from;
    t.fixedMonthlyPart = Money::fromCents(fixedCents);
    t.variableRate = Rate::fromUnits(95 * Rate::UnitsPerPercent);
    t.monthlyHours = Quantity::fromUnits(121'333);
    t.equivalentHours = true;
    t.cadre = false;
    t.contributionScale = u"BAREME-%1"_s.arg(from.year());
    t.referent = u"Claire Fontaine"_s;
    return t;
}

Contract cesa(const QString &entrepreneurId, const QString &activityId, QDate start, qint64 fixed)
{
    Contract c;
    c.entrepreneurId = entrepreneurId;
    c.activityId = activityId;
    c.type = ContractType::Cesa;
    c.signedOn = start.addDays(-10);
    c.start = start;
    c.terms = {terms(start, fixed)};
    return c;
}

Interview interview(QDate date, InterviewKind kind = InterviewKind::FollowUp)
{
    Interview i;
    i.date = date;
    i.kind = kind;
    i.adviser = u"Mathieu Rey"_s;
    i.notes = u"Point sur la trésorerie ; devis en cours."_s;
    return i;
}

// Every row of every table, in a stable order: what "the store's content" means for the
// all-or-nothing checks (the files' bytes may change with the WAL even when nothing is written).
QStringList dump(const Store &store)
{
    QStringList lines;
    QSqlQuery tables(store.database());
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(store.database());
        q.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines;
}

qint64 count(const Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    q.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// The outbox rows written after `afterSeq`, as (entity, kind, fields).
struct Queued
{
    QString entity;
    QString kind;
    QJsonObject fields;
};

QList<Queued> queuedAfter(const Store &store, qint64 afterSeq)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT entity, kind, fields FROM outbox WHERE device_seq > ? ORDER BY device_seq"_s);
    q.addBindValue(afterSeq);
    q.exec();
    QList<Queued> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(),
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    return list;
}

template<typename T>
Result<qint64> versionOf(const Result<T> &saved)
{
    if (!saved)
        return fail(saved.error());
    return saved->version;
}

qint64 lastSeq(const Store &store)
{
    QSqlQuery q(store.database());
    q.exec(u"SELECT coalesce(max(device_seq), 0) FROM outbox"_s);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class tst_PeopleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cooperativeRoundTrip();
    void activityRoundTrip();
    void entrepreneurAndInterviewsRoundTrip();
    void contractRoundTrip();
    void updatesQueueOnlyWhatChanged();
    void staleVersionIsAConflict_data();
    void staleVersionIsAConflict();
    void invalidRecordIsRefusedAndNothingIsWritten_data();
    void invalidRecordIsRefusedAndNothingIsWritten();
    void failureInsideAUnitWritesNothing();
    void summariesAndAlertsOnAFixture();
    void csvImportIsAllOrNothing();
    void csvExportThenImportIntoAnEmptyStore();
    void demoIsOneTransactionAndRefusesAFilledStore();
    void demoIsReproducible();

private:
    std::unique_ptr<Store> newStore(const QString &name)
    {
        auto store = test::createStore(m_dir.filePath(name));
        if (store) {
            QSqlQuery q(store->database());
            q.exec(u"DELETE FROM outbox"_s); // the store's name, queued at creation
        }
        return store;
    }

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PeopleRepository> m_people;
};

void tst_PeopleRepository::init()
{
    m_store = newStore(u"%1-%2.coopdesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                           .arg(++m_stores));
    QVERIFY(m_store);
    m_people = std::make_unique<PeopleRepository>(*m_store);
    m_people->setToday(kToday);
}

void tst_PeopleRepository::cleanup()
{
    m_people.reset();
    m_store.reset();
}

void tst_PeopleRepository::cooperativeRoundTrip()
{
    auto none = m_people->cooperative();
    QVERIFY2(none.has_value(), test::why(none).constData());
    QCOMPARE(*none, CooperativeSettings()); // never saved: the defaults

    const CooperativeSettings s = settings();
    auto saved = m_people->saveCooperative(s);
    QVERIFY2(saved.has_value(), test::why(saved).constData());
    auto read = m_people->cooperative();
    QVERIFY(read.has_value());
    QCOMPARE(*read, s);

    // Reopened from the file, not from a cache.
    const QString path = m_store->path();
    m_people.reset();
    m_store.reset();
    auto reopened = Store::open(path, test::kPassphrase);
    QVERIFY2(reopened.has_value(), test::why(reopened).constData());
    m_store = std::move(*reopened);
    m_people = std::make_unique<PeopleRepository>(*m_store);
    QCOMPARE(m_people->cooperative().value(), s);
    QCOMPARE(count(*m_store, u"cooperative"_s), 1);
}

void tst_PeopleRepository::activityRoundTrip()
{
    Activity a = activity(u"MEN001"_s, {{u"e-1"_s, Rate::fromUnits(60 * Rate::UnitsPerPercent)},
                                        {u"e-2"_s, Rate::fromUnits(40 * Rate::UnitsPerPercent)}});
    auto saved = m_people->saveActivity(a);
    QVERIFY2(saved.has_value(), test::why(saved).constData());
    QVERIFY(!saved->id.isEmpty());
    QCOMPARE(saved->version, 1);

    auto byId = m_people->activity(saved->id);
    QVERIFY(byId.has_value() && byId->has_value());
    QCOMPARE(**byId, *saved);
    auto byCode = m_people->activityByCode(u"MEN001"_s);
    QVERIFY(byCode.has_value() && byCode->has_value());
    QCOMPARE(**byCode, *saved);
    QVERIFY(!m_people->activityByCode(u"NOPE01"_s).value().has_value());
    QCOMPARE(m_people->activities().value(), QList<Activity>{*saved});
}

void tst_PeopleRepository::entrepreneurAndInterviewsRoundTrip()
{
    auto a = m_people->saveActivity(activity(u"GRA001"_s));
    QVERIFY(a.has_value());
    Entrepreneur e = person(u"Lefèvre"_s, u"Anne-Sophie"_s, QDate(1984, 2, 29), u"284022A001002"_s,
                            a->id);
    e.priorStatus = PriorStatus::Student;
    auto saved = m_people->saveEntrepreneur(e);
    QVERIFY2(saved.has_value(), test::why(saved).constData());
    QCOMPARE(saved->version, 1);

    const QList<Interview> interviews{interview(QDate(2025, 6, 1), InterviewKind::Reception),
                                      interview(QDate(2025, 12, 10), InterviewKind::Annual)};
    for (const Interview &i : interviews) {
        auto added = m_people->addInterview(saved->id, i);
        QVERIFY2(added.has_value(), test::why(added).constData());
        QVERIFY(!added->id.isEmpty());
        Interview expected = i;
        expected.id = added->id;
        QCOMPARE(*added, expected);
        saved->interviews.append(*added);
    }

    auto read = m_people->entrepreneur(saved->id);
    QVERIFY(read.has_value() && read->has_value());
    QCOMPARE(**read, *saved); // every field, and the interviews in date order
    QCOMPARE(m_people->entrepreneurs().value(), QList<Entrepreneur>{*saved});
    QVERIFY(!m_people->entrepreneur(u"missing"_s).value().has_value());

    // A person under a CAPE may have no NIR yet; an empty one is not a duplicate.
    Entrepreneur noNir = person(u"Abadie"_s, u"Paul"_s, QDate(1990, 1, 1), {}, a->id);
    Entrepreneur noNir2 = person(u"Zeller"_s, u"Rémi"_s, QDate(1991, 1, 1), {}, a->id);
    QVERIFY(m_people->saveEntrepreneur(noNir).has_value());
    QVERIFY(m_people->saveEntrepreneur(noNir2).has_value());
    const QList<Entrepreneur> all = m_people->entrepreneurs().value();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().lastName, u"Abadie"_s); // sorted by name
}

void tst_PeopleRepository::contractRoundTrip()
{
    auto a = m_people->saveActivity(activity(u"WEB001"_s));
    auto e = m_people->saveEntrepreneur(
        person(u"Dupont"_s, u"Marie"_s, QDate(1988, 7, 14), u"288076912345"_s + u"6"_s, a->id));
    QVERIFY2(e.has_value(), test::why(e).constData());

    Contract c1 = cape(e->id, a->id, QDate(2022, 1, 3), 12);
    c1.capePeriods.append({QDate(2023, 1, 3), QDate(2023, 7, 2)});
    c1.capePeriods.append({QDate(2023, 7, 3), QDate(2023, 12, 31)});
    Contract c2 = cesa(e->id, a->id, QDate(2024, 1, 1), 150000);
    ContractTerms amendment = terms(QDate(2024, 9, 1), 175000);
    amendment.cadre = true;
    amendment.equivalentHours = false;
    amendment.monthlyHours = Quantity::fromUnits(151'667);
    amendment.note = u"Passage à temps plein."_s;
    c2.terms.append(amendment);
    c2.associateDate = QDate(2025, 2, 1);
    c2.associateShares = 7;
    c2.exitDate = QDate(2026, 1, 31);
    c2.exitReason = ExitReason::MutualAgreement;
    c2.exitNote = u"Rupture conventionnelle."_s;

    auto s1 = m_people->saveContract(c1);
    QVERIFY2(s1.has_value(), test::why(s1).constData());
    auto s2 = m_people->saveContract(c2);
    QVERIFY2(s2.has_value(), test::why(s2).constData());
    QCOMPARE(s2->version, 1);

    const QList<Contract> own = m_people->contractsOf(e->id).value();
    QCOMPARE(own, (QList<Contract>{*s1, *s2}));
    QCOMPARE(m_people->contracts().value(), own);
    QVERIFY(m_people->contractsOf(u"nobody"_s).value().isEmpty());
}

void tst_PeopleRepository::updatesQueueOnlyWhatChanged()
{
    auto a = m_people->saveActivity(activity(u"PHO001"_s));
    auto e = m_people->saveEntrepreneur(
        person(u"Roux"_s, u"Léa"_s, QDate(1990, 3, 3), u"290036900100"_s + u"2"_s, a->id));
    QVERIFY(e.has_value());
    auto c = m_people->saveContract(cesa(e->id, a->id, QDate(2025, 1, 1), 120000));
    QVERIFY(c.has_value());
    qint64 seq = lastSeq(*m_store);

    Entrepreneur moved = *e;
    moved.address.city = u"Villeurbanne"_s;
    moved.address.postcode = u"69100"_s;
    auto v2 = m_people->saveEntrepreneur(moved);
    QVERIFY2(v2.has_value(), test::why(v2).constData());
    QCOMPARE(v2->version, 2);
    QList<Queued> queued = queuedAfter(*m_store, seq);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().entity, u"entrepreneur"_s);
    QCOMPARE(queued.first().kind, u"update"_s);
    QCOMPARE(queued.first().fields,
             QJsonObject({{u"city"_s, u"Villeurbanne"_s}, {u"postcode"_s, u"69100"_s}}));

    // An amendment is one changed field: the list of terms.
    seq = lastSeq(*m_store);
    Contract amended = *c;
    amended.terms.append(terms(QDate(2025, 9, 1), 140000));
    auto cv2 = m_people->saveContract(amended);
    QVERIFY2(cv2.has_value(), test::why(cv2).constData());
    QCOMPARE(cv2->version, 2);
    queued = queuedAfter(*m_store, seq);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().fields.keys(), QStringList{u"terms"_s});
    QCOMPARE(m_people->contractsOf(e->id).value().first().terms.size(), 2);

    // Saving what is stored changes nothing and queues nothing.
    seq = lastSeq(*m_store);
    auto same = m_people->saveEntrepreneur(*v2);
    QVERIFY(same.has_value());
    QCOMPARE(same->version, 2);
    QVERIFY(m_people->saveCooperative(settings()).has_value());
    const qint64 afterSettings = lastSeq(*m_store);
    QVERIFY(m_people->saveCooperative(settings()).has_value());
    QCOMPARE(lastSeq(*m_store), afterSettings);
    QCOMPARE(queuedAfter(*m_store, seq).size(), 1); // only the settings' insert
}

void tst_PeopleRepository::staleVersionIsAConflict_data()
{
    QTest::addColumn<QString>("entity");
    QTest::newRow("activity") << u"activity"_s;
    QTest::newRow("entrepreneur") << u"entrepreneur"_s;
    QTest::newRow("contract") << u"contract"_s;
}

void tst_PeopleRepository::staleVersionIsAConflict()
{
    QFETCH(QString, entity);
    auto a = m_people->saveActivity(activity(u"CON001"_s));
    auto e = m_people->saveEntrepreneur(
        person(u"Morel"_s, u"Hugo"_s, QDate(1979, 11, 2), u"179116900300"_s + u"4"_s, a->id));
    auto c = m_people->saveContract(cape(e->id, a->id, QDate(2025, 6, 1), 6));
    QVERIFY(a.has_value() && e.has_value() && c.has_value());

    // Two people edit version 1; the first save wins, the second is refused.
    Result<qint64> first;
    Result<qint64> second;
    if (entity == "activity"_L1) {
        Activity one = *a, two = *a;
        one.name = u"Premier"_s;
        two.name = u"Second"_s;
        first = versionOf(m_people->saveActivity(one));
        const qint64 seq = lastSeq(*m_store);
        second = versionOf(m_people->saveActivity(two));
        QCOMPARE(lastSeq(*m_store), seq);
        QCOMPARE(m_people->activity(a->id).value()->name, u"Premier"_s);
    } else if (entity == "entrepreneur"_L1) {
        Entrepreneur one = *e, two = *e;
        one.phone = u"07 00 00 00 01"_s;
        two.phone = u"07 00 00 00 02"_s;
        first = versionOf(m_people->saveEntrepreneur(one));
        const qint64 seq = lastSeq(*m_store);
        second = versionOf(m_people->saveEntrepreneur(two));
        QCOMPARE(lastSeq(*m_store), seq);
        QCOMPARE(m_people->entrepreneur(e->id).value()->phone, u"07 00 00 00 01"_s);
    } else {
        Contract one = *c, two = *c;
        one.capePeriods.append({QDate(2025, 12, 1), QDate(2026, 5, 31)});
        two.exitDate = QDate(2025, 10, 1);
        two.exitReason = ExitReason::Resignation;
        first = versionOf(m_people->saveContract(one));
        const qint64 seq = lastSeq(*m_store);
        second = versionOf(m_people->saveContract(two));
        QCOMPARE(lastSeq(*m_store), seq);
        QCOMPARE(m_people->contractsOf(e->id).value().first().capePeriods.size(), 2);
    }
    QVERIFY2(first.has_value(), test::why(first).constData());
    QCOMPARE(*first, 2);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code(), ErrorCode::Conflict);
    QVERIFY(second.error().message().contains(u"version 2"_s));
}

void tst_PeopleRepository::invalidRecordIsRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("cooperative without SIREN") << u"cooperative"_s << u"siren"_s
                                               << ErrorCode::InvalidArgument;
    QTest::newRow("activity code in lower case") << u"activity code"_s << u"analyticCode"_s
                                                 << ErrorCode::InvalidArgument;
    QTest::newRow("activity code already used") << u"activity duplicate"_s << u"analyticCode"_s
                                                << ErrorCode::Constraint;
    QTest::newRow("shares adding up to 90 %") << u"activity shares"_s << u"members"_s
                                              << ErrorCode::InvalidArgument;
    QTest::newRow("NIR with a wrong key") << u"entrepreneur nir"_s << u"nir"_s
                                          << ErrorCode::ParseError;
    QTest::newRow("NIR of someone else") << u"entrepreneur same nir"_s << u"nir"_s
                                         << ErrorCode::Constraint;
    QTest::newRow("unknown activity") << u"entrepreneur activity"_s << u"activityId"_s
                                      << ErrorCode::NotFound;
    QTest::newRow("interview in the future") << u"interview future"_s << u"date"_s
                                             << ErrorCode::InvalidArgument;
    QTest::newRow("interview of nobody") << u"interview nobody"_s << u"entrepreneurId"_s
                                         << ErrorCode::NotFound;
    QTest::newRow("a 13-month CAPE") << u"contract cape"_s << u"capePeriods[0].end"_s
                                     << ErrorCode::InvalidArgument;
    QTest::newRow("contract of nobody") << u"contract nobody"_s << u"entrepreneurId"_s
                                        << ErrorCode::NotFound;
    QTest::newRow("update of a contract that is not there") << u"contract missing"_s << QString()
                                                            << ErrorCode::NotFound;
}

void tst_PeopleRepository::invalidRecordIsRefusedAndNothingIsWritten()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);

    auto a = m_people->saveActivity(activity(u"ELE001"_s));
    auto e = m_people->saveEntrepreneur(
        person(u"Henry"_s, u"Jules"_s, QDate(1986, 5, 5), u"186056900400"_s + u"5"_s, a->id));
    QVERIFY(a.has_value() && e.has_value());
    const QStringList before = dump(*m_store);

    Error error;
    const auto keep = [&](const auto &result) {
        QVERIFY(!result.has_value());
        error = result.error();
    };
    if (what == "cooperative"_L1) {
        CooperativeSettings s = settings();
        s.siren.clear();
        keep(m_people->saveCooperative(s));
    } else if (what == "activity code"_L1) {
        keep(m_people->saveActivity(activity(u"ele002"_s)));
    } else if (what == "activity duplicate"_L1) {
        keep(m_people->saveActivity(activity(u"ELE001"_s)));
    } else if (what == "activity shares"_L1) {
        keep(m_people->saveActivity(activity(u"ELE003"_s,
                                             {{e->id, Rate::fromUnits(90 * Rate::UnitsPerPercent)}})));
    } else if (what == "entrepreneur nir"_L1) {
        Entrepreneur p = person(u"Bailly"_s, u"Zoé"_s, QDate(1995, 8, 8), {}, a->id);
        p.nir = nir(u"2950869005006"_s).left(13) + u"00"_s;
        keep(m_people->saveEntrepreneur(p));
    } else if (what == "entrepreneur same nir"_L1) {
        keep(m_people->saveEntrepreneur(
            person(u"Henri"_s, u"Jules"_s, QDate(1986, 5, 5), u"186056900400"_s + u"5"_s, a->id)));
    } else if (what == "entrepreneur activity"_L1) {
        keep(m_people->saveEntrepreneur(
            person(u"Bailly"_s, u"Zoé"_s, QDate(1995, 8, 8), {}, u"no-such-activity"_s)));
    } else if (what == "interview future"_L1) {
        keep(m_people->addInterview(e->id, interview(kToday.addDays(1))));
    } else if (what == "interview nobody"_L1) {
        keep(m_people->addInterview(u"nobody"_s, interview(kToday)));
    } else if (what == "contract cape"_L1) {
        keep(m_people->saveContract(cape(e->id, a->id, QDate(2025, 1, 1), 13)));
    } else if (what == "contract nobody"_L1) {
        keep(m_people->saveContract(cape(u"nobody"_s, a->id, QDate(2025, 1, 1), 6)));
    } else if (what == "contract missing"_L1) {
        Contract c = cape(e->id, a->id, QDate(2025, 1, 1), 6);
        c.id = u"missing"_s;
        c.version = 3;
        keep(m_people->saveContract(c));
    }
    QCOMPARE(error.code(), code);
    QCOMPARE(error.where(), field);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(dump(*m_store), before); // no row, no outbox entry
}

void tst_PeopleRepository::failureInsideAUnitWritesNothing()
{
    const QStringList before = dump(*m_store);
    {
        UnitOfWork unit(*m_store);
        QVERIFY(unit.begin().has_value());
        auto a = m_people->saveActivity(unit, activity(u"TRA001"_s));
        QVERIFY(a.has_value());
        auto e = m_people->saveEntrepreneur(
            unit, person(u"Noël"_s, u"Gaël"_s, QDate(1970, 12, 25), u"170126900700"_s + u"8"_s, a->id));
        QVERIFY2(e.has_value(), test::why(e).constData());
        QVERIFY(m_people->addInterview(unit, e->id, interview(QDate(2026, 1, 5))).has_value());
        QVERIFY(!m_people->saveContract(unit, cape(e->id, a->id, QDate(2025, 1, 1), 14)).has_value());
        // The caller gives up: the unit is destroyed without commit.
    }
    QCOMPARE(dump(*m_store), before);
}

void tst_PeopleRepository::summariesAndAlertsOnAFixture()
{
    auto a = m_people->saveActivity(activity(u"ANA001"_s));
    auto b = m_people->saveActivity(activity(u"ANA002"_s));
    QVERIFY(a.has_value() && b.has_value());
    const auto add = [&](Entrepreneur p) { return m_people->saveEntrepreneur(p).value(); };

    // Capucine: a CAPE ending in 10 days, two interviews this year.
    Entrepreneur capucine = add(person(u"Arnaud"_s, u"Capucine"_s, QDate(1992, 4, 1),
                                       u"292046900100"_s + u"1"_s, a->id));
    Contract capeEnding = cape(capucine.id, a->id, kToday.addMonths(-6).addDays(10), 6);
    QVERIFY(m_people->saveContract(capeEnding).has_value());
    QVERIFY(m_people->addInterview(capucine.id, interview(QDate(2025, 10, 1))).has_value());
    QVERIFY(m_people->addInterview(capucine.id, interview(QDate(2026, 2, 1))).has_value());

    // Bruno: 12 months of CAPE (366 days, with 29 February) then a CESA since 2024-05-01:
    // deadline 2027-05-01 − 366 days = 2026-04-30, within 90 days; no fixed part; one interview.
    Entrepreneur bruno = add(person(u"Brun"_s, u"Bruno"_s, QDate(1975, 9, 9),
                                    u"175096900200"_s + u"2"_s, b->id));
    QVERIFY(m_people->saveContract(cape(bruno.id, b->id, QDate(2023, 5, 1), 12)).has_value());
    auto brunoCesa = m_people->saveContract(cesa(bruno.id, b->id, QDate(2024, 5, 1), 0));
    QVERIFY(brunoCesa.has_value());
    QVERIFY(m_people->addInterview(bruno.id, interview(QDate(2025, 12, 1))).has_value());

    // Chloé: associate since 2025.
    Entrepreneur chloe = add(person(u"Caron"_s, u"Chloé"_s, QDate(1983, 1, 20),
                                    u"283016900300"_s + u"3"_s, a->id));
    Contract chloeCesa = cesa(chloe.id, a->id, QDate(2023, 1, 1), 180000);
    chloeCesa.associateDate = QDate(2025, 1, 15);
    chloeCesa.associateShares = 3;
    QVERIFY(m_people->saveContract(chloeCesa).has_value());
    QVERIFY(m_people->addInterview(chloe.id, interview(QDate(2025, 9, 1))).has_value());
    QVERIFY(m_people->addInterview(chloe.id, interview(QDate(2026, 3, 1))).has_value());

    // Denis: left in 2025. Émile: no contract yet.
    Entrepreneur denis = add(person(u"Denis"_s, u"Denis"_s, QDate(1969, 6, 6),
                                    u"169066900400"_s + u"4"_s, b->id));
    Contract left = cape(denis.id, b->id, QDate(2024, 9, 1), 12);
    left.exitDate = QDate(2025, 2, 28);
    left.exitReason = ExitReason::Resignation;
    QVERIFY(m_people->saveContract(left).has_value());
    Entrepreneur emile = add(person(u"Émery"_s, u"Émile"_s, QDate(2000, 12, 12), {}, b->id));

    auto summaries = m_people->summaries(kToday);
    QVERIFY2(summaries.has_value(), test::why(summaries).constData());
    QCOMPARE(summaries->size(), 5);
    QHash<QString, EntrepreneurSummary> byId;
    for (const EntrepreneurSummary &s : *summaries)
        byId.insert(s.id, s);

    const EntrepreneurSummary sc = byId.value(capucine.id);
    QCOMPARE(sc.displayName, u"ARNAUD Capucine"_s);
    QCOMPARE(sc.lastName, u"Arnaud"_s);
    QCOMPARE(sc.firstName, u"Capucine"_s);
    QCOMPARE(sc.email, capucine.email);
    QCOMPARE(sc.analyticCode, u"ANA001"_s);
    QCOMPARE(sc.activityName, u"Atelier ANA001"_s);
    QCOMPARE(sc.status, ContractStatus::Cape);
    QCOMPARE(sc.contractStart, capeEnding.start);
    QVERIFY(!sc.associateDeadline.isValid());
    QCOMPARE(sc.alerts, QList<AlertKind>{AlertKind::CapeEndingSoon});
    QCOMPARE(sc.interviewsLast12Months, 2);

    const EntrepreneurSummary sb = byId.value(bruno.id);
    QCOMPARE(sb.status, ContractStatus::Cesa);
    QCOMPARE(sb.contractStart, QDate(2024, 5, 1));
    QCOMPARE(sb.associateDeadline, QDate(2026, 4, 30));
    QCOMPARE(sb.alerts, (QList<AlertKind>{AlertKind::AssociateDeadlineSoon,
                                          AlertKind::TooFewInterviews,
                                          AlertKind::CesaWithoutFixedPart}));
    QCOMPARE(sb.interviewsLast12Months, 1);

    const EntrepreneurSummary sch = byId.value(chloe.id);
    QCOMPARE(sch.status, ContractStatus::Associate);
    QVERIFY(!sch.associateDeadline.isValid());
    QVERIFY(sch.alerts.isEmpty());

    QCOMPARE(byId.value(denis.id).status, ContractStatus::Exited);
    QVERIFY(byId.value(denis.id).alerts.isEmpty());
    QCOMPARE(byId.value(emile.id).status, ContractStatus::None);
    QVERIFY(!byId.value(emile.id).contractStart.isValid());

    // Sorted by name.
    QStringList names;
    for (const EntrepreneurSummary &s : *summaries)
        names.append(s.lastName);
    QCOMPARE(names, (QStringList{u"Arnaud"_s, u"Brun"_s, u"Caron"_s, u"Denis"_s, u"Émery"_s}));

    // The same alerts as the core computes, in date order.
    auto alerts = m_people->alerts(kToday);
    QVERIFY(alerts.has_value());
    QCOMPARE(alerts->size(), 4);
    for (qsizetype i = 1; i < alerts->size(); ++i)
        QVERIFY(alerts->at(i - 1).dueDate <= alerts->at(i).dueDate);
    QList<Alert> expected = alertsFor(capucine, m_people->contractsOf(capucine.id).value(), kToday);
    QVERIFY(alerts->contains(expected.first()));
    QCOMPARE(alerts->first().kind, AlertKind::CesaWithoutFixedPart); // due since 2024-05-01

    // A year later Bruno's deadline has passed.
    auto later = m_people->summaries(QDate(2026, 6, 1));
    QVERIFY(later.has_value());
    for (const EntrepreneurSummary &s : *later) {
        if (s.id == bruno.id)
            QVERIFY(s.alerts.contains(AlertKind::AssociateDeadlinePassed));
    }
}

void tst_PeopleRepository::csvImportIsAllOrNothing()
{
    auto a = m_people->saveActivity(activity(u"ANA001"_s));
    QVERIFY(a.has_value());
    QVERIFY(m_people->saveEntrepreneur(person(u"Martin"_s, u"Paul"_s, QDate(1980, 5, 12),
                                              u"180056912300"_s + u"1"_s, a->id))
                .has_value());
    const QStringList before = dump(*m_store);

    const QByteArray header =
        "last_name;first_name;birth_date;nir;analytic_code;contract_type;cape_start;cape_end\r\n";
    const QString goodNir = nir(u"2850469123456"_s);
    QByteArray bad = header;
    bad += "Durand;Élodie;1985-04-12;" + goodNir.toLatin1() + ";ANA001;cape;2026-01-05;2026-07-04\r\n";
    bad += "Petit;Louis;1990-09-31;;ANA001;cape;2026-01-05;2026-07-04\r\n";              // date
    bad += "Blanc;Lise;1985-04-12;" + goodNir.left(13).toLatin1() + "00;ANA001;;;\r\n"; // NIR
    bad += "Roux;Inès;1992-01-20;;XYZ999;;;\r\n";                                       // activity
    bad += "Martin;Paul;12/05/1980;;ANA001;;;\r\n";                                     // duplicate
    auto refused = m_people->importEntrepreneursCsv(bad);
    QVERIFY2(refused.has_value(), test::why(refused).constData());
    QVERIFY(!refused->isValid());
    QCOMPARE(refused->badLineCount(), 4);
    QList<qsizetype> lines;
    for (const CsvLineError &e : refused->errors)
        lines.append(e.line);
    QCOMPARE(lines, (QList<qsizetype>{3, 4, 5, 6}));
    QCOMPARE(dump(*m_store), before);

    // The same file without its bad lines is written at once, queued for sync.
    QByteArray good = header;
    good += "Durand;Élodie;1985-04-12;" + goodNir.toLatin1() + ";ANA001;cape;2026-01-05;2026-07-04\r\n";
    good += "Petit;Louis;1990-09-30;;ANA001;cape;2026-01-05;2026-07-04\r\n";
    const qint64 seq = lastSeq(*m_store);
    auto imported = m_people->importEntrepreneursCsv(good);
    QVERIFY2(imported.has_value(), test::why(imported).constData());
    QVERIFY(imported->isValid());
    QCOMPARE(imported->records.size(), 2);
    QCOMPARE(count(*m_store, u"entrepreneur"_s), 3);
    QCOMPARE(count(*m_store, u"contract"_s), 2);
    QCOMPARE(queuedAfter(*m_store, seq).size(), 4);

    // Importing it again: every line is now a duplicate of the store.
    auto again = m_people->importEntrepreneursCsv(good);
    QVERIFY(again.has_value());
    QCOMPARE(again->badLineCount(), 2);
}

void tst_PeopleRepository::csvExportThenImportIntoAnEmptyStore()
{
    // A small demo: every stage of a contract, shared activities.
    DemoOptions options;
    options.entrepreneurs = 80;
    options.seed = 11;
    options.today = kToday;
    auto report = generateDemo(*m_store, options);
    QVERIFY2(report.has_value(), test::why(report).constData());
    auto exported = m_people->exportEntrepreneursCsv(kToday);
    QVERIFY2(exported.has_value(), test::why(exported).constData());

    auto other = newStore(u"other.coopdesk"_s);
    QVERIFY(other);
    PeopleRepository target(*other);
    target.setToday(kToday);
    const QList<Activity> activities = m_people->activities().value();
    for (Activity a : activities) {
        a.version = 0;
        QVERIFY(target.saveActivity(a).has_value());
    }
    auto imported = target.importEntrepreneursCsv(*exported);
    QVERIFY2(imported.has_value(), test::why(imported).constData());
    QStringList problems;
    for (const CsvLineError &e : imported->errors)
        problems.append(e.toString(u"export.csv"_s));
    QVERIFY2(imported->isValid(), qPrintable(problems.join(u'\n')));
    QCOMPARE(imported->records.size(), 80);

    // The same people, with what the format carries of their contracts: the same status,
    // contract start, deadline and activity on any day; and the same file again. (Ids differ:
    // rows are compared as sorted lists.)
    QCOMPARE(target.exportEntrepreneursCsv(kToday).value(), *exported);
    const auto listed = [](const PeopleRepository &people, QDate day) {
        QStringList rows;
        const QList<EntrepreneurSummary> summaries = people.summaries(day).value();
        for (const EntrepreneurSummary &s : summaries)
            rows.append(QStringList{s.displayName, s.analyticCode, contractStatusKey(s.status),
                                    s.contractStart.toString(Qt::ISODate),
                                    s.associateDeadline.toString(Qt::ISODate)}
                            .join(u'|'));
        rows.sort();
        return rows;
    };
    for (const QDate day : {kToday, kToday.addMonths(-7), kToday.addMonths(4)})
        QCOMPARE(listed(target, day), listed(*m_people, day));

    // Identity fields exactly.
    const auto people = [](const PeopleRepository &repository) {
        QMap<QString, Entrepreneur> byKey;
        const QList<Entrepreneur> all = repository.entrepreneurs().value();
        for (Entrepreneur e : all) {
            e.id.clear();
            e.interviews.clear(); // not part of the format
            byKey.insert(e.displayName() + e.birthDate.toString(Qt::ISODate), e);
        }
        return byKey;
    };
    QCOMPARE(people(target), people(*m_people));
}

void tst_PeopleRepository::demoIsOneTransactionAndRefusesAFilledStore()
{
    DemoOptions options;
    options.entrepreneurs = 300;
    options.years = 3;
    options.seed = 3;
    options.today = kToday;
    options.invoicesPerActivityPerYear = 0; // people only: the outbox count below is theirs
    QElapsedTimer timer;
    timer.start();
    auto report = generateDemo(*m_store, options);
    const qint64 demoMs = timer.elapsed();
    QVERIFY2(report.has_value(), test::why(report).constData());
    QCOMPARE(report->entrepreneurs, 300);
    QCOMPARE(count(*m_store, u"entrepreneur"_s), 300);
    QCOMPARE(count(*m_store, u"activity"_s), report->activities);
    QCOMPARE(count(*m_store, u"contract"_s), report->contracts);
    QCOMPARE(count(*m_store, u"interview"_s), report->interviews);
    QCOMPARE(count(*m_store, u"cooperative"_s), 1);
    // Every row queued for sync, in the same transaction.
    QCOMPARE(count(*m_store, u"contribution_scale"_s), report->scales);
    QCOMPARE(count(*m_store, u"outbox"_s),
             1 + report->activities + report->entrepreneurs + report->contracts + report->interviews
                 + report->scales + report->pools);

    timer.restart();
    auto summaries = m_people->summaries(kToday);
    const qint64 listMs = timer.elapsed();
    QVERIFY(summaries.has_value());
    QCOMPARE(summaries->size(), 300);
    qInfo("demo of 300 entrepreneurs: %lld ms; summaries: %lld ms", demoMs, listMs);

    const QStringList before = dump(*m_store);
    auto again = generateDemo(*m_store, options);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(dump(*m_store), before);
}

void tst_PeopleRepository::demoIsReproducible()
{
    DemoOptions options;
    options.entrepreneurs = 40;
    options.seed = 5;
    options.today = kToday;
    options.invoicesPerActivityPerYear = 0; // issued documents carry the time they were issued
    QVERIFY(generateDemo(*m_store, options).has_value());
    auto other = newStore(u"same-seed.coopdesk"_s);
    QVERIFY(other);
    QVERIFY(generateDemo(*other, options).has_value());

    // The same rows in every entity table (the outbox differs by its op ids and times).
    const auto entities = [](const Store &store) {
        QStringList rows;
        for (const QString &line : dump(store)) {
            if (!line.startsWith(u"outbox:"_s) && !line.startsWith(u"store_meta:"_s)
                && !line.startsWith(u"device:"_s) && !line.startsWith(u"schema_migration:"_s)
                && !line.startsWith(u"setting:"_s))
                rows.append(line);
        }
        return rows;
    };
    const QStringList first = entities(*m_store);
    QVERIFY(first.size() > 100);
    QCOMPARE(entities(*other), first);

    auto third = newStore(u"other-seed.coopdesk"_s);
    options.seed = 6;
    QVERIFY(generateDemo(*third, options).has_value());
    QVERIFY(entities(*third) != first);
}

QTEST_GUILESS_MAIN(tst_PeopleRepository)
#include "tst_peoplerepository.moc"
