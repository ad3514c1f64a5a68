// Fuzz target for the Comtrade reader's gzip (bulk download) path: the whole
// ParseComtrade dispatch (format found from the bytes), strict and lenient; its corpus
// (fuzz/corpus/comtrade_gzip/) holds hand-made files of that family.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "ingest/codes.h"
#include "ingest/comtrade.h"
#include "ingest/text_input.h"

namespace {
class CheckingSink final : public dyad::store::FlowSink {
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
  std::string bytes(reinterpret_cast<const char*>(data), size);
  CheckingSink sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  const auto& codes = dyad::ingest::Codes::Builtin();
  (void)dyad::ingest::ParseComtrade(bytes, "fuzz", codes, sink, strict);
  (void)dyad::ingest::ParseComtrade(bytes, "fuzz", codes, sink, lenient);
  (void)dyad::ingest::Gunzip(bytes, "fuzz");
  return 0;
}
