#include "analytics/indicators.h"

#include <cmath>

namespace dyad::analytics {
namespace {

double Sum(const ProductValues& v) {
  double s = 0;
  for (const auto& [k, x] : v) s += x;
  return s;
}

}  // namespace

std::optional<double> BalassaRca(double x_ik, double x_i, double x_wk, double x_w) {
  if (!(x_i > 0) || !(x_wk > 0) || !(x_w > 0)) return std::nullopt;
  return (x_ik / x_i) / (x_wk / x_w);
}

std::optional<double> Complementarity(const ProductValues& exporter_exports,
                                      const ProductValues& importer_imports) {
  double x_total = Sum(exporter_exports), m_total = Sum(importer_imports);
  if (!(x_total > 0) || !(m_total > 0)) return std::nullopt;
  double dist = 0;
  for (const auto& [k, m] : importer_imports) {
    auto it = exporter_exports.find(k);
    double x = it == exporter_exports.end() ? 0 : it->second;
    dist += std::fabs(m / m_total - x / x_total);
  }
  for (const auto& [k, x] : exporter_exports) {
    if (!importer_imports.contains(k)) dist += x / x_total;
  }
  return 100.0 * (1.0 - dist / 2.0);
}

std::optional<double> TradeIntensity(double x_ij, double x_i, double x_wj, double x_w) {
  if (!(x_i > 0) || !(x_wj > 0) || !(x_w > 0)) return std::nullopt;
  return (x_ij / x_i) / (x_wj / x_w);
}

namespace {

void AddGl(GrubelLloydResult& r, double x, double m) {
  r.total_usd += x + m;
  r.overlap_usd += x + m - std::fabs(x - m);
}

void Finish(GrubelLloydResult& r) { r.index = r.total_usd > 0 ? r.overlap_usd / r.total_usd : 0; }

}  // namespace

std::optional<GrubelLloydResult> GrubelLloyd(const ProductValues& exports,
                                             const ProductValues& imports) {
  GrubelLloydResult r;
  for (const auto& [k, x] : exports) {
    auto it = imports.find(k);
    AddGl(r, x, it == imports.end() ? 0 : it->second);
  }
  for (const auto& [k, m] : imports) {
    if (!exports.contains(k)) AddGl(r, 0, m);
  }
  if (!(r.total_usd > 0)) return std::nullopt;
  Finish(r);
  return r;
}

std::map<int, GrubelLloydResult> GrubelLloydByChapter(const ProductValues& exports,
                                                      const ProductValues& imports) {
  std::map<int, GrubelLloydResult> out;
  for (const auto& [k, x] : exports) {
    auto it = imports.find(k);
    AddGl(out[static_cast<int>(k / 10000)], x, it == imports.end() ? 0 : it->second);
  }
  for (const auto& [k, m] : imports) {
    if (!exports.contains(k)) AddGl(out[static_cast<int>(k / 10000)], 0, m);
  }
  for (auto it = out.begin(); it != out.end();) {
    if (!(it->second.total_usd > 0)) {
      it = out.erase(it);
    } else {
      Finish(it->second);
      ++it;
    }
  }
  return out;
}

std::optional<HhiResult> Hhi(const std::vector<double>& values) {
  double total = 0;
  int n = 0;
  for (double v : values) {
    if (v > 0) {
      total += v;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  HhiResult r;
  r.count = n;
  for (double v : values) {
    if (v > 0) r.hhi += (v / total) * (v / total);
  }
  r.normalized = n == 1 ? 1.0 : (r.hhi - 1.0 / n) / (1.0 - 1.0 / n);
  // Rounding can push the normalised index a hair below zero for equal shares.
  if (r.normalized < 0) r.normalized = 0;
  r.equivalent = 1.0 / r.hhi;
  return r;
}

}  // namespace dyad::analytics
