// Fuzz target for the Comtrade parser, strict and lenient, against an in-memory sink.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "ingest/codes.h"
#include "ingest/comtrade.h"

namespace {
class NullSink final : public dyad::store::FlowSink {
 public:
  dyad::Status AddProductFlows(std::span<const dyad::store::ProductFlow> flows) override {
    for (const auto& f : flows) {
      if (f.value_usd < 0 || f.hs6 > 999999) std::abort();
    }
    return dyad::Status::Ok();
  }
  dyad::Status AddAggregateFlows(std::span<const dyad::store::AggregateFlow>) override { return dyad::Status::Ok(); }
  dyad::Status AddProductDescription(uint32_t, std::string) override { return dyad::Status::Ok(); }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  NullSink sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  (void)dyad::ingest::ParseComtradeCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, strict);
  (void)dyad::ingest::ParseComtradeCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, lenient);
  return 0;
}
