#include "cli/commands.h"

namespace dyad::cli {

void RegisterStoreCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
