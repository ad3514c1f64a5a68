// Composition, partners and indicators on the hand-made small world (small_world.h has
// the table and the totals every expectation below is worked from).
#include <gtest/gtest.h>

#include "analytics/composition.h"
#include "analytics/pair_indicators.h"
#include "analytics/partners.h"
#include "small_world.h"

namespace dyad::analytics {
namespace {

using testing::Idx;

class SmallWorldTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::AddSmallWorld(snap_); }
  testing::FakeSnapshot snap_;
};

TEST_F(SmallWorldTest, CompositionByChapter) {
  auto c = Composition(snap_, Idx("KAZ"), Idx("TJK"), 0, CompositionLevel::kChapter);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->year, 2022);
  EXPECT_EQ(c->source, "baci-test (reconciled)");
  // KAZ -> TJK 400: ch10 300 (75 %), ch27 100 (25 %)
  EXPECT_EQ(c->a_to_b.total_usd, 400000);
  ASSERT_EQ(c->a_to_b.lines.size(), 2u);
  EXPECT_EQ(c->a_to_b.lines[0].code, "10");
  EXPECT_DOUBLE_EQ(c->a_to_b.lines[0].share, 0.75);
  // TJK -> KAZ 220: ch76 150 (68.18 %), ch52 50 (22.73 %), ch10 20 (9.09 %)
  ASSERT_EQ(c->b_to_a.lines.size(), 3u);
  EXPECT_EQ(c->b_to_a.lines[0].code, "76");
  EXPECT_EQ(c->b_to_a.lines[2].code, "10");
  EXPECT_NEAR(c->b_to_a.lines[0].share, 150.0 / 220, 1e-12);
}

TEST_F(SmallWorldTest, CompositionByHs6CarriesDescriptions) {
  auto c = Composition(snap_, Idx("KAZ"), Idx("TJK"), 2022, CompositionLevel::kHs6);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->a_to_b.lines[0].code, "100199");
  EXPECT_EQ(c->a_to_b.lines[0].label, "Wheat and meslin: other");
  auto h = Composition(snap_, Idx("KAZ"), Idx("TJK"), 2022, CompositionLevel::kHeading);
  EXPECT_EQ(h->b_to_a.lines[0].code, "7601");
}

TEST_F(SmallWorldTest, CompositionErrors) {
  EXPECT_EQ(Composition(snap_, Idx("KAZ"), Idx("TJK"), 2019, CompositionLevel::kChapter).status().message(),
            "baci-test has no 2019 product rows for KAZ and TJK (years with rows: 2022)");
  EXPECT_EQ(Composition(snap_, Idx("KAZ"), Idx("FRA"), 0, CompositionLevel::kChapter).status().message(),
            "baci-test has no product rows for KAZ and FRA");
  testing::FakeSnapshot empty;
  EXPECT_EQ(Composition(empty, Idx("KAZ"), Idx("TJK"), 0, CompositionLevel::kChapter).status().message(),
            kNoProductData);
}

TEST_F(SmallWorldTest, PartnersWithShares) {
  PartnersQuery q;
  q.country = Idx("KAZ");
  auto r = RankPartners(snap_, q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->year, 2022);
  EXPECT_TRUE(r->complete);
  // RUS 700 (600 + 100), TJK 620 (400 + 220), CHN 80; KAZ's trade 1,400.
  ASSERT_EQ(r->rows.size(), 3u);
  EXPECT_EQ(r->rows[0].partner, "RUS");
  EXPECT_EQ(r->rows[1].partner, "TJK");
  EXPECT_EQ(r->rows[1].value, 620000);
  EXPECT_EQ(*r->rows[1].figure.exports_usd, 400000);
  EXPECT_EQ(*r->country_total_usd, 1400000);
  EXPECT_NEAR(*r->rows[0].share, 0.5, 1e-12);
  EXPECT_NEAR(*r->rows[2].share, 80.0 / 1400, 1e-12);
  q.flow = Flow::kExports;  // RUS 600, TJK 400 (CHN buys nothing from KAZ: not listed)
  r = RankPartners(snap_, q);
  ASSERT_EQ(r->rows.size(), 3u);
  EXPECT_EQ(r->rows[2].partner, "CHN");
  EXPECT_EQ(r->rows[2].value, 0);
  EXPECT_EQ(r->rows[2].rank, 3);
}

