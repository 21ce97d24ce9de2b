#pragma once

#include "syncservice.h"

#include "core/operation.h"
#include "core/result.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace coop::server {

class Database;
class Transaction;

// A synced row as the server keeps it (entity_row).
struct CommandRow
{
    bool exists = false;
    std::optional<QString> scope;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject fieldVersions;
    QJsonObject deviceVersions;
};

// What a command needs of the push that carries it: the request, its transaction, and the push's
// own way to read a row (locked) and to write one (new version, change log), so that what a
// command writes reaches devices like any other change.
class CommandHost
{
public:
    virtual ~CommandHost() = default;
    virtual const RequestContext &context() const = 0;
    virtual bool serviceFilter() const = 0;
    // A statement prepared once on the push's connection and kept as long as the push.
    virtual QSqlQuery &statement(const QString &sql) = 0;
    virtual Result<CommandRow> load(const QString &entity, const QString &id) = 0;
    virtual Result<void> write(const QString &entity, const QString &id, const CommandRow &row) = 0;
};

// The server's commands (docs/adr/009-sync-protocol.md), run inside the push's transaction:
// - validate_invoice (id: the draft invoice) and issue_credit_note (id: the draft credit note)
//   issue the draft as a stand-alone store would (core/salesissue.h): the date is the server's,
//   taken under the series' row lock so that numbers and dates go up together; the number comes
//   from the tenant's counter row of that series and key (number_counter, locked, gap-free);
//   refused when the day is in the closed period. The validated row is written like any change
//   and its link appended to the tenant's chain (document_chain). The result carries "number"
//   and "date".
// - close_period ({"until": "YYYY-MM-DD"}, admins and accountants): the tenant is closed up to
//   that date (table closed_period; never moved back by this command) and the date is published
//   to devices as the cooperative-wide row setting/closed_until.
// A refused command is a "rejected" result with its reason; an error is a database failure.
Result<QJsonObject> runCommand(CommandHost &host, const Operation &op);

// The setting row that publishes the closed date.
inline constexpr char16_t kClosedUntilSetting[] = u"closed_until";

// The server's check of a tenant's issued documents: each link of the chain follows the previous
// one and matches its content, each linked document still reads as it was issued, every
// validated document is linked, and each counter's numbers run without a gap or a repeat, dated
// in number order, up to what the counter drew. One line per problem; empty when sound. Runs as
// the maintenance role.
Result<QStringList> verifyDocumentChain(Database &db, const QString &tenant);

} // namespace coop::server
