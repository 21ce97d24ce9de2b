#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store F contribution compute --month YYYY-MM [--json]` (issue 6 §7): each
// activity's contribution for the month, with its scale, base, floor, cap and year to date.
int runContributionCommand(CliContext &context);

} // namespace coop::cli
