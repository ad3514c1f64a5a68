#include "reference/suggest.h"

#include <algorithm>

#include "base/strings.h"

namespace dyad::reference {

namespace {

// Levenshtein distance, or limit + 1 as soon as every cell of a row exceeds `limit`
// (the distance can only grow from there). Keeps "did you mean" cheap: an unknown word
// is compared with every name dyad knows, and most are far away after a few letters.
size_t BoundedEditDistance(std::string_view a, std::string_view b, size_t limit) {
  const size_t big = limit + 1;
  size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return big;
  constexpr size_t kMax = 128;
  if (b.size() >= kMax) return std::min(EditDistance(a, b), big);
  size_t prev[kMax + 1], cur[kMax + 1];
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return big;
    std::copy(cur, cur + b.size() + 1, prev);
  }
  return std::min(prev[b.size()], big);
}

}  // namespace

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
    if (gap > std::min(best, max_distance) && !prefix) continue;
    size_t d = prefix ? 1 : BoundedEditDistance(key, cand, std::min(best, max_distance));
    if (d > max_distance) continue;
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
