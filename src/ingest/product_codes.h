// BACI's product_codes file (code,description[,...]): HS6 descriptions for a release.
// Thread-compatible.
#pragma once

#include <string_view>

#include "base/status.h"
#include "ingest/rejects.h"
#include "store/sink.h"

namespace dyad::ingest {

// Adds each description to `sink`; returns how many. Strict or lenient as `rejects` says.
Result<uint64_t> ParseProductCodes(std::string_view data, std::string_view file,
                                   store::FlowSink& sink, RejectLog& rejects);

}  // namespace dyad::ingest
