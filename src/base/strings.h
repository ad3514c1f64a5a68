// Small string helpers shared by every module. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

std::string_view TrimAscii(std::string_view s);
std::vector<std::string_view> SplitString(std::string_view s, char sep);
std::string ToLowerAscii(std::string_view s);
std::string ToUpperAscii(std::string_view s);
bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b);

// Levenshtein distance over bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// Up to `limit` candidates closest to `query` (folded, by edit distance, then prefix
// matches first), for "did you mean" messages. Candidates further than about half the
// query's length are dropped.
std::vector<std::string> ClosestMatches(std::string_view query,
                                        const std::vector<std::string>& candidates,
                                        size_t limit = 3);

// 1148800000 -> "1,148,800,000"; negative numbers keep their sign.
std::string WithThousands(int64_t value);

// Escapes one CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF.
std::string CsvField(std::string_view s);

// Quotes a string for an error message: "n/a" -> "\"n/a\"", control bytes escaped,
// long strings cut to 40 bytes with "...".
std::string QuoteForMessage(std::string_view s);

}  // namespace dyad
