// Unit tests of the "coherence" stage (src/text/coherence.h) on claims built by hand,
// and through ExtractClaims on made-up articles.
#include "text/coherence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::text {
namespace {

Claim Figure(ClaimKind kind, std::vector<std::string> parties, int year, std::string months, int64_t usd,
             size_t span = 0) {
  Claim c;
  c.kind = kind;
  c.parties = std::move(parties);
  c.year = year;
  c.months = std::move(months);
  c.value_usd = usd;
  c.span_begin = span;
  return c;
}

Claim Growth(std::vector<std::string> parties, int year, std::string months, double pct, std::string measure,
             size_t span) {
  Claim c = Figure(ClaimKind::kTradeGrowth, std::move(parties), year, std::move(months), 0, span);
  c.value_usd.reset();
  c.percent = pct;
  c.measure = std::move(measure);
  return c;
}

std::vector<std::string> Values(const std::vector<Claim>& cs) {
  std::vector<std::string> out;
  for (const Claim& c : cs) {
    out.push_back(std::string(ClaimKindName(c.kind)) + " " + c.parties[0] + ">" + c.parties[1] + " " + c.months + " " +
                  (c.value_usd ? std::to_string(*c.value_usd) : std::to_string(*c.percent)));
  }
  return out;
}

TEST(Coherence, AFlowLargerThanThePairsTotalIsTheWorlds) {
  std::vector<Claim> cs = {
      Figure(ClaimKind::kTradeTotal, {"TUR", "CHN"}, 2020, "6-6", 2'000'000'000, 10),
      Figure(ClaimKind::kTradeFlow, {"TUR", "CHN"}, 2020, "6-6", 220'000'000, 20),
      // "Turkey's exports increased by 15.7 percent, amounting to $13.4 billion" (June).
      Figure(ClaimKind::kTradeFlow, {"TUR", "CHN"}, 2020, "6-6", 13'400'000'000, 30),
      Growth({"TUR", "CHN"}, 2020, "6-6", 15.7, "exports", 30),
      // A flow of June is part of the first half's total: 9.8 > 5 * 1.1.
      Figure(ClaimKind::kTradeTotal, {"CHN", "TUR"}, 2020, "1-6", 5'000'000'000, 40),
      Figure(ClaimKind::kTradeFlow, {"CHN", "TUR"}, 2020, "6-6", 9'800'000'000, 50),
      // Within the slack ("exceeded $2 billion"; a flow of 2.1 billion).
      Figure(ClaimKind::kTradeFlow, {"CHN", "TUR"}, 2020, "6-6", 2'150'000'000, 60),
      // Another year is not compared.
      Figure(ClaimKind::kTradeFlow, {"CHN", "TUR"}, 2019, "6-6", 9'800'000'000, 70),
  };
  DropIncoherentFigures(&cs);
  EXPECT_EQ(Values(cs), (std::vector<std::string>{
                            "trade_total TUR>CHN 6-6 2000000000", "trade_flow TUR>CHN 6-6 220000000",
                            "trade_total CHN>TUR 1-6 5000000000", "trade_flow CHN>TUR 6-6 2150000000",
                            "trade_flow CHN>TUR 6-6 9800000000"}));
}

TEST(Coherence, AFiscalYearDoesNotContainCalendarMonths) {
  // "2021-22" is named by its end but runs April 2021-March 2022: a larger April-August
  // 2022 flow is no contradiction.
  std::vector<Claim> cs = {
      Figure(ClaimKind::kTradeTotal, {"IND", "RUS"}, 2022, "", 13'000'000'000, 10),
      Figure(ClaimKind::kTradeFlow, {"RUS", "IND"}, 2022, "4-8", 17'000'000'000, 20),
  };
  DropIncoherentFigures(&cs);
  EXPECT_EQ(cs.size(), 2u);
}

TEST(Coherence, ATotalTenTimesThePairsOtherTotalIsTheWorlds) {
  std::vector<Claim> cs = {
      Figure(ClaimKind::kTradeTotal, {"TUR", "CHN"}, 2020, "1-6", 10'900'000'000, 10),
      Growth({"TUR", "CHN"}, 2020, "1-6", 8.0, "total", 10),
      // "Turkey's trade turnover amounted to over $174.1 billion in the first half."
      Figure(ClaimKind::kTradeTotal, {"CHN", "TUR"}, 2020, "1-6", 174'100'000'000, 20),
      Growth({"CHN", "TUR"}, 2020, "1-6", -3.2, "total", 20),
      // Mirror figures of one period differ by less: both stay.
      Figure(ClaimKind::kTradeTotal, {"TUR", "CHN"}, 2020, "1-6", 24'000'000'000, 30),
      // Flows of opposite directions are not compared with each other.
      Figure(ClaimKind::kTradeFlow, {"TUR", "CHN"}, 2021, "", 1'000'000'000, 40),
      Figure(ClaimKind::kTradeFlow, {"CHN", "TUR"}, 2021, "", 20'000'000'000, 40),
  };
  DropIncoherentFigures(&cs);
  EXPECT_EQ(Values(cs), (std::vector<std::string>{
                            "trade_total TUR>CHN 1-6 10900000000", "trade_growth TUR>CHN 1-6 8.000000",
                            "trade_total TUR>CHN 1-6 24000000000", "trade_flow TUR>CHN  1000000000",
                            "trade_flow CHN>TUR  20000000000"}));
}

TEST(Coherence, AGoalStatedTwiceIsTheOneWithItsYear) {
  Claim a = Figure(ClaimKind::kTarget, {"IND", "IDN"}, 0, "", 50'000'000'000, 10);
  a.year.reset();
  Claim b = a;
  b.span_begin = 20;
  b.target_year = 2025;
  Claim other = a;  // another goal of the pair, without a year, stays
  other.value_usd = 30'000'000'000;
  std::vector<Claim> cs = {a, b, other};
  DropIncoherentFigures(&cs);
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(cs[0].target_year, 2025);
  EXPECT_EQ(cs[1].value_usd, 30'000'000'000);
}

TEST(Coherence, ThroughExtraction) {
  auto a = ExtractClaims(
      "In June, trade between Turkey and China exceeded $2 billion. Turkish exports to China made up $220 "
      "million. In June, Turkey's exports increased by 15.7 percent, amounting to $13.4 billion.\n",
      Date::Ymd(2020, 9, 12));
  ASSERT_TRUE(a.ok());
  std::vector<std::string> kinds;
  for (const Claim& c : a->claims) {
    kinds.push_back(std::string(ClaimKindName(c.kind)) + " " + std::to_string(c.value_usd.value_or(0)));
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"trade_total 2000000000", "trade_flow 220000000"}));
}

}  // namespace
}  // namespace dyad::text
