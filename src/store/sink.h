// FlowSink: where importers put what they parse. The store's import transaction
// implements it; tests use an in-memory sink. Not thread-safe: one importer thread
// calls it at a time.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "base/status.h"
#include "store/types.h"

namespace dyad::store {

class FlowSink {
 public:
  virtual ~FlowSink() = default;
  // Rows need not be sorted; the sink may keep or copy them. Fails on I/O problems.
  virtual Status AddProductFlows(std::span<const ProductFlow> flows) = 0;
  virtual Status AddAggregateFlows(std::span<const AggregateFlow> flows) = 0;
  // A product description from a release's product_codes file (BACI).
  virtual Status AddProductDescription(uint32_t hs6, std::string description) = 0;
};

}  // namespace dyad::store
