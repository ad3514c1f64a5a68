// The one step from Comtrade API records to the trade store. Today the records are
// written as a Comtrade Plus CSV extract (the columns docs/import.md lists) and read by
// the Comtrade CSV importer; once ingest reads the API's JSON itself, this is the one
// place to switch. Thread-compatible.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "base/progress.h"
#include "base/status.h"
#include "ingest/importer.h"
#include "store/store.h"

namespace dyad::fetch {

// Writes `records` (API record objects) to `file` and imports it as `dataset`.
Result<ingest::ImportSummary> ImportComtradeRecords(store::Store& store, const nlohmann::json& records,
                                                    const std::filesystem::path& file, const std::string& dataset,
                                                    ProgressSink* progress);

// The records as CSV with the importer's columns (header first); null -> empty field.
std::string ComtradeRecordsCsv(const nlohmann::json& records);

}  // namespace dyad::fetch
