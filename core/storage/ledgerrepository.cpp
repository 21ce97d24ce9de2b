#include "ledgerrepository.h"

#include "contributionrepository.h"
#include "costpoolrepository.h"
#include "expenserepository.h"
#include "ledger_p.h"
#include "payrollrepository.h"
#include "peoplerepository.h"
#include "purchaserepository.h"
#include "repositorysupport_p.h"
#include "salesrepository.h"
#include "store.h"
#include "unitofwork.h"

#include "core/csv.h"
#include "core/fec.h"
#include "core/payrollrun.h"
#include "core/posting.h"
#include "core/tr.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coop {

using namespace repository;

namespace {

QString stamp(const QDateTime &at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return fail(sqlError(what, q));
    return {};
}

QString frenchDate(QDate d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy") : QString();
}

// Amounts as an accountant's spreadsheet reads them: decimal comma, no thousands separator.
QString commaAmount(Money m)
{
    QString s = m.toString();
    s.replace(u'.', u',');
    return s;
}

QString journalLabel(const QString &code)
{
    static const QList<LedgerJournal> journals = defaultJournals();
    for (const LedgerJournal &j : journals) {
        if (j.code == code)
            return j.label;
    }
    return code;
}

// The fiscal year that ends in calendar year `year`.
std::pair<QDate, QDate> fiscalYearEndingIn(const CooperativeSettings &settings, int year)
{
    const int m = settings.fiscalYearStartMonth >= 1 && settings.fiscalYearStartMonth <= 12
                      ? settings.fiscalYearStartMonth
                      : 1;
    const QDate end = m == 1 ? QDate(year, 12, 31) : QDate(year, m, 1).addDays(-1);
    return {end.addDays(1).addYears(-1), end};
}

QVariantMap mappingFields(const AccountingMapping &m)
{
    return {
        {u"customers"_s, m.customers},
        {u"suppliers"_s, m.suppliers},
        {u"expense_reports"_s, m.expenseReports},
        {u"deductible_vat"_s, m.deductibleVat},
        {u"vat_collected_20"_s, m.vatCollected20},
        {u"vat_collected_10"_s, m.vatCollected10},
        {u"vat_collected_5_5"_s, m.vatCollected55},
        {u"vat_collected_2_1"_s, m.vatCollected21},
        {u"vat_collected_other"_s, m.vatCollectedOther},
        {u"bank"_s, m.bank},
        {u"contribution"_s, m.contribution},
        {u"opening_profit"_s, m.openingProfit},
        {u"opening_loss"_s, m.openingLoss},
        {u"cooperative_code"_s, m.cooperativeCode},
    };
}

} // namespace

// ---- Chart, journals, mapping --------------------------------------------------------------------

Result<QList<LedgerAccount>> LedgerRepository::chart() const
{
    // Posting reads the chart for every entry: the defaults are built once, and shared as they
    // are while the cooperative has changed nothing.
    static const QList<LedgerAccount> defaults = defaultChartOfAccounts();
    auto q = select(m_store, u"SELECT number, label FROM ledger_account"_s);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return defaults;
    QMap<QString, QString> byNumber;
    for (const LedgerAccount &a : defaults)
        byNumber.insert(a.number, a.label);
    do {
        byNumber.insert(q->value(0).toString(), q->value(1).toString());
    } while (q->next());
    QList<LedgerAccount> chart;
    chart.reserve(byNumber.size());
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it)
        chart.append({it.key(), it.value()});
    return chart;
}

Result<void> LedgerRepository::saveAccount(const LedgerAccount &account)
{
    if (auto r = firstError(validate(account)); !r)
        return r;
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO ledger_account (number, label) VALUES (?, ?) "
              "ON CONFLICT (number) DO UPDATE SET label = excluded.label"_s);
    q.addBindValue(account.number);
    q.addBindValue(account.label.trimmed());
    return exec(q, Tr::tr("Cannot save account %1.").arg(account.number));
}

Result<QList<LedgerJournal>> LedgerRepository::journals() const
{
    return defaultJournals();
}

Result<AccountingMapping> LedgerRepository::mapping() const
{
    auto q = select(m_store, u"SELECT value FROM ledger_setting WHERE key = 'mapping'"_s);
    if (!q)
        return fail(q.error());
    AccountingMapping m;
    if (!q->next())
        return m;
    const QJsonObject o = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    const auto read = [&](const char *key, QString &field) {
        const QString v = o.value(QLatin1StringView(key)).toString();
        if (!v.isEmpty())
            field = v;
    };
    read("customers", m.customers);
    read("suppliers", m.suppliers);
    read("expense_reports", m.expenseReports);
    read("deductible_vat", m.deductibleVat);
    read("vat_collected_20", m.vatCollected20);
    read("vat_collected_10", m.vatCollected10);
    read("vat_collected_5_5", m.vatCollected55);
    read("vat_collected_2_1", m.vatCollected21);
    read("vat_collected_other", m.vatCollectedOther);
    read("bank", m.bank);
    read("contribution", m.contribution);
    read("opening_profit", m.openingProfit);
    read("opening_loss", m.openingLoss);
    read("cooperative_code", m.cooperativeCode);
    return m;
}

