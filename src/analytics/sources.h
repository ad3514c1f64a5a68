// Where a bilateral figure comes from, and which one answers when several do. Collects
// every figure for a pair from every dataset of a snapshot (national totals of either
// reporter, reconciled product data, reporter-declared product data) side by side, and
// picks one per year by the documented precedence (docs/analytics.md, "Source
// precedence"). Functions read an immutable Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/figure.h"
#include "base/status.h"
#include "store/store.h"

namespace dyad::analytics {

// Restricts which figures are considered. Empty fields match everything.
struct SourceFilter {
  std::string dataset;  // a dataset name ("official", "baci-hs17")
  // "national", "reconciled" or "reporter" (a basis), or a reporter's alpha-3 ("TJK"):
  // only that country's own published/declared figures.
  std::string source;

  bool Matches(const store::DatasetInfo& info) const;
  bool MatchesReporter(std::string_view reporter, store::Basis basis) const;
};

// Fails with kNotFound when the filter names a dataset the snapshot does not have, or a
// source word that is neither a basis nor a known country.
Status CheckFilter(const store::Snapshot& snapshot, const SourceFilter& filter);

// Every figure for the pair (a, b), seen from a, from every matching dataset: one per
// (dataset, reporter, year, months). Ordered by year, then precedence.
std::vector<Figure> PairFigures(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                                const SourceFilter& filter = {});

// Precedence rank of a figure for the pair (a, b): lower answers first. National
// statistics of a, then of b, then reconciled data, then reporter-declared data of a,
// then of b, then synthetic data; a full-year figure always beats a partial one of the
// same year.
int Precedence(const Figure& f, std::string_view a, std::string_view b);

// One figure per year from `figures` (as PairFigures returns them): the full-year figure
// of highest precedence, else the partial one covering the most months.
std::vector<Figure> PreferredByYear(const std::vector<Figure>& figures, std::string_view a,
                                    std::string_view b);

// alpha-3 of a country index.
const std::string& CodeOf(uint16_t country);

}  // namespace dyad::analytics
