// A trade figure with its provenance: one year (or part of one) of trade between a
// country A and a partner B, seen from A (exports = A's exports to B), and where it
// came from. Every number analytics returns travels in one of these so that the
// answer can name its dataset, reporter, period and qualifier. Plain value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/types.h"

namespace dyad::analytics {

struct Figure {
  int year = 0;
  int first_month = 1, last_month = 12;
  std::optional<int64_t> exports_usd;   // A's exports to B
  std::optional<int64_t> imports_usd;   // A's imports from B
  std::optional<int64_t> total_usd;     // as published, or exports + imports
  store::Qualifier qualifier = store::Qualifier::kExact;
  std::string dataset;    // "official", "baci-hs17"
  store::Basis basis = store::Basis::kReconciled;
  std::string reporter;   // alpha-3 of the publishing country; "" for reconciled data
  std::string source;     // publisher ("Statistics Agency under the President of ...")
  std::string url;
  std::string published;  // "2024-01-23"
  bool synthetic = false;
  // "all", or the commodities of a partial extract ("871200"): such a figure is that
  // commodity's trade, never the pair's whole trade (no total_usd).
  std::string coverage = "all";
  // What else a reader must know: "reported as Other Asia, nes (490)".
  std::string note;

  bool complete() const { return coverage == "all"; }
  bool full_year() const { return first_month == 1 && last_month == 12; }
  std::string months() const {
    return std::to_string(first_month) + "-" + std::to_string(last_month);
  }
  // exports - imports when both are known.
  std::optional<int64_t> balance_usd() const {
    if (!exports_usd || !imports_usd) return std::nullopt;
    return *exports_usd - *imports_usd;
  }
  // Whose figure it is: "official: TJK national statistics (Statistics Agency ...,
  // published 2024-01-23)", "comtrade-h6: KAZ as reported to UN Comtrade" or
  // "baci-hs17 (reconciled)".
  std::string SourceLabel() const;
  // A one-line citation: SourceLabel() plus ", months 1-6 only" for a partial year and
  // ", commodities 871200 only" for a partial extract.
  std::string Label() const;
};

// The same figure seen from B (exports and imports swapped).
Figure Flip(const Figure& f);

}  // namespace dyad::analytics
