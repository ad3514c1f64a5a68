// Mirror statistics and reporter-declared figures on a hand-made Comtrade-like dataset:
//   2021 KAZ->TJK, chapter 10: KAZ declares exports 100 (FOB), TJK declares imports 110 (CIF)
//   2021 KAZ->TJK, chapter 27: KAZ declares 50, TJK declares nothing
//   2021 TJK->KAZ, chapter 76: TJK declares exports 80, KAZ declares imports 76
// Totals: KAZ->TJK exporter says 150, importer says 110: gap -40 (-26.7 %); chapter 10 gap
// +10 (+10 %), chapter 27 gap -50 (-100 %); TJK->KAZ: 80 vs 76: gap -4 (-5 %).
#include <gtest/gtest.h>

#include "analytics/mirror.h"
#include "analytics/series.h"
#include "fake_store.h"

namespace dyad::analytics {
namespace {

using testing::Idx;

testing::FakeSnapshot Comtrade() {
  testing::FakeSnapshot snap;
  store::DatasetInfo info;
  info.name = "comtrade-test";
  info.kind = store::SourceKind::kComtrade;
  info.basis = store::Basis::kReporter;
  auto& ds = snap.Add(info);
  auto add = [&](const char* ex, const char* im, store::Side side, uint32_t hs6, int64_t v) {
    store::ProductFlow f;
    f.year = 2021;
    f.exporter = Idx(ex);
    f.importer = Idx(im);
    f.side = side;
    f.hs6 = hs6;
    f.value_usd = v;
    ds.flows.push_back(f);
  };
  add("KAZ", "TJK", store::Side::kExporterReported, 100199, 100);
  add("KAZ", "TJK", store::Side::kImporterReported, 100199, 110);
  add("KAZ", "TJK", store::Side::kExporterReported, 270900, 50);
  add("TJK", "KAZ", store::Side::kExporterReported, 760110, 80);
  add("TJK", "KAZ", store::Side::kImporterReported, 760110, 76);
  ds.Finish();
  return snap;
}

TEST(MirrorTest, ComtradeBothSidesByChapter) {
  auto snap = Comtrade();
  auto m = Mirror(snap, Idx("KAZ"), Idx("TJK"), 0, 0, true);
  ASSERT_TRUE(m.ok()) << m.status().message();
  ASSERT_EQ(m->lines.size(), 5u);  // KAZ->TJK total + 2 chapters, TJK->KAZ total + 1 chapter
  const MirrorLine& t = m->lines[0];
  EXPECT_EQ(t.exporter, "KAZ");
  EXPECT_EQ(t.chapter, "");
  EXPECT_EQ(*t.exporter_reported, 150);
  EXPECT_EQ(*t.importer_reported, 110);
  EXPECT_EQ(*t.gap_usd, -40);
  EXPECT_NEAR(*t.gap_pct, -40.0 / 150, 1e-12);
  EXPECT_EQ(m->lines[1].chapter, "10");
  EXPECT_EQ(*m->lines[1].gap_usd, 10);
  EXPECT_EQ(m->lines[2].chapter, "27");
  EXPECT_EQ(*m->lines[2].importer_reported, 0);
  EXPECT_NEAR(*m->lines[2].gap_pct, -1.0, 1e-12);
  EXPECT_EQ(m->lines[3].exporter, "TJK");
  EXPECT_EQ(*m->lines[3].gap_usd, -4);
  EXPECT_EQ(m->causes.size(), 5u);
  EXPECT_EQ(m->causes[0].substr(0, 18), "CIF/FOB valuation:");
}

TEST(MirrorTest, ReporterFiguresAreSeparateAndNamed) {
  auto snap = Comtrade();
  auto figs = PairFigures(snap, Idx("KAZ"), Idx("TJK"));
  // One figure per declaring side, seen from KAZ: KAZ says exports 150, imports 76;
  // TJK says (flipped) KAZ's exports 110, KAZ's imports 80. Never summed.
  ASSERT_EQ(figs.size(), 2u);
  EXPECT_EQ(figs[0].reporter, "KAZ");
  EXPECT_EQ(*figs[0].exports_usd, 150);
  EXPECT_EQ(*figs[0].imports_usd, 76);
  EXPECT_EQ(figs[1].reporter, "TJK");
  EXPECT_EQ(*figs[1].exports_usd, 110);
  EXPECT_EQ(*figs[1].imports_usd, 80);
  EXPECT_EQ(figs[1].Label(), "comtrade-test: TJK as reported to UN Comtrade");
  SourceFilter only_tjk{"", "TJK"};
  auto tjk = PairFigures(snap, Idx("KAZ"), Idx("TJK"), only_tjk);
  ASSERT_EQ(tjk.size(), 1u);
  EXPECT_EQ(tjk[0].reporter, "TJK");
}

TEST(MirrorTest, NoCommonYearIsAClearError) {
  testing::FakeSnapshot empty;
  EXPECT_EQ(Mirror(empty, Idx("KAZ"), Idx("TJK"), 0, 0, false).status().message(),
            "no year in which both KAZ and TJK report the same flow (no figures from either side)");
}

}  // namespace
}  // namespace dyad::analytics
