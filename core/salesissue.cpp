#include "salesissue.h"

#include "salesrow.h"
#include "tr.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace coop {

IssueSeries issueSeries(DocumentKind kind, const CooperativeSettings &seller)
{
    const bool shared = seller.creditNoteNumberTemplate == seller.invoiceNumberTemplate;
    if (kind == DocumentKind::CreditNote && !shared)
        return {u"credit_note"_s, seller.creditNoteNumberTemplate, u"creditNoteNumberTemplate"_s};
    return {u"invoice"_s, seller.invoiceNumberTemplate, u"invoiceNumberTemplate"_s};
}

Error combinedError(const ValidationErrors &errors)
{
    QStringList messages;
    for (const Error &e : errors)
        messages.append(e.where().isEmpty() ? e.message() : e.where() + u": "_s + e.message());
    return Error(ErrorCode::InvalidArgument, messages.join(u'\n'), errors.constFirst().where());
}

Result<IssuePlan> planIssue(SalesDocument d, const DocumentParties &parties, QDate day)
{
    if (d.status != DocumentStatus::Draft)
        return fail(ErrorCode::Constraint, Tr::tr("The document is already validated."), u"status"_s);
    d.date = day;
    if (d.kind == DocumentKind::Invoice) {
        if (!d.dueDate.isValid() || d.dueDate < day)
            d.dueDate = dueDateFor(day, parties.customer);
    } else if (d.dueDate.isValid() && d.dueDate < day) {
        d.dueDate = day;
    }
    if (const ValidationErrors errors = validateForIssue(d, parties); !errors.isEmpty())
        return fail(combinedError(errors));
    auto totals = d.totals();
    if (!totals)
        return fail(totals.error());
    d.totalExcludingVat = totals->totalExcludingVat;
    d.totalVat = totals->totalVat;
    d.totalIncludingVat = totals->totalIncludingVat;

    IssuePlan plan;
    plan.series = issueSeries(d.kind, parties.seller);
    auto tpl = NumberTemplate::parse(plan.series.templateText);
    if (!tpl)
        return fail(tpl.error().located(plan.series.templateField));
    plan.counterKey = tpl->counterKey(day, parties.activity.analyticCode);
    plan.document = std::move(d);
    plan.parties = parties;
    return plan;
}

Result<void> checkCreditNoteAgainst(const SalesDocument &note,
                                    const std::optional<SalesDocument> &invoice,
                                    const QList<SalesDocument> &validatedNotes)
{
    if (!invoice || invoice->status != DocumentStatus::Validated
        || invoice->kind != DocumentKind::Invoice)
        return fail(ErrorCode::Constraint,
                    Tr::tr("A credit note corrects a validated invoice; \"%1\" is not one.")
                        .arg(note.creditedInvoiceId),
                    u"creditedInvoiceId"_s);
    auto invoiceTotals = invoice->totals();
    if (!invoiceTotals)
        return fail(invoiceTotals.error());
    QList<InvoiceTotals> previousTotals;
    for (const SalesDocument &previous : validatedNotes) {
        auto t = previous.totals();
        if (!t)
            return fail(t.error());
        previousTotals.append(*t);
    }
    auto totals = note.totals();
    if (!totals)
        return fail(totals.error());
    return checkCreditNote(*invoiceTotals, previousTotals, *totals);
}

Result<SalesDocument> issuedDocument(const IssuePlan &plan, qint64 sequenceValue,
                                     const QDateTime &validatedAt)
{
    auto tpl = NumberTemplate::parse(plan.series.templateText);
    if (!tpl)
        return fail(tpl.error().located(plan.series.templateField));
    SalesDocument d = plan.document;
    d.number = tpl->format(d.date, plan.parties.activity.analyticCode, sequenceValue);
    d.status = DocumentStatus::Validated;
    d.parties = plan.parties;
    d.validatedAt = timestampFromColumn(timestampColumn(validatedAt)); // as a later read gives it
    return d;
}

} // namespace coop