Result<void> LedgerRepository::saveMapping(const AccountingMapping &mapping)
{
    auto accounts = chart();
    if (!accounts)
        return fail(accounts.error());
    const QVariantMap fields = mappingFields(mapping);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() == u"cooperative_code")
            continue;
        if (accountLabel(*accounts, it.value().toString()).isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Account %1 is not in the chart of accounts.")
                            .arg(it.value().toString()),
                        it.key());
    }
    if (mapping.cooperativeCode.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The cooperative's analytic code is required."),
                    u"cooperative_code"_s);
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO ledger_setting (key, value) VALUES ('mapping', ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact)));
    return exec(q, Tr::tr("Cannot save the account mapping."));
}

// ---- Posting ---------------------------------------------------------------------------------------

Result<PostedEntry> LedgerRepository::post(const LedgerEntry &entry, const QDateTime &validatedAt)
{
    if (auto r = firstError(validate(entry)); !r)
        return fail(ErrorCode::Constraint, r.error().message(), r.error().where());
    auto accounts = chart();
    if (!accounts)
        return fail(accounts.error());
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const QString &account = entry.lines.at(i).account;
        if (accountLabel(*accounts, account).isEmpty())
            return fail(ErrorCode::Constraint,
                        Tr::tr("Account %1 (line %2 of \"%3\") is not in the chart of accounts: "
                               "add it, or one of its parents, first.")
                            .arg(account)
                            .arg(i + 1)
                            .arg(entry.pieceRef),
                        u"lines[%1].account"_s.arg(i));
    }
    auto settings = PeopleRepository(m_store).cooperative();
    if (!settings)
        return fail(settings.error());
    PostedEntry posted;
    posted.entry = entry;
    posted.entry.lines = compactLines(entry.lines);
    posted.fiscalYearStart = fiscalYearStart(*settings, entry.date);
    posted.validatedAt = validatedAt.isValid() ? validatedAt.toUTC()
                                               : QDateTime::currentDateTimeUtc();
    {
        auto q = select(m_store,
                        u"SELECT coalesce(max(number), 0) + 1 FROM ledger_entry "
                        "WHERE journal = ? AND fiscal_year_start = ?"_s,
                        {entry.journal, date(posted.fiscalYearStart)});
        if (!q)
            return fail(q.error());
        if (!q->next())
            return fail(ErrorCode::Database, Tr::tr("Cannot number the entry."));
        posted.number = q->value(0).toLongLong();
    }
    QSqlQuery insert(m_store.database());
    insert.prepare(u"INSERT INTO ledger_entry (journal, fiscal_year_start, number, date, piece_ref, "
                   "piece_date, label, source_kind, source_id, validated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"_s);
    insert.addBindValue(entry.journal);
    insert.addBindValue(date(posted.fiscalYearStart));
    insert.addBindValue(posted.number);
    insert.addBindValue(date(entry.date));
    insert.addBindValue(entry.pieceRef);
    insert.addBindValue(date(entry.pieceDate.isValid() ? entry.pieceDate : entry.date));
    insert.addBindValue(entry.label);
    insert.addBindValue(entry.sourceKind);
    insert.addBindValue(entry.sourceId);
    insert.addBindValue(stamp(posted.validatedAt));
    if (!insert.exec()) {
        // The table's constraints are the checks (one query fewer per entry): say which refused.
        auto closed = closedUntil();
        if (closed && *closed && entry.date <= **closed)
            return fail(ErrorCode::Conflict,
                        Tr::tr("The period is closed until %1: \"%2\" dated %3 cannot be posted. "
                               "An admin may reopen the period, or the document may be dated "
                               "after it.")
                            .arg(frenchDate(**closed), entry.pieceRef, frenchDate(entry.date)),
                        u"date"_s);
        auto q = select(m_store,
                        u"SELECT seq FROM ledger_entry WHERE source_kind = ? AND source_id = ?"_s,
                        {entry.sourceKind, entry.sourceId});
        if (q && q->next())
            return fail(ErrorCode::AlreadyExists,
                        Tr::tr("\"%1\" is already posted.").arg(entry.pieceRef), u"source"_s);
        return fail(sqlError(Tr::tr("Cannot post \"%1\".").arg(entry.pieceRef), insert));
    }
    if (!insert.next())
        return fail(ErrorCode::Database, Tr::tr("Cannot number the entry."));
    posted.sequence = insert.value(0).toLongLong();
    insert.finish();
    QSqlQuery line(m_store.database());
    line.prepare(u"INSERT INTO ledger_line (entry_seq, line, account, aux_account, aux_label, "
                 "label, analytic, debit_cents, credit_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < posted.entry.lines.size(); ++i) {
        const JournalLine &l = posted.entry.lines.at(i);
        const bool debit = l.side == JournalSide::Debit;
        line.bindValue(0, posted.sequence);
        line.bindValue(1, qint64(i + 1));
        line.bindValue(2, l.account);
        line.bindValue(3, text(l.auxAccount));
        line.bindValue(4, text(l.auxLabel));
        line.bindValue(5, text(l.label.isEmpty() ? entry.label : l.label));
        line.bindValue(6, text(l.activityCode));
        line.bindValue(7, debit ? l.amount.cents() : qint64(0));
        line.bindValue(8, debit ? qint64(0) : l.amount.cents());
        if (auto r = exec(line, Tr::tr("Cannot post \"%1\".").arg(entry.pieceRef)); !r)
            return fail(r.error());
    }
    return posted;
}

