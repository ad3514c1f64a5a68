// Test helpers for the importers: an in-memory FlowSink and a small code table.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "ingest/codes.h"
#include "store/sink.h"

namespace dyad::ingest::testing {

class MemorySink final : public store::FlowSink {
 public:
  Status AddProductFlows(std::span<const store::ProductFlow> flows) override {
    products.insert(products.end(), flows.begin(), flows.end());
    return Status::Ok();
  }
  Status AddAggregateFlows(std::span<const store::AggregateFlow> flows) override {
    aggregates.insert(aggregates.end(), flows.begin(), flows.end());
    return Status::Ok();
  }
  Status AddProductDescription(uint32_t hs6, std::string description) override {
    descriptions.emplace_back(hs6, std::move(description));
    return Status::Ok();
  }
  std::vector<store::ProductFlow> products;
  std::vector<store::AggregateFlow> aggregates;
  std::vector<std::pair<uint32_t, std::string>> descriptions;
};

// Indexes: AFG 0 (4), ALB 1 (8), KAZ 2 (398), TJK 3 (762), USA 4 (840 and 842), RUS 5 (643).
inline const Codes& TestCodes() {
  static const Codes codes = [] {
    std::vector<int> chapters;
    for (int c = 1; c <= 97; ++c) {
      if (c != 77) chapters.push_back(c);
    }
    return Codes({{4, 0}, {8, 1}, {398, 2}, {762, 3}, {840, 4}, {842, 4}, {643, 5}},
                 {{"AFG", 0}, {"ALB", 1}, {"KAZ", 2}, {"TJK", 3}, {"USA", 4}, {"RUS", 5}},
                 chapters);
  }();
  return codes;
}

}  // namespace dyad::ingest::testing
