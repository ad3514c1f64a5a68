#include "analytics/ranking.h"

#include <algorithm>

namespace dyad::analytics {

std::vector<RankItem> RankDescending(std::vector<RankItem> items) {
  std::sort(items.begin(), items.end(), [](const RankItem& a, const RankItem& b) {
    if (a.value != b.value) return a.value > b.value;
    return a.key < b.key;
  });
  for (size_t i = 0; i < items.size(); ++i) {
    items[i].rank = (i > 0 && items[i].value == items[i - 1].value)
                        ? items[i - 1].rank
                        : static_cast<int>(i) + 1;
  }
  return items;
}

std::optional<double> Share(double part, double whole) {
  if (!(whole > 0)) return std::nullopt;
  return part / whole;
}

std::string Ordinal(int n) {
  const char* suffix = "th";
  int mod100 = n % 100, mod10 = n % 10;
  if (mod100 < 11 || mod100 > 13) {
    if (mod10 == 1) suffix = "st";
    if (mod10 == 2) suffix = "nd";
    if (mod10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

}  // namespace dyad::analytics