namespace {

struct PendingSource
{
    QString at;        // when it was validated (ISO text; sorts as time)
    QString kind;
    QString id;
    QDate date;        // reimbursement or payment day, where it matters
};

} // namespace

Result<qint64> LedgerRepository::postPending()
{
    return inOneUnit(m_store, [&](UnitOfWork &) -> Result<qint64> {
        QList<PendingSource> pending;
        const auto collect = [&](const QString &sql, const QString &kind) -> Result<void> {
            auto q = select(m_store, sql, {kind});
            if (!q)
                return fail(q.error());
            while (q->next())
                pending.append({q->value(0).toString(), kind, q->value(1).toString(),
                                toDate(q->value(2))});
            return {};
        };
        const QString notPosted =
            u" AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.source_kind = ? "
            "AND e.source_id = "_s;
        // Each kind of source: when it was validated, its id, its day, and what makes it due.
        struct Kind { const char16_t *kind; const char16_t *select; const char16_t *id; };
        static const Kind kinds[] = {
            {u"invoice", u"SELECT d.validated_at, d.id, d.date FROM sales_document d "
                         "WHERE d.status <> 'draft' AND d.kind = 'invoice'", u"d.id"},
            {u"credit_note", u"SELECT d.validated_at, d.id, d.date FROM sales_document d "
                             "WHERE d.status <> 'draft' AND d.kind = 'credit_note'", u"d.id"},
            {u"payment", u"SELECT p.recorded_at, p.id, p.date FROM payment p WHERE 1", u"p.id"},
            {u"expense_report", u"SELECT x.decided_at, x.id, x.month FROM expense_report x "
                                "WHERE x.status IN ('validated', 'paid')", u"x.id"},
            {u"expense_payment", u"SELECT x.paid_on || 'T23:59:59Z', x.id, x.paid_on "
                                 "FROM expense_report x WHERE x.status = 'paid'", u"x.id"},
            {u"payroll", u"SELECT r.closed_at, r.month, r.month || '-01' FROM payroll_run r "
                         "WHERE r.status = 'closed'", u"r.month"},
            {u"allocation", u"SELECT c.allocated_at, c.id, c.period_to FROM cost_pool c "
                            "WHERE c.status = 'allocated'", u"c.id"},
            {u"supplier_invoice", u"SELECT s.validated_at, s.id, s.date FROM supplier_invoice s "
                                  "WHERE s.status IN ('validated', 'paid')", u"s.id"},
            {u"supplier_payment", u"SELECT s.paid_on || 'T23:59:59Z', s.id, s.paid_on "
                                  "FROM supplier_invoice s WHERE s.status = 'paid'", u"s.id"},
        };
        for (const Kind &k : kinds) {
            if (auto r = collect(QString::fromUtf16(k.select) + notPosted
                                     + QString::fromUtf16(k.id) + u")"_s,
                                 QString::fromUtf16(k.kind));
                !r)
                return fail(r.error());
        }
        std::stable_sort(pending.begin(), pending.end(),
                         [](const PendingSource &a, const PendingSource &b) { return a.at < b.at; });

        SalesRepository sales(m_store);
        ExpenseRepository expenses(m_store);
        PayrollRepository payroll(m_store);
        CostPoolRepository pools(m_store);
        PurchaseRepository purchases(m_store);
        qint64 count = 0;
        for (const PendingSource &p : pending) {
            Result<void> posted;
            if (p.kind == u"invoice" || p.kind == u"credit_note") {
                auto d = sales.document(p.id);
                if (!d)
                    return fail(d.error());
                if (!*d)
                    continue;
                posted = ledger::postSalesDocument(m_store, **d);
            } else if (p.kind == u"payment") {
                auto q = select(m_store, u"SELECT document_id FROM payment WHERE id = ?"_s, {p.id});
                if (!q)
                    return fail(q.error());
                if (!q->next())
                    continue;
                const QString documentId = q->value(0).toString();
                auto d = sales.document(documentId);
                auto list = sales.payments(documentId);
                if (!d)
                    return fail(d.error());
                if (!list)
                    return fail(list.error());
                const auto it = std::find_if(list->cbegin(), list->cend(),
                                             [&](const Payment &x) { return x.id == p.id; });
                if (!*d || it == list->cend())
                    continue;
                posted = ledger::postPayment(m_store, *it, **d);
            } else if (p.kind == u"expense_report" || p.kind == u"expense_payment") {
                auto r = expenses.report(p.id);
                if (!r)
                    return fail(r.error());
                if (!*r)
                    continue;
                posted = p.kind == u"expense_report"
                             ? ledger::postExpenseReport(m_store, **r)
                             : ledger::postExpenseReimbursement(m_store, **r, p.date);
            } else if (p.kind == u"supplier_invoice" || p.kind == u"supplier_payment") {
                auto inv = purchases.invoice(p.id);
                if (!inv)
                    return fail(inv.error());
                if (!*inv)
                    continue;
                posted = p.kind == u"supplier_invoice"
                             ? ledger::postSupplierInvoice(m_store, **inv)
                             : ledger::postSupplierPayment(m_store, **inv, p.date);
            } else if (p.kind == u"payroll") {
                auto run = payroll.load(p.id);
                if (!run)
                    return fail(run.error());
                if (!*run)
                    continue;
                posted = ledger::postPayrollRun(m_store, **run);
            } else if (p.kind == u"allocation") {
                auto pool = pools.pool(p.id);
                if (!pool)
                    return fail(pool.error());
                if (!*pool)
                    continue;
                Allocation a;
                a.pool = (*pool)->pool;
                a.shares = (*pool)->shares;
                posted = ledger::postAllocation(m_store, a);
            }
            if (!posted)
                return fail(posted.error());
            ++count;
        }
        return count;
    });
}

