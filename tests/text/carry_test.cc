// Unit tests of the discourse state passed from sentence to sentence (Carry in
// src/text/analysis.h): the current period, the recent periods of months, the last
// figure's parties and the flow named with both ends.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analysis.h"
#include "text/claims.h"

namespace dyad::text::internal {
namespace {

TimeExpr Period(int year, int from = 0, int to = 0) {
  TimeExpr t;
  t.kind = TimeKind::kPeriod;
  t.year = year;
  t.month_from = from;
  t.month_to = to;
  return t;
}

Claim Figure(ClaimKind kind, std::vector<std::string> parties, std::optional<int> year, std::string months = "") {
  Claim c;
  c.kind = kind;
  c.parties = std::move(parties);
  c.year = year;
  c.months = std::move(months);
  return c;
}

TEST(CarryTest, RecentPeriodsKeepTheLastEight) {
  Carry carry;
  for (int m = 1; m <= 10; ++m) carry.RememberPeriod(Period(2020 + m, 1, m + 1));
  ASSERT_EQ(carry.recent_periods.size(), Carry::kRecentPeriods);
  EXPECT_EQ(carry.recent_periods.front().year, 2023);  // the two oldest are gone
  EXPECT_EQ(carry.recent_periods.back().year, 2030);
}

TEST(CarryTest, RecentPeriodOfMonthsIsTheLastOfThatLength) {
  Carry carry;
  carry.RememberPeriod(Period(2022, 1, 6));
  carry.RememberPeriod(Period(2023, 1, 5));
  carry.RememberPeriod(Period(2023, 1, 6));
  carry.RememberPeriod(Period(2023, 7, 9));
  const TimeExpr* six = carry.RecentPeriodOfMonths(6);
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(six->year, 2023);
  EXPECT_EQ(six->month_to, 6);
  const TimeExpr* three = carry.RecentPeriodOfMonths(3);
  ASSERT_NE(three, nullptr);
  EXPECT_EQ(three->month_from, 7);
  EXPECT_EQ(carry.RecentPeriodOfMonths(11), nullptr);
}

TEST(CarryTest, TheLastActualFigureSetsTheCurrentPeriod) {
  Carry carry;
  Claim total = Figure(ClaimKind::kTradeTotal, {"KAZ", "CHN"}, 2023, "1-5");
  Claim target = Figure(ClaimKind::kTarget, {"KAZ", "CHN"}, std::nullopt);
  target.target_year = 2030;
  // The sentence also names 2021 (a baseline year): the figure's period wins.
  carry.EndTradeSentence({Period(2023, 1, 5), Period(2021, 1, 12)}, true, {&total, &target}, std::nullopt, false);
  ASSERT_TRUE(carry.period.has_value());
  EXPECT_EQ(carry.period->year, 2023);
  EXPECT_EQ(carry.period->month_from, 1);
  EXPECT_EQ(carry.period->month_to, 5);
  EXPECT_TRUE(carry.period_from_previous);
  EXPECT_TRUE(carry.last_trade_sentence);
  EXPECT_EQ(carry.last_trade_parties, (std::vector<std::string>{"KAZ", "CHN"}));
  // Only the period of months is remembered for "during the five months".
  ASSERT_EQ(carry.recent_periods.size(), 1u);
  EXPECT_EQ(carry.recent_periods[0].month_to, 5);
}

TEST(CarryTest, ASentenceWithoutFiguresKeepsThePeriodOrNamesANewOne) {
  Carry carry;
  Claim total = Figure(ClaimKind::kTradeTotal, {"UZB", "RUS"}, 2022, "1-12");
  carry.EndTradeSentence({Period(2022, 1, 12)}, true, {&total}, std::nullopt, false);
  // "China ranks first among its partners." names no period: the current one stays.
  carry.EndTradeSentence({}, false, {}, std::nullopt, false);
  ASSERT_TRUE(carry.period.has_value());
  EXPECT_EQ(carry.period->year, 2022);
  EXPECT_FALSE(carry.last_trade_sentence);
  EXPECT_EQ(carry.last_trade_parties, (std::vector<std::string>{"UZB", "RUS"}));
  // "In the first quarter, ..." without a figure still names the next period.
  carry.EndTradeSentence({Period(2023, 1, 3)}, false, {}, std::nullopt, false);
  EXPECT_EQ(carry.period->year, 2023);
  EXPECT_EQ(carry.period->month_to, 3);
}

TEST(CarryTest, OnlyATotalGivesTheLastPartiesAndAFigureWithoutAYearNoPeriod) {
  Carry carry;
  Claim flow = Figure(ClaimKind::kTradeFlow, {"CHN", "KEN"}, std::nullopt);
  carry.EndTradeSentence({}, true, {&flow}, std::nullopt, true);
  EXPECT_TRUE(carry.last_trade_parties.empty());
  EXPECT_FALSE(carry.period.has_value());
  EXPECT_TRUE(carry.last_trade_quoted);
}

TEST(CarryTest, TheNamedFlowLastsOneSentence) {
  Carry carry;
  carry.EndTradeSentence({}, false, {}, std::make_pair(Cue::kImport, std::make_pair(std::string("KAZ"), std::string("TJK"))),
                         false);
  EXPECT_EQ(carry.last_flow_cue, Cue::kImport);
  EXPECT_EQ(carry.last_flow, std::make_pair(std::string("KAZ"), std::string("TJK")));
  carry.EndTradeSentence({}, false, {}, std::nullopt, false);
  EXPECT_EQ(carry.last_flow_cue, Cue::kNone);
}

// The same state as the extractor passes it along an article.
std::vector<std::string> Totals(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 8, 22));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kTradeTotal && c.kind != ClaimKind::kTradeFlow) continue;
    out.push_back(std::string(ClaimKindName(c.kind)) + " " + c.parties[0] + "-" + c.parties[1] + " " +
                  (c.year ? std::to_string(*c.year) : "-") + " " + (c.months.empty() ? "-" : c.months));
  }
  return out;
}

