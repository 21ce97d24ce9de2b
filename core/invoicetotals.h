#pragma once

#include "fixedpoint.h"
#include "money.h"
#include "rate.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace coop {

// Whether the unit prices typed on an invoice exclude VAT (HT, the usual B2B entry) or include it
// (TTC, for shops and consumers).
enum class PriceEntry {
    ExcludingVat,
    IncludingVat,
};

// One invoice line as typed. `unitPrice` is HT or TTC according to the document's PriceEntry.
// `discount` is a percentage of the line (10 means 10 %), from 0 to 100. `exemptionMention` is the
// legal reference printed for a 0 % line ("TVA non applicable, art. 261 D du CGI"…); it is required
// at 0 % and ignored at any other rate.
struct InvoiceLineInput
{
    QString designation;
    Quantity quantity;
    UnitPrice unitPrice;
    std::optional<Rate> discount;
    Rate vatRate;
    QString exemptionMention;
};

// An amount already invoiced that a balance invoice (facture de solde) deducts, per VAT rate: the
// deposit and intermediate invoices of the same quote. `base` and `vat` are the per-rate totals
// of that earlier invoice, taken as they were issued (cents, already rounded), so the balance's
// per-rate base is round(Σ lines) − Σ deducted bases and its VAT is VAT(round(Σ lines)) − Σ
// deducted VAT: the invoices of a quote then add up to the quote exactly, the balance absorbing
// every cent of rounding (its VAT may differ from base × rate by those cents; EN 16931 BR-CO-17
// accepts it). `reference` is what the document prints ("Facture d'acompte 2026-ANA-0012 du
// 03/02/2026").
struct VatDeduction
{
    Rate rate;
    QString exemptionMention; // at 0 %: must match the mention of the lines it deducts from
    Money base;
    Money vat;
    QString reference;

    bool operator==(const VatDeduction &) const = default;
};

struct InvoiceInput
{
    QList<InvoiceLineInput> lines;
    std::optional<Rate> documentDiscount;  // a percentage of every line, 0 to 100
    PriceEntry priceEntry = PriceEntry::ExcludingVat;
    // Deducted after the per-rate rounding, in any entry mode. A deduction whose (rate, mention)
    // has no line is refused (InvalidArgument, where() "deductions[i]").
    QList<VatDeduction> deductions;
};

// The totals of one VAT rate (one per rate, and per exemption mention at 0 %): what the invoice,
// the CII (BG-23) and the accounting export show. total == base + vat always.
struct VatBreakdown
{
    Rate rate;
    Money base;       // net total excluding VAT (base HT), after deductions
    Money vat;        // after deductions
    Money total;      // including VAT (TTC)
    QString exemptionMention;
    Money linesBase;  // round(Σ lines − document discount) before deductions (== base without them)
    Money linesVat;   // VAT of linesBase (== vat without deductions)

    bool operator==(const VatBreakdown &) const = default;
};

// A line's amounts. `gross` is quantity × unit price, exact. `displayed` is the line after its own
// discount (not the document discount), in the entry mode (HT or TTC), rounded half up to the cent
// for display only: it takes no part in the totals.
struct InvoiceLineAmounts
{
    ExactAmount gross;
    Money displayed;
};

struct InvoiceTotals
{
    QList<VatBreakdown> perRate;  // by rate, highest first; at equal rates by mention
    QList<InvoiceLineAmounts> lines;  // in the order of the input lines
    Money totalExcludingVat;
    Money totalVat;
    Money totalIncludingVat;
};

// The one computation of an invoice's or credit note's totals (facture, avoir), shared by the
// editor, the PDF, Factur-X and the exports so that they can never disagree by a cent.
//
// Rounding policy (DOMAIN.md §3): nothing is rounded before the per-rate totals. A line is
// quantity × unit price less its discount, carried exactly (1e-8 € for the product, 1e-16 € after
// the line discount, 1e-24 € after the document discount, in 128 bits). Per VAT rate:
// - HT entry: the exact lines are summed, the document discount applied, and the base rounded once
//   to the cent (half up); VAT = rounded base × rate, rounded once (half up); TTC = base + VAT.
// - TTC entry: the exact TTC lines are summed, discounted and rounded once to the cent: that is
//   exactly what the customer pays. HT = TTC / (1 + rate) rounded half up, and VAT = TTC − HT, so
//   the typed TTC is never moved by a cent.
// Totals: HT = Σ per-rate bases, VAT = Σ per-rate VAT, TTC = HT + VAT, all exact sums of cents.
// Half up means half away from zero, so a credit note with negative quantities mirrors its invoice
// cent for cent. The displayed line amounts are each rounded on their own and need not add up to
// the total HT: rounding every line and then adding would round many times, which is precisely
// the cent of difference the law's per-rate rule avoids.
//
// Errors: InvalidArgument when a VAT rate or a discount is outside 0..100 %, or a 0 % line has no
// exemption mention (where() names the field: "lines[3].vatRate", "lines[0].discount",
// "documentDiscount"); Overflow when an amount does not fit ("lines[2]" or "totals").
// Negative quantities and prices are accepted (credit notes, discount lines).
Result<InvoiceTotals> computeInvoiceTotals(const InvoiceInput &input);

} // namespace coop
