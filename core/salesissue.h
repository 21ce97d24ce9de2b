#pragma once

#include "numbering.h"
#include "result.h"
#include "salesdocument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coop {

// Issuing a draft invoice or credit note (DESIGN.md §6), the part that does not depend on where
// it runs: a stand-alone store issues with it in its own transaction, the cooperative's server in
// the transaction of a validate_invoice / issue_credit_note command. Both draw the number from
// their own locked counter row between planIssue() and issuedDocument().

// The series a document of this kind draws from with these templates: "invoice", or
// "credit_note" when credit notes have a template of their own; with the template and its field.
struct IssueSeries
{
    QString series;
    QString templateText;
    QString templateField; // "invoiceNumberTemplate" | "creditNoteNumberTemplate"
};
IssueSeries issueSeries(DocumentKind kind, const CooperativeSettings &seller);

// What issuing decides before the number: the document dated `day`, its due date (an invoice's
// from the customer's terms when unset or before the day; a credit note's never before the day),
// checked by validateForIssue with the parties it will be frozen with (every problem in one
// InvalidArgument error, located at the first one's field), its totals cached; the series, its
// template and the counter key of that day.
struct IssuePlan
{
    SalesDocument document;
    DocumentParties parties;
    IssueSeries series;
    QString counterKey;
};
Result<IssuePlan> planIssue(SalesDocument draft, const DocumentParties &parties, QDate day);

// A credit note never takes back more than its invoice leaves, per rate and in total: `invoice`
// must be a validated invoice (Constraint at creditedInvoiceId otherwise) and `validatedNotes`
// are the credit notes already validated against it.
Result<void> checkCreditNoteAgainst(const SalesDocument &note,
                                    const std::optional<SalesDocument> &invoice,
                                    const QList<SalesDocument> &validatedNotes);

// The issued document: numbered with the counter's value, validated, its parties frozen,
// validatedAt (kept to the millisecond, as stored).
Result<SalesDocument> issuedDocument(const IssuePlan &plan, qint64 sequenceValue,
                                     const QDateTime &validatedAt);

// Every problem of a validation in one error: the first one's field, all the messages.
Error combinedError(const ValidationErrors &errors);

} // namespace coop
