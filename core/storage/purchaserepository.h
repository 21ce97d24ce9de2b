#pragma once

#include "core/purchase.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

class Store;
class UnitOfWork;

struct SupplierInvoiceFilter
{
    QString activityId;      // all when empty
    std::optional<SupplierInvoiceStatus> status;
    QDate from;              // on the invoice's date, both included
    QDate to;
};

// Supplier invoices (migration 9). One moves draft → validated (by the support team) → paid;
// every write validates with the core rules (core/purchase.h) and goes through a UnitOfWork, so it
// is queued for sync. A validated invoice is frozen: the repository refuses to edit or delete it
// (Constraint, where "status") and the store's triggers refuse it to anyone else. Refusals name
// the field or the invoice.
class PurchaseRepository
{
public:
    explicit PurchaseRepository(Store &store) : m_store(store) {}

    // A new invoice (version 0) or an edited draft, kept as a draft. Refused for a validated or
    // paid invoice (Constraint), a receipt that is not in the store ("receiptId", NotFound) and
    // what validate(invoice, false) finds.
    Result<SupplierInvoice> saveDraft(SupplierInvoice invoice);
    Result<void> deleteDraft(const QString &id, qint64 version);
    // Draft → validated, once validate(invoice, true) finds nothing, by a member of the support
    // team (`by`, required: "validatedBy").
    Result<SupplierInvoice> validate(const QString &id, qint64 version, const QString &by,
                                     const QDateTime &at = {});
    // Validated → paid on that day (not before the invoice's date: "paidOn").
    Result<SupplierInvoice> markPaid(const QString &id, qint64 version, QDate paidOn);

    // The same inside a caller's unit of work (the demo generator).
    Result<SupplierInvoice> saveDraft(UnitOfWork &unit, SupplierInvoice invoice);
    Result<SupplierInvoice> validate(UnitOfWork &unit, const QString &id, qint64 version,
                                     const QString &by, const QDateTime &at = {});
    Result<SupplierInvoice> markPaid(UnitOfWork &unit, const QString &id, qint64 version,
                                     QDate paidOn);

    Result<std::optional<SupplierInvoice>> invoice(const QString &id) const;
    // By date, then id.
    Result<QList<SupplierInvoice>> invoices(const SupplierInvoiceFilter &filter = {}) const;
    // When and by whom it was validated, as stored (empty for a draft).
    struct Validation { QDateTime validatedAt; QString validatedBy; };
    Result<Validation> validation(const QString &id) const;

private:
    Store &m_store;
};

} // namespace coop
