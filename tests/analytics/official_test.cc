// Partners, ranks and the trade series on the built-in official totals
// (data/official/tajikistan-kazakhstan-official-totals.csv), loaded into an in-memory
// snapshot. Expected values are the published rows of that file.
#include <cstdlib>

#include <gtest/gtest.h>

#include "analytics/partners.h"
#include "analytics/series.h"
#include "fake_store.h"
#include "reference/groups.h"

namespace dyad::analytics {
namespace {

using testing::Idx;

class OfficialTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tests = std::getenv("DYAD_TESTS");
    std::string root = tests ? std::string(tests) + "/.." : "..";
    testing::AddOfficial(snap_, root + "/data/official/tajikistan-kazakhstan-official-totals.csv");
    ASSERT_EQ(snap_.datasets().front()->aggregate_rows(), 18u);
  }
  testing::FakeSnapshot snap_;
};

TEST_F(OfficialTest, TajikistanPartnersAmongCisIn2023) {
  PartnersQuery q;
  q.country = Idx("TJK");
  q.year = 2023;
  q.group = *reference::Groups::Builtin().Find("CIS");
  auto r = RankPartners(snap_, q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->source, "official: TJK national statistics");
  EXPECT_FALSE(r->complete);
  // Full-year rows of TJK for CIS members (TKM is an associate since 2005: not ranked):
  // RUS 1,714,700,000; KAZ 1,148,800,000; UZB >500,000,000; BLR 93,900,000;
  // KGZ 11,700,000; AZE 7,500,000; ARM 654,800.
  ASSERT_EQ(r->rows.size(), 7u);
  const char* order[] = {"RUS", "KAZ", "UZB", "BLR", "KGZ", "AZE", "ARM"};
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(r->rows[i].partner, order[i]);
    EXPECT_EQ(r->rows[i].rank, i + 1);
  }
  EXPECT_EQ(r->rows[0].value, 1714700000);
  EXPECT_EQ(*r->rows[0].figure.exports_usd, 134700000);
  EXPECT_EQ(r->rows[1].value, 1148800000);
  EXPECT_EQ(r->rows[2].figure.qualifier, store::Qualifier::kMoreThan);
  EXPECT_EQ(r->rows[2].note,
            "published as more than 500,000,000: ranked at that lower bound, its true rank may be higher");
  EXPECT_EQ(r->rows[1].figure.published, "2024-01-23");  // the full-year row, not the 1-11 one
  EXPECT_FALSE(r->rows[0].share.has_value());  // no total trade of TJK in national data
}

TEST_F(OfficialTest, PartialOnlyPartnersAreListedUnranked) {
  PartnersQuery q;
  q.country = Idx("TJK");
  q.year = 2023;  // no group: TKM has a 1-11 figure only
  auto r = RankPartners(snap_, q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rows.size(), 8u);
  EXPECT_EQ(r->rows.back().partner, "TKM");
  EXPECT_EQ(r->rows.back().rank, 0);
  EXPECT_EQ(r->rows.back().note, "months 1-11 only: not ranked against full-year figures");
  EXPECT_EQ(r->ranked, 7);
}

TEST_F(OfficialTest, PartialYearOnlyIsRankedAmongItselfAndSaysSo) {
  PartnersQuery q;
  q.country = Idx("TJK");
  q.year = 2024;  // 1-4: CHN > 548.7M, RUS 636.8M, KAZ 441.6M
  auto r = RankPartners(snap_, q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->ranked_months, "1-4");
  ASSERT_EQ(r->rows.size(), 3u);
  EXPECT_EQ(r->rows[0].partner, "RUS");
  EXPECT_EQ(r->rows[1].partner, "CHN");
  EXPECT_EQ(r->rows[2].partner, "KAZ");
  EXPECT_EQ(r->notes.front(), "no full-year 2024 figures: ranked on months 1-4 figures only");
}