Result<PostedEntry> LedgerRepository::postContribution(const QString &month)
{
    return inOneUnit(m_store, [&](UnitOfWork &) -> Result<PostedEntry> {
        auto computed = ContributionRepository(m_store).compute(month);
        if (!computed)
            return fail(computed.error());
        auto map = mapping();
        if (!map)
            return fail(map.error());
        // What the year's earlier months already charged each activity: the month posts what
        // the year to date owes beyond it, so that the ledger always holds the year to date the
        // entrepreneur's account shows (a month computed again later — a late invoice, a contract
        // that changed the scale — is caught up in the next month posted).
        auto first = parsePayrollMonth(month);
        if (!first)
            return fail(first.error());
        auto settings = PeopleRepository(m_store).cooperative();
        if (!settings)
            return fail(settings.error());
        QHash<QString, qint64> already;
        {
            auto q = select(m_store,
                            u"SELECT l.analytic, sum(l.debit_cents) - sum(l.credit_cents) "
                            "FROM ledger_line l JOIN ledger_entry e ON e.seq = l.entry_seq "
                            "WHERE e.source_kind = 'contribution' AND e.date >= ? AND e.date < ? "
                            "AND l.analytic <> ? GROUP BY l.analytic"_s,
                            {date(fiscalYearStart(*settings, *first)), date(*first),
                             map->cooperativeCode});
            if (!q)
                return fail(q.error());
            while (q->next())
                already.insert(q->value(0).toString(), q->value(1).toLongLong());
        }
        QList<ActivityAmount> amounts;
        for (const ActivityContribution &c : *computed)
            amounts.append({c.activityCode,
                            c.yearToDate + c.trueUp
                                - Money::fromCents(already.value(c.activityCode))});
        auto entry = coop::postContribution(amounts, month, map->cooperativeCode, *map);
        if (!entry)
            return fail(entry.error());
        return post(*entry);
    });
}

// ---- Posting hooks of the other repositories ---------------------------------------------------

namespace ledger {

namespace {

Result<void> postBuilt(Store &store, const Result<LedgerEntry> &entry, const QDateTime &at = {})
{
    if (!entry)
        return fail(entry.error());
    auto posted = LedgerRepository(store).post(*entry, at);
    if (!posted)
        return fail(posted.error());
    return {};
}

struct ActivityNames
{
    QString code;
    QString entrepreneur;
};

Result<ActivityNames> namesOf(Store &store, const QString &activityId, const QString &entrepreneurId)
{
    ActivityNames names;
    PeopleRepository people(store);
    auto a = people.activity(activityId);
    if (!a)
        return fail(a.error());
    if (!*a)
        return fail(ErrorCode::NotFound, Tr::tr("Activity %1 does not exist.").arg(activityId));
    names.code = (*a)->analyticCode;
    auto e = people.entrepreneur(entrepreneurId);
    if (!e)
        return fail(e.error());
    names.entrepreneur = *e ? (*e)->displayName() : (*a)->name;
    return names;
}

} // namespace

Result<void> postSalesDocument(Store &store, const SalesDocument &document)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    if (!document.parties)
        return fail(ErrorCode::Internal, Tr::tr("A validated document has no frozen parties."));
    return postBuilt(store, coop::postSalesDocument(document, *document.parties, *map),
                     document.validatedAt);
}

Result<void> postPayment(Store &store, const Payment &payment, const SalesDocument &document)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    if (!document.parties)
        return fail(ErrorCode::Internal, Tr::tr("A validated document has no frozen parties."));
    return postBuilt(store, coop::postPayment(payment, document, *document.parties, *map),
                     payment.recordedAt);
}

Result<void> postExpenseReport(Store &store, const ExpenseReport &report)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    auto names = namesOf(store, report.activityId, report.entrepreneurId);
    if (!names)
        return fail(names.error());
    return postBuilt(store,
                     coop::postExpenseReport(report, names->code, names->entrepreneur, *map));
}

Result<void> postExpenseReimbursement(Store &store, const ExpenseReport &report, QDate paidOn)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    auto names = namesOf(store, report.activityId, report.entrepreneurId);
    if (!names)
        return fail(names.error());
    return postBuilt(store, coop::postExpenseReimbursement(report, paidOn, names->code,
                                                           names->entrepreneur, *map));
}

Result<void> postPayrollRun(Store &store, const PayrollRun &run)
{
    return postBuilt(store, coop::postPayrollRun(run));
}

Result<void> postAllocation(Store &store, const Allocation &allocation)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    return postBuilt(store, coop::postAllocation(allocation, map->cooperativeCode));
}

