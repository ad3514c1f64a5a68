// Fuzz target for article extraction: any bytes must give a result or an error, never
// a crash; spans must lie inside the input and the JSON must be valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/claims.h"
#include "text/claims_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = dyad::text::ExtractClaims(input, dyad::Date::Ymd(2024, 8, 22));
  if (!r.ok()) return 0;
  for (const auto& c : r->claims) {
    if (c.span_begin > c.span_end || c.span_end > size) std::abort();
  }
  for (const auto& s : r->sentences) {
    if (s.begin > s.end || s.end > size) std::abort();
  }
  // Throws (and so aborts) on invalid UTF-8 in any string.
  (void)dyad::text::ArticleToJson(*r).dump();
  return 0;
}
