// Money, percentages and multipliers in a run of tokens: "$1.13 billion", "USD 550 mln",
// "4.4 billion US dollars", "$1.6bn", "$654,800", "1,5 млрд долларов", "500 billion
// tenge" (not dollars: currency KZT), "15%", "12.5 per cent", "1.5 times", "doubled",
// with the hedge in front ("more than", "nearly", "exceeded"). Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/tokens.h"

namespace dyad::text {

struct Money {
  size_t begin = 0, end = 0;  // tokens of the amount, hedge excluded
  size_t hedge_begin = 0;     // == begin when there is no hedge
  double amount = 0;          // in `currency` units
  std::string currency;       // "USD", "EUR", "KZT", ...
  std::optional<int64_t> usd; // set when currency is USD
  std::string qualifier;      // "", approx, more_than, less_than, almost, up_to, at_least
};

struct Percent {
  size_t begin = 0, end = 0;
  size_t hedge_begin = 0;
  double value = 0;
  bool points = false;        // "percentage points"
  int sign = 0;               // a sign written against the number: +1 "+18.4%", -1 "(-3.2%)"
  std::string qualifier;
};

// A growth factor: "1.5 times" (1.5), "2.3-fold", "doubled" (2), "tripled" (3).
struct Multiplier {
  size_t begin = 0, end = 0;
  double factor = 0;
};

std::vector<Money> FindMoney(const std::vector<Token>& toks, size_t begin, size_t end);
std::vector<Percent> FindPercents(const std::vector<Token>& toks, size_t begin, size_t end);
std::vector<Multiplier> FindMultipliers(const std::vector<Token>& toks, size_t begin, size_t end);

// The hedge that ends right before token `pos` (not before `floor`): sets *hedge_begin
// and returns the qualifier, or "" when none.
std::string HedgeBefore(const std::vector<Token>& toks, size_t floor, size_t pos, size_t* hedge_begin);

}  // namespace dyad::text
