// The scored trade claims of a text as "kind parties year months value/percent" lines
// ("trade_total KAZ TJK 2023 1-12 $1130000000"), shared by the recogniser tests.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "text/claims.h"

namespace dyad::text {

inline std::vector<std::string> ClaimLines(const std::string& text, std::optional<Date> date) {
  auto r = ExtractClaims(text, date);
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind == ClaimKind::kComposition || c.kind == ClaimKind::kAgreement || c.kind == ClaimKind::kAreas) continue;
    std::string line(ClaimKindName(c.kind));
    for (const auto& p : c.parties) line += " " + p;
    line += " " + (c.year ? std::to_string(*c.year) : std::string("-")) + " " + (c.months.empty() ? "-" : c.months);
    if (c.value_usd) line += " $" + std::to_string(static_cast<long long>(*c.value_usd));
    if (c.percent) line += " " + std::to_string(*c.percent).substr(0, 5) + "%";
    out.push_back(line);
  }
  return out;
}

}  // namespace dyad::text
