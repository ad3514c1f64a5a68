// Fuzz target for the registry's JSON import: ParseRegistryJson must never crash on any
// bytes; what it accepts must survive validation without crashing and must round-trip
// (to JSON and back) to the same entries.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "registry/json_io.h"
#include "registry/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad::registry;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::Result<RegistryData> parsed = ParseRegistryJson(text, "fuzz.json");
  if (!parsed.ok()) return 0;

  std::string again = RegistryToJson(*parsed).dump();
  dyad::Result<RegistryData> reparsed = ParseRegistryJson(again, "again.json");
  if (!reparsed.ok()) std::abort();
  if (!(reparsed->agreements == parsed->agreements) || !(reparsed->targets == parsed->targets) ||
      !(reparsed->area_announcements == parsed->area_announcements)) {
    std::abort();
  }

  for (Agreement a : parsed->agreements) {
    if (NormalizeAgreement(&a, BuiltinKinds(), BuiltinAreas()).ok()) {
      (void)AgreementKey(a);
      (void)a.ActiveOn(dyad::Date::Ymd(2024, 8, 22));
    }
  }
  for (Target t : parsed->targets) NormalizeTarget(&t).IgnoreError();
  for (AreaAnnouncement a : parsed->area_announcements) {
    NormalizeAreaAnnouncement(&a, BuiltinAreas()).IgnoreError();
  }
  return 0;
}
