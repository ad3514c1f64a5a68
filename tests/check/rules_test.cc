// The numeric verdict rules, exactly: rounding implied by a figure, tolerance edges,
// hedges, qualified data figures, partial years and disagreeing sources.
#include <gtest/gtest.h>

#include "check/amount_check.h"
#include "check/rules.h"

namespace dyad::check {
namespace {

using store::Qualifier;

TEST(Rules, HalfUnitOfTheLastSignificantDigit) {
  EXPECT_EQ(HalfUnitOfInteger(1130000000), 5000000);
  EXPECT_EQ(HalfUnitOfInteger(1148800000), 50000);
  EXPECT_EQ(HalfUnitOfInteger(2000000000), 500000000);
  EXPECT_EQ(HalfUnitOfInteger(654800), 50);
  EXPECT_EQ(HalfUnitOfInteger(0), 0);
  EXPECT_DOUBLE_EQ(HalfUnitOfDecimal(12), 0.5);
  EXPECT_DOUBLE_EQ(HalfUnitOfDecimal(12.5), 0.05);
  EXPECT_DOUBLE_EQ(HalfUnitOfDecimal(-3.25), 0.005);
}

// Evidence names a source as analytics does (Figure::SourceLabel); it used to write
// "comtrade as reported by KAZ" where every other command says "as reported to UN Comtrade".
TEST(Rules, SourceNamesFollowAnalytics) {
  analytics::Figure f;
  f.dataset = "comtrade-h6";
  f.basis = store::Basis::kReporter;
  f.reporter = "KAZ";
  EXPECT_EQ(SourceName(f), "comtrade-h6: KAZ as reported to UN Comtrade");
  f.first_month = 6;  // a partial year is said by the period, not the source
  EXPECT_EQ(SourceName(f), "comtrade-h6: KAZ as reported to UN Comtrade");
  f = analytics::Figure();
  f.dataset = "baci-hs17";
  EXPECT_EQ(SourceName(f), "baci-hs17 (reconciled)");
  f.synthetic = true;
  EXPECT_EQ(SourceName(f), "baci-hs17 (synthetic, reconciled)");
  f = analytics::Figure();
  f.dataset = "official";
  f.basis = store::Basis::kNational;
  f.reporter = "TJK";
  EXPECT_EQ(SourceName(f), "official");
  f.source = "Statistics Agency under the President of the Republic of Tajikistan";
  EXPECT_EQ(SourceName(f), f.source);
}

TEST(Rules, SeedFigureIsConsistentMinusOnePointSix) {
  AmountOutcome o = CompareAmount(1130000000, "", 1148800000, Qualifier::kApprox);
  EXPECT_EQ(o.verdict, Verdict::kConsistent);
  EXPECT_NEAR(o.diff_pct, -1.6365, 1e-3);
  EXPECT_EQ(o.rounding, 5000000);
  EXPECT_EQ(o.slack, 28250000);
  EXPECT_EQ(o.rule, "rounding of $1.13 billion is ±$5 million, tolerance 2.5% of the claim");
}

TEST(Rules, ToleranceEdges) {
  // Inside the rounding (closed range): supported.
  EXPECT_EQ(CompareAmount(1130000000, "", 1135000000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1130000000, "", 1125000000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1130000000, "", 1135000001, Qualifier::kExact).verdict, Verdict::kConsistent);
  // Rounding 5M + 2.5% of 1.13B (28.25M) = 33.25M either side.
  EXPECT_EQ(CompareAmount(1130000000, "", 1163250000, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1130000000, "", 1163250001, Qualifier::kExact).verdict, Verdict::kContradicted);
  EXPECT_EQ(CompareAmount(1130000000, "", 1096750000, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1130000000, "", 1096749999, Qualifier::kExact).verdict, Verdict::kContradicted);
  // A one-digit figure is not read as ±25%: rounding is capped at 5% ($100 million).
  EXPECT_EQ(CompareAmount(2000000000, "", 1900000000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(2000000000, "", 1899999999, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(2000000000, "", 1600000000, Qualifier::kExact).verdict, Verdict::kContradicted);
}

TEST(Rules, Hedges) {
  // "more than X" holds when the data is above X.
  EXPECT_EQ(CompareAmount(1000000000, "more_than", 1148800000, Qualifier::kApprox).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1000000000, "more_than", 1000000000, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1000000000, "at_least", 1000000000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1170000000, "more_than", 1148800000, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1200000000, "more_than", 1148800000, Qualifier::kExact).verdict, Verdict::kContradicted);
  EXPECT_EQ(CompareAmount(1200000000, "less_than", 1148800000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1100000000, "less_than", 1148800000, Qualifier::kExact).verdict, Verdict::kContradicted);
  // "nearly $1.2 billion": 1.14-1.2 billion.
  EXPECT_EQ(CompareAmount(1200000000, "almost", 1148800000, Qualifier::kExact).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(1200000000, "almost", 1139999999, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1100000000, "almost", 1148800000, Qualifier::kExact).verdict, Verdict::kConsistent);
  // "about" widens the tolerance to 5%: $1.2 billion ±50M rounding + 60M.
  EXPECT_EQ(CompareAmount(1200000000, "approx", 1091000000, Qualifier::kExact).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1200000000, "", 1091000000, Qualifier::kExact).verdict, Verdict::kContradicted);
}

TEST(Rules, QualifiedDataFigures) {
  // Data "more than $1 billion": a claim of $1.13 billion is possible but not shown.
  EXPECT_EQ(CompareAmount(1130000000, "", 1000000000, Qualifier::kMoreThan).verdict, Verdict::kConsistent);
  EXPECT_EQ(CompareAmount(1000000000, "more_than", 1000000000, Qualifier::kMoreThan).verdict, Verdict::kSupported);
  EXPECT_EQ(CompareAmount(800000000, "", 1000000000, Qualifier::kMoreThan).verdict, Verdict::kContradicted);
  EXPECT_EQ(CompareAmount(800000000, "", 1000000000, Qualifier::kLessThan).verdict, Verdict::kConsistent);
}

TEST(Rules, Percentages) {
  EXPECT_EQ(ComparePercent(12, "", 12.4).verdict, Verdict::kSupported);
  EXPECT_EQ(ComparePercent(12, "", 13.5).verdict, Verdict::kConsistent);
  EXPECT_EQ(ComparePercent(12, "", 13.6).verdict, Verdict::kContradicted);
  EXPECT_EQ(ComparePercent(12, "approx", 14.4).verdict, Verdict::kConsistent);
  EXPECT_EQ(ComparePercent(10, "more_than", 16.7).verdict, Verdict::kSupported);
  EXPECT_EQ(ComparePercent(-5, "", -5.3).verdict, Verdict::kSupported);
  EXPECT_EQ(ComparePercent(12, "", 12.4).rule, "rounding of 12.0% is ±0.5 points, tolerance 1 points");
}

TEST(Rules, MoneyWords) {
  EXPECT_EQ(Usd(1130000000), "$1.13 billion");
  EXPECT_EQ(Usd(2000000000), "$2 billion");
  EXPECT_EQ(Usd(1148800000), "$1,148.8 million");
  EXPECT_EQ(Usd(18800000), "$18.8 million");
  EXPECT_EQ(Usd(654800), "$654,800");
  EXPECT_EQ(Usd(-5000000), "-$5 million");
  EXPECT_EQ(PctText(-1.6365), "-1.6%");
}

analytics::Figure Fig(int year, int m1, int m2, int64_t total, Qualifier q, const std::string& reporter,
                      const std::string& source) {
  analytics::Figure f;
  f.year = year;
  f.first_month = m1;
  f.last_month = m2;
  f.total_usd = total;
  f.qualifier = q;
  f.dataset = reporter.empty() ? "baci-hs17" : "official";
  f.basis = reporter.empty() ? store::Basis::kReconciled : store::Basis::kNational;
  f.reporter = reporter;
  f.source = source;
  return f;
}

AmountQuestion Question(int64_t claimed, int m1 = 1, int m2 = 12) {
  AmountQuestion q;
  q.claimed = claimed;
  q.year = 2023;
  q.first_month = m1;
  q.last_month = m2;
  q.subject = "KAZ-TJK trade";
  return q;
}

TEST(JudgeAmount, PartialYearIsNotComparedWithFullYearClaim) {
  std::vector<Observation> obs = {{Fig(2023, 1, 11, 1000000000, Qualifier::kMoreThan, "TJK", "TJK stats"), 1000000000}};
  Judgement j = JudgeAmount(Question(1130000000), obs);
  EXPECT_EQ(j.verdict, Verdict::kUnverifiable);
  ASSERT_EQ(j.evidence.size(), 1u);
  EXPECT_EQ(j.evidence[0].note, "partial year (months 1-11): not compared with a full-year claim");
  EXPECT_FALSE(j.evidence[0].diff_pct.has_value());
  EXPECT_EQ(j.explanation,
            "Unverifiable: for KAZ-TJK trade in 2023 only a partial-year figure is loaded (TJK stats gives more "
            "than $1 billion for months 1-11); a full-year claim is not checked against it. A full-year figure "
            "(national statistics, or BACI: dyad import baci FILE) would settle it.");
}

TEST(JudgeAmount, PartOfAYearAboveTheClaimedWholeContradicts) {
  std::vector<Observation> obs = {{Fig(2023, 1, 11, 1000000000, Qualifier::kExact, "TJK", "TJK stats"), 1000000000}};
  Judgement j = JudgeAmount(Question(800000000), obs);
  EXPECT_EQ(j.verdict, Verdict::kContradicted);
  EXPECT_EQ(j.explanation,
            "Contradicted: months 1-11 alone reached $1 billion (TJK stats), already above the claimed full-year "
            "$800 million for KAZ-TJK trade (rule: a part of a year cannot exceed the whole year).");
  // A partial-year claim is compared with the same months.
  Judgement p = JudgeAmount(Question(1000000000, 1, 11), obs);
  EXPECT_EQ(p.verdict, Verdict::kSupported);
  // ... and a partial-year claim above the whole year contradicts.
  std::vector<Observation> full = {{Fig(2023, 1, 12, 1148800000, Qualifier::kApprox, "TJK", "TJK stats"), 1148800000}};
  EXPECT_EQ(JudgeAmount(Question(1300000000, 1, 6), full).verdict, Verdict::kContradicted);
  EXPECT_EQ(JudgeAmount(Question(600000000, 1, 6), full).verdict, Verdict::kUnverifiable);
}

TEST(JudgeAmount, ClaimBetweenDisagreeingSourcesIsConsistent) {
  std::vector<Observation> obs = {
      {Fig(2023, 1, 12, 1148800000, Qualifier::kApprox, "TJK", "TJK stats"), 1148800000},
      {Fig(2023, 1, 12, 1400000000, Qualifier::kExact, "KAZ", "KAZ stats"), 1400000000}};
  Judgement j = JudgeAmount(Question(1250000000), obs);
  EXPECT_EQ(j.verdict, Verdict::kConsistent);
  EXPECT_EQ(j.explanation,
            "Consistent: the sources disagree for KAZ-TJK trade in 2023 (TJK stats gives approx. $1,148.8 "
            "million; KAZ stats gives $1.4 billion) and the claimed $1.25 billion lies between them (rule: a "
            "claim between disagreeing sources is consistent).");
  ASSERT_EQ(j.evidence.size(), 2u);
  EXPECT_NEAR(*j.evidence[0].diff_pct, 8.8, 1e-9);
  EXPECT_NEAR(*j.evidence[1].diff_pct, -10.7, 1e-9);
}

TEST(JudgeAmount, ANonPreferredSourceThatMatchesIsNamed) {
  std::vector<Observation> obs = {
      {Fig(2023, 1, 12, 1148800000, Qualifier::kApprox, "TJK", "TJK stats"), 1148800000},
      {Fig(2023, 1, 12, 1025000000, Qualifier::kExact, "", ""), 1025000000}};
  Judgement j = JudgeAmount(Question(1025000000), obs);
  EXPECT_EQ(j.verdict, Verdict::kSupported);
  EXPECT_EQ(j.explanation,
            "Supported: baci-hs17 (reconciled) gives $1,025 million for KAZ-TJK trade in 2023; the claimed "
            "$1,025 million matches it (rounding of $1,025 million is ±$500,000, tolerance 2.5% of the claim). "
            "The preferred source, TJK stats, is 10.8% away from the claim.");
}

TEST(JudgeAmount, NoFigureSaysWhatIsNeeded) {
  AmountQuestion q = Question(900000000);
  q.year = 2019;
  q.years_loaded = "2017, 2020-2024";
  Judgement j = JudgeAmount(q, {});
  EXPECT_EQ(j.verdict, Verdict::kUnverifiable);
  EXPECT_EQ(j.explanation,
            "Unverifiable: no figure for KAZ-TJK trade in 2019 in the loaded data (years with figures for the "
            "pair: 2017, 2020-2024); load national statistics (dyad import totals FILE) or BACI (dyad import "
            "baci FILE) for that year.");
}

}  // namespace
}  // namespace dyad::check
