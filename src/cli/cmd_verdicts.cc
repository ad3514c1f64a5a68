#include "cli/commands.h"

namespace dyad::cli {

void RegisterVerdictCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
