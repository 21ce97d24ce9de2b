#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli payroll <compute|from-cost|run|close|show|export> …` (issue 5 §6). compute and
// from-cost work without a store (the built-in rule tables and the default situation) or, with
// --store, from the cooperative's situation; run, close, show and export work on the store's runs.
int runPayrollCommand(CliContext &context);

} // namespace coop::cli