TEST(CarryTest, ThePeriodCarriesOverASentenceWithoutAFigure) {
  EXPECT_EQ(Totals("In January-May 2023, trade between Kazakhstan and China reached $12 billion. China is "
                   "Kazakhstan's largest trading partner. Kazakh exports to China were $7 billion."),
            (std::vector<std::string>{"trade_total KAZ-CHN 2023 1-5", "trade_flow KAZ-CHN 2023 1-5"}));
}

TEST(CarryTest, APeriodReferredToByItsLengthIsTheLastOfThatLength) {
  EXPECT_EQ(Totals("In the first half of 2023, trade between Vietnam and Japan was $20 billion. In the third "
                   "quarter it grew. During the six-month period, Vietnam's exports to Japan were $11 billion."),
            (std::vector<std::string>{"trade_total VNM-JPN 2023 1-6", "trade_flow VNM-JPN 2023 1-6"}));
}

TEST(CarryTest, ThenIsTheLastTimeNamedWithTheMonthsOfThePeriod) {
  Carry carry;
  Claim flow = Figure(ClaimKind::kTradeFlow, {"KAZ", "TJK"}, 2022, "1-6");
  carry.EndTradeSentence({Period(2022, 1, 6)}, true, {&flow}, std::nullopt, false);
  ASSERT_TRUE(carry.then_period.has_value());
  EXPECT_EQ(carry.then_period->year, 2022);
  // "Compared with the same period in 2021 this is 0.4% less.": a base of no months of
  // its own takes the current period's months.
  TimeExpr base;
  base.kind = TimeKind::kBaseline;
  base.year = 2021;
  carry.EndTradeSentence({base}, false, {}, std::nullopt, false);
  ASSERT_TRUE(carry.then_period.has_value());
  EXPECT_EQ(carry.then_period->kind, TimeKind::kPeriod);
  EXPECT_EQ(carry.then_period->year, 2021);
  EXPECT_EQ(carry.then_period->month_from, 1);
  EXPECT_EQ(carry.then_period->month_to, 6);
  EXPECT_EQ(carry.period->year, 2022);  // the current period stays
  // A sentence naming no time names no "then".
  carry.EndTradeSentence({}, false, {}, std::nullopt, false);
  EXPECT_FALSE(carry.then_period.has_value());
}

