#include "text/claims.h"

namespace dyad::text {
namespace {
constexpr std::string_view kKindNames[] = {"trade_total", "trade_flow", "trade_growth",
                                           "share",       "target",     "rank",
                                           "composition", "agreement",  "areas"};
}  // namespace

std::string_view ClaimKindName(ClaimKind kind) { return kKindNames[static_cast<int>(kind)]; }

std::optional<ClaimKind> ParseClaimKind(std::string_view name) {
  for (int i = 0; i < kClaimKindCount; ++i) {
    if (kKindNames[i] == name) return static_cast<ClaimKind>(i);
  }
  return std::nullopt;
}

std::string_view DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kOption: return "option";
    case DateSource::kText: return "text";
    case DateSource::kToday: return "today";
  }
  return "today";
}

}  // namespace dyad::text
