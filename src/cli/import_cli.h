// The import summary as `dyad import` prints it, shared by the commands that import
// (import, fetch): one line per fact in table mode, one object in JSON.
#pragma once

#include <nlohmann/json.hpp>

#include "cli/app.h"
#include "ingest/importer.h"

namespace dyad::cli {

nlohmann::json ImportSummaryJson(const ingest::ImportSummary& s, ingest::ImportFormat format);
void PrintImportSummary(const Context& ctx, const ingest::ImportSummary& s, ingest::ImportFormat format);

}  // namespace dyad::cli
