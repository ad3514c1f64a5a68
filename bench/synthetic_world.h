// A deterministic, BACI-like synthetic world for the store benchmarks: ~230 countries
// with log-normal economic sizes, ~5000 hs6 codes with Zipf-like popularity, pairs
// trading a number of products that grows with both partners' sizes (gravity), and
// log-normal values scaled by the partners' sizes. Rows come grouped by pair and
// ascending by hs6, as in a BACI file. Not thread-safe.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <vector>

#include "reference/countries.h"
#include "store/types.h"

namespace dyad::bench {

class SyntheticWorld {
 public:
  // `rows_per_year`: the target row count of one year (BACI: ~11 million).
  SyntheticWorld(uint64_t seed, uint64_t rows_per_year) : seed_(seed) {
    std::mt19937_64 rng(seed);
    const auto& table = reference::Countries::Builtin();
    for (const auto& c : table.all()) {
      if (c.iso && countries_.size() < 230) countries_.push_back(c.index);
    }
    std::normal_distribution<double> normal(0, 1);
    for (size_t i = 0; i < countries_.size(); ++i) size_.push_back(std::exp(1.6 * normal(rng)));
    std::set<uint32_t> codes;
    while (codes.size() < 5000) {
      uint32_t chapter = 1 + rng() % 97;
      if (chapter == 77) continue;
      codes.insert(chapter * 10000 + (1 + rng() % 60) * 100 + rng() % 100);
    }
    hs_.assign(codes.begin(), codes.end());
    for (size_t k = 0; k < hs_.size(); ++k) {
      popularity_.push_back(1.0 / std::pow(1.0 + static_cast<double>(rng() % hs_.size()), 0.35));
      price_.push_back(std::exp(1.5 + 1.2 * normal(rng)));
    }
    double mean = 0;
    for (double p : popularity_) mean += p;
    mean /= static_cast<double>(popularity_.size());
    for (double& p : popularity_) p /= mean;
    sorted_popularity_ = popularity_;
    std::sort(sorted_popularity_.begin(), sorted_popularity_.end());
    prefix_.assign(1, 0.0);
    for (double p : sorted_popularity_) prefix_.push_back(prefix_.back() + p);
    // Scale the gravity weights so that a year has about rows_per_year rows.
    double lo = 0, hi = 1e6;
    for (int it = 0; it < 60; ++it) {
      double k = (lo + hi) / 2;
      if (ExpectedRows(k) < static_cast<double>(rows_per_year)) lo = k; else hi = k;
    }
    scale_ = lo;
  }

  // Calls `emit` with the flows of `year`, one pair at a time (rows ascending by hs6).
  void Year(uint16_t year, const std::function<void(const std::vector<store::ProductFlow>&)>& emit) const {
    uint64_t state = seed_ * 1000003 + year;
    std::mt19937_64 rng(state);
    std::normal_distribution<double> normal(0, 1);
    std::vector<store::ProductFlow> pair;
    std::vector<uint64_t> threshold(hs_.size());
    double drift = 1.0 + 0.03 * (year - 2000);
    for (size_t i = 0; i < countries_.size(); ++i) {
      for (size_t j = 0; j < countries_.size(); ++j) {
        if (i == j) continue;
        double f = Fraction(i, j, scale_);
        if (f <= 0.0005) continue;
        pair.clear();
        for (size_t k = 0; k < hs_.size(); ++k) {
          // Product k trades with probability min(1, f * popularity): compare 53 random
          // bits with the probability scaled to 2^53.
          double prob = std::min(1.0, f * popularity_[k]);
          if (static_cast<double>(SplitMix(&state) >> 11) >= prob * 9007199254740992.0) continue;
          store::ProductFlow flow;
          flow.year = year;
          flow.exporter = countries_[i];
          flow.importer = countries_[j];
          flow.hs6 = hs_[k];
          double v = std::exp(9.5 + 2.3 * normal(rng)) * std::pow(size_[i] * size_[j], 0.25) * drift;
          flow.value_usd = std::max<int64_t>(1, static_cast<int64_t>(v));
          flow.quantity_kg = SplitMix(&state) % 100 < 4
                                 ? -1
                                 : static_cast<int64_t>(v / price_[k] * std::exp(0.5 * normal(rng)));
          pair.push_back(flow);
        }
        if (!pair.empty()) emit(pair);
      }
    }
  }

  const std::vector<uint16_t>& countries() const { return countries_; }

 private:
  static uint64_t SplitMix(uint64_t* state) {
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  double Fraction(size_t i, size_t j, double k) const {
    return std::min(1.0, k * std::pow(size_[i], 0.7) * std::pow(size_[j], 0.5) / 5000.0);
  }
  double ExpectedRows(double k) const {
    double rows = 0;
    for (size_t i = 0; i < countries_.size(); ++i) {
      for (size_t j = 0; j < countries_.size(); ++j) {
        if (i == j) continue;
        double f = Fraction(i, j, k);
        if (f <= 0.0005) continue;
        // Sum of min(1, f * p): products with p >= 1/f count 1, the others f * p.
        size_t cut = static_cast<size_t>(
            std::lower_bound(sorted_popularity_.begin(), sorted_popularity_.end(), 1.0 / f) -
            sorted_popularity_.begin());
        rows += static_cast<double>(sorted_popularity_.size() - cut) + f * prefix_[cut];
      }
    }
    return rows;
  }

  uint64_t seed_;
  double scale_ = 1;
  std::vector<uint16_t> countries_;
  std::vector<double> size_;
  std::vector<uint32_t> hs_;
  std::vector<double> popularity_, price_, sorted_popularity_, prefix_;
};

}  // namespace dyad::bench
