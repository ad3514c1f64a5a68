// Stage "roles" of trade reading (after amounts and cues, before parties): what an
// amount or a percentage found in a sentence stands for when it is not simply the
// level or growth of the cue's figure — a goal word that sets the mode, a baseline, a
// change given as an amount, an item's own figure, a whole before its part, a restated
// currency, trade with a group or a part of a country. Each predicate looks at a
// bounded window of the sentence, so the stage is linear; each is one general phrasing,
// listed in docs/extraction.md, and tested in tests/text/amount_roles_test.cc.
// Internal to src/text.
#pragma once

#include <cstddef>
#include <optional>

#include "text/analysis.h"

namespace dyad::text::internal {

// Mode: a target-mode word at k — a goal word ("aim", "target"), a gerund after a goal
// word ("the goal of reaching"), or a base verb after "to" or a modal ("to reach").
bool TargetWordAt(const Doc& doc, const SentenceInfo& s, size_t k);

// Mode: "to reach"/"to hit" at k after a past verb of change with no goal word between
// ("rose 12% to reach $3 billion"): the level reached, not a goal.
bool ResultOfChange(const Doc& doc, const SentenceInfo& s, size_t k);

// A named product right before the flow word at cue_pos ("wheat imports"), after it
// ("exports of cotton"), or between it and the amount at pos: a product's flow.
bool ProductFlow(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t pos);

// An amount starting at token b is in the place of a baseline: after "from", "against",
// "versus"/"vs", or "compared with/to", "in comparison to", "relative to".
bool BaselinePosition(const Doc& doc, const SentenceInfo& s, size_t b);

// "from $4.5 billion", "against $2.4 billion", "compared with $3 billion" with no period
// of its own: the level a growth figure is measured from.
bool IsBaselineAmount(const Doc& doc, const SentenceInfo& s, const Money& m);

// "in all these years, stayed less than $1 billion", "over the years", "in recent years",
// "for years" in the amount's clause with no period of its own: a span no period names.
bool VagueYears(const Doc& doc, const SentenceInfo& s, const Money& m);

// "compared with the 2016 results of $2.18 billion", "the 2022 figure of $16.3 billion",
// "2021's total of $3 billion": a period right before a `whole_noun` and "of" before the
// amount is the amount's own date (also after a comparison word); nullptr when none.
const TimeExpr* NamedPeriodBefore(const Doc& doc, const SentenceInfo& s, const Money& m);

// "The figure for the same period last year was $12.1 billion", "$2.5 billion a year
// earlier", "a year ago it was $3 billion": an amount (not in a comparison) dated by a
// baseline expression in its clause is the figure of the year before its period.
bool YearBeforeAmount(const Doc& doc, const SentenceInfo& s, const Money& m);

// "gasoline, at $24.48 billion": an amount given for a named item. `b` is the amount's
// first token.
bool ItemAmount(const Doc& doc, const SentenceInfo& s, size_t b);

// "rubber (24.01 percent higher)": a percentage in a parenthesis after a noun that is no
// cue is that item's growth.
bool ItemGrowth(const Doc& doc, const SentenceInfo& s, const Percent& p);

// "trade with the region", "with all countries of the region", "trade in the West
// African region": the complement of the cue
// at cue_pos (before limit) names many partners, so the figure is no pair's.
bool WithGroup(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t limit);

// "rose by $120 million", "an increase of $50 million": a change, not a level.
bool ChangeAmount(const Doc& doc, const SentenceInfo& s, const Money& m);

// "exports totalled $80 billion, including $2 billion to X", "..., of which": the amount
// before a part naming a partner is the whole (the world's) — unless the sentence named
// that partner and another country before it ("trade between Russia and China totaled
// $14.75 billion, including $9.74 billion of Russia's exports to China": the pair's).
bool WholeBeforePart(const Doc& doc, const SentenceInfo& s, const Money& m);

// "420 billion tenge ($910 million)": an amount in another currency restated in dollars
// right after it; the dollar amount is the claim.
bool RestatedInDollars(const Doc& doc, const SentenceInfo& s, const Money& m);

// "trade between the Chinese province of Xinjiang and Kazakhstan", "between Tatarstan and
// Kazakhstan": a side of the figure in tokens [cb, pos) is a part of a country.
bool SubnationalSide(const Doc& doc, const SentenceInfo& s, size_t cb, size_t pos);

// "offered to export goods worth $1 billion": an amount governed by an offer is no figure.
bool OfferedAmount(const Doc& doc, const SentenceInfo& s, const Money& m);

// "totaled $14.75 billion, including $9.74 billion of Russia's exports to China", "we had
// $27 million worth of exports and $239 million worth of imports": the token of the flow
// word ("(worth) of/in [X's] exports/imports", only a country's name, "'s" and "the"
// between) right after the amount m, or 0; not "... worth of exports and imports" (the
// total).
size_t FlowNamedAfter(const Doc& doc, const SentenceInfo& s, const Money& m);

// "$1 billion a month", "$30 million per day": a rate (a `rate_unit` after "a", "per",
// "each" or "every" right after the amount, "dollars" between) is no period's figure.
bool RateAmount(const Doc& doc, const SentenceInfo& s, const Money& m);

// "trade is expected to rise to $60 billion by the end of this year": an impersonal
// forecast for the current or a past year (target_year, or a whole year in the clause)
// is no goal, and no figure yet.
bool ForecastForNow(const Doc& doc, const SentenceInfo& s, const Money& m, std::optional<int> target_year);

}  // namespace dyad::text::internal
