// What a pair trades: each direction's trade in a year broken down by HS section,
// chapter, heading (4 digits), HS6 product or named product group, with value and share,
// largest first. Needs product-level data (BACI, Comtrade or synthetic). Reads an
// immutable Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/sources.h"
#include "base/status.h"
#include "store/store.h"

namespace dyad::analytics {

enum class CompositionLevel { kSection, kChapter, kHeading, kHs6, kGroup };
std::string_view CompositionLevelName(CompositionLevel level);  // "section", ...
Result<CompositionLevel> ParseCompositionLevel(std::string_view text);

struct CompositionLine {
  std::string code;        // "V", "27", "2710", "271019", "oil"
  std::string label;       // section/chapter name, product description, group description
  int64_t value_usd = 0;
  double share = 0;        // of the direction's total
};

struct DirectionComposition {
  std::string exporter, importer;
  int64_t total_usd = 0;
  std::vector<CompositionLine> lines;   // value descending, then code
};

struct CompositionResult {
  std::string dataset;
  std::string source;       // "baci-hs17 (reconciled)"
  int year = 0;
  CompositionLevel level = CompositionLevel::kChapter;
  DirectionComposition a_to_b, b_to_a;
  std::vector<std::string> notes;
};

// The message when no product data is loaded.
inline constexpr char kNoProductData[] =
    "product data is not loaded (load BACI with `dyad import baci` for composition)";

// Chooses the product dataset by the precedence of sources.h (reconciled, then
// reporter-declared, synthetic last) unless `filter` names one. `year` 0: the latest
// year with rows for the pair. kNotFound with kNoProductData, or naming the years the
// dataset has.
Result<CompositionResult> Composition(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                                      int year, CompositionLevel level,
                                      const SourceFilter& filter = {});

// The product dataset the analytics of a pair would use (nullptr when none matches).
const store::Dataset* ChooseProductDataset(const store::Snapshot& snapshot,
                                           const SourceFilter& filter);

// The side a dataset's product rows answer "exports of the exporter" from.
store::Side ExportSide(const store::Dataset& ds);

}  // namespace dyad::analytics
