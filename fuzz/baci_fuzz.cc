// Fuzz target for the BACI parser: strict and lenient parses of any bytes, with small
// read blocks so that block boundaries are crossed. Strict must fail or agree with
// lenient's row count when lenient rejects nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "ingest/baci.h"
#include "ingest/codes.h"

namespace {

class CountingSink final : public dyad::store::FlowSink {
 public:
  dyad::Status AddProductFlows(std::span<const dyad::store::ProductFlow> flows) override {
    for (const auto& f : flows) {
      if (f.value_usd < 0 || f.quantity_kg < -1 || f.hs6 > 999999 || f.year < 1900) std::abort();
    }
    rows += flows.size();
    return dyad::Status::Ok();
  }
  dyad::Status AddAggregateFlows(std::span<const dyad::store::AggregateFlow>) override { return dyad::Status::Ok(); }
  dyad::Status AddProductDescription(uint32_t, std::string) override { return dyad::Status::Ok(); }
  uint64_t rows = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::ingest::BaciOptions o;
  o.codes = &dyad::ingest::Codes::Builtin();
  o.block_size = 64 + (size > 0 ? data[0] : 0);
  o.threads = 2;
  CountingSink strict_sink, lenient_sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  auto s1 = dyad::ingest::MemorySource(text);
  auto a = dyad::ingest::ParseBaciCsv(*s1, "fuzz.csv", o, strict_sink, strict, nullptr);
  auto s2 = dyad::ingest::MemorySource(text);
  auto b = dyad::ingest::ParseBaciCsv(*s2, "fuzz.csv", o, lenient_sink, lenient, nullptr);
  if (a.ok() && (!b.ok() || b->rows != a->rows || b->rejected != 0)) std::abort();
  if (b.ok() && b->rejected == 0 && !a.ok()) std::abort();
  auto s3 = dyad::ingest::MemorySource(text);
  (void)dyad::ingest::FindBaciDuplicates(*s3, "fuzz.csv", o);
  return 0;
}
