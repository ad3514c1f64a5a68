// "Did you mean" for the reference tables: the candidates nearest to a query by edit
// distance. Internal to src/reference. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::reference {

// Indexes of `candidate_keys` (already folded) at the smallest edit distance from the
// folded `key`, if that distance is small for the key's length (1 for up to 4 bytes,
// else a third of the length, at least 2); a candidate that starts with a key of 4+
// bytes counts as distance 1. Only the best distance is returned: suggesting both
// Kazakhstan (1 edit from "Kazakstan") and Tajikistan (4 edits) would be noise.
std::vector<size_t> NearestKeys(std::string_view key, const std::vector<std::string>& candidate_keys);

// "a", "a or b", "a, b or c".
std::string JoinAlternatives(const std::vector<std::string>& items);

}  // namespace dyad::reference
