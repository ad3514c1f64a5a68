// Fuzz target for the Comtrade parser, strict and lenient, against an in-memory sink.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "ingest/codes.h"
#include "ingest/comtrade.h"
#include "product_checking_sink.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::fuzz::ProductCheckingSink sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  (void)dyad::ingest::ParseComtradeCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, strict);
  (void)dyad::ingest::ParseComtradeCsv(text, "fuzz.csv", dyad::ingest::Codes::Builtin(), sink, lenient);
  return 0;
}
