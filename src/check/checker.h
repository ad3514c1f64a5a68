// Checks the claims of an article (text::ExtractClaims) against the knowledge base:
// trade figures, growth and shares against the pair series of analytics (every source
// side by side), ranks against partner rankings within a group as of the year,
// composition against product-level data, agreements, targets and areas against the
// registry. Rules: docs/checking.md.
//
// Thread-safety: a Checker reads an immutable Snapshot (shared freely) and owns a cache
// of registry lookups over one Registry connection: use one Checker per thread. Reuse
// one Checker for many articles (`dyad check --batch`): the store and registry are
// opened once and registry answers are cached per pair.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/date.h"
#include "check/verdict.h"
#include "registry/registry.h"
#include "store/store.h"
#include "text/claims.h"

namespace dyad::check {

// What the registry holds for one pair (loaded once per pair).
struct PairRegistry {
  std::vector<registry::Agreement> agreements;
  std::vector<registry::Target> targets;
  std::vector<registry::AreaAnnouncement> announcements;
  std::string error;  // non-empty when the registry could not be read
};

class Checker {
 public:
  // `registry` may be null: registry-backed claims are then unverifiable, saying so.
  // Both must outlive the Checker.
  Checker(const store::Snapshot& snapshot, registry::Registry* registry);

  // Checks every claim of `article`, in order; never fails (a claim the knowledge base
  // cannot judge is unverifiable, with what would be needed).
  CheckedArticle Check(text::Article article);

  // One claim; `article_date` resolves a missing year.
  CheckedClaim CheckClaim(const text::Claim& claim, const Date& article_date);

  // The registry entries of a pair (either order), cached. Drop the cache after writing.
  const PairRegistry& Registry(const std::string& a, const std::string& b);
  void ClearRegistryCache() { registry_cache_.clear(); }

  const store::Snapshot& snapshot() const { return snapshot_; }

 private:
  const store::Snapshot& snapshot_;
  registry::Registry* registry_;
  std::map<std::string, PairRegistry> registry_cache_;
};

}  // namespace dyad::check
