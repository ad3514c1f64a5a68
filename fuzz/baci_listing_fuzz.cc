// Fuzz target for the BACI listing-page parser: every release it returns must be a
// well-formed name, and the newest release must be one of them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fetch/baci_listing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view page(reinterpret_cast<const char*>(data), size);
  auto releases = dyad::fetch::ParseBaciListing(page);
  for (const auto& r : releases) {
    if (r.edition.size() != 4 || r.edition.substr(0, 2) != "HS") std::abort();
    if (!dyad::fetch::IsBaciVintage(r.vintage)) std::abort();
  }
  auto newest = dyad::fetch::NewestRelease(releases, "HS17");
  if (newest && newest->edition != "HS17") std::abort();
  return 0;
}