TEST_F(SmallWorldTest, Indicators) {
  auto r = ComputePairIndicators(snap_, Idx("KAZ"), Idx("TJK"), 0);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->world_usd, 1700000);
  const SideIndicators& kaz = r->a;
  const SideIndicators& tjk = r->b;
  // RCA KAZ 100199 = (300/1000)/(420/1700) = 510/420; 270900 = (700/1000)/(900/1700) = 1190/900
  ASSERT_EQ(kaz.rca.size(), 2u);
  EXPECT_EQ(kaz.rca[0].hs6, 100199u);
  EXPECT_NEAR(*kaz.rca[0].rca, 510.0 / 420, 1e-12);
  EXPECT_NEAR(*kaz.rca[1].rca, 1190.0 / 900, 1e-12);
  EXPECT_EQ(kaz.products_with_advantage, 2);
  // RCA TJK 760110 = (250/320)/(330/1700); 520100 = (50/320)/(50/1700) = 5.3125;
  // 100199 = (20/320)/(420/1700) = 0.252976
  ASSERT_EQ(tjk.rca.size(), 3u);
  EXPECT_NEAR(*tjk.rca[0].rca, (250.0 / 320) / (330.0 / 1700), 1e-12);
  EXPECT_NEAR(*tjk.rca[1].rca, 5.3125, 1e-12);
  EXPECT_NEAR(*tjk.rca[2].rca, 106.25 / 420, 1e-12);
  EXPECT_EQ(tjk.products_with_advantage, 2);
  EXPECT_NEAR(tjk.bilateral_share_with_advantage, 200.0 / 220, 1e-12);
  // TC KAZ exports (.3, .7) vs TJK imports (.5, .5): 100 (1 - .4/2) = 80
  EXPECT_NEAR(*kaz.complementarity, 80, 1e-9);
  // TC TJK exports (.78125, .15625, .0625) vs KAZ imports (.575, .125, .3):
  // |d| = .20625 + .03125 + .2375 = .475: 100 (1 - .2375) = 76.25
  EXPECT_NEAR(*tjk.complementarity, 76.25, 1e-9);
  // TI KAZ->TJK = (400/1000)/(600/1700) = 1.1333; TJK->KAZ = (220/320)/(400/1700) = 2.921875
  EXPECT_NEAR(*kaz.intensity, 680.0 / 600, 1e-12);
  EXPECT_NEAR(*tjk.intensity, 2.921875, 1e-12);
  // GL: |X-M| 280 + 100 + 150 + 50 = 580 over 620: 40/620; chapter 10: 40/320
  EXPECT_NEAR(r->gl->index, 40.0 / 620, 1e-12);
  EXPECT_NEAR(r->gl_by_chapter.at(10).index, 0.125, 1e-12);
  EXPECT_DOUBLE_EQ(r->gl_by_chapter.at(27).index, 0);
  // Product HHI KAZ->TJK (.75, .25) = .625, normalised .25; TJK->KAZ 25400/48400
  EXPECT_NEAR(kaz.product_hhi->hhi, 0.625, 1e-12);
  EXPECT_NEAR(kaz.product_hhi->normalized, 0.25, 1e-12);
  EXPECT_NEAR(tjk.product_hhi->hhi, 25400.0 / 48400, 1e-12);
  // Partner HHI: KAZ exports (400, 600) .52, imports (220, 100, 80)/400 .405;
  // TJK exports (220, 100)/320 = .5703125, imports (400, 200) = 5/9
  EXPECT_NEAR(kaz.export_partner_hhi->hhi, 0.52, 1e-12);
  EXPECT_NEAR(kaz.import_partner_hhi->hhi, 0.405, 1e-12);
  EXPECT_NEAR(tjk.export_partner_hhi->hhi, 0.5703125, 1e-12);
  EXPECT_NEAR(tjk.import_partner_hhi->hhi, 5.0 / 9, 1e-12);
}

TEST_F(SmallWorldTest, RcaMatrixMatchesPairIndicators) {
  auto m = ComputeRcaMatrix(*snap_.FindDataset("baci-test"), 2022);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->rows_scanned, 10u);
  EXPECT_NEAR(*m->At(Idx("KAZ"), 100199), 510.0 / 420, 1e-12);
  EXPECT_NEAR(*m->At(Idx("TJK"), 520100), 5.3125, 1e-12);
  EXPECT_NEAR(*m->At(Idx("CHN"), 760110), (80.0 / 80) / (330.0 / 1700), 1e-12);
  EXPECT_FALSE(m->At(Idx("CHN"), 100199).has_value());
}

}  // namespace
}  // namespace dyad::analytics
