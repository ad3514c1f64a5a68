// The indicators of one pair-year from product-level data: Balassa RCA of each side in
// the products it sells to the other, trade complementarity and trade intensity both
// ways, Grubel-Lloyd (aggregate and by chapter), product concentration of each
// direction and partner concentration of each country (formulas: indicators.h,
// docs/indicators.md). Also the all-countries RCA matrix of a year. Reads an immutable
// Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analytics/indicators.h"
#include "analytics/sources.h"
#include "base/status.h"
#include "store/store.h"

namespace dyad::analytics {

struct ProductRca {
  uint32_t hs6 = 0;
  int64_t bilateral_usd = 0;     // exports of this product to the partner
  int64_t world_exports_usd = 0; // the exporter's exports of the product to the world
  std::optional<double> rca;     // Balassa, against world exports of the product
};

struct SideIndicators {
  std::string country;
  int64_t exports_to_partner_usd = 0;
  int64_t exports_usd = 0;        // to the world
  int64_t imports_usd = 0;        // from the world
  std::vector<ProductRca> rca;    // the products it sells to the partner, value descending
  int products_with_advantage = 0;   // RCA > 1
  double bilateral_share_with_advantage = 0;  // share of the bilateral exports in RCA > 1 products
  std::optional<double> complementarity;  // its exports vs the partner's imports (0..100)
  std::optional<double> intensity;        // its exports to the partner
  std::optional<HhiResult> product_hhi;   // of its exports to the partner, over HS6
  std::optional<HhiResult> export_partner_hhi;  // of its exports over partners
  std::optional<HhiResult> import_partner_hhi;  // of its imports over partners
};

struct PairIndicators {
  std::string dataset, source;
  int year = 0;
  int64_t world_usd = 0;           // all exports in the dataset that year
  SideIndicators a, b;
  std::optional<GrubelLloydResult> gl;          // over HS6 of a->b and b->a
  std::map<int, GrubelLloydResult> gl_by_chapter;
  std::vector<std::string> notes;
};

// kNotFound without product data, or when the pair has no rows in `year` (0: latest).
Result<PairIndicators> ComputePairIndicators(const store::Snapshot& snapshot, uint16_t a,
                                             uint16_t b, int year, const SourceFilter& filter = {});

// A country's exports (or imports) by HS6 to (from) the world in `year`, summed from the
// dataset's pair rows.
Result<ProductValues> CountryProducts(const store::Dataset& ds, int year, uint16_t country,
                                      bool exports);

// Balassa RCA of every exporter in every product of `year`: one pass over the year's
// rows into a dense exporter x product table. Entry (exporter, hs6) present when the
// exporter exported the product.
struct RcaMatrix {
  int year = 0;
  int64_t world_usd = 0;
  std::vector<uint32_t> products;        // hs6 codes, ascending (the table's columns)
  std::vector<double> rca;               // [exporter * products.size() + column]; NaN = none
  size_t rows_scanned = 0;
  size_t entries = 0;                    // non-NaN cells
  std::optional<double> At(uint16_t exporter, uint32_t hs6) const;
};
Result<RcaMatrix> ComputeRcaMatrix(const store::Dataset& ds, int year);

}  // namespace dyad::analytics
