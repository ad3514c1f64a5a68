// Trade indicators over plain per-product or per-partner values: Balassa revealed
// comparative advantage, trade complementarity (Michaely), trade intensity (Brown /
// Kojima, as WITS), Grubel-Lloyd intra-industry trade and Herfindahl-Hirschman
// concentration. Formulas and sources: docs/indicators.md. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace dyad::analytics {

// Values by HS6 product code (10121 for "010121"), in US dollars.
using ProductValues = std::unordered_map<uint32_t, double>;

// Balassa (1965): RCA = (x_ik / X_i) / (x_wk / X_w): the share of product k in country
// i's exports over its share in world exports. nullopt when any denominator is zero.
std::optional<double> BalassaRca(double x_ik, double x_i, double x_wk, double x_w);

// Trade complementarity (Michaely 1996; WITS, UNESCAP):
// TC = 100 * (1 - sum_k |m_k - x_k| / 2), m_k = share of k in the importer's imports,
// x_k = share of k in the exporter's exports. 0 (no overlap) .. 100 (perfect match).
// nullopt when either side has no trade.
std::optional<double> Complementarity(const ProductValues& exporter_exports,
                                      const ProductValues& importer_imports);

// Trade intensity (WITS): TI = (x_ij / X_i) / (x_wj / X_w): the share of j in i's
// exports over j's share in world imports. > 1 means i exports more to j than j's
// weight in world trade suggests. nullopt when any denominator is zero.
std::optional<double> TradeIntensity(double x_ij, double x_i, double x_wj, double x_w);

// Grubel & Lloyd (1975), weighted over products:
// GL = 1 - sum_k |X_k - M_k| / sum_k (X_k + M_k), 0 (one-way trade) .. 1 (all matched).
struct GrubelLloydResult {
  double index = 0;
  double overlap_usd = 0;   // sum_k (X_k + M_k - |X_k - M_k|) = 2 * sum_k min(X_k, M_k)
  double total_usd = 0;     // sum_k (X_k + M_k)
};
// nullopt when there is no trade at all.
std::optional<GrubelLloydResult> GrubelLloyd(const ProductValues& exports,
                                             const ProductValues& imports);
// The same index within each HS chapter (computed over the HS6 products of that
// chapter); chapters with no trade are absent.
std::map<int, GrubelLloydResult> GrubelLloydByChapter(const ProductValues& exports,
                                                      const ProductValues& imports);

// Herfindahl-Hirschman index of shares: H = sum_i s_i^2 (0..1], and normalised
// H* = (H - 1/N) / (1 - 1/N) (1 when N == 1: one entry is full concentration).
// Zero and negative values are ignored.
struct HhiResult {
  double hhi = 0;
  double normalized = 0;
  int count = 0;           // non-zero entries
  double equivalent = 0;   // 1 / H: the number of equal-sized entries with the same H
};
std::optional<HhiResult> Hhi(const std::vector<double>& values);

}  // namespace dyad::analytics
