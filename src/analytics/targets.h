// Declared targets of a pair (from the registry) assessed against the pair's trade
// series (target_math.h for the method). Reads an immutable Snapshot and a Registry;
// as thread-safe as the Registry object passed (one per thread).
#pragma once

#include <cstdint>
#include <vector>

#include "analytics/series.h"
#include "analytics/target_math.h"
#include "registry/registry.h"
#include "store/store.h"

namespace dyad::analytics {

struct TargetStatus {
  registry::Target target;
  TargetAssessment assessment;
  std::string metric_note;   // e.g. "exports of KAZ to TJK" for an exports target
};

// Every target declared for the pair (either order), assessed on the pair's preferred
// series (total, or the directed flow for export/import targets). Targets in another
// currency or a non-trade metric are assessed as not enough data, with the reason.
Result<std::vector<TargetStatus>> AssessPairTargets(const store::Snapshot& snapshot,
                                                    const registry::Registry& registry,
                                                    uint16_t a, uint16_t b,
                                                    const SourceFilter& filter = {});

}  // namespace dyad::analytics
