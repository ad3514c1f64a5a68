// Target verdict logic on the Kazakhstan-Tajikistan series (official figures, see
// /work/shared/data/official) and on small constructed cases; numbers worked by hand.
#include <gtest/gtest.h>

#include "analytics/target_math.h"

namespace dyad::analytics {
namespace {

Figure Fy(int year, int64_t total, std::string reporter = "TJK",
          store::Qualifier q = store::Qualifier::kExact) {
  Figure f;
  f.year = year;
  f.total_usd = total;
  f.dataset = "official";
  f.basis = store::Basis::kNational;
  f.reporter = std::move(reporter);
  f.qualifier = q;
  return f;
}

TargetInput KazTjk() {
  TargetInput in;
  in.target_usd = 2e9;
  in.stated = Date::Ymd(2024, 8, 22);
  in.series = {Fy(2017, 838000000), Fy(2020, 791000000, "KAZ"),
               Fy(2021, 1200000000, "KAZ", store::Qualifier::kApprox),
               Fy(2022, 1400000000, "KAZ", store::Qualifier::kApprox),
               Fy(2023, 1148800000, "TJK", store::Qualifier::kApprox)};
  Figure partial = Fy(2024, 441600000);
  partial.last_month = 4;
  in.series.push_back(partial);
  return in;
}

TEST(TargetMathTest, TwoBillionTargetWithoutYear) {
  TargetAssessment a = AssessTarget(KazTjk());
  ASSERT_TRUE(a.baseline.has_value());
  EXPECT_EQ(a.baseline->year, 2023);  // latest full year before 2024-08-22
  EXPECT_EQ(*a.baseline->total_usd, 1148800000);
  ASSERT_TRUE(a.latest_partial.has_value());
  EXPECT_EQ(a.latest_partial->months(), "1-4");
  // Horizons 3/5/7/10 from 2023; required (2e9/1.1488e9)^(1/h) - 1.
  ASSERT_EQ(a.horizons.size(), 4u);
  EXPECT_EQ(a.horizons[1].by_year, 2028);
  EXPECT_NEAR(*a.horizons[0].required_cagr, 0.202990, 1e-6);
  EXPECT_NEAR(*a.horizons[1].required_cagr, 0.117267, 1e-6);
  EXPECT_NEAR(*a.horizons[2].required_cagr, 0.082425, 1e-6);
  EXPECT_NEAR(*a.horizons[3].required_cagr, 0.057009, 1e-6);
  // Growth 2017 -> 2023: 1148.8/838 - 1 = 0.370883; CAGR over 6 years (1.370883)^(1/6) - 1
  // = 0.053983.
  ASSERT_EQ(a.growth_to_baseline.size(), 4u);
  EXPECT_EQ(a.growth_to_baseline[0].from.year, 2017);
  EXPECT_NEAR(*a.growth_to_baseline[0].growth, 0.370883, 1e-6);
  EXPECT_NEAR(*a.growth_to_baseline[0].cagr, 0.053983, 1e-6);
  // Trend: x = 0,3,4,5,6 (from 2017), mean 3.6, Sxx = 12.96+.36+.16+1.96+5.76 = 21.2;
  // slope = Sxy/Sxx = 0.0780114 (ln points), growth e^slope - 1 = 8.11 %; R^2 0.538.
  ASSERT_TRUE(a.trend.has_value());
  EXPECT_EQ(a.trend->points, 5);
  EXPECT_NEAR(a.trend->slope, 0.0780114, 1e-6);
  EXPECT_NEAR(a.trend->r_squared, 0.538094, 1e-5);
  // No year: judged in 2023 + 5 = 2028, trend value 1.871139e9 < 2e9: off track by
  // 1.871139/2 - 1 = -6.44 %.
  EXPECT_EQ(a.verdict_year, 2028);
  EXPECT_NEAR(*a.projected_at_verdict_year, 1.871139e9, 1e3);
  EXPECT_EQ(a.verdict, Verdict::kOffTrack);
  EXPECT_NEAR(*a.margin, -0.064430, 1e-5);
  EXPECT_NEAR(*a.horizons[3].projected_usd, 2.763794e9, 1e3);  // 2033
}

TEST(TargetMathTest, TargetYearGivesOneHorizon) {
  TargetInput in = KazTjk();
  in.target_year = 2030;
  TargetAssessment a = AssessTarget(in);
  ASSERT_EQ(a.horizons.size(), 1u);
  EXPECT_EQ(a.horizons[0].years, 7);
  EXPECT_NEAR(*a.horizons[0].required_cagr, 0.082425, 1e-6);
  // trend value in 2030: 2.187087e9 >= 2e9: on track, margin +9.35 %.
  EXPECT_EQ(a.verdict, Verdict::kOnTrack);
  EXPECT_NEAR(*a.margin, 0.093543, 1e-5);
}

TEST(TargetMathTest, ReachedWhenAFullYearAfterTheStatementMeetsTheTarget) {
  TargetInput in = KazTjk();
  in.series.push_back(Fy(2025, 2100000000));
  TargetAssessment a = AssessTarget(in);
  EXPECT_EQ(a.verdict, Verdict::kReached);
  EXPECT_NEAR(*a.margin, 0.05, 1e-12);  // 2.1/2 - 1
  EXPECT_FALSE(a.latest_partial.has_value());  // 2024 1-4 is older than the 2025 full year
}

TEST(TargetMathTest, NotEnoughData) {
  TargetInput in;
  in.target_usd = 2e9;
  in.stated = Date::Ymd(2024, 8, 22);
  in.series = {Fy(2023, 1148800000)};
  TargetAssessment a = AssessTarget(in);
  EXPECT_EQ(a.verdict, Verdict::kNotEnoughData);
  EXPECT_EQ(a.assumptions.back(), "a trend verdict needs at least 3 full-year figures; have 1");
  EXPECT_EQ(a.horizons.size(), 4u);  // required growth is still known

  in.series = {Fy(2025, 1000)};
  a = AssessTarget(in);
  EXPECT_EQ(a.verdict, Verdict::kNotEnoughData);
  EXPECT_FALSE(a.baseline.has_value());
  EXPECT_EQ(a.assumptions.back(), "no full-year figure for a year before 2024-08-22: no baseline");
}

}  // namespace
}  // namespace dyad::analytics
