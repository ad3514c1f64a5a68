// The facts the trade store holds: product-level flows, aggregate flows from national
// statistics, and the metadata of each dataset. Plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::store {

// What kind of source a dataset came from.
enum class SourceKind : uint8_t { kBaci, kComtrade, kNationalTotals, kSynthetic };
std::string_view SourceKindName(SourceKind kind);  // "baci", "comtrade", "national", "synthetic"

// Whose figures these are: reconciled mirror data (BACI), one reporter's declarations
// (Comtrade), or a national statistics office's published totals.
enum class Basis : uint8_t { kReconciled, kReporter, kNational };
std::string_view BasisName(Basis basis);  // "reconciled", "reporter", "national"

// Which side declared a product flow: BACI flows are reconciled; Comtrade flows are
// declared by the exporter (its exports, FOB) or by the importer (its imports, CIF).
enum class Side : uint8_t { kReconciled = 0, kExporterReported = 1, kImporterReported = 2 };

// How a published figure is qualified.
enum class Qualifier : uint8_t { kExact, kApprox, kMoreThan, kLessThan };
std::string_view QualifierName(Qualifier q);  // "", "approx", "more_than", "less_than"

// One product-level flow. Countries are indexes into reference::Countries::Builtin().
struct ProductFlow {
  uint16_t year = 0;
  uint16_t exporter = 0;
  uint16_t importer = 0;
  Side side = Side::kReconciled;
  uint32_t hs6 = 0;            // 6-digit HS code as a number: 10121 for "010121"
  int64_t value_usd = 0;       // US dollars (BACI's thousands already converted)
  int64_t quantity_kg = -1;    // kilograms; -1 when missing
};

// One published bilateral total from national statistics.
struct AggregateFlow {
  uint16_t year = 0;
  uint8_t first_month = 1;     // months covered: first_month..last_month of `year`
  uint8_t last_month = 12;
  uint16_t reporter = 0;       // country index: who published the figure
  uint16_t partner = 0;
  std::optional<int64_t> exports_usd;  // reporter's exports to partner
  std::optional<int64_t> imports_usd;  // reporter's imports from partner
  std::optional<int64_t> total_usd;    // as published (may be rounded)
  Qualifier qualifier = Qualifier::kExact;
  std::string source;
  std::string source_url;
  std::string published;               // "2024-01-23", "2021-05" or "2022"

  bool full_year() const { return first_month == 1 && last_month == 12; }
  std::string months() const;          // "1-12"
};

// A file that went into a dataset.
struct SourceFile {
  std::string name;        // base name as given
  std::string checksum;    // ChecksumHex of the bytes
  uint64_t bytes = 0;
};

struct DatasetInfo {
  std::string name;            // "baci-hs17", "official", "comtrade-kaz"
  SourceKind kind = SourceKind::kBaci;
  Basis basis = Basis::kReconciled;
  std::string vintage;         // "V202401"; "" when unknown
  std::string hs_edition;      // "HS17"; "" for aggregate data
  std::vector<SourceFile> files;
  std::string imported_at;     // UTC, ISO 8601
  bool synthetic = false;      // true for data from `dyad synth`: labelled everywhere
  std::string description;     // free text shown by `info`
  // Which commodities the product rows cover: "all" (every product: BACI, a complete
  // extract) or the codes of a partial extract ("871200", "2402", "8542,8541"). A pair
  // total is only made from complete data; see docs/analytics.md, "Coverage".
  std::string coverage = "all";
  // The HS level of the product rows: 6, or 4 / 2 for heading or chapter extracts (their
  // codes are stored padded to six digits: heading 8542 as 854200).
  uint8_t product_level = 6;
  bool complete() const { return coverage == "all"; }
};

}  // namespace dyad::store
