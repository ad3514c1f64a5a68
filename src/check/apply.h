// `dyad extract FILE --apply`: writes the agreements, targets and areas an article
// states to the registry with the article as their source, de-duplicated against what
// is there (an entry the registry already holds gains the article as a source, or is
// left alone when it already cites the same sentence). Rules: docs/checking.md
// ("Applying an article"). Not thread-safe (one Registry connection).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "registry/registry.h"
#include "text/claims.h"

namespace dyad::check {

enum class ApplyAction { kAdded, kUpdated, kUnchanged, kSkipped };
std::string_view ApplyActionName(ApplyAction a);  // "added", "updated", "unchanged", "skipped"

struct ApplyItem {
  std::string what;         // "agreement", "target", "areas"
  ApplyAction action = ApplyAction::kUnchanged;
  int64_t id = 0;           // registry id (0 when skipped)
  std::string summary;      // the entry's title, or "KAZ-TJK total_trade 2000000000 USD"
  std::string reason;       // why skipped / what matched
};

struct ApplyReport {
  std::vector<ApplyItem> items;  // in the order of the claims
  int added = 0, updated = 0, unchanged = 0, skipped = 0;
};

// `source` names the article (file, title, published date); each entry gets a copy
// with the stating sentence as its quote. Claims that cannot be stored (fewer than two
// states, no amount, a value the registry rejects) are reported as skipped with the
// reason; a registry failure (I/O, busy) is returned as an error.
Result<ApplyReport> ApplyArticle(const text::Article& article, const registry::Source& source,
                                 registry::Registry& registry);

}  // namespace dyad::check
