// Opening the knowledge base for a command: the store in the data directory with the
// built-in knowledge in it. Every command that reads data opens the store through
// OpenStore, so a fresh machine answers `dyad trade KAZ TJK` with no downloads.
#pragma once

#include <memory>

#include "base/status.h"
#include "cli/app.h"
#include "store/store.h"

namespace dyad::cli {

// Store::Open(ctx.DataDir()) plus ingest::EnsureBuiltinKnowledge.
Result<std::unique_ptr<store::Store>> OpenStore(const Context& ctx);

}  // namespace dyad::cli
