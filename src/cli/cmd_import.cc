#include "cli/commands.h"

namespace dyad::cli {

void RegisterImportCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
