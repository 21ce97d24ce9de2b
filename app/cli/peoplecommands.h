#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store FILE entrepreneurs <import FILE|export FILE|list> [--json] [--at DATE]`.
int runEntrepreneursCommand(CliContext &context);
// `coopdesk-cli --store FILE alerts [--at DATE] [--json]`.
int runAlertsCommand(CliContext &context);
// `coopdesk-cli --store FILE demo [--entrepreneurs N] [--years Y] [--seed S] [--today DATE]`.
int runDemoCommand(CliContext &context);

} // namespace coop::cli
