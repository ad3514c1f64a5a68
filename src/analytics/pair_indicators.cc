#include "analytics/pair_indicators.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "analytics/composition.h"

namespace dyad::analytics {

using store::Side;

Result<ProductValues> CountryProducts(const store::Dataset& ds, int year, uint16_t country,
                                      bool exports) {
  ProductValues out;
  Side side = ExportSide(ds);
  for (const auto& p : ds.Partners(year, country, side)) {
    bool mine = exports ? p.exporter == country : p.importer == country;
    if (!mine) continue;
    DYAD_ASSIGN_OR_RETURN(auto rows, ds.PairProducts(year, p.exporter, p.importer, side));
    for (const auto& r : rows) out[r.hs6] += static_cast<double>(r.value_usd);
  }
  return out;
}

namespace {

std::optional<HhiResult> PartnerHhi(const store::Dataset& ds, int year, uint16_t country,
                                    bool exports) {
  std::vector<double> v;
  for (const auto& p : ds.Partners(year, country, ExportSide(ds))) {
    if ((exports ? p.exporter : p.importer) == country) v.push_back(static_cast<double>(p.total.value_usd));
  }
  return Hhi(v);
}

Result<SideIndicators> OneSide(const store::Dataset& ds, int year, uint16_t me, uint16_t partner,
                               const std::unordered_map<uint32_t, int64_t>& world_by_product,
                               int64_t world) {
  SideIndicators s;
  s.country = CodeOf(me);
  Side side = ExportSide(ds);
  DYAD_ASSIGN_OR_RETURN(ProductValues my_exports, CountryProducts(ds, year, me, true));
  DYAD_ASSIGN_OR_RETURN(ProductValues partner_imports, CountryProducts(ds, year, partner, false));
  double x_total = 0;
  for (const auto& [k, v] : my_exports) x_total += v;
  s.exports_usd = static_cast<int64_t>(x_total);
  auto cy = ds.CountryYear(year, me, side);
  DYAD_ASSIGN_OR_RETURN(auto rows, ds.PairProducts(year, me, partner, side));
  std::vector<double> bilateral;
  int64_t with_adv = 0;
  for (const auto& r : rows) {
    s.exports_to_partner_usd += r.value_usd;
    bilateral.push_back(static_cast<double>(r.value_usd));
    ProductRca p;
    p.hs6 = r.hs6;
    p.bilateral_usd = r.value_usd;
    auto it = my_exports.find(r.hs6);
    p.world_exports_usd = it == my_exports.end() ? 0 : static_cast<int64_t>(it->second);
    auto w = world_by_product.find(r.hs6);
    p.rca = BalassaRca(static_cast<double>(p.world_exports_usd), x_total,
                       w == world_by_product.end() ? 0 : static_cast<double>(w->second),
                       static_cast<double>(world));
    if (p.rca && *p.rca > 1) {
      ++s.products_with_advantage;
      with_adv += r.value_usd;
    }
    s.rca.push_back(p);
  }
  std::sort(s.rca.begin(), s.rca.end(), [](const ProductRca& x, const ProductRca& y) {
    return x.bilateral_usd != y.bilateral_usd ? x.bilateral_usd > y.bilateral_usd : x.hs6 < y.hs6;
  });
  if (s.exports_to_partner_usd > 0) {
    s.bilateral_share_with_advantage =
        static_cast<double>(with_adv) / static_cast<double>(s.exports_to_partner_usd);
  }
  s.complementarity = Complementarity(my_exports, partner_imports);
  // World imports of the partner = its imports from every exporter in the dataset.
  auto pcy = ds.CountryYear(year, partner, side);
  s.imports_usd = cy ? cy->imports.value_usd : 0;
  s.intensity = TradeIntensity(static_cast<double>(s.exports_to_partner_usd), x_total,
                               pcy ? static_cast<double>(pcy->imports.value_usd) : 0,
                               static_cast<double>(world));
  s.product_hhi = Hhi(bilateral);
  s.export_partner_hhi = PartnerHhi(ds, year, me, true);
  s.import_partner_hhi = PartnerHhi(ds, year, me, false);
  return s;
}

}  // namespace

Result<PairIndicators> ComputePairIndicators(const store::Snapshot& snapshot, uint16_t a,
                                             uint16_t b, int year, const SourceFilter& filter) {
  DYAD_RETURN_IF_ERROR(CheckFilter(snapshot, filter));
  const store::Dataset* ds = ChooseProductDataset(snapshot, filter);
  if (ds == nullptr) {
    return NotFound("product data is not loaded (load BACI with `dyad import baci` for indicators)");
  }
  Side side = ExportSide(*ds);
  std::vector<int> years;
  for (uint16_t y : ds->years()) {
    if (ds->PairYear(y, a, b, side) || ds->PairYear(y, b, a, side)) years.push_back(y);
  }
  if (years.empty()) {
    return NotFound(fmt::format("{} has no product rows for {} and {}", ds->info().name, CodeOf(a), CodeOf(b)));
  }
  if (year == 0) year = years.back();
  if (std::find(years.begin(), years.end(), year) == years.end()) {
    std::string list;
    for (int y : years) list += (list.empty() ? "" : ", ") + std::to_string(y);
    return NotFound(fmt::format("{} has no {} product rows for {} and {} (years with rows: {})",
                                ds->info().name, year, CodeOf(a), CodeOf(b), list));
  }
  PairIndicators res;
  res.dataset = ds->info().name;
  res.source = ds->info().name + (ds->info().synthetic ? " (synthetic)" : "");
  res.year = year;
  std::unordered_map<uint32_t, int64_t> world_by_product;
  for (const auto& p : ds->ProductWorldTotals(year, side)) {
    world_by_product[p.hs6] = p.total.value_usd;
    res.world_usd += p.total.value_usd;
  }
  DYAD_ASSIGN_OR_RETURN(res.a, OneSide(*ds, year, a, b, world_by_product, res.world_usd));
  DYAD_ASSIGN_OR_RETURN(res.b, OneSide(*ds, year, b, a, world_by_product, res.world_usd));
  ProductValues ab, ba;
  for (const ProductRca& p : res.a.rca) ab[p.hs6] = static_cast<double>(p.bilateral_usd);
  for (const ProductRca& p : res.b.rca) ba[p.hs6] = static_cast<double>(p.bilateral_usd);
  res.gl = GrubelLloyd(ab, ba);
  res.gl_by_chapter = GrubelLloydByChapter(ab, ba);
  res.notes.push_back("world = all flows in " + res.dataset + " for " + std::to_string(year));
  if (ds->info().synthetic) res.notes.push_back("synthetic data: not real trade");
  return res;
}

std::optional<double> RcaMatrix::At(uint16_t exporter, uint32_t hs6) const {
  auto it = std::lower_bound(products.begin(), products.end(), hs6);
  if (it == products.end() || *it != hs6) return std::nullopt;
  size_t cell = static_cast<size_t>(exporter) * products.size() + static_cast<size_t>(it - products.begin());
  if (cell >= rca.size() || std::isnan(rca[cell])) return std::nullopt;
  return rca[cell];
}

Result<RcaMatrix> ComputeRcaMatrix(const store::Dataset& ds, int year) {
  RcaMatrix m;
  m.year = year;
  Side side = ExportSide(ds);
  std::vector<double> world_by_column;
  for (const auto& p : ds.ProductWorldTotals(year, side)) {
    m.products.push_back(p.hs6);
    world_by_column.push_back(static_cast<double>(p.total.value_usd));
    m.world_usd += p.total.value_usd;
  }
  // Dense tables (countries x products, ~250 x 5,000 for BACI) beat hashing ~10 million
  // rows: a slot lookup and an add per row.
  const size_t ncols = m.products.size();
  std::vector<int32_t> column(1000000, -1);
  for (size_t c = 0; c < ncols; ++c) column[m.products[c]] = static_cast<int32_t>(c);
  size_t ncountries = 0;
  std::vector<double> x;
  std::vector<double> exporter_total;
  // Pair blocks decode faster than a per-row callback: one call per pair.
  for (const auto& p : ds.AllPairs(static_cast<uint16_t>(year), side)) {
    if (p.exporter >= ncountries) {
      ncountries = static_cast<size_t>(p.exporter) + 1;
      x.resize(ncountries * ncols, 0.0);
      exporter_total.resize(ncountries, 0.0);
    }
    DYAD_ASSIGN_OR_RETURN(auto rows, ds.PairProducts(static_cast<uint16_t>(year), p.exporter, p.importer, side));
    double* row = x.data() + static_cast<size_t>(p.exporter) * ncols;
    for (const auto& r : rows) {
      int32_t c = r.hs6 < column.size() ? column[r.hs6] : -1;
      if (c < 0) continue;  // cannot happen: world totals list every product
      row[c] += static_cast<double>(r.value_usd);
    }
    exporter_total[p.exporter] += static_cast<double>(p.total.value_usd);
    m.rows_scanned += rows.size();
  }
  m.rca.assign(x.size(), std::nan(""));
  const double xw = static_cast<double>(m.world_usd);
  for (size_t e = 0; e < ncountries; ++e) {
    if (!(exporter_total[e] > 0)) continue;
    for (size_t c = 0; c < ncols; ++c) {
      double v = x[e * ncols + c];
      if (v <= 0 || !(world_by_column[c] > 0)) continue;
      m.rca[e * ncols + c] = (v / exporter_total[e]) / (world_by_column[c] / xw);
      ++m.entries;
    }
  }
  return m;
}

}  // namespace dyad::analytics
