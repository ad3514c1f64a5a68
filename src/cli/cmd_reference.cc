#include "cli/commands.h"

namespace dyad::cli {

void RegisterReferenceCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
