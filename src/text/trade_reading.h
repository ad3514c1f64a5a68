// Trade reading shared by the money stage (trade_claims.cc) and the growth stage
// (growth_claims.cc): how an amount is read (its cue and mode), the parties of a total or
// a flow, and the working state of one sentence's figures. Internal to src/text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/analysis.h"

namespace dyad::text::internal {

// What an amount at `pos` is about.
struct Reading {
  Cue cue = Cue::kNone;
  size_t cue_pos = 0;
  bool target = false;
  bool mode_known = false;
  int inherited_from = -1;  // index of an earlier amount whose reading it shares
};

struct Amount {
  size_t begin, end, hedge_begin;
};

// The working state of one sentence's trade reading: its amounts in order, how each was
// read, and the claim each gave.
struct Figures {
  size_t first_claim = 0;               // the sentence's first claim in `out`
  std::vector<Amount> amounts;
  std::vector<Reading> readings;
  std::vector<int> claim_of_amount;     // index into out, or -1
  std::vector<size_t> baseline_claims;  // claims for the year before ("from $4.5 billion")
  std::string flow_subject;             // the last flow's own side, for the next flow
  std::vector<std::string> total_parties;  // the last total this sentence stated (HomePair)
  bool subnational = false;             // a figure of a part of a country (Carry::subnational_figure)
};

// The cue and mode of the amount at `pos`: the nearest cue word to its left in its clause
// (or right after it: "$5 billion in trade"), a goal word before or after it, or the
// reading of an earlier amount it shares ("exports at $1.9 billion and imports at ...").
Reading Read(const Doc& doc, const SentenceInfo& s, size_t pos, const std::vector<Amount>& earlier,
             const std::vector<Reading>& earlier_readings);
// The two countries a total is between, in order of mention; empty when not two.
std::vector<std::string> TotalParties(const Doc& doc, const SentenceInfo& s, size_t clause_b, size_t pos);
// A world-trade modifier ("total", "overall", "foreign") up to three words before the cue.
bool HasWorldWordBefore(const Doc& doc, const SentenceInfo& s, size_t cue_pos);
// "Exports and imports amounted to $1.2 billion and $0.8 billion respectively": the i-th
// amount takes the i-th cue.
void RespectiveCue(const Doc& doc, const SentenceInfo& s, const Money& m, Reading* r);
// "Trade with Kyrgyzstan and Germany amounted to $903.2 million and $829.0 million
// respectively", "exports to A and B grew by 5% and 7% respectively": with "respectively"
// in the clause of the figure at `pos` (an amount's or a percentage's first token), a list
// of countries after "with"/"to"/"from" before the first figure, as long as the list of
// figures after it, pairs up in order. Nullopt when the clause is no such list; else the
// figure's parties: [home, partner] of a total ([exporter, importer] of a flow, by `cue`),
// where home is a country the clause names outside the list, else the one member of the
// pair outside it; empty when the home is unknown (the figure is then no pair's).
std::optional<std::vector<std::string>> RespectiveParties(const Doc& doc, const SentenceInfo& s, size_t pos, Cue cue);
// [exporter, importer] of the flow cue at cue_pos, else the last flow of the same
// direction, else the home pair's.
std::pair<std::string, std::string> FlowOrLastFlow(const Doc& doc, const SentenceInfo& s, size_t cue_pos, Cue cue,
                                                   const std::string& subject, const Carry& carry,
                                                   const std::vector<std::string>& home);
// The pair a flow that names neither side is about; empty when none.
std::vector<std::string> HomePair(const SentenceInfo& s, const Figures& f, const Carry& carry);

// Stage "growth" (growth_claims.cc), after the money stage has filled `f`: percentages
// (shares, asked of share_claims.cc, and growth rates) and multipliers ("increased 1.5
// times", "doubled").
void PercentClaims(const Doc& doc, const SentenceInfo& s, const Carry& carry, const Figures& f,
                   std::vector<Claim>* out);
void MultiplierClaims(const Doc& doc, const SentenceInfo& s, const Carry& carry, const Figures& f,
                      std::vector<Claim>* out);

}  // namespace dyad::text::internal
