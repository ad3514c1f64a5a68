// An in-memory store::Snapshot for analytics unit tests: every query is answered by a
// naive scan of plain rows (no pre-aggregates), so it doubles as the reference the
// differential tests compare the real store against.
#pragma once

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reference/countries.h"
#include "store/store.h"

namespace dyad::analytics::testing {

class FakeDataset final : public store::Dataset {
 public:
  explicit FakeDataset(store::DatasetInfo info) : info_(std::move(info)) {}

  std::vector<store::ProductFlow> flows;
  std::vector<store::AggregateFlow> aggs;
  std::map<uint32_t, std::string> descriptions;

  void Finish() {
    std::set<uint16_t> ys, ays;
    for (const auto& f : flows) ys.insert(f.year);
    for (const auto& a : aggs) ays.insert(a.year);
    years_.assign(ys.begin(), ys.end());
    agg_years_.assign(ays.begin(), ays.end());
    std::sort(aggs.begin(), aggs.end(), [](const auto& x, const auto& y) {
      return std::tie(x.year, x.reporter, x.partner, x.first_month, x.last_month) <
             std::tie(y.year, y.reporter, y.partner, y.first_month, y.last_month);
    });
  }

  const store::DatasetInfo& info() const override { return info_; }
  std::span<const uint16_t> years() const override { return years_; }
  std::span<const uint16_t> aggregate_years() const override { return agg_years_; }
  uint64_t product_rows() const override { return flows.size(); }
  uint64_t aggregate_rows() const override { return aggs.size(); }
  uint64_t bytes_on_disk() const override { return 0; }
  uint64_t file_count() const override { return 0; }

  std::vector<store::PairYearTotal> PairYears(uint16_t ex, uint16_t im) const override {
    std::map<std::pair<uint16_t, store::Side>, store::FlowTotal> m;
    for (const auto& f : flows) {
      if (f.exporter == ex && f.importer == im) Add(m[{f.year, f.side}], f);
    }
    std::vector<store::PairYearTotal> out;
    for (const auto& [k, t] : m) out.push_back({k.first, ex, im, k.second, t});
    return out;
  }
  std::optional<store::FlowTotal> PairYear(uint16_t year, uint16_t ex, uint16_t im,
                                           store::Side side) const override {
    std::optional<store::FlowTotal> t;
    for (const auto& f : flows) {
      if (f.year == year && f.exporter == ex && f.importer == im && f.side == side) {
        if (!t) t.emplace();
        Add(*t, f);
      }
    }
    return t;
  }
  std::vector<store::PairYearTotal> Partners(uint16_t year, uint16_t c, store::Side side) const override {
    std::vector<store::PairYearTotal> out;
    for (const auto& p : AllPairs(year, side)) if (p.exporter == c) out.push_back(p);
    for (const auto& p : AllPairs(year, side)) if (p.importer == c && p.exporter != c) out.push_back(p);
    return out;
  }
  std::vector<store::PairYearTotal> AllPairs(uint16_t year, store::Side side) const override {
    std::map<std::pair<uint16_t, uint16_t>, store::FlowTotal> m;
    for (const auto& f : flows) {
      if (f.year == year && f.side == side) Add(m[{f.exporter, f.importer}], f);
    }
    std::vector<store::PairYearTotal> out;
    for (const auto& [k, t] : m) out.push_back({year, k.first, k.second, side, t});
    return out;
  }
  std::optional<store::CountryYearTotal> CountryYear(uint16_t year, uint16_t c,
                                                     store::Side side) const override {
    std::optional<store::CountryYearTotal> t;
    for (const auto& f : flows) {
      if (f.year != year || f.side != side || (f.exporter != c && f.importer != c)) continue;
      if (!t) t = store::CountryYearTotal{year, c, side, {}, {}};
      if (f.exporter == c) Add(t->exports, f);
      if (f.importer == c) Add(t->imports, f);
    }
    return t;
  }
  Result<std::vector<store::ChapterTotal>> PairChapters(uint16_t year, uint16_t ex, uint16_t im,
                                                        store::Side side) const override {
    std::map<int, store::FlowTotal> m;
    for (const auto& f : flows) {
      if (f.year == year && f.exporter == ex && f.importer == im && f.side == side) Add(m[f.hs6 / 10000], f);
    }
    std::vector<store::ChapterTotal> out;
    for (const auto& [c, t] : m) out.push_back({static_cast<uint8_t>(c), t});
    return out;
  }
  std::vector<store::ProductTotal> ProductWorldTotals(uint16_t year, store::Side side) const override {
    std::map<uint32_t, store::FlowTotal> m;
    for (const auto& f : flows) if (f.year == year && f.side == side) Add(m[f.hs6], f);
    std::vector<store::ProductTotal> out;
    for (const auto& [k, t] : m) out.push_back({k, t});
    return out;
  }
  Result<std::vector<store::ProductRow>> PairProducts(uint16_t year, uint16_t ex, uint16_t im,
                                                      store::Side side) const override {
    std::vector<store::ProductRow> out;
    for (const auto& f : flows) {
      if (f.year == year && f.exporter == ex && f.importer == im && f.side == side) {
        out.push_back({f.hs6, f.value_usd, f.quantity_kg});
      }
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.hs6 < y.hs6; });
    return out;
  }
  Status ForEachRow(uint16_t year, const std::function<Status(const store::ProductFlow&)>& fn) const override {
    for (const auto& f : flows) {
      if (f.year == year) DYAD_RETURN_IF_ERROR(fn(f));
    }
    return Status::Ok();
  }
  std::span<const store::AggregateFlow> aggregates() const override { return aggs; }
  std::vector<store::AggregateFlow> AggregatesFor(uint16_t rep, uint16_t partner) const override {
    std::vector<store::AggregateFlow> out;
    for (const auto& a : aggs) if (a.reporter == rep && a.partner == partner) out.push_back(a);
    return out;
  }
  std::string_view ProductDescription(uint32_t hs6) const override {
    auto it = descriptions.find(hs6);
    return it == descriptions.end() ? std::string_view() : std::string_view(it->second);
  }

