#include "reference/suggest.h"

#include <algorithm>

#include "base/strings.h"

namespace dyad::reference {

std::vector<size_t> NearestKeys(std::string_view key,
                                const std::vector<std::string>& candidate_keys) {
  std::vector<size_t> best_at;
  if (key.size() < 3) return best_at;  // too short: everything is near
  size_t max_distance = key.size() <= 4 ? 1 : std::max<size_t>(2, key.size() / 3);
  size_t best = max_distance + 1;
  for (size_t i = 0; i < candidate_keys.size(); ++i) {
    const std::string& cand = candidate_keys[i];
    // Lengths far apart cannot be close; skip the quadratic distance.
    size_t gap = cand.size() > key.size() ? cand.size() - key.size() : key.size() - cand.size();
    bool prefix = key.size() >= 4 && cand.compare(0, key.size(), key) == 0;
    if (gap > best && !prefix) continue;
    size_t d = prefix ? 1 : EditDistance(key, cand);
    if (d < best) {
      best = d;
      best_at.clear();
    }
    if (d == best) best_at.push_back(i);
  }
  return best_at;
}

std::string JoinAlternatives(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace dyad::reference
