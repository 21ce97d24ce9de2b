#include "sqlcipherdriver.h"
#include "sqlcipherresult_p.h"

#include "core/result.h"
#include "core/tr.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTime>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace coop {
namespace {

// SQLITE_STATIC without its old-style cast: SQLite reads the buffer in place, so whoever binds
// keeps it alive until the statement is reset with cleared bindings or finalized.
constexpr sqlite3_destructor_type kStatic = nullptr;

constexpr int kDefaultBusyTimeoutMs = 5000;

enum class ErrorContext { Statement, TransactionControl };

QSqlError::ErrorType errorType(int code, ErrorContext context)
{
    const bool transactionControl = context == ErrorContext::TransactionControl;
    switch (code & 0xff) {
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QSqlError::ConnectionError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return transactionControl ? QSqlError::TransactionError : QSqlError::UnknownError;
    case SQLITE_ERROR:
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return QSqlError::StatementError;
    default:
        return transactionControl ? QSqlError::TransactionError : QSqlError::UnknownError;
    }
}

// `what` says what the driver was doing (translated); SQLite's own message goes to databaseText
// and the extended result code, in decimal, to nativeErrorCode.
QSqlError sqliteError(sqlite3 *db, int code, const QString &what, QSqlError::ErrorType type)
{
    if (db) {
        const int extended = sqlite3_extended_errcode(db);
        if ((extended & 0xff) == (code & 0xff))
            code = extended;
    }
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return QSqlError(what, QString::fromUtf8(message), type, QString::number(code));
}

QSqlError driverError(const QString &what, QSqlError::ErrorType type)
{
    return QSqlError(what, QString(), type);
}

QSqlError notOpenError()
{
    return driverError(Tr::tr("The database is not open."), QSqlError::ConnectionError);
}

const char *skipSpaceAndComments(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v') {
            ++p;
        } else if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                ++p;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (end - p >= 2 && !(p[0] == '*' && p[1] == '/'))
                ++p;
            p = end - p >= 2 ? p + 2 : end;
        } else {
            break;
        }
    }
    return p;
}

QByteArray leadingKeyword(const char *sql)
{
    if (!sql)
        return {};
    const char *end = sql + qstrlen(sql);
    const char *p = skipSpaceAndComments(sql, end);
    QByteArray keyword;
    while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        keyword.append(*p++);
    return keyword.toUpper();
}

bool isTransactionControl(const QByteArray &keyword)
{
    return keyword == "BEGIN" || keyword == "COMMIT" || keyword == "END" || keyword == "ROLLBACK"
        || keyword == "SAVEPOINT" || keyword == "RELEASE";
}

// SQLite's affinity rules (https://sqlite.org/datatype3.html §3.1), with BOOL* as bool and the
// dates and times this driver stores as ISO text as QString.
QMetaType metaTypeForDeclared(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.isEmpty())
        return {};
    if (type.startsWith("BOOL"_L1))
        return QMetaType::fromType<bool>();
    if (type.contains("INT"_L1))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR"_L1) || type.contains("CLOB"_L1) || type.contains("TEXT"_L1)
        || type.contains("DATE"_L1) || type.contains("TIME"_L1))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"_L1))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<double>();
}

// Qt's drivers bind a null QString, QByteArray, QDate… as SQL NULL, not only a null QVariant.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.value<QString>().isNull();
    case QMetaType::QByteArray:
        return value.value<QByteArray>().isNull();
    case QMetaType::QDate:
        return value.value<QDate>().isNull();
    case QMetaType::QTime:
        return value.value<QTime>().isNull();
    case QMetaType::QDateTime:
        return value.value<QDateTime>().isNull();
    default:
        return false;
    }
}

// The text form of the temporal types, the same for bound values and formatValue().
QString temporalText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.value<QDate>().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.value<QTime>().toString(Qt::ISODateWithMs);
    default:
        return value.value<QDateTime>().toString(Qt::ISODateWithMs);
    }
}