namespace {

// The posting of a supplier invoice, with its activity's analytic code.
Result<PurchasePosting> purchasePostingOf(Store &store, const SupplierInvoice &invoice)
{
    auto activity = PeopleRepository(store).activity(invoice.activityId);
    if (!activity)
        return fail(activity.error());
    if (!*activity)
        return fail(ErrorCode::NotFound,
                    Tr::tr("Activity %1 does not exist.").arg(invoice.activityId));
    return coop::purchasePostingOf(invoice, (*activity)->analyticCode);
}

} // namespace

Result<void> postSupplierInvoice(Store &store, const SupplierInvoice &invoice)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    auto p = purchasePostingOf(store, invoice);
    if (!p)
        return fail(p.error());
    return postBuilt(store, coop::postPurchase(*p, *map));
}

Result<void> postSupplierPayment(Store &store, const SupplierInvoice &invoice, QDate paidOn)
{
    auto map = LedgerRepository(store).mapping();
    if (!map)
        return fail(map.error());
    auto p = purchasePostingOf(store, invoice);
    if (!p)
        return fail(p.error());
    return postBuilt(store, coop::postPurchasePayment(*p, paidOn, *map));
}

} // namespace ledger

// ---- Reading -------------------------------------------------------------------------------------

namespace {

// The WHERE clause of a filter and its values.
std::pair<QString, QVariantList> whereOf(const LedgerFilter &f)
{
    QStringList clauses;
    QVariantList binds;
    if (f.from.isValid()) {
        clauses << u"e.date >= ?"_s;
        binds << date(f.from);
    }
    if (f.to.isValid()) {
        clauses << u"e.date <= ?"_s;
        binds << date(f.to);
    }
    if (!f.journal.isEmpty()) {
        clauses << u"e.journal = ?"_s;
        binds << f.journal;
    }
    if (!f.accountPrefix.isEmpty()) {
        clauses << u"substr(l.account, 1, ?) = ?"_s;
        binds << qint64(f.accountPrefix.size()) << f.accountPrefix;
    }
    if (!f.activityCode.isEmpty()) {
        clauses << u"l.analytic = ?"_s;
        binds << f.activityCode;
    }
    if (!f.search.trimmed().isEmpty()) {
        clauses << u"(instr(lower(e.piece_ref), lower(?)) > 0 OR instr(lower(l.label), lower(?)) > 0)"_s;
        binds << f.search.trimmed() << f.search.trimmed();
    }
    return {clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s), binds};
}

const QString RowColumns =
    u"e.seq, e.journal, e.number, e.date, e.piece_ref, e.piece_date, e.label, l.line, l.account, "
    "l.aux_account, l.aux_label, l.label, l.analytic, l.debit_cents, l.credit_cents, "
    "substr(e.validated_at, 1, 10), e.source_kind, e.source_id"_s;

LedgerRow rowFrom(const QSqlQuery &q, const QList<LedgerAccount> &chart)
{
    LedgerRow r;
    r.sequence = q.value(0).toLongLong();
    r.journal = q.value(1).toString();
    r.number = q.value(2).toLongLong();
    r.date = toDate(q.value(3));
    r.pieceRef = q.value(4).toString();
    r.pieceDate = toDate(q.value(5));
    r.entryLabel = q.value(6).toString();
    r.line = q.value(7).toInt();
    r.account = q.value(8).toString();
    r.accountLabel = accountLabel(chart, r.account);
    r.auxAccount = q.value(9).toString();
    r.auxLabel = q.value(10).toString();
    r.label = q.value(11).toString();
    r.activityCode = q.value(12).toString();
    r.debit = Money::fromCents(q.value(13).toLongLong());
    r.credit = Money::fromCents(q.value(14).toLongLong());
    r.validatedOn = toDate(q.value(15));
    r.sourceKind = q.value(16).toString();
    r.sourceId = q.value(17).toString();
    return r;
}

} // namespace

Result<qint64> LedgerRepository::countRows(const LedgerFilter &filter) const
{
    const auto [where, binds] = whereOf(filter);
    auto q = select(m_store,
                    u"SELECT count(*) FROM ledger_line l JOIN ledger_entry e ON e.seq = l.entry_seq"_s
                        + where,
                    binds);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<LedgerRow>> LedgerRepository::rows(const LedgerFilter &filter, qint64 offset,
                                                qint64 limit) const
{
    auto accounts = chart();
    if (!accounts)
        return fail(accounts.error());
    auto [where, binds] = whereOf(filter);
    binds << limit << std::max<qint64>(0, offset);
    auto q = select(m_store,
                    u"SELECT "_s + RowColumns
                        + u" FROM ledger_entry e JOIN ledger_line l ON l.entry_seq = e.seq"_s + where
                        + u" ORDER BY e.seq, l.line LIMIT ? OFFSET ?"_s,
                    binds);
    if (!q)
        return fail(q.error());
    QList<LedgerRow> out;
    while (q->next())
        out.append(rowFrom(*q, *accounts));
    return out;
}

Result<QList<JournalLine>> LedgerRepository::openingLines(QDate fiscalYearStartDay) const
{
    auto map = mapping();
    if (!map)
        return fail(map.error());
    auto q = select(m_store,
                    u"SELECT l.account, l.aux_account, max(l.aux_label), "
                    "sum(l.debit_cents) - sum(l.credit_cents) "
                    "FROM ledger_line l JOIN ledger_entry e ON e.seq = l.entry_seq "
                    "WHERE e.date < ? GROUP BY l.account, l.aux_account "
                    "ORDER BY l.account, l.aux_account"_s,
                    {date(fiscalYearStartDay)});
    if (!q)
        return fail(q.error());
    QList<CarriedBalance> balances;
    while (q->next())
        balances.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                         Money::fromCents(q->value(3).toLongLong())});
    return coop::openingLines(balances, *map);
}

