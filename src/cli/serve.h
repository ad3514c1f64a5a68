// `dyad serve`: the server of src/server running dyad's own commands. Each API call is
// run in-process as the command line it maps to, with --format json, on one store
// opened at start (each command takes its own snapshot of it, so a read never sees half
// of an import that commits meanwhile).
#pragma once

#include <filesystem>

#include "base/status.h"
#include "server/server.h"

namespace dyad::cli {

// Opens the store of `data_dir` (importing the built-in knowledge once) and returns the
// runner the server calls from its threads.
Result<server::CommandRunner> MakeCommandRunner(const std::filesystem::path& data_dir);

}  // namespace dyad::cli
