// Ranking with ties and shares: the order behind "KAZ is TJK's 2nd partner". Standard
// competition ranking ("1224"): equal values share a rank and the next rank skips.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dyad::analytics {

struct RankItem {
  std::string key;   // "RUS"
  double value = 0;
  int rank = 0;      // filled by RankDescending
};

// Sorts by value, largest first (ties in key order, for a stable display) and assigns
// competition ranks. Returns the sorted items.
std::vector<RankItem> RankDescending(std::vector<RankItem> items);

// part / whole; nullopt when whole is not positive.
std::optional<double> Share(double part, double whole);

// English ordinal: 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd".
std::string Ordinal(int n);

}  // namespace dyad::analytics
