// The areas of dyad's commands: each registers its subcommands. Adding a command is
// adding it in the area's cmd_*.cc and a row to the command table (kCommands, app.cc).
#pragma once

#include "cli/app.h"

namespace dyad::cli {

void RegisterStoreCommands(CLI::App& app, Context& ctx);      // info, trade, verify
void RegisterImportCommands(CLI::App& app, Context& ctx);     // import, synth
void RegisterReferenceCommands(CLI::App& app, Context& ctx);  // country, group, hs
void RegisterRegistryCommands(CLI::App& app, Context& ctx);   // agreements, targets, areas, timeline
void RegisterAnalyticsCommands(CLI::App& app, Context& ctx);  // profile, report, partners, rank, ...
void RegisterCheckCommands(CLI::App& app, Context& ctx);      // extract
void RegisterVerdictCommands(CLI::App& app, Context& ctx);    // check
void RegisterFetchCommands(CLI::App& app, Context& ctx);      // fetch baci, fetch comtrade
void RegisterServeCommands(CLI::App& app, Context& ctx);      // serve

}  // namespace dyad::cli
