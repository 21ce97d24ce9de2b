#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store F contribution compute --month YYYY-MM [--json]` (issue 6 §7): each
// activity's contribution for the month, with its scale, base, floor, cap and year to date.
int runContributionCommand(CliContext &context);

// `coopdesk-cli --store F allocate --pool ID [--preview] [--json]` (issue 6 §7): splits a shared-cost
// pool over the activities and keeps the split with the pool (--preview only shows it), and
// `coopdesk-cli --store F pools [--json]`: the pools, drafts and allocated.
int runAllocateCommand(CliContext &context);
int runPoolsCommand(CliContext &context);

// `coopdesk-cli --store F account --activity CODE [--at YYYY-MM-DD] [--json]` (issue 6 §7): the
// entrepreneur's account over the fiscal year to the date, and the salary envelope.
int runAccountCommand(CliContext &context);

} // namespace coop::cli
