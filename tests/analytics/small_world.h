// The hand-made "small world" of tests/data/analytics/small-world-2022.csv (BACI
// layout, values in thousands of USD) as product flows in US dollars. Every expected
// number in product_test.cc and tests/golden/analytics_product.test is worked out by
// hand from this table:
//
//   exporter -> importer  hs6     value (USD thousands)
//   KAZ -> TJK            100199  300      KAZ -> RUS  270900  600
//   KAZ -> TJK            270900  100      RUS -> KAZ  100199  100
//   TJK -> KAZ            760110  150      RUS -> TJK  270900  200
//   TJK -> KAZ            520100   50      TJK -> RUS  760110  100
//   TJK -> KAZ            100199   20      CHN -> KAZ  760110   80
//
//   world by product: 100199 420, 270900 900, 760110 330, 520100 50; world 1,700
//   exports: KAZ 1,000 (100199 300, 270900 700); TJK 320 (760110 250, 520100 50,
//            100199 20); RUS 300; CHN 80
//   imports: KAZ 400 (760110 230, 520100 50, 100199 120); TJK 600 (100199 300,
//            270900 300); RUS 700
#pragma once

#include "fake_store.h"

namespace dyad::analytics::testing {

inline FakeDataset& AddSmallWorld(FakeSnapshot& snap, const std::string& name = "baci-test") {
  store::DatasetInfo info;
  info.name = name;
  info.kind = store::SourceKind::kBaci;
  info.basis = store::Basis::kReconciled;
  info.vintage = "V0";
  FakeDataset& ds = snap.Add(info);
  struct Row { const char* ex; const char* im; uint32_t hs6; int64_t k; };
  const Row rows[] = {{"KAZ", "TJK", 100199, 300}, {"KAZ", "TJK", 270900, 100},
                      {"TJK", "KAZ", 760110, 150}, {"TJK", "KAZ", 520100, 50},
                      {"TJK", "KAZ", 100199, 20},  {"KAZ", "RUS", 270900, 600},
                      {"RUS", "KAZ", 100199, 100}, {"RUS", "TJK", 270900, 200},
                      {"TJK", "RUS", 760110, 100}, {"CHN", "KAZ", 760110, 80}};
  for (const Row& r : rows) {
    store::ProductFlow f;
    f.year = 2022;
    f.exporter = Idx(r.ex);
    f.importer = Idx(r.im);
    f.hs6 = r.hs6;
    f.value_usd = r.k * 1000;
    ds.flows.push_back(f);
  }
  ds.descriptions[100199] = "Wheat and meslin: other";
  ds.Finish();
  return ds;
}

}  // namespace dyad::analytics::testing