bool isHexKey(const QString &key)
{
    return key.size() == 64 && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// A statement for the driver's own catalogue queries.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_code = db ? sqlite3_prepare_v3(db, sql, -1, 0, &m_stmt, nullptr) : SQLITE_MISUSE;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    void bind(int index, const QString &text)
    {
        m_kept.append(text.toUtf8());
        sqlite3_bind_text64(m_stmt, index, m_kept.last().constData(),
                            static_cast<sqlite3_uint64>(m_kept.last().size()), kStatic,
                            SQLITE_UTF8);
    }
    bool next()
    {
        if (!m_stmt)
            return false;
        m_code = sqlite3_step(m_stmt);
        return m_code == SQLITE_ROW;
    }
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    // SQLITE_OK while all is well; the failing code otherwise.
    int code() const { return m_code == SQLITE_ROW || m_code == SQLITE_DONE ? SQLITE_OK : m_code; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_code = SQLITE_OK;
    QList<QByteArray> m_kept;
};

struct TableColumn
{
    QString name;
    QString declaredType;
    QString defaultValue;
    bool notNull = false;
    int primaryKeyPosition = 0;  // 1-based position in the primary key, 0 when not part of it
};

QList<TableColumn> tableColumns(sqlite3 *db, const QString &table)
{
    QList<TableColumn> columns;
    // cid, name, type, notnull, dflt_value, pk
    Statement info(db, "SELECT * FROM pragma_table_info(?1)");
    info.bind(1, table);
    while (info.next()) {
        columns.append({info.text(1), info.text(2), info.text(4), info.integer(3) != 0,
                        static_cast<int>(info.integer(5))});
    }
    return columns;
}

QSqlField tableField(const TableColumn &column, const QString &table, bool rowidAlias)
{
    QSqlField field(column.name, metaTypeForDeclared(column.declaredType), table);
    field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
    if (!column.defaultValue.isNull())
        field.setDefaultValue(column.defaultValue);
    field.setAutoValue(rowidAlias);
    return field;
}

struct OpenOptions
{
    bool passphrase = false;
    bool readOnly = false;
    bool noCreate = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
};

Result<OpenOptions> parseConnectOptions(const QString &text)
{
    OpenOptions options;
    const QStringList items = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const QString name = item.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed();
        if (name.isEmpty())
            continue;
        if (name == "QSQLCIPHER_KEY_FORMAT"_L1 && (value == "raw"_L1 || value == "passphrase"_L1)) {
            options.passphrase = value == "passphrase"_L1;
        } else if (name == "QSQLCIPHER_OPEN_READONLY"_L1 && equals < 0) {
            options.readOnly = true;
        } else if (name == "QSQLCIPHER_NO_CREATE"_L1 && equals < 0) {
            options.noCreate = true;
        } else if (name == "QSQLCIPHER_BUSY_TIMEOUT"_L1) {
            bool ok = false;
            options.busyTimeoutMs = value.toInt(&ok);
            if (!ok || options.busyTimeoutMs < 0)
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("The busy timeout must be a number of milliseconds, not "
                                   "\"%1\".").arg(value));
        } else {
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Unknown or malformed connection option \"%1\".").arg(item.trimmed()));
        }
    }
    return options;
}

// The first column of the first row of `sql`, or a null string.
QString firstText(sqlite3 *db, const char *sql, int *code)
{
    Statement statement(db, sql);
    QString text = statement.next() ? statement.text(0) : QString();
    *code = statement.code();
    return text;
}

QSqlError plainSqliteError()
{
    return driverError(Tr::tr("The SQLite library loaded in this process is not SQLCipher (another "
                              "SQLite, such as Qt's QSQLITE plugin, was loaded first): refusing to "
                              "open a database that would not be encrypted."),
                       QSqlError::ConnectionError);
}

} // namespace

void registerSqlCipherDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

QStringList sqlCipherPinnedPragmas()
{
    return {u"PRAGMA cipher_page_size = 4096"_s, u"PRAGMA kdf_iter = 256000"_s,
            u"PRAGMA cipher_hmac_algorithm = HMAC_SHA512"_s,
            u"PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512"_s};
}

