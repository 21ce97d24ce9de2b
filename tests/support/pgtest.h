#pragma once

#include "server/pgconnection.h"

#include "core/result.h"

#include <QString>

namespace coop::test {

// The PostgreSQL server the tests use, as a superuser:
//  - COOP_TEST_PG when it is set: a libpq URL of a running server, e.g. (what
//    scripts/pg-test-cluster.sh prints) postgresql://postgres@/postgres?host=/run/coop-pg&port=5432;
//  - otherwise a private cluster for this test process, started on first use in a temporary folder
//    (as the system user "postgres" when the tests run as root) and stopped when the application
//    object goes away (or at exit).
// The answer (or the failure: no PostgreSQL installed, a bad URL…) is computed once per process.
Result<server::PgConnectionInfo> testPostgres();

// A fresh, empty database for one test (UTF-8, collation C, from template0), under a name no other
// test or process uses; dropped by the destructor after its remaining connections are ended.
// A test that needs PostgreSQL fails, never skips, without one:
//     PgDatabase pg;
//     QVERIFY2(pg.isValid(), qPrintable(pg.error()));
class PgDatabase
{
public:
    PgDatabase();
    ~PgDatabase();
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    bool isValid() const { return m_created; }
    // Why there is no database (empty when isValid()).
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // A superuser connection to this database.
    server::PgConnectionInfo info() const { return m_info; }
    QString url() const { return m_info.toUrl(); }

private:
    server::PgConnectionInfo m_admin;
    server::PgConnectionInfo m_info;
    QString m_name;
    QString m_error;
    bool m_created = false;
};

} // namespace coop::test
