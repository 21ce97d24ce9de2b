#pragma once

// Private to coop_storage: the QSqlResult of SqlCipherDriver.

#include "sqlcipherdriver.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSqlResult>
#include <QString>
#include <QVariant>

// The library is built with it, but pkg-config does not pass it on; without it sqlite3.h does not
// declare sqlite3_key_v2().
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace coop {

// One prepared statement and its rows.
//
// Rows are copied out of SQLite as they are stepped: all of them in random-access mode (so seek,
// previous and last work, as QSqlQueryModel needs), only the current one in forward-only mode.
// When the statement runs out of rows, fails, or the query is finished, it is reset at once so
// that no read transaction outlives the loop. exec() steps the first row itself so that runtime
// errors surface from exec().
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

    QVariant handle() const override;

    // Called by the driver: before it closes the connection, and when it is destroyed.
    void finalizeStatement();
    void detachDriver() { m_driver = nullptr; }

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    struct Column
    {
        QString name;
        QString table;
        QMetaType declaredType;  // from the declared column type; invalid for expressions
        QMetaType valueType;     // from the first non-null value, for columns without one
    };

    enum class Step { Row, Done, Failed };

    sqlite3 *db() const;
    bool bindAll();
    bool bindOne(int index, const QVariant &value);
    Step step();                 // one more row into m_rows, or the end, or an error
    void finishStatement();      // resets the statement: no more rows, no open read transaction
    void appendCurrentRow();
    QVariant columnValue(int column) const;
    const QVariant *cell(int field) const;
    void clearRows();
    void setStatementError(int code, const QString &what);

    const SqlCipherDriver *m_driver = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<Column> m_columns;
    QList<QByteArray> m_boundData;   // kept alive for SQLITE_STATIC bindings
    QList<int> m_parameterIndexes;   // per bound value: its SQLite parameter, 0 if none; per statement
    QList<QVariant> m_rows;          // row-major, m_columns.size() values per row
    int m_firstRow = 0;              // index of the first row held in m_rows
    int m_rowCount = 0;              // rows held in m_rows
    bool m_done = true;              // the statement has no more rows and was reset
    bool m_transactionControl = false;  // BEGIN, COMMIT, ROLLBACK...: BUSY is a TransactionError
    qint64 m_rowsAffected = -1;
    QVariant m_lastInsertId;
    sqlite3_int64 m_rowidBefore = 0;
    sqlite3_int64 m_totalChangesBefore = 0;
};

} // namespace coop
