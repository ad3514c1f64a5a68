// The one step from Comtrade API records to the trade store: the records are written as
// the API's own JSON answer ({"count":N,"data":[...]}) and read by the Comtrade importer,
// the same path a user's downloaded API response takes (docs/import.md). Thread-compatible.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "base/progress.h"
#include "base/status.h"
#include "ingest/importer.h"
#include "store/store.h"

namespace dyad::fetch {

// Writes `records` (API record objects) to `file` as an API response and imports it as
// `dataset`.
Result<ingest::ImportSummary> ImportComtradeRecords(store::Store& store, const nlohmann::json& records,
                                                    const std::filesystem::path& file, const std::string& dataset,
                                                    ProgressSink* progress);

}  // namespace dyad::fetch