sqlite3 *sqlCipherHandle(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const SqlCipherDriver *>(db.driver());
    return driver && driver->isOpen() ? driver->connection() : nullptr;
}

bool sqlCipherExecScript(const QSqlDatabase &db, const QString &script, QSqlError *error)
{
    const auto report = [error](const QSqlError &e) {
        if (error)
            *error = e;
        return false;
    };
    sqlite3 *handle = sqlCipherHandle(db);
    if (!handle)
        return report(notOpenError());

    const QByteArray utf8 = script.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max())
        return report(driverError(Tr::tr("The SQL script is too large."),
                                  QSqlError::StatementError));
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const auto failure = [&](int code, const char *statement, const char *position) {
        const auto line = std::count(begin, position, '\n') + 1;
        const char *excerptEnd = std::find(statement, statement + std::min<qsizetype>(120, end - statement), ';');
        const QString excerpt = QString::fromUtf8(statement, excerptEnd - statement).simplified();
        const auto context = isTransactionControl(leadingKeyword(statement))
            ? ErrorContext::TransactionControl : ErrorContext::Statement;
        return sqliteError(handle, code,
                           Tr::tr("The SQL script failed at line %1, in \"%2\".")
                               .arg(line).arg(excerpt),
                           errorType(code, context));
    };

    const char *cursor = begin;
    while (cursor < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int code = sqlite3_prepare_v3(handle, cursor, static_cast<int>(end - cursor), 0, &stmt,
                                      &tail);
        const char *start = skipSpaceAndComments(cursor, end);
        if (code != SQLITE_OK) {
            const int offset = sqlite3_error_offset(handle);
            return report(failure(code, start, offset >= 0 ? cursor + offset : start));
        }
        if (!stmt) {
            if (!tail || tail <= cursor)
                break;
            cursor = tail;
            continue;
        }
        do {
            code = sqlite3_step(stmt);
        } while (code == SQLITE_ROW);
        if (code != SQLITE_DONE) {
            const QSqlError e = failure(code, start, start);
            sqlite3_finalize(stmt);
            return report(e);
        }
        sqlite3_finalize(stmt);
        cursor = tail;
    }
    return true;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult *result : std::as_const(m_results))
        result->detachDriver();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // SimpleLocking would make QSqlTableModel stop its select before each edit; SQLite lets one
    // connection write while its own reads are pending, so the model keeps fetching instead.
    case SimpleLocking:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &password,
                           const QString &, int, const QString &connectOptions)
{
    if (isOpen())
        close();

    sqlite3 *db = nullptr;
    const bool inMemory = path.isEmpty() || path == ":memory:"_L1 || path.startsWith("file:"_L1);
    const bool existedBefore = inMemory || QFileInfo::exists(path);
    const auto fail = [&](const QSqlError &error) {
        if (db)
            sqlite3_close_v2(db);
        // sqlite3_open_v2() creates an empty file: a failed open must not leave one behind.
        if (!existedBefore && QFileInfo::exists(path) && QFileInfo(path).size() == 0)
            QFile::remove(path);
        setLastError(error);
        setOpenError(true);
        return false;
    };
    const auto failWith = [&](int code, const QString &what) {
        return fail(sqliteError(db, code, what, QSqlError::ConnectionError));
    };

    const auto options = parseConnectOptions(connectOptions);
    if (!options)
        return fail(driverError(options.error().message(), QSqlError::ConnectionError));
    if (password.isEmpty())
        return fail(driverError(Tr::tr("No database key was given: this driver never opens an "
                                       "unencrypted database."),
                                QSqlError::ConnectionError));
    QByteArray key;
    if (options->passphrase) {
        key = password.toUtf8();
    } else if (isHexKey(password)) {
        // SQLCipher's raw-key literal, built in place so that no temporary copy escapes the wipe.
        key.reserve(password.size() + 3);
        key.append("x'");
        for (const QChar c : password)
            key.append(static_cast<char>(c.unicode()));
        key.append('\'');
    } else {
        return fail(driverError(Tr::tr("The database key must be 64 hexadecimal digits."),
                                QSqlError::ConnectionError));
    }

    int flags = SQLITE_OPEN_EXRESCODE;
    if (options->readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= options->noCreate ? SQLITE_OPEN_READWRITE
                                   : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (path.startsWith("file:"_L1))
        flags |= SQLITE_OPEN_URI;
    // SQLite takes UTF-8 file names on every platform.
    int code = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (code != SQLITE_OK)
        return failWith(code, Tr::tr("Cannot open the database file %1.").arg(path));

    // Checked before anything reaches sqlite3_key_v2(), which only SQLCipher exports: on a handle
    // from a plain SQLite it would be undefined behaviour.
    if (!sqlite3_compileoption_used("SQLITE_HAS_CODEC"))
        return fail(plainSqliteError());

    code = sqlite3_key_v2(db, "main", key.constData(), static_cast<int>(key.size()));
    key.fill('\0');
    if (code != SQLITE_OK)
        return failWith(code, Tr::tr("Cannot apply the database key."));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, options->busyTimeoutMs);

    const QStringList pragmas = sqlCipherPinnedPragmas();
    for (const QString &pragma : pragmas) {
        code = sqlite3_exec(db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            return failWith(code, Tr::tr("Cannot apply the cipher setting \"%1\".").arg(pragma));
    }

    const QString version = firstText(db, "PRAGMA cipher_version", &code);
    if (version.isEmpty())
        return fail(plainSqliteError());

    // The first read of the file: where a wrong key shows.
    firstText(db, "SELECT count(*) FROM sqlite_schema", &code);
    if ((code & 0xff) == SQLITE_NOTADB)
        return failWith(code, Tr::tr("Wrong key, or %1 is not an encrypted CoopDesk store.")
                                  .arg(QDir::toNativeSeparators(path)));
    if (code != SQLITE_OK)
        return failWith(code, Tr::tr("Cannot read the database %1.")
                                  .arg(QDir::toNativeSeparators(path)));

    m_db = db;
    m_readOnly = options->readOnly;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        for (SqlCipherResult *result : std::as_const(m_results))
            result->finalizeStatement();
        while (sqlite3_stmt *stray = sqlite3_next_stmt(m_db, nullptr))
            sqlite3_finalize(stray);
        if (sqlite3_close(m_db) != SQLITE_OK)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_readOnly = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::runTransactionStatement(const char *sql, const QString &what)
{
    if (!m_db) {
        setLastError(driverError(what, QSqlError::TransactionError));
        return false;
    }
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (code == SQLITE_OK)
        return true;
    setLastError(sqliteError(m_db, code, what,
                             errorType(code, ErrorContext::TransactionControl)));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    return runTransactionStatement(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE",
                                   Tr::tr("Cannot begin the transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", Tr::tr("Cannot commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", Tr::tr("Cannot roll back the transaction."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    const auto list = [&](const char *sql) {
        Statement statement(m_db, sql);
        while (statement.next())
            names.append(statement.text(0));
    };
    if (type & QSql::Tables)
        list("SELECT name FROM sqlite_schema WHERE type = 'table' "
             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    if (type & QSql::Views)
        list("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name");
    if (type & QSql::SystemTables) {
        names.append(u"sqlite_schema"_s);
        list("SELECT name FROM sqlite_schema WHERE type = 'table' "
             "AND name LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!m_db)
        return record;
    const QString table = stripDelimiters(tableName, TableName);
    const QList<TableColumn> columns = tableColumns(m_db, table);
    const auto keyColumns = std::count_if(columns.begin(), columns.end(),
                                          [](const TableColumn &c) { return c.primaryKeyPosition > 0; });
    for (const TableColumn &column : columns) {
        // Only a lone INTEGER PRIMARY KEY aliases the rowid and is filled in by SQLite.
        const bool rowidAlias = keyColumns == 1 && column.primaryKeyPosition == 1
            && column.declaredType.compare("INTEGER"_L1, Qt::CaseInsensitive) == 0;
        record.append(tableField(column, table, rowidAlias));
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!m_db)
        return index;
    QList<TableColumn> columns = tableColumns(m_db, table);
    columns.removeIf([](const TableColumn &c) { return c.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const TableColumn &a, const TableColumn &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    for (const TableColumn &column : std::as_const(columns)) {
        const bool rowidAlias = columns.size() == 1
            && column.declaredType.compare("INTEGER"_L1, Qt::CaseInsensitive) == 0;
        index.append(tableField(column, table, rowidAlias));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

QString SqlCipherDriver::stripDelimiters(const QString &identifier, IdentifierType type) const
{
    if (!isIdentifierEscaped(identifier, type))
        return identifier;
    return identifier.mid(1, identifier.size() - 2).replace("\"\""_L1, "\""_L1);
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (isNullValue(field.value()))
        return u"NULL"_s;
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return "X'"_L1 + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
    case QMetaType::Bool:
        return field.value().toBool() ? u"1"_s : u"0"_s;
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return u'\'' + temporalText(field.value()) + u'\'';
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->m_results.removeOne(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

sqlite3 *SqlCipherResult::db() const
{
    return m_driver ? m_driver->m_db : nullptr;
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_boundData.clear();
    m_parameterIndexes.clear();
    m_done = true;
    clearRows();
    if (isActive()) {
        setActive(false);
        setAt(QSql::BeforeFirstRow);
    }
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstRow = 0;
    m_rowCount = 0;
}

void SqlCipherResult::setStatementError(int code, const QString &what)
{
    const auto context = m_transactionControl ? ErrorContext::TransactionControl
                                              : ErrorContext::Statement;
    setLastError(sqliteError(db(), code, what, errorType(code, context)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    m_columns.clear();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    sqlite3 *handle = db();
    if (!handle) {
        setLastError(notOpenError());
        return false;
    }
    const QByteArray sql = query.toUtf8();
    if (sql.size() > std::numeric_limits<int>::max()) {
        setLastError(driverError(Tr::tr("The statement is too large."), QSqlError::StatementError));
        return false;
    }
    const char *const end = sql.constData() + sql.size();
    const char *tail = nullptr;
    const int code = sqlite3_prepare_v3(handle, sql.constData(), static_cast<int>(sql.size()), 0,
                                        &m_stmt, &tail);
    if (code != SQLITE_OK) {
        setStatementError(code, Tr::tr("Unable to prepare the statement."));
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(driverError(Tr::tr("The query contains no SQL statement."),
                                 QSqlError::StatementError));
        return false;
    }
    // Anything but blanks and comments after the first statement is a second statement, which
    // SQLite would silently ignore.
    tail = skipSpaceAndComments(tail ? tail : end, end);
    if (tail < end) {
        sqlite3_stmt *next = nullptr;
        const int nextCode = sqlite3_prepare_v3(handle, tail, static_cast<int>(end - tail), 0,
                                                &next, nullptr);
        sqlite3_finalize(next);
        if (nextCode != SQLITE_OK || next) {
            finalizeStatement();
            setLastError(driverError(Tr::tr("A query runs exactly one SQL statement; run scripts "
                                            "of several statements with sqlCipherExecScript()."),
                                     QSqlError::StatementError));
            return false;
        }
    }

    m_transactionControl = isTransactionControl(leadingKeyword(sqlite3_sql(m_stmt)));
    const int count = sqlite3_column_count(m_stmt);
    m_columns.reserve(count);
    for (int i = 0; i < count; ++i) {
        Column column;
        column.name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        column.table = QString::fromUtf8(sqlite3_column_table_name(m_stmt, i));
        column.declaredType = metaTypeForDeclared(QString::fromUtf8(sqlite3_column_decltype(m_stmt, i)));
        m_columns.append(column);
    }
    setSelect(count > 0);
    return true;
}

// Qt rewrites the prepared query for a driver with NamedPlaceholders (checked on Qt 6.4): ":name"
// stays as written, each "?" becomes ":0", ":1"… in order, and boundValues() holds one value per
// occurrence, named by boundValueName(). Each value therefore goes to the SQLite parameter of its
// name; a name used several times is one SQLite parameter that receives the same value each time.
bool SqlCipherResult::bindAll()
{
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    QList<const QVariant *> values(parameterCount, nullptr);
    const QList<QVariant> &bound = boundValues();
    // The names Qt gives the values do not change while the statement stays prepared: look them
    // up once, not on every exec().
    if (m_parameterIndexes.size() != bound.size()) {
        m_parameterIndexes.resize(bound.size());
        for (qsizetype i = 0; i < bound.size(); ++i) {
            const QByteArray name = boundValueName(static_cast<int>(i)).toUtf8();
            m_parameterIndexes[i] = sqlite3_bind_parameter_index(m_stmt, name.constData());
        }
    }
    for (qsizetype i = 0; i < bound.size(); ++i) {
        const int index = m_parameterIndexes.at(i);
        if (index == 0) {
            const QString name = boundValueName(static_cast<int>(i));
            // Qt also takes a ":word" in a comment for a placeholder; nothing was bound to it.
            if (!bound.at(i).isValid())
                continue;
            setLastError(driverError(Tr::tr("A value is bound to %1, which is not a placeholder of "
                                            "the statement.").arg(name),
                                     QSqlError::StatementError));
            return false;
        }
        const QVariant *&slot = values[index - 1];
        if (slot && *slot != bound.at(i)) {
            const QString name = boundValueName(static_cast<int>(i));
            setLastError(driverError(Tr::tr("The placeholder %1 occurs several times with "
                                            "different values.").arg(name),
                                     QSqlError::StatementError));
            return false;
        }
        slot = &bound.at(i);
    }
    for (int index = 1; index <= parameterCount; ++index) {
        if (!values.at(index - 1)) {
            const char *name = sqlite3_bind_parameter_name(m_stmt, index);
            setLastError(driverError(Tr::tr("Parameter count mismatch: no value is bound to %1.")
                                         .arg(name ? QString::fromUtf8(name)
                                                   : u'?' + QString::number(index)),
                                     QSqlError::StatementError));
            return false;
        }
        if (!bindOne(index, *values.at(index - 1)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int index, const QVariant &value)
{
    const auto bindText = [&](const QString &text) {
        m_boundData.append(text.toUtf8());
        const QByteArray &utf8 = m_boundData.last();
        return sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                   static_cast<sqlite3_uint64>(utf8.size()), kStatic, SQLITE_UTF8);
    };
    int code = SQLITE_OK;
    if (isNullValue(value)) {
        code = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            code = sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            code = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong unsignedValue = value.toULongLong();
            if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                setLastError(driverError(Tr::tr("The value %1 does not fit a 64-bit signed "
                                                "integer.").arg(unsignedValue),
                                         QSqlError::StatementError));
                return false;
            }
            code = sqlite3_bind_int64(m_stmt, index, static_cast<qint64>(unsignedValue));
            break;
        }
        case QMetaType::Float:
        case QMetaType::Double:
            code = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            if (bytes.isEmpty()) {
                // A null pointer would bind NULL: an empty blob is a zero-length blob.
                code = sqlite3_bind_zeroblob(m_stmt, index, 0);
            } else {
                m_boundData.append(bytes);
                code = sqlite3_bind_blob64(m_stmt, index, bytes.constData(),
                                           static_cast<sqlite3_uint64>(bytes.size()), kStatic);
            }
            break;
        }
        case QMetaType::QDate:
        case QMetaType::QTime:
        case QMetaType::QDateTime:
            code = bindText(temporalText(value));
            break;
        default:
            if (value.canConvert<QString>()) {
                code = bindText(value.toString());
            } else if (value.canConvert<qlonglong>()) {
                code = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            } else {
                setLastError(driverError(Tr::tr("Values of type %1 cannot be stored.")
                                             .arg(QString::fromLatin1(value.typeName())),
                                         QSqlError::StatementError));
                return false;
            }
        }
    }
    if (code != SQLITE_OK) {
        setStatementError(code, Tr::tr("Unable to bind a value to the statement."));
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(driverError(Tr::tr("No statement is prepared."),
                                     QSqlError::StatementError));
        return false;
    }
    sqlite3 *handle = db();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_boundData.clear();
    clearRows();
    m_done = true;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    if (!bindAll()) {
        sqlite3_clear_bindings(m_stmt);
        m_boundData.clear();
        return false;
    }
    m_rowidBefore = sqlite3_last_insert_rowid(handle);
    m_totalChangesBefore = sqlite3_total_changes64(handle);
    m_done = false;
    if (step() == Step::Failed)
        return false;
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    if (m_done || !m_stmt)
        return Step::Done;
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW) {
        if (isForwardOnly()) {
            m_firstRow += m_rowCount;
            m_rowCount = 0;
            m_rows.clear();
        }
        appendCurrentRow();
        return Step::Row;
    }
    if (code == SQLITE_DONE) {
        sqlite3 *handle = db();
        if (sqlite3_total_changes64(handle) != m_totalChangesBefore)
            m_rowsAffected = sqlite3_changes64(handle);
        else
            m_rowsAffected = isSelect() ? -1 : 0;
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(handle);
        if (rowid != m_rowidBefore)
            m_lastInsertId = QVariant(qint64(rowid));
        finishStatement();
        return Step::Done;
    }
    setStatementError(code, isSelect() ? Tr::tr("Unable to fetch the next row.")
                                        : Tr::tr("Unable to execute the statement."));
    finishStatement();
    return Step::Failed;
}

void SqlCipherResult::finishStatement()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

void SqlCipherResult::appendCurrentRow()
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        QVariant value = columnValue(static_cast<int>(i));
        Column &column = m_columns[i];
        if (!column.valueType.isValid() && !value.isNull())
            column.valueType = value.metaType();
        m_rows.append(std::move(value));
    }
    ++m_rowCount;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(sqlite3_column_int(m_stmt, column));
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        // SQLite's own conversions saturate instead of overflowing.
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(sqlite3_column_int(m_stmt, column));
        if (policy == QSql::LowPrecisionInt64)
            return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(text ? text : "", bytes));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        // SQLite returns no pointer for a zero-length blob; it is still not NULL.
        return QVariant(QByteArray(bytes > 0 && blob ? blob : "", bytes));
    }
    default: {
        const Column &info = m_columns.at(column);
        return QVariant(info.declaredType.isValid() ? info.declaredType : info.valueType);
    }
    }
}

const QVariant *SqlCipherResult::cell(int field) const
{
    const int row = at() - m_firstRow;
    if (at() < 0 || row < 0 || row >= m_rowCount || field < 0 || field >= m_columns.size())
        return nullptr;
    return &m_rows.at(qsizetype(row) * m_columns.size() + field);
}

QVariant SqlCipherResult::data(int field)
{
    const QVariant *value = cell(field);
    return value ? *value : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    const QVariant *value = cell(field);
    return !value || value->isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (!isActive() || !isSelect() || row < m_firstRow)
        return false;  // in forward-only mode the rows before the current one are gone
    while (row >= m_firstRow + m_rowCount) {
        if (step() != Step::Row)
            return false;
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    Step result = Step::Row;
    while (result == Step::Row)
        result = step();
    if (result == Step::Failed || m_rowCount == 0)
        return false;
    setAt(m_firstRow + m_rowCount - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return static_cast<int>(std::min<qint64>(m_rowsAffected, std::numeric_limits<int>::max()));
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord record;
    for (const Column &column : m_columns) {
        record.append(QSqlField(column.name,
                                column.declaredType.isValid() ? column.declaredType
                                                              : column.valueType,
                                column.table));
    }
    return record;
}

void SqlCipherResult::detachFromResultSet()
{
    // The rows already read stay readable; the statement stops holding a read transaction.
    finishStatement();
}

} // namespace coop
