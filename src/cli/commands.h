// The command table: each area of dyad registers its subcommands here. Adding a
// command is adding a subcommand in the area's cmd_*.cc; adding an area is adding a
// row to kCommandAreas in app.cc.
#pragma once

#include "cli/app.h"

namespace dyad::cli {

void RegisterStoreCommands(CLI::App& app, Context& ctx);      // info, trade, verify
void RegisterImportCommands(CLI::App& app, Context& ctx);     // import, synth
void RegisterReferenceCommands(CLI::App& app, Context& ctx);  // country, group, hs
void RegisterRegistryCommands(CLI::App& app, Context& ctx);   // agreements, targets, areas, timeline
void RegisterAnalyticsCommands(CLI::App& app, Context& ctx);  // profile, partners, rank, ...
void RegisterCheckCommands(CLI::App& app, Context& ctx);      // extract
void RegisterVerdictCommands(CLI::App& app, Context& ctx);    // check
void RegisterFetchCommands(CLI::App& app, Context& ctx);      // fetch baci, fetch comtrade

}  // namespace dyad::cli