Result<TrialBalance> LedgerRepository::balance(QDate at, const QString &activityCode) const
{
    auto settings = PeopleRepository(m_store).cooperative();
    if (!settings)
        return fail(settings.error());
    auto accounts = chart();
    if (!accounts)
        return fail(accounts.error());
    TrialBalance tb;
    tb.at = at;
    tb.from = fiscalYearStart(*settings, at);
    tb.activityCode = activityCode;
    QMap<QString, AccountBalance> byAccount;
    const auto slot = [&](const QString &account) -> AccountBalance & {
        auto it = byAccount.find(account);
        if (it == byAccount.end()) {
            AccountBalance b;
            b.account = account;
            b.label = accountLabel(*accounts, account);
            it = byAccount.insert(account, b);
        }
        return *it;
    };
    if (activityCode.isEmpty()) {
        auto opening = openingLines(tb.from);
        if (!opening)
            return fail(opening.error());
        for (const JournalLine &l : *opening) {
            AccountBalance &b = slot(l.account);
            (l.side == JournalSide::Debit ? b.openingDebit : b.openingCredit) += l.amount;
        }
    }
    QString sql = u"SELECT l.account, sum(l.debit_cents), sum(l.credit_cents) "
                  "FROM ledger_line l JOIN ledger_entry e ON e.seq = l.entry_seq "
                  "WHERE e.date >= ? AND e.date <= ?"_s;
    QVariantList binds{date(tb.from), date(at)};
    if (!activityCode.isEmpty()) {
        sql += u" AND l.analytic = ?"_s;
        binds << activityCode;
    }
    sql += u" GROUP BY l.account"_s;
    auto q = select(m_store, sql, binds);
    if (!q)
        return fail(q.error());
    while (q->next()) {
        AccountBalance &b = slot(q->value(0).toString());
        b.debit += Money::fromCents(q->value(1).toLongLong());
        b.credit += Money::fromCents(q->value(2).toLongLong());
    }
    for (const AccountBalance &b : std::as_const(byAccount)) {
        tb.accounts.append(b);
        tb.totalDebit += b.openingDebit + b.debit;
        tb.totalCredit += b.openingCredit + b.credit;
        const Money balance = b.balance();
        if (balance.isNegative())
            tb.totalBalanceCredit += -balance;
        else
            tb.totalBalanceDebit += balance;
    }
    return tb;
}

// ---- Periods ---------------------------------------------------------------------------------------

