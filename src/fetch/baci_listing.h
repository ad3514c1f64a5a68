// Reading CEPII's BACI download page (or a mirror's folder index) for the releases it
// offers: every "BACI_<edition>_V<vintage>.zip" the page names, in links or text, in any
// case, with or without a path or query around it. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::fetch {

struct BaciRelease {
  std::string edition;  // "HS17"
  std::string vintage;  // "V202501", "V202401b"
  std::string FileName() const { return "BACI_" + edition + "_" + vintage + ".zip"; }
  bool operator==(const BaciRelease&) const = default;
};

// Every release the page names, each once, in the order first seen.
std::vector<BaciRelease> ParseBaciListing(std::string_view page);

// The newest vintage of `edition` among `releases` (vintages compare as text:
// V202501 > V202401b > V202401).
std::optional<BaciRelease> NewestRelease(const std::vector<BaciRelease>& releases, std::string_view edition);

// The editions BACI is published in: HS92 HS96 HS02 HS07 HS12 HS17 HS22.
bool IsBaciEdition(std::string_view edition);
// "V" + six digits + an optional lowercase letter.
bool IsBaciVintage(std::string_view vintage);

}  // namespace dyad::fetch
