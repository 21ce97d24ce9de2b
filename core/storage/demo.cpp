#include "demo.h"

#include "peoplerepository.h"
#include "store.h"
#include "unitofwork.h"

#include "core/demodata.h"
#include "core/tr.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coop {

namespace {

Result<bool> hasCooperative(const Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(u"SELECT 1 FROM cooperative"_s))
        return fail(ErrorCode::Database, Tr::tr("Cannot read the store."));
    return q.next();
}

// SQLite's page cache (2 MiB by default) is smaller than what one transaction of a large demo
// touches; every page evicted from it is encrypted on the way out and decrypted on the way back,
// which doubled the time of `demo --entrepreneurs 2000`. 64 MiB for the transaction, then back.
class LargeCache
{
public:
    explicit LargeCache(Store &store) : m_store(store)
    {
        QSqlQuery q(m_store.database());
        if (q.exec(u"PRAGMA cache_size"_s) && q.next())
            m_previous = q.value(0).toLongLong();
        q.finish();
        q.exec(u"PRAGMA cache_size = -65536"_s);
    }
    ~LargeCache()
    {
        QSqlQuery q(m_store.database());
        q.exec(u"PRAGMA cache_size = %1"_s.arg(m_previous));
    }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    Store &m_store;
    qint64 m_previous = -2000;
};

} // namespace

Result<DemoReport> generateDemo(Store &store, const DemoOptions &options)
{
    if (options.entrepreneurs < 1 || options.years < 1 || !options.today.isValid())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A demo needs at least one entrepreneur, one year and a valid date."));
    PeopleRepository people(store);
    people.setToday(options.today);
    auto count = people.entrepreneurCount();
    if (!count)
        return fail(count.error());
    if (*count > 0)
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("The store already has %n entrepreneur(s); demo data goes into an empty "
                           "store only.",
                           nullptr, int(*count)),
                    store.path());
    auto withSettings = hasCooperative(store);
    if (!withSettings)
        return fail(withSettings.error());

    DemoReport report;
    QElapsedTimer timer;
    timer.start();
    DemoDataOptions dataOptions;
    dataOptions.entrepreneurs = options.entrepreneurs;
    dataOptions.years = options.years;
    dataOptions.seed = options.seed;
    dataOptions.today = options.today;
    const DemoCooperative demo = generateDemoCooperative(dataOptions);
    report.generateMs = timer.restart();

    const LargeCache cache(store);
    UnitOfWork unit(store);
    if (auto r = unit.begin(); !r)
        return fail(r.error());
    if (!*withSettings) {
        if (auto r = people.saveCooperative(unit, demo.settings); !r)
            return fail(r.error().located(Tr::tr("demo cooperative")));
    }
    for (const Activity &a : demo.activities) {
        if (auto r = people.saveActivity(unit, a); !r)
            return fail(r.error().located(Tr::tr("demo activity %1").arg(a.analyticCode)));
        ++report.activities;
    }
    for (const Entrepreneur &e : demo.entrepreneurs) {
        Entrepreneur identity = e;
        identity.interviews.clear();
        if (auto r = people.saveEntrepreneur(unit, identity); !r)
            return fail(r.error().located(Tr::tr("demo entrepreneur %1").arg(e.displayName())));
        ++report.entrepreneurs;
        for (const Interview &i : e.interviews) {
            if (auto r = people.addInterview(unit, e.id, i); !r)
                return fail(r.error().located(Tr::tr("demo entrepreneur %1").arg(e.displayName())));
            ++report.interviews;
        }
    }
    for (const Contract &c : demo.contracts) {
        if (auto r = people.saveContract(unit, c); !r)
            return fail(r.error().located(Tr::tr("demo contract %1").arg(c.id)));
        ++report.contracts;
    }
    if (auto r = unit.commit(); !r)
        return fail(r.error());
    report.writeMs = timer.elapsed();
    return report;
}

} // namespace coop
