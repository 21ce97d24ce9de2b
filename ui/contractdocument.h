#pragma once

#include "core/activity.h"
#include "core/contract.h"
#include "core/cooperative.h"
#include "core/entrepreneur.h"
#include "core/result.h"

#include <QString>

namespace coop::ui {

// The CESA (contrat d'entrepreneur salarié associé) as a document to sign, filled from the data:
// the parties (the cooperative's identity from its settings, the entrepreneur's), the activity,
// the start date and hours, the six clauses that article L7331-2 of the Code du travail requires
// ((a) objectives and minimum activity, (b) support and control, (c) the contribution, (d) the
// fixed part and the variable-part formula, (e) the statutes, (f) clientele and intellectual
// property), the amendments, the exit if any, and the signature blocks.
//
// A legal document of a French cooperative: it is written in French whatever the interface
// language, and its clauses are the cooperative's commitments, not interface texts.

// The contract as HTML for QTextDocument (what the PDF shows).
QString cesaHtml(const CooperativeSettings &cooperative, const Entrepreneur &entrepreneur,
                 const Activity &activity, const Contract &contract);

// Writes the contract to `path` as an A4 PDF with its fonts embedded, a running footer and page
// numbers. Fails (Io) when the file cannot be written and (InvalidArgument) for a contract that
// is not a CESA or has no terms.
Result<void> writeCesaPdf(const QString &path, const CooperativeSettings &cooperative,
                          const Entrepreneur &entrepreneur, const Activity &activity,
                          const Contract &contract);

} // namespace coop::ui
