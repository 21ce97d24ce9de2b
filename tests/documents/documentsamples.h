#pragma once

#include "core/salesdocument.h"

#include <QList>
#include <QString>

namespace coop::test {

// Realistic documents built in memory, without a store, for the CII, PDF and Factur-X tests.
// Each is a validated document with its frozen parties, its totals cached from the core.
struct SampleDocument
{
    QString name;            // names the business rule it exercises
    SalesDocument document;
    Money paid;              // already paid (BT-113)
};

DocumentParties sampleParties(CustomerKind kind = CustomerKind::Company, bool foreign = false);

// A line as typed: decimal texts in the canonical form ("12.5", "0.12345", "20").
DocumentLine sampleLine(const QString &designation, const QString &quantity, const QString &price,
                        const QString &vatPercent, const QString &discountPercent = QString(),
                        const QString &unit = QStringLiteral("HUR"),
                        const QString &mention = QString());

// A validated invoice numbered `number` with these lines (totals cached).
SalesDocument sampleInvoice(const QString &number, const QList<DocumentLine> &lines,
                            const DocumentParties &parties);

// Every case of the e-invoice tests.
QList<SampleDocument> sampleDocuments();

// An invoice of `count` lines at mixed rates (pagination, many lines).
SalesDocument manyLinesInvoice(int count);

} // namespace coop::test
