#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store F accounting …` (issue 7 §6):
//   fec --year YYYY --out DIR        the FEC of the fiscal year that ends in YYYY
//   export --from D --to D --out F   the accountant's CSV (--columns, --activity)
//   balance --at D [--json]          the trial balance (--activity: one analytic code)
//   close --until D                  close every day up to D
//   reopen --until D|none --reason T move the closing back (a stand-alone store's owner is admin)
//   post                             post what was validated before the ledger existed
//   chart [--number N --label L]     the chart of accounts (adding or renaming one first)
int runAccountingCommand(CliContext &context);

} // namespace coop::cli
