#pragma once

#include "core/result.h"
#include "core/salesdocument.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace coop {

// What the invoice PDF shows beyond the document itself.
struct InvoiceRenderContext
{
    DocumentParties parties;     // the frozen parties of a validated document, or the current ones
    Money paid;                  // already paid (shown as "Déjà réglé" / "Reste à payer")
    bool draft = false;          // prints a "BROUILLON — document sans valeur" band, no number
};

// The invoice or credit note as a French PDF with every mandatory mention (DOMAIN.md §3): the
// cooperative (name, legal form, capital, address, SIREN/SIRET, RCS, VAT number) and the activity
// (name, analytic code) as seller; the customer (name, billing and, if different, delivery address,
// SIREN and VAT number for a company); number, issue date, service date or period, nature of the
// operation, VAT-on-debits option when chosen, purchase order; every line (designation, quantity,
// unit, unit price HT or TTC, discount, VAT rate, amount); deductions of a balance invoice; per-rate
// base, VAT and total; totals HT, VAT, TTC; for a credit note the credited invoice's number and
// date; due date, payment terms, early-payment discount, late-penalty rate, the 40 € recovery
// indemnity (B2B), exemption mentions, the seller's bank details, page numbers "1/2".
// The text is French whatever the interface language (the law requires French invoices; ADR 005).
// A4, DejaVu fonts (embedded, subset), many lines break over pages with the header repeated.
// `pdfA`: QPdfWriter's PDF/A-1b mode (XMP, sRGB output intent, no transparency), the base that
// makeFacturX turns into PDF/A-3.
Result<QByteArray> renderInvoicePdf(const SalesDocument &document,
                                    const InvoiceRenderContext &context, bool pdfA = false);

// The same pages as images (preview in the editor; `dpi` 50..300), from the same layout code.
Result<QList<QImage>> renderInvoicePages(const SalesDocument &document,
                                         const InvoiceRenderContext &context, int dpi = 96);

// Factur-X (DOMAIN.md §3): takes renderInvoicePdf(…, pdfA = true) and with libqpdf attaches `cii`
// as the embedded file "factur-x.xml" (MIME text/xml, AFRelationship /Alternative, listed in the
// catalog's /AF and /Names /EmbeddedFiles), rewrites the XMP metadata for PDF/A-3B with the
// Factur-X extension schema (fx:DocumentType INVOICE, fx:DocumentFileName factur-x.xml,
// fx:Version 1.0, fx:ConformanceLevel EN 16931), keeps the output intent, and writes PDF 1.7.
Result<QByteArray> makeFacturX(const QByteArray &pdfA, const QByteArray &cii,
                               const QString &title, const QString &author);

// renderInvoicePdf + buildCii + makeFacturX for a validated document.
Result<QByteArray> renderFacturX(const SalesDocument &document, const InvoiceRenderContext &context);

} // namespace coop