 private:
  static void Add(store::FlowTotal& t, const store::ProductFlow& f) {
    t.value_usd += f.value_usd;
    ++t.rows;
    if (f.quantity_kg >= 0) {
      t.quantity_kg += f.quantity_kg;
      ++t.rows_with_quantity;
    }
  }
  store::DatasetInfo info_;
  std::vector<uint16_t> years_, agg_years_;
};

class FakeSnapshot final : public store::Snapshot {
 public:
  FakeDataset& Add(store::DatasetInfo info) {
    auto owned = std::make_unique<FakeDataset>(std::move(info));
    FakeDataset* raw = owned.get();
    sets_.push_back(std::move(owned));
    std::sort(sets_.begin(), sets_.end(),
              [](const auto& x, const auto& y) { return x->info().name < y->info().name; });
    return *raw;
  }
  uint64_t generation() const override { return 1; }
  const std::vector<std::unique_ptr<const store::Dataset>>& datasets() const override { return sets_; }
  const store::Dataset* FindDataset(std::string_view name) const override {
    for (const auto& d : sets_) if (d->info().name == name) return d.get();
    return nullptr;
  }

 private:
  std::vector<std::unique_ptr<const store::Dataset>> sets_;
};

inline uint16_t Idx(const char* code) { return reference::Countries::Builtin().FindByCode(code)->index; }

// The built-in official totals (data/official/*.csv) as a national dataset "official".
inline void AddOfficial(FakeSnapshot& snap, const std::string& csv_path) {
  store::DatasetInfo info;
  info.name = "official";
  info.kind = store::SourceKind::kNationalTotals;
  info.basis = store::Basis::kNational;
  FakeDataset& ds = snap.Add(info);
  std::ifstream in(csv_path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> c;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) c.push_back(cell);
    while (c.size() < 11) c.push_back("");
    store::AggregateFlow a;
    a.year = static_cast<uint16_t>(std::stoi(c[0]));
    a.first_month = static_cast<uint8_t>(std::stoi(c[1].substr(0, c[1].find('-'))));
    a.last_month = static_cast<uint8_t>(std::stoi(c[1].substr(c[1].find('-') + 1)));
    a.reporter = Idx(c[2].c_str());
    a.partner = Idx(c[3].c_str());
    if (!c[4].empty()) a.exports_usd = std::stoll(c[4]);
    if (!c[5].empty()) a.imports_usd = std::stoll(c[5]);
    if (!c[6].empty()) a.total_usd = std::stoll(c[6]);
    a.qualifier = c[7] == "approx"      ? store::Qualifier::kApprox
                  : c[7] == "more_than" ? store::Qualifier::kMoreThan
                  : c[7] == "less_than" ? store::Qualifier::kLessThan
                                        : store::Qualifier::kExact;
    a.source = c[8];
    a.source_url = c[9];
    a.published = c[10];
    ds.aggs.push_back(a);
  }
  ds.Finish();
}

}  // namespace dyad::analytics::testing