TEST_F(OfficialTest, RankOfKazakhstan) {
  PartnersQuery q;
  q.country = Idx("TJK");
  q.year = 2023;
  q.group = *reference::Groups::Builtin().Find("CIS");
  auto a = RankOf(snap_, q, Idx("KAZ"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->sentence, "KAZ is TJK's 2nd partner among CIS members in 2023, after RUS");
  EXPECT_EQ(a->rank, 2);
  EXPECT_EQ(a->of, 7);
  EXPECT_EQ(a->ahead, std::vector<std::string>{"RUS"});
}

TEST_F(OfficialTest, ClearErrors) {
  PartnersQuery q;
  q.country = Idx("TJK");
  q.year = 2019;
  EXPECT_EQ(RankPartners(snap_, q).status().message(),
            "no 2019 partner figures for TJK (official: TJK national statistics has 2017, 2023, 2024)");
  q.country = Idx("FRA");
  q.year = 2023;
  EXPECT_EQ(RankPartners(snap_, q).status().message(),
            "no partner figures for FRA in any loaded dataset");
  q.country = Idx("TJK");
  q.filter.dataset = "baci";
  EXPECT_EQ(RankPartners(snap_, q).status().message(), "no dataset named \"baci\" (loaded: official)");
  q.filter.dataset.clear();
  q.group = *reference::Groups::Builtin().Find("EU");
  EXPECT_EQ(RankPartners(snap_, q).status().message(),
            "no 2023 figures for TJK's trade with any EU member in official: TJK national statistics");
  q.group = *reference::Groups::Builtin().Find("CIS");
  auto a = RankOf(snap_, q, Idx("CHN"));
  EXPECT_EQ(a.status().message(), "CHN is not a CIS member on 2023-12-31");
  q.group = nullptr;
  a = RankOf(snap_, q, Idx("TKM"));
  EXPECT_EQ(a.status().message(),
            "TJK's 2023 figure for TKM covers months 1-11 only (official: TJK national statistics): "
            "it is not ranked against full-year figures");
}

TEST_F(OfficialTest, SeriesKazTjkOnePreferredFigurePerYear) {
  PairSeries s = BuildPairSeries(snap_, Idx("KAZ"), Idx("TJK"));
  // 2017 TJK 838M; 2020 KAZ 791M; 2021 KAZ ~1.2B; 2022 KAZ ~1.4B (full year beats 1-6);
  // 2023 TJK ~1,148.8M (full year beats 1-11); 2024 TJK 1-4 441.6M.
  ASSERT_EQ(s.years.size(), 6u);
  EXPECT_EQ(s.years[0].preferred.reporter, "TJK");
  EXPECT_EQ(*s.years[3].preferred.total_usd, 1400000000);
  EXPECT_EQ(s.years[3].others.size(), 1u);  // the 1-6 figure, side by side
  // Seen from KAZ: TJK's 2023 exports to KAZ (255.8M) are KAZ's imports.
  EXPECT_EQ(*s.years[4].preferred.imports_usd, 255800000);
  EXPECT_EQ(*s.years[4].preferred.exports_usd, 893000000);
  EXPECT_EQ(s.years[4].preferred.reporter, "TJK");
  // YoY 2021 -> 2022: 1.4/1.2 - 1 = 16.67 %; 2020 -> 2021 = 1.2/0.791 - 1 = 51.71 %.
  EXPECT_NEAR(*s.years[3].yoy, 1.4 / 1.2 - 1, 1e-12);
  EXPECT_NEAR(*s.years[2].yoy, 1.2e9 / 791e6 - 1, 1e-12);
  EXPECT_EQ(s.years[1].yoy_note, "no figure for 2019");
  EXPECT_EQ(s.years[5].yoy_note, "not computed: partial-year figure (months 1-4)");
  EXPECT_EQ(s.years[4].yoy_note.substr(0, 14), "sources differ");
  // CAGR 2017 -> 2023 = (1148.8/838)^(1/6) - 1 = 5.398 %.
  EXPECT_EQ(s.cagr_from, 2017);
  EXPECT_EQ(s.cagr_to, 2023);
  EXPECT_NEAR(*s.cagr, 0.053983, 1e-6);
}

TEST_F(OfficialTest, SourceOverrideKeepsOnlyOneReporter) {
  SourceFilter f;
  f.source = "KAZ";
  PairSeries s = BuildPairSeries(snap_, Idx("KAZ"), Idx("TJK"), f);
  ASSERT_EQ(s.years.size(), 3u);  // 2020, 2021, 2022
  for (const auto& y : s.years) EXPECT_EQ(y.preferred.reporter, "KAZ");
}

}  // namespace
}  // namespace dyad::analytics
