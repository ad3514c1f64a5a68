#include "cli/commands.h"

namespace dyad::cli {

void RegisterRegistryCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
