#pragma once

#include "core/businessday.h"
#include "core/result.h"

#include <QDate>

namespace coop {

class Store;

struct DemoOptions
{
    int entrepreneurs = 60;
    int years = 3;
    quint64 seed = 1;
    QDate today = businessToday(); // the cooperative is generated as it stands on this day
    // Sales (customers, catalogue, quotes, invoices, credit notes, payments) of each activity while
    // one of its members is under contract. 0 leaves the demo without sales.
    int invoicesPerActivityPerYear = 10;
    // Expense reports (about half the entrepreneurs, most months) and supplier invoices (a few per
    // activity and year), written with the sales: false, or no sales, leaves the demo without them.
    bool expenses = true;
};

// What generateDemo() wrote, and how long it took.
struct DemoReport
{
    qint64 activities = 0;
    qint64 entrepreneurs = 0;
    qint64 interviews = 0;
    qint64 contracts = 0;
    qint64 customers = 0;
    qint64 catalogItems = 0;
    qint64 quotes = 0;
    qint64 invoices = 0;       // every invoice written, drafts included
    qint64 creditNotes = 0;    // likewise
    qint64 draftDocuments = 0; // of the two above, those left as drafts
    qint64 payments = 0;
    qint64 scales = 0;         // contribution scale versions (one per year, and the CAPE's)
    qint64 pools = 0;          // shared-cost pools, left to allocate
    qint64 expenseReports = 0;    // every report written, whatever its status
    qint64 supplierInvoices = 0;  // likewise
    qint64 receipts = 0;          // distinct receipt files (the reports and invoices share them)
    qint64 generateMs = 0; // building the records in memory
    qint64 writeMs = 0;    // validating and writing them, commit included
};

// Fills an empty store with a generated cooperative (core/demodata.h): its settings, activities,
// entrepreneurs, interviews and contracts, through PeopleRepository, then each activity's sales
// through SalesRepository (customers, catalogue, quotes with deposit and balance invoices,
// invoices, a few credit notes, payments: most paid, some partly, some overdue) and the
// contribution scales the contracts name (one version a year) with a default one for CAPEs, and
// the shared-cost pools of the last complete quarter (draft, one per key, ready to allocate),
// then, with the sales, expense reports through ExpenseRepository (travel, meals, mileage,
// supplies; most validated and reimbursed, some submitted, a few drafts, one or two rejected)
// and supplier invoices through PurchaseRepository (some of goods or work resold, most paid),
// with a few small generated receipts they share (seeded apart from the sales, whose figures
// do not depend on them), all in one unit
// of work: either everything is written and queued for sync, or nothing is. Documents are
// validated in date order, so that the numbering is what a real store would have. Refuses (AlreadyExists) a store that
// already has entrepreneurs, so that a demo is never mixed into real data. The cooperative's
// settings are written only when the store has none yet.
Result<DemoReport> generateDemo(Store &store, const DemoOptions &options);

} // namespace coop
