// Fuzz target for a whole Comtrade file as `dyad import comtrade` reads it: the
// ParseComtrade dispatch (format found from the bytes: Plus or legacy CSV/TSV, API JSON,
// gzip), strict and lenient. Its corpus holds hand-made files of each family in
// fuzz/corpus/comtrade_file/{json,gzip,legacy}/.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>

#include "ingest/codes.h"
#include "ingest/comtrade.h"
#include "product_checking_sink.h"
#include "ingest/text_input.h"


extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  dyad::fuzz::ProductCheckingSink sink;
  dyad::ingest::RejectLog strict(false, {}), lenient(true, {});
  const auto& codes = dyad::ingest::Codes::Builtin();
  (void)dyad::ingest::ParseComtrade(bytes, "fuzz", codes, sink, strict);
  (void)dyad::ingest::ParseComtrade(bytes, "fuzz", codes, sink, lenient);
  (void)dyad::ingest::Gunzip(bytes, "fuzz");
  return 0;
}
