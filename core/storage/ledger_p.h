#pragma once

#include "core/costallocation.h"
#include "core/expense.h"
#include "core/payrollrun.h"
#include "core/posting.h"
#include "core/purchase.h"
#include "core/result.h"
#include "core/salesdocument.h"

#include <QDate>

namespace coop {

class Store;

// What the repositories that validate documents call, in their own open transaction, to post the
// document's entry (core/posting.h builds it, LedgerRepository::post checks and numbers it). A
// refusal (closed period, an account outside the chart, an unbalanced entry) fails their whole
// validation.
namespace ledger {

Result<void> postSalesDocument(Store &store, const SalesDocument &document);
Result<void> postPayment(Store &store, const Payment &payment, const SalesDocument &document);
Result<void> postExpenseReport(Store &store, const ExpenseReport &report);
Result<void> postExpenseReimbursement(Store &store, const ExpenseReport &report, QDate paidOn);
Result<void> postPayrollRun(Store &store, const PayrollRun &run);
Result<void> postAllocation(Store &store, const Allocation &allocation);
Result<void> postSupplierInvoice(Store &store, const SupplierInvoice &invoice);
Result<void> postSupplierPayment(Store &store, const SupplierInvoice &invoice, QDate paidOn);

} // namespace ledger
} // namespace coop
