#pragma once

#include "core/ledger.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace coop {

class Store;

// Who asks to reopen a period. The local store has no user accounts yet (issue 8 brings them):
// whoever holds a stand-alone store's passphrase is its admin; a synced device will carry the
// role the server granted.
enum class LedgerRole { Entrepreneur, Accountant, Admin };

struct LedgerFilter
{
    QDate from;               // on the entry date, both included; open when null
    QDate to;
    QString journal;          // all when empty
    QString accountPrefix;    // "411" matches 411000 and 4110…; all when empty
    QString activityCode;     // the analytic code; all when empty
    QString search;           // in the piece reference or the label (case-insensitive)
};

// One line of the journal browser and of the exports.
struct LedgerRow
{
    qint64 sequence = 0;
    QString journal;
    qint64 number = 0;
    QDate date;
    QString pieceRef;
    QDate pieceDate;
    QString entryLabel;
    int line = 0;
    QString account;
    QString accountLabel;
    QString auxAccount;
    QString auxLabel;
    QString label;
    QString activityCode;
    Money debit;
    Money credit;
    QDate validatedOn;
    QString sourceKind;
    QString sourceId;
};

struct PeriodEvent
{
    QDateTime at;
    QString action;           // "close" | "reopen"
    QDate until;              // the period closed after the event (null: nothing closed)
    QString by;
    QString reason;
};

struct FecExport
{
    QString filePath;
    qint64 lines = 0;         // header excluded
    qint64 entries = 0;
    Money totalDebit;
    Money totalCredit;
};

// The accountant's CSV: the columns in their order (any of: journal, date, number, piece,
// piece_date, account, account_label, aux_account, aux_label, label, debit, credit, analytic,
// validated), ';' separated, decimal comma, dates JJ/MM/AAAA, UTF-8 with BOM.
struct CsvLayout
{
    QStringList columns;
    QString separator = QStringLiteral(";");
    bool header = true;
    static CsvLayout sageLike();   // journal;date;account;aux_account;piece;label;debit;credit;analytic
};

// The ledger in the store (migration 10): the chart of accounts, the journals, the mapping, the
// posted entries (never changed once written: SQL triggers refuse UPDATE and DELETE), the closed
// period and its history. Entries are written by the repositories that validate documents, in
// their transaction, through post(); nothing else writes them.
class LedgerRepository
{
public:
    explicit LedgerRepository(Store &store) : m_store(store) {}

    // ---- Chart, journals, mapping
    Result<QList<LedgerAccount>> chart() const;                  // by number
    Result<void> saveAccount(const LedgerAccount &account);      // add or rename
    Result<QList<LedgerJournal>> journals() const;
    Result<AccountingMapping> mapping() const;
    Result<void> saveMapping(const AccountingMapping &mapping);  // every account in the chart

    // ---- Posting
    // Checks and posts `entry` inside the caller's open transaction: validate(), every account in
    // the chart (or under a parent that is), the date after the closed period, not posted before
    // (same source kind and id: AlreadyExists). Numbers it in its journal and fiscal year.
    Result<PostedEntry> post(const LedgerEntry &entry, const QDateTime &validatedAt = {});
    // Posts, in one transaction, what was validated but has no entry yet (a store made before
    // the ledger existed, the demo): documents, payments, expense reports and their
    // reimbursements, supplier invoices, closed payroll runs, allocated pools, in the order they
    // were validated. Returns how many entries were written.
    Result<qint64> postPending();
    // The month's contribution ("YYYY-MM", computed by ContributionRepository), once: for each
    // activity, its year to date (and the true-up in the year's last month) less what the year's
    // earlier months posted, so the ledger holds what the entrepreneur's account shows.
    Result<PostedEntry> postContribution(const QString &month);

    // ---- Reading
    Result<qint64> countRows(const LedgerFilter &filter) const;
    // Lines in validation order (sequence, line), paged.
    Result<QList<LedgerRow>> rows(const LedgerFilter &filter, qint64 offset = 0,
                                  qint64 limit = -1) const;
    // The trial balance on `at` (fiscal year to date, opening balances included), optionally of
    // one analytic code (then without the opening balances, which carry no analytic code).
    Result<TrialBalance> balance(QDate at, const QString &activityCode = {}) const;
    // The opening entry of the fiscal year that starts on `fiscalYearStart` (computed, not
    // stored): empty when nothing is carried.
    Result<QList<JournalLine>> openingLines(QDate fiscalYearStart) const;

    // ---- Periods
    Result<std::optional<QDate>> closedUntil() const;
    // Closes every day up to `until` (a later date than the current one): entries dated then are
    // refused afterwards. Recorded with who and when.
    Result<void> closeUntil(QDate until, const QString &by, const QDateTime &at = {});
    // Moves the closing back to `until` (null: nothing closed); admin only (Permission
    // otherwise, the message says so); the reason is required and recorded.
    Result<void> reopen(QDate until, LedgerRole role, const QString &by, const QString &reason,
                        const QDateTime &at = {});
    Result<QList<PeriodEvent>> periodEvents() const;

    // ---- Exports (progress: lines done of total; returning false cancels, nothing is left)
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // The FEC of the fiscal year that ends in calendar year `year`, into `dir`, named
    // fecFileName() with the cooperative's SIREN. The opening entry
    // first, then every entry of the year in validation order; written to a temporary file and
    // renamed, so a failure leaves no partial file.
    Result<FecExport> exportFec(int year, const QString &dir, const Progress &progress = {}) const;
    Result<qint64> exportCsv(const LedgerFilter &filter, const CsvLayout &layout,
                             const QString &filePath, const Progress &progress = {}) const;
    // The trial balance and the general ledger as CSV (UTF-8 BOM, ';', decimal comma).
    static QByteArray balanceCsv(const TrialBalance &balance);
    Result<QByteArray> generalLedgerCsv(const LedgerFilter &filter) const;

private:
    Store &m_store;
};

} // namespace coop
