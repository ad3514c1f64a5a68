// Unit tests of the "shares" stage (src/text/share_claims.cc): each phrasing of a share
// on made-up sentences of different wording, and near misses that are no share (and
// never a growth rate).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

// The share, rank and growth claims of `text` as "kind partner country year measure percent".
std::vector<std::string> Shares(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kShare && c.kind != ClaimKind::kTradeGrowth) continue;
    std::string line(ClaimKindName(c.kind));
    for (const auto& p : c.parties) line += " " + p;
    line += " " + (c.year ? std::to_string(*c.year) : std::string("-")) + " " + c.measure;
    if (c.percent) line += " " + std::to_string(*c.percent).substr(0, 4);
    out.push_back(line);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ShareClaims, PercentOfACountrysTrade) {
  EXPECT_EQ(Shares("Kazakhstan accounted for 18% of Kyrgyzstan's trade in 2023."), V{"share KAZ KGZ 2023 total 18.0"});
  EXPECT_EQ(Shares("In 2023, 15% of Kazakhstan's exports went to China."), V{"share CHN KAZ 2023 exports 15.0"});
}

TEST(ShareClaims, ThePossessorOfShareIsThePartner) {
  EXPECT_EQ(Shares("China's share in trade turnover of Kyrgyzstan was 20% in 2023."), V{"share CHN KGZ 2023 total 20.0"});
  EXPECT_EQ(Shares("Turkey's share in Georgia's foreign trade was 7.6% in 2023."), V{"share TUR GEO 2023 total 7.60"});
}

TEST(ShareClaims, APeriodBetweenShareAndFigureDoesNotCountTowardsItsReach) {
  EXPECT_EQ(Shares("Kazakhstan's share in foreign trade turnover of Kyrgyzstan in 2023 amounted to 18%."),
            V{"share KAZ KGZ 2023 total 18.0"});
  EXPECT_EQ(Shares("China's share in foreign trade of Tajikistan in January-September 2023 amounted to 15.3%."),
            V{"share CHN TJK 2023 total 15.3"});
}

TEST(ShareClaims, TradeWithAPartnerAccountedFor) {
  EXPECT_EQ(Shares("In 2023, trade with Armenia accounted for 7.3 percent of Russia's foreign trade."),
            V{"share ARM RUS 2023 total 7.30"});
}

TEST(ShareClaims, NoPartnerOrAGroupIsNoShareAndNoGrowth) {
  EXPECT_EQ(Shares("These countries together account for 44% of Turkish imports in 2023."), V{});
  EXPECT_EQ(Shares("In 2023 China made up 38% of Russia's trade with all countries of the region."), V{});
}

}  // namespace
}  // namespace dyad::text
