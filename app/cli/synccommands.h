#pragma once

namespace coop::cli {

class CliContext;

// `coopdesk-cli --store F sync [--server URL] [--user U --password-file F] [--json]` (issue 8 §5):
// signs in when --user and --password-file are given (the password read from the file, sent once,
// never kept), otherwise uses the session kept in the store; then pushes the outbox and pulls
// what changed, and prints what it did. `sync status [--json]`: the session, what waits, the
// last sync; `sync conflicts [--json]`: the conflict inbox.
int runSyncCommand(CliContext &context);

} // namespace coop::cli
