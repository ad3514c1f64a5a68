// Unit tests of the pure analytics arithmetic. Every expected number is worked out by
// hand in the comment next to it.
#include <cmath>

#include <gtest/gtest.h>

#include "analytics/growth.h"
#include "analytics/indicators.h"
#include "analytics/ranking.h"

namespace dyad::analytics {
namespace {

TEST(GrowthTest, GrowthAndCagr) {
  EXPECT_DOUBLE_EQ(*Growth(100, 150), 0.5);          // 150/100 - 1
  EXPECT_DOUBLE_EQ(*Growth(200, 150), -0.25);        // 150/200 - 1
  EXPECT_NEAR(*Cagr(100, 121, 2), 0.10, 1e-12);      // sqrt(1.21) - 1
  EXPECT_FALSE(Growth(0, 5).has_value());            // no base
  EXPECT_FALSE(Cagr(100, 0, 3).has_value());         // cannot compound to zero
  EXPECT_FALSE(Cagr(100, 200, 0).has_value());       // no time
}

TEST(GrowthTest, RequiredCagrForTwoBillionFromTheTwentyTwentyThreeBaseline) {
  // (2e9 / 1.1488e9)^(1/5) - 1: ln(1.740947) = 0.554429, / 5 = 0.110886, e^x - 1 = 0.117267
  EXPECT_NEAR(*RequiredCagr(1.1488e9, 2e9, 5), 0.117267, 1e-6);
  // ^(1/3): e^(0.184810) - 1 = 0.202990
  EXPECT_NEAR(*RequiredCagr(1.1488e9, 2e9, 3), 0.202990, 1e-6);
  // ^(1/10): e^(0.0554429) - 1 = 0.057009
  EXPECT_NEAR(*RequiredCagr(1.1488e9, 2e9, 10), 0.057009, 1e-6);
}

TEST(GrowthTest, LogLinearFitOfAnExactDoubling) {
  // ln values ln100, ln200, ln400 lie on a line of slope ln 2: growth 100 %, R^2 1.
  std::vector<YearValue> pts{{2000, 100}, {2001, 200}, {2002, 400}};
  auto t = FitLogLinear(pts);
  ASSERT_TRUE(t.ok());
  EXPECT_NEAR(t->slope, std::log(2.0), 1e-12);
  EXPECT_NEAR(t->annual_growth(), 1.0, 1e-12);
  EXPECT_NEAR(t->r_squared, 1.0, 1e-12);
  EXPECT_NEAR(t->ValueAt(2003), 800, 1e-9);
  EXPECT_EQ(t->points, 3);
  EXPECT_EQ(t->first_year, 2000);
  EXPECT_EQ(t->last_year, 2002);
}

TEST(GrowthTest, LogLinearFitOfScatteredPoints) {
  // y = ln v = 0, 1, 3 at x = 0, 1, 2: mean x 1, mean y 4/3; Sxy = (-1)(-4/3) + 0 + (1)(5/3)
  // = 3; Sxx = 2; slope 1.5; intercept 4/3 - 1.5 = -1/6; Syy = 16/9 + 1/9 + 25/9 = 42/9;
  // R^2 = 9 / (2 * 42/9) = 81/84.
  std::vector<YearValue> pts{{2010, 1}, {2011, std::exp(1.0)}, {2012, std::exp(3.0)}};
  auto t = FitLogLinear(pts);
  ASSERT_TRUE(t.ok());
  EXPECT_NEAR(t->slope, 1.5, 1e-12);
  EXPECT_NEAR(t->intercept, -1.0 / 6, 1e-12);
  EXPECT_NEAR(t->r_squared, 81.0 / 84, 1e-12);
}

TEST(GrowthTest, LogLinearFitNeedsTwoYearsAndPositiveValues) {
  std::vector<YearValue> one{{2020, 5}, {2020, 6}};
  EXPECT_EQ(FitLogLinear(one).status().message(),
            "trend fit: needs values for at least two different years, got 1");
  std::vector<YearValue> zero{{2020, 5}, {2021, 0}};
  EXPECT_EQ(FitLogLinear(zero).status().message(), "trend fit: value for 2021 is not positive");
}

TEST(IndicatorsTest, BalassaRca) {
  // (10 / 100) / (50 / 1000) = 0.1 / 0.05 = 2
  EXPECT_DOUBLE_EQ(*BalassaRca(10, 100, 50, 1000), 2.0);
  EXPECT_FALSE(BalassaRca(10, 0, 50, 1000).has_value());
}

TEST(IndicatorsTest, Complementarity) {
  // exporter shares {1: .5, 2: .5}; importer shares {2: .25, 3: .75}
  // sum |m - x| = .5 (product 1) + .25 (2) + .75 (3) = 1.5; 100 * (1 - 1.5/2) = 25
  ProductValues x{{10101, 50}, {10102, 50}};
  ProductValues m{{10102, 25}, {10103, 75}};
  EXPECT_NEAR(*Complementarity(x, m), 25.0, 1e-12);
  EXPECT_NEAR(*Complementarity(x, x), 100.0, 1e-12);               // identical structure
  EXPECT_NEAR(*Complementarity({{1, 5}}, {{2, 7}}), 0.0, 1e-12);   // nothing in common
  EXPECT_FALSE(Complementarity({}, m).has_value());
}

TEST(IndicatorsTest, TradeIntensity) {
  // (20 / 100) / (50 / 1000) = 0.2 / 0.05 = 4
  EXPECT_DOUBLE_EQ(*TradeIntensity(20, 100, 50, 1000), 4.0);
  EXPECT_FALSE(TradeIntensity(20, 100, 0, 1000).has_value());
}

TEST(IndicatorsTest, GrubelLloydAggregateAndByChapter) {
  // X = {010101: 30, 010102: 10, 020101: 5}, M = {010101: 10, 010102: 10, 030101: 20}
  // |X-M|: 20, 0, 5, 20 = 45; X+M: 40, 20, 5, 20 = 85; GL = 1 - 45/85 = 40/85
  // chapter 1: 1 - 20/60 = 2/3; chapter 2: 1 - 5/5 = 0; chapter 3: 1 - 20/20 = 0
  ProductValues x{{10101, 30}, {10102, 10}, {20101, 5}};
  ProductValues m{{10101, 10}, {10102, 10}, {30101, 20}};
  auto gl = GrubelLloyd(x, m);
  ASSERT_TRUE(gl.has_value());
  EXPECT_NEAR(gl->index, 40.0 / 85, 1e-12);
  EXPECT_DOUBLE_EQ(gl->total_usd, 85);
  EXPECT_DOUBLE_EQ(gl->overlap_usd, 40);
  auto by = GrubelLloydByChapter(x, m);
  ASSERT_EQ(by.size(), 3u);
  EXPECT_NEAR(by[1].index, 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(by[2].index, 0);
  EXPECT_DOUBLE_EQ(by[3].index, 0);
  EXPECT_FALSE(GrubelLloyd({}, {}).has_value());
}

TEST(IndicatorsTest, Hhi) {
  // shares .5 .3 .2: H = .25 + .09 + .04 = .38; H* = (.38 - 1/3) / (2/3) = .07; 1/H = 2.6316
  auto h = Hhi({50, 30, 20, 0});
  ASSERT_TRUE(h.has_value());
  EXPECT_NEAR(h->hhi, 0.38, 1e-12);
  EXPECT_NEAR(h->normalized, 0.07, 1e-12);
  EXPECT_NEAR(h->equivalent, 1 / 0.38, 1e-12);
  EXPECT_EQ(h->count, 3);
  auto one = Hhi({7});
  EXPECT_DOUBLE_EQ(one->hhi, 1);
  EXPECT_DOUBLE_EQ(one->normalized, 1);
  auto equal = Hhi({4, 4, 4, 4});
  EXPECT_NEAR(equal->hhi, 0.25, 1e-12);
  EXPECT_NEAR(equal->normalized, 0, 1e-12);
  EXPECT_FALSE(Hhi({0, 0}).has_value());
}

TEST(RankingTest, CompetitionRanksWithTies) {
  auto r = RankDescending({{"BLR", 5}, {"UZB", 8}, {"RUS", 10}, {"KAZ", 8}});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].key, "RUS");
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[1].key, "KAZ");  // tie with UZB: same rank, key order
  EXPECT_EQ(r[1].rank, 2);
  EXPECT_EQ(r[2].key, "UZB");
  EXPECT_EQ(r[2].rank, 2);
  EXPECT_EQ(r[3].key, "BLR");
  EXPECT_EQ(r[3].rank, 4);     // "1224"
}

TEST(RankingTest, OrdinalsAndShares) {
  EXPECT_EQ(Ordinal(1), "1st");
  EXPECT_EQ(Ordinal(2), "2nd");
  EXPECT_EQ(Ordinal(3), "3rd");
  EXPECT_EQ(Ordinal(4), "4th");
  EXPECT_EQ(Ordinal(11), "11th");
  EXPECT_EQ(Ordinal(12), "12th");
  EXPECT_EQ(Ordinal(13), "13th");
  EXPECT_EQ(Ordinal(21), "21st");
  EXPECT_EQ(Ordinal(102), "102nd");
  EXPECT_EQ(Ordinal(111), "111th");
  EXPECT_DOUBLE_EQ(*Share(1, 4), 0.25);
  EXPECT_FALSE(Share(1, 0).has_value());
}

}  // namespace
}  // namespace dyad::analytics
