#include "cli/commands.h"

namespace dyad::cli {

void RegisterCheckCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
