// Fuzz target for the national-totals parser, strict and lenient.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "ingest/codes.h"
#include "ingest/totals.h"

namespace {
class NullSink final : public dyad::store::FlowSink {
 public:
  dyad::Status AddProductFlows(std::span<const dyad::store::ProductFlow>) override { return dyad::Status::Ok(); }
  dyad::Status AddAggregateFlows(std::span<const dyad::store::AggregateFlow> flows) override {
    for (const auto& f : flows) {
      if (f.first_month < 1 || f.last_month > 12 || f.first_month > f.last_month) std::abort();
    }
    return dyad::Status::Ok();
  }
  dyad::Status AddProductDescription(uint32_t, std::string) override { return dyad::Status::Ok(); }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  NullSink sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  (void)dyad::ingest::ParseTotalsCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, strict);
  (void)dyad::ingest::ParseTotalsCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, lenient);
  return 0;
}
