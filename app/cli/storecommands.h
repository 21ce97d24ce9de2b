#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store FILE store <init|check|key|passphrase|backup|restore>`.
int runStoreCommand(CliContext &context);

} // namespace coop::cli
