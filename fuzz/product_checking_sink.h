// Fuzz helper: a FlowSink that stores nothing and aborts on a product row no importer may
// hand out (a negative value, an HS code past 999999). Not thread-safe; one per input.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "store/sink.h"

namespace dyad::fuzz {

class ProductCheckingSink final : public store::FlowSink {
 public:
  Status AddProductFlows(std::span<const store::ProductFlow> flows) override {
    for (const auto& f : flows) {
      if (f.value_usd < 0 || f.hs6 > 999999) std::abort();
    }
    return Status::Ok();
  }
  Status AddAggregateFlows(std::span<const store::AggregateFlow>) override { return Status::Ok(); }
  Status AddProductDescription(uint32_t, std::string) override { return Status::Ok(); }
};

}  // namespace dyad::fuzz
