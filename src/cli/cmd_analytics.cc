#include "cli/commands.h"

namespace dyad::cli {

void RegisterAnalyticsCommands(CLI::App& app, Context& ctx) {}

}  // namespace dyad::cli
