#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store FILE invoice <list|validate|pdf|facturx|cii|pay|credit> …` (issue 4).
int runInvoiceCommand(CliContext &context);
// `coopdesk-cli --store FILE verify [--json]`: the hash chain and the numbering series.
int runVerifyCommand(CliContext &context);

// Whether these arguments need a QGuiApplication (rendering a PDF needs fonts and a paint
// engine; the command line then runs on the offscreen platform).
bool needsGui(int argc, char *argv[]);

} // namespace coop::cli
