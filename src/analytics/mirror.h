// Mirror statistics: what the exporter says it shipped next to what the importer says
// it received, for each direction of a pair, by year (and by HS chapter where product
// data declared by each side exists), with the gap in USD and percent and the usual
// reasons for it. Reads an immutable Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/sources.h"
#include "base/status.h"
#include "store/store.h"

namespace dyad::analytics {

struct MirrorLine {
  int year = 0;
  std::string months = "1-12";
  std::string chapter;                     // "" for the total; "27" for a chapter
  std::string exporter, importer;
  std::optional<int64_t> exporter_reported;  // exporter's declared exports (FOB)
  std::optional<int64_t> importer_reported;  // importer's declared imports (CIF)
  std::optional<int64_t> gap_usd;            // importer_reported - exporter_reported
  std::optional<double> gap_pct;             // gap / exporter_reported
  std::string exporter_source, importer_source;
  std::string note;
};

struct MirrorResult {
  std::string a, b;
  std::vector<MirrorLine> lines;           // by year, direction (a->b first), chapter
  std::vector<std::string> causes;         // the usual reasons, named
  std::vector<std::string> notes;
};

// kNotFound when no year has a figure from both sides (names the years each side has).
// `first_year`/`last_year` 0 = open. `by_chapter` adds chapter lines for product data.
Result<MirrorResult> Mirror(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                            int first_year, int last_year, bool by_chapter,
                            const SourceFilter& filter = {});

}  // namespace dyad::analytics
