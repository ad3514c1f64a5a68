// Stage "coherence": the figures of one article checked against each other. A pair's
// flow is part of the pair's trade, and the pair's trade is a small part of either
// country's trade with the world, so a "flow" larger than the pair's total for a period
// containing it, or a figure many times the pair's other figure of the same kind and
// period, is a country's trade with the world ("Turkey's exports increased by 15.7
// percent, amounting to $13.4 billion" in an article on Turkey-China trade), read as the
// pair's because the text names no partner. Such figures, and the growth rates stated
// with them, are dropped. Pure; O(n log n) in the claims.
#pragma once

#include <vector>

#include "text/claims.h"

namespace dyad::text {

// How much larger a flow may be than the pair's total containing it (hedges: "exceeded
// $2 billion", rounding), and how many times larger than the pair's other total or flow
// of the same period a figure must be to be a country's world figure.
inline constexpr double kFlowOverTotalSlack = 1.1;
inline constexpr double kWorldFigureRatio = 10.0;

// Drops from `claims` the trade totals and flows that cannot be the pair's (above), and
// the trade_growth claims of the same sentence, parties and period as a dropped figure
// when no kept figure of that sentence, parties and period remains; and a target
// without a year when the article states the same goal (pair and value) with its year.
void DropIncoherentFigures(std::vector<Claim>* claims);

}  // namespace dyad::text