Result<std::optional<QDate>> LedgerRepository::closedUntil() const
{
    auto q = select(m_store, u"SELECT closed_until FROM ledger_period WHERE id = 1"_s);
    if (!q)
        return fail(q.error());
    if (!q->next() || q->value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(toDate(q->value(0)));
}

namespace {

Result<void> recordPeriod(Store &store, const QString &action, QDate until, const QString &by,
                          const QString &reason, const QDateTime &at)
{
    QSqlQuery q(store.database());
    q.prepare(u"INSERT INTO ledger_period (id, closed_until) VALUES (1, ?) "
              "ON CONFLICT (id) DO UPDATE SET closed_until = excluded.closed_until"_s);
    q.addBindValue(date(until));
    if (auto r = exec(q, Tr::tr("Cannot record the closed period.")); !r)
        return r;
    QSqlQuery e(store.database());
    e.prepare(u"INSERT INTO ledger_period_event (at, action, until, by, reason) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    e.addBindValue(stamp(at));
    e.addBindValue(action);
    e.addBindValue(date(until));
    e.addBindValue(text(by));
    e.addBindValue(text(reason));
    return exec(e, Tr::tr("Cannot record the closed period."));
}

} // namespace

Result<void> LedgerRepository::closeUntil(QDate until, const QString &by, const QDateTime &at)
{
    if (!until.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Say until which day to close."),
                    u"until"_s);
    return inOneUnit(m_store, [&](UnitOfWork &) -> Result<void> {
        auto current = closedUntil();
        if (!current)
            return fail(current.error());
        if (*current && until <= **current)
            return fail(ErrorCode::Constraint,
                        Tr::tr("The ledger is already closed until %1; close a later day.")
                            .arg(frenchDate(**current)),
                        u"until"_s);
        return recordPeriod(m_store, u"close"_s, until, by, {}, at);
    });
}

Result<void> LedgerRepository::reopen(QDate until, LedgerRole role, const QString &by,
                                      const QString &reason, const QDateTime &at)
{
    if (role != LedgerRole::Admin)
        return fail(ErrorCode::Forbidden,
                    Tr::tr("Only an admin may reopen a closed period."), u"role"_s);
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Say why the period is reopened: the reason is kept."), u"reason"_s);
    return inOneUnit(m_store, [&](UnitOfWork &) -> Result<void> {
        auto current = closedUntil();
        if (!current)
            return fail(current.error());
        if (!*current)
            return fail(ErrorCode::Constraint, Tr::tr("No period is closed."), u"until"_s);
        if (until.isValid() && until >= **current)
            return fail(ErrorCode::Constraint,
                        Tr::tr("The ledger is closed until %1; reopening moves that day back.")
                            .arg(frenchDate(**current)),
                        u"until"_s);
        return recordPeriod(m_store, u"reopen"_s, until, by, reason.trimmed(), at);
    });
}

Result<QList<PeriodEvent>> LedgerRepository::periodEvents() const
{
    auto q = select(m_store, u"SELECT at, action, until, by, reason FROM ledger_period_event "
                             "ORDER BY id"_s);
    if (!q)
        return fail(q.error());
    QList<PeriodEvent> out;
    while (q->next())
        out.append({QDateTime::fromString(q->value(0).toString(), Qt::ISODate),
                    q->value(1).toString(), toDate(q->value(2)), q->value(3).toString(),
                    q->value(4).toString()});
    return out;
}

// ---- Exports ---------------------------------------------------------------------------------------

Result<FecExport> LedgerRepository::exportFec(int year, const QString &dir,
                                             const Progress &progress) const
{
    auto settings = PeopleRepository(m_store).cooperative();
    if (!settings)
        return fail(settings.error());
    if (settings->siren.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The cooperative's SIREN names the FEC file: enter it in the "
                           "cooperative's settings first."),
                    u"siren"_s);
    auto accounts = chart();
    if (!accounts)
        return fail(accounts.error());
    const auto [from, to] = fiscalYearEndingIn(*settings, year);
    auto opening = openingLines(from);
    if (!opening)
        return fail(opening.error());
    LedgerFilter filter;
    filter.from = from;
    filter.to = to;
    auto total = countRows(filter);
    if (!total)
        return fail(total.error());

    FecExport result;
    result.filePath = QDir(dir).filePath(fecFileName(settings->siren.trimmed(), to));
    QSaveFile file(result.filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write %1: %2").arg(result.filePath, file.errorString()));
    FecWriter writer(file);
    writer.writeHeader();
    FecLine out;
    if (!opening->isEmpty()) {
        ++result.entries;
        out.journalCode = journal::Opening.toString();
        out.journalLabel = journalLabel(out.journalCode);
        out.entryNumber = 1;
        out.entryDate = from;
        out.pieceRef = u"AN-%1"_s.arg(from.toString(u"yyyyMMdd"));
        out.pieceDate = from;
        out.validationDate = from;
        for (const JournalLine &l : *opening) {
            out.account = l.account;
            out.accountLabel = accountLabel(*accounts, l.account);
            out.auxAccount = l.auxAccount;
            out.auxLabel = l.auxAccount.isEmpty() ? QString()
                                                  : (l.auxLabel.isEmpty() ? l.auxAccount
                                                                          : l.auxLabel);
            out.label = l.label;
            const bool debit = l.side == JournalSide::Debit;
            out.debit = debit ? l.amount : Money();
            out.credit = debit ? Money() : l.amount;
            (debit ? result.totalDebit : result.totalCredit) += l.amount;
            writer.write(out);
        }
    }
    auto q = select(m_store,
                    u"SELECT e.seq, e.journal, e.number, e.date, e.piece_ref, e.piece_date, "
                    "l.account, l.aux_account, l.aux_label, l.label, l.debit_cents, "
                    "l.credit_cents, substr(e.validated_at, 1, 10) "
                    "FROM ledger_entry e JOIN ledger_line l ON l.entry_seq = e.seq "
                    "WHERE e.date >= ? AND e.date <= ? ORDER BY e.seq, l.line"_s,
                    {date(from), date(to)});
    if (!q)
        return fail(q.error());
    QHash<QString, QString> labelCache;
    qint64 lastSeq = -1;
    qint64 done = 0;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (seq != lastSeq) {
            lastSeq = seq;
            ++result.entries;
            out.journalCode = q->value(1).toString();
            out.journalLabel = journalLabel(out.journalCode);
            out.entryNumber = q->value(2).toLongLong();
            out.entryDate = toDate(q->value(3));
            out.pieceRef = q->value(4).toString();
            out.pieceDate = toDate(q->value(5));
            out.validationDate = toDate(q->value(12));
        }
        out.account = q->value(6).toString();
        auto cached = labelCache.constFind(out.account);
        if (cached == labelCache.constEnd())
            cached = labelCache.insert(out.account, accountLabel(*accounts, out.account));
        out.accountLabel = *cached;
        out.auxAccount = q->value(7).toString();
        out.auxLabel = q->value(8).toString();
        if (!out.auxAccount.isEmpty() && out.auxLabel.isEmpty())
            out.auxLabel = out.auxAccount;
        out.label = q->value(9).toString();
        out.debit = Money::fromCents(q->value(10).toLongLong());
        out.credit = Money::fromCents(q->value(11).toLongLong());
        result.totalDebit += out.debit;
        result.totalCredit += out.credit;
        writer.write(out);
        ++done;
        if (progress && done % 8192 == 0 && !progress(done, *total)) {
            file.cancelWriting();
            return fail(ErrorCode::Cancelled, Tr::tr("The FEC export was cancelled."));
        }
    }
    if (!writer.finish() || !file.commit())
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot write %1: %2").arg(result.filePath, file.errorString()));
    if (progress)
        progress(done, *total);
    result.lines = writer.linesWritten();
    return result;
}

CsvLayout CsvLayout::sageLike()
{
    CsvLayout layout;
    layout.columns = {u"journal"_s, u"date"_s, u"account"_s, u"aux_account"_s, u"piece"_s,
                      u"label"_s, u"debit"_s, u"credit"_s, u"analytic"_s};
    return layout;
}

namespace {

QString csvField(QString value, const QString &separator)
{
    if (value.contains(separator) || value.contains(u'"') || value.contains(u'\n')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

Result<QString> columnValue(const LedgerRow &r, const QString &column)
{
    if (column == u"journal") return r.journal;
    if (column == u"date") return frenchDate(r.date);
    if (column == u"number") return QString::number(r.number);
    if (column == u"piece") return r.pieceRef;
    if (column == u"piece_date") return frenchDate(r.pieceDate);
    if (column == u"account") return r.account;
    if (column == u"account_label") return r.accountLabel;
    if (column == u"aux_account") return r.auxAccount;
    if (column == u"aux_label") return r.auxLabel;
    if (column == u"label") return r.label;
    if (column == u"debit") return r.debit.isZero() ? QString() : commaAmount(r.debit);
    if (column == u"credit") return r.credit.isZero() ? QString() : commaAmount(r.credit);
    if (column == u"analytic") return r.activityCode;
    if (column == u"validated") return frenchDate(r.validatedOn);
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("Unknown column \"%1\" in the export layout.").arg(column), u"columns"_s);
}

} // namespace

Result<qint64> LedgerRepository::exportCsv(const LedgerFilter &filter, const CsvLayout &layout,
                                           const QString &filePath, const Progress &progress) const
{
    if (layout.columns.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Choose at least one column."),
                    u"columns"_s);
    LedgerRow probe;
    for (const QString &c : layout.columns) {
        if (auto v = columnValue(probe, c); !v)
            return fail(v.error());
    }
    auto total = countRows(filter);
    if (!total)
        return fail(total.error());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    QByteArray buffer("\xEF\xBB\xBF");
    if (layout.header)
        buffer += layout.columns.join(layout.separator).toUtf8() + "\n";
    qint64 done = 0;
    constexpr qint64 page = 20000;
    for (qint64 offset = 0;; offset += page) {
        auto list = rows(filter, offset, page);
        if (!list)
            return fail(list.error());
        for (const LedgerRow &r : std::as_const(*list)) {
            QStringList fields;
            for (const QString &c : layout.columns)
                fields << csvField(*columnValue(r, c), layout.separator);
            buffer += fields.join(layout.separator).toUtf8();
            buffer += '\n';
        }
        done += list->size();
        if (file.write(buffer) != buffer.size())
            return fail(ErrorCode::Io,
                        Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
        buffer.clear();
        if (progress && !progress(done, *total)) {
            file.cancelWriting();
            return fail(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
        }
        if (list->size() < page)
            break;
    }
    if (!file.commit())
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    return done;
}

QByteArray LedgerRepository::balanceCsv(const TrialBalance &tb)
{
    QByteArray out("\xEF\xBB\xBF");
    out += "Compte;Libellé;Report débit;Report crédit;Débit;Crédit;Solde débiteur;Solde créditeur\n";
    const auto cell = [](Money m) { return m.isZero() ? QString() : commaAmount(m); };
    for (const AccountBalance &b : tb.accounts) {
        const Money balance = b.balance();
        out += QStringList{b.account, csvField(b.label, u";"_s), cell(b.openingDebit),
                           cell(b.openingCredit), cell(b.debit), cell(b.credit),
                           balance.isNegative() ? QString() : cell(balance),
                           balance.isNegative() ? cell(-balance) : QString()}
                   .join(u';')
                   .toUtf8();
        out += '\n';
    }
    out += QStringList{u"TOTAL"_s, QString(), QString(), QString(), commaAmount(tb.totalDebit),
                       commaAmount(tb.totalCredit), commaAmount(tb.totalBalanceDebit),
                       commaAmount(tb.totalBalanceCredit)}
               .join(u';')
               .toUtf8();
    out += '\n';
    return out;
}

Result<QByteArray> LedgerRepository::generalLedgerCsv(const LedgerFilter &filter) const
{
    auto list = rows(filter);
    if (!list)
        return fail(list.error());
    // By account, then in validation order, with each account's running balance.
    std::stable_sort(list->begin(), list->end(),
                     [](const LedgerRow &a, const LedgerRow &b) { return a.account < b.account; });
    QByteArray out("\xEF\xBB\xBF");
    out += "Compte;Libellé du compte;Journal;N°;Date;Pièce;Libellé;Analytique;Débit;Crédit;Solde\n";
    QString account;
    Money running;
    for (const LedgerRow &r : std::as_const(*list)) {
        if (r.account != account) {
            account = r.account;
            running = Money();
        }
        running += r.debit - r.credit;
        out += QStringList{r.account, csvField(r.accountLabel, u";"_s), r.journal,
                           QString::number(r.number), frenchDate(r.date),
                           csvField(r.pieceRef, u";"_s), csvField(r.label, u";"_s),
                           r.activityCode, r.debit.isZero() ? QString() : commaAmount(r.debit),
                           r.credit.isZero() ? QString() : commaAmount(r.credit),
                           commaAmount(running)}
                   .join(u';')
                   .toUtf8();
        out += '\n';
    }
    return out;
}

} // namespace coop
