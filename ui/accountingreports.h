#pragma once

#include "core/ledger.h"
#include "core/result.h"
#include "core/storage/ledgerrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace coop {
class Store;
}

namespace coop::ui {

// The printed accounting reports (issue 7 §4): the trial balance and the general ledger as A4
// PDFs, a table laid out by QTextDocument, the cooperative's name and the report's date in the
// title, "Page n / N" at the foot of every page, the table's header repeated on each page.
class AccountingReports
{
    Q_DECLARE_TR_FUNCTIONS(coop::ui::AccountingReports)
public:
    // A general ledger has one row a line: above this many lines the PDF is refused (the CSV
    // has no limit) and the message says to narrow the account or the period.
    static constexpr qsizetype kMaxPdfLines = 20'000;

    // The cooperative's name as the settings hold it, else the store's.
    static QString cooperativeName(Store &store);
    // The refusal of a general ledger of `lines` lines as PDF (more than kMaxPdfLines).
    static Error tooManyLines(qint64 lines, const QString &path);

    static QString trialBalanceHtml(const TrialBalance &balance, const QString &cooperative);
    // `rows` in any order: grouped by account (in account order), each account's balance
    // brought forward first (its opening debit or credit in `openings`, those of a trial balance
    // on the same period; accounts outside the filter's prefix are left out), then its lines in
    // validation order with a running balance, a subtotal per account and a grand total.
    static QString generalLedgerHtml(const QList<LedgerRow> &rows, const LedgerFilter &filter,
                                     const QString &cooperative,
                                     const QList<AccountBalance> &openings = {});

    static Result<void> writeTrialBalancePdf(const TrialBalance &balance,
                                             const QString &cooperative, const QString &path);
    static Result<void> writeGeneralLedgerPdf(const QList<LedgerRow> &rows,
                                              const LedgerFilter &filter,
                                              const QString &cooperative, const QString &path,
                                              const QList<AccountBalance> &openings = {});

    // Writes `html` into an A4 PDF at `path`, paginated, with `footer` and the page number at
    // the foot of each page; `title` is the PDF's title property.
    static Result<void> writePdf(const QString &html, const QString &title, const QString &footer,
                                 const QString &path);
};

} // namespace coop::ui
