// Fuzz target for the Comtrade Plus API response readers: a body either parses into
// records (objects) or fails with a message; error-body reading never fails.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fetch/comtrade_api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view body(reinterpret_cast<const char*>(data), size);
  auto r = dyad::fetch::ParseComtradeResponse(body, "https://comtradeapi.un.org/data/v1/get/C/A/HS?x=1");
  if (r.ok()) {
    for (const auto& row : r->data) {
      if (!row.is_object()) std::abort();
    }
  } else if (r.status().message().empty()) {
    std::abort();
  }
  (void)dyad::fetch::ComtradeErrorText(body);
  (void)dyad::fetch::ComtradeStatusMessage(403, body, "u", true);
  return 0;
}
