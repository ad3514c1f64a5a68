// One row of a UN Comtrade file, whatever its format family: the fields the importer
// reads as text (from a CSV/TSV record or a JSON object), and what the row means once
// checked (a product flow, a TOTAL figure, or set aside by the double-counting rules of
// docs/import.md). Pure functions over immutable tables; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/codes.h"
#include "ingest/comtrade_format.h"

namespace dyad::ingest {

// The fields of one row as text (outer spaces trimmed) and where each starts.
struct CtRecord {
  std::array<std::string_view, kCtFieldCount> text{};
  std::array<uint32_t, kCtFieldCount> column{};  // 1-based byte column; 0 when unknown
  std::string_view at(CtField f) const { return text[static_cast<int>(f)]; }
};

enum class CtUse {
  kProduct,          // a commodity row at some HS level
  kTotal,            // cmdCode TOTAL: the reporter's aggregate for the pair
  kSkipWorld,        // partner 0 (World)
  kSkipBreakdown,    // partner2 / customs / mode of transport / mode of supply breakdown
  kSkipFlow,         // re-exports, re-imports and other flows
  kSkipArea,         // partner is a group or area the reference table does not know
  kSkipReporterArea  // the reporter is a group of countries (EU-28, 97), not a country
};

struct CtRow {
  CtUse use = CtUse::kProduct;
  uint16_t year = 0;
  uint16_t reporter = 0, partner = 0;
  bool exports = true;
  int level = 6;       // 2, 4 or 6 digits (kProduct)
  uint32_t hs6 = 0;    // the code padded to six digits: "87" -> 870000, "8712" -> 871200
  int64_t value = 0;
  int64_t kg = -1;
};

// Why a row is malformed: which field (or -1 for the whole row) and what was expected.
struct CtFail {
  int field = -1;
  std::string what;
};

// Checks and interprets one record. Returns false with `fail` set when it is malformed.
bool InterpretCtRow(const CtRecord& r, const CtLayout& layout, const Codes& codes, CtRow* row,
                    CtFail* fail);

// "services trade (EBOPS) is not supported ..." when the record is a services row
// (typeCode S or an EB classification), else "".
std::string ServicesMessage(const CtRecord& r, const CtLayout& layout);

}  // namespace dyad::ingest
