// Figures that refer back to the sentence before ("this figure", "данный показатель"),
// on short synthetic articles in English and Russian (docs/extraction.md, "Lists of
// partners").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/claims.h"

namespace dyad::text {
namespace {

// The trade totals of `text` as "parties year months $value" lines.
std::vector<std::string> Totals(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 20));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kTradeTotal) continue;
    std::string line;
    for (const auto& p : c.parties) line += p + " ";
    line += (c.year ? std::to_string(*c.year) : std::string("-")) + " " + (c.months.empty() ? "-" : c.months);
    if (c.value_usd) line += " $" + std::to_string(static_cast<long long>(*c.value_usd));
    out.push_back(line);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ReferentsTest, ThisFigureAfterATotalNamedWithoutAFigureIsThatTotal) {
  EXPECT_EQ(Totals("Trade between Armenia and Iran expanded in 2023. This figure reached $700 million."),
            V{"ARM IRN 2023 1-12 $700000000"});
  EXPECT_EQ(Totals("В 2023 году товарооборот Монголии и Японии заметно вырос. Данный показатель достиг 1,1 млрд "
                   "долларов."),
            V{"MNG JPN 2023 1-12 $1100000000"});
  // Only the next sentence, and only "this figure".
  EXPECT_EQ(Totals("Trade between Armenia and Iran expanded in 2023. Officials met in Yerevan. This figure reached "
                   "$700 million."),
            V{});
}

}  // namespace
}  // namespace dyad::text
