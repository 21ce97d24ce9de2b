#pragma once

#include "result.h"
#include "salesdocument.h"

#include <QByteArray>

namespace coop {

// The document as a UN/CEFACT Cross Industry Invoice (CII D16B), profile Factur-X EN16931
// (guideline urn:cen.eu:en16931:2017), the XML embedded as factur-x.xml in the Factur-X PDF and
// written alone by `coopdesk-cli invoice cii`. Valid against Factur-X_1.07.3_EN16931.xsd and the
// EN 16931 CII rules (../shared/validators) for every document the store can issue:
// - TypeCode 380 (invoice; 386 for a deposit invoice) or 381 (credit note, amounts positive,
//   BT-25/26 the credited invoice); currency EUR; BT-2 the issue date; BT-9 the due date; BT-13
//   the purchase order; BT-72 the service date or BG-14 the service period.
// - Seller: the cooperative (name, SIREN as legal id scheme 0002, VAT number, address, legal form
//   and capital in BT-33); buyer: the customer (SIREN, VAT number, address); delivery address when
//   different.
// - Lines: BT-131 line net amount rounded half up to the cent (HT; for TTC entry the line's HT),
//   BT-146 net price, BT-129 quantity with its unit code; balance-invoice deductions become
//   negative lines. The per-rate BT-116 are the engine's bases; where Σ rounded lines of a rate
//   differs from its base (one rounding per rate against one per line, or the document discount)
//   a document-level allowance or charge of that rate carries the difference (reason "Remise" or
//   "Arrondi"), so BR-CO-10, BR-S-08 and the totals hold exactly.
// - BG-23 per rate from computeInvoiceTotals (category S, or E with BT-120 the mention at 0 %);
//   BT-109/110/112/115 from the same totals; payment means 30 (transfer, with the seller's IBAN)
//   and terms text with the late-penalty rate and the 40 € indemnity for B2B.
// `paid` is what was already paid (BT-113); `document` must be validated (its frozen parties are
// used) unless `partiesOverride` is given (drafts, previews, tests).
Result<QByteArray> buildCii(const SalesDocument &document, Money paid = Money(),
                            const DocumentParties *partiesOverride = nullptr);

} // namespace coop
