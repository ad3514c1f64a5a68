#include "cli/args.h"

#include <charconv>
#include <string_view>

namespace dyad::cli {

Result<const reference::Country*> CountryArg(const std::string& query) {
  return reference::Countries::Builtin().Find(query);
}

Result<YearRange> ParseYears(const std::string& text) {
  YearRange r;
  if (text.empty()) return r;
  auto bad = [&] {
    return UsageError("--years: expected YEAR or FIRST-LAST (2015-2023), got \"" + text + "\"");
  };
  auto parse = [](std::string_view s, uint16_t* out) {
    unsigned v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || s.size() != 4) return false;
    *out = static_cast<uint16_t>(v);
    return true;
  };
  size_t dash = text.find('-');
  if (dash == std::string::npos) {
    if (!parse(text, &r.first)) return bad();
    r.last = r.first;
  } else if (!parse(std::string_view(text).substr(0, dash), &r.first) ||
             !parse(std::string_view(text).substr(dash + 1), &r.last) || r.first > r.last) {
    return bad();
  }
  return r;
}

Result<std::optional<Date>> DateOption(const std::string& text) {
  if (text.empty()) return std::optional<Date>();
  Result<Date> d = ParseDate(text);
  if (!d.ok()) return UsageError("--date: " + d.status().message());
  if (d->precision != DatePrecision::kDay) return UsageError("--date: expected YYYY-MM-DD, got \"" + text + "\"");
  return std::optional<Date>(*d);
}

}  // namespace dyad::cli