TEST(CarryTest, AtThatTimeAndTheSamePeriodOfAYear) {
  EXPECT_EQ(Totals("In January-June 2022, Tajikistan imported goods worth $397 million from Kazakhstan. That is "
                   "0.4% less than in the same period in 2021. At that time, imports of Tajikistan from "
                   "Kazakhstan were $400 million."),
            (std::vector<std::string>{"trade_flow KAZ-TJK 2022 1-6", "trade_flow KAZ-TJK 2021 1-6"}));
  EXPECT_EQ(Totals("In January-June 2022, Tajikistan imported goods worth $397 million from Kazakhstan. In the "
                   "same period of 2021, Tajikistan's imports from Kazakhstan were $400 million."),
            (std::vector<std::string>{"trade_flow KAZ-TJK 2022 1-6", "trade_flow KAZ-TJK 2021 1-6"}));
  // After a comparison word it is the base, not the period of the figure.
  EXPECT_EQ(Totals("In January-June 2022, trade between Kazakhstan and Tajikistan reached $600 million, twice as "
                   "much as in the same period of 2021."),
            (std::vector<std::string>{"trade_total KAZ-TJK 2022 1-6"}));
}

TEST(CarryTest, ALaterClauseRefersBackWithItsSentence) {
  // "the five months" opening the sentence dates the figures of its later clauses too.
  EXPECT_EQ(Totals("Between April and August 2023, trade between Chile and Peru grew. During the five months, "
                   "trade between the two countries totalled $4 billion, with Chilean exports at $2.5 billion."),
            (std::vector<std::string>{"trade_total CHL-PER 2023 4-8", "trade_flow CHL-PER 2023 4-8"}));
  // A clause with a time of its own keeps it.
  EXPECT_EQ(Totals("Between April and August 2023, trade between Chile and Peru grew. In the five months, trade "
                   "between the two countries totalled $4 billion, while in 2022 Chilean exports were $5 billion."),
            (std::vector<std::string>{"trade_total CHL-PER 2023 4-8", "trade_flow CHL-PER 2022 1-12"}));
}

TEST(CarryTest, AComparisonBaseIsNoPeriodOfMonthsForLater) {
  // "on" after a rate: the half compared with is not the half "the six months" refers to.
  EXPECT_EQ(Totals("Trade between Canada and Mexico was $24 billion in the first half of 2024, up 3% on H1 "
                   "2023. Canadian exports to Mexico were $5 billion in the six months."),
            (std::vector<std::string>{"trade_total CAN-MEX 2024 1-6", "trade_flow CAN-MEX 2024 1-6"}));
  EXPECT_EQ(Totals("In January-June 2024 trade between Chile and Peru grew 6 per cent compared with the first "
                   "half of 2023, to $2 billion. During the six-month period, Chilean imports from Peru were "
                   "$900 million."),
            (std::vector<std::string>{"trade_total CHL-PER 2024 1-6", "trade_flow PER-CHL 2024 1-6"}));
  // Without a rate before it, "on" is no comparison: nothing is marked.
  EXPECT_EQ(Totals("Exports from Ghana to Togo were $300 million in the first half of 2024. Trade between the "
                   "two countries was $500 million in the six months."),
            (std::vector<std::string>{"trade_flow GHA-TGO 2024 1-6", "trade_total GHA-TGO 2024 1-6"}));
}

TEST(CarryTest, MarkComparedPeriods) {
  auto marked = [](const std::string& text) {
    auto r = ExtractClaims(text, Date::Ymd(2024, 8, 22));
    std::vector<std::string> out;
    if (!r.ok()) return out;
    for (const Claim& c : r->claims) {
      if (c.kind == ClaimKind::kTradeGrowth) {
        out.push_back(std::to_string(c.year.value_or(0)) + " " + c.months + " from " + std::to_string(c.from_year.value_or(0)));
      }
    }
    return out;
  };
  // The growth is dated by its own period; the compared half is its base.
  EXPECT_EQ(marked("Trade between Canada and Mexico rose 3% on the first half of 2023 to $24 billion in "
                   "January-June 2024."),
            (std::vector<std::string>{"2024 1-6 from 2023"}));
  EXPECT_EQ(marked("In the third quarter of 2024, trade between Chile and Peru was 4 percent higher than in the "
                   "third quarter of 2023."),
            (std::vector<std::string>{"2024 7-9 from 2023"}));
}

}  // namespace
}  // namespace dyad::text::internal
