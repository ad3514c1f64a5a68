// The one rule for "what does dataset D say about the trade of A and B in year Y": every
// command that shows a pair's figure (trade, partners, rank, composition totals, profile,
// mirror, check) takes it from here, so they cannot disagree.
//
// - Reconciled data (BACI): the pair totals, zero in a direction with no rows.
// - Reporter data (Comtrade): one figure per declaring country. Its TOTAL figure when it
//   published one for the pair and year (TOTAL includes trade not shown by commodity);
//   else the sum of its commodity rows, zero in a direction it reported to someone else
//   that year but not to this partner, unknown in a direction it did not report at all.
// - National totals: each published row.
// - A partial extract (coverage not "all"): the commodity's figure, never a pair total.
// - A country that trade data reports under a stand-in (Taiwan as 490 "Other Asia, nes")
//   is answered from the stand-in, and the figure's note says so.
// Functions read an immutable Dataset/Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analytics/figure.h"
#include "store/store.h"

namespace dyad::analytics {

// Every figure of one dataset for the pair (a, b), seen from a: reconciled figures, or
// per year the figures declared by a, then by b; national rows as published. Ordered by
// year.
std::vector<Figure> DatasetPairFigures(const store::Dataset& ds, uint16_t a, uint16_t b);

// One published aggregate row (a national total, or a reporter's TOTAL declaration) as
// a figure seen from its reporter, with the row's own source, link and publication date.
Figure FromAggregate(const store::DatasetInfo& info, const store::AggregateFlow& r);

// `reporter`'s own declaration of its trade with `partner` in `year` (reporter-basis
// dataset), seen from the reporter; nullopt when it declared nothing for the pair.
std::optional<Figure> ReporterPairFigure(const store::Dataset& ds, int year, uint16_t reporter,
                                         uint16_t partner);

// The reconciled figure of (a, b) in `year`, seen from a; nullopt without rows.
std::optional<Figure> ReconciledPairFigure(const store::Dataset& ds, int year, uint16_t a, uint16_t b);

// The entity to read for country `c` in dataset `ds`: c itself, or the stand-in trade
// data reports it under (TWN -> S19) when ds has no rows for c but some for it.
uint16_t ReadAs(const store::Dataset& ds, uint16_t c);

}  // namespace dyad::analytics
