#include "fetch/baci_listing.h"

#include <algorithm>
#include <cctype>

#include "base/strings.h"

namespace dyad::fetch {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Matches "BACI_HSdd_Vdddddd[x].zip" at `at` (case-insensitive); returns its length or 0.
size_t MatchAt(std::string_view s, size_t at, BaciRelease* out) {
  std::string_view rest = s.substr(at);
  if (rest.size() < 21 || !EqualsIgnoreCaseAscii(rest.substr(0, 7), "BACI_HS")) return 0;
  if (!Digit(rest[7]) || !Digit(rest[8]) || rest[9] != '_' || (rest[10] != 'V' && rest[10] != 'v')) return 0;
  size_t i = 11;
  while (i < rest.size() && i < 17 && Digit(rest[i])) ++i;
  if (i != 17) return 0;
  std::string vintage = "V" + std::string(rest.substr(11, 6));
  if (i < rest.size() && std::isalpha(static_cast<unsigned char>(rest[i])) && rest[i] != '.') {
    vintage += static_cast<char>(std::tolower(static_cast<unsigned char>(rest[i])));
    ++i;
  }
  if (rest.size() < i + 4 || !EqualsIgnoreCaseAscii(rest.substr(i, 4), ".zip")) return 0;
  out->edition = "HS" + std::string(rest.substr(7, 2));
  out->vintage = vintage;
  return i + 4;
}

}  // namespace

std::vector<BaciRelease> ParseBaciListing(std::string_view page) {
  std::vector<BaciRelease> out;
  for (size_t at = 0; at + 21 <= page.size();) {
    size_t hit = page.find_first_of("Bb", at);
    if (hit == std::string_view::npos) break;
    BaciRelease r;
    size_t n = MatchAt(page, hit, &r);
    // A longer name ending in ours ("XBACI_...") is not a release name.
    bool word_start = hit == 0 || !(std::isalnum(static_cast<unsigned char>(page[hit - 1])) || page[hit - 1] == '_');
    if (n > 0 && word_start) {
      if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(r);
      at = hit + n;
    } else {
      at = hit + 1;
    }
  }
  return out;
}

std::optional<BaciRelease> NewestRelease(const std::vector<BaciRelease>& releases, std::string_view edition) {
  std::optional<BaciRelease> best;
  for (const BaciRelease& r : releases) {
    if (!EqualsIgnoreCaseAscii(r.edition, edition)) continue;
    if (!best || r.vintage > best->vintage) best = r;
  }
  return best;
}

bool IsBaciEdition(std::string_view e) {
  static constexpr std::string_view kEditions[] = {"HS92", "HS96", "HS02", "HS07", "HS12", "HS17", "HS22"};
  return std::find(std::begin(kEditions), std::end(kEditions), e) != std::end(kEditions);
}

bool IsBaciVintage(std::string_view v) {
  if (v.size() != 7 && v.size() != 8) return false;
  if (v[0] != 'V') return false;
  for (size_t i = 1; i < 7; ++i) {
    if (!Digit(v[i])) return false;
  }
  return v.size() == 7 || (v[7] >= 'a' && v[7] <= 'z');
}

}  // namespace dyad::fetch
