// Parsing of command arguments shared by every command (and so by the API, which passes
// its parameters through the same commands): one parser per kind of argument, each with
// one error message.
#pragma once

#include <cstdint>
#include <string>

#include <optional>

#include "base/date.h"
#include "base/status.h"
#include "reference/countries.h"

namespace dyad::cli {

// A country by ISO alpha-3, alpha-2, numeric code or name; an unknown one is kNotFound
// with "did you mean".
Result<const reference::Country*> CountryArg(const std::string& query);

// --years: "2023" or "2015-2023" (four digits each, first <= last). Empty text means
// every year: [0, 65535].
struct YearRange {
  uint16_t first = 0, last = 65535;
  bool Contains(int y) const { return first <= y && y <= last; }
  bool all() const { return first == 0 && last == 65535; }
};
Result<YearRange> ParseYears(const std::string& text);

// --date: a day, YYYY-MM-DD; nullopt when `text` is empty.
Result<std::optional<Date>> DateOption(const std::string& text);

}  // namespace dyad::cli
